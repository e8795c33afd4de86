"""The home a confirmed people-search record gives, searched and opened, over a real local web.

A physician's people-search record lists the current home ("88 Larkspur Hollow Ln, Portland, OR"); a real-estate
page for that house is titled with the address and names the owners of record only inside the page, so no name
query returns it and no snippet names the physician. The second pass searches the address (quoted, with the
town) and the street with the family name, and opens what carries that house number and street; a house down the
same street, or a scan with no confirmed people-search record, opens nothing of the kind."""

from __future__ import annotations

from dataclasses import replace

from pytest_httpserver import HTTPServer

from footprint import pipeline
from footprint.identity import make_subject
from footprint.models import Decision
from tests.search._local_web import local_settings, search_engine, serve_pages

RECORD = "https://www.truepeoplesearch.com/find/person/px7home0test1"
HOUSE = "https://www.homesbythebay.example/OR/Portland/88-Larkspur-Hollow-Ln-97201/home/5512"
NEIGHBOUR = "https://www.homesbythebay.example/OR/Portland/90-Larkspur-Hollow-Ln-97201/home/5513"
RECORD_PAGE = """<html><head><title>Wren Q Halvorsen, Age 52 - Portland, OR | TruePeopleSearch</title></head><body>
<div id="personDetails" data-age="52"><h1>Wren Q Halvorsen</h1>
<div itemprop="address" itemscope><span itemprop="streetAddress">88 Larkspur Hollow Ln Apt 2</span>,
<span itemprop="addressLocality">Portland</span>, <span itemprop="addressRegion">OR</span>
<span itemprop="postalCode">97201</span></div></div></body></html>"""
HOUSE_PAGE = """<html><head><title>88 Larkspur Hollow Ln, Portland, OR 97201 | Homes by the Bay</title></head><body>
<h1>88 Larkspur Hollow Ln, Portland, OR 97201</h1><p>3 beds, 2 baths. Sold May 2022 for $640,000.</p>
<p>Public facts. Owner of record: Wren Q Halvorsen &amp; Piet Halvorsen</p></body></html>"""
NEIGHBOUR_PAGE = """<html><head><title>90 Larkspur Hollow Ln, Portland, OR 97201 | Homes by the Bay</title></head><body>
<h1>90 Larkspur Hollow Ln</h1><p>Owner of record: Dale Ostrander</p></body></html>"""
INDEX = [
    (RECORD, "Wren Q Halvorsen, Age 52 - Portland, OR | TruePeopleSearch", "Wren Q Halvorsen, age 52, Portland"),
    (HOUSE, "88 Larkspur Hollow Ln, Portland, OR 97201 | Homes by the Bay", "3 beds, 2 baths. Sold May 2022 ..."),
    (NEIGHBOUR, "90 Larkspur Hollow Ln, Portland, OR 97201 | Homes by the Bay", "4 beds, 3 baths. For sale ..."),
]
HOSTS = ("www.truepeoplesearch.com", "www.homesbythebay.example")
NPI = {
    "number": "1245319599",
    "enumeration_type": "NPI-1",
    "basic": {"first_name": "WREN", "middle_name": "Q", "last_name": "HALVORSEN", "credential": "M.D.", "status": "A"},
    "addresses": [{"address_purpose": "LOCATION", "address_1": "1200 SW PARK AVE", "city": "PORTLAND", "state": "OR",
                   "postal_code": "97205", "telephone_number": "503-555-0100"}],
    "taxonomies": [{"desc": "Dermatology", "primary": True, "state": "OR", "license": "1"}],
}  # fmt: skip


def _web(server: HTTPServer, asked: list[str], index: list[tuple[str, str, str]]) -> None:
    """A search engine over ``index`` (a quoted phrase must match, the other words rank; without one, every
    word), the registry with one record, and the pages."""

    server.expect_request("/search").respond_with_handler(search_engine(index, asked, every_word=True))
    server.expect_request("/npi/api/").respond_with_json({"result_count": 1, "results": [NPI]})
    serve_pages(server, {RECORD: RECORD_PAGE, HOUSE: HOUSE_PAGE, NEIGHBOUR: NEIGHBOUR_PAGE})


def _scan(server: HTTPServer, index: list[tuple[str, str, str]]) -> tuple[dict[str, Decision], list[str]]:
    asked: list[str] = []
    _web(server, asked, index)
    plain = local_settings(server, HOSTS)
    settings = replace(plain, search=replace(plain.search, learned_queries=8))
    scan = pipeline.run(make_subject("Dr. Wren Halvorsen", city="Portland", state="OR"), settings)
    return {m.page.url: m.result.decision for m in scan.matches}, asked


def test_the_home_a_confirmed_people_search_record_gives_is_searched_and_its_page_opened(
    httpserver: HTTPServer,
) -> None:
    opened, asked = _scan(httpserver, INDEX)
    assert opened.get(RECORD) == Decision.CONFIRMED
    # The street line without its unit, quoted with the town.
    assert '"88 Larkspur Hollow Ln" Portland' in asked
    assert HOUSE in opened  # titled with the address only: opened for the matcher, who reads the owner of record
    assert NEIGHBOUR not in opened  # the same street, another house number, no family name: not the subject's home


def test_without_a_confirmed_people_search_record_no_address_is_searched(httpserver: HTTPServer) -> None:
    opened, asked = _scan(httpserver, INDEX[1:])  # search never returns the record: no home is known
    assert not any("Larkspur" in q for q in asked)
    assert HOUSE not in opened
