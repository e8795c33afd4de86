"""The registry lists two physicians of the subject's name in the state the user typed; no page of the user's
says which. When pages on two sites present a physician of that name whose town, field or middle initial is one
record's, and none is the other's, that record is taken as the subject's and every page is judged again:
its pages are the subject's, the other namesake's page is not. Pages pointing to both records choose nothing."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.consensus import by_the_web
from footprint.models import Address, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord

SURGEON = NpiRecord(
    "1245319599", "Anselm", "Vorderbrook", "Piers", "MD", ("Surgery",),
    (Address("40 Mill Rd", "Salina", "KS", "67401", "LOCATION"),),
)  # fmt: skip
RADIOLOGIST = NpiRecord(
    "1234567893", "Anselm", "Vorderbrook", "Quentin", "MD", ("Radiology, Diagnostic Radiology",),
    (Address("9 Oak Ave", "Lawrence", "KS", "66044", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Anselm Vorderbrook", state="KS"), (), None, 2, (SURGEON, RADIOLOGIST))


def _page(url: str, person: PersonRecord, kind: PageKind = PageKind.RATINGS_PROFILE) -> Extracted:
    return Extracted(url, url.split("/")[2], kind, people=(person,))


def _judged(pages: list[Extracted]) -> tuple[Identity, tuple[Match, ...]]:
    first = tuple(Match(p, match(WHO, p)) for p in pages)
    return by_the_web(WHO, first, lambda who, page: match(who, page))


SURGEONS = [
    _page("https://ratings.example/a", PersonRecord("Dr. Anselm P. Vorderbrook, MD", specialties=("General Surgery",))),
    _page("https://doctors.example/b", PersonRecord("Anselm Vorderbrook", addresses=(Address("", "Salina", "KS"),))),
]


THIRD = _page("https://clinics.example/f", PersonRecord("Anselm Vorderbrook, MD", specialties=("General Surgery",)))
RADIOLOGISTS_OWN = _page(
    "https://ratings.example/c",
    PersonRecord("Dr. Anselm Vorderbrook", specialties=("Radiology",), addresses=(Address("", "Lawrence", "KS"),)),
)


def test_pages_on_two_sites_agreeing_on_one_record_make_their_pages_the_subjects() -> None:
    first = [Match(p, match(WHO, p)) for p in SURGEONS]
    assert all(not m.result.decision.is_match for m in first)  # the name and the state alone: "Is this you?"
    who, judged = _judged(SURGEONS)
    assert who.npi_record == SURGEON
    assert all(m.result.decision.is_match for m in judged)
    assert any("NPI 1245319599" in r and "--npi" in r for r in judged[0].result.reasons)


def test_a_record_of_the_other_namesakes_town_is_not_the_subjects_once_a_record_is_chosen() -> None:
    broker = _page(
        "https://people.example/e",
        PersonRecord("Anselm Q Vorderbrook", age=51, addresses=(Address("3 Elm St", "Lawrence", "KS", "", "home"),)),
        PageKind.PEOPLE_SEARCH,
    )
    who, judged = _judged([*SURGEONS, broker])
    assert who.npi_record == SURGEON
    assert not judged[2].result.decision.is_match


def test_pages_pointing_to_both_records_choose_nothing() -> None:
    # The radiologist's own page points to the other record, and two sites against one is no landslide: nothing
    # is chosen, every page stays for the user.
    who, judged = _judged([*SURGEONS, RADIOLOGISTS_OWN])
    assert who.npi_record is None
    assert not any(m.result.decision.is_match for m in judged)


def test_a_record_the_web_points_to_three_times_as_often_is_chosen_and_the_other_namesakes_page_stays_theirs() -> None:
    """A namesake's one listing does not hide the physician a patient finds on every other site; the report says
    how many sites pointed to the other record and the NPI that corrects the choice."""
    from dataclasses import replace

    from footprint import possible
    from tests.scans import make_scan

    who, judged = _judged([*SURGEONS, THIRD, RADIOLOGISTS_OWN])
    assert who.npi_record == SURGEON and who.chosen_by_sites == 3 and who.chosen_against_sites == 1
    assert [m.result.decision.is_match for m in judged] == [True, True, True, False]
    scan = replace(make_scan(name="Dr. Anselm Vorderbrook", state="KS"), identity=who, matches=judged)
    pinned = possible.pinning(scan)
    assert "pages on 3 sites agree with NPI 1245319599" in pinned.summary
    assert "only 1 site with the other" in pinned.summary and "--npi 1234567893" in pinned.hint
    # A name typed alone, no state: however lopsided the pages, the user says which physician they are.
    alone = replace(WHO, subject=make_subject("Dr. Anselm Vorderbrook"))
    first = tuple(Match(p, match(alone, p)) for p in [*SURGEONS, THIRD, RADIOLOGISTS_OWN])
    assert by_the_web(alone, first, lambda who, page: match(who, page))[0].npi_record is None


def test_one_site_alone_chooses_nothing() -> None:
    who, _ = _judged(SURGEONS[:1])
    assert who.npi_record is None


def test_a_page_of_the_name_that_is_nobodys_physician_points_to_no_record() -> None:
    voter = _page(
        "https://votes.example/d",
        PersonRecord("Anselm P Vorderbrook", addresses=(Address("", "Salina", "KS"),)),
        PageKind.OTHER,
    )
    who, _ = _judged([SURGEONS[0], voter])  # a voter roll never says he is a doctor
    assert who.npi_record is None


def test_the_report_says_the_record_was_taken_from_the_pages_and_which_npi_corrects_it() -> None:
    """A record the pages chose is not one the user gave: the terminal and the report say which it is, that the
    pages chose it, and the flag that corrects it, so a namesake with no pages of their own is not misled."""
    from dataclasses import replace

    from footprint import possible
    from footprint.report.html_report import render
    from footprint.report.model import document
    from tests.scans import make_scan

    who, judged = _judged(SURGEONS)
    scan = replace(make_scan(name="Dr. Anselm Vorderbrook", state="KS"), identity=who, matches=judged)
    pinned = possible.pinning(scan)
    assert pinned.pinned
    assert "NPI 1245319599 (Surgery, Salina)" in pinned.summary and "pages on 2 sites" in pinned.summary
    assert "--npi 1234567893" in pinned.hint  # the other namesake's number, to copy
    html = render(document(scan), scan).decode()
    assert "Which physician this report is about" in html and "--npi 1234567893" in html
    assert document(scan)["identity"]["summary"] == pinned.summary

    plain = replace(scan, identity=replace(who, chosen_by_sites=0))  # a record the user's input chose: no notice
    assert possible.pinning(plain).summary == ""
    assert "Which physician this report is about" not in render(document(plain), plain).decode()
