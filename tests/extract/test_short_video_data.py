"""A short-video profile whose data sits in a script: its account, bio and video captions are read.

TikTok ships a profile either in the older ``SIGI_STATE`` (``UserModule.users`` keyed by handle,
``ItemModule`` keyed by video id) or in ``__UNIVERSAL_DATA_FOR_REHYDRATION__`` (``webapp.user-detail``
with a ``webapp.video-list.itemList``). The markup shows nothing but a title. The pages here are
hand-written in those two shapes.
"""

from __future__ import annotations

import json

from footprint.extract import extract
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id


def _page(handle: str, script_id: str, data: dict, title: str = "") -> Page:
    url = f"https://www.tiktok.com/@{handle}"
    body = f"""<html><head><title>{title or handle} | TikTok</title></head><body><div id="app"></div>
    <script id="{script_id}" type="application/json">{json.dumps(data)}</script></body></html>"""
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def _older(handle: str, nickname: str, bio: str, *captions: str) -> dict:
    items = {str(7500 + i): {"id": str(7500 + i), "desc": c, "author": handle, "createTime": 1760000000 - i * 86400}
             for i, c in enumerate(captions)}  # fmt: skip
    user = {"uniqueId": handle, "nickname": nickname, "signature": bio}
    return {"UserModule": {"users": {handle: user}}, "ItemModule": items}


def test_an_older_layout_profile_gives_its_account_and_its_videos() -> None:
    data = _older("dr.ines.peds", "Dr. Ines | peds", "Pediatrician in Boise", "replying to @tiredmom88 give her 5 ml")
    page = extract(_page("dr.ines.peds", "SIGI_STATE", data), by_id()["tiktok"])
    (person,) = [p for p in page.people if p.handle]
    assert person.name == "Dr. Ines" and person.handle == "dr.ines.peds"
    assert "Pediatrician in Boise" in page.text
    (post,) = page.posts
    assert post.author == "dr.ines.peds" and post.mentions == ("tiredmom88",)
    assert post.url == "https://www.tiktok.com/@dr.ines.peds/video/7500" and post.date == "2025-10-09"


def test_a_current_layout_profile_gives_its_video_list_by_the_account() -> None:
    scope = {
        "webapp.user-detail": {"userInfo": {"user": {"uniqueId": "drines", "nickname": "Ines Varga, MD",
                                                     "signature": "Boise pediatrics"}}},
        "webapp.video-list": {"itemList": [{"id": "91", "desc": "my son's first day of school", "createTime": 1}]},
    }  # fmt: skip
    body = _page("drines", "__UNIVERSAL_DATA_FOR_REHYDRATION__", {"__DEFAULT_SCOPE__": scope})
    page = extract(body, by_id()["tiktok"])
    assert page.people[0].name == "Ines Varga, MD"
    (post,) = page.posts
    assert post.author == "drines" and post.text == "my son's first day of school"  # no author: the account's own
    assert post.url.endswith("/@drines/video/91")


def test_a_videos_own_page_gives_its_author_its_caption_and_the_tagline_of_its_name() -> None:
    """A video's page (/@handle/video/<id>) holds ``webapp.video-detail.itemInfo.itemStruct``: the video and its
    author, no userInfo. The author is the page's person, the caption their post, and the tagline their display name
    adds ("kids' brains") is what the account says of itself."""
    item = {"id": "7561", "desc": "Replying to @tiredmom88: start 1 mg an hour before bed", "createTime": 1760000000,
            "author": {"uniqueId": "drines.neuro", "nickname": "Dr. Ines | kids' brains"}}  # fmt: skip
    scope = {"webapp.video-detail": {"itemInfo": {"itemStruct": item}}}
    url = "https://www.tiktok.com/@drines.neuro/video/7561"
    body = f"""<html><head><title>Replying to @tiredmom88 | TikTok</title></head><body><div id="app"></div>
    <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps({"__DEFAULT_SCOPE__": scope})}
    </script></body></html>"""
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", url), by_id()["tiktok"])
    (person,) = page.people
    assert person.name == "Dr. Ines" and person.handle == "drines.neuro"
    assert "kids' brains" in page.text
    (post,) = page.posts
    assert post.author == "drines.neuro" and post.mentions == ("tiredmom88",) and post.url == url
