"""A ratings profile prints the doctor's sex and age as one field under the name ("Male, 63"): an exact age, which
the report flags as a birth date like a broker's "Age 63". A sponsored colleague's card further down the page, and
an address written right after the sex ("Female, 45 Elm St"), give no age of the subject's."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import decide, match
from footprint.models import Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://www.ratings-example.com/doctors/Dr_Odalys_Fennimore.html"
WHO = Identity(
    make_subject("Dr. Odalys Fennimore", city="Racine", state="WI"), name_variants(make_subject("Dr. Odalys Fennimore"))
)


def _profile(card: str, sponsored: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Dr. Odalys Fennimore, MD - Nephrology in Racine, WI</title></head>
<body><h1>Dr. Odalys Fennimore, MD</h1><p class="specialty">Nephrology</p>
<p class="card">{card}</p>
<div class="address">500 Lakeview Ave Suite 12, Racine, WI 53403</div><p>(262) 555-0148</p>
<p>4.4/5 from 12 ratings</p><div class="promoted">Promoted doctors near Racine {sponsored}</div></body></html>"""


def _ages(body: str) -> list[str]:
    probe = Probe("ratings-example.com", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    judged = match(WHO, page)
    sure = Match(page, MatchResult(0.9, decide(0.9), judged.reasons, judged.person, judged.person_index))
    return [f.excerpt for f in assess(WHO, [sure], {}) if f.category == "birth_date"]


def test_her_profile_card_giving_sex_and_age_publishes_her_age() -> None:
    found = _ages(_profile("Female, 52"))
    assert found and "Age 52" in found[0]


def test_an_address_after_the_sex_or_a_sponsored_colleagues_card_gives_no_age_of_hers() -> None:
    assert not _ages(_profile("Female, 45 Elm St"))
    far = "Racine nephrology and hypertension care for adults, dialysis planning and transplant follow-up. " * 3
    assert not _ages(_profile(far, "Dr. Paul Nadeau, MD · Male, 61 · 4.3/5"))
