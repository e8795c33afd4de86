"""Names in running text written as bylines and captions write them: run-together initials,
possessives, a generation before the credential."""

from __future__ import annotations

from footprint.extract.names import name_at_start, names_in


def _names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(n.name, n.credentials) for n in names_in(text)]


def test_run_together_initials_are_one_name_with_their_credential() -> None:
    assert ("R.J. Okafor", ("MD",)) in _names("The letter was signed R.J. Okafor, MD, of Dayton.")
    assert ("M.J. Garcia-Marquez", ()) in _names("By M.J. Garcia-Marquez | Staff writer")


def test_a_byline_word_is_not_a_given_name() -> None:
    assert all(not n.startswith("By ") for n, _ in _names("By Ann Lee and Tom Reyes"))


def test_generation_then_credential_keeps_the_credential() -> None:
    assert ("J.W. Marchbanks Jr", ("DO",)) in _names("J.W. Marchbanks Jr., D.O., Bowling Green.")


def test_a_persons_possessive_is_that_person() -> None:
    assert _names("Dr. Ann Lee's office moved to Austin.") == [("Ann Lee", ())]
    assert ("Ann Lee", ()) in _names("I met Ann Lee's husband after the game.")


def test_a_business_possessive_is_no_person() -> None:
    assert _names("Saguaro Women's Health opened a clinic.") == []
    assert all(n != "Miller Pharmacy" for n, _ in _names("Miller's Pharmacy opened."))


def test_a_facility_as_patients_shorten_it_is_no_person() -> None:
    assert all(n != "Yellowstone Rehab" for n, _ in _names("We saw Dr. K at Yellowstone Rehab in Billings."))
    assert _names("She moved to Mercy Hospice last week.") == []


def test_headline_with_run_together_initials() -> None:
    span = name_at_start("R.J. Okafor, MD - Cardiology in Dayton, OH")
    assert span is not None
    assert span.name == "R.J. Okafor"
    assert span.credentials == ("MD",)


def test_a_title_case_headline_ends_the_name_at_its_verb_or_preposition() -> None:
    # Headline style capitalises every word: what follows the name is no part of it.
    from footprint.extract.headline import person_in

    assert ("Ann Lee", ()) in _names("Ann Lee Named Chief Of Surgery At Mercy")
    assert ("Ann Lee", ()) in _names("Dr. Ann Lee Joins Riverside Pediatrics")
    person = person_in("title", "Dr. Okafor Steps Down From Lakeview School Board | Dayton Daily")
    assert person is not None
    assert person.name == "Dr. Okafor"


def test_a_name_keeps_words_that_only_look_like_headline_words() -> None:
    assert ("Grant Will Hope", ()) in _names("Signed, Grant Will Hope")
    assert ("Ann Lee", ("MD",)) in _names("Ann Lee, MD, from Austin")


def test_a_family_name_that_is_also_an_english_word_stays_the_name() -> None:
    assert ("Khalid Said", ()) in _names("Dr. Khalid Said joined Riverside Pediatrics in May.")
    assert ("Anh To", ("MD",)) in _names("Anh To, MD, answers your questions")


def test_a_first_initial_a_is_an_initial_not_the_article() -> None:
    # A journal's author line: "A. T. Quill, MD, MPH" was read as no name at all ("A" taken for the article).
    span = name_at_start("A. T. Quill, MD, MPH")
    assert span is not None and span.name == "A. T. Quill" and span.credentials == ("MD", "MPH")
    assert name_at_start("A Quill family story") is None
