"""A support community's discussion shows its replies in blocks of their own ("reply-block", "reply-content"), which
a reader of the page's main text may leave out: the doctor a reply names ("Our oncologist there, Dr. Ann Roe, gave us
her cell") is on the page, and a reply naming another doctor is that doctor's, not the subject's."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

THREAD = """<html><head><title>Fever at 2am - who do you call? | Parents Group</title></head><body>
<main class="discussion-page"><article class="post-block"><h1 class="post-title">Fever at 2am - who do you call?</h1>
<div class="post-author"><a class="author-name" href="/member/mom_of_3/">mom_of_3</a></div>
<div class="post-body"><p>Our son is 7 and in maintenance chemo. Last night he spiked a fever at 2am and the on-call
line kept us on hold for 40 minutes. We ended up driving to the emergency department anyway and waited three hours
with a shivering kid. What do other families do? Is there a direct number, or do you just go straight in?</p></div>
<div class="post-stats"><span class="likes">6 likes</span>, <span class="reply-count">2 replies</span></div></article>
<section class="replies"><div class="reply-block"><div class="reply-head"><a class="author-name" href="/member/dad/">
dad_ne</a></div><div class="reply-content"><p>Are you at the children's hospital in Duluth? Our oncologist there, {who},
gave us a personal cell for exactly this. Text any time, any fever.</p></div></div>
<div class="reply-block"><div class="reply-head"><a class="author-name" href="/member/mom_of_3/">mom_of_3</a></div>
<div class="reply-content"><p>Yes we are! Saving it, thank you.</p></div></div></section></main></body></html>"""


def _page(who: str) -> Extracted:
    url = "https://community.example.org/discussion/fever-at-2am"
    probe = Probe("community.example.org", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, THREAD.format(who=who), "text/html", url), None)


SUBJECT = Identity(
    make_subject("Dr. Ann Roe", city="Duluth", state="MN", specialty="Pediatric Hematology-Oncology"), ()
)


def test_the_doctor_a_reply_names_is_on_the_page() -> None:
    page = _page("Dr. Ann Roe")
    named = next(p for p in page.people if p.name == "Ann Roe")
    assert "oncologist" in named.context
    assert match(SUBJECT, page).decision.is_match


def test_a_reply_naming_another_doctor_is_not_the_subjects() -> None:
    assert not match(SUBJECT, _page("Dr. Jen Poe")).decision.is_match
