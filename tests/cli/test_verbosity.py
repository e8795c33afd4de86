"""-q, -v and -vv work after the subcommand too, as the README shows (``footprint scan X -v``)."""

from __future__ import annotations

import logging
from pathlib import Path

from footprint.cli import hoist_verbosity


def test_quiet_after_the_subcommand_quiets_it(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    loud = run_cli("watch", "list", "--db", db)
    assert loud.code == 0 and "nothing watched yet" in loud.out
    quiet = run_cli("watch", "list", "--db", db, "-q")
    assert quiet.code == 0, quiet.err
    assert quiet.out == ""


def test_verbose_after_the_subcommand_raises_the_log_level(run_cli) -> None:
    assert run_cli("sites", "list", "--kind", "official", "-v").code == 0
    assert logging.getLogger().level == logging.INFO
    assert run_cli("sites", "list", "-vv", "--kind", "official").code == 0
    assert logging.getLogger().level == logging.DEBUG
    assert run_cli("-v", "sites", "list", "--kind", "official").code == 0  # before it, as always
    assert logging.getLogger().level == logging.INFO


def test_only_flags_before_a_double_dash_are_moved() -> None:
    assert hoist_verbosity(["scan", "Jane Doe", "-v", "--", "-q"]) == ["-v", "scan", "Jane Doe", "--", "-q"]
