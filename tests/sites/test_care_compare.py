"""Medicare Care Compare (docs/evidence/care_compare.md): the doctor's profile, read by NPI from CMS's Provider Data
Catalog, over the answers in tests/data/real_web/care_compare and a real local server.

With the NPI known footprint opens the profile a patient opens (its data through the datastore), reads every practice
location, phone and specialty, keeps the medical school and graduation year as the record's details, and compares the
locations with the NPI record as any listing's. No rows is "not found"; an error answer is "could not check".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from footprint.assess import assess
from footprint.config import Settings
from footprint.extract import extract
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import (
    Address,
    CoverageStatus,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    Parser,
    ProbePurpose,
    Skipped,
)
from footprint.probes import site_probes
from footprint.sites import by_id
from tests.sites._one_site import coverage_row

SITE = by_id()["care_compare"]
NPI = "1749023853"
PROFILE = f"https://www.medicare.gov/care-compare/details/physician/{NPI}"
QUERY = "/provider-data/api/1/datastore/query/mj5m-pzi6/0"
ANSWERS = Path(__file__).resolve().parents[1] / "data" / "real_web" / "care_compare"
RECORD = NpiRecord(
    number=NPI,
    first_name="WREN",
    last_name="HALVORSEN",
    middle_name="A",
    credential="M.D.",
    taxonomies=("Dermatology",),
    addresses=(Address("2250 NW Flanders St Ste 310", "Portland", "OR", "97210", "LOCATION"),),
    phones=("503-555-0142",),
)


def _identity(npi: str | None = NPI) -> Identity:
    subject = make_subject("Dr. Wren Halvorsen, MD", npi=npi, specialty="Dermatology", city="Portland", state="OR")
    return Identity(subject, name_variants(subject), npi_record=RECORD if npi else None)


def _answer(name: str) -> str:
    return (ANSWERS / name).read_text(encoding="utf-8")


def _fetcher(server: HTTPServer) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0}, mirrors={"https://data.cms.gov": server.url_for("").rstrip("/")}
    )
    return Fetcher(settings, sites={SITE.id: SITE})


def _serve(server: HTTPServer, body: str, status: int = 200) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request(QUERY).respond_with_data(body, status=status, content_type="application/json")


def test_with_the_npi_known_footprint_opens_the_patients_profile_through_the_datastore() -> None:
    [probe] = site_probes(_identity(), [SITE])
    assert probe.page_url == PROFILE  # the link the report shows is the page a patient opens
    assert probe.url.startswith("https://data.cms.gov/provider-data/api/1/datastore/query/mj5m-pzi6/0?")
    assert f"conditions[0][property]=npi&conditions[0][operator]=%3D&conditions[0][value]={NPI}" in probe.url
    assert (probe.purpose, probe.parser, probe.page_kind) == (ProbePurpose.API, Parser.CARE_COMPARE, SITE.page_kind)
    assert site_probes(_identity(npi=None), [SITE]) == []  # no NPI, nothing to ask
    # A link web search gives with a tab or the state after the NPI is the same doctor's data.
    assert SITE.api_for(f"{PROFILE}/view-all?state=OR") == (probe.url, Parser.CARE_COMPARE)
    assert SITE.api_for("https://www.medicare.gov/care-compare/details/hospital/380009") is None


def test_every_practice_location_phone_and_specialty_is_the_one_clinician_s(httpserver: HTTPServer) -> None:
    _serve(httpserver, _answer("datastore_query.json"))
    [probe] = site_probes(_identity(), [SITE])
    page = _fetcher(httpserver).fetch(probe)
    assert isinstance(page, Page)
    data = extract(page, SITE)
    [person] = data.people
    assert (person.name, person.credentials, person.npi) == ("Wren A Halvorsen", ("MD",), NPI)
    assert person.specialties == ("Dermatology", "Micrographic Dermatologic Surgery (MDS)")
    assert [a.one_line() for a in person.addresses] == [
        "2250 NW Flanders St Ste 310, Portland, OR 97210-1187",
        "1015 NW 22nd Ave, Portland, OR 97210",
    ]
    assert person.phones == ("+15035550142", "+15035550167")
    assert person.read_from == ("name:API JSON", "record:API JSON")
    assert data.url == PROFILE and data.from_api
    assert data.title == "Care Compare: Wren A Halvorsen, MD (Dermatology), 2 practice locations"
    # What the profile says that footprint keeps no field for: the record's details, shown with it.
    assert "Graduation year: 2005." in data.text
    assert "Medical school: Oregon Health & Science University School of Medicine." in data.text
    assert "Groups: Cedar Hollow Dermatology LLC; Riverbend Skin Institute PC." in data.text
    assert "Telehealth: offered." in data.text and "Gender: female." in data.text


def test_an_npi_the_file_does_not_hold_is_no_one(httpserver: HTTPServer) -> None:
    _serve(httpserver, _answer("datastore_query_empty.json"))
    [probe] = site_probes(_identity(), [SITE])
    page = _fetcher(httpserver).fetch(probe)
    assert isinstance(page, Page) and extract(page, SITE).people == ()


@pytest.mark.parametrize("status", [404, 500])
def test_an_error_answer_is_could_not_check_never_not_found(httpserver: HTTPServer, status: int) -> None:
    _serve(httpserver, _answer("datastore_unknown_dataset.json"), status)
    [probe] = site_probes(_identity(), [SITE])
    got = _fetcher(httpserver).fetch(probe)
    assert isinstance(got, Skipped) and got.status != CoverageStatus.NOT_FOUND, got


def test_the_scan_says_not_found_for_no_rows_could_not_check_for_an_error_and_found_for_the_record(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    def scan(name: str) -> dict[str, Any]:
        return coverage_row(
            run_cli,
            tmp_path,
            name,
            "care_compare",
            "https://data.cms.gov",
            httpserver.url_for(""),
            "Dr. Wren Halvorsen, MD",
            "--npi",
            NPI,
        )

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    empty = _answer("datastore_query_empty.json")
    httpserver.expect_oneshot_request(QUERY).respond_with_data(empty, content_type="application/json")
    assert scan("empty")["outcome"] == "not_found"
    error = _answer("datastore_unknown_dataset.json")
    httpserver.expect_oneshot_request(QUERY).respond_with_data(error, status=404, content_type="application/json")
    missing = scan("missing")
    assert (missing["status"], missing["outcome"]) == ("http_error", "could_not_check")
    httpserver.expect_oneshot_request(QUERY).respond_with_data(_answer("datastore_query.json"), status=200,
                                                                content_type="application/json")  # fmt: skip
    found = scan("found")
    assert (found["status"], found["outcome"]) == ("found", "found")


def test_a_location_the_npi_record_lacks_is_a_listing_inconsistency_and_the_graduation_year_no_finding() -> None:
    identity = _identity()
    [probe] = site_probes(identity, [SITE])
    data = extract(Page(probe, 200, _answer("datastore_query.json"), "application/json", probe.url), SITE)
    judged = match(identity, data)
    assert judged.decision.is_match and "same NPI 1749023853" in " ".join(judged.reasons)
    found = assess(identity, [Match(data, judged)], {SITE.id: SITE})
    odd = sorted(f.excerpt for f in found if f.category == "listing_inconsistency")
    assert odd == [
        "address | Medicare Care Compare: 1015 NW 22nd Ave, Portland, OR 97210 | NPI record: "
        "2250 NW Flanders St Ste 310, Portland, OR 97210",
        "phone | Medicare Care Compare: (503) 555-0167 | NPI record: (503) 555-0142",
    ]
    # Corrected in PECOS, where Care Compare's practice locations come from.
    assert {f.remediation.url for f in found if f.category == "listing_inconsistency"} == {"https://pecos.cms.hhs.gov/"}
    # The graduation year dates the physician's age, but no category is an approximate age: details, no finding.
    assert not [f for f in found if f.category == "birth_date" or "2005" in f.excerpt]
    assert SITE.page_kind == PageKind.DIRECTORY_LISTING
