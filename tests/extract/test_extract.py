"""Extraction of real page shapes into typed records (fixtures in tests/data/extract/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from footprint.extract import extract
from footprint.extract.embedded import select
from footprint.extract.entities import entities_in
from footprint.extract.ratings import parse_rating
from footprint.models import Address, Page, PageKind, Probe, ProbePurpose, ProbeSource, Rating
from footprint.sites import SiteDefinition, by_id

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def _page(fixture: str, url: str, kind: str = "ratings_profile", body: str | None = None) -> Page:
    text = body if body is not None else (DATA / fixture).read_text(encoding="utf-8")
    probe = Probe("test", url, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind(kind))
    return Page(probe, 200, text, "text/html", url)


def _site(**extract_rules: Any) -> SiteDefinition:
    return SiteDefinition("test", "Test", "ratings", "https://example.org", extract=extract_rules)


ZOCDOC_STATE = {
    "profile": {
        "data": {
            "provider": {
                "npi": "1945807307",
                "approvedFullName": "Dr. Robert Lindqvist, MD",
                "averageRating": 4.72,
                "reviewCount": 213,
                "specialties": [{"name": "Cardiologist"}],
                "approvedLocations": [
                    {
                        "address1": "1501 NE Medical Center Dr",
                        "address2": "Suite 200",
                        "city": "Bend",
                        "state": "OR",
                        "zipCode": "97701",
                        "phone": "(541) 555-0100",
                    }
                ],
                "reviews": [
                    {
                        "overallRating": 1,
                        "comment": "Rude front desk.",
                        "date": "2026-05-02T10:00:00Z",
                        "response": {"text": "We are sorry; please call us."},
                    }
                ],
            }
        }
    },
    "search": {"featured": [{"approvedFullName": "Dr. Jane Marsh, MD", "npi": "1003322454"}]},
}
ZOCDOC_RULES = {
    "embedded_json": {
        "script": "script",
        "prefix": r"window\.__REDUX_STATE__\s*=\s*JSON\.parse\(",
        "paths": {
            "name": "profile.data.provider.approvedFullName",
            "npi": "profile.data.provider.npi",
            "rating": "profile.data.provider.averageRating",
            "rating_count": "profile.data.provider.reviewCount",
            "specialty": "profile.data.provider.specialties[*]",
            "address": "profile.data.provider.approvedLocations[*]",
            "phone": "profile.data.provider.approvedLocations[*].phone",
            "reviews": "profile.data.provider.reviews",
        },
    }
}


def test_zocdoc_redux_state_inside_a_javascript_string() -> None:
    state = json.dumps(json.dumps(ZOCDOC_STATE))  # JSON text inside a JS string literal, as Zocdoc ships it
    body = (DATA / "zocdoc_profile.html").read_text(encoding="utf-8").replace("@@STATE@@", state)
    page = extract(
        _page("", "https://www.zocdoc.com/doctor/robert-lindqvist-md-12345", body=body), _site(**ZOCDOC_RULES)
    )
    assert [p.name for p in page.people] == ["Dr. Robert Lindqvist, MD"]  # the sponsored card is gone
    person = page.people[0]
    assert person.npi == "1945807307"
    assert person.addresses == (Address("1501 NE Medical Center Dr Suite 200", "Bend", "OR", "97701", "practice"),)
    assert person.phones == ("+15415550100",)
    assert person.specialties == ("Cardiologist",)
    assert page.rating == Rating(4.72, 5.0, 213)
    assert page.reviews[0].rating == 1 and page.reviews[0].reply == "We are sorry; please call us."


def test_next_data_listing_gives_one_person_per_record() -> None:
    rules = {
        "embedded_json": {
            "script": "script#__NEXT_DATA__",
            "paths": {
                "record": "props.pageProps.providers[*]",
                "name": "displayName",
                "npi": "npi",
                "specialty": "specialty",
                "address": "locations[*]",
                "phone": "locations[*].phone",
            },
        }
    }
    page = extract(
        _page("vitals_listing.html", "https://www.vitals.com/cardiologists/or/bend", "directory_listing"),
        _site(**rules),
    )
    assert [(p.name, p.npi) for p in page.people] == [
        ("Dr. Robert Lindqvist, MD", "1945807307"),
        ("Dr. Maria Soto, MD", "1215736814"),
    ]
    assert page.people[0].addresses[0].postal_code == "97701"
    assert page.rating is None  # the city-wide average is not a doctor's rating
    assert "Paid Placement" not in page.text and "Average rating for" not in page.text


def test_a_location_s_name_in_page_data_is_the_practice() -> None:
    """A ratings site's page data lists each office with the practice or hospital it is: the first named one is
    where the doctor works; an office without a name gives none."""
    import json as _json

    def body(locations: list[dict[str, str]]) -> str:
        provider = {"displayName": "Dr. Wren Halvorsen, MD", "npi": "1457396823", "locations": locations}
        data = {"props": {"pageProps": {"provider": provider}}}
        return (
            f'<html><body><script id="__NEXT_DATA__" type="application/json">{_json.dumps(data)}</script></body></html>'
        )

    rules = {
        "embedded_json": {
            "script": "script#__NEXT_DATA__",
            "paths": {"name": "props.pageProps.provider.displayName", "npi": "props.pageProps.provider.npi",
                      "address": "props.pageProps.provider.locations[*]"},
        }
    }  # fmt: skip
    office = {"address1": "12 Pine St", "city": "Bend", "state": "OR", "zip": "97701"}
    named = [office, {**office, "name": "Cascade Crest Rehabilitation Hospital"}]
    page = extract(_page("", "https://www.vitals.com/doctors/Dr_Wren_Halvorsen.html", body=body(named)), _site(**rules))
    assert page.people[0].practice == "Cascade Crest Rehabilitation Hospital"
    page = extract(
        _page("", "https://www.vitals.com/doctors/Dr_Wren_Halvorsen.html", body=body([office])), _site(**rules)
    )
    assert page.people[0].practice == ""


def test_dotted_paths_index_wildcard_and_fallback() -> None:
    data = {"a": {"b": [{"c": 1}, {"c": 2}], "d": None}}
    assert select(data, "a.b[*].c") == [1, 2]
    assert select(data, "a.b[1].c") == [2]
    assert select(data, "a.d | a.b[0].c") == [1]
    assert select(data, "a.x.y") == []


def test_rdfa_profile_page_with_decimal_comma_on_a_ten_point_scale() -> None:
    page = extract(_page("rdfa_profile.html", "https://example.org/dr-ana"), _site())
    assert [p.name for p in page.people] == ["Dr. Ana García-Márquez, MD"]  # "similar doctors" dropped
    person = page.people[0]
    assert person.addresses[0] == Address("801 Encino Pl NE", "Albuquerque", "NM", "87102", "practice")
    assert page.rating == Rating(9.2, 10.0, 1204)
    assert page.rating.out_of_five == 4.6


def test_json_ld_graph_rating_reviews_and_the_city_average_ignored() -> None:
    page = extract(_page("jsonld_profile.html", "https://example.org/dr-chen"), _site())
    person = page.people[0]
    assert person.npi == "1137585844"
    assert person.specialties == ("Dermatology", "Mohs Surgery")
    assert person.practice == "Harborview Medical Center"
    assert person.phones == ("+12065550163",)
    assert page.rating == Rating(4.5, 5.0, 87)
    review = page.reviews[0]
    assert (review.rating, review.author, review.date) == (2.0, "T.W.", "2026-08-02")
    assert review.reply.startswith("Thank you for the feedback")


def test_posts_comments_and_tagged_photos_from_markup() -> None:
    page = extract(_page("social_post.html", "https://blog.example.social/june/lake-weekend", "social_post"), _site())
    post, comment = page.posts
    assert post.author == "junebrightwater@mastodon.social"
    assert (post.audience, post.location, post.date) == ("Public", "Lake Billy Chinook", "2026-07-04")
    assert post.mentions == ("icastellwright@mastodon.social",)
    assert comment.author == "icastellwright@mastodon.social"
    assert comment.on_post_by == "junebrightwater@mastodon.social"
    photo = page.photos[0]
    assert photo.url == "https://photos.example.social/p/8841.jpg"
    assert photo.tagged == ("icastellwright@mastodon.social",)
    assert photo.posted_by == "junebrightwater@mastodon.social"
    assert photo.alt == "Four people holding drinks on a dock" and photo.caption == "Dock day"


def test_people_search_page_without_markup_reads_the_text() -> None:
    page = extract(_page("people_search_plain.html", "https://example.org/thomas-okafor", "people_search"), _site())
    person = page.people[0]
    assert person.age == 44 and person.birth_date == "March 3, 1982"
    assert Address("2618 Bellefontaine St", "Houston", "TX", "77025") in person.addresses
    # "Previous address: ...": the labelled reader says so, and the same street is not listed twice.
    assert Address("905 Westheimer Rd Apt 12", "Houston", "TX", "77006", "previous") in person.addresses
    assert len({a.street for a in person.addresses}) == len(person.addresses)
    assert person.relatives == ("Thomas A Okafor Sr", "Grace Okafor", "Adaeze Okafor")
    assert person.practice == "Bayou City Orthopedics"
    assert person.phones == ("+17135550140",) and person.emails == ("tokafor.jr@example.com",)


def test_site_ignore_rules_drop_blocks_before_reading() -> None:
    body = (
        (DATA / "jsonld_profile.html")
        .read_text(encoding="utf-8")
        .replace("<body>", '<body><div class="promo">Dr. Someone Else, (206) 555-0111</div>')
    )
    page = extract(_page("", "https://example.org/dr-chen", body=body), _site(ignore=[".promo"]))
    assert "Someone Else" not in page.text


@pytest.mark.parametrize(
    ("value", "best", "expected"),
    [
        ("4,5", None, (4.5, 5.0)),
        ("9/10", None, (9.0, 10.0)),
        ("4.5 out of 5", None, (4.5, 5.0)),
        ("8", "10", (8.0, 10.0)),
        ("8.4", None, (8.4, 10.0)),
        ("92%", None, (92.0, 100.0)),
        (3, None, (3.0, 5.0)),
    ],
)
def test_ratings_are_read_on_their_own_scale(value: object, best: str | None, expected: tuple[float, float]) -> None:
    rating = parse_rating(value, best=best)
    assert rating is not None and (rating.value, rating.scale) == expected


def test_unreadable_ratings_are_none() -> None:
    assert parse_rating("no ratings yet") is None
    assert parse_rating("7", best="5") is None


def test_text_entities_kin_phrases() -> None:
    seen = entities_in("Dr. Roe and her husband, Mark Roe, moved here. DOB: 03/14/1971. 52 years old.")
    assert "Mark Roe" in seen.relatives and seen.birth_date == "03/14/1971" and seen.age == 52


RATEMDS_RULES = {
    "reviews": {
        "record": "div.rating",
        "rating": "span.star-rating@title",
        "text": "p.rating-comment-body",
        "date": "p.rating-comment-created",
        "reply": "div.doctor-response",
    }
}


def test_reviews_by_site_selectors_with_an_attribute_rating() -> None:
    page = extract(
        _page("ratemds_profile.html", "https://www.ratemds.com/doctor-ratings/4412/x.html"), _site(**RATEMDS_RULES)
    )
    first, second = page.reviews
    assert (first.rating, first.scale, first.date) == (2.0, 5.0, "2026-03-03")
    assert first.reply.startswith("I remember your visit")
    assert second.rating == 5.0 and second.reply == ""


def test_site_schema_accepts_review_selectors_and_embedded_json() -> None:
    from footprint.sites import parse_definition

    raw = {
        "id": "ratemds",
        "name": "RateMDs",
        "kind": "ratings",
        "base_url": "https://www.ratemds.com",
        "extract": {**RATEMDS_RULES, **ZOCDOC_RULES},
    }
    site = parse_definition(raw, "ratemds.yaml")
    assert site.extract["reviews"]["record"] == "div.rating"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Submitted March 3, 2026", "2026-03-03"), ("03/14/1971", "1971-03-14"), ("Sep 2025", "2025-09"), ("n/a", "n/a")],
)
def test_dates_become_iso(text: str, iso: str) -> None:
    from footprint.extract.entities import iso_date

    assert iso_date(text) == iso


def test_hostile_links_in_markup_are_dropped() -> None:
    body = (DATA / "social_post.html").read_text(encoding="utf-8")
    body = body.replace("https://photos.example.social/p/8841.jpg", "javascript:alert(1)")
    body = body.replace('"url": "https://blog.example.social/june/lake-weekend"', '"url": "javascript:alert(2)"')
    page = extract(_page("", "https://blog.example.social/june/lake-weekend", "social_post", body=body), _site())
    assert page.photos == ()
    assert all(not p.url for p in page.posts)


def test_post_authors_become_people_with_their_handles() -> None:
    page = extract(_page("social_post.html", "https://blog.example.social/june/lake-weekend", "social_post"), _site())
    assert [(p.name, p.handle) for p in page.people] == [
        ("June Brightwater", "junebrightwater@mastodon.social"),
        ("Imogen Castellwright", "icastellwright@mastodon.social"),
    ]


def test_figures_without_markup_keep_alt_text_and_caption() -> None:
    body = """<html><body><article><p>Reunion!</p>
    <figure><img src="https://cdn.example.social/x.jpg" alt="May be an image of 3 people and drink">
    <figcaption>Class of 2004</figcaption></figure>
    <img src="javascript:alert(1)" alt="x"></article></body></html>"""
    page = extract(_page("", "https://social.example/p/1", "social_post", body=body), _site())
    assert [(p.url, p.alt, p.caption) for p in page.photos] == [
        ("https://cdn.example.social/x.jpg", "May be an image of 3 people and drink", "Class of 2004")
    ]


def test_people_beside_the_main_entity_are_related_content() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "ProfilePage", "mainEntity": {"@type": "Physician", "name": "Dr. Jane Marsh, MD"}},
            {
                "@type": "ItemList",
                "name": "Similar doctors",
                "itemListElement": [
                    {"@type": "ListItem", "item": {"@type": "Physician", "name": "Dr. Robert Lindqvist, MD"}}
                ],
            },
        ],
    }
    body = f'<html><head><script type="application/ld+json">{json.dumps(graph)}</script></head><body></body></html>'
    page = extract(_page("", "https://example.org/dr-jane-marsh", body=body), _site())
    assert [p.name for p in page.people] == ["Dr. Jane Marsh, MD"]


def test_a_similar_doctors_heading_never_takes_the_whole_profile_with_it() -> None:
    body = """<html><body><h1>Dr. Robert Lindqvist</h1><div id="content">
    <h2>About</h2><p>Cardiologist in Bend. Call (541) 555-0100.</p>
    <h2>Similar doctors</h2><p>Dr. Jane Marsh</p></div>
    <aside><h3>Sponsored</h3><p>Dr. Paid Placement (541) 555-0177</p></aside></body></html>"""
    page = extract(_page("", "https://example.org/dr-robert-lindqvist", body=body), _site())
    assert "Cardiologist in Bend" in page.text
    assert "Paid Placement" not in page.text and "Jane Marsh" not in page.text


def test_the_catalog_zocdoc_definition_reads_its_redux_state() -> None:
    # The bundled definition, not rules written for the test: what a real scan uses. The state as the
    # evidence shows it (docs/evidence/zocdoc.md): relevantSpecialty.name, and no reviews list.
    provider = dict(ZOCDOC_STATE["profile"]["data"]["provider"])  # type: ignore[index]
    provider.pop("specialties")
    provider.pop("reviews")
    provider["relevantSpecialty"] = {"id": "sp_31", "name": "Cardiologist"}
    state = json.dumps(json.dumps({**ZOCDOC_STATE, "profile": {"data": {"provider": provider}}}))
    body = (DATA / "zocdoc_profile.html").read_text(encoding="utf-8").replace("@@STATE@@", state)
    url = "https://www.zocdoc.com/doctor/robert-lindqvist-md-12345"
    page = extract(_page("", url, body=body), by_id()["zocdoc"])
    assert [(p.name, p.npi) for p in page.people] == [("Dr. Robert Lindqvist, MD", "1945807307")]
    assert page.people[0].addresses[0].city == "Bend" and page.people[0].phones == ("+15415550100",)
    assert page.people[0].specialties == ("Cardiologist",)
    assert page.rating == Rating(4.72, 5.0, 213)
    assert page.reviews == ()


def test_the_catalog_vitals_definition_reads_next_data_and_ignores_similar_doctors() -> None:
    page = extract(
        _page("vitals_profile.html", "https://www.vitals.com/doctors/Dr_Robert_Lindqvist.html"), by_id()["vitals"]
    )
    assert [(p.name, p.npi) for p in page.people] == [("Dr. Robert Lindqvist, MD", "1945807307")]
    person = page.people[0]
    assert person.specialties == ("Cardiology",) and person.addresses[0].postal_code.startswith("97701")
    assert page.rating == Rating(3.8, 5.0, 47)  # the provider's, not a similar doctor's 4.9
    assert [(r.rating, r.date) for r in page.reviews] == [(2, "2026-09-18"), (5, "2026-07-02")]
    assert "Maria Soto" not in page.text


@pytest.mark.parametrize(
    ("site", "kind", "body", "expected"),
    [
        # Unclaimed: the site's own label, and the generic claim prompts.
        ("yelp", "ratings_profile", "<h1>Dr. Ann Lee</h1><span>Unclaimed</span><p>4.0 (12 reviews)</p>", False),
        (
            None,
            "ratings_profile",
            "<h1>Dr. Ann Lee</h1><a href='/claim'>Is this you? Claim your free profile</a>",
            False,
        ),
        (None, "directory_listing", "<h1>Dr. Ann Lee</h1><p>This is an unclaimed listing.</p>", False),
        # Claimed, or the page does not say: never reported as unclaimed.
        ("yelp", "ratings_profile", "<h1>Dr. Ann Lee</h1><span>Claimed</span><a>Claim this page?</a>", True),
        (None, "ratings_profile", "<h1>Dr. Ann Lee</h1><p>4.8 stars from 40 reviews</p>", None),
        # A claim prompt on a social post is not about a ratings profile.
        (None, "social_post", "<p>Claim your free profile today!</p>", None),
    ],
)
def test_whether_a_profile_is_claimed(site: str | None, kind: str, body: str, expected: bool | None) -> None:
    definition = by_id()[site] if site else None
    page = extract(
        _page("", "https://www.yelp.com/biz/dr-ann-lee-portland", kind, body=f"<html>{body}</html>"), definition
    )
    assert page.claimed is expected


def test_an_age_after_a_name_then_the_place_is_no_house_number() -> None:
    from footprint.extract.entities import addresses_in

    # "Name, 29" then the city on the next line: flattened, it looks like "29 Mount Pleasant, SC 29464".
    assert addresses_in("Colette R Abernathy, 29 Mount Pleasant, SC 29464 Phone: (843) 555-0105") == ()
    assert addresses_in("Rosa Quint, 52 · Fargo, ND 58103") == ()
    # A street after a name's comma is still a street: it has a street's type word.
    (agent,) = addresses_in("Registered Agent: J. ROE JR, 418 CHESTNUT RIDGE TRACE, BOWLING GREEN, KY 42103")
    assert agent.street == "418 CHESTNUT RIDGE TRACE" and agent.city == "BOWLING GREEN"
    (home,) = addresses_in("lives at 29 Mount Pleasant Rd, Austin, TX 78701")
    assert home.street == "29 Mount Pleasant Rd"


def test_a_count_before_a_listings_address_is_no_house_number() -> None:
    """A ratings card runs "Based on 2 reviews", the practice's name and its address together: the street
    starts at the house number, not at the count."""
    from footprint.extract.entities import addresses_in

    text = "3.0 Star Rating Based on 2 reviews Location Casco Bay Dermatology 75 Fore River Pkwy Portland, ME 04102"
    assert [a.street for a in addresses_in(text)] == ["75 Fore River Pkwy"]
