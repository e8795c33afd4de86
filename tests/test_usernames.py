"""Username checks: presence rules, derived candidates, WhatsMyName lists, and a scan that uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.errors import UsageError
from footprint.identity import make_subject, name_variants
from footprint.models import Identity
from footprint.sites import UsernameCheck, by_id
from footprint.sites.presence import Verdict, judge_username
from footprint.sites.whatsmyname import load
from footprint.usernames import candidate_probes, candidates

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
    assert hutch is not None and hutch.url == "https://codehutch.example/api/users/{handle}"
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
    import json

    coverage = {c["site"]: c for c in json.loads((out / "report.json").read_text())["coverage"]}
    assert coverage["wmn_codehutch"]["status"] == "not_found"
    # A 404 is "not found" on any site; nothing unreadable is ever reported as found.
    assert coverage["wmn_pinboard_social"]["status"] == "not_found"
    assert "icastellwright" in coverage["wmn_codehutch"]["manual_check_url"] or coverage["wmn_codehutch"]["requests"]


def test_supplied_handles_go_through_each_sites_own_check() -> None:
    from footprint.discover import handle_probes

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
