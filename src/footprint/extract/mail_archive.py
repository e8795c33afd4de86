"""A mailing list's archive: the messages of a thread, each under its "From:" header.

A list archive (groups.io's message and topic views, Google Groups, Mailman's and Hypermail's pages) shows a
message as mail does: "From: Jane Roe" (the address in brackets after it, or not), the date it was sent (after
"Date:" or "Sent:", or right after the name), then the body, then the next message's "From:". No markup is
common to them, so the page's text is read: each header with a person's name and a date opens a message, which
runs to the next. The first message opens the thread; every later one answers its writer. Each writer is a person
of the page, the words of their message what they say of themself, as a forum thread's writers are
(:mod:`threads`).
"""

from __future__ import annotations

import re

from footprint.extract.media import AUTHOR_MARK
from footprint.extract.names import name_at_start
from footprint.extract.threads import month_number, shown_day
from footprint.models import PersonRecord, Post

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}|\s+[+-]\d{4})?)?"
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d){_TIME}"
)
# "From: Jane Roe <jroe@example.org> Date: Tue, 2 Sep 2025 20:14", "From: Jane Roe Sep 2, 2025 8:14 PM".
_HEADER = re.compile(
    r"\bFrom:\s*(?P<name>[^<>()\n:]{3,60}?)\s*(?:[<(][^<>()]{3,80}[>)]\s*)?"
    r"(?:(?:Date|Sent):\s*)?(?P<date>" + _DATE + r")"
)
_MIN_BODY = 10
# The day before a named month, as Hypermail and Mailman write a header's date ("Tue, 2 Sep 2025 20:14:00 -0500"); the
# other forms are the ones a forum shows (``threads.shown_day``).
_DAY_FIRST = re.compile(rf"(\d{{1,2}})\s+({_MONTH})\s+((?:19|20)\d\d)")


def _day(shown: str) -> str:
    """The message's day as YYYY-MM-DD, or ""."""
    day = shown_day(shown)
    if day:
        return day
    found = _DAY_FIRST.search(shown)
    return f"{found[3]}-{month_number(found[2]):02d}-{int(found[1]):02d}" if found else ""


def read(text: str) -> tuple[tuple[Post, ...], tuple[PersonRecord, ...]]:
    """The messages the text shows under "From:" headers (each answering the first's writer) and their writers as
    people of the page; nothing when no header names a person with a date."""
    headers = []
    for found in _HEADER.finditer(text):
        named = name_at_start(found["name"].strip())
        if named is not None and len(named.name.split()) >= 2:
            headers.append((found, named.name))
    posts: list[Post] = []
    people: dict[str, PersonRecord] = {}
    for i, (found, name) in enumerate(headers):
        end = headers[i + 1][0].start() if i + 1 < len(headers) else len(text)
        body = " ".join(text[found.end() : end].split())
        if len(body) < _MIN_BODY:
            continue
        opener = posts[0].author if posts else ""
        posts.append(Post(author=name, text=body, on_post_by="" if opener in ("", name) else opener,
                          date=_day(found["date"])))  # fmt: skip
        people.setdefault(name, PersonRecord(name=name, context=body[:600], read_from=(AUTHOR_MARK,)))
    return tuple(dict.fromkeys(posts)), tuple(people.values())
