"""A physician answering on a forum under a screen name made of their name ("DrZoraQ", "ZoraQ_MD").

The thread is judged on the writer whose screen name spells the subject's given name and family initial, not on
the parent who asked. Such a name is "likely" the subject only when two ties a namesake of the same initial would
also need agree (the field in everyday words and the town, or the practice); one tie, or an everyday form of the
given name, leaves it "possible" for the user to answer.
"""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893",
    "ZORA",
    "QUILLFEATHER",
    credential="MD",
    taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),),
)
ZORA = Identity(make_subject("Dr. Zora Quillfeather, MD", specialty="Pediatrics", city="Fargo", state="ND"), (), RECORD)

THREAD = """<html><head><title>Fever three days - Prairie Parents Forum</title></head><body>
<div id="p11" class="post"><div class="postbody">
 <p class="author">by <strong><a href="#" class="username">worried_mom88</a></strong></p>
 <div class="content">My 6 year old has had a fever of 102 for three days. Should we go in tonight?</div></div></div>
<div id="p12" class="post"><div class="postbody">
 <p class="author">by <strong><a href="#" class="username">{screen}</a></strong></p>
 <div class="content">{said} Give ibuprofen every 6 hours and take her in tomorrow morning.</div></div></div>
</body></html>"""


def _judged(screen: str, said: str) -> tuple[Decision, str]:
    url = "https://forum.prairieparents.example/viewtopic.php?t=4410"
    probe = Probe("forum.prairieparents.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, THREAD.format(screen=screen, said=said), "text/html", url), None)
    result = match(ZORA, page)
    return result.decision, result.person.name if result.person else ""


def test_the_doctor_who_answers_under_her_screen_name_with_field_and_town_is_likely_her() -> None:
    decision, person = _judged("DrZoraQ", "Peds doc here (Fargo).")
    assert person == "Dr. Zora Q."
    assert decision == Decision.LIKELY


@pytest.mark.parametrize(
    ("screen", "said"),
    [
        ("DrZoraQ", "Peds doc here."),  # the field alone: a namesake of the initial could say it too
        ("DrZoraQ", "Mom of three here (Fargo)."),  # the town alone, and never a doctor
        ("DrZoeQ", "Peds doc here (Fargo)."),  # another given name
    ],
)
def test_one_tie_or_another_given_name_is_not_enough(screen: str, said: str) -> None:
    decision, _ = _judged(screen, said)
    assert not decision.is_match


def test_the_asker_is_not_judged_when_the_answer_is_the_subjects() -> None:
    _, person = _judged("ZoraQ_MD", "Peds doc here (Fargo).")
    assert person == "Zora Q."
