"""A worker warms up before its first subject: every stage runs once, offline, on pages of its own."""

from __future__ import annotations

import logging

import pytest

from footprint.cli import worker
from footprint.warmup import PAGES, warm_up


def test_warm_up_reads_matches_and_assesses_its_pages() -> None:
    done = warm_up()
    # Every page was read and judged the subject's, and the detectors ran on them: had a stage's
    # interface changed under it, the warm-up would read nothing or match nothing, silently.
    assert done.pages == len(PAGES) == 3
    assert done.matched == 3
    assert done.findings >= 3


def test_a_failed_warm_up_never_stops_the_worker(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("no word lists")

    monkeypatch.setattr("footprint.warmup.warm_up", broken)
    with caplog.at_level(logging.WARNING):
        worker._warm_up()
    assert "could not warm up before the first subject: no word lists" in caplog.text
