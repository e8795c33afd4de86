"""The roster × candidates matrix keeps the pairs worth judging and drops the rest."""

from __future__ import annotations

from bench.namegrid import name_matrix, quick_key, shortlist


def test_keys_drop_titles_credentials_middles_and_turn_comma_names() -> None:
    assert quick_key("Dr. Robert A. Lindqvist, MD") == "robert lindqvist"
    assert quick_key("Lindqvist, Robert") == "robert lindqvist"
    assert quick_key("Dr. José Peña-Ortiz, MD, FACP") == "jose ortiz"


def test_matrix_has_one_row_per_subject_and_one_column_per_candidate() -> None:
    grid = name_matrix(["Robert Lindqvist", "Ana Garcia"], ["Dr. Robert Lindqvist, MD", "Ana Garcia", "Li Wei"])
    assert grid.shape == (2, 3)
    assert grid[0, 0] == 100 and grid[1, 1] == 100 and grid[0, 2] < 50


def test_shortlist_keeps_nicknames_and_typos_but_not_other_names() -> None:
    roster = ["Dr. Robert Lindqvist, MD", "Dr. Ana García-Márquez"]
    found = ["Bob Lindqvist", "Robert Lindquist", "Erik Svensson", "Ana Garcia-Marquez", "Maria Lopez"]
    pairs = {(p.subject, p.candidate) for p in shortlist(roster, found, chunk=2)}
    assert pairs == {(0, 0), (0, 1), (1, 3)}


def test_judge_roster_only_judges_plausible_pairs() -> None:
    from bench.namegrid import judge_roster
    from footprint.identity import make_subject
    from footprint.models import Address, Extracted, Identity, PageKind, PersonRecord

    roster = [
        Identity(make_subject("Dr. Robert Lindqvist, MD", city="Bend", state="OR"), ()),
        Identity(make_subject("Priya Holloway", also_known_as=["Priya Subramanian"], state="NC"), ()),
    ]
    pages = [
        Extracted(
            "https://a.example/1",
            "a",
            "ratings_profile",
            people=(PersonRecord("Bob Lindqvist, MD", addresses=(Address("", "Bend", "OR"),)),),
        ),
        Extracted("https://a.example/2", "a", PageKind.RATINGS_PROFILE, people=(PersonRecord("Priya Subramanian"),)),
        Extracted("https://a.example/3", "a", PageKind.RATINGS_PROFILE, people=(PersonRecord("Li Wei"),)),
    ]
    judged = judge_roster(roster, pages)
    assert set(judged) == {(0, 0), (1, 1)}
    assert judged[(0, 0)].decision.is_match
