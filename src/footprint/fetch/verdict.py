"""What a fetched answer is: a page, or the reason it is not one (a wall, a missing record, a failure).

The fetcher asks; this module decides. A username check's own signal outranks block markers; a
login page, a captcha or a refusal is a wall with its words; a 404 on a site whose answer for an
unknown key is not known proves nothing; a body of the wrong type is a parse error.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from footprint.fetch import blocks, content, http_status
from footprint.fetch.secrets import without_secrets
from footprint.fetch.transfer import Answer
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource, Skipped, TransferFailure
from footprint.sites import SiteDefinition, presence

log = logging.getLogger(__name__)

Count = Callable[[str], None]  # the fetcher's counter for the report's coverage section ("blocked/captcha")

# Why a 404 on such a site's built URL is "could not check" (see SiteDefinition.search_missing_unproven).
MISSING_UNPROVEN = "answers a record it does not hold in a way not known, so a 404 is no proof of absence"
BLOCK_WORDS = {
    CoverageStatus.LOGIN_WALL: "the site asks visitors to log in",
    CoverageStatus.CAPTCHA: "the site shows a captcha or bot challenge",
    CoverageStatus.BLOCKED: "the site refused the request",
}
FAILURE_STATUS = {
    TransferFailure.TIMEOUT: CoverageStatus.TIMEOUT,
    TransferFailure.DECODE: CoverageStatus.PARSE_ERROR,
    TransferFailure.WAIT_TOO_LONG: CoverageStatus.BLOCKED,
    TransferFailure.TOO_SLOW: CoverageStatus.TIMEOUT,
    TransferFailure.REFUSED: CoverageStatus.SKIPPED,
}


def redirect_stop(probe: Probe, answer: Answer, nxt: str, visited: list[str], count: Count) -> Skipped | None:
    """Why a redirect to ``nxt`` is not followed (a login page, a loop, not http(s)), or None."""
    if blocks.LOGIN_PATH.search(urlsplit(nxt).path):
        count("blocked/login_wall")
        words = f"{BLOCK_WORDS[CoverageStatus.LOGIN_WALL]} (HTTP {answer.status}, redirected to {nxt})"
        return Skipped(probe, CoverageStatus.LOGIN_WALL, words, probe.page_url)
    if nxt in visited:
        chain = " → ".join([*visited[visited.index(nxt) :], nxt])
        return Skipped(probe, CoverageStatus.HTTP_ERROR, f"redirect loop: {chain}", probe.page_url)
    if not nxt.startswith(("http://", "https://")):
        return Skipped(probe, CoverageStatus.HTTP_ERROR, "redirected to a non-http(s) URL", probe.page_url)
    return None


def judge(
    probe: Probe,
    site: SiteDefinition | None,
    kind: str,
    answer: Answer,
    url: str,
    elapsed: float,
    count: Count,
    max_bytes: int,
) -> Page | Skipped:
    """The answer as a page, or as the reason it is not one."""
    manual = probe.page_url
    tries = f" after {answer.attempts} tries" if answer.attempts > 1 else ""
    if answer.failure == TransferFailure.WAIT_TOO_LONG and not answer.status:
        # Not asked at all: the host asked earlier in the run to be left alone for longer than the cap.
        blocked = CoverageStatus.BLOCKED
        count(f"blocked/{blocked.value}")
        return Skipped(probe, blocked, f"{BLOCK_WORDS[blocked]} ({answer.detail})", manual)
    if answer.failure is not None and answer.failure != TransferFailure.WAIT_TOO_LONG:
        status = FAILURE_STATUS.get(answer.failure, CoverageStatus.HTTP_ERROR)
        return Skipped(probe, status, f"{answer.detail}{tries}", manual)
    text = content.decode(answer.body, answer.content_type)
    if username_answer(probe, site, answer.status, url, text):
        return Page(probe, answer.status, text, content.media_type(answer.content_type), url, elapsed)
    block = blocks.detect(answer.status, url, text, site, answer.headers)
    if block is not None:
        count(f"blocked/{block.value}")
        why = answer.detail if answer.failure == TransferFailure.WAIT_TOO_LONG else f"HTTP {answer.status}{tries}"
        return Skipped(probe, block, f"{BLOCK_WORDS[block]} ({why})", manual)
    # An accepted status is one the caller reads itself (a username check's "no such account").
    gap = http_status.gap(answer.status, probe.accept_status)
    if gap == CoverageStatus.NOT_FOUND and missing_unproven(probe, site):
        # A URL footprint built from a key (the NPI) on a site whose answer for an unknown key is not
        # known: its 404 may be a changed address form, not an absent record.
        why = f"HTTP {answer.status}: {site.name if site else probe.site_id} {MISSING_UNPROVEN}"
        return Skipped(probe, CoverageStatus.HTTP_ERROR, why, manual)
    if gap == CoverageStatus.NOT_FOUND:
        return Skipped(probe, gap, f"HTTP {answer.status}", manual)
    if gap is not None or (answer.failure is not None and answer.status not in probe.accept_status):
        why = f"HTTP {answer.status}{tries}" + (f"; {answer.detail}" if answer.failure else "")
        return Skipped(probe, CoverageStatus.HTTP_ERROR, why, manual)
    # An accepted status is read by its status (and markers), whatever the body's type.
    wrong_type = answer.refused_type or not content.accepts(kind, answer.content_type)
    if wrong_type and answer.status not in probe.accept_status:
        count("wrong_content_type")
        return Skipped(probe, CoverageStatus.PARSE_ERROR, content.refusal(kind, answer.content_type), manual)
    if answer.truncated:
        count("truncated")
        log.info("%s is larger than %d bytes; read the first part only", url, max_bytes)
    return Page(
        probe=probe,
        status=answer.status,
        body=text,
        content_type=content.media_type(answer.content_type),
        final_url=without_secrets(url, probe),
        elapsed_s=elapsed,
        from_cache=answer.from_cache,
    )


def missing_unproven(probe: Probe, site: SiteDefinition | None) -> bool:
    """True for the site's own search (a URL built from the subject's key) where a 404 proves nothing."""
    return site is not None and site.search_missing_unproven and probe.source == ProbeSource.SITE_SEARCH


def absent_redirect(probe: Probe, site: SiteDefinition | None, target: str) -> bool:
    """True when a username check is redirected where its definition says "no such account"."""
    check = site.username if site is not None and probe.purpose == ProbePurpose.USERNAME else None
    return check is not None and bool(check.absent_redirect) and re.search(check.absent_redirect, target) is not None


def username_answer(probe: Probe, site: SiteDefinition | None, status: int, url: str, body: str) -> bool:
    """True when a username check's answer carries its definition's own signal, which outranks block markers.

    A Facebook profile shows a login prompt beside the account's marker; a
    missing Threads account is a login page. Both are answers, not walls.
    """
    check = site.username if site is not None and probe.purpose == ProbePurpose.USERNAME else None
    return check is not None and presence.decisive(check, status, url, body) is not None
