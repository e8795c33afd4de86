"""What the sites answer: profile pages, "no such user" pages, redirects, gates. Written for this bench.

Profile pages carry what real ones do (a title naming handle, display name
and site, OpenGraph ``profile`` tags, a profile card, a bio, a join date);
"missing" pages carry the site's ``m_string``; the JSON API answers the way
Mastodon-style APIs do. Every string a check keys on is defined in
``sites.py`` and used verbatim here.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import cache
from html import escape

from bench.usernames.sites import ACCOUNT, Site

PEOPLE = {
    "kestrel": ("Kestrel Hayes", "Birds, bikes and bad puns."),
    "ottoline": ("Ottoline Park", "Ceramics studio in Leeds. Commissions open."),
}
BIO = "Family physician in Portland, OR. Posts about running, gardening and public health. Views my own."
ROBOTS = "User-agent: *\nDisallow: /search\nDisallow: /settings/\nAllow: /\n"


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    location: str = ""


def _html(status: int, title: str, body: str, head: str = "") -> Answer:
    page = (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>{head}</head>\n'
        f"<body>{body}</body></html>\n"
    )
    return Answer(status, page.encode())


def _chrome(site: Site, main: str) -> str:
    return (
        f'<header class="top"><a class="brand" href="/">{site.name}</a>'
        '<nav><a href="/explore">Explore</a> <a href="/login">Log in</a></nav></header>\n'
        f"<main>{main}</main>\n"
        f'<footer><a href="/about">About</a> · <a href="/terms">Terms</a> · © 2026 {site.name}</footer>'
    )


def person(site: Site, account: str) -> tuple[str, str]:
    if account == ACCOUNT:
        return site.display_name, BIO
    return PEOPLE[account]


def profile(site: Site, account: str, base: str) -> Answer:
    display, bio = person(site, account)
    url = base + site.path.format(account=account)
    title = f"{escape(account)} ({escape(display)}) on {site.name}"
    head = (
        f'<meta name="description" content="{escape(display)} (@{account}) on {site.name}: {escape(bio)}">'
        f'<meta property="og:type" content="profile"><meta property="og:site_name" content="{site.name}">'
        f'<meta property="og:title" content="{title}"><meta property="og:description" content="{escape(bio)}">'
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{base}/avatars/{account}.jpg">'
        f'<meta property="profile:username" content="{account}"><link rel="canonical" href="{url}">'
    )
    own = site.path.format(account=account).rstrip("/")
    uid = 40000 + sum(map(ord, account)) * (site.index + 3)
    main = (
        f'<section class="profile-card" data-user-id="{uid}">'
        f'<img class="avatar" src="/avatars/{account}.jpg" alt="" width="96" height="96">'
        f'<h1 class="display-name">{escape(display)}</h1><p class="handle">@{account}</p>'
        f'<p class="bio">{escape(bio)}</p>'
        '<p class="meta">Joined <time datetime="2019-03-02">March 2019</time> · '
        f'<a href="{own}/followers">128 followers</a> · <a href="{own}/following">87 following</a></p></section>\n'
        '<section class="posts"><article><p>Long run by the river this morning; the herons were out.</p>'
        '<time datetime="2026-05-11">May 11</time></article>'
        "<article><p>Reminder: flu shots are free at most pharmacies this month.</p>"
        '<time datetime="2026-04-28">Apr 28</time></article></section>'
    )
    return _html(200, title, _chrome(site, main), head)


def missing(site: Site, status: int) -> Answer:
    """The page a site shows for an account that does not exist, carrying its ``m_string``."""
    notice = site.m_string or "Nothing to see here"
    main = (
        f'<section class="notice"><h1>{notice}</h1><p>The link you followed may be broken, or the page may '
        f'have been removed.</p><p><a href="/">Go back to {site.name}</a></p></section>'
    )
    return _html(status, f"{site.name}", _chrome(site, main))


def redirect(site: Site, location: str) -> Answer:
    """A redirect whose small body holds the site's ``m_string`` (as servers' stock redirect bodies do)."""
    if site.m_string:
        text = f'<html><head><title>Moved</title></head><body><p>{site.m_string} <a href="{escape(location)}">here</a>.'
        body = (text + "</p></body></html>\n").encode()
    else:
        body = b""
    return Answer(site.m_code, body, location=location)


def api(site: Site, account: str | None, base: str) -> Answer:
    """The JSON API of a headers_accept site: a user, or ``{"error": "not_found"}``."""
    if account is None:
        return Answer(404, json.dumps({"error": "not_found"}).encode(), "application/json")
    display, bio = person(site, account)
    user = {
        "id": str(90000 + site.index),
        "username": account,
        "display_name": display,
        "note": bio,
        "url": base + site.path.format(account=account),
        "avatar": f"{base}/avatars/{account}.jpg",
        "followers_count": 128,
        "following_count": 87,
        "created_at": "2019-03-02T10:00:00.000Z",
    }
    return Answer(200, json.dumps(user).encode(), "application/json")


def app_shell(site: Site) -> Answer:
    """What a JavaScript app answers to a client that did not ask for JSON."""
    body = (
        "<noscript>You need to enable JavaScript to run this app.</noscript>"
        '<div id="root"></div><script src="/static/js/main.4f1c2a.js" defer></script>'
    )
    return _html(200, site.name, body)


def rules_gate(site: Site) -> Answer:
    main = (
        '<section class="gate"><h1>Before you continue</h1><p>You must accept the community rules to view '
        'member pages.</p><form method="post" action="/accept-rules"><button>I accept</button></form></section>'
    )
    return _html(200, f"{site.name}: community rules", _chrome(site, main))


def forbidden(site: Site) -> Answer:
    return _html(403, "Access denied", "<h1>Access denied</h1><p>Automated clients are not allowed.</p>")


def invalid_name(site: Site) -> Answer:
    return _html(400, site.name, _chrome(site, "<h1>Invalid username</h1><p>Usernames hold letters, digits and _.</p>"))


def home(site: Site) -> Answer:
    main = f"<h1>{site.name}: share what you make</h1><p>Join thousands of makers.</p><a href='/explore'>Explore</a>"
    return _html(200, f"{site.name} · share what you make", _chrome(site, main))


def login(site: Site) -> Answer:
    main = (
        f'<h1>Log in to {site.name}</h1><form action="/session" method="post"><label>Email or username '
        '<input name="login" autocomplete="username"></label><label>Password <input type="password" '
        'name="password" autocomplete="current-password"></label><button>Log in</button></form>'
    )
    return _html(200, f"Log in · {site.name}", _chrome(site, main))


def search(site: Site, query: str) -> Answer:
    main = f"<h1>Results for “{escape(query)}”</h1><p>No people match your search.</p>"
    return _html(200, f"Search · {site.name}", _chrome(site, main))


def robots() -> Answer:
    return Answer(200, ROBOTS.encode(), "text/plain; charset=utf-8")


@cache
def avatar() -> bytes:
    """A small JPEG (Pillow is in footprint's environment); empty when it is not there."""
    try:
        from PIL import Image
    except ImportError:
        return b""
    out = io.BytesIO()
    Image.new("RGB", (96, 96), (182, 140, 120)).save(out, "JPEG")
    return out.getvalue()
