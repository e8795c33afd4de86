"""The risk taxonomy (taxonomy.yaml) as typed data, and the finding builder.

A finding's ``id`` is a fingerprint of its category, its site and the exposed
thing, normalised, so the same exposure has the same id next month.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from footprint.identity import fold
from footprint.models import Finding, Remediation, Severity
from footprint.sites import SAFE_LOADER, SiteDefinition


@dataclass(frozen=True)
class Fix:
    """A category's fix for one kind of source, and the site links that do it (site definition keys)."""

    remediation: Remediation
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    source: str
    severity: Severity
    why: str
    remediation: Remediation
    # The fix for a particular source: "social" (a profile the physician runs), "listing" (a ratings
    # or directory profile), "people_search" (a broker), "own_post" (their own post or photo).
    fixes: dict[str, Fix] = field(default_factory=dict, hash=False, compare=False)


@cache
def categories() -> dict[str, Category]:
    text = resources.files("footprint.assess").joinpath("taxonomy.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    out = {}
    for name, item in raw.items():
        rem = item["remediation"]
        fixes = {
            kind: Fix(Remediation(f["summary"], tuple(f.get("steps", ())), f.get("url")), tuple(f.get("links", ())))
            for kind, f in (item.get("fixes") or {}).items()
        }
        out[name] = Category(
            name=name,
            description=item["description"],
            source=item["source"],
            severity=Severity(item["severity"]),
            why=item["why"],
            remediation=Remediation(rem["summary"], tuple(rem.get("steps", ())), rem.get("url")),
            fixes=fixes,
        )
    return out


# Which link in a site definition does the fix, per category.
REMEDIATION_LINK = {
    "home_address": ("optout_url",),
    "personal_phone": ("optout_url", "privacy_url"),
    "personal_email": ("optout_url", "privacy_url"),
    "family_information": ("optout_url",),
    "birth_date": ("optout_url", "privacy_url"),
    "tagged_photo": ("tag_review_url", "privacy_url"),
    "substance_imagery": ("tag_review_url", "privacy_url"),
    "location_exposure": ("privacy_url",),
    "personal_comment": ("privacy_url",),
    "offensive_content": ("privacy_url",),
    "personal_profile_public": ("privacy_url",),
    "negative_review": ("claim_url",),
    "review_reply_risk": ("claim_url",),
    "patient_information": ("claim_url", "privacy_url"),
    "listing_inconsistency": ("claim_url",),
    "duplicate_or_unclaimed_profile": ("claim_url",),
    "impersonation": ("report_url",),
    "online_medical_advice": ("privacy_url",),
    "boundary_violation": ("privacy_url",),
}


def fingerprint(category: str, site: str, exposed: str) -> str:
    key = f"{category}|{site}|{fold(exposed)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def finding(
    category: str,
    site: SiteDefinition | None,
    site_id: str,
    url: str,
    exposed: str,
    title: str,
    excerpt: str,
    confidence: float,
    severity: Severity | None = None,
    key: str = "",
    variant: str = "",
) -> Finding:
    """A finding with the taxonomy's severity, reasons and fix, and the site's own link.

    The id fingerprints ``key`` when given (what stays the same as the page
    changes, such as "negative reviews" for a site), else ``exposed``.
    ``variant`` picks the category's fix for that kind of source (a broker's
    opt-out does not remove a field from a Facebook profile), when it has one.
    """
    cat = categories()[category]
    fix = cat.fixes.get(variant)
    chosen = fix.remediation if fix else cat.remediation
    link = chosen.url or cat.remediation.url
    for link_key in fix.links if fix else REMEDIATION_LINK.get(category, ()):
        if site is not None and site.remediation.get(link_key):
            link = site.remediation[link_key]
            break
    remediation = Remediation(chosen.summary, chosen.steps, link)
    return Finding(
        id=fingerprint(category, site_id, key or exposed),
        category=category,
        severity=severity or cat.severity,
        title=title,
        url=url,
        site=site_id,
        excerpt=(short := excerpt_around(excerpt, exposed)),
        highlight=shown if (shown := " ".join(exposed.split())) and shown in short else "",
        why=cat.why,
        remediation=remediation,
        match_confidence=round(confidence, 3),
    )


def excerpt_around(text: str, exposed: str, limit: int = 280) -> str:
    """At most ``limit`` characters of ``text``, centred on the exposed part when it is there.

    The window starts and ends between words (never inside the exposed part), marked "…" where cut.
    """
    text = " ".join(text.split())
    exposed = " ".join(exposed.split())
    if len(text) <= limit:
        return text
    at = text.find(exposed) if exposed else -1
    start = 0 if at < 0 else max(0, min(at - (limit - len(exposed)) // 2, len(text) - limit))
    end = start + limit
    keep_from, keep_to = (at, at + len(exposed)) if at >= 0 else (end, start)
    if start > 0 and text[start - 1] != " ":
        space = text.find(" ", start, keep_from if at >= 0 else end)
        start = space + 1 if space >= 0 else start
    if end < len(text) and text[end] != " ":
        space = text.rfind(" ", max(start, keep_to), end)
        end = space if space > start else end
    window = text[start:end].strip()
    return ("…" if start else "") + window + ("…" if end < len(text) else "")
