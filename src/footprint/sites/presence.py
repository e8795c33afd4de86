"""Is the subject (or a handle) on this site? Presence rules and the definitions' own examples.

A username check reads the response the way the definition says: a status
code, a marker present or absent, a redirect. Anything it cannot read as
present or absent is ``unknown``, never present. The same rules judge each
definition's known-present and known-absent examples, against the bundled
fixture pages (the tests) or the live site or a mirror (``footprint sites
selfcheck``).
"""

from __future__ import annotations

import enum
import html
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from footprint.models import CoverageStatus, Page, Parser, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.sites import SiteDefinition, UsernameCheck


class Verdict(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"


def _has(body: str, marker: str) -> bool:
    """``marker`` in the page as sent or with its HTML entities decoded (Instagram writes "isn&#39;t")."""
    return bool(marker) and (marker in body or ("&" in body and marker in html.unescape(body)))


def absent_signal(check: UsernameCheck, status: int, final_url: str, body: str) -> bool:
    """True when the answer carries the definition's "no such account" signal.

    The signal is the answer, whatever else the page shows: a site that draws
    its missing-account page as a login page (Threads) is saying "absent",
    not "log in".
    """
    if status in check.absent_status:
        return True
    if check.absent_redirect and re.search(check.absent_redirect, final_url):
        return True
    if check.absent_pattern and re.search(check.absent_pattern, body):
        return True
    return _has(body, check.absent_marker)


def decisive(check: UsernameCheck, status: int, final_url: str, body: str) -> Verdict | None:
    """The verdict a definition's own signal gives before anything else is looked at, or None.

    An absent signal, or a present marker on the present status: a profile
    whose page also shows a login prompt (Facebook) is present. A page that
    is present only by its status code says nothing decisive: it may be a
    captcha or a login wall answered with 200.
    """
    if absent_signal(check, status, final_url, body):
        return Verdict.ABSENT
    if check.present_marker and status == check.present_status and _has(body, check.present_marker):
        return Verdict.PRESENT
    return None


def judge_username(check: UsernameCheck, status: int, final_url: str, body: str) -> Verdict:
    """Present, absent or unknown, by the definition's status codes, markers and redirects."""
    if absent_signal(check, status, final_url, body):
        return Verdict.ABSENT
    if status == check.present_status and (not check.present_marker or _has(body, check.present_marker)):
        return Verdict.PRESENT
    return Verdict.UNKNOWN


def _fold(text: str) -> set[str]:
    from footprint.identity import fold

    return set(fold(text).split())


def names_match(wanted: str, found: str) -> bool:
    """True when every word of ``wanted`` appears in ``found`` (titles and credentials aside)."""
    words = _fold(wanted)
    return bool(words) and words <= _fold(found)


@dataclass(frozen=True)
class ExampleResult:
    site_id: str
    which: str  # "present" or "absent"
    verdict: Verdict
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict.value == self.which


def example_probe(site: SiteDefinition, example: dict[str, Any]) -> Probe:
    """The probe that fetches an example URL the way a scan would."""
    url = str(example["url"])
    if example.get("handle") and site.username is not None:
        check = site.username
        parser = check.parser if check.api_url else Parser.HTML
        return Probe(
            site.id, url, ProbePurpose.USERNAME, ProbeSource.SELFCHECK, site.page_kind, parser=parser,
            accept_status=check.absent_status, handle=str(example["handle"]),
        )  # fmt: skip
    api = site.api_for(url)
    if api is not None:
        return Probe(
            site.id, api[0], ProbePurpose.API, ProbeSource.SELFCHECK, site.page_kind, parser=api[1], origin_url=url,
            headers=site.api_headers_for(url), secret_headers=site.key_headers,
        )  # fmt: skip
    return Probe(site.id, url, ProbePurpose.PROFILE, ProbeSource.SELFCHECK, site.page_kind, parser=site.search_parser)


def judge_example(site: SiteDefinition, which: str, got: Page | Skipped) -> ExampleResult:
    """Judge one fetched example: does the page show the example's person or handle?"""
    example = site.examples[which]
    if site.manual_only:
        from footprint.sites.boards import board_for

        board = board_for(str(example.get("state", "")))
        found = board is not None and (not isinstance(got, Page) or board.name in got.body)
        return ExampleResult(site.id, which, Verdict.PRESENT if found else Verdict.ABSENT, board.url if board else "")
    if isinstance(got, Skipped):
        verdict = Verdict.ABSENT if got.status == CoverageStatus.NOT_FOUND else Verdict.UNKNOWN
        return ExampleResult(site.id, which, verdict, f"{got.status.value}: {got.detail}")
    if got.probe.purpose == ProbePurpose.USERNAME and site.username is not None:
        verdict = judge_username(site.username, got.status, got.final_url, got.body)
        return ExampleResult(site.id, which, verdict, f"HTTP {got.status}")
    return _judge_extracted(site, which, got)


def _judge_extracted(site: SiteDefinition, which: str, page: Page) -> ExampleResult:
    from footprint.errors import ParseError
    from footprint.extract import extract

    wanted = str(site.examples[which].get("name", ""))
    try:
        data = extract(page, site)
    except ParseError as exc:
        return ExampleResult(site.id, which, Verdict.UNKNOWN, f"parse error: {exc}")
    names = [p.name for p in data.people if p.name]
    if any(names_match(wanted, n) for n in names):
        return ExampleResult(site.id, which, Verdict.PRESENT, f"found {wanted}")
    return ExampleResult(site.id, which, Verdict.ABSENT, f"no {wanted!r} among {len(names)} record(s)")


def fixtures_dir() -> Path:
    return Path(str(resources.files("footprint.sites").joinpath("fixtures")))


def fixture_page(site: SiteDefinition, which: str) -> Page:
    """The example's bundled fixture as the page a scan would have fetched."""
    example = site.examples[which]
    probe = example_probe(site, example)
    path = (fixtures_dir() / str(example["fixture"])).resolve()
    if not path.is_relative_to(fixtures_dir().resolve()):
        raise ValueError(f"{site.source_file}: fixture outside the fixtures folder")
    body = path.read_text(encoding="utf-8")
    status = int(example.get("status", 200))
    ctype = "application/json" if path.suffix == ".json" else "text/html"
    return Page(probe, status, body, ctype, str(example.get("final_url") or probe.url))


def as_fetched(page: Page) -> Page | Skipped:
    """What the fetcher would hand back for this page, by its own status rule."""
    from footprint.fetch import http_status

    gap = http_status.gap(page.status, page.probe.accept_status)
    return page if gap is None else Skipped(page.probe, gap, f"HTTP {page.status}")
