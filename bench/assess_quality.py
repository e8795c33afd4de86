"""Precision and recall of the exposure detectors on the labelled set.

Runs the assessment over every case in ``tests/data/assess/`` and compares
the categories found with the categories labelled. Prints one line per
category, the cases that went wrong (with ``-v``), and last:
``precision=<p> recall=<r>`` over all categories (micro-averaged).
Targets: at least 0.9 overall and no category below 0.8.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from footprint.assess.taxonomy import categories
from tests.assess_cases import categories_for, load_cases


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    cases = load_cases()
    for case in cases:
        got = categories_for(case)
        for cat in got & case.expect:
            tp[cat] += 1
        for cat in got - case.expect:
            fp[cat] += 1
        for cat in case.expect - got:
            fn[cat] += 1
        if verbose and got != case.expect:
            extra, missed = sorted(got - case.expect), sorted(case.expect - got)
            print(f"  {case.file}:{case.id}: extra {extra} missed {missed}")
    print(f"{len(cases)} cases")
    print(f"{'category':32} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for cat in categories():
        p, r = ratio(tp[cat], tp[cat] + fp[cat]), ratio(tp[cat], tp[cat] + fn[cat])
        print(f"{cat:32} {tp[cat]:4} {fp[cat]:4} {fn[cat]:4} {p:9.3f} {r:7.3f}")
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"precision={ratio(t, t + f):.3f} recall={ratio(t, t + n):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
