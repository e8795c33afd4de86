"""A staff schedule posted where anyone can read it: a department's reading, clinic or call grid with a column per
weekday, whose row for the subject gives the room and the hours they are in it each day ("Leung, Kelvin K. · EMG lab
CE507 8-4 · EEG reading · ..."). Not the practice's address a patient books at: the one room, and when, where
anyone who wants to find the doctor can wait for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, site_name
from footprint.models import Finding, Match, PageKind

_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
# A grid's header: three weekdays or more in a row ("Physician Mon Tue Wed Thu Fri Weekend call").
_WEEK_HEADER = re.compile(rf"\b{_DAY}(?:\s+{_DAY}){{2,}}\b")
# A room as a schedule writes it ("CE507", "Room 210", "Rm 4B") followed by the hours in it ("8-4", "7:30–3").
_ROOM_HOURS = re.compile(
    r"\b(?P<room>(?:Room|Rm\.?|Suite)\s+\w{1,6}|[A-Z]{1,3}\d{2,4}[A-Z]?)\s+"
    r"(?P<hours>\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)(?!\d)"
)
_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.DIRECTORY_LISTING})


def room_and_hours(ctx: Context, m: Match) -> Iterator[Finding]:
    """The subject's row of a posted weekly grid names a room and the hours they are in it."""
    person = m.person
    if person is None or m.page.kind not in _KINDS or not m.result.decision.is_match:
        return
    if not _WEEK_HEADER.search(m.page.text):
        return
    row = person.context.split(" [page:")[0]
    found = _ROOM_HOURS.search(row)
    if found is None:
        return
    where = f"{found['room']} {found['hours']}"
    title = f"A schedule on {site_name(ctx, m.page.site_id)} gives the room and hours you are in each week"
    yield emit(ctx, m, "location_exposure", where, title, row, key=f"schedule {m.page.url}")
