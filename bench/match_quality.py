"""Matching quality on the labelled cases in tests/data/matching/ (cases.yaml and holdout.yaml).

Every candidate is judged by ``footprint.match.match`` exactly as a scan
judges a page; ``confirmed`` and ``likely`` count as "this is the subject".
Prints one line per mistake (with the matcher's reasons), the scores of
each file (holdout.yaml was written after tuning and never tuned on), then
as its last line the scores over all of them: ``precision=<p> recall=<r> f1=<f>``.

    python bench/match_quality.py [--all]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from footprint.identity import make_subject  # noqa: E402
from footprint.match import match  # noqa: E402
from footprint.models import (  # noqa: E402
    Address,
    Extracted,
    Identity,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

DATA = ROOT / "tests" / "data" / "matching"
CASES = DATA / "cases.yaml"
HOLDOUT = DATA / "holdout.yaml"


@dataclass
class Outcome:
    subject: str
    why: str
    same: bool
    result: MatchResult


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    def _count(self, same: bool, said: bool) -> int:
        return sum(1 for o in self.outcomes if o.same == same and o.result.decision.is_match == said)

    @property
    def precision(self) -> float:
        tp, fp = self._count(True, True), self._count(False, True)
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp, fn = self._count(True, True), self._count(True, False)
        return tp / (tp + fn) if tp + fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def address(text: str) -> Address:
    parts = text.split("|")
    if len(parts) == 4:
        return Address(parts[0], parts[1], parts[2], parts[3])
    if len(parts) == 3:
        return Address("", parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return Address("", parts[0], parts[1])
    return Address(state=parts[0])


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def person(raw: dict[str, Any]) -> PersonRecord:
    return PersonRecord(
        name=str(raw["n"]),
        credentials=tuple(_list(raw.get("c"))),
        specialties=tuple(_list(raw.get("s"))),
        addresses=tuple(address(a) for a in _list(raw.get("a"))),
        phones=tuple(_list(raw.get("ph"))),
        npi=str(raw["npi"]) if raw.get("npi") else None,
        age=int(raw["age"]) if raw.get("age") else None,
        relatives=tuple(_list(raw.get("rel"))),
        practice=str(raw.get("pr") or ""),
        handle=str(raw.get("h") or ""),
    )


def identity(entry: dict[str, Any]) -> Identity:
    subject = make_subject(**entry["subject"])
    raw = entry.get("npi")
    record = None
    if raw:
        given, family = subject.given_name or "", subject.family_name or ""
        record = NpiRecord(
            number=str(raw["number"]),
            first_name=given,
            last_name=family,
            credential=str(raw.get("credential") or ""),
            taxonomies=tuple(_list(raw.get("taxonomies"))),
            addresses=tuple(address(a) for a in _list(raw.get("addresses"))),
            phones=tuple(_list(raw.get("phones"))),
        )
    return Identity(subject, (subject.name,), record, int(entry.get("npi_candidates") or 0))


def page(raw: dict[str, Any], site: str) -> Extracted:
    people = [person(p) for p in raw["people"]] if "people" in raw else [person(raw)]
    url = str(raw.get("url") or f"https://example.org/{site}/{len(people)}")
    return Extracted(url=url, site_id="eval", kind=PageKind.RATINGS_PROFILE, people=tuple(people))


def evaluate(*paths: Path) -> Scores:
    scores = Scores()
    for path in paths or (CASES, HOLDOUT):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _judge(data, scores)
    return scores


def _judge(data: dict[str, Any], scores: Scores) -> None:
    for entry in data["subjects"]:
        who = identity(entry)
        for i, raw in enumerate(entry["candidates"]):
            result = match(who, page(raw, f"{entry['id']}-{i}"))
            scores.outcomes.append(Outcome(entry["id"], str(raw.get("why", "")), bool(raw["same"]), result))


def main(argv: list[str]) -> int:
    for path in (CASES, HOLDOUT):
        part = evaluate(path)
        print(f"{path.name}: {len(part.outcomes)} candidates, precision={part.precision:.3f} recall={part.recall:.3f}")
    scores = evaluate()
    show_all = "--all" in argv
    for o in scores.outcomes:
        wrong = o.same != o.result.decision.is_match
        if wrong or show_all:
            label = ("MISS " if o.same else "FALSE") if wrong else "ok   "
            print(
                f"{label} {o.subject:<15} {o.why:<55} {o.result.decision.value:<9} {o.result.score:.2f}  "
                + " | ".join(o.result.reasons)
            )
    same = sum(o.same for o in scores.outcomes)
    print(f"{len(scores.outcomes)} candidates ({same} same person, {len(scores.outcomes) - same} others)")
    print(f"precision={scores.precision:.3f} recall={scores.recall:.3f} f1={scores.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
