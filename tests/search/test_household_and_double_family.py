"""How a community names a physician, over a real local web: a race's results list the household by family
name and town ("Marrowby, Rick · Hamden CT"), found by the unquoted family name and town when the registry
keeps few providers of that family name in the state (and not asked for a common one); a parish or race page in
Spanish usage names a woman physician of two family names by the title and the first one ("la Dra. Albarrán"),
found and opened once the registry's two family names are kept as the family name."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import parse_qs

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint import config, pipeline
from footprint.identity import make_subject, name_variants
from footprint.models import Identity, NpiRecord, SearchResult
from footprint.registry import with_both_family_names
from footprint.results import plausible
from tests.search._local_web import local_settings, search_engine, serve_pages

RACE = "https://www.hamdenturkeytrot.example/results/2025/5k"
RACE_PAGE = """<html><head><title>2025 Turkey Trot 5K - Results</title></head><body><h1>5K results</h1>
<table><tr><td>Marrowby, Rick</td><td>69</td><td>M</td><td>Hamden CT</td><td>31:02</td></tr></table></body></html>"""
PHOTOS = "https://www.correporlosninos.example/2026/fotos"
PHOTOS_PAGE = """<html><head><title>Fotos 2026 - Corre por los Niños 5K</title></head><body><h1>Fotos</h1>
<p>La Dra. Albarrán cruza la meta junto a su hijo Andrés, de 9 años.</p></body></html>"""
INDEX = [
    (RACE, "2025 Hamden Turkey Trot 5K - Results", "Marrowby, Rick · 69 · M · Hamden CT · 31:02"),
    (PHOTOS, "Fotos 2026 – Corre por los Niños 5K", "La Dra. Albarrán cruza la meta junto a su hijo Andrés ..."),
]
HOSTS = ("www.hamdenturkeytrot.example", "www.correporlosninos.example")


def _record(number: str, first: str, last: str, sex: str, city: str, state: str) -> dict:
    return {
        "number": number,
        "enumeration_type": "NPI-1",
        "basic": {"first_name": first, "last_name": last, "credential": "M.D.", "sex": sex, "status": "A"},
        "addresses": [{"address_purpose": "LOCATION", "address_1": "1 MAIN ST", "city": city, "state": state,
                       "postal_code": "00000", "telephone_number": "555-555-0100"}],
        "taxonomies": [{"desc": "Pediatric Surgery", "primary": True, "state": state, "license": "1"}],
    }  # fmt: skip


def _web(
    server: HTTPServer, asked: list[str], records: list[dict], providers: int, counted: list[str] | None = None
) -> None:
    """A search engine (a quoted phrase must match; without one, every word), the pages, and a registry that
    answers a name or a number with ``records`` and a family name with ``state`` alone with ``providers``."""

    def registry(request: Request) -> Response:
        args = {k: v[0] for k, v in parse_qs(request.query_string.decode()).items()}
        # The family name with the state alone: how many providers bear it (not the family name under a
        # taxonomy nationwide, ``npi_api.family_in_field``'s question).
        alone = "taxonomy_description" not in args
        if "last_name" in args and "first_name" not in args and args.get("limit") == "200" and alone:
            if counted is not None:
                counted.append(args["last_name"])
            body = {"result_count": providers, "results": records[:providers]}
        else:
            body = {"result_count": len(records), "results": records}
        return Response(json.dumps(body), content_type="application/json")

    server.expect_request("/search").respond_with_handler(search_engine(INDEX, asked, every_word=True))
    server.expect_request("/npi/api/").respond_with_handler(registry)
    serve_pages(server, {RACE: RACE_PAGE, PHOTOS: PHOTOS_PAGE})


def _settings(server: HTTPServer) -> config.Settings:
    return local_settings(server, HOSTS)


def _scan(server: HTTPServer, name: str, records: list[dict], providers: int, **typed: str) -> tuple[set, list]:
    asked: list[str] = []
    _web(server, asked, records, providers)
    scan = pipeline.run(make_subject(name, **typed), _settings(server))
    return {m.page.url for m in scan.matches}, asked


MARROWBY = _record("1245319599", "RICHARD", "MARROWBY", "M", "HAMDEN", "CT")


def test_a_race_listing_the_household_by_family_name_and_town_is_found_for_a_rare_family_name(
    httpserver: HTTPServer,
) -> None:
    opened, asked = _scan(httpserver, "Dr. Richard Marrowby", [MARROWBY], 2, city="Hamden", state="CT")
    assert "Marrowby Hamden" in asked
    assert RACE in opened  # "Marrowby, Rick": the everyday name with the family name, opened for the matcher


def test_the_second_pass_asks_the_registry_nothing_the_first_pass_asked_for_the_household(
    httpserver: HTTPServer,
) -> None:
    """With the same family name, town and state, the second pass (its queries on) has the first pass's answer:
    the registry is asked how many providers bear the name once a scan, and the household is searched once."""
    asked: list[str] = []
    counted: list[str] = []
    _web(httpserver, asked, [MARROWBY], 2, counted)
    plain = _settings(httpserver)
    settings = replace(plain, search=replace(plain.search, learned_queries=8))
    scan = pipeline.run(make_subject("Dr. Richard Marrowby", city="Hamden", state="CT"), settings)
    assert RACE in {m.page.url for m in scan.matches}
    assert asked.count("Marrowby Hamden") == 1
    assert counted.count("Marrowby") == 1


def test_a_common_family_name_asks_no_household_query(httpserver: HTTPServer) -> None:
    opened, asked = _scan(httpserver, "Dr. Richard Marrowby", [MARROWBY] * 60, 60, city="Hamden", state="CT")
    assert not any(q == "Marrowby Hamden" for q in asked)
    assert RACE not in opened


def test_a_woman_of_two_family_names_is_searched_as_la_dra_and_the_first_one(httpserver: HTTPServer) -> None:
    record = _record("1245319599", "MARISOL", "ALBARRAN ECHEVARRIA", "F", "SAN JUAN", "PR")
    opened, asked = _scan(httpserver, "Marisol Albarran Echevarria, MD", [record], 1, npi="1245319599")
    assert '"Dra. Albarran" San Juan' in asked
    assert PHOTOS in opened


def test_the_registrys_two_family_names_are_one_family_name_and_the_first_names_her_with_the_title() -> None:
    typed = make_subject("Marisol Albarran Echevarria, MD")
    assert (typed.middle_name, typed.family_name) == ("Albarran", "Echevarria")  # as the typed name reads
    record = NpiRecord("1245319599", "Marisol", "Albarran Echevarria", sex="F")
    subject = with_both_family_names(typed, record)
    assert (subject.middle_name, subject.family_name) == (None, "Albarran Echevarria")
    # A middle name the registry keeps apart stays a middle name.
    other = NpiRecord("1245319599", "Marisol", "Echevarria", middle_name="Albarran")
    assert with_both_family_names(typed, other) == typed
    who = Identity(subject, name_variants(subject), record)
    photo = SearchResult(1, PHOTOS, "Fotos 2026", "La Dra. Albarrán cruza la meta junto a su hijo", "searxng")
    assert plausible(who, photo)
    namesake = SearchResult(1, PHOTOS, "Fotos 2026", "La Dra. Ortiz cruza la meta junto a su hijo", "searxng")
    assert not plausible(who, namesake)
