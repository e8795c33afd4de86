"""Name scoring at consultant scale: 1,000 roster names × 100,000 candidate names.

The matrix is scored with ``bench/namegrid.py`` (rapidfuzz ``process.cdist``,
numpy, in chunks); the same scorer called pair by pair in a Python loop is
timed on a sample in the same run. Names are synthetic (random syllables).
Last line: ``pairs_per_s=<x> vectorised_over_loop=<ratio>``.

    python bench/match_speed.py [--subjects 1000] [--candidates 100000] [--workers 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from rapidfuzz import fuzz  # noqa: E402

from bench.namegrid import name_matrix, quick_key  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "ri",
    "an",
    "te",
    "mi",
    "sa",
    "or",
    "el",
    "da",
    "vi",
    "ne",
    "ha",
    "ru",
    "is",
    "ber",
    "gar",
    "son",
    "wen",
    "tal",
    "mar",
    "cor",
    "lin",
    "dqvist",
    "ez",
]


def synthetic_names(n: int, rng: random.Random) -> list[str]:
    def word(k: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(k)).title()

    return [f"Dr. {word(2)} {word(rng.randint(2, 4))}, MD" for _ in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=1000)
    ap.add_argument("--candidates", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=1, help="cdist threads (1: no help from extra cores)")
    ap.add_argument("--sample", type=int, default=200_000, help="pairs timed in the Python loop")
    args = ap.parse_args()
    rng = random.Random(5)
    subjects = [quick_key(n) for n in synthetic_names(args.subjects, rng)]
    candidates = [quick_key(n) for n in synthetic_names(args.candidates, rng)]

    start = time.perf_counter()
    hits = 0
    chunk = 10_000
    for i in range(0, len(candidates), chunk):
        block = name_matrix(subjects, candidates[i : i + chunk], workers=args.workers, keyed=True)
        hits += int((block >= 70).sum())
    vec_s = time.perf_counter() - start
    pairs = len(subjects) * len(candidates)
    vec_rate = pairs / vec_s

    loop_subjects = subjects[: max(1, args.sample // 10_000)]
    loop_candidates = candidates[: args.sample // len(loop_subjects)]
    start = time.perf_counter()
    loop_hits = 0
    for s in loop_subjects:
        for c in loop_candidates:
            if fuzz.token_sort_ratio(s, c) >= 70:
                loop_hits += 1
    loop_s = time.perf_counter() - start
    loop_rate = len(loop_subjects) * len(loop_candidates) / loop_s

    print(f"vectorised: {pairs:,} pairs in {vec_s:.2f}s ({hits:,} pairs at similarity >= 70), workers={args.workers}")
    print(f"python loop: {len(loop_subjects) * len(loop_candidates):,} pairs in {loop_s:.2f}s")
    print(f"pairs_per_s={vec_rate:.0f} vectorised_over_loop={vec_rate / loop_rate:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
