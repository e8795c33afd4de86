"""NPPES lookup against a local server in the v2.1 shape: choice by specialty and city, check digits, errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pytest_httpserver import HTTPServer

from footprint.config import NpiSettings, Settings
from footprint.fetch import Fetcher
from footprint.identity import make_subject, resolve
from footprint.models import CoverageStatus
from footprint.sites.presence import fixtures_dir

RECORD = json.loads((fixtures_dir() / "npi_registry" / "present.json").read_text())["results"][0]


def _record(number: int, city: str, taxonomy: str) -> dict:
    rec = json.loads(json.dumps(RECORD))
    rec["number"] = number
    rec["addresses"][0]["city"] = city.upper()
    rec["taxonomies"][0]["desc"] = taxonomy
    return rec


def _settings(server: HTTPServer) -> Settings:
    return replace(Settings(), npi=NpiSettings(base_url=server.url_for("/api/")))


def test_name_and_state_lookup_picks_the_record_by_specialty_and_city(httpserver: HTTPServer) -> None:
    answer = {"result_count": 3, "results": [
        _record(1234567893, "Salem", "Pediatrics"),
        _record(1245319599, "Portland", "Family Medicine"),
        _record(1234567890, "Portland", "Family Medicine"),  # fails its check digit
    ]}  # fmt: skip
    httpserver.expect_request(
        "/api/",
        query_string={"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Ansel",
                      "last_name": "Marrowby", "use_first_name_alias": "True", "state": "OR"},
    ).respond_with_json(answer)  # fmt: skip
    subject = make_subject("Dr. Ansel Marrowby", specialty="Family Medicine", city="Portland", state="OR")
    who, row = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert who.npi_candidates == 2 and row.status == CoverageStatus.FOUND


def test_registry_errors_are_a_coverage_row_not_a_crash(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/api/").respond_with_json(
        {"Errors": [{"description": "No valid search criteria provided", "field": "generic", "number": "04"}]}
    )
    subject = make_subject("Dr. Ansel Marrowby", state="OR")
    who, row = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None
    assert row.status == CoverageStatus.HTTP_ERROR and "No valid search criteria" in row.detail
