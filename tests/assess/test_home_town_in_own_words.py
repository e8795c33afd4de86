"""The physician's own blog says in its About box which town their home is in ("Oncologist by day ... home in
Magna"), a town apart from the practice's: the report flags where strangers can look for them. The practice's own
city, and an obituary's "died at home in Magna" on a page someone else wrote, say nothing of the kind."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

PRACTICE = Address("1950 Medical Dr Suite 2100", "Salt Lake City", "UT", "84112", "LOCATION")
WHO = Identity(make_subject("Dr. Sefo Havili"), (), NpiRecord("1245319599", "SEFO", "HAVILI", addresses=(PRACTICE,)))


def _places(about: str, layer: str = "name:author", kind: PageKind = PageKind.OTHER) -> list[str]:
    me = PersonRecord(name="Sefo H.", context=f"by Sefo H. · {about} [page: Pit day]", read_from=(layer,))
    page = Extracted(url="https://sefocooks.example.com/2026/07/pit-day.html", site_id="sefocooks.example.com",
                     kind=kind, title="Pit day", people=(me,), text=f"Pit day. {about}")  # fmt: skip
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))
    return [f.title for f in assess(WHO, [matched], {}) if f.category == "location_exposure"]


def test_his_own_about_box_naming_the_town_of_his_home_is_a_location_exposure() -> None:
    found = _places("Oncologist by day, cook by weekend. From Nuku'alofa, home in Magna.")
    assert found and "Magna" in found[0]


def test_the_practice_city_or_an_obituary_by_someone_else_says_nothing_of_his_home() -> None:
    assert not _places("Oncologist by day, cook by weekend. Home in Salt Lake City.")
    assert not _places("Sefo's uncle died peacefully at home in Magna.", layer="name:text", kind=PageKind.NEWS)
