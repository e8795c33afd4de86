"""A picture on a page that marks nothing up: a social post's attached picture (a server-rendered Mastodon
status) is the post's, captioned by its words; a photo-sharing site's photo page shows its OpenGraph image
with a title, a description and an "In this photo" list. Someone else's picture of the subject holding a
drink is a tagged photo and drinking imagery either way; a page's logo or a headshot is no scene."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

SUBJECT = make_subject("Dr. Peggy Quillfeather", city="Fargo", state="ND")
PEGGY = Identity(SUBJECT, name_variants(SUBJECT))

STATUS = """<html><head><title>Ole Hanson: "Lake weekend!" - Mastodon</title>
<meta property="og:type" content="article"><meta property="og:title" content="Ole Hanson (@ole@social.example)">
<meta property="og:description" content="Lake weekend! Finally dragged Dr. Peggy Quillfeather away from the ER">
</head><body><div class="status"><a href="https://social.example/@ole"><strong>Ole Hanson</strong></a>
<div class="status__content"><p>Lake weekend! Finally dragged Dr. Peggy Quillfeather away from the ER</p></div>
<div class="media-gallery"><img src="https://files.social.example/lake.jpg"
 alt="{alt}"></div></div></body></html>"""

PHOTO_PAGE = """<html><head><title>Closing day | Photos</title>
<meta property="og:title" content="Closing day"><meta property="og:image" content="https://img.example/1.jpg">
<meta property="og:description" content="Our club doctor leading the toast at the lodge.">
</head><body><img class="main-photo" src="https://img.example/1.jpg"
 alt="A woman in a ski jacket raising a shot glass of whiskey in a lodge"><h1>Closing day</h1>
<div class="people"><h3>In this photo</h3><a href="/p/1">Peggy Quillfeather</a></div>
<div class="comment"><a href="/p/2">Megan O.</a><p>Great day!</p></div></body></html>"""


def _found(body: str, url: str, kind: PageKind) -> set[str]:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    judged = match(PEGGY, page)
    sure = MatchResult(0.9, Decision.CONFIRMED, judged.reasons, judged.person, judged.person_index)
    return {c for f in assess(PEGGY, [Match(page, sure)], {}) for c in f.all_categories}


def test_a_friends_post_with_a_picture_of_her_holding_margaritas() -> None:
    alt = "Four women on a beach raising margaritas, Peggy in the middle holding two glasses"
    found = _found(STATUS.format(alt=alt), "https://social.example/@ole/1131", PageKind.SOCIAL_PROFILE)
    assert {"tagged_photo", "substance_imagery"} <= found


def test_a_post_whose_picture_is_only_labelled_is_no_scene() -> None:
    found = _found(STATUS.format(alt="Lake"), "https://social.example/@ole/1131", PageKind.SOCIAL_PROFILE)
    assert "tagged_photo" not in found and "substance_imagery" not in found


def test_a_photo_pages_picture_tagging_her_with_a_drink() -> None:
    found = _found(PHOTO_PAGE, "https://photos.example/club/53880", PageKind.OTHER)
    assert {"tagged_photo", "substance_imagery"} <= found


HOUSE_PAGE = """<html><head><title>Moving day | Photos</title>
<meta property="og:title" content="Moving day"><meta property="og:image" content="https://img.example/9.jpg">
<meta property="og:description" content="{caption}">
</head><body><img class="main-photo" src="https://img.example/9.jpg"
 alt="A woman carrying one end of a green couch up the steps of a yellow house, two children on the porch">
<a class="owner" href="/photos/ole/">Ole Hanson</a><h1>Moving day</h1><p>{caption}</p>
<div class="geo"><a href="/map/?lat=46.88&amp;lon=-96.79">Hawthorne, Fargo, North Dakota, US</a></div>
<div class="people"><h3>In this photo</h3><a href="/p/1">Peggy Quillfeather</a></div></body></html>"""


def test_a_relatives_photo_of_her_at_the_new_house_is_tagged_and_geotagged() -> None:
    """The caption dates the scene by her working day ("after a full day of patients"): the picture is of the new
    house, not of her work, and the map link under it says where the house is."""
    caption = "Finally moved in. Peggy carried the couch up the porch steps after a full day of patients, and the kids"
    found = _found(HOUSE_PAGE.format(caption=caption), "https://photos.example/ole/778", PageKind.OTHER)
    assert {"tagged_photo", "location_exposure"} <= found


def test_a_photo_of_her_at_work_is_the_public_face_wherever_it_was_taken() -> None:
    caption = "Dr. Peggy Quillfeather with patients at the Hawthorne health fair"
    found = _found(HOUSE_PAGE.format(caption=caption), "https://photos.example/ole/779", PageKind.OTHER)
    assert "tagged_photo" not in found and "location_exposure" not in found


def test_a_relatives_photo_of_her_moving_into_a_house_on_a_named_road_says_where_she_lives() -> None:
    """No map link this time: the caption itself names the road of the house the family moved into."""
    geo = '<div class="geo"><a href="/map/?lat=46.88&amp;lon=-96.79">Hawthorne, Fargo, North Dakota, US</a></div>'
    page = HOUSE_PAGE.replace(geo, "")
    caption = "Finally moved into the blue house on NE Elm Hollow. Peggy carried the couch up the porch steps."
    found = _found(page.format(caption=caption), "https://photos.example/ole/780", PageKind.OTHER)
    assert {"tagged_photo", "location_exposure"} <= found
    caption = "Finally moved the couch up the porch steps. Peggy carried it like nothing."
    assert "location_exposure" not in _found(
        page.format(caption=caption), "https://photos.example/ole/781", PageKind.OTHER
    )
