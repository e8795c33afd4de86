"""The username bench's local web answers what its WhatsMyName list says, so the bench measures the tools.

A reference client written from the WhatsMyName rules (send the entry's
headers, strip its bad characters, do not follow redirects; present = e_code
and e_string, missing = m_code and m_string) must find drmaya on exactly the
21 sites that have the account. Leaving out a signal (headers, stripping,
not following the redirect) must change the answer, or the site would not
test that signal.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from bench.usernames import formats, traffic
from bench.usernames.server import Web
from bench.usernames.sites import ACCOUNT, Kind, Site, build


@pytest.fixture(scope="module")
def web() -> Iterator[Web]:
    with Web(build(delay_s=0.0)) as running:
        yield running


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    """One request, no redirect followed: status, body, Location."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers or {})
        answer = conn.getresponse()
        return answer.status, answer.read().decode("utf-8", "replace"), answer.getheader("Location") or ""
    finally:
        conn.close()


def judge(entry: dict[str, Any], status: int, body: str) -> str:
    if status == entry["e_code"] and entry["e_string"] in body:
        return "present"
    if status == entry["m_code"] and (not entry["m_string"] or entry["m_string"] in body):
        return "missing"
    return "unknown"


def check(entry: dict[str, Any], handle: str, *, headers: bool = True, strip: bool = True) -> str:
    name = handle
    if strip:
        for char in entry.get("strip_bad_char", ""):
            name = name.replace(char, "")
    status, body, _ = get(entry["uri_check"].replace("{account}", name), entry.get("headers") if headers else None)
    return judge(entry, status, body)


def entries(web: Web) -> list[tuple[Site, dict[str, Any]]]:
    return [(site, formats.whatsmyname_entry(web, site)) for site in web.sites]


def test_sixty_sites_on_their_own_hosts_twenty_one_with_the_account(web: Web) -> None:
    assert len(web.sites) == 60
    assert len({web.base(s) for s in web.sites}) == 60
    assert len({urlsplit(web.base(s)).hostname for s in web.sites}) == 60
    assert sum(s.has_account for s in web.sites) == 21
    assert sum(s.has_account and not s.browser_agent_only for s in web.sites) == 20  # what footprint may check
    assert {s.kind for s in web.sites if s.has_account} == set(Kind)


def test_the_reference_client_finds_drmaya_exactly_where_the_account_is(web: Web) -> None:
    got = {site.name: check(entry, ACCOUNT) for site, entry in entries(web)}
    want = {site.name: "present" if site.has_account else "missing" for site in web.sites}
    assert got == want


def test_known_accounts_are_present_and_an_unclaimed_name_missing_everywhere(web: Web) -> None:
    for _site, entry in entries(web):
        assert check(entry, entry["known"][0]) == "present", entry["name"]
        assert check(entry, "noonewouldeverusethis7") == "missing", entry["name"]


def test_header_sites_answer_neither_way_without_their_headers(web: Web) -> None:
    gated = [(s, e) for s, e in entries(web) if s.headers]
    assert len(gated) == 9
    for _site, entry in gated:
        assert check(entry, ACCOUNT, headers=False) == "unknown", entry["name"]


def test_redirect_sites_send_a_missing_account_elsewhere_and_serve_a_200_there(web: Web) -> None:
    for site, entry in entries(web):
        if site.kind is not Kind.REDIRECT or site.has_account:
            continue
        status, _, location = get(entry["uri_check"].replace("{account}", ACCOUNT))
        assert status in (301, 302, 303) and location, entry["name"]
        landed, body, _ = get(web.base(site) + location)
        assert landed == 200 and entry["e_string"] not in body  # following it proves nothing either way


def test_strip_sites_find_dr_maya_only_when_the_dot_is_stripped(web: Web) -> None:
    for site, entry in entries(web):
        if site.kind is Kind.STRIP:
            expected = "present" if site.has_account else "missing"
            assert check(entry, "dr.maya") == expected
            assert check(entry, "dr.maya", strip=False) == "unknown"
            assert site.expected("dr.maya") == site.has_account


def test_robots_txt_allows_every_check_and_profile_url(web: Web) -> None:
    for site, entry in entries(web):
        rules = RobotFileParser()
        rules.parse(get(web.base(site) + "/robots.txt")[1].splitlines())
        for url in (entry["uri_check"], entry.get("uri_pretty", entry["uri_check"])):
            assert rules.can_fetch("footprint", url.replace("{account}", ACCOUNT)), url


def test_sherlock_and_maigret_files_point_at_the_same_urls(web: Web) -> None:
    wmn = {s.name: e["uri_check"] for s, e in entries(web)}
    sherlock = formats.sherlock(web)
    maigret = formats.maigret(web)["sites"]
    for name, uri in wmn.items():
        probe = sherlock[name].get("urlProbe", sherlock[name]["url"])
        assert probe.replace("{}", "{account}") == uri
        assert maigret[name].get("urlProbe", maigret[name]["url"]).replace("{username}", "{account}") == uri


def test_the_traffic_log_tells_which_signals_a_client_honoured(web: Web) -> None:
    web.label = "careful"
    for _site, entry in entries(web):
        check(entry, ACCOUNT)
    web.label = "careless"
    for site, entry in entries(web):
        _, _, location = get(entry["uri_check"].replace("{account}", "dr.maya" if site.strip else ACCOUNT))
        if location:
            get(web.base(site) + location)
    web.label = "eager"
    first = entries(web)[0][1]
    for name in ("mayatest", ACCOUNT):
        check(first, name)
    web.label = ""
    careful, careless = traffic.read(web, "careful", ACCOUNT), traffic.read(web, "careless", "dr.maya")
    assert (careful.handle, careful.headers_sent, careful.redirects_followed, careful.unstripped) == (60, 9, 0, 0)
    assert (careful.other_first, traffic.read(web, "eager", ACCOUNT).other_first) == (0, 1)
    assert (careless.handle, careless.other_names, careless.headers_sent, careless.unstripped) == (3, 57, 0, 3)
    assert careless.redirects_followed == sum(1 for s in web.sites if s.kind is Kind.REDIRECT and not s.has_account)


def test_footprint_is_scored_on_the_sites_it_may_check_and_the_bound_gives_robots_txt_no_turn(web: Web) -> None:
    from bench.username_checks import bound_s
    from bench.usernames import scoring

    verdicts = [scoring.Verdict(s, s.has_account and not s.browser_agent_only, "") for s in web.sites]
    policy = scoring.tally(verdicts, ACCOUNT, clean=False, policy=True)
    assert (policy.found, policy.accounts, policy.refused, policy.false_found) == (20, 20, 1, 0)
    assert scoring.tally(verdicts, ACCOUNT, clean=False).accounts == 21  # the peers' count
    assert bound_s(build(delay_s=0.2)) == pytest.approx(0.4)  # robots.txt, then the check at once
