"""`footprint review` on a terminal: one question per possible page, answers stored, the last one undone.

The scan is synthetic (three "possible" pages); the scripted answers and
their effect on the next scan are in tests/test_name_only.py.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from footprint.cli import Env, main
from footprint.history import History
from footprint.history.answers import answers, find_subject
from footprint.models import Address, Decision, Extracted, Match, MatchResult, PageKind, PersonRecord
from tests.scans import make_scan

PAGES = (
    "https://www.spokeo.com/Ada-Quill/Oregon/Salem",
    "https://www.vitals.com/doctors/Dr_Ada_Quill.html",
    "https://www.radaris.com/p/Ada/Quill/",
)


def _possible(url: str, site: str, kind: PageKind) -> Match:
    person = PersonRecord("Ada Quill", addresses=(Address("12 Elm St", "Salem", "OR"),), phones=("+15035550101",))
    page = Extracted(url=url, site_id=site, kind=kind, title=f"Ada Quill on {site}", people=(person,))
    return Match(page, MatchResult(0.6, Decision.POSSIBLE, ("name matches: Ada Quill",)))


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "history.sqlite3"
    scan = make_scan()
    possible = (
        _possible(PAGES[0], "spokeo", PageKind.PEOPLE_SEARCH),
        _possible(PAGES[1], "vitals", PageKind.RATINGS_PROFILE),
        _possible(PAGES[2], "radaris", PageKind.PEOPLE_SEARCH),
    )
    with History(db) as h:
        h.record(replace(scan, matches=scan.matches + possible))
    return db


def _run(db: Path, typed: str, *, interactive: bool, args: tuple[str, ...] = ()) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Env(
        Console(file=out, width=200, highlight=False),
        Console(file=err, width=200, highlight=False),
        environ={},
        stdin=io.StringIO(typed),
        interactive=interactive,
    )
    try:
        main(["review", "--db", str(db), *args], env=env)
    except SystemExit as exc:
        return int(exc.code or 0), out.getvalue(), err.getvalue()
    raise AssertionError("main always exits")  # pragma: no cover


def test_review_asks_about_each_page_and_stores_the_answers(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    # Mine, not me, undo that, skip it the second time, then quit at the third.
    code, out, _ = _run(db, "y\nn\nu\ns\nq\n", interactive=True)
    assert code == 0, capsys.readouterr().err
    assert out.count("Is this you?") == 5
    assert "shows: a people-search listing with an address and a phone number" in out
    assert "uncertain: only the name fits" in out
    # Pages come best match first, then by site: Radaris, Spokeo, Vitals.
    assert "undone: " + PAGES[0] in out  # the answer just given (Spokeo), taken back
    assert "1 mine, 0 not you, 2 left" in out
    with History(db) as h:
        stored = answers(h, find_subject(h, "quill").id)
    assert [(a.url, a.answer.value) for a in stored] == [(PAGES[2], "mine")]


def test_review_without_a_terminal_asks_for_the_options_instead(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    code, _, _ = _run(db, "", interactive=False)
    assert code == 2
    err = capsys.readouterr().err
    assert "--mine URL or --not-me URL" in err and len(err.strip().splitlines()) == 1


def test_review_of_a_page_no_subject_listed_names_the_way_out(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    with History(db) as h:
        h.record(make_scan(name="Dr. Bo Lind, MD"))  # a second subject: the URL alone must decide
    code, out, _ = _run(db, "", interactive=False, args=("--not-me", PAGES[2]))
    assert code == 0 and "not you: the next scan sets it aside" in out
    code, _, _ = _run(db, "", interactive=False, args=("--mine", "https://example.org/unknown"))
    assert code == 1
    assert "no subject's latest scan lists https://example.org/unknown" in capsys.readouterr().err


def test_review_prints_a_hostile_page_title_as_plain_text(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    scan = make_scan()
    hostile = _possible(PAGES[0], "spokeo", PageKind.PEOPLE_SEARCH)
    # A title that would retitle the terminal window and clear the screen if printed raw.
    page = replace(hostile.page, title="Ada \x1b]0;pwned\x07Quill\x1b[2J on spokeo")
    with History(db) as h:
        h.record(replace(scan, matches=(*scan.matches, Match(page, hostile.result))))
    code, out, _ = _run(db, "q\n", interactive=True)
    assert code == 0
    assert "Ada Quill on spokeo" in out
    assert "\x1b" not in out and "\x07" not in out
    code, out, _ = _run(db, "", interactive=False, args=("--list",))
    assert code == 0 and "\x1b" not in out
