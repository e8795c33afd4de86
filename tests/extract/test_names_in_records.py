"""Names as records and lists write them: a campaign-finance donor table ("Contributor name", the donor's town
under the name), a Dutch name sorted under its main word ("Berg, Pieter van der, MD"), a deed's index with a
particle family name or a co-owner who kept her own name, a couple by initials ("L. & G. Pennington"), and a
name with a letter beyond Latin-1 ("Wiśniewska"), which is never cut short."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.names import names_in
from footprint.extract.owners import owners
from footprint.identity import fold
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource


def _read(body: str, url: str = "https://records.example.gov/r/1"):  # type: ignore[no-untyped-def]
    probe = Probe("records.example.gov", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_a_donor_table_names_each_contributor_with_the_town_under_the_name() -> None:
    page = _read("""<html><head><title>Donor Lookup</title></head><body><h1>Donor Lookup</h1>
    <table><thead><tr><th>Category</th><th>Contributor</th><th>Employer</th><th>Occupation</th><th>Amount</th></tr>
    </thead><tbody>
    <tr><td>Individual</td><td><strong>QUILLFEATHER, ZORA M DR</strong><br><span>FARGO, ND 58103</span></td>
    <td>PRAIRIE CHILDREN'S CLINIC</td><td>PEDIATRICIAN</td><td>$500</td></tr>
    <tr><td>Individual</td><td><strong>QUILLFEATHER, ERIK</strong><br><span>MOORHEAD, MN 56560</span></td>
    <td>RETIRED</td><td>RETIRED</td><td>$50</td></tr>
    </tbody></table></body></html>""")
    people = {p.name: p for p in page.people}
    assert "Zora M Quillfeather" in people and "Erik Quillfeather" in people
    assert any(a.city == "Fargo" and a.state == "ND" for a in people["Zora M Quillfeather"].addresses)
    assert any(a.city == "Moorhead" for a in people["Erik Quillfeather"].addresses)
    assert not any(a.city == "Fargo" for a in people["Erik Quillfeather"].addresses)


def test_a_contributor_name_column_with_city_and_state_columns() -> None:
    page = _read("""<html><body><table><thead><tr><th>Contributor name</th><th>Recipient</th><th>State</th>
    <th>City</th><th>Occupation</th></tr></thead><tbody>
    <tr><td>QUILLFEATHER, ZORA M</td><td>FRIENDS OF A CANDIDATE</td><td>ND</td><td>FARGO</td><td>PHYSICIAN</td></tr>
    </tbody></table></body></html>""")
    zora = next(p for p in page.people if p.name == "Zora M Quillfeather")
    assert any(a.city == "Fargo" and a.state == "ND" for a in zora.addresses)


def test_a_dutch_name_sorted_under_its_main_word() -> None:
    page = _read("""<html><body><h1>Find a Provider: B</h1><ul>
    <li><a href="/p/1">Baird, Megan, DO</a> — Family Medicine</li>
    <li><a href="/p/2">Berg, Willem van den, MD</a> — Cardiology · (641) 555-0100</li></ul></body></html>""")
    assert "Willem van den Berg" in [p.name for p in page.people]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("VAN DEN BERG WILLEM J & MARIEKE A", ["Willem J Van Den Berg", "Marieke A Van Den Berg"]),
        ("DE LA ROSA ANA", ["Ana De La Rosa"]),
        ("LE MINH T", ["Minh T Le"]),  # Le is a family name, not a particle
        ("HOLLOWAY CARL & OKONJO-ADEBAYO NNEKA M", ["Carl Holloway", "Nneka M Okonjo-Adebayo"]),
        ("HOLLOWAY CARL & MARY ANN B", ["Carl Holloway", "Mary Ann B Holloway"]),
    ],
)
def test_deed_index_particles_and_own_family_names(value: str, names: list[str]) -> None:
    assert owners(value) == names


def test_a_couple_by_initials_names_both() -> None:
    assert [n.name for n in names_in("12 Quail Ct (R. & T. Quillfeather): fence approved.")] == [
        "R. Quillfeather",
        "T. Quillfeather",
    ]


def test_a_name_is_never_cut_at_a_letter_beyond_latin_1() -> None:
    found = [n.name for n in names_in("Nasza pani doktor, Jadwiga Wiśniewska, smaruje. Łukasz Żółtowski też.")]
    assert found == ["Jadwiga Wiśniewska", "Łukasz Żółtowski"]
    assert fold("Małgorzata Søndergård") == "malgorzata sondergard"
