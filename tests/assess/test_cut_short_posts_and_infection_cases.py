"""A social post whose description the page cuts short with "..." is read whole from the page, and an infectious-disease
doctor's post about one child ("4yo from the Enfield daycare cluster, unvaccinated, on high-flow tonight" with measles)
describes a patient; the same disease told to everyone does not."""

from __future__ import annotations

import lxml.html

from footprint.assess import assess
from footprint.extract.media import in_full
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post

FULL = (
    "Peds ID, third measles admission at Maple Children's this month. 4yo from the Enfield daycare cluster, "
    "unvaccinated, on high-flow tonight. Her dad told me he did his research. Here's mine: two doses, 97%."
)
CUT = "Peds ID, third measles admission at Maple Children's this month. 4yo from the Enfield daycare cluster, ..."


def test_a_description_cut_short_with_an_ellipsis_is_read_whole_from_the_page() -> None:
    doc = lxml.html.fromstring(f"<html><body><div><p id='post_text'>{FULL}</p><p>2026-04-23</p></div></body></html>")
    assert in_full(doc, CUT) == FULL
    assert in_full(doc, CUT.replace(" ...", "…")) == FULL
    # The post's own element, not a block around it that holds replies too.
    replies = lxml.html.fromstring(
        f"<html><body><div><p>{FULL}</p><p>Jo: so sad, hugs to that family</p></div></body></html>"
    )
    assert in_full(replies, CUT) == FULL
    # Nothing on the page opens with it: kept as it was.
    assert in_full(lxml.html.fromstring("<html><body><p>Other words entirely here.</p></body></html>"), CUT) == CUT


KIT = Identity(
    make_subject("Dr. Katharine Penwarden", handles=["@kitpen.bsky.social"], city="Hartford", state="CT"), ()
)


def _case(text: str) -> list[str]:
    url = "https://bsky.app/profile/kitpen.bsky.social/post/3lx4"
    me = PersonRecord("Kit Penwarden", handle="kitpen.bsky.social")
    page = Extracted(url, "bluesky", PageKind.SOCIAL_PROFILE, title="Kit Penwarden on Bluesky", people=(me,),
                     text=text, posts=(Post(author="kitpen.bsky.social", text=text, url=url),))  # fmt: skip
    found = assess(KIT, [Match(page, MatchResult(0.95, Decision.CONFIRMED, (), me, 0))], {})
    return [f.excerpt for f in found if "patient_information" in f.all_categories]


def test_one_child_with_measles_on_high_flow_tonight_is_a_patients_case() -> None:
    assert _case(FULL)
    assert _case("A 6-year-old with whooping cough came in this morning, coughing till she vomits.")
    # The disease told to everyone, with no one child in it.
    assert not _case("Measles is back in Hartford County. Two doses of MMR protect 97% of kids. Check records tonight.")


def test_what_a_teenager_she_saw_this_morning_asked_her_to_keep_from_her_mom_is_a_patients_case() -> None:
    post = (
        "Saw a 15yo in clinic this morning who has been skipping lunch since August. Sophomore at Bluffview, runs "
        "cross country. She asked me not to tell her mom."
    )
    assert _case(post)
    assert not _case(post.replace("She asked me not to tell her mom.", "Dubuque, we have to do better."))
