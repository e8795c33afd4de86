"""A doctor who took an English name ("Dr. Sharon Fang") is registered under the given one (XIAOYU FANG): the
registry knows no Sharon Fang in the state, and its one physician of the family name there is kept as a namesake
the pages can choose, not as the subject by the family name alone. Pages on two sites presenting a Dr. Sharon
Fang of that record's field and town choose it (``match.consensus``); pages of another field choose nothing."""

from __future__ import annotations

import json
from dataclasses import replace

from pytest_httpserver import HTTPServer

from footprint.config import NpiSettings, Settings
from footprint.fetch import Fetcher
from footprint.identity import make_subject
from footprint.match import match
from footprint.match.consensus import by_the_web
from footprint.models import Address, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord
from footprint.registry import resolve
from footprint.sites.presence import fixtures_dir

BY_NAME = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Sharon",
           "last_name": "Fang", "use_first_name_alias": "True", "state": "KS"}  # fmt: skip
BY_FAMILY = {k: v for k, v in BY_NAME.items() if k not in ("first_name", "use_first_name_alias")}


def _registered(first: str, *, count: int = 1) -> dict:
    base = json.loads((fixtures_dir() / "npi_registry" / "present.json").read_text())["results"][0]
    numbers = [1686664586, 1245319599, 1234567893, 1690509009, 1686221379][:count]
    out = []
    for number in numbers:
        rec = json.loads(json.dumps(base))
        rec["number"] = number
        rec["basic"] = {**rec["basic"], "first_name": first, "last_name": "FANG", "middle_name": ""}
        rec["addresses"][0]["city"], rec["addresses"][0]["state"] = "WICHITA", "KS"
        rec["taxonomies"][0]["desc"] = "Internal Medicine, Infectious Disease"
        out.append(rec)
    return {"result_count": len(out), "results": out}


def _resolved(httpserver: HTTPServer, family: dict) -> Identity:
    settings = replace(Settings(), npi=NpiSettings(base_url=httpserver.url_for("/api/")))
    httpserver.expect_request("/api/", query_string=BY_NAME).respond_with_json({"result_count": 0, "results": []})
    httpserver.expect_request("/api/", query_string=BY_FAMILY).respond_with_json(family)
    httpserver.expect_request("/api/").respond_with_json({"result_count": 0, "results": []})
    who, _ = resolve(make_subject("Dr. Sharon Fang", state="KS"), settings, Fetcher(settings).fetch)
    return who


def test_the_one_physician_of_the_family_name_in_the_state_is_a_namesake_the_pages_may_choose(
    httpserver: HTTPServer,
) -> None:
    who = _resolved(httpserver, _registered("XIAOYU"))
    assert who.npi_record is None
    assert [r.first_name.upper() for r in who.npi_namesakes] == ["XIAOYU"]


def test_many_physicians_of_the_family_name_in_the_state_are_no_candidates(httpserver: HTTPServer) -> None:
    assert _resolved(httpserver, _registered("XIAOYU", count=5)).npi_namesakes == ()


RECORD = NpiRecord("1686664586", "XIAOYU", "FANG", "", "MD", ("Internal Medicine, Infectious Disease",),
                   (Address("1 Main St", "Wichita", "KS", "67214", "LOCATION"),))  # fmt: skip
WHO = Identity(make_subject("Dr. Sharon Fang", state="KS"), (), None, 1, (RECORD,))


def _chosen(field: str) -> Identity:
    pages = [
        Extracted("https://ratings.example/sharon-fang", "ratings.example", PageKind.RATINGS_PROFILE,
                  people=(PersonRecord("Dr. Sharon Fang, MD", specialties=(field,)),)),
        Extracted("https://clinic.example/our-doctors/sharon-fang", "clinic.example", PageKind.DIRECTORY_LISTING,
                  people=(PersonRecord("Sharon Fang, MD", specialties=(field,),
                                       addresses=(Address("", "Wichita", "KS"),)),)),
    ]  # fmt: skip
    first = tuple(Match(p, match(WHO, p)) for p in pages)
    assert not any(m.result.decision.is_match for m in first)  # the name and the state alone
    who, _ = by_the_web(WHO, first, lambda known, page: match(known, page))
    return who


def test_pages_on_two_sites_of_that_records_field_and_town_choose_it() -> None:
    assert _chosen("Infectious Disease").npi_record == RECORD


def test_pages_of_another_field_choose_nothing() -> None:
    assert _chosen("Psychiatry").npi_record is None
