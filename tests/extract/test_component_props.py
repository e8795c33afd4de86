"""A public activity page keeps its athlete's bio in a server-rendered component's props, not in the markup: the bio
is part of what the page says. Props of anything but an account (an activity's own name and type) add nothing, and
an attribute that is not JSON is ignored."""

from __future__ import annotations

import html

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

ACTIVITY = """<html><head><title>Lakefront loop | Run | Pacewire</title></head><body>
<h1>Lakefront loop</h1><div class="athlete">Ann Roe · Saturday, May 2, 2026 · Duluth, Minnesota</div>
<p>Windy at the harbour, calm by the rose garden.</p><div data-react-props="{props}"></div></body></html>"""
PROPS = (
    '{"activity": {"name": "Lakefront loop", "type": "Run"}, "athlete": {"displayName": "Ann Roe", '
    '"bio": "peds cardiology by day. @annroe.runs", "location": "Duluth, Minnesota"}}'
)


def _page(props: str) -> Extracted:
    url = "https://www.pacewire.example.com/activities/88121"
    probe = Probe("pacewire.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = ACTIVITY.format(props=html.escape(props, quote=True))
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_an_athletes_bio_in_the_props_is_read_with_the_page() -> None:
    assert "peds cardiology by day. @annroe.runs" in _page(PROPS).text


def test_props_without_an_account_or_not_json_add_nothing() -> None:
    assert "Run" not in _page('{"activity": {"name": "Lakefront loop", "type": "Run"}}').text.split("Lakefront")[0]
    assert "peds cardiology" not in _page("not json {").text
