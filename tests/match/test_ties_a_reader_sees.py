"""Ties a careful reader sees between a page and the subject's own pages or record: an everyday name set off
beside a middle initial on her own bio, her cell number on a bulletin that titles her "Dr.", her hospice by the
name before "& Palliative Care", an office across a state line in the same metro area, and an outreach clinic in
another city of the state under the registry's middle initial and her field. Each with the namesake it keeps out."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.everyday import taught
from footprint.match.workplace import first_of_pair
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
)

RECORD = NpiRecord(
    "1245319599", "Linh", "Vorderbrook", "Thu", "MD", ("Obstetrics & Gynecology, Reproductive Endocrinology",),
    (Address("5 River Rd", "Hoboken", "NJ", "07030", "LOCATION"),),
)  # fmt: skip
OTHER = NpiRecord(
    "1234567893", "Linh", "Vorderbrook", "Minh", "MD", ("Internal Medicine",),
    (Address("9 Oak Ave", "Camden", "NJ", "08102", "LOCATION"),),
)  # fmt: skip
HOBOKEN, TRENTON = Address("", "Hoboken", "NJ"), Address("", "Trenton", "NJ")
WHO = Identity(make_subject("Dr. Linh Vorderbrook", city="Hoboken"), (), RECORD, 2, registry_others=(OTHER,))


def _page(url: str, person: PersonRecord, kind: PageKind = PageKind.DIRECTORY_LISTING) -> Match:
    page = Extracted(url, url.split("/")[2], kind, people=(person,))
    return Match(page, match(WHO, page))


def test_her_own_bio_teaches_the_everyday_name_set_off_beside_a_middle_initial() -> None:
    bio = PersonRecord("Linh T. Vorderbrook", credentials=("MD",), context='Linh "Lily" T. Vorderbrook, MD · REI')
    own = Extracted("https://fertility.example/team/lily", "fertility", PageKind.OTHER, people=(bio,))
    confirmed = Match(own, MatchResult(1.0, Decision.CONFIRMED, ("x",), bio, 0))
    assert taught(WHO, (confirmed,)) == {own.url: ("Lily Vorderbrook",)}
    ratings = _page("https://ratings.example/lily", PersonRecord("Dr. Lily T. Vorderbrook, MD", credentials=("MD",),
                    specialties=("Reproductive Endocrinology",), addresses=(HOBOKEN,)))  # fmt: skip
    salon = _page("https://people.example/lily", PersonRecord("Lily K Vorderbrook", age=31,
                  addresses=(Address("", "Hoboken", "NJ", "", "home"),)), PageKind.PEOPLE_SEARCH)  # fmt: skip
    assert ratings.result.decision == salon.result.decision == Decision.REJECTED  # "Lily" is no form of Linh
    _, lifted, kept = with_kin(WHO, (confirmed, ratings, salon))
    assert lifted.result.decision.is_match
    assert not kept.result.decision.is_match  # another middle initial, the same town: a namesake of the name


def test_an_office_across_the_state_line_in_the_same_metro_area_is_no_other_state() -> None:
    manhattan = _page(
        "https://ratings.example/ny",
        PersonRecord(
            "Dr. Linh T. Vorderbrook, MD",
            credentials=("MD",),
            specialties=("Obstetrics & Gynecology",),
            addresses=(Address("", "New York", "NY"),),
        ),
    )
    assert manhattan.result.decision.is_match
    assert not any(r.startswith("different state") for r in manhattan.result.reasons)
    far = _page("https://ratings.example/ca", PersonRecord("Dr. Linh T. Vorderbrook, MD", credentials=("MD",),
                specialties=("Obstetrics & Gynecology",), addresses=(Address("", "San Jose", "CA"),)))  # fmt: skip
    assert not far.result.decision.is_match


def test_the_registry_initial_and_her_field_outweigh_another_city_of_the_state() -> None:
    outreach = _page("https://maps.example/trenton", PersonRecord("Linh T Vorderbrook MD", credentials=("MD",),
                     specialties=("Reproductive Endocrinology",), addresses=(TRENTON,)))  # fmt: skip
    assert outreach.result.decision.is_match
    # The initial alone, without her field, leaves another city of the state a namesake's, at most possible.
    bare = _page("https://maps.example/trenton2", PersonRecord("Linh T Vorderbrook", addresses=(TRENTON,)))
    assert not bare.result.decision.is_match


def test_a_workplace_is_named_by_its_head_before_the_field_it_adds() -> None:
    assert first_of_pair("Gauley Hospice & Palliative Care") == "Gauley Hospice"
    assert first_of_pair("Smith & Jones Pediatrics") == ""  # "Smith" is nobody's workplace
    assert first_of_pair("Gauley Heart & Chest Surgeons") == ""  # "Gauley Heart" says no care of its own


BULLETIN = """<html><head><title>Sunday Bulletin | Gauley Crest Church</title></head><body><article>
<h1>Sunday Bulletin</h1><p>Gauley Crest Church · Summersville, West Virginia</p>
<p>Prayer list: Ida Pike (mother of Dr. Addy Vorderbrook), recovering at home.</p>
<p>Meal train: text Addy at {phone}.</p><p>Church office: (304) 555-0105</p></article></body></html>"""
DEL = Identity(make_subject("Dr. Adelaide Vorderbrook", state="WV"), ())


def _bulletin(identity: Identity, phone: str) -> Decision:
    url = "https://gauleycrest.example/bulletin"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, BULLETIN.format(phone=phone), "text/html", url), None)
    return match(identity, page).decision


def test_her_cell_written_on_a_page_that_titles_her_makes_it_hers() -> None:
    assert _bulletin(DEL, "(304) 555-0133") == Decision.POSSIBLE
    assert _bulletin(replace(DEL, phones=("304-555-0133",)), "(304) 555-0133").is_match
    assert _bulletin(replace(DEL, phones=("304-555-0199",)), "(304) 555-0133") == Decision.POSSIBLE


def test_on_a_brokers_page_her_cell_counts_only_in_the_record_that_lists_it() -> None:
    # A people-search page's text holds every record's numbers: the other record of her name is not lifted by hers.
    knowing = replace(DEL, phones=("304-555-0133",))
    hers = PersonRecord(
        "Adelaide Vorderbrook", phones=("(304) 555-0133",), addresses=(Address("", "Summersville", "WV"),)
    )
    other = PersonRecord("Adelaide Vorderbrook", addresses=(Address("", "Summersville", "WV"),))
    page = Extracted("https://people.example/a", "people", PageKind.PEOPLE_SEARCH, people=(other,),
                     text="Adelaide Vorderbrook (304) 555-0133 · Adelaide Vorderbrook, Summersville")  # fmt: skip
    assert not any("phone" in r for r in match(knowing, page).reasons)
    assert any("phone" in r for r in match(knowing, replace(page, people=(hers,))).reasons)
