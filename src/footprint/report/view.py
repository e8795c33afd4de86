"""What the HTML report shows beyond the document: rankings, comparisons, ratings.

Everything here is derived from the scan and its document and stays plain
text; the template escapes it. Kept apart from the template so that the
logic (which actions come first, which listing differs from the NPI
record) is tested as code, not as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from footprint.assess.detectors import street_key
from footprint.extract.entities import display_phone, normalise_phone
from footprint.identity import fold
from footprint.models import (
    LISTING_KINDS,
    FindingStatus,
    Match,
    NpiRecord,
    PersonRecord,
    Scan,
    Severity,
)
from footprint.sites.labels import site_label
from footprint.specialties import different_specialty

SEVERITIES = tuple(sorted(Severity, key=lambda s: -s.rank))  # worst first, as the report lists them
NEGATIVE_AT_MOST = 2.0  # out of five: a review at or below this is listed as negative

_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%m/%d/%Y", "%d %B %Y", "%d %b %Y", "%B %Y")


def top_actions(findings: list[dict[str, Any]], limit: int = 5) -> list[dict[str, Any]]:
    """The findings whose fixes matter most: worst severity, then new ones, then the surest match."""
    ranked = sorted(
        findings,
        key=lambda f: (-Severity(f["severity"]).rank, f.get("status") != FindingStatus.NEW, -f["match_confidence"]),
    )
    return ranked[:limit]


@dataclass(frozen=True)
class ChangedFinding:
    """A finding named in the changes section: its title and site in words, and a link when it is in this report."""

    title: str
    site_name: str
    severity: str
    anchor: str = ""  # the finding's id in this report ("" for one that is gone)
    note: str = ""


@dataclass(frozen=True)
class RatingMove:
    site_name: str
    url: str
    before: float
    after: float
    before_count: int | None
    after_count: int | None

    @property
    def words(self) -> str:
        direction = "fell" if self.after < self.before else "rose"
        counts = ""
        if self.before_count is not None and self.after_count is not None and self.before_count != self.after_count:
            counts = f" ({self.before_count} → {self.after_count} reviews)"
        return f"{direction} from {self.before:.1f} to {self.after:.1f} of 5{counts}"


@dataclass(frozen=True)
class ChangeSummary:
    since: str
    since_date: str  # when the previous scan finished, YYYY-MM-DD HH:MM UTC ("" when not known)
    new: tuple[ChangedFinding, ...]
    changed: tuple[ChangedFinding, ...]
    resolved: tuple[ChangedFinding, ...]
    not_rechecked: tuple[ChangedFinding, ...] = ()
    ratings: tuple[RatingMove, ...] = ()
    negative_reviews: tuple[ReviewView, ...] = ()
    other_reviews: int = 0


def _named(f: dict[str, Any], anchor: bool) -> ChangedFinding:
    name = f.get("site_name") or site_label(f.get("site", ""))
    return ChangedFinding(f.get("title", ""), name, f.get("severity", ""), f["id"] if anchor else "")


def changes(doc: dict[str, Any]) -> ChangeSummary | None:
    """The changes since the last scan, each finding by its title and site (resolved ones as the history
    stored them), rating moves and new reviews of two stars or less."""
    raw = doc.get("changes")
    if not raw:
        return None
    by_id = {f["id"]: f for f in doc["findings"]}
    gone = {f["id"]: f for f in raw.get("resolved_findings") or ()}
    resolved = tuple(
        _named(gone[i], anchor=False) if i in gone else ChangedFinding(f"finding {i}", "", "")
        for i in raw.get("resolved", ())
    )
    unchecked = tuple(
        replace(_named(f, anchor=False), note=f"your {site_label(f.get('export') or '')} export was not given")
        for f in raw.get("not_rechecked") or ()
    )
    moves = tuple(
        RatingMove(
            r.get("site_name") or site_label(r["site"]),
            r["url"],
            _five(r["before"]),
            _five(r["after"]),
            r["before"].get("count"),
            r["after"].get("count"),
        )
        for r in raw.get("ratings", ())
        if r["before"].get("scale") and r["after"].get("scale")
    )
    negative, other = [], 0
    for n in raw.get("reviews", ()):
        stars = round(n["rating"] / n["scale"] * 5.0, 1) if n.get("rating") is not None and n.get("scale") else None
        if stars is not None and stars <= NEGATIVE_AT_MOST:
            name = n.get("site_name") or site_label(n["site"])
            negative.append(ReviewView(name, stars, n.get("date", ""), n.get("text", ""), ""))
        else:
            other += 1
    finished = raw.get("since_finished_at") or ""
    return ChangeSummary(
        since=raw.get("since_scan_id", ""),
        since_date=finished[:16].replace("T", " ") + " UTC" if finished else "",
        new=tuple(_named(by_id[i], anchor=True) for i in raw.get("new", ()) if i in by_id),
        changed=tuple(_named(by_id[i], anchor=True) for i in raw.get("changed", ()) if i in by_id),
        resolved=resolved,
        not_rechecked=unchecked,
        ratings=moves,
        negative_reviews=tuple(negative),
        other_reviews=other,
    )


def _five(r: dict[str, Any]) -> float:
    return round(float(r["value"]) / float(r["scale"]) * 5.0, 2)


@dataclass(frozen=True)
class ReviewView:
    site: str
    stars: float | None
    date: str
    text: str
    reply: str


@dataclass(frozen=True)
class RatingRow:
    site: str
    url: str
    stars: float
    count: int | None
    last_review: str


def _parse_date(text: str) -> datetime | None:
    cleaned = text.strip()
    try:
        return datetime.fromisoformat(cleaned.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


def latest_date(dates: list[str]) -> str:
    """The most recent of the review dates, as YYYY-MM-DD; the first one as written when none parses."""
    parsed = [d for d in (_parse_date(x) for x in dates if x) if d is not None]
    if parsed:
        return max(parsed).strftime("%Y-%m-%d")
    return next((d for d in dates if d), "")


def _confirmed(scan: Scan) -> list[Match]:
    return [m for m in scan.matches if m.result.decision.is_match]


def rating_rows(scan: Scan) -> list[RatingRow]:
    """Each confirmed profile's rating out of five, with its review count and latest review date."""
    rows = []
    for m in _confirmed(scan):
        page = m.page
        if page.rating is None or not page.rating.scale:
            continue
        rows.append(
            RatingRow(
                site=site_label(page.site_id),
                url=page.url,
                stars=min(5.0, max(0.0, page.rating.out_of_five)),
                count=page.rating.count,
                last_review=latest_date([r.date for r in page.reviews]),
            )
        )
    return rows


def negative_reviews(scan: Scan) -> list[ReviewView]:
    """Reviews on confirmed profiles rated at or below two stars out of five, most recent first."""
    found = []
    for m in _confirmed(scan):
        for r in m.page.reviews:
            if r.rating is None or not r.scale:
                continue
            stars = r.rating / r.scale * 5.0
            if stars <= NEGATIVE_AT_MOST:
                found.append(ReviewView(site_label(m.page.site_id), round(stars, 1), r.date, r.text, r.reply))
    return sorted(found, key=lambda r: _parse_date(r.date) or datetime.min, reverse=True)


@dataclass(frozen=True)
class Cell:
    """One value in the listings table; ``differs`` when it disagrees with the NPI record."""

    text: str
    differs: bool = False


@dataclass(frozen=True)
class ListingRow:
    source: str
    url: str
    name: tuple[Cell, ...]
    addresses: tuple[Cell, ...]
    phones: tuple[Cell, ...]
    specialties: tuple[Cell, ...]
    reference: bool = False

    @property
    def differences(self) -> int:
        return sum(c.differs for c in (*self.name, *self.addresses, *self.phones, *self.specialties))


def _npi_row(npi: NpiRecord) -> ListingRow:
    full = " ".join(p for p in (npi.first_name, npi.middle_name, npi.last_name) if p)
    located = [a for a in npi.addresses if a.purpose.upper() == "LOCATION"] or list(npi.addresses)
    phones = [display_phone(p) for p in (normalise_phone(x) for x in npi.phones) if p]
    return ListingRow(
        source="NPI registry",
        url="",
        name=(Cell(f"{full}, {npi.credential}" if npi.credential else full),),
        addresses=tuple(Cell(a.one_line()) for a in located),
        phones=tuple(Cell(p) for p in dict.fromkeys(phones)),
        specialties=tuple(Cell(t) for t in npi.taxonomies),
        reference=True,
    )


def _name_differs(person: PersonRecord, npi: NpiRecord) -> bool:
    words = set(fold(person.name).split())
    return not {fold(npi.first_name), fold(npi.last_name)} <= words


def _listing_row(m: Match, npi: NpiRecord | None, person: PersonRecord) -> ListingRow:
    streets = {street_key(a) for a in npi.addresses} - {""} if npi else set()
    npi_phones = {p for p in (normalise_phone(x) for x in npi.phones) if p} if npi else set()
    taxonomies = npi.taxonomies if npi else ()

    def phone_cell(raw: str) -> Cell:
        e164 = normalise_phone(raw)
        return Cell(display_phone(e164) if e164 else raw, bool(npi_phones) and e164 not in npi_phones)

    return ListingRow(
        source=site_label(m.page.site_id),
        url=m.page.url,
        name=(Cell(person.name, npi is not None and _name_differs(person, npi)),),
        addresses=tuple(Cell(a.one_line(), bool(streets) and street_key(a) not in streets) for a in person.addresses),
        phones=tuple(phone_cell(p) for p in person.phones),
        specialties=tuple(
            Cell(s, bool(taxonomies) and all(different_specialty(s, t) for t in taxonomies)) for s in person.specialties
        ),
    )


def listing_rows(scan: Scan) -> list[ListingRow]:
    """The NPI record first, then every confirmed listing, with each differing value marked."""
    npi = scan.identity.npi_record
    rows = [_npi_row(npi)] if npi else []
    for m in _confirmed(scan):
        person = m.page.person
        if m.page.kind in LISTING_KINDS and person is not None:
            rows.append(_listing_row(m, npi, person))
    return rows
