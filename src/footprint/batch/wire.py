"""What crosses the broker between a batch's coordinator and its workers, as JSON.

To a worker (:func:`job`): the run, the subject's key in the batch, the
subject, and the settings the coordinator scans with, so that workers need
no file of the coordinator's. ``[notify]`` stays behind (workers send no
alerts; it holds the SMTP password), and so does ``[engine]`` and every
path that names a file on the coordinator's machine (:data:`LOCAL`): the
worker's own settings give those (its ``--config``, its ``FOOTPRINT_*``
variables).

From a worker (:func:`result`): the finished :class:`~footprint.models.Scan`
field for field (:mod:`footprint.history.scanjson`), compressed, and its
evidence screenshots, all within ``[engine] max_result_mb``; screenshots
beyond it are left out (the scan says so in its counters). The coordinator
rebuilds the scan with :func:`unpack`, the screenshots in a private
temporary folder, and delivers it as if it had scanned it itself.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import re
import zlib
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from footprint import scratch
from footprint.batch.interface import RosterEntry
from footprint.config import Settings, from_mapping
from footprint.history import scanjson
from footprint.history.keys import subject_from_json, subject_to_json
from footprint.models import Scan, Subject

# (table, key): paths on the machine that reads them; a worker keeps its own.
LOCAL = (("browser", "path"), ("fetch", "cache_path"), ("sites", "username_sites"))
STAYS = ("notify", "engine")
SHOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.png$")
MB = 1_000_000


class WireError(ValueError):
    """A message that is not what this version of footprint sends."""


def job(run: str, entry: RosterEntry, settings: Settings) -> dict[str, Any]:
    """A task's one argument."""
    return {
        "run": run,
        "key": entry.key,
        "row": entry.row,
        "subject": subject_to_json(entry.subject),
        "settings": settings_to_wire(settings),
    }


def settings_to_wire(settings: Settings) -> dict[str, Any]:
    tables = {f.name: _plain(getattr(settings, f.name)) for f in dataclasses.fields(settings) if f.name not in STAYS}
    for table, key in LOCAL:
        tables[table].pop(key, None)
    return tables


def settings_from_wire(tables: dict[str, Any], local: Settings) -> Settings:
    """The coordinator's settings, with this machine's own paths (and [engine]) from ``local``."""
    if not isinstance(tables, dict):
        raise WireError("the task's settings are not a table")
    settings = from_mapping({k: dict(v) for k, v in tables.items()}, source="the coordinator's settings")
    mine = {table: {key: getattr(getattr(local, table), key)} for table, key in LOCAL}
    merged = settings.with_overrides(**mine)
    return replace(merged, engine=local.engine)


def subject_from_job(data: dict[str, Any]) -> Subject:
    try:
        return subject_from_json(str(data["subject"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError(f"not a footprint task: {exc}") from None


def result(scan: Scan, max_bytes: int) -> dict[str, Any]:
    """The scan and as many of its screenshots as fit in ``max_bytes``; the screenshot files are removed."""
    packed = base64.b64encode(zlib.compress(scanjson.dumps(scan).encode("utf-8"), 6)).decode("ascii")
    shots: dict[str, str] = {}
    left_out: list[str] = []
    size = len(packed)
    for path in _screenshots(scan):
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        encoded = base64.b64encode(data).decode("ascii")
        name = Path(path).name
        if size + len(encoded) > max_bytes or name in shots or not SHOT_NAME.match(name):
            left_out.append(path)
            continue
        shots[name] = encoded
        size += len(encoded)
    if left_out:
        scan = _without_screenshots(scan, set(left_out))
        scan = replace(scan, counters={**scan.counters, "screenshots_left_out": len(left_out)})
        packed = base64.b64encode(zlib.compress(scanjson.dumps(scan).encode("utf-8"), 6)).decode("ascii")
    _remove(_screenshots_of_paths(shots, scan) | set(left_out))
    if len(packed) > max_bytes:
        mb = len(packed) / MB
        raise WireError(f"the finished scan is {mb:.1f} MB, more than [engine] max_result_mb allows")
    return {"status": "done", "scan": packed, "screenshots": shots, "screenshots_left_out": len(left_out)}


def unpack(data: dict[str, Any]) -> Scan:
    """The scan a worker sent back, its screenshots in a new private folder (the report moves them)."""
    try:
        text = zlib.decompress(base64.b64decode(data["scan"], validate=True)).decode("utf-8")
        scan = scanjson.loads(text)
        shots = dict(data.get("screenshots") or {})
    except (KeyError, TypeError, ValueError, zlib.error) as exc:
        raise WireError(f"not a finished scan: {exc}") from None
    wanted = {Path(p).name: p for p in _screenshots(scan)}
    if not shots:
        return _without_screenshots(scan, set(wanted.values()))
    folder = scratch.folder("footprint-evidence-")  # removed at exit, on SIGTERM, or when the report takes them
    moved: dict[str, str] = {}
    for name, encoded in shots.items():
        if name not in wanted or not SHOT_NAME.match(name):
            continue
        try:
            payload = base64.b64decode(encoded, validate=True)
        except ValueError:
            continue
        target = folder / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        moved[wanted[name]] = str(target)
    if not moved:
        scratch.remove(folder)
    scan = _without_screenshots(scan, set(wanted.values()) - set(moved))
    return _renamed(scan, moved)


def discard_screenshots(scan: Scan) -> None:
    """Remove the temporary screenshots of a scan that will not be delivered (they hold personal data)."""
    paths = _screenshots(scan)
    _remove(paths)


def _screenshots(scan: Scan) -> set[str]:
    found = {m.page.screenshot for m in scan.matches} | {f.screenshot for f in scan.findings}
    return {p for p in found if p and os.path.isabs(p)}


def _screenshots_of_paths(shots: dict[str, str], scan: Scan) -> set[str]:
    return {p for p in _screenshots(scan) if Path(p).name in shots}


def _without_screenshots(scan: Scan, paths: set[str]) -> Scan:
    return _renamed(scan, dict.fromkeys(paths))


def _renamed(scan: Scan, paths: Mapping[str, str | None]) -> Scan:
    if not paths:
        return scan

    def moved(path: str | None) -> str | None:
        return paths[path] if path is not None and path in paths else path

    matches = tuple(replace(m, page=replace(m.page, screenshot=moved(m.page.screenshot))) for m in scan.matches)
    findings = tuple(replace(f, screenshot=moved(f.screenshot)) for f in scan.findings)
    return replace(scan, matches=matches, findings=findings)


def _remove(paths: set[str]) -> None:
    folders = set()
    for path in paths:
        with suppress(OSError):
            os.unlink(path)
        folders.add(os.path.dirname(path))
    for folder in folders:
        if os.path.basename(folder).startswith("footprint-evidence-"):
            scratch.remove(Path(folder))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
