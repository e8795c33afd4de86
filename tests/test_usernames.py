"""Username checks: presence rules, derived candidates, WhatsMyName lists, and a scan that uses them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from footprint.errors import UsageError
from footprint.identity import make_subject, name_variants
from footprint.models import (
    CoverageStatus,
    Decision,
    Extracted,
    Identity,
    MatchResult,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.sites import SiteDefinition, UsernameCheck, by_id
from footprint.sites.presence import Verdict, judge_username
from footprint.sites.whatsmyname import load
from footprint.usernames import candidate_probes, candidates, coverage_row, probe

WMN = Path(__file__).parent / "data" / "wmn-sample.json"


def _identity(*handles: str) -> Identity:
    subject = make_subject("Dr. Imogen R. Castellwright, MD", state="OR", handles=handles)
    return Identity(subject, name_variants(subject))


def test_presence_reads_status_markers_and_redirects_and_never_guesses_present() -> None:
    check = UsernameCheck(
        url="https://s.example/{handle}", present_marker="profile-header", absent_marker="No such user",
        absent_redirect=r"/signup", absent_status=(404,),
    )  # fmt: skip
    assert judge_username(check, 200, "https://s.example/ann", "<div class=profile-header>") == Verdict.PRESENT
    assert judge_username(check, 404, "https://s.example/ann", "") == Verdict.ABSENT
    assert judge_username(check, 200, "https://s.example/ann", "No such user here") == Verdict.ABSENT
    assert judge_username(check, 200, "https://s.example/signup?from=ann", "") == Verdict.ABSENT
    # Neither marker: a changed page or an interstitial is unknown, never present.
    assert judge_username(check, 200, "https://s.example/ann", "<html>hello</html>") == Verdict.UNKNOWN
    assert judge_username(check, 500, "https://s.example/ann", "profile-header") == Verdict.UNKNOWN


def test_candidates_are_derived_from_the_name() -> None:
    assert candidates(_identity(), 5) == [
        "imogencastellwright", "imogen.castellwright", "drcastellwright", "drimogencastellwright",
        "imogen_castellwright",
    ]  # fmt: skip


def test_candidate_probes_follow_each_sites_handle_rules() -> None:
    probes = candidate_probes(_identity(), [by_id()["bluesky"], by_id()["instagram"]], 2)
    urls = {p.url for p in probes}
    assert "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=imogencastellwright.bsky.social" in urls
    assert "https://www.instagram.com/imogen.castellwright/" in urls
    assert all(p.purpose == "username" for p in probes)


def test_whatsmyname_entries_become_username_checks() -> None:
    sites = {s.name: s for s in load(WMN)}
    assert set(sites) == {"CodeHutch", "Pinboard Social"}  # the POST and the broken entries are skipped
    hutch = sites["CodeHutch"].username
    # uri_check is what is requested; uri_pretty is the page a person opens, which reports link to.
    assert hutch is not None and hutch.api_url == "https://codehutch.example/api/users/{handle}"
    assert hutch.url == "https://codehutch.example/{handle}"
    assert judge_username(hutch, 200, "", '{"login": "alice"}') == Verdict.PRESENT
    assert judge_username(hutch, 404, "", "Not Found") == Verdict.ABSENT
    pin = sites["Pinboard Social"].username
    assert pin is not None and judge_username(pin, 200, "", "No such user") == Verdict.ABSENT


def test_a_bad_whatsmyname_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "list.json"
    bad.write_text('{"nope": []}')
    with pytest.raises(UsageError, match="WhatsMyName format"):
        load(bad)


def test_scan_checks_handles_on_whatsmyname_sites(run_cli, sandbox, tmp_path: Path) -> None:
    mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in sandbox.mirrors().items())
    config = tmp_path / "f.toml"
    config.write_text(
        '[search]\nbackends = ["searxng"]\n'
        f'searxng_url = "{sandbox.base_url}/searxng"\nmax_queries = 1\nmax_site_queries = 0\n'
        f"[npi]\nenabled = false\n[fetch]\nrate_limit_rps = 50.0\n"
        f'[mirrors]\n{mirrors}\n"https://codehutch.example" = "{sandbox.base_url}/_unserved/codehutch"\n'
        f'"https://pinboard-social.example" = "{sandbox.base_url}/_unserved/pinboard"\n'
    )
    out = tmp_path / "out"
    result = run_cli(
        "-q", "scan", "Dr. Imogen R. Castellwright, MD", "--state", "OR", "--handle", "icastellwright",
        "--username-sites", str(WMN), "--config", str(config), "--out", str(out), "--format", "json",
    )  # fmt: skip
    assert result.code in (0, 3), result.err
    coverage = {c["site"]: c for c in json.loads((out / "report.json").read_text())["coverage"]}
    assert coverage["wmn_codehutch"]["status"] == "not_found"
    # A 404 is "not found" on any site; nothing unreadable is ever reported as found.
    assert coverage["wmn_pinboard_social"]["status"] == "not_found"
    assert "icastellwright" in coverage["wmn_codehutch"]["manual_check_url"] or coverage["wmn_codehutch"]["requests"]


def test_supplied_handles_go_through_each_sites_own_check() -> None:
    from footprint.probes import handle_probes

    probes = handle_probes(
        _identity("@icastellwright@mastodon.social", "imogen.bsky.social"), [by_id()["mastodon"], by_id()["bluesky"]]
    )
    by_site = {p.site_id: p for p in probes}
    # Mastodon: through its public account API; a missing account is the API's 404.
    assert by_site["mastodon"].url == "https://mastodon.social/api/v1/accounts/lookup?acct=icastellwright"
    # Bluesky: a username check whose "absent" (HTTP 400) is read, not reported as an HTTP error.
    bsky = by_site["bluesky"]
    assert bsky.purpose == "username" and 400 in bsky.accept_status
    assert bsky.url.endswith("getProfile?actor=imogen.bsky.social")
    assert bsky.page_url == "https://bsky.app/profile/imogen.bsky.social"


def _wmn(tmp_path: Path, **entry: object) -> SiteDefinition:
    base = {"name": "Site", "uri_check": "https://s.example/u/{account}", "e_code": 200, "e_string": "profile"}
    path = tmp_path / "wmn.json"
    path.write_text(json.dumps({"sites": [base | entry]}))
    return load(path)[0]


def test_whatsmyname_headers_are_sent_except_the_user_agent(tmp_path: Path) -> None:
    headers = {
        "Accept": "application/json",
        "Cookie": "accept_rules=true;",
        "User-Agent": "Mozilla/5.0 (X11; Linux x86_64)",
        "Host": "elsewhere.example",  # the transfer's own
        "X-Bad": "a\r\nInjected: yes",  # could not be sent as it is
    }
    site = _wmn(tmp_path, m_code=404, m_string="", headers=headers)
    check = probe(site, "drmaya", ProbeSource.HANDLE)
    assert check is not None
    assert check.headers == (("Accept", "application/json"), ("Cookie", "accept_rules=true;"))
    assert site.username is not None and site.username.browser_agent  # the list wanted a browser's User-Agent


def test_whatsmyname_strip_bad_char_is_applied_before_the_check(tmp_path: Path) -> None:
    site = _wmn(tmp_path, m_code=404, strip_bad_char=".")
    check = probe(site, "@dr.maya", ProbeSource.HANDLE)
    assert check is not None and check.url == "https://s.example/u/drmaya" and check.handle == "drmaya"
    assert probe(site, "...", ProbeSource.HANDLE) is None  # nothing left to check


def test_whatsmyname_redirect_m_code_is_the_answer_and_m_string_decides_only_on_equal_codes(tmp_path: Path) -> None:
    redirect = _wmn(tmp_path, m_code=302, m_string="The document has moved")
    check = redirect.username
    assert check is not None and check.absent_status == (302,) and check.absent_marker == ""
    assert probe(redirect, "drmaya", ProbeSource.HANDLE).accept_status == (302,)  # type: ignore[union-attr]
    assert judge_username(check, 302, "https://s.example/u/drmaya", "") == Verdict.ABSENT
    # A profile that happens to quote the "missing" text is still present where the codes differ.
    assert judge_username(check, 200, "", "profile: The document has moved") == Verdict.PRESENT
    same = _wmn(tmp_path, m_code=200, m_string="No such user").username
    assert same is not None and judge_username(same, 200, "", "No such user") == Verdict.ABSENT


def test_derived_names_are_checked_only_where_no_given_handle_fits() -> None:
    sites = [by_id()["bluesky"], by_id()["instagram"]]
    # A plain handle fits Instagram, not Bluesky (whose handles are domains): only Bluesky gets the derived names.
    probes = candidate_probes(_identity("icastellwright"), sites, 2)
    assert {p.site_id for p in probes} == {"bluesky"}
    assert {p.site_id for p in candidate_probes(_identity(), sites, 2)} == {"bluesky", "instagram"}


def _account(source: ProbeSource, *names: str) -> tuple[Probe, Extracted]:
    check = Probe("wmn_site3", "https://s.example/u/drmaya", ProbePurpose.USERNAME, source, handle="drmaya")
    people = tuple(PersonRecord(name=n, handle="drmaya") for n in names) or (PersonRecord(name="", handle="drmaya"),)
    return check, Extracted(check.url, "wmn_site3", PageKind.SOCIAL_PROFILE, people=people)


REJECTED = MatchResult(0.1, Decision.REJECTED, ("family name differs",))


def account_match(check: Probe, page: Extracted, markup: MatchResult, site: SiteDefinition) -> MatchResult:
    """What the pipeline decides for a page fetched by ``check``: the page carries the probe's source."""
    from footprint.match.provenance import by_source

    return by_source(replace(page, source=check.source, handle=check.handle), markup, site.name)


SITE = SiteDefinition("wmn_site3", "Site3", "social", "https://s.example")


def test_an_account_at_a_handle_the_user_gave_is_theirs_unless_it_names_another_person() -> None:
    for names in ((), ("drmaya",)):
        check, page = _account(ProbeSource.HANDLE, *names)
        result = account_match(check, page, REJECTED, SITE)
        assert result.decision == Decision.CONFIRMED, names
        assert result.reasons[0] == "your handle @drmaya on Site3"
    # Another person's full name: the same handle on this network may be a stranger's; the user answers.
    check, page = _account(ProbeSource.HANDLE, "Kestrel Hayes")
    result = account_match(check, page, REJECTED, SITE)
    assert result.decision == Decision.POSSIBLE
    assert "Kestrel Hayes" in " ".join(result.reasons)


def test_an_account_at_a_derived_handle_is_possible_unless_its_page_says_more() -> None:
    check, nameless = _account(ProbeSource.DERIVED_HANDLE)
    result = account_match(check, nameless, REJECTED, SITE)
    assert result.decision == Decision.POSSIBLE and "derived from the subject's name" in result.reasons[0]
    _, only_handle = _account(ProbeSource.DERIVED_HANDLE, "drmaya")
    assert account_match(check, only_handle, REJECTED, SITE).decision == Decision.POSSIBLE
    _, someone = _account(ProbeSource.DERIVED_HANDLE, "Kestrel Hayes")
    assert account_match(check, someone, REJECTED, SITE).decision == Decision.REJECTED
    likely = MatchResult(0.75, Decision.LIKELY, ("same name", "same city Portland"))
    # Whatever the page says for itself: an impostor's bio says the same, so only the user's word confirms.
    assert account_match(check, someone, likely, SITE).decision == Decision.POSSIBLE
    # Any other page keeps what its markup says.
    other = replace(check, purpose=ProbePurpose.PROFILE, source=ProbeSource.SEARCH_RESULT)
    assert account_match(other, nameless, REJECTED, SITE) is REJECTED


def test_the_coverage_row_says_what_happened_to_the_given_handle_not_to_a_derived_one() -> None:
    given = Probe("wmn_site3", "https://s.example/u/drmaya", ProbePurpose.USERNAME, ProbeSource.HANDLE, handle="drmaya")
    derived = replace(given, url="https://s.example/u/mayatest", source=ProbeSource.DERIVED_HANDLE, handle="mayatest")
    wall = Skipped(derived, CoverageStatus.LOGIN_WALL, "the site asks visitors to log in")
    absent = Skipped(given, CoverageStatus.NOT_FOUND, "no account drmaya", given.url)
    row = coverage_row(SITE, [given, derived], [absent, wall], [], 2)
    assert row is not None and row.status == CoverageStatus.NOT_FOUND and row.detail == "no account @drmaya"
    yours = MatchResult(0.97, Decision.CONFIRMED, ("your handle @drmaya on Site3",))
    row = coverage_row(SITE, [given, derived], [wall], [(given, yours)], 2)
    assert row is not None and row.status == CoverageStatus.FOUND and row.detail == "your handle @drmaya"
    refused = Skipped(given, CoverageStatus.BLOCKED, "the site refuses non-browser clients (HTTP 403)", given.url)
    row = coverage_row(SITE, [given], [refused], [], 1)
    assert row is not None and row.status == CoverageStatus.BLOCKED and row.manual_check_url == given.url
    assert row.detail == "could not check @drmaya: the site refuses non-browser clients (HTTP 403)"
    assert coverage_row(SITE, [derived], [wall], [], 1) is None  # no handle given here: the usual row
