"""Moves a scan's evidence screenshots next to the report, owner-only, with relative paths.

Moved, not copied: the temporary originals hold personal data. A second
report of the same scan (after a run was killed between writing the report
and recording that it had) finds them in the earlier report's folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import replace
from pathlib import Path

from footprint import scratch
from footprint.models import Scan


def collect(scan: Scan, folder: Path, earlier: Path | None = None) -> Scan:
    """The scan with each screenshot moved into ``folder/screenshots/`` and its path made relative.

    A screenshot already moved into ``earlier/screenshots/`` is copied from there.
    """
    moved: dict[str, str] = {}
    sources = {m.page.screenshot for m in scan.matches} | {f.screenshot for f in scan.findings}
    target_dir = folder / "screenshots"
    for source in sorted(s for s in sources if s and Path(s).is_absolute()):
        target = target_dir / Path(source).name
        if Path(source).is_file():
            target_dir.mkdir(mode=0o700, exist_ok=True)
            shutil.move(source, target)
            os.chmod(target, 0o600)
            with contextlib.suppress(OSError):
                Path(source).parent.rmdir()  # the evidence step's scratch folder, once empty
                scratch.forget(Path(source).parent)
        elif earlier is not None and _plain_file(earlier / "screenshots" / target.name):
            target_dir.mkdir(mode=0o700, exist_ok=True)
            shutil.copyfile(earlier / "screenshots" / target.name, target, follow_symlinks=False)
            os.chmod(target, 0o600)
        if target.is_file():
            moved[source] = f"screenshots/{target.name}"
    if not moved:
        return scan
    matches = tuple(
        replace(m, page=replace(m.page, screenshot=moved[m.page.screenshot])) if m.page.screenshot in moved else m
        for m in scan.matches
    )
    findings = tuple(replace(f, screenshot=moved[f.screenshot]) if f.screenshot in moved else f for f in scan.findings)
    return replace(scan, matches=matches, findings=findings)


def _plain_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()
