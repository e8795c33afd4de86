"""A youth team's roster gives each child a parent contact: the child on the row that names the physician as the
parent is their child, whatever family name the child bears (a mother's own name, a patronymic). A roster that names
the physician as a coach, or another parent on a child's row, names no child of theirs."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://www.lakeshorefencing.example.org/youth/2026-roster"
WHO = Identity(
    make_subject("Dr. Odalys Fennimore", city="Racine", state="WI"), name_variants(make_subject("Dr. Odalys Fennimore"))
)


def _roster(heading: str, *rows: tuple[str, str, str]) -> str:
    body = "\n".join(f"<tr><td>{kid}</td><td>{age}</td><td>Foil</td><td>{adult}</td></tr>" for kid, age, adult in rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>2026 Youth Roster | Lakeshore Fencing Club</title>
</head>
<body>
<div class="site-header">Lakeshore Fencing Club</div>
<div class="page"><h1>2026 youth fencing roster</h1>
<table><tr><th>Fencer</th><th>Age</th><th>Weapon</th><th>{heading}</th></tr>
{body}</table>
<p>Practice: Tuesdays 5-7 at the Y.</p>
</div>
</body>
</html>"""


def _family(body: str) -> list[str]:
    probe = Probe("lakeshorefencing.example.org", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    judged = match(WHO, page)
    sure = Match(page, MatchResult(0.9, decide(0.9), judged.reasons, judged.person, judged.person_index))
    return [f.excerpt for f in assess(WHO, [sure], {}) if "family_information" in f.all_categories]


def test_the_child_on_her_row_of_the_parent_column_is_her_child_under_another_family_name() -> None:
    rows = (
        ("Mateo Alvarez", "11", "Odalys Fennimore · (262) 555-0148"),
        ("Lucia Alvarez", "14", "Odalys Fennimore · (262) 555-0148"),
        ("Wyatt Lindell", "13", "Erin Lindell · (262) 555-0161"),
    )
    found = _family(_roster("Parent contact", *rows))
    assert found and "Mateo Alvarez, Lucia Alvarez" in found[0] and "Wyatt Lindell" not in found[0]


def test_a_coach_column_or_another_parent_names_no_child_of_hers() -> None:
    coached = (
        ("Mateo Alvarez", "11", "Odalys Fennimore"),
        ("Lucia Alvarez", "14", "Odalys Fennimore"),
        ("Wyatt Lindell", "13", "Erin Lindell"),
    )
    assert not _family(_roster("Coach", *coached))
    others = (
        ("Mateo Alvarez", "11", "Rosa Alvarez · (262) 555-0148"),
        ("Lucia Alvarez", "14", "Rosa Alvarez · (262) 555-0148"),
        ("Odalys Fennimore", "46", "Erin Lindell"),
    )
    assert not _family(_roster("Parent contact", *others))
