"""A patient's "Dr. Mac" for a doctor of a Mac or Mc family name, weighed as "Dr. V" is: the only clinician of the
subject's field in the subject's town whose family name starts so is the subject (``titled.sole_in_field``); another
of them, or no registry answer, leaves it unsure; and "Dr. Mac" is nobody else's clipped name."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

TOWN = Address("5 Taylor St", "Columbia", "SC", "29203", "LOCATION")
RECORD = NpiRecord("1234567893", "MAIRI", "MACLEOD", credential="MD", taxonomies=("Psychiatry",), addresses=(TOWN,))


def _peer(number: str, first: str, last: str) -> NpiRecord:
    return NpiRecord(number, first, last, credential="MD", taxonomies=("Psychiatry",), addresses=(TOWN,))


OTHERS = (_peer("1000000004", "Erik", "Lund"), _peer("1000000012", "Maren", "Strand"))
MAIRI = Identity(make_subject("Mairi MacLeod"), (), RECORD, 1, field_peers=(RECORD, *OTHERS))
THREAD = """<html><head><title>Psychiatrist in Columbia? - Hospital Stays - Caregivers Forum</title></head><body>
<h1>Psychiatrist in Columbia?</h1>
<div class="post"><span class="author">lexington_lou</span><p>Dad is in the ICU and is seeing things. Anyone?</p></div>
<div class="post"><span class="author">irmo_ironside</span><p>{reply}</p></div>
</body></html>"""
GOOD = "If it is Dr. Mac in Columbia, she is the best psychiatrist in that building."


def _decision(identity: Identity, reply: str = GOOD) -> Decision:
    url = "https://forum.caregivers.example/threads/psychiatrist-in-columbia.44/"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, THREAD.format(reply=reply), "text/html", url), None)
    return match(identity, page).decision


def test_the_only_psychiatrist_in_town_of_a_mac_name_is_her() -> None:
    assert _decision(MAIRI) == Decision.LIKELY


def test_another_mac_psychiatrist_in_town_or_no_registry_answer_leaves_it_unsure() -> None:
    rival = replace(MAIRI, field_peers=(RECORD, *OTHERS, _peer("1000000020", "Angus", "MacInnes")))
    assert _decision(rival) == Decision.POSSIBLE
    assert _decision(replace(MAIRI, field_peers=None)) == Decision.POSSIBLE


def test_dr_mac_is_no_clipped_name_of_another_family() -> None:
    other = replace(RECORD, last_name="LUND")
    lund = Identity(make_subject("Mairi Lund"), (), other, 1, field_peers=(other, *OTHERS[1:]))
    assert not _decision(lund).is_match
