"""A sister's food blog: "My brother Xeng (Dr. Sam to his patients) and Mai brought the kids ... Xeng, Mai, Nkauj Hli
and Tou Pheng at the RiverCentre." The broker record lists his wife Mai Yang and Pheng Yang: the subject's given name
with two relatives' given names is the household's page, a three-letter given name counting where the page writes it
capitalised as a name. "Dr. Sam" alone says nothing against him (no "family name differs"). Lower-case "mai" (a
French month) is no relative. Hand-made records."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1760485258", "XENG", "YANG", "", "MD", ("Otolaryngology",),
    (Address("100 Wabasha St", "St. Paul", "MN", "55102", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Xeng Yang", state="MN"), (), RECORD)


def _broker() -> Match:
    record = PersonRecord("Xeng Yang", addresses=(Address("1127 Birch Ave E", "St. Paul", "MN", "55106", "home"),),
                          relatives=("Mai Yang", "Pheng Yang"))  # fmt: skip
    page = Extracted("https://people.example/xeng-yang", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(WHO, page))
    assert found.result.decision == Decision.CONFIRMED
    return found


POST = (
    "We made three hundred egg rolls. My brother Xeng (Dr. Sam to his patients) and Mai brought the kids. "
    "Xeng, Mai, Nkauj Hli and Tou Pheng at the RiverCentre."
)


def _blog(text: str) -> Match:
    people = (PersonRecord("Dr. Sam", context=text.split(". ")[1], read_from=("name:text",)),)
    page = Extracted("https://kitchen.example.com/new-year", "kitchen", PageKind.NEWS, title="New Year", text=text,
                     people=people)  # fmt: skip
    return Match(page, match(WHO, page))


def _after(page: Match) -> Decision:
    return {m.page.url: m.result for m in with_kin(WHO, (_broker(), page))}[page.page.url].decision


def test_his_given_name_with_his_wifes_three_letter_name_and_another_relatives_is_his_household() -> None:
    blog = _blog(POST)
    assert blog.result.decision == Decision.REJECTED
    assert not any("differs" in r for r in blog.result.reasons), blog.result.reasons
    assert _after(blog).is_match


def test_a_lower_case_word_is_no_relatives_name() -> None:
    lower = POST.replace("and Mai brought", "and brought").replace("Xeng, Mai,", "Xeng, mai,")
    assert not _after(_blog(lower)).is_match
