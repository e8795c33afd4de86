"""The public JSON APIs that real social hosts serve beside their HTML pages.

A client may read a Mastodon status or a Bluesky profile through the host's documented public
API rather than its HTML, so the corpus serves those answers too, built from the same page data:

- Mastodon (docs.joinmastodon.org, entities Status, Account, Context): ``/api/v1/statuses/:id``,
  ``/api/v1/statuses/:id/context``, ``/api/v1/accounts/lookup?acct=``, ``/api/v1/accounts/:id/statuses``
  (any paging parameters), and each reply's own status page.
- Bluesky AppView (``public.api.bsky.app``): ``app.bsky.actor.getProfile``,
  ``app.bsky.feed.getPostThread`` and ``app.bsky.feed.getAuthorFeed`` (any paging parameters).

Every derived URL is labelled as an alias of the HTML page its data comes from, so the scorer
treats a report naming either address as naming that page.
"""

from __future__ import annotations

import hashlib
import html
from typing import Any
from urllib.parse import quote, urlsplit

JSON = "application/json; charset=utf-8"
MASTODON = "mastodon.social"
BSKY_API = "https://public.api.bsky.app/xrpc"


def _digits(text: str, n: int = 18) -> str:
    return str(int(hashlib.sha256(text.encode()).hexdigest(), 16))[:n]


def _alias(url: str, page: dict[str, Any], body: Any, *, ignore_query: bool = False) -> dict[str, Any]:
    label = page["label"]
    return {
        "url": url,
        "ctype": JSON,
        "raw_json": body,
        "ignore_query": ignore_query,
        "label": {**label, "alias_of": page["url"], "why": f"Public API answer for {page['url']}: " + label["why"]},
    }


def _account(user: str, instance: str, display: str, note: str = "") -> dict[str, Any]:
    acct = user if instance == MASTODON else f"{user}@{instance}"
    return {
        "id": _digits(f"{user}@{instance}"),
        "username": user,
        "acct": acct,
        "display_name": display,
        "locked": False,
        "bot": False,
        "note": f"<p>{html.escape(note)}</p>" if note else "",
        "url": f"https://{instance}/@{user}",
        "followers_count": int(_digits(user, 3)),
        "following_count": int(_digits(instance + user, 3)),
        "statuses_count": int(_digits(display, 3)),
        "fields": [],
        "emojis": [],
    }


def _media(m: dict[str, Any]) -> dict[str, Any]:
    return {"id": _digits(m["src"]), "type": "image", "url": m["src"], "preview_url": m["src"], "description": m["alt"]}


def _status(s: dict[str, Any], parent: dict[str, Any] | None) -> dict[str, Any]:
    instance = s.get("instance", MASTODON)
    account = _account(s["user"], instance, s["display"])
    sid = s["url"].rstrip("/").rsplit("/", 1)[-1]
    mentions = []
    if parent is not None:
        mentions.append(
            {"id": _digits(f"{parent['user']}@{MASTODON}"), "username": parent["user"], "acct": parent["user"]}
        )
    return {
        "id": sid,
        "created_at": s["iso"],
        "in_reply_to_id": parent["url"].rsplit("/", 1)[-1] if parent else None,
        "in_reply_to_account_id": mentions[0]["id"] if mentions else None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": s.get("visibility", "public"),
        "language": "en",
        "uri": f"https://{instance}/users/{s['user']}/statuses/{sid}",
        "url": s["url"],
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
        "content": f"<p>{html.escape(s['text'])}</p>",
        "account": account,
        "media_attachments": [
            {
                "id": _digits(m["src"]),
                "type": "image",
                "url": m["src"],
                "preview_url": m["src"],
                "description": m["alt"],
            }
            for m in s.get("media", [])
        ],
        "mentions": mentions,
        "tags": [],
        "emojis": [],
        "card": None,
        "poll": None,
    }


def mastodon_thread(page: dict[str, Any], known: set[str]) -> list[dict[str, Any]]:
    """Status, context and per-reply pages for a server-rendered thread."""
    out: list[dict[str, Any]] = []
    statuses = [s for s in page["statuses"] if s.get("url", "").startswith(f"https://{MASTODON}/")]
    focal = next((s for s in statuses if s.get("focal")), statuses[0] if statuses else None)
    if focal is None:
        return out
    replies = [s for s in statuses if s is not focal]
    for s in statuses:
        parent = focal if s is not focal else None
        sid = s["url"].rstrip("/").rsplit("/", 1)[-1]
        base = f"https://{MASTODON}/api/v1/statuses/{sid}"
        out.append(_alias(base, page, _status(s, parent)))
        context = {
            "ancestors": [_status(focal, None)] if parent else [],
            "descendants": [_status(r, focal) for r in replies] if s is focal else [],
        }
        out.append(_alias(base + "/context", page, context))
        if s["url"] != page["url"] and s["url"] not in known:
            out.append({**_alias(s["url"], page, None), "ctype": "text/html; charset=utf-8", "same_body": True})
    return out


def mastodon_profile(page: dict[str, Any], spec: dict[str, Any]) -> list[dict[str, Any]]:
    owner = page["owner"]
    user, _, instance = owner["acct"].partition("@")
    if (instance or MASTODON) != MASTODON:
        return []
    account = _account(user, MASTODON, owner["display"], page.get("og_description", ""))
    own: list[dict[str, Any]] = []
    for other in spec["pages"]:
        for s in other.get("statuses", []) if other.get("tpl") == "mastodon_a" else []:
            if s["user"] == user and s.get("url", "").startswith(f"https://{MASTODON}/"):
                focal = next((f for f in other["statuses"] if f.get("focal")), None)
                own.append(_status(s, focal if focal is not s else None))
    return [
        _alias(f"https://{MASTODON}/api/v1/accounts/lookup?acct={user}", page, account),
        _alias(f"https://{MASTODON}/api/v1/accounts/{account['id']}/statuses", page, own, ignore_query=True),
    ]


def _bsky_author(page: dict[str, Any]) -> dict[str, Any]:
    author = page["author"]
    return {"did": page["did"], "handle": author["handle"], "displayName": author["display"]}


def bluesky(page: dict[str, Any], spec: dict[str, Any]) -> list[dict[str, Any]]:
    if "author" not in page:
        handle = urlsplit(page["url"]).path.split("/")[2]
        name = page["og_title"].split(" (@")[0]
        profile = {"did": "did:plc:" + _digits(handle, 24), "handle": handle, "displayName": name}
        profile["description"] = page["og_description"]
        return [_alias(f"{BSKY_API}/app.bsky.actor.getProfile?actor={handle}", page, profile)]
    author = _bsky_author(page)
    handle = author["handle"]
    if page["kind"] == "profile":
        profile = {**author, "description": page["author"].get("bio", ""), "followersCount": int(_digits(handle, 3))}
        posts = [_bsky_post(p) for p in spec["pages"] if p.get("tpl") == "bluesky_b" and p.get("kind") == "post"]
        feed = {"feed": [{"post": post} for post in posts if post["author"]["handle"] == handle]}
        return [
            _alias(f"{BSKY_API}/app.bsky.actor.getProfile?actor={handle}", page, profile),
            _alias(f"{BSKY_API}/app.bsky.feed.getAuthorFeed?actor={handle}", page, feed, ignore_query=True),
        ]
    post = _bsky_post(page)
    thread = {"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": post, "replies": []}}
    out = []
    for who in (page["did"], handle):
        uri = quote(f"at://{who}/app.bsky.feed.post/{page['rkey']}", safe="")
        out.append(_alias(f"{BSKY_API}/app.bsky.feed.getPostThread?uri={uri}", page, thread))
    return out


def _bsky_post(page: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": page["text"], "createdAt": page["iso"]}
    if page.get("reply_to"):
        record["reply"] = {"parent": {"uri": page["reply_to"]}, "root": {"uri": page["reply_to"]}}
    return {
        "uri": f"at://{page['did']}/app.bsky.feed.post/{page['rkey']}",
        "cid": "bafyrei" + _digits(page["rkey"], 24),
        "author": _bsky_author(page),
        "record": record,
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": int(_digits(page["text"], 2)),
        "indexedAt": page["iso"],
    }


def derive(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every API answer the spec's social pages imply, as extra page entries."""
    known = {p["url"] for p in spec["pages"]}
    out: list[dict[str, Any]] = []
    for page in spec["pages"]:
        tpl = page.get("tpl", "")
        if tpl == "mastodon_a" and urlsplit(page["url"]).hostname == MASTODON:
            out += mastodon_thread(page, known)
        elif tpl == "mastodon_b":
            out += mastodon_profile(page, spec)
        elif tpl in ("bluesky_a", "bluesky_b"):
            out += bluesky(page, spec)
    return out
