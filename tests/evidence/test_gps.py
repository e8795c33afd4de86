"""EXIF GPS in images the subject posted: read under caps, fetched through the Fetcher."""

from __future__ import annotations

import io

from PIL import Image
from pytest_httpserver import HTTPServer

from footprint.assess import assess
from footprint.config import Settings
from footprint.evidence.exif import gps_from_image
from footprint.evidence.gps import with_photo_gps
from footprint.fetch import Fetcher
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, Photo
from footprint.sites import by_id

MEDIA = "https://files.example-social.test"


def jpeg(gps: dict[int, object] | None = None, size: tuple[int, int] = (64, 48)) -> bytes:
    img = Image.new("RGB", size, "white")
    exif = Image.Exif()
    if gps:
        exif[0x8825] = gps
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


HOME = {1: "N", 2: (40.0, 1.0, 8.47), 3: "W", 4: (83.0, 3.0, 37.26)}


def test_gps_is_read_as_signed_degrees() -> None:
    assert gps_from_image(jpeg(HOME)) == (40.019019, -83.06035)
    south = {1: "S", 2: (33.0, 52.0, 4.0), 3: "E", 4: (151.0, 12.0, 36.0)}
    lat, lon = gps_from_image(jpeg(south)) or (0.0, 0.0)
    assert round(lat, 3) == -33.868 and round(lon, 3) == 151.21


def test_no_gps_no_image_or_too_big_means_no_position() -> None:
    assert gps_from_image(jpeg()) is None
    assert gps_from_image(b"<html>not an image</html>") is None
    assert gps_from_image(jpeg(HOME)[:200]) is None
    data = jpeg(HOME)
    assert gps_from_image(data, max_bytes=len(data) - 1) is None
    assert gps_from_image(jpeg(HOME, size=(400, 300)), max_pixels=100_000) is None
    assert gps_from_image(jpeg({1: "N", 2: (140.0, 0.0, 0.0), 3: "W", 4: (83.0, 0.0, 0.0)})) is None


def _identity() -> Identity:
    subject = make_subject("Dr. Daniel Ashworth, MD", handles=["@dashworth@mastodon.social"])
    return Identity(subject, ("Daniel Ashworth",))


def _match(*photos: Photo) -> Match:
    page = Extracted(
        url="https://mastodon.social/@dashworth/1", site_id="mastodon", kind=PageKind.SOCIAL_POST, photos=photos
    )
    return Match(page, MatchResult(0.97, Decision.CONFIRMED, ("posted by known handle",)))


def test_the_subjects_own_photos_are_fetched_and_their_position_becomes_a_finding(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/own.jpg").respond_with_data(jpeg(HOME), content_type="image/jpeg")
    httpserver.expect_request("/friend.jpg").respond_with_data(jpeg(HOME), content_type="image/jpeg")
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0}, mirrors={MEDIA: httpserver.url_for("").rstrip("/")}
    )
    fetcher = Fetcher(settings, sites={})
    own = Photo(url=f"{MEDIA}/own.jpg", caption="Snow day", posted_by="dashworth@mastodon.social")
    friend = Photo(url=f"{MEDIA}/friend.jpg", caption="Lake", posted_by="kate@mastodon.social")
    (m,) = with_photo_gps(_identity(), [_match(own, friend)], fetcher.fetch_bytes)
    assert m.page.photos[0].gps == (40.019019, -83.06035)
    assert m.page.photos[1].gps is None
    assert not [r for r, _ in httpserver.log if r.path == "/friend.jpg"]
    findings = assess(_identity(), [m], by_id())
    (f,) = [f for f in findings if f.category == "location_exposure"]
    assert "GPS 40.01902, -83.06035" in f.excerpt


def test_a_large_image_is_cut_off_at_the_cap(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/big.jpg").respond_with_data(jpeg(HOME), content_type="image/jpeg")
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0}, mirrors={MEDIA: httpserver.url_for("").rstrip("/")}
    )
    photo = Photo(url=f"{MEDIA}/big.jpg", posted_by="dashworth@mastodon.social")
    (m,) = with_photo_gps(_identity(), [_match(photo)], Fetcher(settings, sites={}).fetch_bytes, max_bytes=300)
    assert m.page.photos[0].gps is None
