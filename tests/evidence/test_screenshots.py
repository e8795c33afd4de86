"""Evidence screenshots: the exposed text, found on the page, outlined, and inside the shot."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from footprint.config import Settings
from footprint.evidence import Evidence, focus
from footprint.evidence.focus import Box, Needle
from footprint.evidence.screenshots import plan
from footprint.fetch import Fetcher
from footprint.models import (
    Decision,
    Extracted,
    Finding,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Remediation,
    Severity,
)
from footprint.sites import parse_definition
from tests.fetch.test_browser import needs_chromium
from tests.mockserver import MockWeb

BROKER = "https://www.people-broker.example"
ADDRESS = "4417 SE Larkspur Ct, Portland, OR 97206"


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb() as server:
        yield server


def broker_fetcher(web: MockWeb, **browser: object) -> Fetcher:
    site = parse_definition({"id": "broker", "name": "People Broker", "kind": "people_search", "base_url": BROKER}, "t")
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 20.0}, browser=browser, mirrors={BROKER: web.url}
    )
    return Fetcher(settings, sites={"broker": site})


def page(url: str, decision: Decision = Decision.CONFIRMED, **kw: object) -> Match:
    extracted = Extracted(url=url, site_id="broker", kind=PageKind.PEOPLE_SEARCH, people=(PersonRecord("Jane Doe"),))
    return Match(replace(extracted, **kw), MatchResult(0.95, decision, ("name matches",)))  # type: ignore[arg-type]


def exposure(url: str, highlight: str, excerpt: str, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(
        id=f"f-{abs(hash((url, highlight))) % 10_000}",
        category="home_address",
        severity=severity,
        title="Home address listed on People Broker",
        url=url,
        site="broker",
        excerpt=excerpt,
        remediation=Remediation("Opt out"),
        highlight=highlight,
    )


def outline_box(png: bytes) -> tuple[int, int, int, int] | None:
    """The bounding box (left, top, right, bottom) of the pixels drawn in the outline colour."""
    with Image.open(io.BytesIO(png)) as im:
        pixels = np.asarray(im.convert("RGB"))
    ys, xs = np.nonzero(np.all(pixels == np.array(focus.OUTLINE, dtype=np.uint8), axis=2))
    if not len(xs):
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


# -- which pages are shot ------------------------------------------------------------------------------------


def test_api_answers_export_items_and_pages_about_others_are_not_shot() -> None:
    html = page(f"{BROKER}/exposed/jane")
    api = page("https://openpaymentsdata.cms.gov/api/1/datastore/query/x/0?npi=1", from_api=True)
    export = page("https://www.facebook.com/photo/1", kind=PageKind.EXPORT_ITEM)
    other = page(f"{BROKER}/exposed/someone-else", Decision.REJECTED)
    findings = tuple(exposure(m.page.url, "4417 SE", "at 4417 SE") for m in (html, api, export, other))
    targets = plan((html, api, export, other), findings, limit=10)
    assert [t.url for t in targets] == [html.page.url]
    assert targets[0].needles == (Needle("4417 SE", "at 4417 SE"),) and targets[0].top


def test_the_worst_findings_are_shot_first_within_the_limit() -> None:
    pages = [page(f"{BROKER}/exposed/{n}") for n in range(4)]
    findings = (
        exposure(pages[0].page.url, "low", "low", Severity.LOW),
        exposure(pages[1].page.url, "critical", "critical", Severity.CRITICAL),
        exposure(pages[2].page.url, "high", "high", Severity.HIGH),
        exposure(pages[2].page.url, "high", "high", Severity.HIGH),  # the same exposure twice: one shot
    )
    targets = plan(tuple(pages), findings, limit=2)
    assert [(t.url, [n.highlight for n in t.needles], t.top) for t in targets] == [
        (pages[1].page.url, ["critical"], False),
        (pages[2].page.url, ["high"], False),
    ]


def test_the_clip_keeps_context_and_stays_on_the_page() -> None:
    clip = focus.clip_for(Box(30, 2500, 300, 24), page_width=1280, page_height=5000)
    assert clip.contains(Box(30, 2500, 300, 24))
    assert clip.width >= focus.MIN_WIDTH and clip.x >= 0 and clip.y == 2500 - focus.CONTEXT_Y
    tall = focus.clip_for(Box(0, 100, 1280, 4000), page_width=1280, page_height=5000)
    assert tall.height == focus.MAX_HEIGHT and tall.y == 100


# -- the shot itself --------------------------------------------------------------------------------------------


@pytest.mark.browser
@needs_chromium
def test_the_evidence_text_is_outlined_and_inside_the_shot(web: MockWeb) -> None:
    fetcher = broker_fetcher(web)
    url = f"{BROKER}/exposed/jane"
    needle = Needle(ADDRESS, f"Jane Q Doe: {ADDRESS}")
    try:
        net = fetcher.gate.page(url, "broker", scripts=False)
        photos = fetcher.browser.visit(url, net, lambda p, r: focus.shoot(p, r, [needle], False), scripts=False)
    finally:
        fetcher.close()
    # The page's own script removes the record: it is there because the page is shot with its scripts off.
    shot = photos.shots[needle.key]
    # What the DOM says the outline holds, where it is, and that the shot's region contains it.
    assert " ".join(shot.text.split()) == ADDRESS, "the address is split across elements on the page"
    assert shot.box.y > 2400, "the address is far below the first screen: the page was scrolled to it"
    assert shot.clip.contains(shot.box)
    assert shot.clip.width >= focus.MIN_WIDTH
    # The pixels agree: the outline colour is drawn in the shot, where the box says, at the page's scale.
    with Image.open(io.BytesIO(shot.png)) as im:
        assert im.size == (shot.clip.width, shot.clip.height)
    drawn = outline_box(shot.png)
    assert drawn is not None, "no outline in the shot (the page's '* { outline: none !important }' won?)"
    left, top = shot.box.x - shot.clip.x, shot.box.y - shot.clip.y
    assert abs(drawn[0] - left) <= 3 and abs(drawn[1] - top) <= 3
    assert abs(drawn[2] - (left + shot.box.width)) <= 3 and abs(drawn[3] - (top + shot.box.height)) <= 3


@pytest.mark.browser
@needs_chromium
def test_findings_get_their_own_shot_and_confirmed_pages_their_first_screen(web: MockWeb) -> None:
    fetcher = broker_fetcher(web)
    evidence = Evidence.for_fetcher(fetcher, fetcher.settings, fetcher.sites)
    url = f"{BROKER}/exposed/jane"
    address = exposure(url, ADDRESS, f"Jane Q Doe: {ADDRESS}")
    age = exposure(url, "Age 47", "Jane Q Doe, Age 47", Severity.LOW)
    absent = exposure(url, "not on the page", "nowhere", Severity.LOW)
    try:
        matches, findings = evidence.screenshots((page(url),), (address, age, absent))
        again = evidence.screenshots((page(url),), (address,))
    finally:
        evidence.close()
        fetcher.close()
    shots = {f.highlight: f.screenshot for f in findings}
    assert shots["not on the page"] is None, "no borrowed first screen when the text is not shown"
    for highlight in (ADDRESS, "Age 47"):
        data = Path(shots[highlight] or "").read_bytes()
        assert outline_box(data) is not None, highlight
    assert matches[0].page.screenshot and outline_box(Path(matches[0].page.screenshot).read_bytes()) is None
    # One visit of the page for all three; the second scan of a batch reuses the shots.
    assert [path for _, path in web.log].count("/exposed/jane") == 1
    assert again[1][0].screenshot and Path(again[1][0].screenshot).read_bytes() == Path(shots[ADDRESS]).read_bytes()
    for path in {*shots.values(), matches[0].page.screenshot, again[1][0].screenshot} - {None}:
        Path(path).unlink()
