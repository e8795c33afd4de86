"""A race's results table (or a club's roster) gives each runner's age in an "Age" column: the subject's row
publishes their exact age (a birth date, by the taxonomy's row). Two runners of the subject's name with other
ages make it a guess which age is theirs: then nothing is flagged."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://results.example-timing.com/2026/lakeshore-10k"
WHO = Identity(
    make_subject("Dr. Odalys Fennimore", city="Racine", state="WI"), name_variants(make_subject("Dr. Odalys Fennimore"))
)


def _results(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"<tr><td>{i + 1}</td><td>{name}</td><td>{time}</td><td>Racine</td><td>WI</td><td>{age}</td></tr>"
        for i, (name, time, age) in enumerate(rows)
    )
    return f"""<html><head><title>Lakeshore 10K 2026 - Results</title></head><body><h1>Lakeshore 10K Results</h1>
<table><tr><th>Place</th><th>Name</th><th>Time</th><th>City</th><th>State</th><th>Age</th></tr>{body}</table>
</body></html>"""


def _birth_dates(body: str) -> list[str]:
    probe = Probe("results.example-timing.com", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    judged = match(WHO, page)
    sure = Match(page, MatchResult(0.9, decide(0.9), judged.reasons, judged.person, judged.person_index))
    return [f.excerpt for f in assess(WHO, [sure], {}) if f.category == "birth_date"]


def test_her_row_in_a_race_results_table_publishes_her_age() -> None:
    found = _birth_dates(_results(("Mara Lindgren", "41:02", "29"), ("Odalys Fennimore", "41:10", "46")))
    assert found and "Age 46" in found[0]


def test_two_runners_of_her_name_with_other_ages_leave_her_age_a_guess() -> None:
    rows = (("Odalys Fennimore", "41:10", "46"), ("Odalys Fennimore", "52:40", "17"))
    assert not _birth_dates(_results(*rows))
