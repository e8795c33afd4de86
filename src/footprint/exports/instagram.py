"""Instagram's "Download Your Information" export, JSON format.

Layouts read (2024 and later; older names in brackets):

- ``personal_information/personal_information/personal_information.json``
  [``account_information/personal_information.json``]: ``profile_user`` rows
  of ``string_map_data`` ({"Username": {"value": ...}, "Name", "Bio",
  "Date of birth", "Private Account", ...}).
- ``your_instagram_activity/content/posts_N.json`` [``content/posts_N.json``,
  ``media/posts_N.json``]: posts, each with ``media`` (``uri``, ``title`` as
  the caption, ``creation_timestamp``, EXIF GPS under ``media_metadata``)
  and, where recorded, a location.
- ``your_instagram_activity/comments/post_comments_N.json`` and
  ``reels_comments.json``: ``string_map_data`` with "Comment", "Media Owner"
  and "Time".
- a ``*tagged*.json`` file: media the owner is tagged in, with its owner.
- ``connections/followers_and_following/followers_N.json``: counted.

Text is escaped the same way as Facebook's and repaired the same way.
"""

from __future__ import annotations

from typing import Any

from footprint.exports.archive import Archive
from footprint.exports.interface import Collector, ExportResult
from footprint.exports.parsing import as_list, coordinate, day, load_json, obj, place_text, text_of
from footprint.extract.social import normalise_handle
from footprint.models import PersonRecord, Photo, Post

PROFILE = ("personal_information/personal_information.json",)
POSTS = ("content/posts_*.json", "media/posts_*.json")
COMMENTS = ("comments/post_comments*.json", "comments/reels_comments*.json")
TAGGED = ("*tagged*.json",)
FOLLOWERS = ("followers_and_following/followers_*.json",)


class InstagramReader:
    network = "instagram"
    label = "Instagram"

    def recognises(self, archive: Archive) -> bool:
        return bool(archive.find("your_instagram_activity/*/*.json", *PROFILE, *FOLLOWERS))

    def read(self, archive: Archive) -> ExportResult:
        out = Collector(self.network)
        profile = _profile(archive, out)
        username = profile.get("username", "")
        out.owner_handle = normalise_handle(f"instagram:{username or profile.get('name') or 'owner'}")
        _profile_item(profile, _followers(archive, out), out)
        _posts(archive, out)
        _comments(archive, out, username)
        _tagged(archive, out)
        return out.result(archive, self.label, "JSON (Download Your Information)", profile.get("name", "") or username)


def _strings(row: Any) -> dict[str, str]:
    """``{"Username": {"value": "x"}}`` as ``{"username": "x"}``."""
    data = row.get("string_map_data") if isinstance(row, dict) else None
    if not isinstance(data, dict):
        return {}
    return {k.lower(): text_of(v.get("value")) for k, v in data.items() if isinstance(v, dict)} | {
        f"{k.lower()}#ts": str(v.get("timestamp") or "") for k, v in data.items() if isinstance(v, dict)
    }


def _profile(archive: Archive, out: Collector) -> dict[str, str]:
    for name in archive.find(*PROFILE):
        rows = as_list(load_json(archive, name, out, meta=True), "profile_user")
        fields = _strings(rows[0]) if rows else {}
        if not fields:
            out.odd(name)
            continue
        return {
            "file": name,
            "username": fields.get("username", ""),
            "name": fields.get("name", ""),
            "bio": fields.get("bio", ""),
            "birthday": fields.get("date of birth", ""),
            "private": fields.get("private account", ""),
            "website": fields.get("website", ""),
        }
    return {}


def _followers(archive: Archive, out: Collector) -> int | None:
    total = None
    for name in archive.find(*FOLLOWERS):
        rows = as_list(load_json(archive, name, out), "relationships_followers")
        if rows is None:
            out.odd(name)
            continue
        total = (total or 0) + len(rows)
    if total is not None:
        out.count(total, "follower", "followers")
    return total


def _profile_item(p: dict[str, str], followers: int | None, out: Collector) -> None:
    if not p:
        return
    private = p.get("private", "").lower()
    audience = "private account" if private == "true" else "public account" if private == "false" else ""
    lines = [f"{k}: {p[k]}" for k in ("username", "bio", "birthday", "website") if p.get(k)]
    if audience:
        lines.append(f"account: {audience}")
    if followers is not None:
        lines.append(f"followers: {followers}")
    present = [k for k in ("bio", "birthday", "website") if p.get(k)] + ([audience] if audience else [])
    out.holds.insert(0, "profile (" + ", ".join(present) + ")" if present else "profile")
    url = f"https://www.instagram.com/{p['username']}/" if p.get("username") else ""
    person = PersonRecord(name=p.get("name", ""), birth_date=p.get("birthday", ""), handle=out.owner_handle)
    out.item(p["file"], "profile_user[0]", url=url, title="Instagram profile", text="\n".join(lines), people=(person,))


def _posts(archive: Archive, out: Collector) -> None:
    n = 0
    for name in archive.find(*POSTS):
        entries = as_list(load_json(archive, name, out, meta=True), "ig_posts", "posts")
        if entries is None:
            out.odd(name)
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("media"), list):
                continue
            media = [m for m in entry["media"] if isinstance(m, dict)]
            caption = text_of(entry.get("title")) or next((text_of(m.get("title")) for m in media), "")
            location = _location(entry)
            photos = tuple(_photo(m, caption, location, out.owner_handle) for m in media)
            gps = next((p.gps for p in photos if p.gps), None)
            place = place_text(location, gps)
            date = day(entry.get("creation_timestamp")) or next((p.date for p in photos if p.date), "")
            post = Post(author=out.owner_handle, text=caption, date=date, location=place)
            out.item(name, f"[{i}]", title="Instagram post", text=caption, posts=(post,), photos=photos)
            n += 1
    out.count(n, "post", "posts")


def _location(entry: dict[str, Any]) -> str:
    loc = entry.get("location") or entry.get("place")
    return text_of(loc.get("name")) if isinstance(loc, dict) else text_of(loc)


def _photo(m: dict[str, Any], caption: str, location: str, me: str) -> Photo:
    meta = obj(m.get("media_metadata"))
    gps = None
    for kind in ("photo_metadata", "video_metadata"):
        block = obj(meta.get(kind))
        for e in block.get("exif_data") or []:
            if isinstance(e, dict):
                gps = gps or coordinate(e.get("latitude"), e.get("longitude"))
    return Photo(
        url=text_of(m.get("uri")),
        caption=text_of(m.get("title")) or caption,
        posted_by=me,
        date=day(m.get("creation_timestamp")),
        location=location,
        gps=gps,
    )


def _comments(archive: Archive, out: Collector, username: str) -> None:
    n = 0
    me = username.lower()
    for name in archive.find(*COMMENTS):
        rows = as_list(load_json(archive, name, out, meta=True), "comments_media_comments", "comments_reels_comments")
        if rows is None:
            out.odd(name)
            continue
        for i, row in enumerate(rows):
            fields = _strings(row)
            if not fields.get("comment"):
                continue
            owner = fields.get("media owner", "")
            on = out.owner_handle if owner.lower() == me else owner
            when = fields.get("time#ts", "")
            post = Post(
                author=out.owner_handle,
                text=fields["comment"],
                on_post_by=on,
                date=day(int(when)) if when.isdigit() else "",
            )
            out.item(name, f"[{i}]", title="Instagram comment", text=post.text, posts=(post,))
            n += 1
    out.count(n, "comment", "comments")


def _tagged(archive: Archive, out: Collector) -> None:
    n = 0
    for name in archive.find(*TAGGED):
        data = load_json(archive, name, out, meta=True)
        rows = as_list(data, *(data.keys() if isinstance(data, dict) else ()))
        if rows is None:
            out.odd(name)
            continue
        for i, row in enumerate(rows):
            fields = _strings(row) or {k.lower(): text_of(v) for k, v in (row if isinstance(row, dict) else {}).items()}
            by = fields.get("media owner") or fields.get("owner") or fields.get("username", "")
            caption = fields.get("caption") or fields.get("title", "")
            if not (by or caption):
                continue
            url = fields.get("url") or fields.get("href", "")
            photo = Photo(url=url or fields.get("uri", ""), caption=caption, posted_by=by, tagged=(out.owner_handle,))
            out.item(name, f"[{i}]", url=url, title="Instagram post you are tagged in", text=caption, photos=(photo,))
            n += 1
    out.count(n, "post you are tagged in", "posts you are tagged in")
