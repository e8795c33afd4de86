"""Pages the blind helper wrote (``bench/blind/dev/``), read and matched as a scan would.

The issue's four classes, each on a page nobody who wrote the parsers wrote: a profile named
only in its title/og:title, a people-search card in an unfamiliar layout, a news article
quoting the subject, and a staff directory listing them among colleagues. Only the dev
split is read here; the held-out split is for measuring.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.npi_api import npi_record_from_api
from footprint.probes import probe_for_url
from footprint.registry import choose_npi_record
from footprint.results import host_id
from footprint.sites import site_for_url

DEV = Path(__file__).resolve().parents[2] / "bench" / "blind" / "dev"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="the blind corpus is not in this checkout")


def _identity(slug: str) -> Identity:
    raw = json.loads((DEV / slug / "subject.json").read_text(encoding="utf-8"))
    subject = make_subject(
        raw["name"],
        specialty=raw.get("specialty"),
        city=raw.get("city"),
        state=raw.get("state"),
        npi=raw.get("npi"),
        handles=raw.get("handles", ()),
        also_known_as=raw.get("also_known_as", ()),
    )
    answer = json.loads((DEV / slug / "npi.json").read_text(encoding="utf-8"))
    records = [r for r in (npi_record_from_api(x) for x in answer.get("results", [])) if r]
    return Identity(subject, (), choose_npi_record(subject, records), len(records))


def _read(slug: str, url: str):  # type: ignore[no-untyped-def]
    manifest = json.loads((DEV / slug / "manifest.json").read_text(encoding="utf-8"))
    body = (DEV / slug / "pages" / manifest[url]["file"]).read_text(encoding="utf-8")
    site = site_for_url(url)
    if site is not None:
        probe = probe_for_url(site, url, ProbeSource.SEARCH_RESULT)
        probe = Probe(site.id, url, probe.purpose, ProbeSource.SEARCH_RESULT, probe.page_kind)  # the HTML page itself
    else:
        probe = Probe(host_id(url), url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), site)
    return page, match(_identity(slug), page)


def test_a_profile_named_only_in_its_title_and_og_title() -> None:
    _page, result = _read("eleanor-whitfield", "https://www.tiktok.com/@dr.whitfield.skincare")
    assert result.person is not None and "Eleanor Whitfield" in result.person.name  # its data adds "Dr", "MD"
    assert result.decision.is_match
    assert any(r.startswith("name:") for r in result.person.read_from)


def test_a_people_search_list_in_an_unfamiliar_layout_finds_her_card() -> None:
    page, result = _read("margaret-doyle", "https://www.spokeo.com/Margaret-Doyle/Idaho")
    assert len([p for p in page.people if p.age]) == 3
    assert result.decision.is_match
    assert result.person is not None and result.person.age == 45
    assert "Sean Doyle" in result.person.relatives


def test_a_people_search_site_no_catalog_knows() -> None:
    page, result = _read("eleanor-whitfield", "https://www.peoplelookup-usa.net/maine/whitfield-eleanor")
    assert page.kind == PageKind.PEOPLE_SEARCH
    assert result.decision.is_match and result.person is not None
    assert result.person.phones and result.person.relatives and result.person.addresses[0].street


def test_a_news_article_quoting_the_subject() -> None:
    _page, result = _read(
        "ann-lee", "https://www.practiceledger.com/direct-primary-care/austin-internists-drop-insurance"
    )
    assert result.decision.is_match
    assert result.person is not None and "internist in Austin" in result.person.context


def test_a_staff_directory_listing_her_among_colleagues() -> None:
    page, result = _read("katherine-lindqvist", "https://www.lakeshorechildrens.org/doctors/pediatrics")
    assert len([p for p in page.people if p.name]) > 3
    assert result.decision.is_match
    assert result.person is not None and "Lindqvist" in result.person.name


def test_a_namesake_on_the_same_kind_of_page_is_not_matched() -> None:
    _, result = _read("ann-lee", "https://www.ratemds.com/doctor-ratings/4410276/Dr-Ann+M.-Lee-Austin-TX.html")
    assert result.decision in (Decision.REJECTED, Decision.POSSIBLE)


def test_a_single_page_app_whose_markup_names_nobody_is_read_from_its_state() -> None:
    url = "https://www.medicare.gov/care-compare/details/doctor/1787789324?city=Toledo&state=OH"
    _page, result = _read("robert-kowalczyk", url)
    assert result.person is not None and result.person.npi == "1787789324"
    assert result.decision == Decision.CONFIRMED
