"""Grade footprint on the blind corpus: pages written from public descriptions of the real sites.

    python bench/blind_quality.py [-v] [--only SLUG ...] [--batch N ...] [--keep DIR] [--dump DIR]   # dev (tune here)
    python bench/blind_quality.py --held-out                        # the held-out split (measure only)

Starts the corpus web (`bench/blind/server.py`), writes a footprint config that maps every
corpus host to it (`mirrors_only`, no cache, SearXNG and NPI pointed at the local server), runs
the real CLI (`footprint scan ... --format json`) once per physician of the split with a
temporary HOME and XDG folders, and scores each `report.json` against `labels.json`:

- match: a labelled fetchable page counts as predicted "about the subject" when the report's
  page for it (URLs compared by host, path and sorted query) is `confirmed` or `likely`;
  precision and recall over those pages (a page missing from the report is not predicted).
- findings: an expected (url, category) is recalled when a finding on that url has that
  category (or lists it in `categories`); finding precision is the share of findings on corpus
  URLs whose category the page's label expects or accepts, on a page about the subject.
- review queue: the pages left `possible` (the report's "to review" list), how many are about the
  subject, and the match recall a user reaches by confirming those (a second operating point).

`--batch N` (dev only) picks the physicians of the Nth writer's batch by the number of their source
file in `blind/_src/physicians/` (1: 01-10, 2: 11-16, 3: 17-21, 4: 22-26, 5: 27-31, then five a batch
from 32): a validation batch is measured with `--batch N` and no `-v`, which prints aggregates only.

`--engine snippets` runs the corpus search engine of sessions 1-19, which matched a query against each
result's title, snippet and URL only; the default (`text`) also indexes the visible text of the page a
result points to, as a real engine indexes what it crawled (changed in session 20; see blind/README.md).

`--dump DIR` (dev only) also keeps, per physician, what the matching stage saw (`DIR/<slug>.pickle`), so
`bench/rejudge.py DIR` can judge the same pages again with changed code in seconds.

`-v` (dev only) lists each miss and false alarm with the report's reasons. `--held-out` prints
only aggregates and counts per page type, never per-page details, so nobody tunes on them.
The last line is always `match_precision=<p> match_recall=<r> finding_recall=<r> finding_precision=<p>`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind.server import ENGINES, CorpusServer, url_key
from blind.server import HERE as CORPUS

SOURCES = CORPUS / "_src" / "physicians"
BATCH_STARTS = (1, 11, 17, 22, 27, 32)  # the first source number of batches 1-6; from 32 on, five a batch
ABOUT = {"confirmed", "likely"}
RANK = {"confirmed": 3, "likely": 2, "possible": 1, "rejected": 0}
# Hosts footprint's catalog may probe by itself (README's site table): mirrored too, so a probe
# there gets the corpus answer (usually 404, "not found") instead of being skipped.
CATALOG_HOSTS = [
    "www.beenverified.com",
    "bsky.app",
    "public.api.bsky.app",
    "www.caredash.com",
    "www.doximity.com",
    "www.facebook.com",
    "www.fastpeoplesearch.com",
    "www.healthgrades.com",
    "www.instagram.com",
    "www.linkedin.com",
    "mastodon.social",
    "radaris.com",
    "www.ratemds.com",
    "www.reddit.com",
    "old.reddit.com",
    "providers.sharecare.com",
    "www.spokeo.com",
    "thatsthem.com",
    "www.threads.com",
    "www.threads.net",
    "www.tiktok.com",
    "www.truepeoplesearch.com",
    "health.usnews.com",
    "www.vitals.com",
    "doctor.webmd.com",
    "www.whitepages.com",
    "x.com",
    "twitter.com",
    "www.yelp.com",
    "www.youtube.com",
    "www.zocdoc.com",
]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exp_total: int = 0
    exp_found: int = 0
    find_total: int = 0
    find_true: int = 0
    off_corpus: int = 0
    unfetchable_expected: int = 0
    missed_as: Counter[str] = field(default_factory=Counter)  # missed about-subject pages by decision ("absent")
    exp_on_matched: int = 0  # expected findings on pages footprint judged about the subject
    found_on_matched: int = 0
    review_tp: int = 0  # pages left "possible" (the report's review queue), about the subject or not
    review_fp: int = 0
    failures: list[str] = field(default_factory=list)
    per_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)


def config_toml(web: CorpusServer, path: Path) -> None:
    lines = [
        "[search]",
        'backends = ["searxng"]',
        f'searxng_url = "{web.base}"',
        "",
        "[npi]",
        f'base_url = "{web.base}/npi/api/"',
        "",
        "[fetch]",
        "mirrors_only = true",
        "cache = false",
        "",
        "[browser]",
        "screenshots = false",
        "",
        "[mirrors]",
    ]
    lines += [f'"{canon}" = "{mirror}"' for canon, mirror in web.mirrors(tuple(CATALOG_HOSTS)).items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scan_args(subject: dict[str, Any]) -> list[str]:
    args = [subject["name"]] if subject.get("name") else []  # a user may give only the NPI
    for key, flag in (("specialty", "--specialty"), ("city", "--city"), ("state", "--state"), ("npi", "--npi")):
        if subject.get(key):
            args += [flag, subject[key]]
    if subject.get("practice"):
        args += ["--practice", subject["practice"]]
    for key, flag in (("handles", "--handle"), ("known_urls", "--known-url"), ("also_known_as", "--also-known-as")):
        for value in subject.get(key, []):
            args += [flag, value]
    return args


def run_scan(
    folder: Path, cfg: Path, work: Path, timeout: float, dump: Path | None = None
) -> tuple[dict[str, Any] | None, str]:
    subject = json.loads((folder / "subject.json").read_text(encoding="utf-8"))
    home = work / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FOOTPRINT_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
    )
    out = work / "report"
    cmd = [sys.executable, "-m", "footprint"]
    if dump is not None:  # the same CLI, keeping what the matching stage saw (bench/rejudge.py)
        cmd = [sys.executable, str(Path(__file__).resolve().parent / "blind" / "judge_dump.py")]
        env["BLIND_JUDGE_DUMP"] = str(dump)
    cmd += ["-q", "scan", *scan_args(subject), "--config", str(cfg)]
    cmd += ["--format", "json", "--out", str(out), "--db", str(work / "history.sqlite3")]
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f}s"
    report = out / "report.json"
    if done.returncode not in (0, 3) or not report.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"exit {done.returncode}: {tail[0]}"
    return json.loads(report.read_text(encoding="utf-8")), ""


def score(folder: Path, report: dict[str, Any] | None, tally: Tally, verbose: bool) -> None:
    labels: dict[str, dict[str, Any]] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    canon = {url_key(u): url_key(lab.get("alias_of", u)) for u, lab in labels.items()}
    by_key = {url_key(u): (u, lab) for u, lab in labels.items() if "alias_of" not in lab}
    decisions: dict[str, dict[str, Any]] = {}
    findings: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if report is not None:
        for page in report.get("pages", []):
            key = canon.get(url_key(page["url"]), url_key(page["url"]))
            best = decisions.get(key)
            if best is None or RANK[page["match"]["decision"]] > RANK[best["match"]["decision"]]:
                decisions[key] = page
        for f in report.get("findings", []):
            key = canon.get(url_key(f["url"]), url_key(f["url"]))
            findings[key].append(f)
    say = (lambda line: tally.notes.append(f"  {folder.name}: {line}")) if verbose else (lambda line: None)
    for key, (url, lab) in by_key.items():
        counts = tally.per_type[lab["page_type"]]
        counts["pages"] += 1
        if not lab["fetchable"]:
            counts["unfetchable"] += 1
            tally.unfetchable_expected += len(lab["expected"])
            if key in decisions and decisions[key].get("kind") != "search_result":
                counts["unfetchable_read"] += 1
            continue
        page = decisions.get(key)
        predicted = page is not None and page["match"]["decision"] in ABOUT
        why = "; ".join(page["match"]["reasons"][:4]) if page else "not in the report"
        decision = page["match"]["decision"] if page else "absent"
        counts["about"] += lab["about_subject"]
        counts["predicted"] += predicted
        counts["correct"] += predicted == lab["about_subject"]
        if predicted and lab["about_subject"]:
            tally.tp += 1
        elif predicted:
            tally.fp += 1
            say(f"FALSE MATCH {url} ({decision}: {why}) - label: {lab['why']}")
        elif lab["about_subject"]:
            tally.fn += 1
            tally.missed_as[decision] += 1
            say(f"MISSED PAGE {url} ({decision}: {why})")
        if decision == "possible":
            tally.review_tp += lab["about_subject"]
            tally.review_fp += not lab["about_subject"]
        for cat in lab["expected"]:
            tally.exp_total += 1
            got = any(cat in categories(f) for f in findings.get(key, []))
            tally.exp_found += got
            if predicted and lab["about_subject"]:
                tally.exp_on_matched += 1
                tally.found_on_matched += got
            if not got:
                seen = sorted({c for f in findings.get(key, []) for c in categories(f)})
                say(f"MISSED FINDING {cat} on {url} (page {decision}; findings there: {', '.join(seen) or 'none'})")
    for key, found in findings.items():
        if key not in by_key:
            tally.off_corpus += len(found)
            continue
        url, lab = by_key[key]
        allowed = set(lab["expected"]) | set(lab["acceptable"])
        for f in found:
            tally.find_total += 1
            cats = categories(f)
            ok = lab["about_subject"] and bool(cats & allowed) and f["category"] not in lab["must_not_flag"]
            tally.find_true += ok
            if not ok:
                reason = "page is not about the subject" if not lab["about_subject"] else "not expected here"
                if f["category"] in lab["must_not_flag"]:
                    reason = "must not be flagged here"
                say(f"FALSE ALARM {f['category']} on {url}: {f.get('title', '')!r} ({reason})")


def categories(finding: dict[str, Any]) -> set[str]:
    cats = finding.get("categories")
    return set(cats) if isinstance(cats, list) and cats else {finding["category"]}


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def batch_of(number: int) -> int:
    """The writer's batch a physician's source file number belongs to."""
    if number >= BATCH_STARTS[-1]:
        return len(BATCH_STARTS) + (number - BATCH_STARTS[-1]) // 5
    return max(i for i, start in enumerate(BATCH_STARTS, 1) if number >= start)


def dev_batches() -> dict[str, int]:
    """Each dev physician's slug and batch, from the ``slug:`` and ``split:`` lines of the sources alone."""
    found: dict[str, int] = {}
    for source in sorted(SOURCES.glob("[0-9]*-*.yaml")):
        keys = dict(
            line.split(":", 1)
            for line in source.read_text(encoding="utf-8").splitlines()
            if line.startswith(("slug:", "split:"))
        )
        if keys.get("split", "").strip() == "dev":
            found[keys["slug"].strip().strip("'\"")] = batch_of(int(source.name.split("-", 1)[0]))
    return found


def chosen(folders: list[Path], only: list[str], batches: list[int]) -> list[Path]:
    """The physicians ``--only`` names and those of the ``--batch`` batches, together (each once, in order); every
    one when neither is given."""
    if not only and not batches:
        return folders
    of = dev_batches() if batches else {}
    return [p for p in folders if p.name in only or of.get(p.name) in batches]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Grade footprint on the blind corpus.")
    parser.add_argument("--held-out", action="store_true", help="measure on the held-out split (aggregates only)")
    parser.add_argument("-v", "--verbose", action="store_true", help="dev only: list every miss and false alarm")
    parser.add_argument("--only", metavar="SLUG", action="append", help="dev only: this physician (repeat for several)")
    parser.add_argument(
        "--batch",
        metavar="N",
        type=int,
        action="append",
        help="dev only: the physicians of this writer's batch (repeat; with --only, both sets)",
    )
    parser.add_argument("--keep", metavar="DIR", help="dev only: keep the reports in DIR")
    parser.add_argument("--dump", metavar="DIR", help="dev only: keep what matching saw, for bench/rejudge.py")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per scan (default 900)")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="text",
        help="what the corpus search engine indexes: 'text' (default) each page's visible text too, as a real"
        " engine does; 'snippets' each result's title, snippet and URL only (the engine of sessions 1-19)",
    )
    args = parser.parse_args(argv)
    split = "held_out" if args.held_out else "dev"
    if args.held_out and (args.verbose or args.only or args.batch or args.keep or args.dump):
        parser.error("--held-out prints aggregates only: no -v, --only, --batch, --keep or --dump")
    folders = sorted(p for p in (CORPUS / split).iterdir() if p.is_dir())
    if args.only:
        unknown = sorted(set(args.only) - {p.name for p in folders})
        if unknown:
            parser.error(f"no physician {unknown[0]!r} in the dev split")
    if args.batch:
        batches = dev_batches()
        empty = [n for n in args.batch if n not in batches.values()]
        if empty:
            parser.error(f"no dev physician in batch {empty[0]}")
    folders = chosen(folders, args.only or [], args.batch or [])
    tally = Tally()
    with CorpusServer((split,), engine=args.engine) as web, tempfile.TemporaryDirectory(prefix="blind-") as tmp:
        cfg = Path(tmp) / "footprint.toml"
        config_toml(web, cfg)
        for folder in folders:
            work = Path(tmp) / folder.name
            work.mkdir()
            dump = None
            if args.dump:
                Path(args.dump).mkdir(parents=True, exist_ok=True)
                dump = Path(args.dump) / f"{folder.name}.pickle"
            report, error = run_scan(folder, cfg, work, args.timeout, dump)
            if error:
                tally.failures.append(f"{folder.name}: {error}" if not args.held_out else error)
            if report is not None and args.keep:
                keep = Path(args.keep) / folder.name
                keep.mkdir(parents=True, exist_ok=True)
                (keep / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
            score(folder, report, tally, args.verbose and not args.held_out)
            if not args.held_out:
                print(f"scanned {folder.name}" + (f" (FAILED: {error})" if error else ""), flush=True)
    report_totals(tally, split, len(folders))
    return 0


def report_totals(t: Tally, split: str, physicians: int) -> None:
    for note in t.notes:
        print(note)
    print(f"split={split} physicians={physicians} scan_failures={len(t.failures)}")
    for failure in t.failures:
        print(f"  scan failure: {failure}")
    fetchable = sum(c["pages"] - c["unfetchable"] for c in t.per_type.values())
    print(
        f"pages: labelled fetchable={fetchable}; about the subject={t.tp + t.fn}; "
        f"predicted about={t.tp + t.fp} (tp={t.tp} fp={t.fp} fn={t.fn})"
    )
    print(
        f"findings: expected={t.exp_total} recalled={t.exp_found}; reported on corpus pages={t.find_total} "
        f"true={t.find_true}; off-corpus={t.off_corpus}; "
        f"expected on unfetchable pages (not scored)={t.unfetchable_expected}"
    )
    missed = ", ".join(f"{k}={v}" for k, v in sorted(t.missed_as.items())) or "none"
    print(f"missed about-subject pages by footprint's decision (absent: never opened): {missed}")
    print(
        f"finding recall on pages footprint matched: {t.found_on_matched}/{t.exp_on_matched}"
        f" = {ratio(t.found_on_matched, t.exp_on_matched):.3f}"
    )
    queue = t.review_tp + t.review_fp
    print(
        f"review queue (pages left possible): {queue}, {t.review_tp} about the subject "
        f"(share {ratio(t.review_tp, queue):.3f}); match recall once the user confirms those: "
        f"{ratio(t.tp + t.review_tp, t.tp + t.fn):.3f}"
    )
    print("per page type: pages / unfetchable / unfetchable read / about / predicted about / correct")
    for kind in sorted(t.per_type):
        c = t.per_type[kind]
        print(
            f"  {kind:22} {c['pages']:3} {c['unfetchable']:3} {c['unfetchable_read']:3} "
            f"{c['about']:3} {c['predicted']:3} {c['correct']:3}"
        )
    print(
        f"match_precision={ratio(t.tp, t.tp + t.fp):.3f} match_recall={ratio(t.tp, t.tp + t.fn):.3f} "
        f"finding_recall={ratio(t.exp_found, t.exp_total):.3f} finding_precision={ratio(t.find_true, t.find_total):.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
