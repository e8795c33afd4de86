"""A community page's year heading and first tier read as a street: "2026 Sponsors Home Run ($1,000)" on a Little
League's sponsor wall is no house at "2026 Sponsors Home Run". The family line under it is the subject's family; the
heading is no home address. A real street of the household in a caption still is."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Callum Brandvold", city="Fargo", state="ND"), ())


def _homes(text: str) -> set[str]:
    person = PersonRecord("Cal Brandvold", read_from=("name:text",))
    url, title = "https://fargolittleleague.example.org/sponsors-2026", "2026 Sponsors | Fargo Little League"
    page = Extracted(url, "fargolittleleague.example.org", PageKind.OTHER, title=title, text=text, people=(person,))
    found = assess(WHO, [Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))], {})
    return {f.highlight for f in found if f.category == "home_address"}


def test_a_sponsor_walls_year_heading_and_tier_is_no_home_address() -> None:
    text = ("2026 Sponsors | Fargo Little League Thank You to Our 2026 Sponsors Home Run ($1,000) Red River Bank "
            "The Brandvold Family – Cal, Kirsten, Finn & Ada (go Cubs!)")  # fmt: skip
    assert _homes(text) == set()
