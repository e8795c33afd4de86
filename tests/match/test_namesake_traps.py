"""Namesakes a careful reader tells apart: the same name in a same-named town of another state, a nurse or a
therapist of the subject's name beside their field, and a father's page that lends his wife to his son's name.

Every page here names the subject's full name and something of their field or town, and is somebody else's.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.person import match_person
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

OFFICE = Address("40 Harbor Crest Ave", "Portland", "ME", "04101", "LOCATION")
RECORD = NpiRecord("1234567893", "MARTIN", "ASHDALE", "PIERCE", "M.D.", ("Pediatrics, Pediatric Pulmonology",),
                   (OFFICE,), phones=("207-555-0190",))  # fmt: skip
# The user typed the city without its state; the registry's record is in Portland, Maine.
MARTIN = Identity(make_subject("Martin Ashdale", city="Portland", specialty="Pediatric Pulmonology"), (), RECORD)


def _read(body: str, url: str = "https://news.example/story", kind: PageKind = PageKind.NEWS) -> Extracted:
    probe = Probe("news.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return extract(Page(probe, 200, body, "text/html", url), None)


def _story(headline: str, paragraph: str) -> str:
    return f"""<html><head><title>{headline} | Valley News</title></head><body><article>
    <h1>{headline}</h1><p>{paragraph} "Nobody stays later on the unit," a colleague wrote in the nomination letter.</p>
    </article></body></html>"""


def test_a_broker_record_in_the_same_named_city_of_another_state_is_a_namesake() -> None:
    """ "Portland" typed alone is the registry's Portland, Maine: a record in Portland, Oregon is not in her city."""
    oregon = PersonRecord("Martin Ashdale", age=58, addresses=(Address("5 SE Crest St", "Portland", "OR", "97206"),))
    result = match_person(MARTIN, oregon, kind=PageKind.PEOPLE_SEARCH)
    assert not result.decision.is_match, result.reasons
    assert any(r.startswith("different state: OR") for r in result.reasons)
    maine = PersonRecord("Martin Ashdale", age=61, addresses=(Address("9 Shore Rd", "Portland", "ME", "04101"),))
    assert any(r.startswith("same city") for r in match_person(MARTIN, maine, kind=PageKind.PEOPLE_SEARCH).reasons)


def test_a_story_datelined_in_a_same_named_town_of_another_state_is_not_in_her_city() -> None:
    there = _read(_story("Lung doctor honored", "PORTLAND, Ore. — Dr. Martin Ashdale, a pediatric pulmonologist, "
                         "was honored by the county this week."))  # fmt: skip
    result = match(MARTIN, there)
    assert not result.decision.is_match, result.reasons
    assert any("a town of that name in another state" in r for r in result.reasons)
    here = _read(_story("Lung doctor honored", "PORTLAND, Maine — Dr. Martin Ashdale, a pediatric pulmonologist, "
                        "was honored by the county this week."))  # fmt: skip
    assert match(MARTIN, here).decision.is_match


def test_the_same_named_city_across_a_state_line_of_one_metro_is_still_hers() -> None:
    from footprint.match.text_evidence import another_state

    assert another_state("Kansas City", "KANSAS CITY, Mo. — the clinic opened", {"KS"}) == ""
    assert another_state("Portland", "of Portland, Oregon, and Portland, ME", {"ME"}) == ""
    assert another_state("Portland", "PORTLAND, Ore. — she said", {"ME"}) == "OR"


def test_a_nurse_or_therapist_of_her_name_in_her_field_is_a_namesake() -> None:
    """The degree after the name, the role after the degree, and the profession written before the name."""
    nurse = "Martin Ashdale, RN, a pediatric pulmonary nurse at Portland Children's Hospital in Portland, won."
    therapist = "Martin Ashdale, RRT, a respiratory therapist in the pediatric ICU in Portland, is honored."
    stories = (
        _story("Nurse of the year", nurse),
        _story("Therapist of the year", therapist),
        _story("Respiratory therapist Martin Ashdale wins award", "He has cared for children's lungs in Portland."),
    )
    for body in stories:
        result = match(MARTIN, _read(body))
        assert result.person is not None and not result.decision.is_match, result.reasons
    doctor = _story("Lung doctor honored", "Dr. Martin Ashdale, a pediatric pulmonologist in Portland, received "
                    "the award.")  # fmt: skip
    assert match(MARTIN, _read(doctor)).decision.is_match


def test_a_fathers_page_lends_no_wife_to_a_broker_record_when_two_physicians_share_the_name() -> None:
    """The registry lists a father and his son "Jr.", both physicians, and nothing typed tells which is the user:
    a story about "Dr. Orrin Vell, 78" naming his wife is either's, and so is her name on a broker's record."""
    father = NpiRecord("1234567893", "ORRIN", "VELL", "JAMES", "M.D.", ("Family Medicine",),
                       (Address("1 Main St", "Keizer", "OR", "97303", "LOCATION"),), suffix="Sr.")  # fmt: skip
    son = NpiRecord("1245319599", "ORRIN", "VELL", "JAMES", "M.D.", ("Orthopaedic Surgery",),
                    (Address("9 Court St", "Salem", "OR", "97301", "LOCATION"),), suffix="Jr.")  # fmt: skip
    two = Identity(make_subject("Orrin Vell"), (), npi_namesakes=(father, son))
    story = Extracted(
        "https://news.example/dr-vell-45-years",
        "news.example",
        PageKind.NEWS,
        people=(
            PersonRecord(
                "Orrin Vell",
                relatives=("Ruth",),
                context="Dr. Orrin Vell, 78, was honored. Vell and his wife Ruth live on Chemawa Road.",
                read_from=("name:text",),
            ),
        ),
        text="Dr. Orrin Vell, 78, was honored. Vell and his wife Ruth live on Chemawa Road.",
    )
    home = (Address("612 Chemawa Rd", "Keizer", "OR", "97303", "home"),)
    record = PersonRecord("Orrin J Vell", age=78, addresses=home, relatives=("Ruth Vell", "Orrin J Vell Jr"))
    broker = Extracted("https://people.example/orrin-vell", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    before = (Match(story, match(two, story)), Match(broker, match(two, broker)))
    assert [m.result.decision for m in before] == [Decision.POSSIBLE, Decision.POSSIBLE]
    assert not with_kin(two, before)[1].result.decision.is_match
    # One physician of the name in the registry: the doctor's page names his wife, and the broker's record is his.
    one = Identity(make_subject("Orrin Vell"), (), npi_namesakes=(father,))
    judged = (Match(story, match(one, story)), Match(broker, match(one, broker)))
    assert with_kin(one, judged)[1].result.decision.is_match


def test_a_son_named_by_her_middle_name_is_not_her_going_by_it() -> None:
    """The user typed "Marty", an everyday form of the registry's first name MARTIN PIERCE: "Dr. Pierce Ashdale",
    a resident in the same city, is a son named after the middle name. The broker's record listing him as the
    subject's relative does not make a page about him the subject's either."""
    marty = Identity(make_subject("Marty Ashdale", city="Portland"), (), RECORD, relatives=("Pierce Ashdale",))
    said = "Dr. Pierce Ashdale, an emergency medicine resident in Portland, said the ER is full."
    son = PersonRecord("Dr. Pierce Ashdale", credentials=("MD",), read_from=("name:text",), context=said)
    result = match_person(marty, son, page_text=son.context, kind=PageKind.NEWS)
    assert result.decision == Decision.REJECTED, result.reasons  # not even left for the user to review
    assert any("another person of the name" in r for r in result.reasons)
    assert not any("relative" in r for r in result.reasons)


def test_a_relatives_degree_after_the_family_name_is_not_the_subjects_profession() -> None:
    """His mother's obituary names "her son, Dr. Martin (Joan) Ashdale of Portland" and a granddaughter "Meghan
    Ashdale, PA-C": the degree after the family name alone is the granddaughter's."""
    said = (
        "She is survived by her son, Dr. Martin (Joan) Ashdale of Portland; her granddaughter Meghan Ashdale, "
        "PA-C, of Westbrook; and a nephew, Paul Ashdale, a nurse at Maine Medical Center."
    )
    son = PersonRecord("Martin Ashdale", read_from=("name:text",), context=said)
    page = Extracted("https://obits.example/ashdale", "obits.example", PageKind.NEWS, people=(son,), text=said)
    result = match(MARTIN, page)
    assert result.person == son and not any("another profession" in r for r in result.reasons), result.reasons


def test_the_registrys_initials_are_still_the_subject_who_goes_by_an_everyday_name() -> None:
    """ "Bert" typed for ALBERT PIERCE: a journal's "A. P. Ashdale, MD" is his registry name in initials, not a son
    named after the middle name."""
    albert = NpiRecord("1234567893", "ALBERT", "ASHDALE", "PIERCE", "M.D.", ("Pediatrics",), (OFFICE,))
    bert = Identity(make_subject("Bert Ashdale", city="Portland"), (), albert)
    signed = PersonRecord("A. P. Ashdale, MD", credentials=("MD",), read_from=("name:text",))
    result = match_person(bert, signed, kind=PageKind.NEWS)
    assert any("NPI record" in r for r in result.reasons), result.reasons
    assert not any("everyday form of its first name" in r for r in result.reasons), result.reasons


EYE = Address("2880 Lakeview Ave", "Madison", "WI", "53705", "LOCATION")
ELIF = Identity(
    make_subject("Elif Karakaya", city="Madison", specialty="Neuro-ophthalmology"),
    (),
    NpiRecord("1234567893", "ELIF", "KARAKAYA", "", "M.D.", ("Ophthalmology",), (EYE,)),
)


def test_a_bare_city_whose_neighbours_are_in_another_state_is_not_hers() -> None:
    """A local paper of Madison, Alabama writes "Madison" bare: the state's name and Huntsville beside it say which
    Madison; the same words with Wisconsin and Middleton say hers."""
    alabama = _read(_story("Madison doctor honored by Alabama chapter", "Dr. Elif Karakaya of Madison received the "
                           "Alabama chapter's community award. She lives in Huntsville with her husband."))  # fmt: skip
    result = match(ELIF, alabama)
    assert not result.decision.is_match, result.reasons
    assert any("Madison, AL, a town of that name in another state" in r for r in result.reasons)
    wisconsin = _read(_story("Madison doctor honored by Wisconsin chapter", "Dr. Elif Karakaya of Madison received "
                             "the Wisconsin chapter's award. She lives in Middleton with her husband."))  # fmt: skip
    assert match(ELIF, wisconsin).decision.is_match


def test_a_bare_city_beside_another_state_alone_stays_hers() -> None:
    """Another state named without a town of it near the same-named city there ("moved from Alabama") is her past,
    not a namesake's town."""
    from footprint.match.text_evidence import neighbours_state

    assert neighbours_state("Madison", "Dr. Roe of Madison moved here from Alabama in 2017.", {"WI"}) == ""
    assert neighbours_state("Madison", "Dr. Roe of Madison, Alabama chapter; lives in Huntsville.", {"WI"}) == "AL"
    assert neighbours_state("Madison", "Madison, Alabama chapter; Huntsville and Middleton.", {"WI"}) == ""
