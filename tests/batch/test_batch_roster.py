"""Rosters as consultants write them: good rows run, bad rows are named with their row and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.batch import read_roster
from footprint.errors import RosterError
from tests.batch_support import DEMO_ROW, write_csv, write_jsonl

GOOD_AND_BAD = [
    DEMO_ROW,  # row 2
    {"name": "Dr. Zelda Marchbanks", "city": "Austin", "state": "Texas", "npi": "1234567893"},  # row 3
    {"name": "Dr. Bad Npi", "npi": "1234567890"},  # row 4: fails the check digit
    {"name": "", "city": "Austin"},  # row 5: no name
    {"name": "Dr. Far Away", "state": "Atlantis"},  # row 6
    {"name": "Dr. Js Url", "known_urls": "https://ok.example/a;javascript:alert(1)"},  # row 7
    {"name": "Dr. Short Npi", "npi": "12345"},  # row 8
    {"name": "Dr. Zelda Marchbanks", "city": "Austin", "state": "TX", "npi": "1234567893"},  # row 9: row 3 again
    {"name": "Madonna"},  # row 10: no family name
]


def test_good_rows_run_and_bad_rows_are_reported_with_row_and_reason(tmp_path: Path) -> None:
    roster = read_roster(write_csv(tmp_path / "clients.csv", GOOD_AND_BAD))
    assert [(e.row, e.subject.name) for e in roster.entries] == [
        (2, "Dr. Imogen R. Castellwright, MD"),
        (3, "Dr. Zelda Marchbanks"),
    ]
    assert roster.entries[1].subject.state == "TX"  # "Texas" normalised
    reasons = {p.row: p.reason for p in roster.problems}
    assert set(reasons) == {4, 5, 6, 7, 8, 9, 10}
    assert "check digit" in reasons[4]
    assert reasons[5] == "no name"
    assert "unknown US state" in reasons[6]
    assert "not an http(s) URL" in reasons[7] and "javascript:" in reasons[7]
    assert "ten digits" in reasons[8]
    assert reasons[9] == "duplicate of row 3"
    assert "given and a family name" in reasons[10]


def test_multi_values_are_split_on_semicolons_and_headers_are_forgiving(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "\ufeffName,Known URLs,Also Known As,handles,client id\n"
        '"Dr. Jane Q. Doe, MD",https://a.example/x; https://b.example/y,'
        "Jane Smith;J. Q. Smith,@jdoe@mastodon.social,77\n"
        "\n",
        encoding="utf-8",
    )
    roster = read_roster(path)
    (entry,) = roster.entries
    assert entry.subject.known_urls == ("https://a.example/x", "https://b.example/y")
    assert entry.subject.also_known_as == ("Jane Smith", "J. Q. Smith")
    assert entry.subject.credentials == ("MD",)
    assert roster.notes and "client_id" in roster.notes[0]


def test_semicolon_separated_spreadsheet_export(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('name;city;state\n"Dr. Jane Doe";Portland;OR\n', encoding="utf-8")
    (entry,) = read_roster(path).entries
    assert (entry.subject.city, entry.subject.state) == ("Portland", "OR")


def test_json_lines_roster_with_lists_and_bad_lines(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "clients.jsonl",
        [
            {"name": "Dr. Jane Doe", "handles": ["@jdoe@mastodon.social", "@jane"], "state": "OR"},
            "{not json",
            "[1, 2]",
            "",
            {"name": "Dr. John Roe", "npi": "1234567890"},
            {"name": "Dr. Ann Poe", "known_urls": "https://a.example;https://b.example"},
        ],
    )
    roster = read_roster(path)
    assert [e.row for e in roster.entries] == [1, 6]
    assert roster.entries[0].subject.handles == ("@jdoe@mastodon.social", "@jane")
    assert len(roster.entries[1].subject.known_urls) == 2
    reasons = {p.row: p.reason for p in roster.problems}
    assert reasons[2].startswith("not valid JSON") and reasons[3] == "not a JSON object"
    assert "check digit" in reasons[5]


def test_subject_keys_are_stable_and_distinguish_namesakes(tmp_path: Path) -> None:
    rows = [DEMO_ROW, {**DEMO_ROW, "city": "Austin", "state": "TX", "specialty": "Pediatrics"}]
    first = read_roster(write_csv(tmp_path / "a.csv", rows))
    again = read_roster(write_jsonl(tmp_path / "b.jsonl", rows))
    assert [e.key for e in first.entries] == [e.key for e in again.entries]
    assert first.entries[0].key != first.entries[1].key


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty"),
        ("   \n\n", "is empty"),
        ("name,city\n", "has no rows"),
        ("city,state\nPortland,OR\n", "no 'name' column"),
        (b"name\n\xff\xfe\xfa\n", "not UTF-8"),
    ],
)
def test_empty_or_unreadable_roster_is_one_line_and_exit_2(run_cli, tmp_path: Path, content, message) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(RosterError, match=message):
        read_roster(path)
    result = run_cli("batch", str(path), "--out", str(tmp_path / "out"))
    assert result.code == 2, result.err
    assert len(result.err.strip().splitlines()) == 1 and message in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "out").exists()


def test_missing_roster_or_a_folder_is_a_one_line_error(run_cli, tmp_path: Path) -> None:
    for target, message in ((tmp_path / "nope.csv", "roster not found"), (tmp_path, "is a folder")):
        result = run_cli("batch", str(target), "--out", str(tmp_path / "out"))
        assert result.code == 2 and message in result.err
        assert len(result.err.strip().splitlines()) == 1


def test_the_readme_example_roster_reads_cleanly(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Batches for consultants", 1)[1]
    example = section.split("```csv\n", 1)[1].split("```", 1)[0]
    roster = read_roster(write_csv_text(tmp_path / "clients.csv", example))
    assert roster.problems == () and len(roster.entries) == 3
    assert roster.entries[2].subject.state == "CO" and roster.entries[2].subject.handles == ("@annlee", "@drannlee")


def write_csv_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
