"""A blog post's author box ("Written by Ann Roe", WordPress's "author-bio") says what its author is, in their own
words: that is the byline's author's context, so their field and town are weighed. A box about someone else (the
host of a guest post) says nothing of the author, and a namesake author's box says another field and town."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>The toddler who stopped eating | by Ann Roe | Medium</title></head><body><article>
<h1>The toddler who stopped eating</h1>
<div class="author"><a href="/@annroe">Ann Roe</a> <span>7 min read</span></div>
<section class="story-body"><p>Last winter a two-year-old was carried into the office by her grandmother. She had
not eaten a vegetable in months, and we talked for an hour about what a plate can look like.</p></section>
<div class="about-author"><h2>Written by {who}</h2><p>{bio}</p></div>
</article></body></html>"""


def _page(who: str, bio: str) -> Extracted:
    url = "https://medium.com/@annroe/the-toddler-who-stopped-eating-4e1b9c07a2d3"
    probe = Probe("medium.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, POST.format(who=who, bio=bio), "text/html", url), None)


def _decision(page: Extracted) -> Decision:
    subject = make_subject("Dr. Ann Roe", city="Duluth", state="MN", specialty="Pediatrics")
    return match(Identity(subject, ()), page).decision


def test_the_author_box_gives_the_byline_authors_field_and_town() -> None:
    page = _page("Ann Roe", "Pediatrician in Duluth, Minnesota. I write about feeding small children.")
    author = next(p for p in page.people if p.name == "Ann Roe")
    assert "Pediatrician in Duluth" in author.context
    assert _decision(page).is_match


def test_a_namesake_authors_box_with_another_field_and_town_is_not_the_subject() -> None:
    assert not _decision(_page("Ann Roe", "Realtor in Fargo, North Dakota. I write about first homes.")).is_match


def test_a_box_about_someone_else_says_nothing_of_the_author() -> None:
    page = _page("Jen Poe", "Pediatrician in Duluth, Minnesota, and host of this blog.")
    author = next(p for p in page.people if p.name == "Ann Roe")
    assert "Pediatrician" not in author.context
