"""Handles the subject's confirmed pages give as theirs (``footprint.usernames_learned``): learned from the
page's own address, its person's handle, its profile links and its bio, never a friend's or a shop's; checked
on the username sites; and, in matching, an account or a post at one is the subject's unless it says otherwise."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer

from footprint import config, pipeline
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    ProbeSource,
)
from footprint.sites import catalog
from footprint.usernames_learned import account_in_url, bare_handle, learn, probes, weak

WHO = Identity(make_subject("Patricia Vukovich", city="Salt Lake City", state="UT", specialty="Sleep Medicine"), ())
BIO = "https://bsky.app/profile/trishsleepsdoc.bsky.social"


def _confirmed(url: str, kind: PageKind, person: PersonRecord, text: str = "") -> Match:
    page = Extracted(url, "web", kind, "x", people=(person,), text=text)
    return Match(page, MatchResult(0.9, Decision.CONFIRMED, (), person, 0))


def test_a_confirmed_profiles_own_address_teaches_its_handle_and_the_page_is_remembered() -> None:
    m = _confirmed(BIO, PageKind.SOCIAL_PROFILE, PersonRecord("Trish Vukovich"))
    assert learn(WHO, [m], {}) == (("trishsleepsdoc", BIO),)


def test_a_bio_and_a_link_in_bio_teach_the_subjects_handles_not_a_friends_or_a_shops() -> None:
    url = "https://linktr.ee/trishv"
    text = "Sleep doc in SLC. IG: @trish.sleeps | coffee by @bean_theory_slc | hiking with @mountainmike_88"
    links = ("https://www.tiktok.com/@trishvdoc", "https://www.instagram.com/wasatchsleepcenter/")
    m = _confirmed(url, PageKind.OTHER, PersonRecord("Trish Vukovich"), text)
    got = dict(learn(WHO, [m], {url: links}))
    assert got == {"trishv": url, "trishvdoc": url, "trish.sleeps": url}  # the link-in-bio's own address too


def test_a_post_by_someone_else_about_the_subject_teaches_nothing_and_possible_pages_teach_nothing() -> None:
    post = _confirmed("https://www.tiktok.com/@sleepy_mom_22/video/7312", PageKind.SOCIAL_POST, PersonRecord("Trish V"))
    maybe = replace(
        _confirmed(BIO, PageKind.SOCIAL_PROFILE, PersonRecord("x")), result=MatchResult(0.5, Decision.POSSIBLE, ())
    )
    assert learn(WHO, [post, maybe], {}) == ()


def test_a_short_or_common_handle_is_never_learned() -> None:
    assert weak("doc") and weak("mike") and weak("sleep") and weak("@trish")
    assert not weak("trishsleepsdoc") and not weak("seun_b")
    m = _confirmed("https://x.com/doctor", PageKind.SOCIAL_PROFILE, PersonRecord("Trish Vukovich", handle="@doc"))
    assert learn(WHO, [m], {}) == ()


def test_handles_are_read_from_addresses_as_networks_write_them() -> None:
    assert account_in_url("https://www.tiktok.com/@trishvdoc/video/1") == "trishvdoc"
    assert account_in_url("https://forum.example.org/members/memo_cuts.html") == "memo_cuts"
    assert account_in_url("https://www.instagram.com/p/ABC123/") == ""
    assert bare_handle("@yousefrads@mastodon.social") == "yousefrads"
    assert bare_handle("seunmovesdoc.bsky.social") == "seunmovesdoc"


def test_learned_handles_are_checked_on_every_username_site_each_remembering_its_page() -> None:
    sites = catalog()
    seen: set[str] = set()
    got = probes((("trishsleepsdoc", BIO),), sites, seen)
    assert got and all(p.source == ProbeSource.LEARNED_HANDLE and p.linked_from == BIO for p in got)
    assert len(got) == sum(1 for s in sites if s.username is not None and p_for(s))
    assert probes((("trishsleepsdoc", BIO),), sites, seen) == []  # each checked once


def p_for(site) -> bool:  # type: ignore[no-untyped-def]
    from footprint import usernames

    return usernames.probe(site, "trishsleepsdoc", ProbeSource.LEARNED_HANDLE) is not None


# Matching: a forum post signed by a learned handle, and its namesake tests.

TAUGHT = replace(WHO, learned_handles=(("trishv_do", BIO),))
FORUM = "https://forum.example.org/viewtopic.php?t=1"


def _forum(*people: PersonRecord, text: str = "") -> Extracted:
    return Extracted(FORUM, "web", PageKind.OTHER, "Melatonin for a 4 year old?", people=people, text=text,
                     source=ProbeSource.SEARCH_RESULT)  # fmt: skip


def test_a_post_signed_by_a_learned_handle_is_the_subjects() -> None:
    page = _forum(PersonRecord("TrishV_DO"), text="TrishV_DO: try 1 mg an hour before bed.")
    assert match(WHO, page).decision != Decision.CONFIRMED
    got = match(TAUGHT, page)
    assert got.decision == Decision.CONFIRMED and f"your confirmed page gives ({BIO})" in got.reasons[0]


def test_the_same_handle_naming_another_person_or_place_is_not_the_subjects() -> None:
    other = _forum(PersonRecord("Patricia Vance", handle="trishv_do", specialties=("Dermatology",)))
    assert match(TAUGHT, other).decision != Decision.CONFIRMED
    elsewhere = Extracted("https://www.reddit.com/user/trishv_do", "web", PageKind.SOCIAL_PROFILE, "trishv_do",
                          people=(PersonRecord("Tristan Villanueva"),), source=ProbeSource.LEARNED_HANDLE,
                          handle="trishv_do")  # fmt: skip
    assert match(TAUGHT, elsewhere).decision != Decision.CONFIRMED


def test_a_handle_the_confirmed_page_shows_as_someone_elses_is_never_taught() -> None:
    text = "Congrats to my colleague @drpaulchurch on the new clinic!"
    m = _confirmed(BIO, PageKind.SOCIAL_PROFILE, PersonRecord("Trish Vukovich"), text)
    assert dict(learn(WHO, [m], {})) == {"trishsleepsdoc": BIO}


# Over a real local web: the user's own page gives her Instagram handle; a forum post signed with it is hers.

OWN = "https://www.wasatchsleep.example/providers/patricia-vale-do"
POST = "https://forum.saltlakeparents.example/t/melatonin-for-a-four-year-old-2291"
OWN_PAGE = """<html><head><title>Patricia Vale, DO | Wasatch Sleep | Salt Lake City, UT</title></head><body>
<h1>Patricia Vale, DO</h1><p>Sleep Medicine. 410 S 300 E, Salt Lake City, UT 84111.</p>{bio}</body></html>"""
POST_PAGE = """<html><head><title>Melatonin for a four year old? - Salt Lake Parents Forum</title></head><body>
<h1>Melatonin for a four year old?</h1>
<div class="post"><div itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/trishsleepsdoc"><span itemprop="name">trishsleepsdoc</span></a></div>
<div class="message">Sleep doc here. Try 1 mg an hour before bed, and keep the room dark.</div></div>
</body></html>"""


@pytest.mark.parametrize("bio", ["<p>Follow along: IG: @trishsleepsdoc</p>", ""])
def test_a_post_signed_by_the_handle_the_users_own_page_gives_is_found_and_hers(
    httpserver: HTTPServer, bio: str
) -> None:
    from urllib.parse import urlsplit

    from werkzeug import Request, Response

    def search(request: Request) -> Response:
        q = request.args.get("q", "")
        hit = {"url": POST, "title": "Melatonin for a four year old?", "content": "trishsleepsdoc: Sleep doc here."}
        return Response(
            json.dumps({"results": [hit] if "trishsleepsdoc" in q else []}), content_type="application/json"
        )

    httpserver.expect_request("/search").respond_with_handler(search)
    httpserver.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    for url, body in ((OWN, OWN_PAGE.format(bio=bio)), (POST, POST_PAGE)):
        host = urlsplit(url).hostname
        httpserver.expect_request(f"/h/{host}/robots.txt").respond_with_data("", status=404)
        httpserver.expect_request(f"/h/{host}{urlsplit(url).path}").respond_with_data(body, content_type="text/html")
    base = httpserver.url_for("").rstrip("/")
    settings = config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base, "max_site_queries": 0},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "sites": {"username_candidates": 0},
            "mirrors": {f"https://{urlsplit(u).hostname}": f"{base}/h/{urlsplit(u).hostname}" for u in (OWN, POST)},
        }
    )
    subject = make_subject("Dr. Patricia Vale", city="Salt Lake City", state="UT", known_urls=[OWN])
    read = {m.page.url: m for m in pipeline.run(subject, settings).matches}
    assert read[OWN].result.decision == Decision.CONFIRMED
    if bio:
        assert read[POST].result.decision == Decision.CONFIRMED
        assert any("@trishsleepsdoc your confirmed page gives" in r for r in read[POST].result.reasons)
    else:
        assert POST not in read or read[POST].result.decision != Decision.CONFIRMED


def test_a_friends_post_that_tags_the_subject_teaches_not_the_friends_handle() -> None:
    url = "https://mastodon.social/@junebrightwater/113400000000000001"
    m = _confirmed(url, PageKind.SOCIAL_PROFILE, PersonRecord("June", handle="@junebrightwater@mastodon.social"))
    assert learn(WHO, [m], {}) == ()
    own = _confirmed("https://mastodon.social/@trishv_do", PageKind.SOCIAL_PROFILE, PersonRecord("Trish"))
    assert learn(WHO, [own], {}) == (("trishv_do", "https://mastodon.social/@trishv_do"),)


def test_one_of_the_subjects_names_alone_is_no_handle_to_learn() -> None:
    for alone in ("vukovich", "trishie"):  # the family name, an everyday name a confirmed page writes
        m = _confirmed(f"https://www.tiktok.com/@{alone}", PageKind.SOCIAL_PROFILE, PersonRecord("Trish Vukovich"))
        assert learn(WHO, [m], {}, givens=("Trishie",)) == ()
    m = _confirmed("https://www.tiktok.com/@vukovichsleeps", PageKind.SOCIAL_PROFILE, PersonRecord("Trish Vukovich"))
    assert learn(WHO, [m], {}) == (("vukovichsleeps", "https://www.tiktok.com/@vukovichsleeps"),)
