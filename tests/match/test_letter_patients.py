"""A letter to the editor signed with initials and "M.D." names its writer's field by the patients they care for ("I
spend my days with children", "every summer I admit toddlers", "twenty-five years taking care of teenagers"), and a
city paper names its city by the short form its readers use ("BTV Crest Weekly"). With both, a letter signed with the
registry's initials is the subject's, and a public opinion of theirs. Children are a parent's and a teacher's too: the
patients count only for a writer the page gives a physician's degree, and "our kids" never. Pages written here."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
)

HERS = NpiRecord(
    "1366042817", "Frances", "Dunmore", "Marie", "M.D.", ("Pediatrics, Pediatric Nephrology",),
    (Address("111 Colchester Ave", "Burlington", "VT", "05401", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Frances Dunmore"), (), HERS)

LETTERS = """<html><head><title>Letters: School lunch, the waterfront</title>
<meta property="og:type" content="article"></head><body><header>{paper}</header>
<article><h1>Letters: School lunch, the waterfront</h1><p>Readers write. By Letters · Sept. 23, 2026</p>
<h2>Chocolate milk every day is not a win</h2><p>{said} The school board members who voted to put sugary milk and chips
back on every tray would rather please a vendor than read a growth chart.</p><p>— F.M.D., {degree}, Old North End</p>
<h2>Waterfront parking</h2><p>Ten dollars an hour is too much.</p><p>— Pat Gagne, New North End</p></article>
<footer>© {paper}</footer></body></html>"""
URL = "https://www.btvweekly.example.com/letters/2026/09/23/school-lunch-vote"


def _page(said: str, paper: str = "BTV Crest Weekly", degree: str = "M.D.") -> Extracted:
    probe = Probe("btvweekly.example.com", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = LETTERS.format(said=said, paper=paper, degree=degree)
    return extract(Page(probe, 200, body, "text/html", URL), None)


CARE = "I spend my days with children whose blood pressure is already high at nine."


def test_a_letter_signed_with_the_initials_and_md_that_names_her_patients_is_hers_and_her_opinion() -> None:
    page = _page(CARE)
    judged = match(WHO, page)
    assert judged.decision.is_match, judged.reasons
    assert any("field in its own words: pediatrics" in r for r in judged.reasons)
    assert any("city named on the page: Burlington" in r for r in judged.reasons)
    found = {c for f in assess(WHO, [Match(page, judged)], {}) for c in f.all_categories}
    assert "personal_comment" in found


def test_other_ways_of_saying_whom_the_writer_cares_for() -> None:
    for said in (
        "Every summer I admit toddlers with bloody diarrhea from E. coli.",
        "After twenty-five years taking care of teenagers in this city, I know what a shot prevents.",
    ):
        assert match(WHO, _page(said)).decision.is_match, said


def test_without_the_patients_or_the_city_the_initials_stay_possible() -> None:
    assert not match(WHO, _page("Sugar is the problem.")).decision.is_match
    assert not match(WHO, _page(CARE, paper="The Crest Weekly")).decision.is_match
    assert match(WHO, _page(CARE, paper="The Burlington Crest Weekly")).decision.is_match


def test_a_parents_own_kids_are_no_patients() -> None:
    assert not match(WHO, _page("We take care of our kids and pack their lunches.")).decision.is_match


def test_children_count_only_for_a_writer_with_a_physicians_degree() -> None:
    teacher = PersonRecord("Frances Dunmore", context=f"Frances Dunmore · {CARE}", read_from=("name:text",))
    doctor = PersonRecord("Frances Dunmore", credentials=("MD",), context=teacher.context, read_from=("name:text",))
    page = Extracted(URL, "web", PageKind.OTHER, title="Letters", people=(teacher,), text=teacher.context)

    def field(person: PersonRecord) -> bool:
        result = match(WHO, Extracted(URL, "web", PageKind.OTHER, title="Letters", people=(person,), text=page.text))
        return any("field in its own words" in r for r in result.reasons)

    assert not field(teacher)
    assert field(doctor)
    assert match(WHO, page).decision != Decision.REJECTED  # the name alone still stands as it did
