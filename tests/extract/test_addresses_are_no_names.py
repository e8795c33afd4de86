"""A street address is no person: "14 Birch Hollow St, Tupelo, MS 38801" reads like a name written family
name first with a credential ("Hollow St, Tupelo, MS"), as an address does in every state whose code is a
credential (MD, MS, PA). Read as a second person, it left a directory card's one physician without the phone
and street the card gives.
"""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.names import names_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://listings.example/tupelo-ms/quillon-ada-md-4411"


@pytest.mark.parametrize(
    ("line", "state"),
    [("14 Birch Hollow St, Tupelo, MS 38801", "MS"), ("902 Linden Hollow Ave, Towson, MD 21204", "MD")],
)
def test_an_address_in_a_state_whose_code_is_a_credential_names_nobody(line: str, state: str) -> None:
    assert names_in(f"Dr. Ada Quillon, MD\n{line}\n(601) 555-0109") == names_in("Dr. Ada Quillon, MD")
    assert not [n for n in names_in(line) if state in n.credentials]


def test_a_directory_cards_physician_keeps_the_phone_and_street_the_card_gives() -> None:
    body = """<html><head><title>Quillon Ada MD - Tupelo, MS 38801 | Listings</title></head><body>
<div class="page"><h1>Quillon Ada MD</h1><p class="categories">Physicians &amp; Surgeons, Family Medicine</p>
<p class="address">14 Birch Hollow St, Tupelo, MS 38801</p><p class="phone">(601) 555-0109</p></div>
</body></html>"""
    probe = Probe("listings.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    assert [p.name for p in page.people] == ["Quillon Ada"]
    (person,) = page.people
    assert "+16015550109" in person.phones
    assert "14 Birch Hollow St" in {a.street for a in person.addresses}
