"""A field's number printed right before an address ("Female, 52" on a rating card, then "8901 Indian Hills Dr")
is no house number: the address is read from the second number, as the page's reader sees it."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://ratings.example/doctors/Dr_Orla_Vantreece.html"


def _streets(field: str) -> list[str]:
    html = f"""<html><head><title>Dr. Orla R. Vantreece, MD - Adolescent Medicine in Omaha, NE</title></head><body>
<h1>Dr. Orla R. Vantreece, MD</h1><p>Adolescent Medicine</p><p>{field}</p>
<div>8901 Lindqvist Hills Dr Suite 210, Omaha, NE 68114</div><p>(402) 555-0145</p></body></html>"""
    probe = Probe("ratings.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, html, "text/html", URL), None)
    return [a.street for a in page.people[0].addresses]


def test_a_number_right_before_the_house_number_is_not_part_of_the_address() -> None:
    streets = _streets("Female, 52")
    assert "8901 Lindqvist Hills Dr Suite 210" in streets and not [s for s in streets if s.startswith("52")]
