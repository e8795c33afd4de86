"""A doctor registered under the Spanish form of a Basque name (IGNACIO) is Iñaki at home and at the Basque center:
a wife's food blog naming "Iñaki and Ander at the fryer" beside her own name, which his confirmed broker record lists
with their son's, is the household's page about him, accented or not. The English cognate of a name is not read
so ("Matthew" is no Matej), and the Basque form alone, with no relative, is anyone's. Hand-made records."""

from __future__ import annotations

from footprint.identity import given_name_forms, make_subject
from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord
from footprint.search.spellings import other_given_names

RECORD = NpiRecord(
    "1760485217", "IGNACIO", "GOICOECHEA", "", "MD", ("Ophthalmology",),
    (Address("100 Main St", "Boise", "ID", "83702", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Ignacio Goicoechea"), (), RECORD)


def _broker() -> Match:
    record = PersonRecord(
        "Ignacio Goicoechea", addresses=(Address("410 Harrison Blvd", "Boise", "ID", "83702", "home"),),
        relatives=("Maite Goicoechea", "Ander Goicoechea", "Amaia Goicoechea"),
    )  # fmt: skip
    page = Extracted("https://people.example/ignacio-goicoechea", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(WHO, page))
    assert found.result.decision == Decision.CONFIRMED
    return found


def _blog(text: str) -> Match:
    author = PersonRecord("Maite Goicoechea", context=text[:80], read_from=("name:byline",))
    page = Extracted("https://maites.example/croquetas", "maites", PageKind.OTHER, title="Croquetas", text=text,
                     people=(author,))  # fmt: skip
    return Match(page, match(WHO, page))


POST = (
    "Croquetas for San Inazio. Posted by Maite Goicoechea. Every year my husband swears he will not fry a single "
    "one. He fries them all. Iñaki and Ander at the fryer on Grove Street."
)


def _after(page: Match) -> Decision:
    broker = _broker()
    return {m.page.url: m.result for m in with_kin(WHO, (broker, page))}[page.page.url].decision


def test_the_basque_form_of_his_registered_name_on_his_wifes_blog_is_him() -> None:
    assert "inaki" in given_name_forms("Ignacio")
    assert _after(_blog(POST)).is_match
    assert _after(_blog(POST.replace("Iñaki", "Inaki"))).is_match


def test_the_basque_form_without_a_second_relative_or_an_english_cognate_is_not_read_so() -> None:
    assert not _after(_blog(POST.replace(" and Ander", ""))).is_match
    assert "matej" not in given_name_forms("Matthew")
    assert "Matej" not in other_given_names("Matthew")
