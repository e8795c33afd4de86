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


SHOWN_AS = """<html><head><title>Post-call shakeout | Run | Pacewire</title>
<meta property="og:description" content="Kate N. ran 6.4 km on Pacewire."></head><body>
<h1>Post-call shakeout</h1><span class="athlete-name">Kate N.</span> · Sunday, October 18, 2026
<p>24 hours, 6 babies, 1 very slow run along the lake.</p><div data-react-props="{props}"></div></body></html>"""
KATE = (
    '{"athlete": {"displayName": "Kate N.", "bio": "OB/GYN in MKE · lakefront miles between deliveries", '
    '"location": "Milwaukee, Wisconsin"}}'
)


def test_the_athletes_bio_and_place_are_the_own_words_of_the_person_shown_under_that_name() -> None:
    """The page shows its athlete as "Kate N." in its description; the props' account of that name says what she does
    and where: her own words, so matching reads her field and town beside her name, and a registry that knows no
    other obstetrician in Milwaukee whose family name starts with N makes the page hers."""
    from footprint.identity import make_subject, name_variants
    from footprint.match import match
    from footprint.models import Address, Decision, Identity, NpiRecord

    url = "https://www.pacewire.example.com/activities/90121"
    probe = Probe("pacewire.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, SHOWN_AS.format(props=html.escape(KATE, quote=True)), "text/html", url), None)
    kate = next(p for p in page.people if p.name == "Kate N.")
    assert "OB/GYN in MKE" in kate.context and "Milwaukee, Wisconsin" in kate.context
    milwaukee = Address("2300 S KINNICKINNIC AVE", "Milwaukee", "WI", "53207", "LOCATION")
    record = NpiRecord("1245319601", "Katherine", "Nowak", credential="MD", addresses=(milwaukee,),
                       taxonomies=("Obstetrics & Gynecology",))  # fmt: skip
    subject = make_subject("Katherine Nowak", state="WI")
    who = Identity(subject, name_variants(subject), record, 1, field_peers=(record,))
    assert match(who, page).decision == Decision.LIKELY
