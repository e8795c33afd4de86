"""The subject named by a relative who writes the page: "My brother Colm, the family doctor-who-isn't (he's a sports
doc), hosted this year at his and Aoife's place" under the byline "Siobhan Fennimore-Reilly".

A sister's food blog, a father's newsletter, a daughter's graduation post: family write about the subject by the
given name and the kin word, never by the full name, and the page's reader reads only its author, another person of
the family name, so matching judged the page on her ("given name differs: Siobhan vs Colm"). Who "my brother Colm"
is, the byline says: the writer bears the subject's family name (alone, or as one half of a double one), so her
brother, father, son or daughter named by the subject's given name (or a form of it) is a person of the subject's
whole name, and the sentence and the two after it what the page says of them. Whether that person is the subject is
matching's work, as for any mention: the field, the town, the relatives the subject's confirmed record lists.

Only kin words of the writer's own birth or household family (brother, sister, father, mother, son, daughter,
husband, wife, twin), only a page with a byline (not a broker's, a listing's or an account's page), and never when
the writer's given name is the subject's (then the writer may be the subject).
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.mentions import sentences
from footprint.extract.names import NameSpan
from footprint.identity import fold, given_name_forms
from footprint.models import Extracted, Identity, PageKind, PersonRecord

_SKIPPED = frozenset(
    {PageKind.PEOPLE_SEARCH, PageKind.EXPORT_ITEM, PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING,
     PageKind.OFFICIAL_RECORD}
)  # fmt: skip
_KIN = (
    r"\b(?i:my|our)\s+(?:(?i:big|little|older|younger|baby|kid|twin|oldest|youngest|eldest)\s+)?"
    r"(?i:brother|sister|bro|sis|dad|father|papa|mom|mum|mother|son|daughter|husband|wife|twin)\s*,?\s+"
)
_AFTER = 2  # sentences after the one naming the relative that still speak of them


def with_author_kin(identity: Identity, page: Extracted) -> Extracted:
    """``page`` with a mention of the subject's whole name where its writer, of the subject's family name, names a
    relative by the subject's given name; else ``page`` as it is."""
    subject = identity.subject
    family, given = fold(subject.family_name or ""), fold(subject.given_name or "")
    if page.kind in _SKIPPED or page.from_api or not page.text or not family or not given:
        return page
    author = next((p for p in page.people if "name:author" in p.read_from), None)
    if author is None or not _of_family(author.name, family) or fold(author.name).split()[0] in _forms(given):
        return page
    if any(fold(p.name).split()[:1] == [given] and family in fold(p.name).split() for p in page.people):
        return page  # the reader read the subject's whole name already
    found = _named(page.text, subject.given_name or "", given)
    if found is None:
        return page
    start, end = found
    whole = f"{page.text[start:end]} {subject.family_name}"
    spans = sentences(page.text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    if at is None:
        return page
    context = " ".join(page.text[a:b].strip() for a, b in spans[at : at + 1 + _AFTER])
    from footprint.extract.mentions import record_for

    span = NameSpan(whole, False, (), start, end)
    record: PersonRecord = record_for(span, context, page.title, layer="name:writer's kin")
    return replace(page, people=(*page.people, record))


def _of_family(name: str, family: str) -> bool:
    """The writer's family name is the subject's, alone or as one half of a double one ("Fennimore-Reilly")."""
    words = fold(name.replace("-", " ")).split()
    return len(words) >= 2 and family in words[1:]


def _forms(given: str) -> set[str]:
    return {f for f in given_name_forms(given) if len(f) >= 3} | {given}


def _named(text: str, written: str, given: str) -> tuple[int, int] | None:
    """Where the given name (or a form of it) stands right after a kin word of the writer's, or None."""
    for form in sorted(_forms(given), key=len, reverse=True):
        found = re.search(rf"{_KIN}({re.escape(form)})\b", text, re.IGNORECASE)
        if found and found.group(1)[:1].isupper():
            return found.start(1), found.end(1)
    return None
