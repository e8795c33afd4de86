"""One Duluth physician, Dr. Ferdinand Ashgrove, on a club's page matched to him: the pages of the community-page
assessment tests, each given its text, and the excerpts a category's findings quote."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

SUBJECT = make_subject("Dr. Ferdinand Ashgrove", city="Duluth", state="MN")
FERD = Identity(SUBJECT, ())
ME = PersonRecord(name="Ferdinand Ashgrove")


def page(text: str, kind: PageKind = PageKind.OTHER, title: str = "News | Lakeside Club", **more: object) -> Extracted:
    return Extracted(url="https://club.example/news/1", site_id="club.example", kind=kind, title=title,
                     people=(more.pop("me", ME),), text=text, **more)  # type: ignore[arg-type]  # fmt: skip


def found(on: Extracted, category: str) -> list[str]:
    person = on.people[0] if on.people else None
    matched = Match(on, MatchResult(0.8, Decision.LIKELY, (), person, 0))
    return [f.excerpt for f in assess(FERD, [matched], {}) if category in f.all_categories]
