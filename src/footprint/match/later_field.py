"""The field a page gives a person where it calls them again by one of their names.

A friend's blog names the subject in full once and then by the given name, and says what they do only there: "My
neighbor Arman Petrosyan finally agreed to La Luz ... Arman claims his lungs were fine, he's a lung doctor after all."
A news story does the same at the family name ("Marchand, an assistant professor", ``second_reference``). The field
said in a later sentence that names the person by their given or family name alone is theirs, when that sentence
names no one else in full and no other person on the page bears that name. Only agreement with the subject's field
counts, never against it.
"""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match import fields
from footprint.match.strength import Tally
from footprint.models import PersonRecord
from footprint.nameparse import parse_name
from footprint.specialties import groups_of

WHY = "the subject's field in its own words, where the page names them again"


def later_mention(
    mine: tuple[str, ...], person: PersonRecord, page_text: str, others: tuple[str, ...], tally: Tally, *,
    strong: tuple[str, ...],
) -> None:  # fmt: skip
    """Add the subject's field to ``tally`` when a sentence after the person's own calls them by their given or
    family name alone and names a field, every one of which is the subject's. ``strong``: the reasons that already
    give the field (then nothing is added); ``others``: the other people the page names."""
    from footprint.extract.mentions import sentences

    if not mine or not page_text or person.specialties or any(r.startswith(strong) for r in tally.strong):
        return
    parts = parse_name(person.name)
    if parts is None:
        return
    # The given and the family name as the page writes them ("Arman", "Petrosyan"), never a title or a credential.
    keys = {parts.given, parts.family[-1]}
    names = {w for key, w in parts.written if key in keys and len(w) > 2 and w[0].isupper()}
    theirs = {w for other in others for w in fold(other).split()}
    names = {n for n in names if fold(n) not in theirs}
    own = person.context.split(" [page: ")[0].strip()
    at = page_text.find(own[:80]) if own else -1
    if not names or at < 0:
        return
    ours = frozenset().union(*(groups_of(m) for m in mine))
    rest = page_text[at + len(own[:80]) : at + 5000]
    for start, end in sentences(rest):
        sentence = rest[start:end]
        if not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence) for n in names):
            continue
        if any(fold(o) and f" {fold(o)} " in f" {fold(sentence)} " for o in others):
            continue  # another person named in full there: whose field it says is unsure
        said = groups_of(sentence) | fields.spoken(sentence)
        if said and said <= ours:
            tally.add(0.1, f"{WHY}: {sorted(said)[0].replace('_', ' ')}", strong=True)
            return
