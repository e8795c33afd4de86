"""Judge the pages of kept blind scans again with the current code, in seconds instead of a scan's minutes.

    python bench/blind_quality.py --only SLUG ... --dump DIR      # scan once, keeping what matching saw
    python bench/rejudge.py DIR [--only SLUG ...] [-v] [--changes]   # after each edit of match/ or assess/

Each ``DIR/<slug>.pickle`` (``bench/blind/judge_dump.py``) holds the pages a dev scan read and the identity
its last matching round was given. This runs the real matching stage (``pipeline._judge``: the registry pinned
by the user's pages, the web's consensus, kin and shared accounts) and the real assessment on those pages,
renders the real report document, and scores it with ``blind_quality.py``'s own scorer. It prints the kept
scan's figures and the new ones, same scorer, same pages, so the two lines compare code and nothing else.

What it does not redo: fetching, so a change to discovery, to reading pages (``extract/``) or to what the
second discovery pass opens needs a real scan; and the photo positions read from images stay as the kept
scan found them. The held-out split is never dumped (``--dump`` is dev only) and is refused here.
``--changes`` lists each labelled page whose decision moved, with its label.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind.server import HERE as CORPUS
from blind.server import url_key
from blind_quality import ABOUT, Tally, report_totals, score


def rejudged(kept: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kept scan's report document, and the document of the same pages judged and assessed again."""
    from footprint import assess, pipeline
    from footprint.models import PageKind
    from footprint.report.model import document

    scan = kept["scan"]
    pages = tuple(m.page for m in scan.matches if m.page.kind != PageKind.EXPORT_ITEM)
    known, judged = pipeline._judge(kept["who"], SimpleNamespace(pages=pages), kept["sites"])
    findings = assess.assess(known, judged, kept["sites"])
    again = replace(scan, identity=known, matches=judged, findings=findings, risk=assess.risk(findings))
    return document(scan), document(again)


def decisions(doc: dict[str, Any], canon: dict[str, str]) -> dict[str, str]:
    """Each labelled page's best decision in a report, a page reported under an alias URL counted as its own."""
    rank = {"confirmed": 3, "likely": 2, "possible": 1, "rejected": 0}
    best: dict[str, str] = {}
    for page in doc.get("pages", []):
        key, got = url_key(page["url"]), page["match"]["decision"]
        key = canon.get(key, key)
        if rank.get(got, -1) > rank.get(best.get(key, ""), -1):
            best[key] = got
    return best


def changes(folder: Path, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    import json

    labels: dict[str, dict[str, Any]] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    canon = {url_key(u): url_key(lab.get("alias_of", u)) for u, lab in labels.items()}
    old, new = decisions(before, canon), decisions(after, canon)
    lines = []
    for url, lab in sorted(labels.items()):
        if "alias_of" in lab:
            continue
        was, now = old.get(url_key(url), "absent"), new.get(url_key(url), "absent")
        if was == now:
            continue
        moved = (now in ABOUT) - (was in ABOUT)
        kind = {
            1: "GAINED" if lab["about_subject"] else "NEW FALSE MATCH",
            -1: "LOST" if lab["about_subject"] else "FALSE MATCH GONE",
        }
        lines.append(
            f"  {folder.name}: {kind.get(moved, 'moved')} {was} -> {now} {url} (about: {lab['about_subject']})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Judge kept blind scans again with the current code.")
    parser.add_argument("dir", help="the folder given to blind_quality.py --dump")
    parser.add_argument("--only", metavar="SLUG", action="append", help="this physician (repeat for several)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss and false alarm, as blind_quality -v"
    )
    parser.add_argument("--changes", action="store_true", help="list each labelled page whose decision moved")
    args = parser.parse_args(argv)
    dumps = sorted(Path(args.dir).glob("*.pickle"))
    if args.only:
        dumps = [d for d in dumps if d.stem in args.only]
    if not dumps:
        parser.error(f"no kept scan in {args.dir} (run blind_quality.py --dump {args.dir} first)")
    before, after, moved = Tally(), Tally(), []
    for dump in dumps:
        folder = CORPUS / "dev" / dump.stem
        if not (folder / "labels.json").is_file():
            parser.error(f"{dump.stem!r} is not a dev physician")
        with dump.open("rb") as fh:
            kept = pickle.load(fh)  # our own dump, written by blind/judge_dump.py
        old, new = rejudged(kept)
        score(folder, old, before, False)
        score(folder, new, after, args.verbose)
        moved += changes(folder, old, new)
    if args.changes:
        print("\n".join(moved) or "  no labelled page changed its decision")
    print(f"kept scan:  {_last_line(before)}")
    report_totals(after, "dev (re-judged)", len(dumps))  # its last line: the re-judged figures
    return 0


def _last_line(t: Tally) -> str:
    """The figures line of a tally, without printing its notes or table."""
    import contextlib
    import io

    out, notes = io.StringIO(), t.notes
    t.notes = []
    with contextlib.redirect_stdout(out):
        report_totals(t, "dev", 0)
    t.notes = notes
    return out.getvalue().splitlines()[-1]


if __name__ == "__main__":
    sys.exit(main())
