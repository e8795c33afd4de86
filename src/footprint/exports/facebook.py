"""Facebook's "Download Your Information" export, JSON format.

Layouts read (2024 and later; older names in brackets):

- ``personal_information/profile_information/profile_information.json``
  [``profile_information/``]: ``profile_v2`` with name, username,
  birthday, current city, hometown, relationship, family members,
  education and work.
- ``connections/friends/your_friends.json`` [``friends_and_followers/friends.json``,
  ``friends/friends.json``]: ``friends_v2`` entries (name, timestamp):
  counted, and the names kept on the profile item after its owner, so the
  assessment can tell a reviewer who is also a friend.
- ``your_facebook_activity/comments_and_reactions/comments.json``
  [``comments/comments.json``]: ``comments_v2``; whose post it was comes
  from the entry's title ("… commented on Marta Olsen's post.").
- ``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_N.json``
  [``posts/your_posts_N.json``]: posts with text, tags, media, places
  (check-ins) and, where the export records it, the audience.
- photos and videos the owner is tagged in: a ``*tagged_in*.json`` file
  under ``photos_and_videos/`` or ``posts/`` (its name has changed between
  versions), with who posted each.
- ``your_facebook_activity/pages/your_pages.json``: pages the owner runs, so
  a comment on the owner's practice page is not "someone else's post".

Meta writes text as UTF-8 bytes escaped one by one; :func:`fix_meta_text`
undoes it.
"""

from __future__ import annotations

import re
from typing import Any

from footprint.exports.archive import Archive
from footprint.exports.interface import Collector, ExportResult
from footprint.exports.parsing import as_list, coordinate, day, load_json, obj, place_text, text_of
from footprint.extract.social import normalise_handle
from footprint.identity import fold
from footprint.models import Address, PersonRecord, Photo, Post

PROFILE = ("profile_information/profile_information.json",)
FRIENDS = ("friends/your_friends.json", "friends_and_followers/friends.json", "friends/friends.json")
COMMENTS = ("comments_and_reactions/comments.json", "comments/comments.json")
POSTS = ("posts/your_posts__check_ins__photos_and_videos_*.json", "posts/your_posts_*.json")
TAGGED = ("*tagged_in*.json",)
PAGES = ("pages/your_pages.json",)

_ON_WHOSE = re.compile(
    r"\b(?:commented on|replied to|wrote on|reacted to)\s+(?P<whose>.+?)(?:'s|’s|'|’)\s+(?P<what>[\w ]+?)\.?$"
)
_OWN = re.compile(r"\b(?:his|her|their|your) own\b")
_AT_PLACE = re.compile(r"\b(?:was at|checked in at|is at)\s+(?P<place>.+?)\.?$")


class FacebookReader:
    network = "facebook"
    label = "Facebook"

    def recognises(self, archive: Archive) -> bool:
        hits = archive.find(*PROFILE, *COMMENTS, *POSTS[:1], "your_facebook_activity/*/*.json")
        return bool(hits) and not archive.find("your_instagram_activity/*/*.json")

    def read(self, archive: Archive) -> ExportResult:
        out = Collector(self.network)
        profile = _profile(archive, out)
        owner = profile.get("name", "")
        out.owner_handle = normalise_handle(f"facebook:{profile.get('username') or owner or 'owner'}")
        mine = {fold(owner), *(fold(p) for p in _pages(archive, out))} - {""}
        _profile_item(profile, *_friends(archive, out), out)
        _comments(archive, out, mine)
        _posts(archive, out, owner)
        _tagged(archive, out)
        return out.result(archive, self.label, "JSON (Download Your Information)", owner)


def _profile(archive: Archive, out: Collector) -> dict[str, Any]:
    for name in archive.find(*PROFILE):
        data = load_json(archive, name, out, meta=True)
        raw = data.get("profile_v2") or data.get("profile") if isinstance(data, dict) else None
        if not isinstance(raw, dict):
            out.odd(name)
            continue
        return {"file": name, **_profile_fields(raw)}
    return {}


def _profile_fields(raw: dict[str, Any]) -> dict[str, Any]:
    names = obj(raw.get("name"))
    birthday = obj(raw.get("birthday"))
    relationship = obj(raw.get("relationship"))
    family = [
        f"{text_of(m.get('name'))} ({text_of(m.get('relation')).lower() or 'family'})"
        for m in raw.get("family_members") or []
        if isinstance(m, dict) and text_of(m.get("name"))
    ]
    if text_of(relationship.get("partner")):
        family.insert(0, f"{text_of(relationship['partner'])} ({text_of(relationship.get('status')).lower()})")
    return {
        "name": text_of(names.get("full_name")) or text_of(raw.get("name")),
        "username": text_of(raw.get("username")),
        "url": text_of(raw.get("profile_uri")),
        "birthday": _birthday(birthday),
        "current_city": _place_name(raw.get("current_city")),
        "hometown": _place_name(raw.get("hometown")),
        "relationship": text_of(relationship.get("status")),
        "family": family,
        "education": [text_of(e.get("name")) for e in raw.get("education_experiences") or [] if isinstance(e, dict)],
        "work": [
            " · ".join(x for x in (text_of(w.get("title")), text_of(w.get("employer"))) if x)
            for w in raw.get("work_experiences") or []
            if isinstance(w, dict)
        ],
    }


def _birthday(b: dict[str, Any]) -> str:
    y, m, d = (b.get(k) if isinstance(b.get(k), int) else 0 for k in ("year", "month", "day"))
    if m and d:
        return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"
    return ""


def _place_name(value: Any) -> str:
    return text_of(value.get("name")) if isinstance(value, dict) else text_of(value)


def _friends(archive: Archive, out: Collector) -> tuple[int | None, tuple[PersonRecord, ...]]:
    """How many friends, and their names (each entry is ``{"name": ..., "timestamp": ...}``)."""
    for name in archive.find(*FRIENDS):
        friends = as_list(load_json(archive, name, out, meta=True), "friends_v2", "friends")
        if friends is None:
            out.odd(name)
            continue
        out.count(len(friends), "friend", "friends")
        names = [text_of(f.get("name")) for f in friends if isinstance(f, dict)]
        return len(friends), out.listed(name, names, "friends")
    return None, ()


def _pages(archive: Archive, out: Collector) -> list[str]:
    names: list[str] = []
    for name in archive.find(*PAGES):
        pages = as_list(load_json(archive, name, out, meta=True), "pages_v2", "pages")
        if pages is None:
            out.odd(name)
            continue
        names += [text_of(p.get("name")) for p in pages if isinstance(p, dict)]
    out.count(len(names), "page you run", "pages you run")
    return names


def _profile_item(p: dict[str, Any], friends: int | None, listed: tuple[PersonRecord, ...], out: Collector) -> None:
    if not p:
        return
    labels = {
        "birthday": "birthday",
        "hometown": "hometown",
        "current_city": "current city",
        "relationship": "relationship",
        "family": "family members",
        "education": "education",
        "work": "work",
    }
    present = [label for key, label in labels.items() if p.get(key)]
    out.holds.insert(0, "profile (" + ", ".join(present) + ")" if present else "profile")
    lines = [f"{label}: {_shown(p[key])}" for key, label in labels.items() if p.get(key)]
    if friends is not None:
        lines.append(f"friends: {friends}")
    person = PersonRecord(
        name=p.get("name", ""),
        birth_date=p.get("birthday", ""),
        relatives=tuple(p.get("family", ())),
        addresses=(Address(city=p["current_city"], purpose="current city"),) if p.get("current_city") else (),
        practice="; ".join(p.get("work", ())),
        handle=out.owner_handle,
    )
    out.item(
        p["file"],
        "profile_v2",
        url=p.get("url", ""),
        title="Facebook profile",
        text="\n".join(lines),
        people=(person, *listed),
    )


def _shown(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def _comments(archive: Archive, out: Collector, mine: set[str]) -> None:
    for name in archive.find(*COMMENTS):
        entries = as_list(load_json(archive, name, out, meta=True), "comments_v2", "comments")
        if entries is None:
            out.odd(name)
            continue
        n = 0
        for i, entry in enumerate(entries):
            post = _comment(entry, out.owner_handle, mine)
            if post is not None:
                n += 1
                out.item(name, f"comments_v2[{i}]", title="Facebook comment", text=post.text, posts=(post,))
        out.count(n, "comment", "comments")


def _comment(entry: Any, me: str, mine: set[str]) -> Post | None:
    if not isinstance(entry, dict):
        return None
    body = next((d["comment"] for d in entry.get("data") or [] if isinstance(d, dict) and "comment" in d), None)
    if not isinstance(body, dict) or not text_of(body.get("comment")):
        return None
    title = text_of(entry.get("title"))
    whose = _ON_WHOSE.search(title)
    if _OWN.search(title) or (whose and fold(whose.group("whose")) in mine):
        on_post_by = me  # the owner's own post, or a page the owner runs
    elif whose:
        on_post_by = whose.group("whose")
    else:
        on_post_by = text_of(body.get("group"))
    return Post(
        author=me,
        text=text_of(body["comment"]),
        on_post_by=on_post_by,
        date=day(body.get("timestamp") or entry.get("timestamp")),
    )


def _posts(archive: Archive, out: Collector, owner: str) -> None:
    n = places = 0
    for name in archive.find(*POSTS):
        entries = as_list(load_json(archive, name, out, meta=True), "status_updates_v2", "posts")
        if entries is None:
            out.odd(name)
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            post, photos = _post(entry, out.owner_handle)
            if not post.text and not photos and not post.location:
                continue
            n += 1
            places += bool(post.location)
            out.item(name, f"[{i}]", title="Facebook post", text=post.text, posts=(post,), photos=photos)
    out.count(n, "post", "posts")
    out.count(places, "check-in or place", "check-ins or places")


def _post(entry: dict[str, Any], me: str) -> tuple[Post, tuple[Photo, ...]]:
    text = next((text_of(d.get("post")) for d in entry.get("data") or [] if isinstance(d, dict) and d.get("post")), "")
    title = text_of(entry.get("title"))
    tags = tuple(text_of(t.get("name") if isinstance(t, dict) else t) for t in entry.get("tags") or [])
    media, place = [], {}
    for attachment in entry.get("attachments") or []:
        for d in attachment.get("data") or [] if isinstance(attachment, dict) else []:
            if isinstance(d, dict) and isinstance(d.get("media"), dict):
                media.append(d["media"])
            if isinstance(d, dict) and isinstance(d.get("place"), dict):
                place = d["place"]
    at = _AT_PLACE.search(title)
    location = text_of(place.get("name")) or (at.group("place") if at else "")
    coord = obj(place.get("coordinate"))
    gps = coordinate(coord.get("latitude"), coord.get("longitude"))
    whose = _ON_WHOSE.search(title)
    date = day(entry.get("timestamp"))
    audience = text_of(entry.get("audience") or entry.get("privacy"))
    post = Post(
        author=me,
        text=text or text_of(entry.get("title")),
        on_post_by=whose.group("whose") if whose and not _OWN.search(title) else "",
        date=date,
        audience=audience,
        mentions=tuple(t for t in tags if t),
        location=place_text(location, gps),
    )
    photos = tuple(_photo(m, text, me, tags, location, gps, date) for m in media)
    return post, photos


def _photo(m: dict[str, Any], text: str, me: str, tags: tuple[str, ...], location: str, gps: Any, date: str) -> Photo:
    meta = obj(m.get("media_metadata"))
    exif = obj(meta.get("photo_metadata")).get("exif_data")
    for e in exif or []:
        if isinstance(e, dict):
            gps = gps or coordinate(e.get("latitude"), e.get("longitude"))
    return Photo(
        url=text_of(m.get("uri")),
        caption=text_of(m.get("description")) or text or text_of(m.get("title")),
        posted_by=me,
        tagged=tags,
        date=day(m.get("creation_timestamp")) or date,
        location=location,
        gps=gps,
    )


def _tagged(archive: Archive, out: Collector) -> None:
    n = 0
    for name in archive.find(*TAGGED):
        data = load_json(archive, name, out, meta=True)
        entries = as_list(data, *(data.keys() if isinstance(data, dict) else ()))
        if entries is None:
            out.odd(name)
            continue
        for i, entry in enumerate(entries):
            photo, url = _tagged_photo(entry, out.owner_handle)
            if photo is None:
                continue
            n += 1
            out.item(name, f"[{i}]", url=url, title="Facebook photo you are tagged in", text=photo.caption,
                     photos=(photo,))  # fmt: skip
    out.count(n, "photo or video you are tagged in", "photos and videos you are tagged in")


def _labels(entry: dict[str, Any]) -> dict[str, str]:
    """Newer Meta files hold ``label_values: [{"label": "Tagged by", "value": "..."}]``."""
    return {
        fold(text_of(lv.get("label"))): text_of(lv.get("value") or lv.get("href"))
        for lv in entry.get("label_values") or []
        if isinstance(lv, dict)
    }


def _tagged_photo(entry: Any, me: str) -> tuple[Photo | None, str]:
    if not isinstance(entry, dict):
        return None, ""
    labels = _labels(entry)
    by = text_of(entry.get("tagged_by") or entry.get("owner") or entry.get("author")) or labels.get("tagged by", "")
    caption = text_of(entry.get("description") or entry.get("title")) or labels.get("caption", "")
    place = obj(entry.get("place"))
    coord = obj(place.get("coordinate"))
    url = text_of(entry.get("url")) or labels.get("url", "")
    if not (by or caption or url):
        return None, ""
    photo = Photo(
        url=url or text_of(entry.get("uri")),
        caption=caption,
        posted_by=by,
        tagged=(me,),
        date=day(entry.get("creation_timestamp") or entry.get("timestamp")),
        location=text_of(place.get("name")),
        gps=coordinate(coord.get("latitude"), coord.get("longitude")),
    )
    return photo, url
