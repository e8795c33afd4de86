"""Profiles a rating site keeps after the doctor moved on: the one at an office they left (its street and phone
both none the registry gives, and no other listing of theirs gives either) is a profile nobody keeps, to claim or
have removed, besides a listing to correct; the one under their former name is too, on whichever of its tabs the
scan found. A rating site's own "Female, 39" line under the name is the doctor's age, as exposed as a broker's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Finding,
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

RECORD = NpiRecord(
    "1457398820", "Odile", "Farquharson", credential="MD", taxonomies=("Rheumatology",),
    addresses=(Address("4400 Lakeshore Pine Blvd Suite 12", "Duluth", "MN", "55804", "LOCATION"),),
    phones=("+12185550131",), former_names=("Odile Marchetti",),
)  # fmt: skip
SUBJECT = make_subject("Dr. Odile Farquharson", also_known_as=["Odile Marchetti"])
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD, 1)


def _profile(name: str, street: str, city: str, postal: str, phone: str, line: str = "") -> str:
    return f"""<html><head><title>Dr. {name}, MD - Rheumatology in {city}, MN | Ratings</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Physician", "name": "Dr. {name}, MD",
"medicalSpecialty": "Rheumatology", "telephone": "{phone}", "address": {{"@type": "PostalAddress",
"streetAddress": "{street}", "addressLocality": "{city}", "addressRegion": "MN", "postalCode": "{postal}"}}}}</script>
</head><body><h1>Dr. {name}, MD</h1><p>Rheumatology</p>{line}
<p>{street}, {city}, MN {postal}</p><p>{phone}</p></body></html>"""


NOW = _profile("Odile Farquharson", "4400 Lakeshore Pine Blvd Suite 12", "Duluth", "55804", "(218) 555-0131")
# The clinic in Hibbing she left, with its number: a profile the site built from an old roster.
LEFT = _profile("Odile Farquharson", "210 E Howard Birch St", "Hibbing", "55746", "(218) 555-0187")
# Her office now, with a number the registry does not have: a listing to correct, not a profile left behind.
NEW_PHONE = _profile("Odile Farquharson", "4400 Lakeshore Pine Blvd Suite 12", "Duluth", "55804", "(218) 555-0150")


def _assess(*pages: tuple[str, str, PageKind]) -> list[Finding]:
    matches = []
    for body, url, kind in pages:
        probe = Probe(urlsplit(url).hostname or "", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
        page = extract(Page(probe, 200, body, "text/html", url), None)
        judged = match(WHO, page)
        matches.append(Match(page, MatchResult(0.95, Decision.CONFIRMED, judged.reasons, judged.person, 0)))
    return list(assess(WHO, matches, {}))


def _on(found: list[Finding], url: str) -> list[Finding]:
    return [f for f in found if f.url == url]


def test_a_profile_at_an_office_she_left_is_one_to_claim_or_remove_as_well_as_correct() -> None:
    found = _assess(
        (NOW, "https://rate-one.example/dr/odile-farquharson", PageKind.RATINGS_PROFILE),
        (LEFT, "https://rate-two.example/dr/odile-farquharson-2", PageKind.RATINGS_PROFILE),
    )
    left = _on(found, "https://rate-two.example/dr/odile-farquharson-2")
    office = [f for f in left if "duplicate_or_unclaimed_profile" in f.all_categories]
    # One exposure: the old office, a listing to correct and a profile nobody keeps; its phone a second one.
    assert len(office) == 1
    assert set(office[0].all_categories) == {"duplicate_or_unclaimed_profile", "listing_inconsistency"}
    assert "210 E Howard Birch St" in office[0].title + office[0].excerpt
    assert any("(218) 555-0187" in f.title for f in left if f.category == "listing_inconsistency")
    assert not [f for f in _on(found, "https://rate-one.example/dr/odile-farquharson") if f.category.startswith("dup")]


def test_a_wrong_phone_at_her_office_now_is_a_listing_to_correct_only() -> None:
    found = _assess((NEW_PHONE, "https://rate-two.example/dr/odile-farquharson-2", PageKind.RATINGS_PROFILE))
    assert {c for f in found for c in f.all_categories} == {"listing_inconsistency"}


def test_an_office_two_sites_list_is_one_she_works_at() -> None:
    # A second office two rating sites agree on: the registry names one office; she works at both.
    found = _assess(
        (LEFT, "https://rate-two.example/dr/odile-farquharson-2", PageKind.RATINGS_PROFILE),
        (LEFT, "https://rate-three.example/doctor/farquharson-odile", PageKind.DIRECTORY_LISTING),
    )
    assert not [f for f in found if "duplicate_or_unclaimed_profile" in f.all_categories]


def test_a_profile_under_her_former_name_is_found_on_its_reviews_tab_too() -> None:
    tab = _profile("Odile Marchetti", "18 W Superior Elm St", "Duluth", "55802", "").replace(
        "<title>Dr. Odile Marchetti, MD - Rheumatology in Duluth, MN | Ratings",
        "<title>Patient Comments for Dr. Odile Marchetti, MD - Page 1 | Ratings",
    )
    url = "https://rate-two.example/dr/odile-marchetti/reviews"
    found = _assess((tab, url, PageKind.RATINGS_PROFILE))
    assert any(f.title.startswith("A profile under your former name") for f in _on(found, url))
