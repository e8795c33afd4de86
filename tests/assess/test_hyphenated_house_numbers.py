"""Queens and Hawaii write house numbers as hyphenated pairs ("79-01 Broadway", "94-1234 Farrington Hwy"). A
listing that gives the registry's own office in that form, with a building and a suite after the street ("...
Geriatrics Clinic, D-3"), lists the right address: no stale listing is reported, while another street still is."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.extract.entities import addresses_in
from footprint.identity import make_subject
from footprint.models import (
    Address,
    Decision,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

OFFICE = Address("79-01 LINDQUIST BROADWAY", "ELMHURST", "NY", "11373", "LOCATION")
RECORD = NpiRecord("1234567893", "TENZIN", "QUELLOR", addresses=(OFFICE,), phones=("718-555-0126",))
WHO = Identity(make_subject("Dr. Tenzin Quellor", city="Elmhurst", state="NY"), (), RECORD)
URL = "https://ratings.example/physician/dr-tenzin-quellor-9z"


def _listing(address_block: str) -> str:
    return f"""<html><head><title>Dr. Tenzin Quellor, MD, Elmhurst, NY | Geriatric Medicine</title></head>
<body><h1>Dr. Tenzin Quellor, MD</h1><p>Geriatric Medicine</p>
<p>Location</p><address>{address_block}</address><p>(718) 555-0126</p>
<p>Dr. Tenzin Quellor, MD is a geriatric medicine specialist in Elmhurst, NY.</p></body></html>"""


def _stale(body: str) -> list[str]:
    probe = Probe("ratings.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    person = page.people[0]
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    return [f.title for f in found if f.category == "listing_inconsistency"]


def test_the_registrys_office_written_with_a_hyphenated_number_and_a_suite_is_no_stale_listing() -> None:
    assert _stale(_listing("79-01 Lindquist Broadway Geriatrics Clinic, D-3<br>Elmhurst, NY 11373")) == []
    assert _stale(_listing("79-01 Lindquist Broadway, Elmhurst, NY 11373")) == []


def test_another_street_is_still_a_stale_listing() -> None:
    assert _stale(_listing("41-12 Kessel Ave, Elmhurst, NY 11373")) != []


def test_a_hyphenated_house_number_starts_the_address_and_a_phones_digits_do_not() -> None:
    assert [a.street for a in addresses_in("Visit 94-1234 Farrington Hwy, Waipahu, HI 96797")] == [
        "94-1234 Farrington Hwy"
    ]
    assert [a.street for a in addresses_in("Clinic 37-12 35th Ave, Astoria, NY 11101")] == ["37-12 35th Ave"]
    assert [a.street for a in addresses_in("Call (406) 555-0188 2840 Rimrock Ledge Rd, Billings, MT 59101")] == [
        "2840 Rimrock Ledge Rd"
    ]


def test_a_booking_sites_location_card_keeps_the_hyphenated_number() -> None:
    from footprint.sites import defs_dir, load_file

    url = "https://www.zocdoc.com/doctor/tenzin-quellor-md-12345"
    body = """<html><head><title>Dr. Tenzin Quellor, MD | Book Online</title></head><body>
<h1 data-test="provider-name">Dr. Tenzin Quellor, MD</h1><p data-test="provider-specialty">Geriatric Medicine</p>
<div data-test="location-card-1">Lindquist Hospital 79-01 Lindquist Broadway Geriatrics Clinic, D-3, Elmhurst, NY 11373
</div></body></html>"""
    probe = Probe("zocdoc", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", url), load_file(defs_dir() / "zocdoc.yaml", bundled=True))
    streets = [a.street for p in page.people for a in p.addresses]
    assert streets and all(s.startswith("79-01 Lindquist Broadway") for s in streets)
    person = page.people[0]
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    assert not [f for f in found if f.category == "listing_inconsistency"]


def test_an_age_band_or_hours_before_the_address_are_no_house_number() -> None:
    assert addresses_in("Jane Roe Age 45-49 Dayton, OH 45429") == ()
    assert addresses_in("Sees patients ages 0-18 in Dayton, OH 45429") == ()
    assert [a.street for a in addresses_in("Hours 8-17 Mon-Fri 123 Main St, Dayton, OH 45429")] == ["123 Main St"]
