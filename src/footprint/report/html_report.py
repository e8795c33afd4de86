"""The HTML report: one self-contained file rendered from reports/templates/.

Autoescaping is on for everything; scraped text is never marked safe. Links
pass through ``safe_url`` so only http(s) URLs become hrefs. The template
has no scripts and loads nothing from the network.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from footprint.extract.entities import display_phone, normalise_phone
from footprint.models import Scan
from footprint.report.model import safe_url

SEVERITIES = ("critical", "high", "medium", "low", "info")
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
    env.filters["split_highlight"] = split_highlight
    env.filters["phone"] = display_phone
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


def render(doc: dict[str, Any], scan: Scan) -> bytes:
    counts = Counter(f["severity"] for f in doc["findings"])
    by_severity = {s: [f for f in doc["findings"] if f["severity"] == s] for s in SEVERITIES}
    confirmed = [p for p in doc["pages"] if p["match"]["decision"] in ("confirmed", "likely")]
    ratings = [p for p in confirmed if p.get("rating")]
    listings = [
        m
        for m in scan.matches
        if m.result.decision.is_match and m.page.person and m.page.kind in ("ratings_profile", "directory_listing")
    ]
    template = environment().get_template("report.html.j2")
    html = template.render(
        doc=doc,
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        by_severity=by_severity,
        top=doc["findings"][:5],
        ratings=ratings,
        listings=listings,
        npi=scan.identity.npi_record,
        npi_phones=_npi_phones(scan),
        severities=SEVERITIES,
    )
    return html.encode("utf-8")


def _npi_phones(scan: Scan) -> set[str]:
    record = scan.identity.npi_record
    return {p for p in (normalise_phone(x) for x in record.phones) if p} if record else set()
