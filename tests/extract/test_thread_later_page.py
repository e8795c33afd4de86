"""A forum page that does not show the thread's first post: a later page of the thread, or a link to one answer, whose
posts phpBB heads "Re: <topic>". Its first post is then no opener: every post on it answers the thread's opener, so the
subject's post there is a reply left in someone else's thread (a public comment), not a thread they started."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.extract.threads import OPENER
from footprint.identity import make_subject
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

URL = "https://www.lakesideoutdoors.example.com/forum/viewtopic.php?t=48211&start=15"
POST = """<div id="p{n}" class="post has-profile bg2"><div class="inner">
 <dl class="postprofile"><dt><a href="#" class="username">{who}</a></dt></dl>
 <div class="postbody"><h3><a href="#p{n}">{heading}</a></h3>
 <p class="author">by <strong><a href="#" class="username">{who}</a></strong> » Sun Oct 12, 2025 9:41 pm</p>
 <div class="content">{text}</div></div></div></div>"""
MINE = "Spent forty minutes today un-teaching a guy his TikTok cancer cure. Some days I'd rather gut fish."
THEIRS = "Ha, come out to the bay Saturday, perch are biting."


def _read(first_heading: str) -> Extracted:
    posts = POST.format(n=1, who="rhk_onc", heading=first_heading, text=f"{MINE}<br>-- Rania K., oncologist, Green Bay")
    posts += POST.format(n=2, who="fishin_gary", heading="Re: Patients and Dr. Google", text=THEIRS)
    body = f"<html><head><title>Patients and Dr. Google - Off Topic</title></head><body>{posts}</body></html>"
    probe = Probe("lakesideoutdoors", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    return page


def test_a_page_starting_with_a_reply_answers_the_threads_opener() -> None:
    page = _read("Re: Patients and Dr. Google")
    assert [(p.author, p.on_post_by) for p in page.posts] == [("rhk_onc", OPENER), ("fishin_gary", OPENER)]
    # The thread's own first page: its first post opens the thread, the others answer it.
    page = _read("Patients and Dr. Google")
    assert [(p.author, p.on_post_by) for p in page.posts] == [("rhk_onc", ""), ("fishin_gary", "rhk_onc")]


def test_her_reply_on_a_later_page_is_a_public_comment() -> None:
    page = _read("Re: Patients and Dr. Google")
    me = next(p for p in page.people if p.handle == "rhk_onc")
    who = Identity(make_subject("Dr. Rania Kessler", state="WI"), ())
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, ("test",), me, page.people.index(me)))
    comments = [f for f in assess(who, [matched], {}) if f.category == "personal_comment"]
    assert comments and comments[0].title == "Public reply you left in a forum thread"
