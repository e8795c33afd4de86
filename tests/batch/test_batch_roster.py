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


def test_an_unterminated_quote_is_that_rows_error_and_the_next_rows_still_run(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "name,city,state\n"
        "Dr. Ada Quill,Salem,OR\n"  # row 2
        '"Dr. Bo Lindqvist,Bend,OR\n'  # row 3: the quote never closes
        "Dr. Cy Fenn,Eugene,OR\n"  # row 4
        '"Dr. Di Marsh, MD",Medford,OR\n',  # row 5: a quoted cell, as spreadsheets write them
        encoding="utf-8",
    )
    roster = read_roster(path)
    assert [(e.row, e.subject.name) for e in roster.entries] == [
        (2, "Dr. Ada Quill"),
        (4, "Dr. Cy Fenn"),
        (5, "Dr. Di Marsh, MD"),
    ]
    (problem,) = roster.problems
    assert problem.row == 3 and problem.reason.startswith("unterminated quote")


def test_a_quoted_cell_may_hold_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('name,also_known_as,state\n"Dr. Ada Quill","Ada\nBrook",OR\nDr. Bo Fenn,,OR\n', encoding="utf-8")
    roster = read_roster(path)
    assert [(e.row, e.subject.also_known_as) for e in roster.entries] == [(2, ("Ada\nBrook",)), (3, ())]
    assert roster.problems == ()


def test_a_row_with_more_cells_than_columns_is_an_error_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "name,city,state\nDr. Ada Quill,Salem,OR\nDr. Bo Fenn, MD,Bend,OR\nDr. Cy Fenn,Eugene,OR,,\n", encoding="utf-8"
    )
    roster = read_roster(path)
    assert [e.row for e in roster.entries] == [2, 4]  # empty trailing cells (a spreadsheet's habit) are fine
    (problem,) = roster.problems
    assert (problem.row, problem.reason) == (3, "4 cells but the header names 3 columns (a stray ','?)")


def test_the_same_npi_written_two_ways_is_scanned_once(tmp_path: Path) -> None:
    rows = [
        {"name": "Dr. Zelda Marchbanks", "state": "TX", "npi": "1234567893"},  # row 2
        {"name": "Zelda Marchbanks, MD", "city": "Austin", "npi": "1234-567-893"},  # row 3: the same physician
        {"name": "Dr. Raj Patel", "npi": "1234567893.0"},  # row 4: a spreadsheet's number, same NPI again
        {"name": "Dr. Ann Lee", "npi": "1245319599"},  # row 5
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    assert [(e.row, e.subject.npi) for e in roster.entries] == [(2, "1234567893"), (5, "1245319599")]
    assert {p.row: p.reason for p in roster.problems} == {
        3: "duplicate of row 2: the same NPI 1234567893",
        4: "duplicate of row 2: the same NPI 1234567893",
    }


def test_the_practice_column_is_read(tmp_path: Path) -> None:
    rows = [{**DEMO_ROW, "practice": "Rose City Dermatology"}]
    (entry,) = read_roster(write_csv(tmp_path / "r.csv", rows)).entries
    assert entry.subject.practice == "Rose City Dermatology"
    (again,) = read_roster(write_jsonl(tmp_path / "r.jsonl", rows)).entries
    assert again.subject.practice == "Rose City Dermatology" and again.key == entry.key


def test_a_symbol_only_handle_is_a_row_error(tmp_path: Path) -> None:
    rows = [{"name": "Dr. Ada Quill", "handles": "@ada;!!!"}, {"name": "Dr. Bo Fenn", "handles": "@bo;;"}]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    assert [e.row for e in roster.entries] == [3]
    assert roster.problems[0].row == 2 and "'!!!' has no letters or digits" in roster.problems[0].reason


def test_folder_names_are_transliterated(tmp_path: Path) -> None:
    from footprint.batch.journal import JournalState
    from footprint.batch.runner import plan_folders

    rows = [{"name": "José García-Márquez"}, {"name": "Dr. Zoë Ødegaard, MD"}, {"name": "Jose Garcia-Marquez, DO"}]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    folders = plan_folders(roster.entries, JournalState())
    assert [folders[e.key] for e in roster.entries] == ["jose-garcia-marquez", "zoe-odegaard", "jose-garcia-marquez-2"]


def test_a_100000_row_roster_validates_fast(tmp_path: Path) -> None:
    import time

    syllables = ("ka", "lo", "mi", "ra", "ven", "tor", "bel", "qui", "sta", "mar", "den", "wick", "ley", "ford")
    lines = ["name,specialty,city,state,npi,handles,known_urls,also_known_as,email,practice"]
    for i in range(100_000):
        word = "".join(syllables[(i // len(syllables) ** k) % len(syllables)] for k in range(5)).capitalize()
        lines.append(f'"Dr. Ada {"B. " if i % 2 else ""}{word}, MD",Dermatology,Portland,OR,,@h{i},'
                     f"https://example.org/{i},,d{i}@example.org,Clinic {i % 50}")  # fmt: skip
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    began = time.process_time()
    roster = read_roster(path)
    cpu = time.process_time() - began
    assert len(roster.entries) == 100_000 and roster.problems == ()
    # CPU time, not wall time, so that other work on the machine does not decide it: 26 s before, 3 s now.
    assert cpu < 12, f"{cpu:.1f} s of CPU to validate 100,000 rows"


def test_many_namesakes_get_their_folders_in_linear_time() -> None:
    import time

    from footprint.batch.interface import RosterEntry
    from footprint.batch.journal import JournalState
    from footprint.batch.runner import plan_folders
    from footprint.identity import make_subject

    subject = make_subject("Dr. Ada Quill")
    entries = tuple(RosterEntry(i + 2, subject, f"k{i}") for i in range(30_000))
    began = time.process_time()
    folders = plan_folders(entries, JournalState())
    assert time.process_time() - began < 3  # a quadratic search took minutes
    assert folders["k0"] == "ada-quill" and folders["k1"] == "ada-quill-2" and folders["k29999"] == "ada-quill-30000"
    assert len(set(folders.values())) == 30_000


def test_a_row_with_only_an_npi_takes_the_registrys_name_when_it_can_be_asked(tmp_path: Path) -> None:
    from footprint.errors import SubjectError

    def name_of(npi: str) -> str:
        if npi == "1729483051":
            return "Imogen Castellwright, MD"
        raise SubjectError(f"NPI {npi} is not in the NPI registry")

    roster = write_csv_text(tmp_path / "npis.csv", "npi,city\n1729483051,Portland\n1234567893,\n")
    read = read_roster(roster, name_of)
    assert [(e.row, e.subject.name, e.subject.npi, e.subject.city) for e in read.entries] == [
        (2, "Imogen Castellwright, MD", "1729483051", "Portland")
    ]
    assert [(p.row, p.reason) for p in read.problems] == [(3, "NPI 1234567893 is not in the NPI registry")]
    # Without a registry to ask, an NPI-only roster has no name column, and a row without a name is "no name".
    with pytest.raises(RosterError, match="no 'name' column"):
        read_roster(roster)
    mixed = write_csv_text(tmp_path / "mixed.csv", "name,npi\n,1729483051\n")
    assert [p.reason for p in read_roster(mixed).problems] == ["no name"]
