"""A doctor-rating profile prints the doctor's sex and age as one field, the age bare ("Female, 52"), before the
office's address: the age is published like a broker's (a birth_date finding), and it is no house number of the
address after it ("52 8901 Indian Hills Dr" is 8901 Indian Hills Dr)."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://ratings.example/doctors/Dr_Orla_Vantreece.html"
WHO = Identity(make_subject("Dr. Orla Vantreece", city="Omaha", state="NE"), ())


def _profile(field: str) -> str:
    return f"""<html><head><title>Dr. Orla R. Vantreece, MD - Adolescent Medicine in Omaha, NE</title></head><body>
<h1>Dr. Orla R. Vantreece, MD</h1><p>Adolescent Medicine</p><p>{field}</p>
<div>8901 Lindqvist Hills Dr Suite 210, Omaha, NE 68114</div><p>(402) 555-0145</p></body></html>"""


def _read(field: str) -> tuple[set[str], list[str]]:
    probe = Probe("ratings.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, _profile(field), "text/html", URL), None)
    person = page.people[0]
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    return {f.highlight for f in found if f.category == "birth_date"}, [a.street for a in person.addresses]


def test_a_profiles_sex_and_bare_age_is_her_age_and_no_house_number() -> None:
    ages, streets = _read("Female, 52")
    assert ages == {"Age 52"}
    assert "8901 Lindqvist Hills Dr Suite 210" in streets and not [s for s in streets if s.startswith("52")]


def test_a_count_after_the_sex_is_no_age() -> None:
    assert _read("Female, 52 reviews")[0] == set()
