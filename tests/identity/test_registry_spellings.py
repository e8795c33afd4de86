"""The registry keeps a family name as the physician filed it: O'Quarrel as OQUARREL, Tal-Marrow as TAL MARROW,
a married Ana Marrow née Quillby as QUILLBY MARROW. When the name as typed finds nothing, those spellings are
asked, and only a record spelling the same letters (or the former name before the typed one) is the subject's."""

from __future__ import annotations

import json
from dataclasses import replace

from pytest_httpserver import HTTPServer

from footprint.assess.detectors.listed_names import same_family_name
from footprint.config import NpiSettings, Settings
from footprint.fetch import Fetcher
from footprint.identity import make_subject
from footprint.registry import resolve
from footprint.registry_spellings import registry_spellings
from footprint.sites.presence import fixtures_dir

RECORD = json.loads((fixtures_dir() / "npi_registry" / "present.json").read_text())["results"][0]
ASKED = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "use_first_name_alias": "True"}
NONE: dict[str, object] = {"result_count": 0, "results": []}


def _record(number: int, first: str, last: str, *, middle: str = "", city: str = "SALEM", suffix: str = "--") -> dict:
    rec = json.loads(json.dumps(RECORD))
    rec["number"] = number
    rec["basic"] = {**rec["basic"], "first_name": first, "last_name": last, "middle_name": middle,
                    "name_suffix": suffix, "credential": "M.D."}  # fmt: skip
    rec["addresses"][0]["city"] = city
    rec["taxonomies"][0]["desc"] = "Pediatrics"
    return rec


def _settings(server: HTTPServer) -> Settings:
    return replace(Settings(), npi=NpiSettings(base_url=server.url_for("/api/")))


def _nothing_else(server: HTTPServer) -> None:
    """Every other question finds nobody (registered last: the answers above match first)."""
    server.expect_request("/api/").respond_with_json(NONE)


def _answer(server: HTTPServer, first: str, last: str, rows: list[dict], **more: str) -> None:
    query = {**ASKED, "first_name": first, "last_name": last, **more}
    server.expect_request("/api/", query_string=query).respond_with_json({"result_count": len(rows), "results": rows})


def test_the_spellings_asked_are_the_typed_name_without_its_punctuation_and_after_a_former_name() -> None:
    assert registry_spellings(make_subject("Dr. Ned O'Quarrel")) == (("Ned", "OQuarrel"),)
    assert registry_spellings(make_subject("Dr. Ned Tal-Marrow")) == (("Ned", "Tal Marrow"), ("Ned", "TalMarrow"))
    jean_ned = (("Jean Ned", "Marrow"), ("JeanNed", "Marrow"), ("Jean", "Marrow"))
    assert registry_spellings(make_subject("Dr. Jean-Ned Marrow")) == jean_ned
    married = make_subject("Ana Marrow", also_known_as=["Ana Quillby"])
    assert registry_spellings(married) == (("Ana", "Quillby Marrow"),)
    kit = make_subject("Kit Marrow", also_known_as=["Katharine Quillby"])
    assert registry_spellings(kit) == (("Katharine", "Marrow"),)
    assert registry_spellings(make_subject("Dr. Ned Marrow")) == ()


def test_a_name_the_registry_keeps_without_its_apostrophe_finds_the_subjects_record(httpserver: HTTPServer) -> None:
    _answer(httpserver, "Ned", "O'Quarrel", [], state="OR")
    _answer(httpserver, "Ned", "OQuarrel", [_record(1245319599, "NED", "OQUARREL", middle="PAUL")], state="OR")
    _nothing_else(httpserver)
    subject = make_subject("Dr. Ned O'Quarrel", state="OR")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    # Her listings write the apostrophe: that is no other name than the registry's.
    assert same_family_name(who.npi_record.last_name, "Ned P. O'Quarrel")


def test_a_hyphen_the_registry_keeps_as_a_space_finds_the_one_physician_of_the_name(httpserver: HTTPServer) -> None:
    _answer(httpserver, "Yara", "Tal-Marrow", [])
    _answer(httpserver, "Yara", "Tal Marrow", [_record(1245319599, "YARA", "TAL MARROW", middle="MIRIAM")])
    _nothing_else(httpserver)
    who, _ = resolve(make_subject("Yara Tal-Marrow"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"


def test_a_father_and_son_under_the_other_spelling_are_namesakes_not_a_guess(httpserver: HTTPServer) -> None:
    """The son Jr. and the father Sr. both filed as OQUARREL: nothing typed tells which is the subject."""
    son = _record(1245319599, "NED", "OQUARREL", middle="JAMES", suffix="Jr.")
    father = _record(1234567893, "NED", "OQUARREL", middle="JAMES", city="KEIZER", suffix="Sr.")
    _answer(httpserver, "Ned", "O'Quarrel", [])
    _answer(httpserver, "Ned", "OQuarrel", [son, father])
    _nothing_else(httpserver)
    who, _ = resolve(make_subject("Dr. Ned O'Quarrel"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None and len(who.npi_namesakes) == 2


def test_another_family_name_the_alias_query_returns_is_not_the_subject(httpserver: HTTPServer) -> None:
    """A record whose letters differ ("QUARREL" for O'Quarrel, a same-name doctor in a same-named town of another
    state) is another person's, whatever the registry's answer holds."""
    _answer(httpserver, "Ned", "O'Quarrel", [])
    _answer(httpserver, "Ned", "OQuarrel", [_record(1245319599, "NED", "QUARREL", middle="PAUL")])
    _nothing_else(httpserver)
    who, _ = resolve(make_subject("Dr. Ned O'Quarrel"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None and not who.npi_namesakes


def test_a_married_name_after_the_maiden_one_finds_her_record(httpserver: HTTPServer) -> None:
    """Ana Paula Marrow, née Quillby: the registry keeps QUILLBY MARROW. Her namesake ANA MARROW of another middle
    name, filed under the typed name in another state, is found by the first question and chosen by none."""
    _answer(httpserver, "Ana", "Marrow", [], state="MA")
    record = _record(1245319599, "ANA", "QUILLBY MARROW", middle="PAULA", city="FRAMINGHAM")
    record["addresses"][0]["state"] = "MA"
    _answer(httpserver, "Ana", "Quillby Marrow", [record], state="MA")
    _nothing_else(httpserver)
    subject = make_subject("Ana Paula Marrow", state="MA", also_known_as=["Ana Paula Quillby"])
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    # Without the former name nothing else is asked: the typed name alone is no compound name.
    plain = make_subject("Ana Paula Marrow", state="MA")
    who, _ = resolve(plain, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None


def test_the_legal_given_name_of_a_former_name_the_user_gave_finds_her_record(httpserver: HTTPServer) -> None:
    """Kit Marrow, who gave "Katharine Quillby" (her maiden name): the registry keeps KATHARINE MARROW with the
    former name QUILLBY. A Katherine Marrow of another spelling is not asked for nor taken."""
    _answer(httpserver, "Kit", "Marrow", [], state="FL")
    record = _record(1245319599, "KATHARINE", "MARROW", middle="ELISE", city="SARASOTA")
    record["other_names"] = [{"type": "Former Name", "code": "1", "first_name": "KATHARINE", "last_name": "QUILLBY"}]
    record["addresses"][0]["state"] = "FL"
    other = _record(1234567893, "KATHERINE", "MARROW", city="TAMPA")
    other["addresses"][0]["state"] = "FL"
    _answer(httpserver, "Katharine", "Marrow", [other, record], state="FL", use_first_name_alias="False")
    _nothing_else(httpserver)
    subject = make_subject("Kit Marrow", state="FL", also_known_as=["Katharine Quillby"])
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert who.npi_candidates == 1  # the Katherine of Tampa is no record of the name asked


def test_a_hyphenated_given_name_the_registry_splits_into_a_first_and_a_middle_name(httpserver: HTTPServer) -> None:
    """Jean-Ned Marrow, filed as JEAN NED MARROW (first JEAN, middle NED); JEAN PAUL MARROW, a same-name relative
    in the answer to "Jean Marrow", is not him."""
    _answer(httpserver, "Jean-Ned", "Marrow", [])
    for given in ("Jean Ned", "JeanNed"):
        _answer(httpserver, given, "Marrow", [], use_first_name_alias="False")
    him = _record(1245319599, "JEAN", "MARROW", middle="NED", city="NASHVILLE")
    father = _record(1234567893, "JEAN", "MARROW", middle="PAUL", city="NASHVILLE", suffix="Sr.")
    _answer(httpserver, "Jean", "Marrow", [father, him], use_first_name_alias="False")
    _nothing_else(httpserver)
    subject = make_subject("Jean-Ned Marrow", city="Nashville")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599" and who.npi_candidates == 1


def test_an_accented_name_is_asked_again_as_the_registry_keeps_it(httpserver: HTTPServer) -> None:
    """NPPES keeps CHLOE for Chloé: a query with the accent finds nothing, the same name without it finds her."""
    chloe = _record(1245319599, "CHLOE", "QUILLBY", city="LAFAYETTE")
    chloe["addresses"][0]["state"] = "LA"
    _answer(httpserver, "Chloé", "Quillby", [], state="LA")
    _answer(
        httpserver,
        "Chloe",
        "Quillby",
        [chloe],
        state="LA",
        use_first_name_alias="False",
    )
    _nothing_else(httpserver)
    subject = make_subject("Dr. Chloé Quillby", state="LA")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"


def test_two_given_names_and_two_family_names_are_asked_as_the_registry_files_them(httpserver: HTTPServer) -> None:
    """José Luis Ibáñez Marrow is read as given José, middles Luis Ibáñez, family Marrow; the registry files
    JOSE LUIS IBANEZ MARROW as first JOSE LUIS, last IBANEZ MARROW."""
    assert ("Jose Luis", "Ibanez Marrow") in registry_spellings(make_subject("José Luis Ibáñez Marrow"))
    jose = _record(1245319599, "JOSE LUIS", "IBANEZ MARROW", city="ALBUQUERQUE")
    jose["addresses"][0]["state"] = "NM"
    _answer(
        httpserver,
        "Jose Luis",
        "Ibanez Marrow",
        [jose],
        state="NM",
        use_first_name_alias="False",
    )
    _nothing_else(httpserver)
    subject = make_subject("Dr. José Luis Ibáñez Marrow", state="NM")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
