"""``footprint review``: answer "Is this you?" for the pages a scan could not decide.

On a terminal it asks about each possible page of the subject's latest scan
in turn; in a script, ``--mine URL`` and ``--not-me URL`` answer directly
and ``--undo URL`` takes an answer back. Answers are stored per subject in
the history database; the next scan treats a page answered "mine" as a
known URL and sets aside one answered "not me", with that reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from footprint.cli.env import Env
from footprint.cli.options import db_option
from footprint.errors import UsageError
from footprint.terminal import clean

if TYPE_CHECKING:
    from footprint.history import History
    from footprint.history.answers import PossibleRow, StoredAnswer, SubjectRow
    from footprint.models import Answer

SAID = {"mine": "mine: the next scan reads it as yours", "not_me": "not you: the next scan sets it aside"}


@click.command("review")
@click.argument("subject", required=False)
@click.option("--mine", "mine", multiple=True, metavar="URL", help="This page is about me (repeatable).")
@click.option("--not-me", "not_me", multiple=True, metavar="URL", help="This page is not about me (repeatable).")
@click.option("--undo", "undo", multiple=True, metavar="URL", help="Take back the answer for this page (repeatable).")
@click.option("--list", "show", is_flag=True, help="List the pages to review and the answers given, then stop.")
@db_option
@click.pass_obj
def review_command(
    env: Env,
    subject: str | None,
    mine: tuple[str, ...],
    not_me: tuple[str, ...],
    undo: tuple[str, ...],
    show: bool,
    db: str | None,
) -> None:
    """Answer "Is this you?" for the pages a scan could not decide.

    SUBJECT is an NPI or part of a name (default: the subject scanned last,
    or, with --mine/--not-me, the one whose latest scan listed that page).
    On a terminal, without options, each possible page of the latest scan
    is shown with what it shows and why it is uncertain, and you answer
    y (mine), n (not me), s (skip), u (undo the last answer) or q (quit).
    The next scan reads a page you called yours as a known URL and sets
    aside one you said is not you.

    \b
    Examples:
      footprint review
      footprint review castellwright --mine https://www.fastpeoplesearch.com/name/...
      footprint review --not-me https://www.healthgrades.com/physician/dr-imogen-castellwright-3bq7t
      footprint review --undo https://www.healthgrades.com/physician/dr-imogen-castellwright-3bq7t
    """
    from footprint.cli.history import open_history
    from footprint.history import answers
    from footprint.models import Answer

    for url in (*mine, *not_me, *undo):
        if not url.lower().startswith(("http://", "https://")):
            raise UsageError(f"not an http(s) URL: {url!r}")
    given = [(u, Answer.MINE) for u in mine] + [(u, Answer.NOT_ME) for u in not_me]
    with open_history(db, must_exist=True) as history:
        first_url = next(iter((*mine, *not_me, *undo)), None)
        who = answers.find_subject(history, subject, first_url)
        if show:
            _list(env, history, who)
            return
        if given or undo:
            _scripted(env, history, who, given, undo)
            return
        if not env.can_ask():
            raise UsageError(
                "footprint review asks its questions on a terminal; in a script answer with "
                "--mine URL or --not-me URL (--list shows the pages)"
            )
        _interactive(env, history, who)


def _scripted(
    env: Env, history: History, who: SubjectRow, given: list[tuple[str, Answer]], undo: tuple[str, ...]
) -> None:
    from footprint.history import answers

    listed = {p.url for p in answers.pending(history, who)}
    for url in undo:
        gone = answers.undo(history, who, url)
        said = (
            f"undone: {url} (it was {gone.answer.value.replace('_', ' ')})" if gone else f"no answer to undo for {url}"
        )
        _say(env, said)
    for url, answer in given:
        answers.answer(history, who, url, answer)
        note = "" if url in listed else " (not among the latest scan's possible pages; answered all the same)"
        _say(env, f"{SAID[answer.value]}: {url}{note}")


def _list(env: Env, history: History, who: SubjectRow) -> None:
    from footprint.history import answers

    rows = answers.pending(history, who)
    given = answers.answers(history, who.id)
    _say(env, f"{who.name}: {len(rows)} possible page(s) in the latest scan")
    for n, row in enumerate(rows, 1):
        status = row.answer.value.replace("_", " ") if row.answer else "not answered"
        _say(env, f"{n:>3}. [{status}] {row.url}")
        _say(env, f"     {row.shows}; {row.why}")
    listed = {r.url for r in rows}
    for a in given:
        if a.url not in listed:
            status = a.answer.value.replace("_", " ")
            _say(env, f"     [{status}] {a.url} (answered {a.answered_at[:10]})")


def _interactive(env: Env, history: History, who: SubjectRow) -> None:
    from footprint.history import answers
    from footprint.models import Answer
    from footprint.sites.labels import site_label

    todo = [r for r in answers.pending(history, who) if r.answer is None]
    if not todo:
        _say(env, f"{who.name}: nothing to review in the latest scan")
        return
    _say(env, f"{who.name}: {len(todo)} page(s) may be about you.")
    done: list[StoredAnswer] = []
    at = 0
    while at < len(todo):
        row = todo[at]
        _show(env, row, at + 1, len(todo), site_label(row.site))
        choice = env.ask("Is this you? [y]es, mine / [n]ot me / [s]kip / [u]ndo the last / [q]uit: ").lower()[:1]
        if choice in ("", "q"):
            break
        if choice == "u":
            if done:
                last = done.pop()
                answers.undo(history, who, last.url)
                _say(env, f"  undone: {last.url}")
                at = next(i for i, r in enumerate(todo) if r.url == last.url)
            continue
        if choice in ("y", "n"):
            given = Answer.MINE if choice == "y" else Answer.NOT_ME
            done.append(answers.answer(history, who, row.url, given))
            _say(env, f"  {SAID[given.value]}")
        at += 1
    mine = sum(1 for a in done if a.answer == Answer.MINE)
    _say(
        env,
        f"{mine} mine, {len(done) - mine} not you, {len(todo) - len(done)} left; "
        "scan again to see what changes (answers can be taken back with --undo URL)",
    )


def _say(env: Env, text: str) -> None:
    """One line of what review says: titles, URLs and names come from the web and the user, printed as
    text with their control characters and escape sequences removed (:mod:`footprint.terminal`)."""
    env.console.print(clean(text), markup=False, highlight=False, soft_wrap=True)


def _show(env: Env, row: PossibleRow, n: int, total: int, site: str) -> None:
    _say(env, f"\n[{n}/{total}] {site}: {row.title or row.url}")
    _say(env, f"  {row.url}")
    _say(env, f"  shows: {row.shows}")
    _say(env, f"  uncertain: {row.why}")
