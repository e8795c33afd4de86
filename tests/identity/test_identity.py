from __future__ import annotations

from pathlib import Path

import pytest

from footprint.errors import SubjectError
from footprint.identity import given_name_forms, make_subject, name_variants, npi_check_digit_ok


@pytest.mark.parametrize("npi", ["1729483051", "1386209476", "1234567893"])
def test_valid_npis_pass_the_check_digit(npi: str) -> None:
    assert npi_check_digit_ok(npi)


@pytest.mark.parametrize("npi", ["1729483052", "1234567890", "123456789", "abcdefghij"])
def test_invalid_npis_fail(npi: str) -> None:
    assert not npi_check_digit_ok(npi)


def test_subject_parsing_keeps_title_credentials_and_middle_name() -> None:
    s = make_subject("Dr. Jane Q. Doe, MD, FACP", state="oregon", npi="1234567893")
    assert (s.given_name, s.middle_name, s.family_name) == ("Jane", "Q.", "Doe")
    assert s.credentials == ("MD", "FACP")
    assert s.state == "OR"
    assert s.slug == "jane-doe"


def test_variants_cover_middle_initial_title_and_other_names() -> None:
    s = make_subject("Jane Quinn Doe, MD", also_known_as=["Jane Smith"])
    variants = name_variants(s)
    assert "Jane Quinn Doe" in variants and "Jane Q Doe" in variants and "Dr. Jane Doe" in variants
    assert "Jane Smith" in variants


def test_nicknames_come_from_the_dataset() -> None:
    assert {"bob", "rob", "robert"} <= given_name_forms("Robert")
    assert "liz" in given_name_forms("Elizabeth")


@pytest.mark.parametrize("name", ["", "   ", "Cher"])
def test_a_subject_needs_a_given_and_family_name(name: str) -> None:
    with pytest.raises(SubjectError):
        make_subject(name)


def test_variants_cover_initials_surname_parts_nicknames_and_folded_accents() -> None:
    variants = name_variants(make_subject("Dr. José Luis Peña-Ortiz, MD"))
    assert variants[0] == "José Luis Peña-Ortiz"
    for expected in ("J. Peña-Ortiz", "José Peña", "José Ortiz", "Jose Pena-Ortiz", "Luis Peña-Ortiz"):
        assert expected in variants
    assert "Bob Lindqvist" in name_variants(make_subject("Robert Lindqvist"))


@pytest.mark.parametrize("handle", ["", "   ", "@", "!!!", "@@"])
def test_an_empty_or_symbol_only_handle_is_an_error(run_cli, tmp_path: Path, handle: str) -> None:
    result = run_cli("scan", "Ada Quill", "--handle", handle, "--db", str(tmp_path / "h.db"))
    assert result.code == 2, result.err
    assert "handle" in result.err and result.err.count("\n") == 1
    with pytest.raises(SubjectError):
        make_subject("Ada Quill", handles=["@ada", handle])
    handles = ("@ada", " @ada@mastodon.social ")
    assert make_subject("Ada Quill", handles=handles).handles == ("@ada", "@ada@mastodon.social")


@pytest.mark.parametrize("written", ["1234567893", "1234-567-893", " 1234 567 893 ", "1234567893.0"])
def test_one_npi_written_several_ways_is_the_same_npi(written: str) -> None:
    assert make_subject("Ada Quill", npi=written).npi == "1234567893"


def test_the_fast_path_for_plain_names_agrees_with_nameparser() -> None:
    import itertools
    import random

    from footprint.identity import _human_name, _plain_name

    firsts = ["Ada", "José", "Mary-Jane", "Van", "Del", "Mae", "Sir", "Bishop", "Dean", "Judge", "Ed", "Jr",
              "Abu", "Le", "St", "Mac", "Von", "Ng", "O'Neil", "D'Arcy", "Zoë", "Søren", "Ana-María", "King",
              "Major"]  # fmt: skip
    middles = ["", "B.", "B", "Mae", "Van", "de", "Jr", "II", "Lee", "I", "V", "É.", "Mårten"]
    lasts = ["Quill", "García-Márquez", "O'Brien", "Mc", "Van", "Jr", "Esq", "Phd", "Md", "Li", "D'Angelo",
             "McDonald", "Dean", "III", "Iv", "Ødegaard", "L'Écuyer", "Ñúñez"]  # fmt: skip
    tails = ["", ", MD", ", MD, PhD", ", DO", ", Jr.", ", Ada", ", M.D.", ", Quill", ", RN", ", Md", ", II", ", Esq."]
    names = [
        f"{t}{f} {m} {last}{tail}".replace("  ", " ")
        for t, f, m, last, tail in itertools.product(("", "Dr. ", "Dr "), firsts, middles, lasts, tails)
    ]
    fast = [n for n in names if _plain_name(n) is not None]
    assert 2_000 < len(fast) < len(names) // 2  # the fast path is taken, and declined where nameparser must judge
    for name in random.Random(17).sample(fast, 2_000):
        quick, full = _plain_name(name), _human_name(name)
        assert quick is not None
        assert quick[:3] == full[:3] and quick[3].replace(" ", "") == full[3].replace(" ", ""), name


@pytest.mark.parametrize(
    ("typed", "family"),
    [("Dr. Tomas Rezende Filho", "Rezende Filho"), ("Tomas Araujo Rezende Neto, MD", "Rezende Neto")],
)
def test_a_portuguese_generation_word_belongs_to_the_family_name_the_subject_goes_by(typed: str, family: str) -> None:
    # "Filho" (son) and "Neto" (grandson) end the family name; the person goes by the name before them.
    subject = make_subject(typed)
    assert subject.family_name == family
    variants = name_variants(subject)
    assert "Tomas Rezende" in variants and "Tomas Filho" not in variants and "T. Filho" not in variants


def test_a_family_name_that_is_only_a_generation_word_stays_the_family_name() -> None:
    assert make_subject("Maria Neto").family_name == "Neto"
    assert make_subject("Maria A. Neto").family_name == "Neto"
