"""The NPPES answers of tests/data/real_web/npi_registry/ (docs/evidence/npi_registry.md) read by the lookup.

Both shapes the registry has served (2019: numbers as numbers; today: strings, ``basic.sex``,
9-digit postal codes), an empty answer, and an ``Errors`` answer, each served by a local server.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer

from footprint.config import NpiSettings, Settings
from footprint.fetch import Fetcher
from footprint.identity import make_subject
from footprint.models import CoverageStatus
from footprint.namematch import SubjectNames, fit
from footprint.registry import resolve
from tests.real_web_api import case


def _resolve(httpserver: HTTPServer, name: str, answer: str, npi: str | None = None):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/api/").respond_with_response(case("npi_registry", answer).response())
    settings = replace(Settings(), npi=NpiSettings(base_url=httpserver.url_for("/api/")))
    subject = make_subject(name, npi=npi, state="OR")
    return resolve(subject, settings, Fetcher(settings).fetch)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("answer", ["result_current", "result_2019_shape"])
def test_a_registry_record_in_either_shape_gives_the_practice_address_and_phone(
    httpserver: HTTPServer, answer: str
) -> None:
    want = case("npi_registry", answer).expected
    identity, row = _resolve(httpserver, "Dr. Wren Halvorsen", answer, npi=want["npi"])
    record = identity.npi_record
    assert row.status is CoverageStatus.FOUND and record is not None
    assert record.number == want["npi"]
    assert f"{record.first_name} {record.last_name}".split()[0] == want["name"].split()[0].title()
    assert record.last_name == want["name"].split()[-1].title()
    assert record.credential in want["credentials"]
    assert want["specialty"] in record.taxonomies
    assert _digits(want["phone"]) in [_digits(p) for p in record.phones]
    # The practice (LOCATION) address comes first: the MAILING one is not where patients go.
    first = record.addresses[0]
    assert first.street.upper() == want["address"]["street"]
    assert (first.city.upper(), first.state, first.postal_code) == (
        want["address"]["city"],
        want["address"]["state"],
        want["address"]["postal_code"][:5],
    )


def test_a_former_name_in_the_registry_is_one_of_the_subjects_names(httpserver: HTTPServer) -> None:
    want = case("npi_registry", "result_current").expected
    identity, _ = _resolve(httpserver, "Dr. Wren Halvorsen", "result_current", npi=want["npi"])
    assert identity.npi_record is not None and identity.npi_record.former_names == tuple(want["former_names"])
    assert "Wren Lindqvist" in identity.subject.also_known_as and "Wren Lindqvist" in identity.variants
    # A page from before the name change is hers by name; her given name with another family name is not.
    assert fit(SubjectNames.of(identity.subject), "Dr. Wren Lindqvist").score >= 0.9
    assert fit(SubjectNames.of(identity.subject), "Dr. Wren Castellane").score < 0.9


def test_an_empty_answer_finds_no_record(httpserver: HTTPServer) -> None:
    identity, row = _resolve(httpserver, "Dr. Wren Halvorsen", "empty")
    assert identity.npi_record is None and row.status is CoverageStatus.NOT_FOUND
    assert row.detail == "no record for this name"


def test_an_errors_answer_is_a_row_with_the_registrys_words(httpserver: HTTPServer) -> None:
    identity, row = _resolve(httpserver, "Dr. Wren Halvorsen", "errors_state_only")
    assert identity.npi_record is None and row.status is CoverageStatus.HTTP_ERROR
    assert row.detail and row.detail != "the registry rejected the query"
