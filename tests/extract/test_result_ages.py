"""A race's results and a club's roster give each person's age and town: in columns ("Name | Age | City |
State") or as a result card prints them ("F 46 · Billings, MT"). They are that person's own, so a result of the
subject's name at the subject's age in the subject's town (which a confirmed broker's record gave) is theirs,
and the namesake father ten rows up, or a runner of the name from another town, is not."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.entities import page_age_in
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RESULTS = """<html><head><title>Prairie Dash 10K Results</title></head><body><h1>Prairie Dash 10K</h1>
<table><thead><tr><th>Place</th><th>Bib</th><th>Name</th><th>Time</th><th>City</th><th>State</th><th>Sex</th>
<th>Age</th></tr></thead><tbody>
<tr><td>40</td><td>311</td><td>Zora Quillfeather</td><td>51:02</td><td>Fargo</td><td>ND</td><td>F</td><td>71</td></tr>
<tr><td>41</td><td>102</td><td>Dale Ostby</td><td>51:10</td><td>Moorhead</td><td>MN</td><td>M</td><td>38</td></tr>
<tr><td>57</td><td>455</td><td>Zora Quillfeather</td><td>55:40</td><td>Fargo</td><td>ND</td><td>F</td><td>44</td></tr>
</tbody></table></body></html>"""

CARD = """<html><head><title>Zora Quillfeather | Prairie Dash 10K | Results</title></head><body>
<h1>Zora Quillfeather</h1><div>F 44 · Fargo, ND · Bib 455</div><div>Time 55:40 Pace 8:58</div></body></html>"""

FARGO = NpiRecord(
    "1245319599", "Zora", "Quillfeather", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),),
)  # fmt: skip
# What a confirmed broker's record taught: the subject is 44 in Fargo.
WHO = Identity(make_subject("Dr. Zora Quillfeather"), (), FARGO, 1, ages=((44, "Fargo", "ND"),))


def _read(body: str, url: str):  # type: ignore[no-untyped-def]
    probe = Probe("x", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_each_rows_age_and_town_columns_are_that_runners_own() -> None:
    page = _read(RESULTS, "https://results.example/prairie-dash")
    rows = [(p.name, p.age, [(a.city, a.state) for a in p.addresses]) for p in page.people if p.age]
    assert ("Zora Quillfeather", 71, [("Fargo", "ND")]) in rows
    assert ("Zora Quillfeather", 44, [("Fargo", "ND")]) in rows  # two runners of one name stay two
    assert ("Dale Ostby", 38, [("Moorhead", "MN")]) in rows


def test_the_result_at_the_subjects_age_in_her_town_is_hers_and_the_namesakes_is_not() -> None:
    page = _read(RESULTS, "https://results.example/prairie-dash")
    judged = match(WHO, page)
    assert judged.decision.is_match and judged.person is not None and judged.person.age == 44
    younger = Identity(WHO.subject, (), FARGO, 1, ages=((71, "Bismarck", "ND"),))  # another town: nobody
    assert match(younger, page).decision in (Decision.POSSIBLE, Decision.REJECTED)


def test_a_result_card_gives_sex_and_age_as_one_field() -> None:
    page = _read(CARD, "https://results.example/prairie-dash/455")
    assert [(p.name, p.age) for p in page.people] == [("Zora Quillfeather", 44)]
    assert match(WHO, page).decision.is_match
    assert page_age_in("Zora Quillfeather, Suite M 12, Fargo", "Zora Quillfeather") is None
    assert page_age_in("Form F 1040 for Zora Quillfeather", "Zora Quillfeather") is None


def test_a_runner_of_the_name_and_age_from_another_town_is_not_the_subject() -> None:
    elsewhere = CARD.replace("Fargo, ND", "Bismarck, ND")
    judged = match(WHO, _read(elsewhere, "https://results.example/prairie-dash/455"))
    assert not judged.decision.is_match
