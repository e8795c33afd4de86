"""NPPES lookup against a local server in the v2.1 shape: choice by specialty and city, check digits, errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pytest_httpserver import HTTPServer

from footprint.config import NpiSettings, Settings
from footprint.fetch import Fetcher
from footprint.identity import make_subject
from footprint.models import CoverageStatus
from footprint.registry import resolve
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


def _with(rec: dict, **basic: str) -> dict:
    rec["basic"] = {**rec["basic"], **basic}
    return rec


def test_a_maiden_name_the_user_gave_picks_the_namesake_the_registry_knows_by_it(httpserver: HTTPServer) -> None:
    married = _record(1245319599, "Salem", "Pediatrics")
    married["other_names"] = [{"type": "Former Name", "code": "1", "first_name": "ANSEL", "last_name": "QUILLFEATHER"}]
    answer = {"result_count": 2, "results": [_record(1234567893, "Bend", "Family Medicine"), married]}
    httpserver.expect_request("/api/").respond_with_json(answer)
    for aka in ("Ansel Quillfeather", "Quillfeather"):
        subject = make_subject("Dr. Ansel Marrowby", state="OR", also_known_as=[aka])
        who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
        assert who.npi_record is not None and who.npi_record.number == "1245319599", aka
    plain = make_subject("Dr. Ansel Marrowby", state="OR")
    who, _ = resolve(plain, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None and len(who.npi_namesakes) == 2  # nothing given tells them apart


def test_the_registrys_professional_name_is_another_name_of_the_subject(httpserver: HTTPServer) -> None:
    """An older spelling the doctor practised under ("Professional Name" in NPPES) is hers like a maiden
    name: old profiles and articles carry it. A business's "Doing Business As" name is nobody's."""
    rec = _record(1245319599, "Salem", "Pediatrics")
    rec["other_names"] = [
        {"type": "Professional Name", "code": "2", "first_name": "OXANNE", "last_name": "MAROWBI"},
        {"type": "Doing Business As", "code": "3", "organization_name": "SALEM KIDS CLINIC"},
    ]
    httpserver.expect_request("/api/").respond_with_json({"result_count": 1, "results": [rec]})
    subject = make_subject("Dr. Ansel Marrowby", npi="1245319599")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.former_names == ("Oxanne Marowbi",)
    assert "Oxanne Marowbi" in who.subject.also_known_as


def test_a_dentist_of_the_same_name_and_state_is_not_the_physician(httpserver: HTTPServer) -> None:
    doctor = _with(_record(1245319599, "Salem", "Emergency Medicine"), credential="D.O.")
    dentist = _with(_record(1234567893, "Bend", "Dentist, General Practice"), credential="DDS")
    httpserver.expect_request("/api/", query_string={"version": "2.1", "limit": "50", "enumeration_type": "NPI-1",
        "first_name": "Ansel", "last_name": "Marrowby", "use_first_name_alias": "True", "state": "OR"},
    ).respond_with_json({"result_count": 2, "results": [dentist, doctor]})  # fmt: skip
    subject = make_subject("Dr. Ansel Marrowby", state="OR")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    # Two physicians of the name in the state: still no guess.
    other = _with(_record(1234567893, "Bend", "Urology"), credential="MD")
    httpserver.expect_request("/api/", query_string={"version": "2.1", "limit": "50", "enumeration_type": "NPI-1",
        "first_name": "Bram", "last_name": "Marrowby", "use_first_name_alias": "True", "state": "OR"},
    ).respond_with_json({"result_count": 2, "results": [other, doctor]})  # fmt: skip
    subject = make_subject("Dr. Bram Marrowby", state="OR")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None


def test_a_physician_who_goes_by_the_middle_name_is_found_by_family_name(httpserver: HTTPServer) -> None:
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Quill",
                "last_name": "Marrowby", "use_first_name_alias": "True", "state": "OR"}  # fmt: skip
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    goes_by = _with(_record(1245319599, "Portland", "Urology"), first_name="ANSEL", middle_name="QUILL")
    other = _with(_record(1234567893, "Portland", "Urology"), first_name="ANSEL", middle_name="BRAM")
    by_family = {k: v for k, v in by_first.items() if k not in ("first_name", "use_first_name_alias")}
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 2, "results": [other, goes_by]}
    )
    subject = make_subject("Dr. Quill Marrowby", specialty="Urology", state="OR")
    who, row = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert row.status == CoverageStatus.FOUND


def test_the_one_record_carrying_the_typed_name_as_its_middle_name_is_the_subject(httpserver: HTTPServer) -> None:
    """A name typed without state or field ("Quill Marrowby"): the registry lists her as ANSEL QUILL; the
    namesake ANSEL BRAM does not carry the name she goes by. Two records carrying it: no guess."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Quill",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    goes_by = _with(_record(1245319599, "Portland", "Urology"), first_name="ANSEL", middle_name="QUILL")
    other = _with(_record(1234567893, "Portland", "Urology"), first_name="ANSEL", middle_name="BRAM")
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 2, "results": [other, goes_by]}
    )
    subject = make_subject("Dr. Quill Marrowby")
    who, row = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert "Ansel Quill Marrowby" in who.subject.also_known_as and row.status == CoverageStatus.FOUND
    twin = _with(_record(1234567893, "Salem", "Urology"), first_name="BRAM", middle_name="QUILL", last_name="QUARRY")
    nurse = _with(_record(1234567893, "Salem", "Nurse Practitioner"), first_name="BRAM", middle_name="QUILL",
                  last_name="QUINCE", credential="APRN")  # fmt: skip
    quarry = _with(json.loads(json.dumps(goes_by)), last_name="QUARRY")
    for family, rows in (("Quarry", [twin, quarry]), ("Quince", [nurse])):
        first = {**by_first, "last_name": family}
        httpserver.expect_request("/api/", query_string=first).respond_with_json({"result_count": 0, "results": []})
        httpserver.expect_request("/api/", query_string={**by_family, "last_name": family}).respond_with_json(
            {"result_count": len(rows), "results": rows}
        )
        settings = _settings(httpserver)
        who, _ = resolve(make_subject(f"Dr. Quill {family}"), settings, Fetcher(settings).fetch)
        assert who.npi_record is None, family


def test_the_registrys_generation_tells_the_son_from_his_father(httpserver: HTTPServer) -> None:
    from footprint.match import subject_names
    from footprint.namematch import fit

    son = _with(_record(1245319599, "Portland", "Urology"), name_suffix="Jr.")
    father = _with(_record(1234567893, "Salem", "Family Medicine"), name_suffix="Sr.")
    httpserver.expect_request("/api/").respond_with_json({"result_count": 2, "results": [father, son]})
    subject = make_subject("Dr. Ansel Marrowby", specialty="Urology", city="Portland", state="OR")
    who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.suffix == "Jr."
    names = subject_names(who.subject)
    assert fit(names, "Dr. Ansel Marrowby Sr., MD").score < 0.5
    assert fit(names, "Ansel Marrowby Jr., MD").score == 1.0
    assert fit(names, "Ansel Marrowby").score == 1.0  # a page that gives no generation is not another person


def test_a_physician_known_by_the_start_of_the_middle_name_is_the_one_record_carrying_it(
    httpserver: HTTPServer,
) -> None:
    """ "Beau" typed for CHARLES BEAUMONT: a short form cut from the middle name; CHARLES WESLEY is not him,
    and two letters ("Be") are nobody's name in particular."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Beau",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    goes_by = _with(_record(1245319599, "Savannah", "Vascular Surgery"), first_name="CHARLES", middle_name="BEAUMONT")
    other = _with(_record(1234567893, "Macon", "Obstetrics & Gynecology"), first_name="CHARLES", middle_name="WESLEY")
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 2, "results": [other, goes_by]}
    )
    who, row = resolve(make_subject("Dr. Beau Marrowby"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert row.status == CoverageStatus.FOUND
    short = {**by_first, "first_name": "Be"}
    httpserver.expect_request("/api/", query_string=short).respond_with_json({"result_count": 0, "results": []})
    who, _ = resolve(make_subject("Dr. Be Marrowby"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is None


def test_the_one_physician_of_the_name_nationwide_is_the_subject_when_nothing_else_was_typed(
    httpserver: HTTPServer,
) -> None:
    """The name alone ("Dr. Ansel Marrowby", a handle perhaps): the registry, asked in every state, knows one
    clinician of it, an MD: that record is hers, as the one of a typed state would be. A second physician of
    the name, a dentist alone, or a typed city the record does not share: no guess."""
    doctor = _with(_record(1245319599, "Salem", "Emergency Medicine"), credential="M.D.")
    nationwide = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Ansel",
                  "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    httpserver.expect_request("/api/", query_string=nationwide).respond_with_json(
        {"result_count": 1, "results": [doctor]}
    )
    settings = _settings(httpserver)
    who, row = resolve(make_subject("Dr. Ansel Marrowby"), settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert row.status == CoverageStatus.FOUND and not who.npi_namesakes
    # A city typed that the one record does not share: compared, and it disagrees.
    who, row = resolve(make_subject("Dr. Ansel Marrowby", city="Bend"), settings, Fetcher(settings).fetch)
    assert who.npi_record is None and row.status == CoverageStatus.NOT_FOUND
    dentist = _with(_record(1234567893, "Bend", "Dentist, General Practice"), credential="DDS")
    for name, answer in (("Bram", [dentist]), ("Quill", [doctor, _with(doctor, credential="MD")])):
        asked = {**nationwide, "first_name": name}
        httpserver.expect_request("/api/", query_string=asked).respond_with_json(
            {"result_count": len(answer), "results": answer}
        )
        who, _ = resolve(make_subject(f"Dr. {name} Marrowby"), settings, Fetcher(settings).fetch)
        assert who.npi_record is None, name


def test_a_physician_typed_by_an_everyday_name_is_found_under_its_formal_form_that_fits_the_town_and_field(
    httpserver: HTTPServer,
) -> None:
    """ "Gus Marrowby", occupational medicine in Portland: the registry's alias table does not know Gus, and keeps
    him as AUGUSTUS; the dentist AUGUSTUS in Bend is not him. Once pinned, the queries ask the registry's name.
    Typed with a town and field no AUGUSTUS shares: no guess."""
    from footprint.search_queries import queries

    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Gus",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    doctor = _with(_record(1245319599, "Portland", "Preventive Medicine, Occupational Medicine"),
                   first_name="AUGUSTUS", middle_name="TOBIAS", credential="M.D.")  # fmt: skip
    dentist = _with(_record(1234567893, "Bend", "Dentist, General Practice"), first_name="AUGUSTUS",
                    middle_name="CALVIN", credential="D.D.S.")  # fmt: skip
    other = _with(_record(1306924583, "Portland", "Pediatrics"), first_name="CLARA", middle_name="ANNE")
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 3, "results": [dentist, other, doctor]}
    )
    settings = _settings(httpserver)
    subject = make_subject("Dr. Gus Marrowby", specialty="Occupational Medicine", city="Portland")
    who, row = resolve(subject, settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert row.status == CoverageStatus.FOUND and "Augustus Tobias Marrowby" in who.subject.also_known_as
    asked = queries(who, 40)
    assert any('"Augustus Marrowby"' in q for q in asked) and any('"A. T. Marrowby"' in q for q in asked)
    who, row = resolve(make_subject("Dr. Gus Marrowby", specialty="Cardiology", city="Salem"), settings,
                       Fetcher(settings).fetch)  # fmt: skip
    assert who.npi_record is None and row.status == CoverageStatus.NOT_FOUND
    assert who.npi_namesakes == ()  # the town and field typed are none of theirs: not the user's records


def test_a_formal_form_record_nothing_typed_can_test_is_a_namesake_for_the_users_own_page_to_pin(
    httpserver: HTTPServer,
) -> None:
    """ "Dr. Bert Marrowby" with nothing else typed; the registry keeps one ALBERT MARROWBY. Nothing typed tells
    whether he is the user, so he is not chosen, but he is kept as the namesake the user's own page may pin."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Bert",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    formal = _with(_record(1245319599, "Salem", "Internal Medicine, Cardiovascular Disease"),
                   first_name="ALBERT", middle_name="OTTO", credential="M.D.")  # fmt: skip
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 1, "results": [formal]}
    )
    settings = _settings(httpserver)
    who, row = resolve(make_subject("Dr. Bert Marrowby"), settings, Fetcher(settings).fetch)
    assert who.npi_record is None and row.status == CoverageStatus.NOT_FOUND
    assert [r.number for r in who.npi_namesakes] == ["1245319599"]
    from footprint import possible
    from tests.scans import make_scan

    unpinned = possible.pinning(replace(make_scan(name="Dr. Bert Marrowby"), identity=who, matches=()))
    assert "lists one physician named Albert Marrowby (the formal form of Bert)" in unpinned.summary
    # The practice's page the user gave writes the record's phone in its footer: the record is his.
    from footprint.match import by_own_pages, match
    from footprint.models import Extracted, Match, PageKind, PersonRecord, ProbeSource

    own = Extracted(
        "https://clinic.example/bert", "clinic.example", PageKind.PERSONAL_SITE,
        people=(PersonRecord('Albert "Bert" Marrowby, MD', credentials=("MD",)),),
        text='Albert "Bert" Marrowby, MD. Call us: ' + who.npi_namesakes[0].phones[0], source=ProbeSource.KNOWN_URL,
    )  # fmt: skip
    pinned, _ = by_own_pages(who, (Match(own, match(who, own)),), match)
    assert pinned.npi_record is not None and pinned.npi_record.number == "1245319599"


def test_a_physician_typed_by_a_clipped_name_is_found_under_the_formal_name_the_typed_town_and_field_choose(
    httpserver: HTTPServer,
) -> None:
    """ "Dez Marrowby", aerospace medicine in Portland: no nickname table links Dez to DESMOND, which the registry
    keeps; "Dez" is a clipping of DESIREE as much, and a nephew DESMOND practises in Bend. Only the town and the
    field typed choose the record; typed with a town and field none of them has, nothing is chosen."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Dez",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    doctor = _with(_record(1245319599, "Portland", "Preventive Medicine, Aerospace Medicine"),
                   first_name="DESMOND", middle_name="RAY", credential="D.O.")  # fmt: skip
    nephew = _with(_record(1234567893, "Bend", "Family Medicine"), first_name="DESMOND", middle_name="JOHN",
                   credential="M.D.")  # fmt: skip
    aunt = _with(_record(1306924583, "Portland", "Pediatrics"), first_name="DESIREE", middle_name="ANNE")
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 3, "results": [nephew, aunt, doctor]}
    )
    settings = _settings(httpserver)
    subject = make_subject("Dr. Dez Marrowby", specialty="Aerospace Medicine", city="Portland")
    who, row = resolve(subject, settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    assert row.status == CoverageStatus.FOUND and "Desmond Ray Marrowby" in who.subject.also_known_as
    who, row = resolve(make_subject("Dr. Dez Marrowby", specialty="Cardiology", city="Salem"), settings,
                       Fetcher(settings).fetch)  # fmt: skip
    assert who.npi_record is None and who.npi_namesakes == ()


def test_the_field_the_user_types_as_clinicians_clip_it_picks_the_one_record_of_the_name_in_that_field(
    httpserver: HTTPServer,
) -> None:
    """Two physicians of the name in one state; the user typed "peds endo": the user's own word for their field
    picks the one record whose taxonomy it is, and a field no record has picks none."""
    peds = _record(1245319599, "Rochester", "Pediatrics, Pediatric Endocrinology")
    family = _record(1234567893, "Duluth", "Family Medicine")
    httpserver.expect_request("/api/").respond_with_json({"result_count": 2, "results": [family, peds]})
    settings = _settings(httpserver)
    who, _ = resolve(make_subject("Ansel Marrowby", specialty="peds endo"), settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599"
    who, _ = resolve(make_subject("Ansel Marrowby", specialty="derm"), settings, Fetcher(settings).fetch)
    assert who.npi_record is None and len(who.npi_namesakes) == 2


def test_a_son_carrying_the_typed_everyday_name_as_his_middle_name_is_weighed_against_his_father(
    httpserver: HTTPServer,
) -> None:
    """ "Bert Marrowby", pediatric pulmonology in Portland: the registry keeps the father as ALBERT OTTO and his
    son, a resident in the same city, as OTTO ALBERT. "Bert" is the son's middle name too, but the field typed is
    the father's. With nothing typed to weigh them, neither is guessed: both are the user's namesakes."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Bert",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    father = _with(_record(1245319599, "Portland", "Pediatrics, Pediatric Pulmonology"), first_name="ALBERT",
                   middle_name="OTTO", credential="M.D.")  # fmt: skip
    son = _with(_record(1234567893, "Portland", "Student in an Organized Health Care Education/Training Program"),
                first_name="OTTO", middle_name="ALBERT", credential="M.D.")  # fmt: skip
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 2, "results": [son, father]}
    )
    settings = _settings(httpserver)
    subject = make_subject("Bert Marrowby", city="Portland", specialty="Pediatric Pulmonology")
    who, row = resolve(subject, settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599", row.detail
    assert "Otto Albert Marrowby" not in who.subject.also_known_as
    who, row = resolve(make_subject("Bert Marrowby"), settings, Fetcher(settings).fetch)
    assert who.npi_record is None and row.status == CoverageStatus.NOT_FOUND
    assert sorted(r.number for r in who.npi_namesakes) == ["1234567893", "1245319599"]


def test_a_physician_known_by_a_contraction_of_her_two_given_names_is_found_and_searched_by_them(
    httpserver: HTTPServer,
) -> None:
    """ "Marivic" typed for MARIA VICTORIA, as Filipino usage runs a compound given name into one: the registry's
    alias query knows no such form, the family name's one record carries both names, and the scan searches for the
    name ratings sites list her by ("Maria Talampas")."""
    from footprint.search_queries import queries

    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Marivic",
                "last_name": "Talampas", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Talampas"}
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 0, "results": []})
    her = _with(_record(1245319599, "Tucson", "Pediatrics"), first_name="MARIA", middle_name="VICTORIA",
                last_name="TALAMPAS")  # fmt: skip
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json({"result_count": 1, "results": [her]})
    who, row = resolve(make_subject("Marivic Talampas"), _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599" and row.status == CoverageStatus.FOUND
    assert "Maria Victoria Talampas" in who.subject.also_known_as
    assert any(q.startswith('"Maria Talampas"') for q in queries(who, 18))


def test_the_field_the_typed_practice_names_picks_the_record_of_that_field(httpserver: HTTPServer) -> None:
    """A pediatric cardiologist and a psychologist of one name in one city; the user typed only the name and the
    practice, "Bluff City Children's Heart Center": the record of the heart's field is theirs."""
    psychologist = _with(_record(1245319599, "Memphis", "Psychologist"), credential="Ph.D.")
    answer = {"result_count": 2, "results": [_record(1234567893, "Memphis", "Pediatric Cardiology"), psychologist]}
    httpserver.expect_request("/api/").respond_with_json(answer)

    def chosen(practice: str) -> str | None:
        subject = make_subject("Dr. Ansel Marrowby", practice=practice)
        who, _ = resolve(subject, _settings(httpserver), Fetcher(_settings(httpserver)).fetch)
        return who.npi_record.number if who.npi_record else None

    assert chosen("Bluff City Children's Heart Center") == "1234567893"
    assert chosen("Bluff City Wellness Group") is None  # a practice naming no field: both stay namesakes


def test_a_typed_everyday_name_with_a_practice_weighs_the_formal_forms_records_too(httpserver: HTTPServer) -> None:
    """ "Dr. Neil Marrowby" of "Marrowby Urology Associates": the registry's one NEIL is an emergency physician, a
    namesake; the subject is registered as CORNELIUS, a urologist, which the alias table does not link to Neil. With
    the practice typed, the formal form's records are asked for too and the practice's field chooses. With nothing
    but the name typed, the one NEIL stays the subject as before."""
    by_first = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "first_name": "Neil",
                "last_name": "Marrowby", "use_first_name_alias": "True"}  # fmt: skip
    by_family = {"version": "2.1", "limit": "50", "enumeration_type": "NPI-1", "last_name": "Marrowby"}
    neil = _with(_record(1234567893, "Nashua", "Emergency Medicine"), first_name="NEIL", middle_name="P",
                 credential="M.D.")  # fmt: skip
    cornelius = _with(_record(1245319599, "Concord", "Urology"), first_name="CORNELIUS", middle_name="J",
                      credential="M.D.")  # fmt: skip
    httpserver.expect_request("/api/", query_string=by_first).respond_with_json({"result_count": 1, "results": [neil]})
    httpserver.expect_request("/api/", query_string=by_family).respond_with_json(
        {"result_count": 2, "results": [neil, cornelius]}
    )
    settings = _settings(httpserver)
    typed = make_subject("Dr. Neil Marrowby", practice="Marrowby Urology Associates")
    who, row = resolve(typed, settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1245319599", row.detail
    assert [r.number for r in who.registry_others] == ["1234567893"]
    who, _ = resolve(make_subject("Dr. Neil Marrowby"), settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1234567893"
    # The typed name's record practises the field the practice names: it is the subject, nothing else is asked for.
    er = make_subject("Dr. Neil Marrowby", practice="Nashua Emergency Medicine Associates")
    who, _ = resolve(er, settings, Fetcher(settings).fetch)
    assert who.npi_record is not None and who.npi_record.number == "1234567893" and who.npi_candidates == 1
