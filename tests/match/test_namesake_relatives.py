"""A people-search record lists the family's namesake (a Jr./Sr., a father or mother of the same name) among
its relatives: real records do constantly. That alone does not make the record the relative's; only a
generation or middle name the subject gives says the relative, not the record, is the subject."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Identity, PersonRecord

HOME = (Address("", "Albuquerque", "NM"),)


def _who(name: str) -> Identity:
    return Identity(make_subject(name, city="Albuquerque", state="NM"), ())


def _lists_a_relative(result_reasons: tuple[str, ...]) -> bool:
    return any("this record is a relative of the subject" in r for r in result_reasons)


def test_a_senior_listing_his_junior_namesake_is_still_judged_on_his_own_record() -> None:
    record = PersonRecord("Thaddeus K Osei Sr", addresses=HOME, relatives=("Thaddeus K Osei Jr", "Ama Osei"))
    assert not _lists_a_relative(match_person(_who("Thaddeus Osei"), record).reasons)


def test_a_record_with_a_middle_name_listing_the_same_name_without_it_is_not_a_relatives_record() -> None:
    record = PersonRecord("Thaddeus Kwabena Osei", addresses=HOME, relatives=("Thaddeus Osei",))
    result = match_person(_who("Thaddeus Osei"), record)
    assert not _lists_a_relative(result.reasons) and result.decision.is_match


def test_the_subjects_own_generation_on_the_relative_still_makes_the_record_the_other_one() -> None:
    record = PersonRecord("Thaddeus Osei", addresses=HOME, relatives=("Thaddeus Osei Jr",))
    result = match_person(_who("Dr. Thaddeus Osei Jr., MD"), record)
    assert _lists_a_relative(result.reasons) and not result.decision.is_match


def test_the_subjects_own_middle_initial_on_the_relative_makes_the_record_the_other_one() -> None:
    record = PersonRecord("Ann R Lee", addresses=HOME, relatives=("Ann M Lee",))
    assert _lists_a_relative(match_person(_who("Ann M. Lee"), record).reasons)


def test_the_registrys_middle_name_on_the_relative_makes_the_record_the_other_one() -> None:
    from footprint.models import NpiRecord

    record = NpiRecord("1234567893", "ELSA", "QUILL", "ANN", addresses=(Address("1 Rim Rd", "Albuquerque", "NM"),))
    who = Identity(make_subject("Elsa Quill", city="Albuquerque", state="NM"), (), record)
    mother = PersonRecord("Elsa J Quill", addresses=HOME, relatives=("Elsa A Quill",))
    assert _lists_a_relative(match_person(who, mother).reasons)
    own = PersonRecord("Elsa A Quill", addresses=HOME, relatives=("Elsa J Quill",))
    assert not _lists_a_relative(match_person(who, own).reasons)


# Portuguese and Spanish names write the generation as a word of the family name: "Filho" (son), "Neto"
# (grandson), "Júnior"; the father is the same name without it.
def test_a_filho_record_listing_his_father_of_the_same_name_is_the_sons_own_record() -> None:
    son = PersonRecord(
        "Tomas Araujo Rezende Filho", addresses=HOME, relatives=("Lia F Rezende", "Tomas A Rezende", "Ines A Rezende")
    )
    result = match_person(_who("Dr. Tomas Rezende Filho"), son)
    assert not _lists_a_relative(result.reasons) and result.decision.is_match


def test_a_neto_or_junior_record_listing_the_grandfather_or_father_is_the_subjects() -> None:
    pairs = (("Tomas A Rezende Neto", "Tomas Rezende Neto"), ("Tomas Rezende Júnior", "Tomas Rezende Júnior"))
    for own, subject in pairs:
        record = PersonRecord(own, addresses=HOME, relatives=("Tomas A Rezende",))
        assert not _lists_a_relative(match_person(_who(subject), record).reasons), own


def test_the_fathers_record_listing_the_filho_is_still_a_relatives_record() -> None:
    father = PersonRecord("Tomas A Rezende", addresses=HOME, relatives=("Tomas A Rezende Filho", "Ines A Rezende"))
    result = match_person(_who("Dr. Tomas Rezende Filho"), father)
    assert _lists_a_relative(result.reasons) and not result.decision.is_match


def test_a_record_whose_aka_writes_the_registrys_middle_initial_is_hers_beside_a_namesake_relative() -> None:
    """ "Teodora Vrabie", AKA "Teodora M Vrabie", listing a relative "Teodora Vrabie" (a mother of her name): the
    registry's middle initial is the record's own, so the relative is the namesake. Without the AKA nothing tells
    the two apart and the record stays a relative's."""
    from footprint.models import NpiRecord

    record = NpiRecord("1234567893", "TEODORA", "VRABIE", "M.", addresses=(Address("1 Rim Rd", "Albuquerque", "NM"),))
    who = Identity(make_subject("Teodora Vrabie", city="Albuquerque", state="NM"), (), record)
    hers = PersonRecord(
        "Teodora Vrabie", addresses=HOME, relatives=("Mihai Ionescu", "Teodora Vrabie"), aliases=("Teodora M Vrabie",)
    )
    assert not _lists_a_relative(match_person(who, hers).reasons)
    other = PersonRecord("Teodora Vrabie", addresses=HOME, relatives=("Teodora Vrabie",), aliases=("Teodora C Vrabie",))
    assert _lists_a_relative(match_person(who, other).reasons)
