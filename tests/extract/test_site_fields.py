"""A site definition's fields: the selector syntax, nameless field lists, address parts, listing cards."""

from __future__ import annotations

from typing import Any

from footprint.extract import extract
from footprint.extract.html import parse_selector
from footprint.models import Address, Page, PageKind, Probe, ProbePurpose, ProbeSource, Rating
from footprint.sites import SiteDefinition

URL = "https://ratings.example/doctor/ann-roe-12345"


def _read(body: str, kind: str = "ratings_profile", **rules: Any) -> Any:
    site = SiteDefinition("test", "Test", "ratings", "https://ratings.example", extract={"structured": True, **rules})
    probe = Probe("test", URL, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind(kind))
    return extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), site)


def test_a_selector_is_css_then_an_attribute_then_a_regular_expression() -> None:
    css, attr, pattern = parse_selector('[itemprop="aggregateRating"] meta[itemprop=ratingValue]@content')
    assert (css, attr, pattern) == ('[itemprop="aggregateRating"] meta[itemprop=ratingValue]', "content", None)
    css, attr, pattern = parse_selector("h3 /^([^,]+), (\\d+)$/")
    assert (css, attr) == ("h3", "") and pattern is not None and pattern.groups == 2
    css, attr, pattern = parse_selector("a.mail@href /mailto:(\\S+@\\S+)/")  # an @ inside the regex stays there
    assert (css, attr) == ("a.mail", "href") and pattern is not None and pattern.pattern == "mailto:(\\S+@\\S+)"


def test_a_rating_in_an_attribute_is_read() -> None:
    body = """<h1 class="name">Dr. Ann Roe</h1>
      <div itemprop="aggregateRating"><meta itemprop="ratingValue" content="3.9">
      <meta itemprop="reviewCount" content="14"><span>Rated 3.9</span></div>"""
    fields = {
        "name": "h1.name",
        "rating": '[itemprop="aggregateRating"] meta[itemprop="ratingValue"]@content',
        "rating_count": '[itemprop="aggregateRating"] meta[itemprop="reviewCount"]@content',
    }
    assert _read(body, fields=fields).rating == Rating(3.9, 5.0, 14)


def test_a_field_list_without_a_name_is_read_and_given_to_the_page_s_one_person() -> None:
    body = """<script type="application/ld+json">{"@type": "Physician", "name": "Ann Roe"}</script>
      <h1>Dr. Ann Roe, MD</h1><div doctor_npi="1749023853"><button data-tracking-npi="1749023853">Book</button></div>"""
    page = _read(body, fields={"npi": ["[doctor_npi]@doctor_npi", "[data-tracking-npi]@data-tracking-npi"]})
    assert [(p.name, p.npi) for p in page.people] == [("Ann Roe", "1749023853")]


def test_a_regular_expression_splits_name_and_age_written_together() -> None:
    body = '<div role="listitem"><h3>Ann Roe, 47</h3></div><div role="listitem"><h3>Ann Roe, 29</h3></div>'
    rules = {"record": 'div[role="listitem"]', "fields": {"name": "h3 /^([^,]+),/", "age": "h3 /,\\s*(\\d{1,3})$/"}}
    page = _read(body, "people_search", **rules)
    assert [(p.name, p.age) for p in page.people] == [("Ann Roe", 47), ("Ann Roe", 29)]


def test_address_parts_in_separate_elements_make_one_address_each() -> None:
    body = """<h1>Dr. Ann Roe</h1>
      <div><span class="st">2250 NW Flanders St Ste 310</span><span class="city">Portland,</span>
        <span class="state">OR</span><span class="zip">97210</span></div>
      <div><span class="st">1 Main St</span><span class="city">Salem,</span><span class="state">OR</span>
        <span class="zip">97301</span></div>"""
    parts = {"street": ".st", "city": ".city", "state": ".state", "postal_code": ".zip"}
    person = _read(body, fields={"name": "h1", "address": parts}).people[0]
    assert person.addresses[:2] == (
        Address("2250 NW Flanders St Ste 310", "Portland", "OR", "97210"),
        Address("1 Main St", "Salem", "OR", "97301"),
    )


def test_a_listing_selector_that_matches_nothing_reads_the_page_as_one_record() -> None:
    rules = {"record": ".card", "fields": {"name": "h1, .card a.name"}}
    profile = _read("<h1>Dr. Ann Roe</h1><p>Dermatology</p>", **rules)
    cards = '<div class="card"><a class="name">Ann Roe</a></div><div class="card"><a class="name">Bo Roe</a>'
    listing = _read(cards, **rules)
    assert [p.name for p in profile.people] == ["Dr. Ann Roe"]
    assert [p.name for p in listing.people] == ["Ann Roe", "Bo Roe"]


def test_a_card_with_its_own_json_ld_is_that_record() -> None:
    card = """<div class="card"><script type="application/ld+json">{"@type": "Physician", "name": "%s"}</script>
      <button data-tracking-npi="%s">Book</button></div>"""
    body = card % ("Ann Roe", "1749023853") + card % ("Bo Roe", "1457390218")
    page = _read(body, "directory_listing", record=".card", fields={"npi": "[data-tracking-npi]@data-tracking-npi"})
    assert [(p.name, p.npi) for p in page.people] == [("Ann Roe", "1749023853"), ("Bo Roe", "1457390218")]


def test_sub_ratings_of_one_review_give_their_mean() -> None:
    body = """<h1>Dr. Ann Roe</h1><div class="review"><span class="v">2</span><span class="v">1</span>
      <span class="v">2</span><span class="v">3</span><p class="t">Never called back.</p></div>"""
    page = _read(body, fields={"name": "h1"}, reviews={"record": ".review", "rating": ".v", "text": ".t"})
    assert [(r.rating, r.text) for r in page.reviews] == [(2.0, "Never called back.")]


def test_a_count_the_data_leaves_out_comes_from_the_page() -> None:
    body = """<script type="application/ld+json">{"@type": "Physician", "name": "Ann Roe",
      "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.84}}</script>
      <a href="#reviews">Read 31 reviews</a>"""
    page = _read(body, fields={"rating_count": 'a[href="#reviews"] /Read (\\d+) reviews/'})
    assert page.rating == Rating(4.84, 5.0, 31)


def test_the_site_s_ignore_runs_before_generic_headings_so_a_sidebar_keeps_its_phone() -> None:
    body = """<h1>Dr. Ann Roe</h1><aside><div class="contact"><p>Office phone</p><p>(503) 555-0142</p></div>
      <h3>Similar Physicians</h3><ul><li>Dr. Bo Roe (503) 555-0177</li></ul></aside>"""
    rules = {"ignore": ['h3:contains("Similar Physicians"), h3:contains("Similar Physicians") ~ *'],
             "fields": {"name": "h1"}}  # fmt: skip
    page = _read(body, **rules)
    assert page.people[0].phones == ("+15035550142",)
    assert "Bo Roe" not in page.text


def test_a_person_s_json_ld_home_relatives_handle_and_description_are_read() -> None:
    body = """<script type="application/ld+json">{"@type": "ProfilePage", "mainEntity": {"@type": "Person",
      "name": "Ann Roe", "additionalName": "annroe", "description": "Dermatologist in Portland.",
      "homeLocation": {"@type": "Place", "name": "Portland, OR"},
      "relatedTo": [{"@type": "Person", "name": "Bo Roe"}]}}</script><div id="react-root"></div>"""
    page = _read(body, "social_profile")
    person = page.people[0]
    assert (person.name, person.handle, person.relatives) == ("Ann Roe", "annroe", ("Bo Roe",))
    assert (person.addresses[0].city, person.addresses[0].state) == ("Portland", "OR")
    assert "Dermatologist in Portland." in page.text  # not on screen, but what the account says about itself


def test_other_names_in_additional_name_are_not_a_handle() -> None:
    body = """<script type="application/ld+json">{"@type": "Person", "name": "Ann Roe",
      "additionalName": ["Ann B Lindqvist"], "homeLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
      "streetAddress": "1 Main St", "addressLocality": "Salem", "addressRegion": "OR"}}}</script>"""
    person = _read(body, "people_search").people[0]
    assert person.handle == "" and person.addresses[0] == Address("1 Main St", "Salem", "OR", "", "practice")


def test_a_double_star_path_finds_data_at_any_depth_in_any_of_the_scripts() -> None:
    body = """<script type="application/json" data-sjs>{"require": [["Other", {"x": 1}]]}</script>
      <script type="application/json" data-sjs>{"require": [["P", {"deep": {"xig_user_by_username":
        {"full_name": "Ann Roe", "username": "annroe", "biography": "Skin doc."}}}]]}</script>"""
    rules = {"script": "script[data-sjs]", "paths": {"name": "**.xig_user_by_username.full_name",
             "handle": "**.xig_user_by_username.username", "bio": "**.xig_user_by_username.biography"}}  # fmt: skip
    page = _read(body, "social_profile", embedded_json=rules)
    assert [(p.name, p.handle) for p in page.people] == [("Ann Roe", "annroe")]
    assert "Skin doc." in page.text


def test_links_to_follow_can_be_limited_to_a_card_s_own_details_link() -> None:
    site = SiteDefinition(
        "test", "Test", "people_search", "https://ratings.example",
        profile_patterns=(r"^https://ratings\.example/[\w-]+_id_\w+$",),
        extract={"record": ".card", "links": "a.details", "fields": {"name": ".name"}},
    )  # fmt: skip
    body = """<div class="card"><span class="name">Ann Roe</span><a href="/bo-roe_id_2">Bo Roe (relative)</a>
      <a class="details" href="/ann-roe_id_1">View details</a></div>"""
    probe = Probe("test", URL, ProbePurpose.LISTING, ProbeSource.SITE_SEARCH, PageKind.PEOPLE_SEARCH)
    page = extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), site)
    assert page.links == ("https://ratings.example/ann-roe_id_1",)


def test_a_bare_city_gives_way_to_a_street_address_in_that_city() -> None:
    # FastPeopleSearch cards say "Portland, OR" under the name and the street address below it:
    # one address, the fuller one, so matching compares streets, not a city alone.
    body = """<div class="card"><span class="name">Ann Roe</span><span class="city">Portland, OR</span>
      <a class="addr">4417 SE Larkspur Ct<br>Portland, OR 97206</a><span class="city">Bend, OR</span></div>"""
    rules = {"record": ".card", "fields": {"name": ".name", "address": {"text": [".city", ".addr"]}}}
    person = _read(body, "people_search", **rules).people[0]
    assert [(a.street, a.city) for a in person.addresses] == [("4417 SE Larkspur Ct", "Portland"), ("", "Bend")]
