"""Presence signals a definition can name, as the big social sites show them today (issue #16)."""

from __future__ import annotations

from footprint.sites import UsernameCheck
from footprint.sites.presence import Verdict, decisive, judge_username

URL = "https://s.example/ann"


def test_markers_match_the_page_with_its_html_entities_decoded() -> None:
    check = UsernameCheck(url="https://s.example/{handle}", absent_marker="Sorry, this page isn't available.")
    escaped = "<h2>Sorry, this page isn&#39;t available.</h2>"
    assert judge_username(check, 200, URL, escaped) == Verdict.ABSENT


def test_an_absent_pattern_matches_data_written_with_or_without_spaces() -> None:
    check = UsernameCheck(url="https://s.example/{handle}", present_marker='"userInfo":',
                          absent_pattern=r'"statusCode":\s*10221\b')  # fmt: skip
    assert judge_username(check, 200, URL, '{"statusCode":10221}') == Verdict.ABSENT
    assert judge_username(check, 200, URL, '{"statusCode": 10221, "statusMsg": ""}') == Verdict.ABSENT
    assert judge_username(check, 200, URL, '{"statusCode": 102210}') == Verdict.UNKNOWN


def test_only_a_marker_is_decisive_a_bare_status_is_not() -> None:
    marked = UsernameCheck(url="https://s.example/{handle}", present_marker="__isProfile")
    bare = UsernameCheck(url="https://s.example/{handle}")
    login_prompt = "<noscript>You must log in to continue.</noscript>"
    assert decisive(marked, 200, URL, login_prompt + '{"__isProfile":"User"}') == Verdict.PRESENT
    # Present by its status alone, a 200 login or captcha page would pass: the block rules must see it first.
    assert decisive(bare, 200, URL, login_prompt) is None
    assert decisive(bare, 404, URL, "") == Verdict.ABSENT
