"""Directory pages keyed by the NPI (docs/evidence/npiprofile.md, castleconnolly.md), over a real local server.

NPI Profile's page for an NPI is opened when the registry record is known; what the site answers for an
NPI it does not hold is not known, so a 404 there is "could not check". Castle Connolly's profile slug
cannot be built honestly: its profiles are read when web search finds them, never guessed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from footprint.config import Settings
from footprint.extract import extract
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.models import CoverageStatus, Identity, Page, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.probes import npi_keyed_probes, site_probes
from footprint.sites import by_id, site_for_url
from footprint.sites.presence import fixture_page
from tests.sites._one_site import coverage_row

NPIPROFILE = by_id()["npiprofile"]
CASTLE = by_id()["castleconnolly"]
NPI = "1234567893"


def _identity(npi: str | None = NPI) -> Identity:
    subject = make_subject("Dr. Ansel Marrowby, MD", npi=npi, state="OR")
    return Identity(subject, name_variants(subject))


def _fetcher(server: HTTPServer) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0},
        mirrors={NPIPROFILE.base_url: server.url_for("").rstrip("/")},
    )
    return Fetcher(settings, sites={NPIPROFILE.id: NPIPROFILE})


def _serve_present(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    body = fixture_page(NPIPROFILE, "present").body
    server.expect_request(f"/npi/{NPI}").respond_with_data(body, content_type="text/html")


def test_with_the_npi_known_footprint_opens_that_npi_s_page_and_reads_the_record(httpserver: HTTPServer) -> None:
    _serve_present(httpserver)
    [probe] = site_probes(_identity(), [NPIPROFILE])
    assert probe.url == f"https://npiprofile.com/npi/{NPI}"
    assert (probe.purpose, probe.source) == (ProbePurpose.PROFILE, ProbeSource.SITE_SEARCH)
    page = _fetcher(httpserver).fetch(probe)
    assert isinstance(page, Page)
    [person] = extract(page, NPIPROFILE).people  # the namesake linked below the record is not read
    assert (person.npi, person.specialties, person.phones) == (NPI, ("Family Medicine",), ("+15035550142",))
    assert person.addresses[0].city == "Portland"


def test_without_an_npi_nothing_is_built() -> None:
    assert site_probes(_identity(npi=None), [NPIPROFILE]) == []


def test_a_record_the_pages_chose_opens_the_npi_page_the_scan_began_without() -> None:
    def no_fetch(probe: Probe) -> Page | Skipped:
        raise AssertionError(f"nothing to fetch for {probe.url}")

    began, chosen, seen = _identity(npi=None), _identity(), set[str]()
    [probe] = npi_keyed_probes(began, chosen, [NPIPROFILE, CASTLE], Settings(), no_fetch, seen)
    assert (probe.url, probe.source) == (f"https://npiprofile.com/npi/{NPI}", ProbeSource.SITE_SEARCH)
    assert npi_keyed_probes(began, chosen, [NPIPROFILE], Settings(), no_fetch, seen) == []  # asked once
    assert npi_keyed_probes(chosen, chosen, [NPIPROFILE], Settings(), no_fetch, set()) == []  # the first pass asked
    assert npi_keyed_probes(began, began, [NPIPROFILE], Settings(), no_fetch, set()) == []  # still unknown


def test_a_namesake_s_npi_page_linked_from_the_record_is_not_followed() -> None:
    assert extract(fixture_page(NPIPROFILE, "present"), NPIPROFILE).links == ()


def test_a_404_on_the_built_npi_page_is_could_not_check_not_not_found(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request(f"/npi/{NPI}").respond_with_data("<h1>Not Found</h1>", status=404)
    [probe] = site_probes(_identity(), [NPIPROFILE])
    got = _fetcher(httpserver).fetch(probe)
    assert isinstance(got, Skipped) and got.status == CoverageStatus.HTTP_ERROR
    assert got.detail.startswith("HTTP 404: NPI Profile ") and "no proof of absence" in got.detail


def test_a_404_on_a_page_web_search_gave_is_still_not_found(httpserver: HTTPServer) -> None:
    # A result's address that is gone now is a page that is gone: only the address footprint built is unproven.
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request(f"/npi/{NPI}").respond_with_data("<h1>Not Found</h1>", status=404)
    probe = Probe(NPIPROFILE.id, f"https://npiprofile.com/npi/{NPI}", ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT)
    got = _fetcher(httpserver).fetch(probe)
    assert isinstance(got, Skipped) and got.status == CoverageStatus.NOT_FOUND


def test_the_scan_says_could_not_check_for_an_unanswered_npi_page_and_found_for_the_record(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    def scan(name: str) -> dict[str, Any]:
        return coverage_row(
            run_cli,
            tmp_path,
            name,
            "npiprofile",
            "https://npiprofile.com",
            httpserver.url_for(""),
            "Dr. Ansel Marrowby, MD",
            "--npi",
            NPI,
        )

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_oneshot_request(f"/npi/{NPI}").respond_with_data("<h1>Not Found</h1>", status=404)
    missing = scan("missing")
    assert (missing["status"], missing["outcome"]) == ("http_error", "could_not_check")
    assert "no proof of absence" in missing["detail"]
    _serve_present(httpserver)
    assert scan("present")["status"] == "found"


def test_castle_connolly_profiles_are_read_from_search_results_and_never_built() -> None:
    url = "https://www.castleconnolly.com/doctors/profile/1234567893/ansel-q-marrowby-portland-or"
    assert site_for_url(url) == CASTLE and CASTLE.is_profile_url(url)
    assert CASTLE.is_profile_url("https://www.castleconnolly.com/top-doctors/ansel-q-marrowby-family-medicine")
    assert not CASTLE.is_profile_url("https://www.castleconnolly.com/specialty/family-medicine/portland-or")
    assert site_probes(_identity(), [CASTLE]) == []  # the slug's middle initial and town are guesses


def test_the_sites_table_says_the_npi_page_is_opened_by_npi(run_cli: Any) -> None:
    result = run_cli("sites", "list", "--format", "markdown")
    assert "| `npiprofile` | [NPI Profile](https://npiprofile.com) | directory | NPI page, web search |" in result.out
    castle = "| `castleconnolly` | [Castle Connolly](https://www.castleconnolly.com) | directory | web search |"
    assert castle in result.out


def _goes_by(typed: str, registry_first: str) -> Identity:
    from footprint.models import NpiRecord

    subject = make_subject(typed, state="AZ")
    record = NpiRecord(
        number=NPI, first_name=registry_first, last_name="DIMACULANGAN", middle_name="", credential="M.D.",
        taxonomies=("Pediatric Rheumatology",), addresses=(), phones=(),
    )  # fmt: skip
    return Identity(subject, name_variants(subject), record, 1)


def test_a_profile_address_is_built_under_the_registrys_name_when_she_goes_by_another() -> None:
    doximity = by_id()["doximity"]
    urls = [p.url for p in site_probes(_goes_by("Malou Dimaculangan", "MARIA"), [doximity])]
    assert urls == [
        "https://www.doximity.com/pub/malou-dimaculangan-md",
        "https://www.doximity.com/pub/maria-dimaculangan-md",
    ]
    same = [p.url for p in site_probes(_goes_by("Maria Dimaculangan", "MARIA"), [doximity])]
    assert same == ["https://www.doximity.com/pub/maria-dimaculangan-md"]


def test_the_registry_record_learned_from_the_pages_opens_the_profile_address_under_its_name() -> None:
    doximity = by_id()["doximity"]
    before = make_subject("Malou Dimaculangan", state="AZ")
    seen = {"https://www.doximity.com/pub/malou-dimaculangan-md"}
    found = npi_keyed_probes(
        Identity(before, name_variants(before)), _goes_by("Malou Dimaculangan", "MARIA"), [doximity], Settings(),
        lambda probe: Skipped("offline"), seen,
    )  # fmt: skip
    assert [p.url for p in found] == ["https://www.doximity.com/pub/maria-dimaculangan-md"]
