"""Google Business Profile through the Places API (New), read as docs/evidence/google_business.md describes it.

The answers are tests/data/real_web/google_business/; each ``.expected.json``
says what the request carries and what a reader gets.
"""

from __future__ import annotations

import json

import pytest

from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.models import Identity, Page, PageKind, Parser, Probe
from footprint.probes import link_probes, site_probes
from footprint.sites import by_id
from tests.real_web_api import case

SITE = by_id()["google_business"]


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_PLACES_API_KEY", "AIza-test-key")


def _identity() -> Identity:
    subject = make_subject("Dr. Wren A. Halvorsen, MD", specialty="Dermatology", city="Portland", state="OR")
    return Identity(subject, name_variants(subject))


def _page(probe: Probe, name: str) -> Page:
    answer = case("google_business", name)
    return Page(probe, answer.status, answer.body.decode(), "application/json", probe.url)


def test_text_search_is_a_post_with_a_text_query_a_field_mask_and_the_key_header() -> None:
    wanted = case("google_business", "api_text_search").expected
    [probe] = site_probes(_identity(), [SITE])
    assert (probe.method, probe.url) == (wanted["request"]["method"], wanted["url"])
    assert json.loads(probe.json_body) == wanted["request"]["body"]
    assert dict(probe.headers) == {"X-Goog-FieldMask": wanted["request"]["headers"]["X-Goog-FieldMask"]}
    assert probe.secret_headers == (("X-Goog-Api-Key", "GOOGLE_PLACES_API_KEY"),)  # resolved only when sent
    assert probe.parser == Parser.GOOGLE_PLACES_SEARCH


def test_text_search_lists_the_places_and_links_each_to_its_details_without_a_rating_of_its_own() -> None:
    answer = case("google_business", "api_text_search")
    [probe] = site_probes(_identity(), [SITE])
    page = extract(_page(probe, "api_text_search"), SITE)
    records = answer.expected["records"]
    assert [p.name for p in page.people] == [r["name"] for r in records]
    assert page.people[0].phones == (records[0]["phone"],)
    assert page.people[0].addresses[0].postal_code == "97210"
    assert page.links == tuple(f"https://www.google.com/maps/place/?q=place_id:{r['place_id']}" for r in records)
    assert page.rating is None  # a listing's first place may be another doctor's clinic
    assert page.kind == PageKind.DIRECTORY_LISTING


def test_place_details_gives_rating_count_phone_and_dated_reviews() -> None:
    wanted = case("google_business", "api_place_details").expected
    [probe] = link_probes(
        [f"https://www.google.com/maps/place/?q=place_id:{wanted['url'].rsplit('/', 1)[1]}"], SITE, set()
    )
    assert (probe.method, probe.url) == (wanted["request"]["method"], wanted["url"])
    assert dict(probe.headers) == {"X-Goog-FieldMask": wanted["request"]["headers"]["X-Goog-FieldMask"]}
    assert probe.secret_headers == (("X-Goog-Api-Key", "GOOGLE_PLACES_API_KEY"),)
    page = extract(_page(probe, "api_place_details"), SITE)
    assert page.url == probe.origin_url  # the report links the Maps page, not the API
    assert page.people[0].name == wanted["name"] and page.people[0].phones == (wanted["phone"],)
    assert page.rating is not None and (page.rating.value, page.rating.count) == (
        wanted["rating"],
        wanted["review_count"],
    )
    assert [(r.rating, r.date, r.text) for r in page.reviews] == [
        (r["rating"], r["date"], r["text"]) for r in wanted["reviews"]
    ]


def test_an_error_envelope_names_nobody() -> None:
    [probe] = link_probes(["https://www.google.com/maps/place/?q=place_id:ChIJdemoCedarHollow0001"], SITE, set())
    page = extract(_page(probe, "api_error_no_fieldmask"), SITE)
    assert page.people == () and page.rating is None


def test_hostile_place_ids_are_not_followed() -> None:
    [probe] = site_probes(_identity(), [SITE])
    hostile = {"places": [{"id": "../../v1/places:delete", "displayName": {"text": "X"}}, {"id": 7}, "x"]}
    page = extract(Page(probe, 200, json.dumps(hostile), "application/json", probe.url), SITE)
    assert page.links == ()
