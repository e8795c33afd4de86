"""Other ways pages write a physician's name, for what discovery searches for and opens.

A patient who knows "Dr. Evgeny Sokolov" still finds him written "Yevgeny Sokolov" on a faculty
page and "Dr. Gene Sokolov" in a news story; "Dr. Isabel de la Cruz" is "Isabel Delacruz" on a
people-search site. The nickname tables know English nicknames (Rob for Robert) but not other
romanisations of a Slavic or Polish name, nor the English name its bearer goes by: those come
from the one table matching uses too (``footprint/given_names.yaml``, read by ``givennames``).
"""

from __future__ import annotations

import re

from footprint.givennames import holding
from footprint.identity import fold

# Words that join a family name ("de la Cruz", "van der Berg"): pages also write them run together.
PARTICLES = frozenset({"de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos", "das"})


def other_given_names(given: str) -> list[str]:
    """Another romanisation of ``given``, then the English everyday form ("Evgeny" → ["Yevgeny",
    "Gene"]); nothing for a name the table (``given_names.yaml``) does not hold as a romanisation,
    or for an English name ("Eugene")."""
    key = fold(given)
    out: list[str] = []
    for group in holding(key):
        others = [s for s in group.romanised if s != key]
        for name in (*others[:1], *group.english[-1:]):
            if name != key and name.title() not in out:
                out.append(name.title())
    return out


# The Arabic article as a family name's first part: "Al-Khatib", "Al Khatib" and "Alkhatib" are one name.
_ARTICLE = re.compile(r"(?i)^(al|el)[-\s]?([^\W\d_]{3,})$")


def other_family_names(family: str, given: str = "") -> list[str]:
    """A family name with particles written run together ("de la Cruz" → "Delacruz"); a family name with the
    Arabic article in the other form ("Al-Khatib" → "Alkhatib", and "Alkhatib" → "Al-Khatib" when the given
    name is an Arabic one the table holds: "Allen" and "Elgin" are no article and a name)."""
    article = _ARTICLE.match(family.strip())
    written_apart = "-" in family or " " in family.strip()
    arabic = any(g.source.startswith("arabic") for g in holding(given)) if given else False
    if article is not None and (written_apart or arabic):
        al, rest = article.group(1).title(), article.group(2).title()
        joined, hyphened = f"{al}{rest.lower()}", f"{al}-{rest}"
        return [hyphened] if "-" not in family and " " not in family else [joined]
    words = family.split()
    if len(words) < 2 or not any(w.lower() in PARTICLES for w in words[:-1]):
        return []
    joined = "".join(words)
    return [joined[:1].upper() + joined[1:].lower()]


def surname_parts(family: str) -> list[str]:
    """The parts of a double surname that may appear alone ("Okonkwo-Reyes" → Okonkwo, Reyes);
    none for a surname with particles ("de la Cruz" is one name) or a single word."""
    words = family.split()
    if len(words) > 1 and any(w.lower() in PARTICLES for w in words):
        return []
    parts = [p for p in re.split(r"[-\s]+", family) if len(p) > 1]
    return parts if len(parts) > 1 else []


# Latin to Cyrillic for a Russian family name, the reverse of BGN/PCGN, longest spellings first
# ("Sokolov" → "Соколов", "Kuznetsov" → "Кузнецов"); a search engine forgives what it gets wrong.
_TO_CYRILLIC = (
    ("shch", "щ"), ("skiy", "ский"), ("sky", "ский"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("iy", "ий"), ("a", "а"), ("b", "б"), ("v", "в"),
    ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
)  # fmt: skip


def native_name(given: str, family: str) -> str:
    """The name in the script of its language ("Evgeny Sokolov" → "Евгений Соколов"), when the given-name
    table knows the given name's own spelling; "" otherwise (no guess for a name of unknown origin)."""
    native = next((g.native for g in holding(given) if g.native), "")
    word = fold(family).replace(" ", "")
    if not native or not word:
        return ""
    out, i = [], 0
    while i < len(word):
        for latin, cyrillic in _TO_CYRILLIC:
            if word.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            return ""  # a letter Russian has no equivalent for (q, w, x, digits): not a Russian name
    return f"{native} {''.join(out).title()}"
