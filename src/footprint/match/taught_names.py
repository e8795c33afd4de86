"""The titled name the subject's confirmed page taught, read where a page writes it.

A practice page quotes the name patients use ('Dr. Ngata ("Dr. Ro" to her young patients)'); a parent's blog
then writes only "Dr. Ro at Narrows Children's says the spring goal is the parade route". Reading a page knows
nothing of the scan, so a two-letter titled name is no person to it (it would be any "Dr. No"), and the page is
judged on whoever else it names. Matching knows what the subject's pages taught (``everyday``, ``rejudge``): here
the page's sentences that write the taught name with the title become a mention of it, judged like any titled
single name ("Dr. Ro": at most possible on the name, likely beside the workplace a confirmed page gives).
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.mentions import sentences
from footprint.identity import fold
from footprint.models import Extracted, Identity, PersonRecord
from footprint.namematch import SubjectNames


def titled_forms(identity: Identity) -> tuple[str, ...]:
    """ "Dr. Ro" for each other name of the subject's that keeps their family name ("Ro Ngata", taught or typed)."""
    names = SubjectNames.of(identity.subject)
    return tuple(
        dict.fromkeys(f"Dr. {o.show(o.given)}" for o in names.former if o.family == names.own.family and o.given)
    )


def writes_taught(identity: Identity, page: Extracted) -> bool:
    """True when the page's text writes a titled form of another name of the subject's that no person on it bears."""
    return bool(_unread(identity, page))


def with_mentions(identity: Identity, page: Extracted) -> Extracted:
    """``page`` with a mention for each titled form of the subject's other names its text writes and its people do
    not: the sentence that writes it is the mention's own words."""
    forms = _unread(identity, page)
    if not forms:
        return page
    found = []
    for form in forms:
        title, given = form.split(" ", 1)
        pattern = re.compile(r"(?<![\w-])" + re.escape(title.rstrip(".")) + r"\.?\s+" + re.escape(given) + r"(?![\w-])")
        hit = pattern.search(page.text)
        if hit is None:
            continue
        start, end = next(((a, b) for a, b in sentences(page.text) if a <= hit.start() < b), (0, len(page.text)))
        sentence = page.text[start:end].strip()[:400]
        context = f"{sentence} [page: {page.title}]" if page.title else sentence
        found.append(PersonRecord(form, context=context, read_from=("name:text",)))
    return replace(page, people=(*page.people, *found)) if found else page


def _unread(identity: Identity, page: Extracted) -> list[str]:
    if not page.text:
        return []
    text = f" {fold(page.text)} "
    read = {w for p in page.people for w in fold(p.name).split()}  # "Dr. Bart" read as "Bart Haddix": read
    return [f for f in titled_forms(identity) if f" {fold(f)} " in text and fold(f).split()[-1] not in read]
