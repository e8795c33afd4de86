"""Social pages without markup: a post page's OpenGraph tags, the account's replies, claim flags.

A post page that marks nothing up still says who wrote what in its OpenGraph title and
description; an account's statuses lead to each reply it left under someone else's post; a
profile whose page data says "isClaimed": false (or whose <noscript> asks "Claim your free
profile") is unclaimed.
"""

from __future__ import annotations

import json

from footprint.extract import extract
from footprint.models import Page, PageKind, Parser, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id


def _html(body: str, url: str, kind: PageKind) -> Page:
    return Page(
        Probe("x.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind), 200, body, "text/html", url
    )


def test_a_post_page_gives_its_post_from_the_opengraph_tags() -> None:
    body = """<html><head><meta property="og:title" content="Ida Brandvold, MD (@idab.social.example)">
    <meta property="og:description" content="@fargodad.social.example that is not how vaccines work."></head>
    <body></body></html>"""
    url = "https://social.example/profile/idab.social.example/post/3kx7"
    (post,) = extract(_html(body, url, PageKind.SOCIAL_PROFILE), None).posts
    assert post.author == "idab.social.example" and post.on_post_by == "fargodad.social.example"
    assert post.text.startswith("@fargodad") and post.url == url
    profile = "https://social.example/profile/idab.social.example"
    assert extract(_html(body, profile, PageKind.SOCIAL_PROFILE), None).posts == ()  # a profile is not a post


def test_an_accounts_replies_under_other_posts_are_links_to_read() -> None:
    statuses = [
        {"id": "2", "url": "https://m.example/@idab/2", "content": "<p>@jen Give her fluids.</p>",
         "in_reply_to_account_id": "7", "account": {"id": "1", "acct": "idab"},
         "mentions": [{"id": "7", "acct": "jen"}], "visibility": "public"},
        {"id": "3", "url": "https://m.example/@idab/3", "content": "<p>Clinic closed Monday.</p>",
         "account": {"id": "1", "acct": "idab"}, "mentions": [], "visibility": "public"},
    ]  # fmt: skip
    api = "https://m.example/api/v1/accounts/1/statuses"
    probe = Probe("mastodon", api, ProbePurpose.API, ProbeSource.HANDLE, PageKind.SOCIAL_PROFILE,
                  parser=Parser.MASTODON_STATUSES, origin_url="https://m.example/@idab")  # fmt: skip
    page = extract(Page(probe, 200, json.dumps(statuses), "application/json", api), by_id()["mastodon"])
    assert page.links == ("https://m.example/@idab/2",)


def test_a_profile_whose_page_data_says_unclaimed_is_unclaimed() -> None:
    data = '{"props":{"provider":{"displayName":"Dr. Ida Brandvold, MD","isClaimed":false}}}'
    body = f"""<html><head><title>Dr. Ida Brandvold, MD - Fargo, ND</title></head><body><h1>Dr. Ida Brandvold, MD</h1>
    <script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""
    page = extract(_html(body, "https://ratings.example/doctors/ida-brandvold", PageKind.RATINGS_PROFILE), None)
    assert page.claimed is False
    prompt = body.replace(data, "{}").replace(
        "</body>", "<noscript>Is this you? Claim your free profile</noscript></body>"
    )
    assert extract(_html(prompt, "https://ratings.example/d/1", PageKind.RATINGS_PROFILE), None).claimed is False


def test_a_video_page_gives_its_description_as_the_posters_post_dated_from_its_data() -> None:
    data = ('{"scope":{"video":{"item":{"id":"744","desc":"what I take for my own joints after clinic, code IDA15 '
            'gets you 15% off","createTime":1733800000,"author":{"uniqueId":"drida"}}}}}')  # fmt: skip
    body = f"""<html><head><title>what I take | Clips</title>
    <meta property="og:title" content="Dr. Ida Brandvold, MD on Clips">
    <meta property="og:description" content="what I take for my own joints after clinic, code IDA15 gets you 15% off">
    </head><body><script type="application/json">{data}</script></body></html>"""
    page = extract(_html(body, "https://clips.example/@drida/video/744", PageKind.SOCIAL_PROFILE), None)
    (post,) = page.posts
    assert post.author == "drida" and "code IDA15" in post.text and post.date == "2024-12-10"
    (person,) = page.people
    assert person.name == "Ida Brandvold" and person.handle == "drida"  # the headline names the poster
    (footage,) = page.photos  # what the video shows is told by its description, posted by its poster
    assert footage.posted_by == "drida" and footage.caption == post.text and footage.url == ""
    # The account's own page shows its bio, not a post; a number that is no time gives no date.
    profile = extract(_html(body, "https://clips.example/@drida", PageKind.SOCIAL_PROFILE), None)
    assert profile.posts == () and profile.photos == () and profile.people[0].handle == ""
    undated = body.replace("1733800000", "7445")
    assert (
        extract(_html(undated, "https://clips.example/@drida/video/744", PageKind.SOCIAL_PROFILE), None).posts[0].date
        == ""
    )


def _short_video_profile(nickname: str) -> Page:
    data = {"__DEFAULT_SCOPE__": {"webapp.user-detail": {"statusCode": 0, "userInfo": {"user": {
        "id": "1", "uniqueId": "dr.zee.mfm", "nickname": nickname}}}}}  # fmt: skip
    body = f"""<html><head><title>{nickname} (@dr.zee.mfm) | TikTok</title></head><body><div id="app"></div>
    <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps(data)}</script></body></html>"""
    url = "https://www.tiktok.com/@dr.zee.mfm"
    return Page(Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE),
                200, body, "text/html", url)  # fmt: skip


def test_a_display_name_with_a_tagline_after_a_separator_names_only_the_person() -> None:
    # "Dr. Zee | high-risk OB": the account's name, then what it does; "OB" is no family name.
    for shown, name in (("Dr. Zee | high-risk OB", "Dr. Zee"), ("Zora Quillfeather · runner", "Zora Quillfeather"),
                        ("Zora Quillfeather - pediatrician", "Zora Quillfeather"),
                        ("Zora Quill-Feather", "Zora Quill-Feather")):  # fmt: skip
        (person,) = extract(_short_video_profile(shown), by_id()["tiktok"]).people
        assert person.name == name
