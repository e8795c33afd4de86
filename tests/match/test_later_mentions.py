"""A friend's blog names the subject in full once, and says what they do only where it calls them again by the given
name ("Arman claims his lungs were fine, he's a lung doctor after all"); a patient's blog names the doctor in full
beside the procedure their field performs ("found the mass during a colonoscopy"). Either gives the field; another
field, or another person of that given name on the page, does not. Hand-made records."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

LUNGS = NpiRecord(
    "1760485225", "ARMAN", "PETROSYAN", "", "MD", ("Internal Medicine, Pulmonary Disease",),
    (Address("100 Lomas Blvd", "Albuquerque", "NM", "87102", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Arman Petrosyan", specialty="Pulmonology"), (), LUNGS)


def _blog(text: str, *names: str) -> Extracted:
    first = text.split(". ")[0] + "."
    people = tuple(PersonRecord(n, context=f"{first} [page: La Luz]", read_from=("name:text",)) for n in names)
    return Extracted("https://trailnotes.example.com/la-luz", "trailnotes", PageKind.NEWS, title="La Luz",
                     text=text, people=people)  # fmt: skip


STORY = (
    "My neighbor Arman Petrosyan finally agreed to La Luz if his sons could come. Davit (12) beat us all to the "
    "crest. Arman claims his lungs were fine, he's a lung doctor after all."
)


def test_the_field_said_where_the_page_calls_him_again_by_his_given_name_is_his() -> None:
    result = match(WHO, _blog(STORY, "Arman Petrosyan"))
    assert result.decision.is_match, result.reasons
    assert any("where the page names them again: pulmonology" in r for r in result.reasons)


def test_another_field_or_another_arman_on_the_page_tells_nothing() -> None:
    other = match(WHO, _blog(STORY.replace("lung doctor", "dentist"), "Arman Petrosyan"))
    assert not other.decision.is_match
    two = STORY + " Arman Sarkisian came too."
    assert not match(WHO, _blog(two, "Arman Petrosyan", "Arman Sarkisian")).decision.is_match


GUT = NpiRecord(
    "1760485233", "TOMASZ", "WROBLEWSKI", "", "MD", ("Internal Medicine, Gastroenterology",),
    (Address("1 Dodge St", "Omaha", "NE", "68102", "LOCATION"),),
)  # fmt: skip


def test_a_patients_story_of_the_colonoscopy_gives_a_gastroenterologist_his_field() -> None:
    who = Identity(make_subject("Dr. Tomasz Wroblewski", state="NE"), (), GUT)
    text = (
        "A year ago Dr. Tomasz Wroblewski found the mass during what I thought was a routine colonoscopy. Today my "
        "scan is clear."
    )
    person = PersonRecord("Tomasz Wroblewski", context=text.split(" Today")[0], read_from=("name:text",))
    page = Extracted("https://mygut.example.com/one-year", "mygut", PageKind.NEWS, title="One year clear", text=text,
                     people=(person,))  # fmt: skip
    result = match(who, page)
    assert result.decision.is_match, result.reasons
    assert any("condition or treatment is the subject's field's: gastroenterology" in r for r in result.reasons)


def test_a_title_before_his_name_is_no_name_to_find_again() -> None:
    text = (
        "My neighbor Dr. Arman Petrosyan finally agreed to La Luz if his sons could come. Dr. Ruiz, the dentist "
        "next door, came too."
    )
    person = PersonRecord("Dr. Arman Petrosyan", context=text.split(". Dr. Ruiz")[0] + ".", read_from=("name:text",))
    page = Extracted("https://trailnotes.example.com/la-luz", "trailnotes", PageKind.NEWS, title="La Luz", text=text,
                     people=(person,))  # fmt: skip
    who = Identity(make_subject("Dr. Arman Petrosyan", specialty="Dentistry"), (), LUNGS)
    assert not any("names them again" in r for r in match(who, page).reasons)
