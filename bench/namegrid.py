"""A roster × candidates name matrix, scored in bulk with ``rapidfuzz.process.cdist``.

A consultant's roster of hundreds of physicians against every name a batch
of pages turned up is millions of pairs: too many to judge one by one in
Python. ``shortlist`` scores all pairs in C++ (numpy matrices, in chunks so
memory stays bounded) on a cheap comparison key and returns only the pairs
worth the full judgement of ``match.person.match_person``.

A benchmark's library, not part of footprint: it needs numpy, which the
``test`` extra installs and footprint itself does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from footprint.identity import CREDENTIALS, fold
from footprint.models import Extracted, Identity, MatchResult
from footprint.nameparse import GENERATIONS, TITLES

_DROP = TITLES | set(GENERATIONS) | {c.lower() for c in CREDENTIALS}
DEFAULT_CUTOFF = 70  # whole-name similarity that keeps typos and initials
FAMILY_CUTOFF = 90  # or the family name alone: keeps nicknames (Bob / Robert), which whole names miss
CHUNK = 10_000


def quick_key(name: str) -> str:
    """ "Dr. Robert A. Lindqvist, MD" → "robert lindqvist": first and last word, folded.

    No name parser here (too slow for 100,000 names); "Lindqvist, Robert" is
    turned around when the part after the comma is not a credential list.
    """
    head, _, tail = name.partition(",")
    tail_words = [w for w in fold(tail).split() if w not in _DROP]
    if tail_words:
        head = f"{tail} {head}"
    words = [w for w in fold(head).split() if w not in _DROP]
    if len(words) < 2:
        return " ".join(words)
    return f"{words[0]} {words[-1]}"


def name_matrix(
    subjects: Sequence[str], candidates: Sequence[str], *, workers: int = -1, keyed: bool = False
) -> npt.NDArray[np.uint8]:
    """Similarity 0..100 of every subject name (rows) to every candidate name (columns)."""
    rows = subjects if keyed else [quick_key(s) for s in subjects]
    cols = candidates if keyed else [quick_key(c) for c in candidates]
    return process.cdist(rows, cols, scorer=fuzz.token_sort_ratio, dtype=np.uint8, workers=workers)


@dataclass(frozen=True)
class Pair:
    subject: int
    candidate: int
    similarity: int


def shortlist(
    subjects: Sequence[str],
    candidates: Sequence[str],
    *,
    cutoff: int = DEFAULT_CUTOFF,
    workers: int = -1,
    chunk: int = CHUNK,
) -> Iterator[Pair]:
    """The (subject, candidate) index pairs worth a full judgement.

    A pair is kept when the whole names are at least ``cutoff`` alike or the
    family names at least ``FAMILY_CUTOFF``.
    """
    rows = [quick_key(s) for s in subjects]
    cols = [quick_key(c) for c in candidates]
    row_family = [r.rsplit(" ", 1)[-1] for r in rows]
    col_family = [c.rsplit(" ", 1)[-1] for c in cols]
    for start in range(0, len(cols), chunk):
        block = name_matrix(rows, cols[start : start + chunk], workers=workers, keyed=True)
        family = process.cdist(
            row_family, col_family[start : start + chunk], scorer=fuzz.ratio, dtype=np.uint8, workers=workers
        )
        keep = (block >= cutoff) | (family >= FAMILY_CUTOFF)
        for i, j in zip(*np.nonzero(keep), strict=True):
            yield Pair(int(i), start + int(j), int(block[i, j]))


def judge_roster(roster: Sequence[Identity], pages: Sequence[Extracted]) -> dict[tuple[int, int], MatchResult]:
    """Full judgements for the (roster index, page index) pairs whose names could match.

    Every person named on every page is scored against every roster name in
    one matrix; only the shortlisted pairs go through ``match.match``. Pairs
    left out are rejected on the name alone.
    """
    from footprint.match import match

    names: list[str] = []
    owner: list[int] = []
    for index, page in enumerate(pages):
        for person in page.people:
            if person.name.strip():
                names.append(person.name)
                owner.append(index)
    subjects: list[str] = []
    subject_of: list[int] = []
    for index, who in enumerate(roster):
        for name in (who.subject.name, *who.subject.also_known_as):
            subjects.append(name)
            subject_of.append(index)
    wanted = {(subject_of[p.subject], owner[p.candidate]) for p in shortlist(subjects, names)}
    return {(i, j): match(roster[i], pages[j]) for i, j in sorted(wanted)}
