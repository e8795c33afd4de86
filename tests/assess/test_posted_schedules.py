"""A department's weekly grid posted where anyone can read it gives the physician's row a room and the hours they
are in it each day ("EMG lab CE507 8-4"): where and when to find them. A row that says only what they do ("EEG
reading", "Clinic"), or a page with no weekday columns, gives no room and hours."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Odalys Fennimore"), ())


def _found(row: str, header: str = "Physician Mon Tue Wed Thu Fri Weekend call") -> list[str]:
    me = PersonRecord(name="Odalys Fennimore", context=f"Fennimore, Odalys · {row} [page: Q4 reading schedule]",
                      read_from=("name:card",))  # fmt: skip
    page = Extracted(url="https://health.example.org/neuro/reading-schedule", site_id="health.example.org",
                     kind=PageKind.OTHER, title="Q4 reading schedule", people=(me,),
                     text=f"Q4 reading schedule {header} Fennimore, Odalys {row}")  # fmt: skip
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))
    return [f.excerpt for f in assess(WHO, [matched], {}) if f.category == "location_exposure"]


def test_her_row_of_a_posted_weekly_grid_gives_the_room_and_hours_she_is_in() -> None:
    found = _found("EMG lab CE507 8-4 · EEG reading · EMG lab CE507 8-4 · Clinic 1-5 · Off")
    assert found and "CE507 8-4" in found[0]


def test_a_row_without_a_room_or_a_page_without_weekday_columns_gives_none() -> None:
    assert not _found("EEG reading · Clinic · EEG reading · Off · Clinic")
    assert not _found("EMG lab CE507 8-4", header="Physician Specialty Location")
