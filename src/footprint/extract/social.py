"""Public social APIs: Mastodon accounts and statuses (JSON).

Mastodon answers ``/api/v1/accounts/lookup``, ``/api/v1/accounts/:id/statuses``
and ``/api/v1/statuses/:id`` without login on most instances. Handles are
normalised to ``user@instance``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from footprint.models import PersonRecord, Photo, Post


def normalise_handle(handle: str, default_instance: str = "") -> str:
    """ "@Ann@mastodon.social" or "https://mastodon.social/@ann" as "ann@mastodon.social"."""
    text = handle.strip()
    m = re.match(r"^https?://([^/]+)/@([^/?#]+)", text)
    if m:
        return f"{m.group(2)}@{m.group(1)}".lower()
    text = text.lstrip("@")
    if "@" not in text and default_instance:
        text = f"{text}@{default_instance}"
    return text.lower()


def _plain(html: str) -> str:
    if not html.strip():
        return ""
    try:
        doc = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - malformed fragments of every kind
        return re.sub(r"<[^>]+>", " ", html)
    for br in doc.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    return re.sub(r"[ \t]+", " ", doc.text_content()).strip()


def _acct(account: Any, instance: str) -> str:
    if not isinstance(account, dict):
        return ""
    acct = str(account.get("acct") or account.get("username") or "")
    return normalise_handle(acct, instance)


def account(data: Any, url: str) -> tuple[list[PersonRecord], list[str]]:
    """The account's person record and the link to its public statuses."""
    if not isinstance(data, dict) or "id" not in data:
        return [], []
    instance = urlsplit(url).hostname or ""
    note = _plain(str(data.get("note") or ""))
    fields = " ".join(
        f"{f.get('name', '')}: {_plain(str(f.get('value', '')))}"
        for f in data.get("fields") or []
        if isinstance(f, dict)
    )
    person = PersonRecord(
        name=str(data.get("display_name") or data.get("username") or ""),
        handle=_acct(data, instance),
        practice=(note + " " + fields).strip(),
    )
    statuses = f"https://{instance}/api/v1/accounts/{data['id']}/statuses?exclude_reblogs=true&limit=40"
    return [person], [statuses]


def statuses(data: Any, url: str) -> tuple[list[Post], list[Photo], list[PersonRecord]]:
    """Posts and photos from a list of statuses (or one status)."""
    items = data if isinstance(data, list) else [data]
    instance = urlsplit(url).hostname or ""
    posts: list[Post] = []
    photos: list[Photo] = []
    authors: list[PersonRecord] = []
    for status in items:
        if not isinstance(status, dict) or "content" not in status:
            continue
        author = _acct(status.get("account"), instance)
        mentions = {str(m.get("id")): _acct(m, instance) for m in status.get("mentions") or [] if isinstance(m, dict)}
        reply_to = str(status.get("in_reply_to_account_id") or "")
        own_id = str((status.get("account") or {}).get("id") or "")
        on_post_by = mentions.get(reply_to, reply_to) if reply_to and reply_to != own_id else ""
        text = _plain(str(status.get("content") or ""))
        post_url = str(status.get("url") or status.get("uri") or "")
        date = str(status.get("created_at") or "")[:10]
        posts.append(
            Post(
                author=author,
                text=text,
                url=post_url,
                on_post_by=on_post_by,
                date=date,
                audience=str(status.get("visibility") or ""),
                mentions=tuple(mentions.values()),
            )
        )
        for media in status.get("media_attachments") or []:
            if isinstance(media, dict) and media.get("type") in ("image", "gifv"):
                photos.append(
                    Photo(
                        url=str(media.get("url") or media.get("preview_url") or ""),
                        caption=text,
                        alt=str(media.get("description") or ""),
                        posted_by=author,
                        tagged=tuple(mentions.values()),
                        date=date,
                    )
                )
        if isinstance(status.get("account"), dict) and not any(a.handle == author for a in authors):
            authors.append(PersonRecord(name=str(status["account"].get("display_name") or ""), handle=author))
    return posts, photos, authors
