"""What this machine can do: the checks behind ``footprint check``. Prints nothing.

Each check is one line: which search backends answer, whether the NPI
registry answers, whether Chromium and Playwright are found, which API keys
are set (never their values), where the config, the history database and
the HTTP cache live and whether they can be written, and whether the daily
schedule is installed; each failing one says how to fix it. A scan can run
when the config is valid, the history database can be written and at least
one search backend answers (or web search is turned off on purpose).
"""

from __future__ import annotations

import enum
import importlib.util
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from footprint.config import Settings
from footprint.errors import FootprintError, PdfUnavailableError

QUERY = "footprint"  # the test query sent to each search backend
KEYS = {  # API keys footprint reads from the environment, and what each one enables
    "BRAVE_SEARCH_API_KEY": "the brave search backend",
    "GOOGLE_PLACES_API_KEY": "Google Business Profile ratings (Places API)",
}


class State(enum.StrEnum):
    OK = "ok"
    MISSING = "missing"  # not there, but a scan runs without it
    FAIL = "FAIL"  # a scan cannot run until it is fixed


@dataclass(frozen=True)
class Check:
    name: str
    state: State
    detail: str
    fix: str = ""


def can_scan(checks: list[Check]) -> bool:
    return not any(c.state == State.FAIL for c in checks)


def config_check(path: str | None, error: FootprintError | None) -> Check:
    if error is not None:
        return Check("config", State.FAIL, error.user_message().split(" (")[0], "correct the file, or leave it out")
    if path:
        return Check("config", State.OK, f"{Path(path).resolve()}")
    return Check("config", State.OK, "no config file: defaults (--config FILE or FOOTPRINT_CONFIG names one)")


def search_checks(settings: Settings, environ: Mapping[str, str]) -> list[Check]:
    """One real query per configured search backend; FAIL when none answers."""
    from footprint.fetch import Fetcher
    from footprint.models import CoverageStatus
    from footprint.search import backends_for

    quick = settings.with_overrides(fetch={"retries": 0, "cache": False, "total_timeout_s": 15.0})
    out: list[Check] = []
    fetcher = Fetcher(quick, {})
    try:
        for backend in backends_for(quick):
            name = f"search: {backend.name}"
            if backend.name == "brave" and not environ.get("BRAVE_SEARCH_API_KEY", "").strip():
                out.append(Check(name, State.MISSING, "no key", "set BRAVE_SEARCH_API_KEY in the environment"))
                continue
            outcome = backend.search(QUERY, fetcher.fetch)
            if outcome.status in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND):
                out.append(Check(name, State.OK, f"answers ({len(outcome.results)} results for a test query)"))
            else:
                out.append(
                    Check(
                        name, State.MISSING, f"does not answer: {outcome.detail or outcome.status}", _fix(backend.name)
                    )
                )
    finally:
        fetcher.close()
    fix = "configure a backend that answers in [search] backends (searxng, brave, duckduckgo)"
    if not out:  # turned off on purpose: a scan runs, and says which sources it could not check
        detail = "off ([search] backends = []): sources that only web search finds are not checked"
        return [Check("search", State.MISSING, detail, fix)]
    if not any(c.state == State.OK for c in out):
        out = [Check(c.name, State.FAIL, c.detail, c.fix or fix) for c in out]
    return out


def _fix(backend: str) -> str:
    return {
        "searxng": "run SearXNG with the json format enabled (search.formats in settings.yml) and set "
        "[search] searxng_url; or add duckduckgo to [search] backends",
        "duckduckgo": "DuckDuckGo may be blocking this machine; use searxng or brave",
        "brave": "check BRAVE_SEARCH_API_KEY",
    }.get(backend, "check [search]")


def npi_check(settings: Settings) -> Check:
    from footprint.fetch import Fetcher
    from footprint.identity import make_subject
    from footprint.models import CoverageStatus
    from footprint.registry import resolve

    if not settings.npi.enabled:
        return Check("NPI registry", State.MISSING, "disabled in [npi]", "set [npi] enabled = true")
    quick = settings.with_overrides(fetch={"retries": 0, "cache": False, "total_timeout_s": 15.0})
    fetcher = Fetcher(quick, {})
    try:
        _, row = resolve(make_subject("Jane Doe", state="OR"), quick, fetcher.fetch)
    finally:
        fetcher.close()
    if row.status in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND):
        return Check("NPI registry", State.OK, f"answers ({settings.npi.base_url})")
    return Check(
        "NPI registry",
        State.MISSING,
        f"does not answer ({settings.npi.base_url}): {row.detail or row.status}",
        "check [npi] base_url; scans then match without the NPI record",
    )


def browser_checks(settings: Settings) -> list[Check]:
    from footprint.report.pdf_report import find_browser

    out = []
    try:
        found = find_browser(settings.browser.path)
        out.append(Check("Chromium", State.OK, found))
    except PdfUnavailableError:
        out.append(
            Check(
                "Chromium",
                State.MISSING,
                "not found: no screenshots, no PDF, sites that need a browser are not checked",
                "apt-get install chromium (or set [browser] path)",
            )
        )
    if importlib.util.find_spec("playwright") is None:
        out.append(Check("Playwright", State.MISSING, "not installed", "pip install 'footprint[browser]'"))
    else:
        out.append(Check("Playwright", State.OK, "installed"))
    return out


def key_checks(environ: Mapping[str, str]) -> list[Check]:
    out = []
    for name, what in KEYS.items():
        if environ.get(name, "").strip():
            out.append(Check(f"key {name}", State.OK, f"set: {what} can be used"))
        else:
            out.append(Check(f"key {name}", State.MISSING, f"not set: {what} cannot be used", f"export {name}=..."))
    return out


def writable(path: Path) -> bool:
    """True when ``path`` can be written: the file if it exists, else the nearest existing folder above it."""
    if path.exists():
        return os.access(path, os.W_OK)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return os.access(parent, os.W_OK | os.X_OK)


def path_checks(db: Path, settings: Settings) -> list[Check]:
    from footprint.fetch.cache import default_path

    out = []
    state = "exists" if db.exists() else "created on the first scan"
    if writable(db):
        out.append(Check("history", State.OK, f"{db} ({state})"))
    else:
        out.append(Check("history", State.FAIL, f"{db} cannot be written", "use --db PATH or FOOTPRINT_DB"))
    if not settings.fetch.cache:
        out.append(Check("cache", State.OK, "off ([fetch] cache = false)"))
    else:
        cache = Path(settings.fetch.cache_path) if settings.fetch.cache_path else default_path()
        if writable(cache):
            out.append(Check("cache", State.OK, str(cache)))
        else:
            out.append(
                Check("cache", State.MISSING, f"{cache} cannot be written", "set [fetch] cache_path, or cache = false")
            )
    return out


def schedule_check(tabfile: Path | None, unit_dir: Path | None) -> Check:
    from footprint.watch import schedule

    line = schedule.installed_cron(tabfile)
    if line:
        return Check("schedule", State.OK, f"crontab: {line}")
    timer = (unit_dir or schedule.default_unit_dir()) / f"{schedule.UNIT}.timer"
    if timer.exists():
        return Check("schedule", State.OK, f"systemd user timer {timer}")
    return Check(
        "schedule",
        State.MISSING,
        "not installed: watched physicians are scanned only when you run footprint watch run",
        "footprint watch install-schedule (or --systemd)",
    )
