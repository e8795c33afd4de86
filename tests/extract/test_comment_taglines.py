"""A comment under a story shows its writer with the line a comments plugin adds after the name ("Ann Roe · Nurse
at Mercy General"): the writer is read with that job, and a line of likes or a date after the name is no job."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

STORY = """<html><head><title>Bridge closure delayed | The Fernley Ledger</title>
<meta property="og:type" content="article"></head><body><article><h1>Bridge closure delayed</h1>
<p class="byline">By Pat Quist · May 2, 2026</p><p>The county postponed the closure of the Elm Street bridge to June,
after merchants asked for more time to prepare for the detour during the busy season.</p></article>
<section class="comments"><div class="comment"><span class="comment-author">{first}</span>
<p>I drive it twice a day to the hospital and the detour adds twenty minutes each way.</p></div>
<div class="comment"><span class="comment-author">Lee Vance</span><p>Finally some common sense.</p></div>
</section></body></html>"""


def _page(first: str) -> Extracted:
    url = "https://www.fernleyledger.example.com/news/2026/05/bridge"
    probe = Probe("fernleyledger.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, STORY.format(first=first), "text/html", url), None)


def test_a_commenters_job_after_the_name_is_read_with_them() -> None:
    page = _page("Ann Roe-Whitaker · Interventional Cardiologist at Fernley Heart &amp; Vascular")
    ann = next(p for p in page.people if p.name == "Ann Roe-Whitaker")
    assert ann.occupation == "Interventional Cardiologist at Fernley Heart & Vascular"
    assert "detour adds twenty minutes" in ann.context
    assert any(post.author == "Ann Roe-Whitaker" for post in page.posts)


def test_likes_or_a_date_after_the_name_is_no_job() -> None:
    page = _page("Ann Roe · 3 likes")
    ann = next(p for p in page.people if p.name == "Ann Roe")
    assert ann.occupation == ""
