"""ClinicalTrials.gov (docs/evidence/clinicaltrials.md): the studies that name a physician, read through the public
API v2 over a real local server, with answers written here (fictional studies, the API's shapes).

footprint searches the full name as a phrase, reads each study the search lists as its own page (the study URL is
the link), and the matcher picks which of the people a study names, if any, is the subject: a namesake at another
institution in another state is not. A phone or e-mail belongs only to the person it is listed for. An error answer
is "could not check", and robots.txt, which disallows the API to crawlers, is obeyed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from footprint import pipeline
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Identity, Page, Parser, ProbePurpose, ProbeSource
from footprint.probes import probe_for_url, site_probes
from footprint.sandbox import Sandbox, demo_subject
from footprint.sites import by_id
from tests.sites._one_site import coverage_row

SITE = by_id()["clinicaltrials"]
HOST = "https://clinicaltrials.gov"
SEARCH = "/api/v2/studies"
WHO = ("Dr. Wren Halvorsen, MD", "--specialty", "Dermatology", "--city", "Portland", "--state", "OR")


def _study(nct: str, officials: list[Any], central: Sequence[Any] = (), locations: Sequence[Any] = ()) -> Any:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct, "briefTitle": "Nurse-Led Itch Education for Atopic Dermatitis"},
            "statusModule": {"overallStatus": "RECRUITING"},
            "contactsLocationsModule": {
                "overallOfficials": officials, "centralContacts": list(central), "locations": list(locations),
            },
        },
        "hasResults": False,
    }  # fmt: skip


MINE = _study(
    "NCT07000001",
    [{"name": "Wren A. Halvorsen, MD", "affiliation": "Riverbend Skin Institute", "role": "PRINCIPAL_INVESTIGATOR"}],
    [
        {"name": "Clinical Trials", "role": "CONTACT", "phone": "800-555-0100", "email": "trials@sponsor.example"},
        {"name": "Pia Lindqvist, RN", "role": "CONTACT", "phone": "503-555-0188", "email": "pia@riverbend.example"},
    ],
    [
        {"facility": "Riverbend Skin Institute", "city": "Portland", "state": "Oregon", "zip": "97210",
         "country": "United States",
         "contacts": [{"name": "Wren Halvorsen, MD", "role": "CONTACT", "phone": "503-555-0142",
                       "email": "whalvorsen@riverbend.example"}]},
        {"facility": "Cascade Allergy Center", "city": "Seattle", "state": "Washington", "zip": "98104",
         "country": "United States",
         "contacts": [{"name": "Ottilie Brandvold, MD", "role": "PRINCIPAL_INVESTIGATOR"}]},
    ],
)  # fmt: skip
NAMESAKE = _study(
    "NCT07000002",
    [{"name": "Wren Halvorsen, MD", "affiliation": "Gulf Coast Heart Associates", "role": "PRINCIPAL_INVESTIGATOR"}],
    locations=[{"facility": "Gulf Coast Heart Associates", "city": "Mobile", "state": "Alabama", "zip": "36604",
                "country": "United States"}],
)  # fmt: skip
ABROAD = _study(
    "NCT07000003",
    [{"name": "Wren Halvorsen, PhD", "affiliation": "University of Tromso", "role": "STUDY_CHAIR"}],
    locations=[{"facility": "University Hospital of North Norway", "city": "Tromso", "country": "Norway"}],
)


def _identity() -> Identity:
    subject = make_subject(WHO[0], specialty="Dermatology", city="Portland", state="OR")
    return Identity(subject, name_variants(subject))


def _page(study: dict[str, Any]) -> Page:
    nct = study["protocolSection"]["identificationModule"]["nctId"]
    probe = probe_for_url(SITE, f"{HOST}/study/{nct}", ProbeSource.LINK)
    return Page(probe, 200, json.dumps(study), "application/json", probe.url)


def test_the_search_asks_for_the_full_name_as_a_phrase_and_lists_each_study_as_its_own_page() -> None:
    [probe] = site_probes(_identity(), [SITE])
    # The phrase, or the official's given and family names (an official written "Wren A. Halvorsen, MD").
    assert probe.url.startswith(
        f"{HOST}/api/v2/studies?query.term=%22Wren%20Halvorsen%22%20OR%20%28AREA%5BOverallOfficialName%5D%22Wren%22"
        "%20AND%20AREA%5BOverallOfficialName%5D%22Halvorsen%22%29&"
    )
    assert "fields=protocolSection.identificationModule" in probe.url and "pageSize=15" in probe.url
    assert (probe.purpose, probe.parser) == (ProbePurpose.API, Parser.CLINICALTRIALS_SEARCH)
    ids = [{"protocolSection": {"identificationModule": {"nctId": n}}} for n in ("NCT07000001", "NCT07000002")]
    first = extract(Page(probe, 200, json.dumps({"studies": ids, "nextPageToken": "NF0g5K"}), "application/json",
                         probe.url), SITE)  # fmt: skip
    assert first.people == ()  # a search names nobody itself
    assert first.links == (f"{HOST}/study/NCT07000001", f"{HOST}/study/NCT07000002", f"{probe.url}&pageToken=NF0g5K")
    # The next page is read the same way and links no further: two pages at most.
    [_, _, following] = first.links
    later = probe_for_url(SITE, following, ProbeSource.LINK)
    assert (later.url, later.parser) == (following, Parser.CLINICALTRIALS_SEARCH)
    second = extract(Page(later, 200, json.dumps({"studies": ids[:1], "nextPageToken": "x"}), "application/json",
                          later.url), SITE)  # fmt: skip
    assert second.links == (f"{HOST}/study/NCT07000001",)
    # A study link from web search, old forms included, is read through the single-study API.
    for link in (
        f"{HOST}/study/NCT07000001",
        f"{HOST}/ct2/show/NCT07000001?term=x",
        "https://www.clinicaltrials.gov/show/NCT07000001",
    ):
        assert SITE.api_for(link) == (f"{HOST}/api/v2/studies/NCT07000001", Parser.CLINICALTRIALS_STUDY)


def test_a_study_names_each_person_with_only_their_own_phone_and_e_mail() -> None:
    data = extract(_page(MINE), SITE)
    assert data.url == f"{HOST}/study/NCT07000001" and data.title == "ClinicalTrials.gov NCT07000001"
    people = {p.name: p for p in data.people}
    # The sponsor's desk is no person; the official who is also their site's contact is one record.
    assert set(people) == {"Wren A. Halvorsen", "Pia Lindqvist", "Ottilie Brandvold"}
    wren = people["Wren A. Halvorsen"]
    assert (wren.credentials, wren.practice) == (("MD",), "Riverbend Skin Institute")
    assert [a.one_line() for a in wren.addresses] == ["Portland, OR 97210"]  # only the site at their affiliation
    assert (wren.phones, wren.emails) == (("+15035550142",), ("whalvorsen@riverbend.example",))
    assert people["Pia Lindqvist"].phones == ("+15035550188",)  # the coordinator's number is hers alone
    assert [a.one_line() for a in people["Ottilie Brandvold"].addresses] == ["Seattle, WA 98104"]
    assert "Nurse-Led Itch Education for Atopic Dermatitis." in data.text and "Status: recruiting." in data.text


def test_the_subject_s_study_matches_and_a_namesake_s_elsewhere_does_not() -> None:
    identity = _identity()
    mine = match(identity, extract(_page(MINE), SITE))
    assert mine.decision.is_match and mine.person is not None and mine.person.name == "Wren A. Halvorsen"
    assert "same city: Portland, OR 97210" in mine.reasons
    for study in (NAMESAKE, ABROAD):
        judged = match(identity, extract(_page(study), SITE))
        assert not judged.decision.is_match and judged.decision.value == "rejected", judged.reasons


def _serve(server: HTTPServer, studies: list[dict[str, Any]], robots: str = "") -> None:
    server.expect_request("/robots.txt").respond_with_data(robots, status=200 if robots else 404)
    ids = [{"protocolSection": {"identificationModule": s["protocolSection"]["identificationModule"]}} for s in studies]
    server.expect_request(SEARCH).respond_with_json({"studies": ids})
    for study in studies:
        nct = study["protocolSection"]["identificationModule"]["nctId"]
        server.expect_request(f"{SEARCH}/{nct}").respond_with_json(study)


def _scan(run_cli: Any, tmp_path: Path, server: HTTPServer, name: str) -> dict[str, Any]:
    return coverage_row(run_cli, tmp_path, name, SITE.id, HOST, server.url_for(""), *WHO)


def test_the_scan_reports_the_subject_s_study_with_the_study_url(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    _serve(httpserver, [MINE, NAMESAKE])
    row = _scan(run_cli, tmp_path, httpserver, "found")
    assert (row["status"], row["outcome"]) == ("found", "found")
    assert "1 page(s) about the subject; 1 about someone else" in row["detail"]
    report = json.loads((tmp_path / "found" / "report.json").read_text(encoding="utf-8"))
    # The report links the study pages a person opens, not the API; the namesake's is judged someone else's.
    judged = {p["url"]: p["match"]["decision"] for p in report["pages"]}
    assert judged == {f"{HOST}/study/NCT07000001": "confirmed", f"{HOST}/study/NCT07000002": "rejected"}


def test_only_a_namesake_s_study_is_about_someone_else_and_none_is_not_found(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    _serve(httpserver, [NAMESAKE])
    row = _scan(run_cli, tmp_path, httpserver, "namesake")
    assert (row["status"], row["outcome"]) == ("not_found", "about_someone_else")
    httpserver.clear()
    _serve(httpserver, [])
    row = _scan(run_cli, tmp_path, httpserver, "none")
    assert (row["status"], row["outcome"]) == ("not_found", "not_found")


def test_an_api_error_is_a_could_not_check_row_with_its_reason(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request(SEARCH).respond_with_data("Invalid query.term: unbalanced quotes", status=400)
    row = _scan(run_cli, tmp_path, httpserver, "error")
    assert (row["status"], row["outcome"]) == ("http_error", "could_not_check")
    assert "400" in row["detail"]


def test_robots_txt_disallowing_the_api_is_obeyed(run_cli: Any, tmp_path: Path, httpserver: HTTPServer) -> None:
    robots = (SITE_WEB / "robots.txt").read_text(encoding="utf-8")
    _serve(httpserver, [MINE], robots)
    row = _scan(run_cli, tmp_path, httpserver, "robots")
    assert (row["status"], row["outcome"]) == ("robots_disallowed", "could_not_check")
    assert row["manual_check_url"] == "https://clinicaltrials.gov/search?term=Wren+Halvorsen"
    assert not [r for r in httpserver.log if r[0].path.startswith("/api/")]


SITE_WEB = Path(__file__).resolve().parents[2] / "src" / "footprint" / "sandbox" / "web" / "clinicaltrials"


def test_the_sandbox_serves_the_demo_physician_s_study_behind_the_real_robots_txt() -> None:
    with Sandbox() as web:
        only = {"sites": {"enabled": ["clinicaltrials"]}, "search": {"backends": []}}
        obeyed = pipeline.run(demo_subject(), web.settings().with_overrides(**only))
        read = pipeline.run(demo_subject(), web.settings().with_overrides(**only, fetch={"obey_robots": False}))
    [row] = [c for c in obeyed.coverage if c.site == "clinicaltrials"]
    assert row.status.value == "robots_disallowed"
    [row] = [c for c in read.coverage if c.site == "clinicaltrials"]
    assert row.status.value == "found", row
    [study] = [m for m in read.matches if m.page.site_id == "clinicaltrials" and m.result.decision.is_match]
    assert study.page.url == "https://clinicaltrials.gov/study/NCT09412857"
    assert study.result.person is not None and study.result.person.phones == ()  # the coordinator's are hers
