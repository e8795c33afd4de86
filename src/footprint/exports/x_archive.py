"""The X (Twitter) archive: ``data/*.js`` files, each a JavaScript assignment.

``window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]``: the prefix is
stripped and the rest parsed as JSON; nothing is ever evaluated. Files read:

- ``data/account.js``: the owner's ``username`` and ``accountDisplayName``.
- ``data/profile.js``: ``description`` (``bio``, ``website``, ``location``).
- ``data/tweets.js`` (older archives: ``tweet.js``; large ones add
  ``tweets-part1.js`` ...): ``id_str``, ``full_text``, ``created_at``,
  ``in_reply_to_screen_name``, ``entities.user_mentions``, ``geo`` /
  ``coordinates`` / ``place``.
- ``data/protected-history.js``: whether the account's posts are protected
  (followers only) or public.
- ``data/follower.js``: counted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from footprint.exports.archive import Archive
from footprint.exports.interface import Collector, ExportResult
from footprint.exports.parsing import coordinate, load_ytd, obj, place_text, text_of
from footprint.extract.social import normalise_handle
from footprint.models import PersonRecord, Post

ACCOUNT = ("data/account.js",)
PROFILE = ("data/profile.js",)
TWEETS = ("data/tweets.js", "data/tweet.js", "data/tweets-part*.js", "data/tweet-part*.js")
PROTECTED = ("data/protected-history.js",)
FOLLOWERS = ("data/follower.js", "data/follower-part*.js")


class XReader:
    network = "x"
    label = "X"

    def recognises(self, archive: Archive) -> bool:
        return bool(archive.find(*ACCOUNT, *TWEETS))

    def read(self, archive: Archive) -> ExportResult:
        out = Collector(self.network)
        account = _first(archive, out, ACCOUNT, "account")
        username = text_of(account.get("username"))
        out.owner_handle = normalise_handle(f"x:{username or 'owner'}")
        audience = _audience(archive, out)
        _profile_item(archive, out, account, audience)
        _tweets(archive, out, username, audience)
        return out.result(
            archive, self.label, "X archive (data/*.js)", text_of(account.get("accountDisplayName")) or username
        )


def _first(archive: Archive, out: Collector, patterns: tuple[str, ...], key: str) -> dict[str, Any]:
    for name in archive.find(*patterns):
        rows = load_ytd(archive, name, out)
        row = rows[0].get(key) if rows and isinstance(rows[0], dict) else None
        if isinstance(row, dict):
            return {"file": name, **row}
        out.odd(name)
    return {}


def _audience(archive: Archive, out: Collector) -> str:
    """ "followers" when the last protect action protected the posts, else "public"."""
    state = "public"
    for name in archive.find(*PROTECTED):
        for row in load_ytd(archive, name, out):
            action = row.get("protectedHistory", {}).get("action") if isinstance(row, dict) else None
            if action in ("Protect", "Unprotect"):
                state = "followers" if action == "Protect" else "public"
    return state


def _profile_item(archive: Archive, out: Collector, account: dict[str, Any], audience: str) -> None:
    if not account:
        return
    profile = _first(archive, out, PROFILE, "profile")
    desc = obj(profile.get("description"))
    followers = sum(len(load_ytd(archive, n, out)) for n in archive.find(*FOLLOWERS))
    username = text_of(account.get("username"))
    lines = [f"@{username}"] + [f"{k}: {text_of(desc.get(k))}" for k in ("bio", "website", "location") if desc.get(k)]
    lines.append(f"posts: {'protected (followers only)' if audience == 'followers' else 'public'}")
    if followers:
        lines.append(f"followers: {followers}")
    present = [k for k in ("bio", "website", "location") if desc.get(k)]
    out.holds.insert(0, f"profile ({', '.join([*present, 'posts ' + audience])})")
    out.count(followers, "follower", "followers")
    person = PersonRecord(name=text_of(account.get("accountDisplayName")), handle=out.owner_handle)
    url = f"https://x.com/{username}" if username else ""
    out.item(account["file"], "account", url=url, title="X profile", text="\n".join(lines), people=(person,))


def _tweets(archive: Archive, out: Collector, username: str, audience: str) -> None:
    tweets = replies = geo = 0
    for name in archive.find(*TWEETS):
        for i, row in enumerate(load_ytd(archive, name, out)):
            tweet = row.get("tweet", row) if isinstance(row, dict) else None
            if not isinstance(tweet, dict) or not text_of(tweet.get("full_text") or tweet.get("text")):
                continue
            post = _post(tweet, username, out.owner_handle, audience)
            tweets += 1
            replies += bool(tweet.get("in_reply_to_screen_name"))
            geo += bool(post.location)
            url = f"https://x.com/{username}/status/{tweet['id_str']}" if username and tweet.get("id_str") else ""
            out.item(name, f"[{i}]", url=url, title="X post", text=post.text, posts=(post,))
    out.count(tweets, "post", "posts")
    out.count(replies, "reply", "replies")
    out.count(geo, "post with a location", "posts with a location")


def _post(tweet: dict[str, Any], username: str, me: str, audience: str) -> Post:
    entities = obj(tweet.get("entities"))
    mentions = tuple(
        text_of(m.get("screen_name")).lower() for m in entities.get("user_mentions") or [] if isinstance(m, dict)
    )
    reply_to = text_of(tweet.get("in_reply_to_screen_name"))
    on = me if reply_to and reply_to.lower() == username.lower() else reply_to.lower()
    return Post(
        author=me,
        text=text_of(tweet.get("full_text") or tweet.get("text")),
        url="",
        on_post_by=on,
        date=_date(text_of(tweet.get("created_at"))),
        audience=audience,
        mentions=tuple(m for m in mentions if m),
        location=_where(tweet),
    )


def _where(tweet: dict[str, Any]) -> str:
    place = obj(tweet.get("place"))
    name = text_of(place.get("full_name") or place.get("name"))
    gps = None
    geo = obj(tweet.get("geo"))
    if isinstance(geo.get("coordinates"), list) and len(geo["coordinates"]) == 2:
        gps = coordinate(*geo["coordinates"])  # geo is [latitude, longitude]
    coords = obj(tweet.get("coordinates"))
    if gps is None and isinstance(coords.get("coordinates"), list) and len(coords["coordinates"]) == 2:
        lon, lat = coords["coordinates"]  # GeoJSON order: longitude first
        gps = coordinate(lat, lon)
    return place_text(name, gps)


def _date(created_at: str) -> str:
    try:
        return datetime.strptime(created_at, "%a %b %d %H:%M:%S %z %Y").strftime("%Y-%m-%d")
    except ValueError:
        return ""
