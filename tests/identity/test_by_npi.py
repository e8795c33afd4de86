"""A physician given by NPI alone: the registry's name for the number, or one clear error."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer

from footprint.by_npi import RegistryUnavailableError, name_of
from footprint.config import NpiSettings, Settings
from footprint.errors import SubjectError
from footprint.fetch import Fetcher
from footprint.sites.presence import fixtures_dir

RECORD = json.loads((fixtures_dir() / "npi_registry" / "present.json").read_text())["results"][0]
NUMBER = "1245319599"


def _settings(server: HTTPServer, *, enabled: bool = True) -> Settings:
    settings = Settings()  # no HTTP cache: each test's answers are its own
    return replace(
        settings,
        npi=NpiSettings(base_url=server.url_for("/api/"), enabled=enabled),
        fetch=replace(settings.fetch, cache=False),
    )


def _answer(server: HTTPServer, body: object) -> str:
    server.expect_request("/api/", query_string={"version": "2.1", "number": NUMBER}).respond_with_json(body)
    settings = _settings(server)
    fetcher = Fetcher(settings)
    try:
        return name_of(NUMBER, settings, fetcher.fetch)
    finally:
        fetcher.close()


def _record(**basic: str) -> dict:
    rec = json.loads(json.dumps(RECORD))
    rec["number"] = int(NUMBER)
    rec["basic"] = {**rec["basic"], **basic}
    return rec


def test_the_registrys_name_and_credential_as_patients_write_them(httpserver: HTTPServer) -> None:
    rec = _record(first_name="HAMISH", last_name="MCALLISTER-ODUYA", credential="M.D.")
    assert _answer(httpserver, {"result_count": 1, "results": [rec]}) == "Hamish McAllister-Oduya, MD"


def test_an_unknown_number_an_organisation_or_a_hostile_name_is_a_subject_error(httpserver: HTTPServer) -> None:
    with pytest.raises(SubjectError, match="is not in the NPI registry"):
        _answer(httpserver, {"result_count": 0, "results": []})
    httpserver.clear()
    org = {**_record(), "enumeration_type": "NPI-2", "basic": {"organization_name": "RIVERFRONT CLINIC LLC"}}
    with pytest.raises(SubjectError, match="an organisation's"):
        _answer(httpserver, {"result_count": 1, "results": [org]})
    httpserver.clear()
    with pytest.raises(SubjectError, match="gives no name"):
        _answer(httpserver, {"result_count": 1, "results": [_record(first_name="ANA\x1b[2J", last_name="<b>X</b>")]})


def test_a_registry_that_does_not_answer_in_json_or_is_disabled(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/").respond_with_data("<html>maintenance</html>", content_type="text/html")
    settings = _settings(httpserver)
    with pytest.raises(RegistryUnavailableError, match="could not look up NPI 1245319599"):
        name_of(NUMBER, settings, Fetcher(settings).fetch)
    httpserver.clear()
    httpserver.expect_request("/api/").respond_with_data("{not json", content_type="application/json")
    with pytest.raises(RegistryUnavailableError, match="not JSON"):
        name_of(NUMBER, settings, Fetcher(settings).fetch)
    with pytest.raises(SubjectError, match="disables"):
        name_of(NUMBER, _settings(httpserver, enabled=False), Fetcher(settings).fetch)
