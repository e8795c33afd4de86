"""A patient's "Dr. V" in a thread asking for a foot and ankle surgeon in Duluth: the subject when the NPI registry
lists no other clinician of her field in Duluth whose family name starts with V (``titled.sole_in_field``).

Read by the real extract stage: forum threads and a blog post that name the doctor by the title and the family
name's initial (or the given name), with the thread's title giving the field and the reply the town.
"""

from __future__ import annotations

import json
from dataclasses import replace

from footprint.config import Settings
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Identity,
    NpiRecord,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.npi_api import field_in_town

DULUTH = Address("12 Superior St", "Duluth", "MN", "55802", "LOCATION")
RECORD = NpiRecord(
    "1234567893",
    "TAMSIN",
    "VELLACOTT",
    credential="MD",
    taxonomies=("Orthopaedic Surgery, Foot and Ankle Surgery",),
    addresses=(DULUTH,),
)


def _peer(number: str, first: str, last: str) -> NpiRecord:
    return NpiRecord(number, first, last, credential="MD", taxonomies=("Orthopaedic Surgery",), addresses=(DULUTH,))


OTHERS = (_peer("1000000004", "Erik", "Lund"), _peer("1000000012", "Maren", "Strand"))
TAMSIN = Identity(make_subject("Tamsin Vellacott"), (), RECORD, 1, field_peers=(RECORD, *OTHERS))

THREAD = """<html><head><title>{title} - Finding Care - North Shore Runners</title></head><body>
<h1>{title}</h1>
<div class="post"><span class="author">lakewalk_lou</span><p>Rolled my ankle on the Lakewalk, they say it needs
surgery. Anyone?</p></div>
<div class="post"><span class="author">canal_park_kim</span><p>{reply}</p></div>
</body></html>"""
ASKED = "Foot and ankle surgeon in Duluth?"
GOOD = "Dr. V in Duluth did mine. Quick, kind, and she explains the scans."


def _decision(identity: Identity, title: str = ASKED, reply: str = GOOD) -> Decision:
    url = "https://forum.northshorerunners.example/t/foot-and-ankle-surgeon/118"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, THREAD.format(title=title, reply=reply), "text/html", url), None)
    return match(identity, page).decision


def test_the_only_surgeon_of_her_field_in_town_with_that_initial_is_her() -> None:
    assert _decision(TAMSIN) == Decision.LIKELY


def test_another_surgeon_of_the_field_in_town_with_that_initial_leaves_it_unsure() -> None:
    rival = replace(TAMSIN, field_peers=(RECORD, *OTHERS, _peer("1000000020", "Viktor", "Vance")))
    assert _decision(rival) == Decision.POSSIBLE


def test_without_the_registrys_answer_it_stays_unsure() -> None:
    assert _decision(replace(TAMSIN, field_peers=None)) == Decision.POSSIBLE


def test_a_dr_v_of_another_field_in_the_thread_is_not_her() -> None:
    reply = "My dermatologist Dr. V in Duluth looked at it first and sent me on."
    assert not _decision(TAMSIN, reply=reply).is_match


def test_two_doctors_of_that_initial_in_the_thread_leave_it_unsure() -> None:
    reply = "Dr. V in Duluth did mine. Or ask for Dr. Nils Voss, he came up from the Cities."
    assert _decision(TAMSIN, reply=reply) == Decision.POSSIBLE


def test_a_dr_v_in_another_town_is_not_taken_for_her() -> None:
    reply = "Dr. V in Minneapolis did mine. Quick, kind, and she explains the scans."
    assert not _decision(TAMSIN, reply=reply).is_match


def test_a_title_naming_two_fields_gives_the_reply_neither() -> None:
    title = "Best dermatologists and orthopedic surgeons in Duluth?"
    assert _decision(TAMSIN, title=title) == Decision.POSSIBLE


def test_the_given_name_with_the_title_is_her_when_no_other_of_her_field_in_town_goes_by_it() -> None:
    reply = "Dr. Tamsin in Duluth did mine. Quick, kind, and she explains the scans."
    assert _decision(TAMSIN, reply=reply) == Decision.LIKELY


def _answers(body: dict[str, object], asked: list[str]) -> object:
    def fetch(probe: Probe) -> Page | Skipped:
        asked.append(probe.url)
        return Page(probe, 200, json.dumps(body), "application/json", probe.url)

    return fetch


def test_the_registry_is_asked_for_her_field_in_her_town() -> None:
    item = {
        "number": "1000000004",
        "basic": {"first_name": "ERIK", "last_name": "LUND", "credential": "MD"},
        "addresses": [{"city": "DULUTH", "state": "MN", "address_purpose": "LOCATION"}],
        "taxonomies": [{"desc": "Orthopaedic Surgery"}],
    }
    asked: list[str] = []
    found = field_in_town(RECORD, Settings(), _answers({"result_count": 1, "results": [item]}, asked))  # type: ignore[arg-type]
    assert found is not None and [r.last_name for r in found] == ["Lund"]
    assert any("taxonomy_description=Orthopaedic+Surgery&city=Duluth&state=MN" in u for u in asked)
    assert any("Foot+and+Ankle+Surgery" in u for u in asked)  # the subspecialty as NPPES writes it, too
    # A full page of 200 may hide more: the answer is not the whole town.
    full: list[str] = []
    assert field_in_town(RECORD, Settings(), _answers({"result_count": 200, "results": [item] * 200}, full)) is None  # type: ignore[arg-type]


def test_a_field_is_named_in_the_plural_as_threads_ask_for_it() -> None:
    from footprint.specialties import field_words, groups_of

    assert groups_of("Hospitalists at St. Mary's?") == frozenset({"internal_medicine"})
    assert groups_of("Neuromuscular doc in Springfield?") == frozenset({"neurology"})
    assert "hospitalists" in field_words()


def test_a_town_of_two_words_is_no_short_form_of_a_hospital_named_after_it() -> None:
    from footprint.identity import fold
    from footprint.match.workplace import shortened

    words = fold("Sioux Falls Parents: hospitalists at Prairie").split()
    assert shortened("Prairie Health Sioux Falls Hospital", words) == ""


def test_her_initial_and_her_given_name_in_one_thread_are_one_doctor_not_a_tie() -> None:
    reply = "Dr. V in Duluth did mine. Another vote for Dr. Tamsin V. in Duluth, she explains the scans."
    assert _decision(TAMSIN, reply=reply) == Decision.LIKELY


def test_a_place_of_the_patients_own_in_the_same_words_does_not_put_her_elsewhere() -> None:
    reply = "Dr. V in Duluth did mine, and asked about my boat in Minneapolis before she read the scans."
    assert _decision(TAMSIN, reply=reply) == Decision.LIKELY
    # The doctor's own place in the same words still does.
    reply = "Dr. V did mine in Minneapolis, and asked about my boat in Duluth before she read the scans."
    assert not _decision(TAMSIN, reply=reply).is_match


def test_the_field_of_the_sentence_the_name_answers_is_the_doctors() -> None:
    title = "A long year"
    told = "My husband liked the orthopedic surgeon who saw him before dawn. That was Dr. V in Duluth."
    assert _decision(TAMSIN, title=title, reply=told) == Decision.LIKELY
    # A sentence that does not point back, or one before naming another field, gives the name no field.
    plain = "My husband liked the orthopedic surgeon who saw him before dawn. Dr. V in Duluth did the cast later."
    assert _decision(TAMSIN, title=title, reply=plain) == Decision.POSSIBLE
    other = "My husband liked the dermatologist who saw him before dawn. That was Dr. V in Duluth."
    assert _decision(TAMSIN, title=title, reply=other) == Decision.POSSIBLE


def test_the_name_opening_the_sentence_after_the_writers_own_doctor_by_field_is_that_doctor() -> None:
    """A parent's post: "... a paper that said to call our foot surgeon. Dr. V called us back herself" - the doctor
    named right after the writer's own doctor by field is that doctor. Not when the phrase is someone else's
    ("the ER doctor") or names another field."""
    title = "A long night"
    told = "We drove home at dawn with a paper that said to call our foot surgeon. Dr. V called us back from Duluth."
    assert _decision(TAMSIN, title=title, reply=told) == Decision.LIKELY
    theirs = "We drove home at dawn with a paper that said to call the foot surgeon. Dr. V called us back from Duluth."
    assert _decision(TAMSIN, title=title, reply=theirs) == Decision.POSSIBLE
    other = "We drove home at dawn with a paper that said to call our dermatologist. Dr. V called us back from Duluth."
    assert _decision(TAMSIN, title=title, reply=other) == Decision.POSSIBLE
