"""The labelled assessment set (tests/data/assess/*.yaml) as typed pages and identities.

Each case describes one or more pages as a scan would have extracted them,
the identity context (a default physician, with overrides), the categories
the assessment must find (``expect``) and the categories it is a look-alike
negative for (``near``). Used by the detector tests and by
``bench/assess_quality.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from footprint.assess import assess
from footprint.extract.entities import normalise_phone
from footprint.identity import make_subject, name_variants
from footprint.match.person import decide
from footprint.models import (
    Address,
    Extracted,
    Finding,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    Payment,
    PersonRecord,
    Photo,
    Post,
    Rating,
    Review,
)
from footprint.sites import SiteDefinition, by_id

CASES_DIR = Path(__file__).resolve().parent / "data" / "assess"

DEFAULT_SUBJECT: dict[str, Any] = {
    "name": "Dr. Daniel K. Ashworth, MD",
    "specialty": "Internal Medicine",
    "city": "Columbus",
    "state": "OH",
    "handles": ["@dashworth@mastodon.social"],
    "known_urls": ["https://www.ashworthinternalmed.com/"],
}
DEFAULT_NPI = NpiRecord(
    number="1518293764",
    first_name="DANIEL",
    last_name="ASHWORTH",
    middle_name="K",
    credential="M.D.",
    taxonomies=("Internal Medicine",),
    addresses=(
        Address("1200 Olentangy River Rd Suite 310", "Columbus", "OH", "43212", "LOCATION"),
        Address("PO Box 8812", "Columbus", "OH", "43208", "MAILING"),
    ),
    phones=("614-555-0130",),
)


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    expect: frozenset[str]
    near: frozenset[str]
    identity: Identity
    matches: tuple[Match, ...]


def _address(raw: dict[str, Any]) -> Address:
    return Address(**{k: str(v) for k, v in raw.items()})


def _person(raw: dict[str, Any]) -> PersonRecord:
    return PersonRecord(
        name=raw["name"],
        credentials=tuple(raw.get("credentials", ())),
        specialties=tuple(raw.get("specialties", ())),
        addresses=tuple(_address(a) for a in raw.get("addresses", ())),
        phones=tuple(p for p in (normalise_phone(str(x)) for x in raw.get("phones", ())) if p),
        emails=tuple(raw.get("emails", ())),
        npi=raw.get("npi"),
        age=raw.get("age"),
        birth_date=str(raw.get("birth_date", "")),
        relatives=tuple(raw.get("relatives", ())),
        practice=raw.get("practice", ""),
        handle=raw.get("handle", ""),
    )


def _page(raw: dict[str, Any], case_id: str, n: int) -> Match:
    site = raw.get("site", "example")
    rating = raw.get("rating")
    page = Extracted(
        url=raw.get("url", f"https://www.{site}.example/{case_id}/{n}"),
        site_id=site,
        kind=PageKind(raw.get("kind", "other")),
        title=raw.get("title", ""),
        people=tuple(_person(p) for p in raw.get("people", ())),
        rating=Rating(**rating) if rating else None,
        reviews=tuple(Review(**{"scale": 5.0, "text": "", **r}) for r in raw.get("reviews", ())),
        photos=tuple(
            Photo(**{**p, "tagged": tuple(p.get("tagged", ())), "gps": tuple(p["gps"]) if p.get("gps") else None})
            for p in raw.get("photos", ())
        ),
        posts=tuple(Post(**{**p, "mentions": tuple(p.get("mentions", ()))}) for p in raw.get("posts", ())),
        text=raw.get("text", ""),
        payments=tuple(Payment(**p) for p in raw.get("payments", ())),
        claimed=raw.get("claimed"),
        business=_person({"name": "", **raw["business"]}) if raw.get("business") else None,
    )
    score = float(raw.get("score", 0.95))
    return Match(page, MatchResult(score, decide(score), ("labelled",)))


def _identity(raw: dict[str, Any]) -> Identity:
    fields = {**DEFAULT_SUBJECT, **raw.get("subject", {})}
    subject = make_subject(fields.pop("name"), **fields)
    npi = raw.get("npi", True)
    # ``npi: {last_name: ...}`` changes fields of the default record; ``npi: false`` drops it.
    record = replace(DEFAULT_NPI, **npi) if isinstance(npi, dict) else DEFAULT_NPI if npi else None
    return Identity(subject, name_variants(subject), record)


def load_cases(folder: Path = CASES_DIR) -> list[Case]:
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            pages = raw.get("pages") or [raw["page"]]
            cases.append(
                Case(
                    id=raw["id"],
                    file=path.name,
                    expect=frozenset(raw.get("expect", ())),
                    near=frozenset(raw.get("near", ())),
                    identity=_identity(raw),
                    matches=tuple(_page(p, raw["id"], n) for n, p in enumerate(pages)),
                )
            )
    return cases


@cache
def sites() -> dict[str, SiteDefinition]:
    return by_id()


def findings_for(case: Case) -> tuple[Finding, ...]:
    return assess(case.identity, case.matches, sites())


def categories_for(case: Case) -> frozenset[str]:
    return frozenset(c for f in findings_for(case) for c in f.all_categories)
