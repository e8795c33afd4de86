"""The terminal summary never gives an unqualified all-clear (issue #18)."""

from __future__ import annotations

import io

from rich.console import Console

from footprint.cli import Env
from footprint.cli.display import summary
from footprint.models import CoverageStatus
from tests.scans import make_scan


def _said(scan) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    summary(Env(Console(file=out, width=200), Console(file=io.StringIO()), environ={}), scan, [])
    return " ".join(out.getvalue().split())


def test_no_finding_with_every_source_checked_is_no_exposure_found() -> None:
    said = _said(make_scan(coverage={"healthgrades": CoverageStatus.FOUND}))
    assert "· no exposure found" in said and "could be checked" not in said


def test_no_finding_with_a_source_not_checked_says_only_the_checked_ones_were_clear() -> None:
    said = _said(make_scan(coverage={"healthgrades": CoverageStatus.FOUND, "facebook": CoverageStatus.LOGIN_WALL}))
    assert "no exposure found on the sources that could be checked" in said
    assert "1 source(s) could not be checked: Facebook (login wall)" in said
