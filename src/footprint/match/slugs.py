"""A profile URL's slug split into name, place and id.

Slugs carry more than a name: ``Dr-Ann-Lee-Austin-TX.html``, ``marisol-okonkwo-reyes_id_G-50219``,
``/people/ann-lee/tx/austin/p-7f3k2q/``, ``okonkwo-reyes-marisol.html``. Titles, credentials,
ids (anything with a digit, single letters, "id") are dropped; a trailing state code or name
and the words before it that spell the subject's city (or, without one, whatever follows the
best-fitting name) are the place; of the remaining words the best-fitting run, read in order or
family name first, is the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from footprint.identity import US_STATES, fold
from footprint.match.name_fit import subject_names as names_of
from footprint.match.strength import Tally
from footprint.models import Address, Subject
from footprint.namematch import SubjectNames, fit
from footprint.nameparse import GENERATIONS, TITLES

_DROP = TITLES | set(GENERATIONS) | {
    "md", "do", "mbbs", "np", "pa", "dds", "dmd", "dpm", "od", "phd", "profile", "doctor", "doctors", "physician",
    "overview", "id", "reviews", "ratings", "html", "htm", "php", "aspx", "people", "name", "person", "doctor-ratings",
}  # fmt: skip
_STATE_NAMES = {fold(v): k for k, v in US_STATES.items()}


@dataclass(frozen=True)
class SlugParts:
    name: str
    place: Address | None = None
    id: str = ""


def _segments(url: str) -> list[str]:
    path = unquote(urlsplit(url).path).rstrip("/")
    return [re.sub(r"\.[a-z]{2,5}$", "", s) for s in path.split("/") if s]


def _words(segment: str) -> tuple[list[str], str]:
    raw = fold(segment.replace("_", " ").replace("+", " ")).split()
    ident = " ".join(w for w in raw if any(c.isdigit() for c in w))
    return [w for w in raw if w.isalpha() and len(w) > 1 and w not in _DROP], ident


def _state_at_end(words: list[str]) -> tuple[list[str], str]:
    if words and words[-1].upper() in US_STATES and len(words[-1]) == 2:
        return words[:-1], words[-1].upper()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        if len(words) > n and tail in _STATE_NAMES:
            return words[:-n], _STATE_NAMES[tail]
    return words, ""


def _best_name(words: list[str], names: SubjectNames | None) -> tuple[list[str], list[str]]:
    """The run of words that best spells a name, and the words after it (the place)."""
    if names is None or len(words) <= 2:
        return words[:4], words[4:]
    best: tuple[float, list[str], list[str]] = (-1.0, words[:2], words[2:])
    for size in range(2, min(len(words), 4) + 1):
        head, rest = words[:size], words[size:]
        for order in (head, head[1:] + head[:1], head[-1:] + head[:-1]):
            score = fit(names, " ".join(order)).score
            if score > best[0] + 1e-9:
                best = (score, order, rest)
    return best[1], best[2]


_HANDLE_AFFIXES = re.compile(r"^(?:the)?(?:dr|doc|doctor|dra)?(?P<name>[a-z]+?)(?:md|do|mbbs|doc|dr)?$")


def _run_together(word: str, names: SubjectNames) -> list[str]:
    """A handle that runs the subject's names together ("drmiriamchurch", "miriamchurchmd", "churchmiriam")
    split into them; any other word as it is. Only the subject's own names are looked for."""
    found = _HANDLE_AFFIXES.match(word)
    if found is None:
        return [word]
    family = "".join(names.own.family)
    for given in sorted({names.own.given, *names.given_forms}, key=len, reverse=True):
        if len(given) < 2:
            continue
        for core in {word, found.group("name")}:
            if core == given + family:
                return [given, family]
            if core == family + given:
                return [family, given]
    return [word]


def parts(url: str, names: SubjectNames | None = None) -> SlugParts | None:
    """Name, place and id of the most name-like path segment; None when no segment spells a name."""
    for segment in reversed(_segments(url)):
        words, ident = _words(segment)
        if names is not None:
            words = [part for w in words for part in _run_together(w, names)]
        if len(words) < 2:
            continue
        words, state = _state_at_end(words)
        if names is None and state and len(words) > 2:
            name, rest = words[:2], words[2:]  # "ann-lee-austin-tx": the name comes first
        else:
            name, rest = _best_name(words, names)
        if len(name) < 2:
            continue
        city = " ".join(w.title() for w in rest)
        place = Address(city=city, state=state) if city or state else None
        return SlugParts(" ".join(w.title() for w in name), place, ident)
    return None


def slug_words(url: str) -> list[str]:
    """The words of a URL's last path segment: ".../dr-imogen-castellwright-3bq7t" → [dr, imogen, ...]."""
    path = unquote(urlsplit(url).path).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.[a-z]{2,5}$", "", last)
    return fold(last).split()


def slug_name(url: str, subject: Subject | None = None) -> str:
    """A person's name spelled by a profile URL's slug ("dr-robert-lindqvist-md-12345" → "Robert Lindqvist").

    The place and id a slug also holds are split off ("Dr-Ann-Lee-Austin-TX" → "Ann Lee").
    """
    found = parts(url, names_of(subject) if subject else None)
    return found.name if found else ""


def url_names(subject: Subject, url: str, tally: Tally) -> None:
    words = set(slug_words(url)) if url else set()
    names = names_of(subject)
    family = "".join(names.own.family)
    if (
        words
        and (set(names.own.family) <= words or family in words)
        and words & (names.given_forms | {names.own.given})
    ):
        tally.add(0.05, "the page's URL names the subject")
