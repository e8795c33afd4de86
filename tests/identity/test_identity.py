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

