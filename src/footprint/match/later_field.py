"""The field a page gives a person where it calls them again by one of their names.

A friend's blog names the subject in full once and by the given name before or after, and says what they do only
there: "My neighbor Arman Petrosyan finally agreed to La Luz ... Arman claims his lungs were fine, he's a lung doctor
after all." A news story does the same at the family name ("Marchand, an assistant professor", ``second_reference``).
The field said in a sentence that names the person by their given or family name alone is theirs, when that sentence
names no one else in full and no other person on the page bears that name. Only agreement with the subject's field
counts, never against it. The workplace said there counts too (``person``: "Jo, who spends her weekdays at Larkspire
Foggy Bottom")."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match import fields
from footprint.match.strength import Tally
from footprint.models import PersonRecord
from footprint.nameparse import parse_name
from footprint.specialties import bare_surgeon, groups_of

WHY = "the subject's field in its own words, where the page names them again"


def later_mention(
    mine: tuple[str, ...], person: PersonRecord, again: list[str], tally: Tally, *, strong: tuple[str, ...]
) -> None:
    """Add the subject's field to ``tally`` when a sentence of the page that calls the person by their given or
    family name alone (``again``: :func:`named_again`) names a field, every one of which is the subject's.
    ``strong``: the reasons that already give the field (then nothing is added)."""
    # A record giving a field says it; a bare "surgeon" ("the only surgeon I know") leaves which one to the page.
    named = [s for s in person.specialties if not bare_surgeon(s)]
    if not mine or named or any(r.startswith(strong) for r in tally.strong):
        return
    ours = frozenset().union(*(groups_of(m) for m in mine))
    for sentence in again:
        said = groups_of(sentence) | fields.spoken(sentence)
        if said and said <= ours:
            tally.add(0.1, f"{WHY}: {sorted(said)[0].replace('_', ' ')}", strong=True)
            return


_BEFORE = 3000  # characters before the person's own sentence in which a friend's blog may have named them first
_AFTER = 5000


def named_again(person: PersonRecord, page_text: str, others: tuple[str, ...]) -> list[str]:
    """The page's sentences, before or after the person's own, that call them by their given or family name alone
    ("Jo, who spends her weekdays at Foggy Bottom, ran the blender" above the caption "me, Dana and Jo Ravensworth"),
    where no other person the page names bears that name and no one else is named in full in the sentence."""
    from footprint.extract.mentions import sentences

    parts = parse_name(person.name)
    if parts is None or not page_text:
        return []
    # The given and the family name as the page writes them ("Arman", "Petrosyan"), never a title or a credential.
    keys = {parts.given, parts.family[-1]}
    names = {w for key, w in parts.written if key in keys and len(w) > 1 and w[0].isupper()}
    theirs = {w for other in others for w in fold(other).split()}
    names = {n for n in names if fold(n) not in theirs}
    own = person.context.split(" [page: ")[0].strip()
    at = page_text.find(own[:80]) if own else -1
    if not names or at < 0:
        return []
    out = []
    for part in (page_text[max(0, at - _BEFORE) : at], page_text[at + len(own[:80]) : at + _AFTER]):
        for start, end in sentences(part):
            sentence = part[start:end]
            if not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence) for n in names):
                continue
            if any(fold(o) and f" {fold(o)} " in f" {fold(sentence)} " for o in others):
                continue  # another person named in full there: whose words they are is unsure
            out.append(sentence)
    return out
