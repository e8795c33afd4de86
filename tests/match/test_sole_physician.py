"""A name the registry gives one clinician in a state: a physician of that name there is the subject.

A ratings profile that says only "Dr. Wendeline Okorafor-Stacey, MD" and "Tulsa, OK"... is her
when NPPES lists one Wendeline Okorafor-Stacey in Oklahoma; the same page is only "possible" when
the registry lists two, when the page gives no state, when the name is only an initial, when the
person is not presented as a physician (a people-search record), or when the user gave the NPI
(the registry was then asked by number, so it counted nobody).
"""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893",
    "WENDELINE",
    "OKORAFOR-STACEY",
    credential="MD",
    taxonomies=("Internal Medicine",),
    addresses=(Address("88 Quarry Bend Rd", "Broken Arrow", "OK", "74012", "LOCATION"),),
)
SUBJECT = make_subject("Wendeline Okorafor-Stacey", state="OK")
SOLE = Identity(SUBJECT, (), RECORD, npi_candidates=1)

PROFILE = """<html><head><title>Dr. Wendeline Okorafor-Stacey, MD | Reviews</title></head><body><main>
<h1>Dr. Wendeline Okorafor-Stacey, MD</h1><p>Oklahoma</p><p>Accepting new patients.</p>
<p>Write a review</p></main></body></html>"""


def _judge(identity: Identity, body: str, kind: PageKind = PageKind.RATINGS_PROFILE) -> tuple[Decision, str]:
    url = "https://ratings.example/dr/okorafor-stacey"
    probe = Probe("ratings.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    result = match(identity, extract(Page(probe, 200, body, "text/html", url), None))
    return result.decision, "; ".join(result.reasons)


def test_the_only_clinician_of_the_name_in_the_state_is_likely_on_a_physician_page() -> None:
    decision, why = _judge(SOLE, PROFILE)
    assert decision in (Decision.LIKELY, Decision.CONFIRMED), why
    assert "one clinician of this name in OK" in why


def test_two_clinicians_of_the_name_keep_the_same_page_possible() -> None:
    decision, why = _judge(replace(SOLE, npi_candidates=2), PROFILE)
    assert decision == Decision.POSSIBLE, why


def test_a_page_that_names_no_state_stays_possible() -> None:
    body = PROFILE.replace("<p>Oklahoma</p>", "")
    decision, why = _judge(SOLE, body)
    assert decision != Decision.LIKELY and decision != Decision.CONFIRMED, why


def test_another_state_is_not_helped() -> None:
    decision, why = _judge(SOLE, PROFILE.replace("Oklahoma", "Kansas"))
    assert decision in (Decision.REJECTED, Decision.POSSIBLE), why
    assert "one clinician" not in why


def test_an_initial_is_not_the_name_the_registry_counted() -> None:
    body = PROFILE.replace("Dr. Wendeline Okorafor-Stacey, MD", "Dr. W. Okorafor-Stacey, MD")
    decision, why = _judge(SOLE, body)
    assert "one clinician" not in why, why
    assert decision not in (Decision.LIKELY, Decision.CONFIRMED), why


def test_a_people_search_record_of_the_name_is_not_helped() -> None:
    body = """<html><head><title>Wendeline Okorafor-Stacey - Oklahoma</title></head><body>
    <div class="r"><h2>Wendeline Okorafor-Stacey, 41</h2><div>Lives in Enid, OK</div>
    <div>Related to Marcus Stacey</div></div></body></html>"""
    decision, why = _judge(SOLE, body, PageKind.PEOPLE_SEARCH)
    assert "one clinician" not in why, why
    assert decision not in (Decision.LIKELY, Decision.CONFIRMED), why


def test_an_npi_the_user_gave_counts_nobody() -> None:
    given = Identity(make_subject("Wendeline Okorafor-Stacey", state="OK", npi="1234567893"), (), RECORD, 1)
    decision, why = _judge(given, PROFILE)
    assert "one clinician" not in why, why
    assert decision == Decision.POSSIBLE, why


def test_a_people_search_page_mentioning_a_doctor_relative_or_an_ad_does_not_make_its_record_a_physician() -> None:
    for around in ("Related to Dr. Marcus Stacey, MD.", "Sponsored: compare top-rated physicians near you."):
        body = f"""<html><head><title>Wendeline Okorafor-Stacey in Oklahoma | Public records</title></head><body>
        <h1>Wendeline Okorafor-Stacey</h1><p>Age 41. Oklahoma. {around}</p></body></html>"""
        decision, why = _judge(SOLE, body, PageKind.PEOPLE_SEARCH)
        assert "one clinician" not in why, why
        assert decision == Decision.POSSIBLE, why


def test_a_people_search_record_whose_own_occupation_is_physician_is_helped_and_a_nurses_is_not() -> None:
    from footprint.models import Extracted, PersonRecord

    def judged(occupation: str) -> tuple[Decision, str]:
        person = PersonRecord("Wendeline Okorafor-Stacey", age=41, addresses=(Address("", "", "OK", "", "home"),),
                              occupation=occupation)  # fmt: skip
        page = Extracted("https://people.example/w", "people", PageKind.PEOPLE_SEARCH, people=(person,))
        result = match(SOLE, page)
        return result.decision, "; ".join(result.reasons)

    decision, why = judged("Physician")
    assert "one clinician" in why and decision.is_match, why
    decision, why = judged("Registered Nurse, Tulsa hospital")
    assert "one clinician" not in why and not decision.is_match, why
