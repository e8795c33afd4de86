"""The Yiddish and Hebrew pet forms of a biblical name registered in English: Rachel is "Rochie" or "Ruchy" to her
family, Joseph "Yossi", Sarah "Suri". A profile or a family page under the pet form and the family initial is the
subject's when her field and her town agree; the pet form alone is anyone's; discovery does not search for it.
"""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Decision, Identity, NpiRecord, PageKind, PersonRecord
from footprint.search.spellings import other_given_names
from footprint.specialties import groups_of

HERE = (Address("9 Orchard Way", "Rockville", "MD", "20850", "LOCATION"),)
RECORD = NpiRecord("1234567893", "RACHEL", "BRANDEIS", "", "MD", ("Allergy & Immunology",), HERE)
RACHEL = Identity(make_subject("Rachel Brandeis"), (), RECORD)


def _judged(name: str, bio: str = "") -> Decision:
    person = PersonRecord(name=name, practice=bio, handle="someone@mastodon.social", context=bio)
    return match_person(RACHEL, person, page_text=bio, kind=PageKind.SOCIAL_PROFILE).decision


def test_the_pet_form_and_the_family_initial_with_the_field_and_the_town_is_the_subject() -> None:
    assert _judged("Rochie B.", "allergies & asthma by day · Rockville, MD · sourdough").is_match


def test_the_pet_form_with_nothing_else_is_not_enough() -> None:
    assert not _judged("Rochie B.").is_match
    assert _judged("Ruchy Brandeis") != Decision.REJECTED


def test_the_pet_form_of_another_name_is_another_person() -> None:
    assert _judged("Suri B.", "allergies & asthma by day · Rockville, MD") == Decision.REJECTED


def test_discovery_does_not_search_for_the_pet_forms() -> None:
    assert other_given_names("Rachel") == []
    assert other_given_names("Avraham") == ["Avi"]  # the Hebrew name's own everyday form, as before


def test_a_doctors_own_words_for_fertility_and_allergy_name_the_field() -> None:
    assert "obgyn" in groups_of("fertility doc · Austin TX")
    assert "allergy" in groups_of("allergies & asthma by day")
    assert not groups_of("our fertility journey, two lines at last")


def test_abdi_is_the_everyday_form_of_each_somali_name_compounded_with_cabdi_and_joins_none_of_them() -> None:
    from footprint.identity import given_name_forms

    assert "abdi" in given_name_forms("Abdirahman")
    assert "abdullahi" not in given_name_forms("Abdirahman")
    assert other_given_names("Abdirahman") == []
