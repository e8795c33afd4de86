"""Assessment on the blind dev corpus as if matching were perfect: findings on pages footprint has not matched yet.

    python bench/assess_oracle.py SLUG [SLUG ...]     # dev physicians only; prints every false finding
    python bench/assess_oracle.py --misses SLUG ...   # and every expected finding not raised

Every labelled, fetchable, about-the-subject HTML page of each physician is read, its person chosen by
matching, and the page taken as confirmed; all of them are assessed together (site detectors included)
with the NPI record the registry answer gives. A finding is false when the label neither expects nor
accepts its category on that page, or forbids it. Finding precision on pages that better matching will
reach is what this measures; `blind_quality.py` measures the whole scan. Never run it on held-out or
validation physicians (see `bench/blind/README.md`).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import (
    Decision,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
)
from footprint.npi_api import npi_record_from_api
from footprint.probes import probe_for_url
from footprint.registry import choose_npi_record
from footprint.sites import by_id, site_for_url

DEV = Path(__file__).resolve().parent / "blind" / "dev"
_KEYS = ("specialty", "city", "state", "npi", "handles", "known_urls", "also_known_as", "practice")


def identity_of(folder: Path) -> Identity:
    """What the user typed, with the registry record the NPI answer gives for it."""
    typed = json.loads((folder / "subject.json").read_text(encoding="utf-8"))
    answer = json.loads((folder / "npi.json").read_text(encoding="utf-8"))
    records = [r for r in (npi_record_from_api(x) for x in answer.get("results", [])) if r is not None]
    name = typed.get("name")
    if not name:  # an NPI alone: the registry's name for it
        record = next((r for r in records if r.number == typed.get("npi")), records[0])
        name = f"Dr. {record.first_name.title()} {record.last_name.title()}"
    subject = make_subject(name, **{k: typed[k] for k in _KEYS if typed.get(k)})
    chosen = choose_npi_record(subject, records) if records else None
    return Identity(subject, name_variants(subject), chosen, len(records))


def _probe(url: str) -> Probe:
    site = site_for_url(url)
    if site is None:
        host = re.sub(r"^www\.", "", url.split("/")[2])
        return Probe(host, url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    probe = probe_for_url(site, url, ProbeSource.SEARCH_RESULT) if site.is_profile_url(url) else None
    if probe is None or probe.parser != Parser.HTML:  # the corpus holds the HTML page, not the API answer
        probe = Probe(site.id, url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, site.page_kind)
    return probe


def grade(slug: str, misses: bool = False) -> tuple[Counter[str], int, int]:
    """(true/false finding counts, expected findings, expected findings found) for one dev physician."""
    folder = DEV / slug
    who = identity_of(folder)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    matches = []
    for url, label in labels.items():
        entry = manifest.get(url)
        if "alias_of" in label or not (label["fetchable"] and label["about_subject"]) or not entry:
            continue
        if entry.get("status") != 200 or "html" not in entry.get("content_type", ""):
            continue
        body = (folder / "pages" / entry["file"]).read_text(encoding="utf-8")
        probe = _probe(url)
        page = extract(Page(probe, 200, body, entry["content_type"], url), site_for_url(url))
        judged = match(who, page)
        sure = MatchResult(
            max(judged.score, 0.9), Decision.CONFIRMED, judged.reasons, judged.person, judged.person_index
        )
        matches.append(Match(page, sure))
    found = assess(who, matches, by_id())
    counts: Counter[str] = Counter()
    for f in found:
        label = labels.get(f.url, {})
        allowed = set(label.get("expected", [])) | set(label.get("acceptable", []))
        ok = label.get("about_subject") and bool(set(f.all_categories) & allowed)
        ok = ok and f.category not in label.get("must_not_flag", [])
        counts["true" if ok else "false"] += 1
        if not ok:
            print(f"  FALSE {slug}: {f.category} on {f.url} | {f.title} | {f.excerpt[:200]!r}")
    scored = {
        u: lab for u, lab in labels.items() if lab["fetchable"] and lab["about_subject"] and "alias_of" not in lab
    }
    expected = sum(len(lab["expected"]) for lab in scored.values())
    recalled = 0
    for u, lab in scored.items():
        for c in lab["expected"]:
            if any(f.url == u and c in f.all_categories for f in found):
                recalled += 1
            elif misses and u in manifest and manifest[u].get("status") == 200:
                print(f"  MISS {slug}: {c} on {u}")
    return counts, expected, recalled


def main(args: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(
        description="Assessment on blind dev physicians as if every about-subject page were matched."
    )
    parser.add_argument("slugs", nargs="+", metavar="SLUG", help="dev physicians (folders of bench/blind/dev)")
    parser.add_argument("--misses", action="store_true", help="also print every expected finding not raised")
    parsed = parser.parse_args(args)
    misses, slugs = parsed.misses, parsed.slugs
    unknown = [s for s in slugs if not (DEV / s / "labels.json").is_file()]
    if unknown:
        parser.error(f"not a dev physician: {', '.join(unknown)}")
    total: Counter[str] = Counter()
    expected = recalled = 0
    for slug in slugs:
        counts, e, r = grade(slug, misses)
        total += counts
        expected, recalled = expected + e, recalled + r
    shown = sum(total.values())
    print(
        f"findings as if matched: true={total['true']} false={total['false']} "
        f"precision={total['true'] / max(1, shown):.3f} recall={recalled}/{expected}={recalled / max(1, expected):.3f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
