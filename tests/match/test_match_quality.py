"""The matcher holds its measured floor on the labelled cases (tests/data/matching/)."""

from __future__ import annotations

from bench.match_quality import CASES, HOLDOUT, evaluate


def test_the_labelled_set_is_large_and_mixed() -> None:
    scores = evaluate(CASES)
    same = sum(o.same for o in scores.outcomes)
    assert len(scores.outcomes) >= 200
    assert 0.3 < same / len(scores.outcomes) < 0.7


def test_precision_and_recall_hold_the_floor() -> None:
    scores = evaluate(CASES, HOLDOUT)  # what bench/match_quality.py prints on its last line
    wrong = [
        f"{o.subject}: {o.why} -> {o.result.decision}" for o in scores.outcomes if o.same != o.result.decision.is_match
    ]
    assert scores.precision >= 0.97, wrong
    assert scores.recall >= 0.90, wrong
