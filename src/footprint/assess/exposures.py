"""One exposure, one finding.

Several detectors may flag the same thing: a review reply that discloses a
patient's care is both ``patient_information`` and ``review_reply_risk``; a
friend's photo of you with drinks is both ``tagged_photo`` and
``substance_imagery``; a post's check-in and its photo's GPS position are one
place. Detectors name the thing each finding is about (``Finding.exposure``);
findings about the same thing become one, at the highest severity, naming
every category it falls under, with the fixes of all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from footprint.models import Finding, Remediation

MAX_STEPS = 6


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """The findings with those about the same exposure joined; the order of first appearance is kept."""
    groups: dict[str, list[Finding]] = {}
    out: list[Finding | str] = []
    for f in findings:
        if not f.exposure:
            out.append(f)
            continue
        if f.exposure not in groups:
            groups[f.exposure] = []
            out.append(f.exposure)
        groups[f.exposure].append(f)
    return [item if isinstance(item, Finding) else join(groups[item]) for item in out]


def at_own_address(f: Finding) -> bool:
    """The finding is reported at the address of the post it is about (its own page, not a timeline's)."""
    return f.exposure == f"post:{f.url}"


def join(group: list[Finding]) -> Finding:
    """One finding for one exposure: the worst finding's id, title and evidence, every category and fix."""
    if len(group) == 1:
        return group[0]
    ranked = sorted(group, key=lambda f: -f.severity.rank)  # stable: detector order breaks ties
    worst = ranked[0]
    categories = tuple(dict.fromkeys(c for f in ranked for c in f.all_categories))
    steps = tuple(dict.fromkeys(s for f in ranked for s in f.remediation.steps))[:MAX_STEPS]
    whys = " ".join(dict.fromkeys(f.why for f in ranked if f.why))
    # A post read both on a timeline and on its own page is reported at its own address, the link a reader
    # follows to the words themselves (and the page a takedown request names).
    own = next((f.url for f in group if at_own_address(f)), worst.url)
    return replace(
        worst,
        url=own,
        categories=categories if len(categories) > 1 else (),
        remediation=Remediation(worst.remediation.summary, steps, worst.remediation.url),
        why=whys,
        match_confidence=max(f.match_confidence for f in group),
        screenshot=worst.screenshot or next((f.screenshot for f in ranked if f.screenshot), None),
        source_ref=worst.source_ref or next((f.source_ref for f in ranked if f.source_ref), ""),
    )
