"""A family's travel post names the subject only in a picture's alt text ("Ann Roe at the glacier"), its visible
words under the picture saying "Dr. R on day 3": the alt text presents the person pictured. A header's logo names
nobody, and a namesake pictured on another blog is weighed on what that page says."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Glacier week &#8211; Roe Family Trails</title></head><body>
<header class="site-header"><img src="/logo.png" alt="Sam Roe Trails logo"></header>
<main><article class="post"><h1 class="entry-title">Glacier week</h1>
<div class="entry-meta">Posted on <time>January 19, 2026</time> by <span class="author vcard">Sam Roe</span></div>
<div class="entry-content"><p>We are finally on the trail, her first real vacation in years. Jack is with his grandma
until we fly back on February 3.</p>
<p><img src="/uploads/glacier.jpg" alt="{alt}"> Dr. R at the glacier, day 3.</p></div></article></main></body></html>"""


def _page(alt: str) -> Extracted:
    url = "https://www.roefamilytrails.example.com/2026/01/glacier-week"
    probe = Probe("roefamilytrails.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, POST.format(alt=alt), "text/html", url), None)


def test_the_person_a_posts_picture_names_in_its_alt_text_is_on_the_page() -> None:
    page = _page("Ann Roe at the glacier")
    pictured = next(p for p in page.people if p.name == "Ann Roe")
    assert "Dr. R at the glacier" in pictured.context
    assert "name:text" in pictured.read_from  # weighed as a name in the prose


def test_a_header_logo_and_an_alt_text_naming_no_one_add_nobody() -> None:
    names = {p.name for p in _page("A blue glacier under clouds").people}
    assert "Ann Roe" not in names and "Sam Roe Trails" not in names
