"""Public JSON APIs as Extracted records: NPPES, CMS Open Payments, Bluesky, Google Places.

- NPPES NPI Registry v2.1: ``{"result_count", "results": [{"number", "basic", "addresses", "taxonomies"}]}``.
- CMS Open Payments DKAN datastore query: ``{"results": [row, ...], "count"}``; rows hold the payer
  (``applicable_manufacturer_or_applicable_gpo_making_payment_name``), the amount as a string
  (``total_amount_of_payment_usdollars``), ``program_year`` and the nature of the payment.
  Payments are summed per payer, year and nature.
- Bluesky ``app.bsky.actor.getProfile``: ``{"did", "handle", "displayName", "description"}``.
- Google Places Find Place from Text: ``{"candidates": [{"name", "formatted_address", "rating",
  "user_ratings_total"}], "status"}``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from footprint.models import Extracted, Page, Parser, Payment, PersonRecord, Rating

JsonReader = Callable[[Any, Page], Extracted]


def _base(page: Page, **fields: Any) -> Extracted:
    probe = page.probe
    return Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, search_rank=probe.rank, **fields)


def npi(data: Any, page: Page) -> Extracted:
    from footprint.identity import npi_record_from_api

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
    return _base(page, title=title, people=tuple(people), payments=found)


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


def google_places(data: Any, page: Page) -> Extracted:
    from footprint.extract.html import parse_address

    raw = data.get("candidates") if isinstance(data, dict) else None
    people = []
    rating = None
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        address = str(item.get("formatted_address") or "").replace(", United States", "")
        people.append(PersonRecord(name=str(item.get("name") or ""), addresses=(parse_address(address),)))
        if rating is None and isinstance(item.get("rating"), int | float):
            count = item.get("user_ratings_total")
            rating = Rating(float(item["rating"]), 5.0, int(count) if isinstance(count, int) else None)
    return _base(page, title=people[0].name if people else "", people=tuple(people), rating=rating)


PARSERS: dict[Parser, JsonReader] = {
    Parser.NPI: npi,
    Parser.OPEN_PAYMENTS: open_payments,
    Parser.BLUESKY_PROFILE: bluesky_profile,
    Parser.GOOGLE_PLACES: google_places,
}
