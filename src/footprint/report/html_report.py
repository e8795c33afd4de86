"""The HTML report: one self-contained file rendered from reports/templates/.

Autoescaping is on for everything; scraped text is never marked safe. Links
pass through ``safe_url`` so only http(s) URLs become hrefs. The template
has no scripts and loads nothing from the network; screenshots arrive as
data: URIs (``images``), and what the sections compute (top actions,
listing differences, ratings) comes from ``view``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from footprint.coverage_words import OUTCOME_LABELS, STATUS_LABELS
from footprint.extract.entities import display_phone
from footprint.models import CoverageStatus, Scan
from footprint.report import view
from footprint.report.images import Embedder
from footprint.report.letterhead import Letterhead
from footprint.report.model import safe_url
from footprint.report.view import SEVERITIES

_REPO_TEMPLATES = Path(__file__).resolve().parents[3] / "reports" / "templates"


@cache
def environment() -> jinja2.Environment:
    # Installed wheels carry the templates as package data (footprint/templates);
    # a source checkout loads them from reports/templates.
    loader = jinja2.ChoiceLoader(
        [jinja2.PackageLoader("footprint", "templates"), jinja2.FileSystemLoader(str(_REPO_TEMPLATES))]
        if _has_package_templates()
        else [jinja2.FileSystemLoader(str(_REPO_TEMPLATES))]
    )
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    env.filters["coverage_label"] = coverage_label
    env.filters["split_highlight"] = split_highlight
    env.filters["phone"] = display_phone
    env.filters["status_label"] = status_label
    env.filters["stars"] = stars
    env.filters["css_string"] = css_string
    return env


def _has_package_templates() -> bool:
    from importlib import resources

    return resources.files("footprint").joinpath("templates", "report.html.j2").is_file()


def split_highlight(excerpt: str, highlight: str) -> tuple[str, str, str]:
    """(before, exposed, after) so the template can mark the exposed part without |safe."""
    if highlight and highlight in excerpt:
        at = excerpt.index(highlight)
        return excerpt[:at], highlight, excerpt[at + len(highlight) :]
    return excerpt, "", ""


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


def coverage_label(row: dict[str, Any]) -> str:
    """What happened at a source, in words: where the check went through, what it came to ("found: about
    you", "found, but about someone else", "possible match to review"); else why it could not be done."""
    outcome = OUTCOME_LABELS.get(row.get("outcome") or "", "")
    if outcome and row["status"] in ("found", "not_found"):
        return outcome
    return status_label(row["status"])


def stars(value: float | None) -> str:
    """A rating as text a screen reader and a printout both carry: "4.6 of 5"."""
    return "unrated" if value is None else f"{value:.1f} of 5"


# A screenshot the report can link to: in its own screenshots/ folder, with a plain name.
_LOCAL_SHOT = re.compile(r"^screenshots/[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.png$")


def css_string(text: Any) -> str:
    """``text`` for the inside of a double-quoted CSS string: every character but ASCII letters and
    digits as a CSS escape, so nothing in it can end the string, the rule or the style element."""
    # Six hex digits always, and spaces escaped too: CSS swallows one space after an escape.
    return "".join(c if c.isascii() and c.isalnum() else f"\\{ord(c):06x}" for c in str(text))


def full_size(path: str | None, folder: Path | None) -> str | None:
    """The relative link to a screenshot's full-size file next to the report, when there is one."""
    if not path or folder is None or not _LOCAL_SHOT.match(path) or not (folder / path).is_file():
        return None
    return path


def render(
    doc: dict[str, Any],
    scan: Scan,
    folder: Path | None = None,
    *,
    letterhead: Letterhead | None = None,
    for_print: bool = False,
) -> bytes:
    """The report as one self-contained HTML file (UTF-8); relative screenshot paths start at ``folder``.

    ``for_print`` (the PDF) leaves out links to the screenshot files, which a PDF cannot follow.
    """
    counts = Counter(f["severity"] for f in doc["findings"])
    images = Embedder(base=folder)
    shots = {f["id"]: images.data_uri(f["evidence"]["screenshot"]) for f in doc["findings"]}
    full = {f["id"]: None if for_print else full_size(f["evidence"]["screenshot"], folder) for f in doc["findings"]}
    head = letterhead or Letterhead()
    logo = Embedder(per_image=images.per_image, total=images.per_image).data_uri(head.logo) if head.logo else None
    template = environment().get_template("report.html.j2")
    html = template.render(
        doc=doc,
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        by_severity={s: [f for f in doc["findings"] if f["severity"] == s] for s in SEVERITIES},
        top=view.top_actions(doc["findings"]),
        changes=view.changes(doc),
        ratings=view.rating_rows(scan),
        negative=view.negative_reviews(scan),
        listings=view.listing_rows(scan),
        has_npi=scan.identity.npi_record is not None,
        shots=shots,
        full=full,
        letterhead={"prepared_by": head.prepared_by, "logo": logo},
        images_skipped=images.skipped,
        unchecked=[c for c in doc["coverage"] if c["status"] not in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND)],
        duration=_duration(scan),
        severities=SEVERITIES,
    )
    return html.encode("utf-8")


def _duration(scan: Scan) -> str:
    seconds = max(0.0, (scan.finished_at - scan.started_at).total_seconds())
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"
