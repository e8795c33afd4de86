"""Public JSON APIs as Extracted records: NPPES, CMS Open Payments, Bluesky, Google Places.

- NPPES NPI Registry v2.1: ``{"result_count", "results": [{"number", "basic", "addresses", "taxonomies"}]}``.
- CMS Open Payments DKAN datastore query: ``{"results": [row, ...], "count"}``; rows hold the payer
  (``applicable_manufacturer_or_applicable_gpo_making_payment_name``), the amount as a string
  (``total_amount_of_payment_usdollars``), ``program_year`` and the nature of the payment.
  Payments are summed per payer, year and nature. A year's first page links the rest of its rows
  (``offset`` in steps of ``limit``) when ``count`` says there are more than one page holds.
- Medicare Care Compare's clinicians (CMS Provider Data Catalog, the same DKAN datastore): read in
  :mod:`footprint.extract.care_compare`.
- ClinicalTrials.gov API v2 (a search listing studies, one study naming its people): read in
  :mod:`footprint.extract.clinicaltrials`.
- Bluesky ``app.bsky.actor.getProfile``: ``{"did", "handle", "displayName", "description"}``.
- Google Places API (New), camelCase fields chosen by the request's field mask: Text Search
  ``{"places": [{"id", "displayName": {"text"}, "formattedAddress", "nationalPhoneNumber", ...}]}``
  (``{}`` when nothing matches) and Place Details ``{"id", "displayName", "rating",
  "userRatingCount", "reviews": [{"rating", "text": {"text"}, "publishTime", "authorAttribution"}]}``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from footprint.extract import clinicaltrials
from footprint.extract.care_compare import care_compare
from footprint.models import Extracted, Page, PageKind, Parser, Payment, PersonRecord, Rating, Review

JsonReader = Callable[[Any, Page], Extracted]


def _base(page: Page, **fields: Any) -> Extracted:
    probe = page.probe
    return Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, search_rank=probe.rank, **fields)


def npi(data: Any, page: Page) -> Extracted:
    from footprint.npi_api import npi_record_from_api

    items = data.get("results") if isinstance(data, dict) else None
    people = []
    for item in items if isinstance(items, list) else []:
        rec = npi_record_from_api(item) if isinstance(item, dict) else None
        if rec is None:
            continue
        name = " ".join(p for p in (rec.first_name, rec.middle_name, rec.last_name) if p)
        people.append(
            PersonRecord(
                name=name,
                credentials=(rec.credential,) if rec.credential else (),
                specialties=rec.taxonomies,
                addresses=rec.addresses,
                phones=rec.phones,
                npi=rec.number,
            )
        )
    title = f"NPI {people[0].npi}: {people[0].name}" if people else ""
    return _base(page, title=title, people=tuple(people))


PAYER = "applicable_manufacturer_or_applicable_gpo_making_payment_name"
AMOUNT = "total_amount_of_payment_usdollars"
NATURE = "nature_of_payment_or_transfer_of_value"


def _amount(value: Any) -> float:
    try:
        return float(str(value).replace(",", "").replace("$", ""))
    except ValueError:
        return 0.0


def _year(row: dict[str, Any]) -> int:
    text = str(row.get("program_year") or "") or str(row.get("date_of_payment") or "")[-4:]
    return int(text) if text.isdigit() else 0


def payments(rows: list[dict[str, Any]]) -> tuple[Payment, ...]:
    """Rows summed per payer, program year and nature, largest first."""
    totals: dict[tuple[str, int, str], float] = defaultdict(float)
    for row in rows:
        payer = str(row.get(PAYER) or "").strip()
        if payer:
            totals[(payer, _year(row), str(row.get(NATURE) or "").strip())] += _amount(row.get(AMOUNT))
    out = [Payment(payer, round(total, 2), year, nature) for (payer, year, nature), total in totals.items()]
    return tuple(sorted(out, key=lambda p: (-p.amount_usd, p.payer, p.year)))


def open_payments(data: Any, page: Page) -> Extracted:
    raw = data.get("results") if isinstance(data, dict) else None
    rows = [r for r in raw if isinstance(r, dict)] if isinstance(raw, list) else []
    people: list[PersonRecord] = []
    if rows:
        first = rows[0]
        name = f"{first.get('covered_recipient_first_name') or ''} {first.get('covered_recipient_last_name') or ''}"
        npi_number = str(first.get("covered_recipient_npi") or "") or None
        people.append(PersonRecord(name=name.strip().title(), npi=npi_number))
    found = payments(rows)
    total = sum(p.amount_usd for p in found)
    title = f"Open Payments: ${total:,.2f} from {len({p.payer for p in found})} payer(s)" if found else ""
    more = _next_pages(page.probe.url, data.get("count") if isinstance(data, dict) else None, len(rows))
    return _base(page, title=title, people=tuple(people), payments=found, links=more)


DATASTORE_PAGES = 20  # a year's first 10,000 rows (500 a page); a physician with more is still flagged
OFFSET = re.compile(r"(^|&)offset=\d+")


def _next_pages(url: str, count: Any, got: int) -> tuple[str, ...]:
    """From a year's first page: the URLs of the rest of its rows (``count`` of them), ``limit`` at a time.

    The datastore answers at most 500 rows a query; the rest are read with ``offset``.
    """
    parts = urlsplit(url)
    fields = dict(parse_qsl(parts.query, keep_blank_values=True))
    try:
        offset, limit = int(fields.get("offset", "")), int(fields.get("limit", ""))
    except ValueError:
        return ()
    if offset != 0 or limit <= 0 or got < limit or not isinstance(count, int) or isinstance(count, bool):
        return ()
    # Only the offset changes: the rest of the query stays byte for byte as the definition wrote it.
    return tuple(
        urlunsplit(parts._replace(query=OFFSET.sub(rf"\g<1>offset={start}", parts.query)))
        for start in range(limit, min(count, limit * DATASTORE_PAGES), limit)
    )


def bluesky_profile(data: Any, page: Page) -> Extracted:
    if not isinstance(data, dict) or "did" not in data:
        return _base(page)
    from footprint.extract.entities import relatives_in

    bio = str(data.get("description") or "")
    person = PersonRecord(
        name=str(data.get("displayName") or data.get("handle") or ""),
        handle=str(data.get("handle") or ""),
        practice=bio,
        relatives=relatives_in(bio),  # "mom of Lars (7) & Ingrid (4)"
    )
    return _base(page, title=person.name, people=(person,), text=person.practice)


PLACE_ID = re.compile(r"^[A-Za-z0-9_-]{1,300}$")  # it goes into the Place Details URL: nothing else passes
MAPS_PLACE = "https://www.google.com/maps/place/?q=place_id:{}"  # the human page of a place
PLACES_FOLLOWED = 5  # Place Details of the first places only: each is a billed request


def _text(value: Any, key: str = "text") -> str:
    """A Places field that is text or ``{"text": ...}`` (``displayName``, a review's ``text``)."""
    if isinstance(value, dict):
        value = value.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _place(item: dict[str, Any]) -> PersonRecord:
    from footprint.extract.html import parse_address

    name = _text(item.get("displayName"))
    address = _text(item.get("formattedAddress")).removesuffix(", USA").removesuffix(", United States")
    phone = _text(item.get("nationalPhoneNumber"))
    return PersonRecord(
        name=name, addresses=(parse_address(address),) if address else (), phones=(phone,) if phone else (),
        practice=name,
    )  # fmt: skip


def google_places_search(data: Any, page: Page) -> Extracted:
    """Text Search (New): the places of ``places[]`` as a listing, with links to each one's details.

    A listing has no rating of its own: the first place may be another doctor's clinic.
    """
    raw = data.get("places") if isinstance(data, dict) else None
    places = [p for p in raw if isinstance(p, dict)] if isinstance(raw, list) else []
    people = tuple(_place(p) for p in places)
    ids = [str(p["id"]) for p in places if isinstance(p.get("id"), str) and PLACE_ID.match(p["id"])]
    links = tuple(MAPS_PLACE.format(i) for i in ids[:PLACES_FOLLOWED])
    found = _base(page, title=people[0].name if people else "", people=people, links=links)
    return replace(found, kind=PageKind.DIRECTORY_LISTING)  # search results, whatever the site's page kind


def google_place_details(data: Any, page: Page) -> Extracted:
    """Place Details (New): one place, its rating (``rating`` of 5, ``userRatingCount``) and ``reviews[]``."""
    if not isinstance(data, dict) or "error" in data or not _text(data.get("displayName")):
        return _base(page)
    place = _place(data)
    rating = None
    if isinstance(data.get("rating"), int | float) and not isinstance(data.get("rating"), bool):
        count = data.get("userRatingCount")
        rating = Rating(float(data["rating"]), 5.0, count if isinstance(count, int) else None)
    reviews = []
    listed = data.get("reviews")
    for item in listed if isinstance(listed, list) else []:
        if not isinstance(item, dict):
            continue
        stars = item.get("rating")
        reviews.append(
            Review(
                rating=float(stars) if isinstance(stars, int | float) and not isinstance(stars, bool) else None,
                scale=5.0,
                text=_text(item.get("text")) or _text(item.get("originalText")),
                date=_text(item.get("publishTime"))[:10],
                author=_text(item.get("authorAttribution"), "displayName"),
            )
        )
    return _base(page, title=place.name, people=(place,), rating=rating, reviews=tuple(reviews))


PARSERS: dict[Parser, JsonReader] = {
    Parser.NPI: npi,
    Parser.OPEN_PAYMENTS: open_payments,
    Parser.CARE_COMPARE: care_compare,
    Parser.CLINICALTRIALS_SEARCH: clinicaltrials.search,
    Parser.CLINICALTRIALS_STUDY: clinicaltrials.study,
    Parser.BLUESKY_PROFILE: bluesky_profile,
    Parser.GOOGLE_PLACES_SEARCH: google_places_search,
    Parser.GOOGLE_PLACE_DETAILS: google_place_details,
}
