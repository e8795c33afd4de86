"""A street line's flat or suite (USPS Publication 28's secondary unit designators) is cut off the same way
wherever footprint compares streets: the registry's home on a page, a people-search home searched for."""

from __future__ import annotations

import pytest

from footprint.discover_homes import learn
from footprint.identity import make_subject, name_variants, without_unit
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Address, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord
from tests.assess._marta import PRACTICE, marta, read_page
from tests.assess._marta import excerpts as found_excerpts


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("1142 W ARGYLE BEND ST APT 3", "1142 W ARGYLE BEND ST"),
        ("714 Westover Crest Rd, Apt 1412", "714 Westover Crest Rd"),
        ("77 Linden Crest Ct BLDG 2 APT 3", "77 Linden Crest Ct"),  # two units, both cut
        ("9 Oak Ln Unit B", "9 Oak Ln"),
        ("21 Elm St No. 7", "21 Elm St"),
        ("500 Main St # 4", "500 Main St"),
        # A street named with a designator's word keeps it: no identifier follows.
        ("12 Lot St", "12 Lot St"),
        ("45 Unit Rd", "45 Unit Rd"),
        ("300 Office Park Dr", "300 Office Park Dr"),
    ],
)
def test_the_unit_at_the_end_of_a_street_line_is_cut_and_a_street_named_with_its_word_is_not(
    line: str, street: str
) -> None:
    assert without_unit(line) == street


def test_the_registrys_home_at_a_mobile_home_lot_is_found_where_a_mirror_writes_the_lot_after_a_comma() -> None:
    identity = marta(Address("4400 Desert Palms Dr Lot 22", "Dayton", "OH", "45419", "MAILING"))
    mirror = """<html><head><title>Marta L Quellweg, M.D. - NPI 1629384756 - Pediatrics in Dayton, OH</title></head>
<body><h1>Marta L Quellweg, M.D.</h1><table>
<tr><th>Practice Location Address</th><td>3100 Far Hills Ave, Suite 200 Dayton, OH 45429</td></tr>
<tr><th>Mailing Address</th><td>4400 Desert Palms Dr, Lot 22 Dayton, OH 45419</td></tr></table></body></html>"""
    page = read_page(mirror, "https://npi-mirror.example/npi/1629384756")
    judged = match(identity, page)
    sure = MatchResult(0.95, decide(0.95), judged.reasons, judged.person, judged.person_index)
    assert "home_address" in found_excerpts(identity, page, sure)


def test_a_people_search_home_on_a_street_named_lot_is_searched_with_its_house_number() -> None:
    subject = make_subject("Marta Quellweg", city="Dayton", state="OH")
    identity = Identity(subject, name_variants(subject))
    person = PersonRecord(name="Marta L Quellweg", addresses=(Address("12 Lot St", "Dayton", "OH", "45419"),))
    page = Extracted("https://broker.example/marta", "broker", PageKind.PEOPLE_SEARCH, "", people=(person,))
    homes = learn(identity, [Match(page, MatchResult(0.95, decide(0.95), ("labelled",), person, 0))])
    assert [h.street for h in homes] == ["12 Lot St"]
    assert PRACTICE.street not in [h.street for h in homes]
