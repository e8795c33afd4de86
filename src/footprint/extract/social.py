"""Public social APIs: Mastodon accounts and statuses (JSON).

Mastodon answers ``/api/v1/accounts/lookup``, ``/api/v1/accounts/:id/statuses``
and ``/api/v1/statuses/:id`` without login on most instances. Handles are
normalised to ``user@instance``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from footprint.models import PersonRecord, Photo, Post

# The folder a network keeps its accounts under: "/profile/x", "/in/x", "/users/x", "/add/x" (an "add me" link).
PROFILE_DIRS = frozenset({"profile", "user", "u", "in", "channel", "c", "users", "members", "people", "add"})


# Between an account's name and the tagline it adds to its display name ("Dr. Bea | high-risk OB", "Sam Lee ·
# runner", "Ann Roe - pediatrician"): a separator with a space on each side ("Jean-Luc", "O'Neil-Ruiz" have none).
_TAGLINE = re.compile(r"\s+[|·•–—-]\s+|\s*\|\s*")


# A field's clipped name an account writes after a titled given name ("Dr. Solveig ENT", "Dr. Kit Peds"): no family
# name. Only clippings no family name shares ("Foot", "Heart" and "Endo" are families' names).
_FIELD_AFTER = frozenset(
    {"ent", "peds", "paeds", "derm", "obgyn", "ob/gyn", "uro", "neuro", "onc", "rads", "psych", "ortho", "gi",
     "gyn", "mfm", "nephro", "pulm", "rheum", "gastro", "heme", "cards", "anesth", "ped"}
)  # fmt: skip


def display_name(name: str) -> str:
    """The name an account's display name holds, without the tagline it adds after a separator ("Dr. Bea |
    high-risk OB" is "Dr. Bea"), the pictographs it adds ("Dr. Solveig 🦻") or a field clipped after a titled
    given name ("Dr. Solveig ENT"); the name unchanged when nothing name-like is left."""
    head = _TAGLINE.split(name.strip(), maxsplit=1)[0].strip()
    words = [w for w in head.split() if re.search(r"[^\W\d_]", w)]  # an emoji is no part of a name
    if len(words) >= 3 and re.fullmatch(r"(?i)(?:dr|dra|doc)\.?", words[0]) and words[-1].lower() in _FIELD_AFTER:
        words = words[:-1]
    head = " ".join(words)
    return head if head != name.strip() and re.search(r"[^\W\d_]", head) else name


def tagline(name: str) -> str:
    """What an account adds after its name in its display name ("kids' brains" in "Dr. Kit | kids' brains"): how it
    says what it is, its owner's own words; "" when the display name adds nothing."""
    head, whole = display_name(name), name.strip()
    if head == name:
        return ""
    if whole.startswith(head):
        return whole[len(head) :].strip(" |·•–—-\t")
    kept = head.split()
    return " ".join(w for w in whole.split() if w not in kept).strip(" |·•–—-\t")  # "🏃 Bea Lundeen": "🏃"


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


def handle_name(handle: str) -> str:
    """The account name alone: "@Ann@mastodon.social" and "https://mastodon.social/@ann" are "ann"."""
    return normalise_handle(handle).split("@")[0]


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
        name=display_name(str(data.get("display_name") or data.get("username") or "")),
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
            authors.append(
                PersonRecord(name=display_name(str(status["account"].get("display_name") or "")), handle=author)
            )
    # What an account posts is in its own words, as a profile's bio is: "#allergy", "oral food challenge" say its field.
    authors = [replace(a, context=own_words(posts, a.handle)) for a in authors]
    return posts, photos, authors


OWN_WORDS = 600  # characters of an account's own posts kept as its record's context


def own_words(posts: list[Post], handle: str) -> str:
    """The text of the posts ``handle`` wrote (not its replies' targets, nor others' posts), joined, clipped."""
    return " · ".join(p.text for p in posts if p.author == handle and p.text)[:OWN_WORDS]


def named_in(posts: list[Post], photos: list[Photo], authors: list[PersonRecord]) -> tuple[PersonRecord, ...]:
    """People a post names in its text ("my big sister Dr. Marisol Okonkwo-Reyes"), each with the post as
    context: a post by someone else is about whoever it names, not only about its author."""
    from footprint.extract.mentions import people
    from footprint.identity import fold

    own = {fold(a.name) for a in authors}
    found: dict[str, PersonRecord] = {}
    for text in [p.text for p in posts] + [f"{ph.caption} {ph.alt}" for ph in photos]:
        for person in people(text, known=own):
            found.setdefault(fold(person.name), person)
    return tuple(found.values())


def with_named(photos: list[Photo]) -> tuple[Photo, ...]:
    """Each photo tagged also with the people its caption or description names."""
    from dataclasses import replace

    from footprint.extract.names import names_in

    out = []
    for photo in photos:
        named = [n.name for n in names_in(f"{photo.caption} . {photo.alt}")]
        out.append(replace(photo, tagged=tuple(dict.fromkeys((*photo.tagged, *named)))))
    return tuple(out)


# A post's own address: ".../post/3kx7q", ".../status/1789", ".../@ann/1133857", ".../p/Cx1y2", ".../posts/123",
# a short video's ".../@ann/video/7445120983" (its description is the post).
_POST_PATH = re.compile(
    r"/(?:post|posts|status|statuses|p|reel|reels|comments|video|videos|shorts)/[A-Za-z0-9_-]+/?$|/@[^/]+/\d+/?$"
)
# A short video's own address: TikTok's "/@ann/video/744", Instagram's "/reel/Cx1", YouTube's "/shorts/x1".
VIDEO_PATH = re.compile(r"/(?:video|videos|reel|reels|shorts)/[A-Za-z0-9_-]+/?$")
_HANDLE_IN = re.compile(r"\(@([A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+)?)\)")
_AT = re.compile(r"(?<![\w@])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)")


def handle_in(headline: str) -> str:
    """The handle a social headline gives after the name: "Peggy Doyle, DO (@peggydoyle.bsky.social)"."""
    found = _HANDLE_IN.search(headline)
    return found.group(1).lower() if found else ""


def og_post(og: dict[str, str], url: str, title: str, date: str = "") -> Post | None:
    """The post a social network's post page describes in its OpenGraph tags when nothing is marked up:
    the author's handle from the title, the text from the description; a text that opens with
    "@someone" answers that person."""
    if not _POST_PATH.search(urlsplit(url).path):
        return None
    text = (og.get("og:description") or "").strip().strip('“”"')
    if not text:
        return None
    author = handle_in(og.get("og:title") or title)
    if not author:
        owner = re.search(r"/(?:profile|@)([^/]+)/", urlsplit(url).path + "/")
        author = owner.group(1).lower() if owner else ""
    mentions = tuple(dict.fromkeys(m.group(1).lower() for m in _AT.finditer(text)))
    replying = re.match(r"^\s*@([A-Za-z0-9_.-]+)", text)
    on_post_by = replying.group(1).lower().rstrip(".") if replying else ""
    return Post(author=author, text=text, url=url, on_post_by=on_post_by, date=date, mentions=mentions)
