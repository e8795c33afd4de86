"""Whose an account at the user's handle is, and whose a post filed under it is. Hand-written pages.

- An account's own posts are signed with its handle by the address alone: on the network where the
  user's handle names a stranger (a fishing guide called by the same name plus his trade), the
  captions do not make the account the user's.
- A post at its own address under the user's handle (Bluesky's ``/profile/H/post/ID``, X's
  ``/H/status/ID``, like TikTok's ``/@h/video/ID``) is the account's, found by a search or not.
"""

from __future__ import annotations

import json

from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.provenance import handle_in_url
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id

HANDLE = "wilmavarga"


def _who() -> Identity:
    subject = make_subject("Dr. Wilma Ines Varga, MD", state="ID", handles=(f"@{HANDLE}",))
    return Identity(subject, name_variants(subject))


def _tiktok(nickname: str, bio: str, caption: str) -> Page:
    url = f"https://www.tiktok.com/@{HANDLE}"
    data = {
        "UserModule": {"users": {HANDLE: {"uniqueId": HANDLE, "nickname": nickname, "signature": bio}}},
        "ItemModule": {"7501": {"id": "7501", "desc": caption, "author": HANDLE, "createTime": 1760000000}},
    }
    body = f"""<html><head><title>{nickname} (@{HANDLE}) | TikTok</title></head><body><div id="app"></div>
    <script id="SIGI_STATE" type="application/json">{json.dumps(data)}</script></body></html>"""
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.HANDLE, PageKind.SOCIAL_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def test_an_accounts_own_captions_do_not_vouch_for_a_strangers_name_at_the_users_handle() -> None:
    page = extract(_tiktok("Wilma Varga Outfitters", "Elk hunts in the Selway · call 208-555-0142", "6x6 bull"),
                   by_id()["tiktok"])  # fmt: skip
    assert page.posts and page.posts[0].author == HANDLE  # the caption is read, signed with the handle
    result = match(_who(), page)
    assert result.decision == Decision.POSSIBLE and "Is this you?" in result.reasons[0]


def test_the_users_own_account_with_its_captions_stays_theirs() -> None:
    page = extract(_tiktok("Dr. Wilma Varga", "Boise pediatrician", "Fever myths, part 2"), by_id()["tiktok"])
    assert match(_who(), page).decision == Decision.CONFIRMED


def test_a_post_at_its_own_address_under_the_users_handle_is_theirs() -> None:
    handles = {HANDLE}
    assert handle_in_url(f"https://bsky.app/profile/{HANDLE}.bsky.social/post/3lq8zkw2nbd4a", handles) == HANDLE
    assert handle_in_url(f"https://x.com/{HANDLE}/status/1789", handles) == HANDLE
    # Another account's post, a handle on another domain, a group's post: not the user's by the address.
    assert handle_in_url("https://bsky.app/profile/someoneelse.bsky.social/post/3lq8", handles) == ""
    assert handle_in_url(f"https://bsky.app/profile/{HANDLE}.example.com/post/3lq8", handles) == ""
    assert handle_in_url(f"https://www.facebook.com/groups/{HANDLE}/posts/1", handles) == ""


def test_a_bluesky_post_found_by_a_search_under_the_users_handle_is_confirmed() -> None:
    url = f"https://bsky.app/profile/{HANDLE}.bsky.social/post/3lq8zkw2nbd4a"
    body = f"""<html><head><title>Wilma Varga (@{HANDLE}.bsky.social)</title>
    <meta property="og:title" content="Wilma Varga (@{HANDLE}.bsky.social)">
    <meta property="og:description" content="Opening weekend at the cabin past the Lowman bridge. House is empty till
    Sunday night."></head><body><p>Opening weekend at the cabin past the Lowman bridge.</p></body></html>"""
    probe = Probe("bluesky", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_POST)
    result = match(_who(), extract(Page(probe, 200, body, "text/html", url), by_id()["bluesky"]))
    assert result.decision == Decision.CONFIRMED and HANDLE in result.reasons[0]
