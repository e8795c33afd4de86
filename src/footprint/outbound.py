"""The other profiles a page links to: how a confirmed page leads to the rest of the subject's footprint.

A practice's provider page links to the doctor's Healthgrades and Doximity profiles; a link-in-bio page
or a people-search record lists the person's Instagram and TikTok; a page's schema.org ``Person`` names
them in ``sameAs``. These are read from the page as fetched (its ``<a href>`` and ``sameAs`` values),
kept only when they are a profile on a catalog site other than the page's own host, and at most
``LIMIT`` per page. After the provisional match, those of **confirmed** pages are opened (``[search]
follow_links`` per scan), each probe remembering the page that linked it; matching judges them like any
other page. Everything here is hostile input: the body read is capped and nothing is executed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from urllib.parse import urljoin, urlsplit

from footprint.models import Match, Page, Probe, ProbeSource
from footprint.sites import SiteDefinition, site_for_url

LIMIT = 20  # profile links kept per page
READ_BYTES = 512_000  # of a page's body, at most
MAX_ANCHORS = 400  # links looked at per page, in page order
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'<>\s]{8,500})["']""", re.I)
_SAME_AS = re.compile(r""""sameAs"\s*:\s*(\[[^\]]{0,5000}\]|"[^"]{8,500}")""")


def profile_links(page: Page, sites: Mapping[str, SiteDefinition]) -> tuple[str, ...]:
    """The profiles on catalog sites (not the page's own host) that ``page`` links to, in page order."""
    if "html" not in (page.content_type or "").lower():
        return ()
    body = page.body[:READ_BYTES]
    base = page.probe.page_url
    own = (urlsplit(base).hostname or "").lower().removeprefix("www.")
    pool = tuple(sites.values())
    out: list[str] = []
    hrefs = (m.group(1) for m, _ in zip(_HREF.finditer(body), range(MAX_ANCHORS), strict=False))
    for raw in (*_SAME_AS_values(body), *hrefs):
        url = urljoin(base, raw.replace("&amp;", "&")).split("#", 1)[0]
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        if parts.scheme not in ("http", "https") or not host or host == own or url in out:
            continue
        site = site_for_url(url, pool)
        if site is not None and site.is_profile_url(url):
            out.append(url)
            if len(out) >= LIMIT:
                break
    return tuple(out)


def _SAME_AS_values(body: str) -> list[str]:  # noqa: N802 - named for the schema.org property it reads
    found: list[str] = []
    for value in _SAME_AS.findall(body):
        try:
            parsed = json.loads(value)
        except ValueError:
            continue
        found += [v for v in (parsed if isinstance(parsed, list) else [parsed]) if isinstance(v, str)]
    return found


def follow(
    matches: Iterable[Match],
    linked: Mapping[str, tuple[str, ...]],
    sites: Mapping[str, SiteDefinition],
    seen: set[str],
    budget: int,
) -> list[Probe]:
    """Probes for the profiles the **confirmed** pages link to, not yet fetched, at most ``budget``; each
    remembers the page that linked it (``Probe.linked_from``). ``seen`` grows by the probes returned."""
    from footprint.models import Decision
    from footprint.probes import probe_for_url

    out: list[Probe] = []
    pool = tuple(sites.values())
    for m in matches:
        if m.result.decision != Decision.CONFIRMED:
            continue
        for url in linked.get(m.page.url, ()):
            site = site_for_url(url, pool)
            if site is None or len(out) >= budget:
                continue
            probe = probe_for_url(site, url, ProbeSource.LINK)
            if probe.url in seen or probe.page_url in seen:
                continue
            seen.update({probe.url, probe.page_url})
            out.append(_linked(probe, m.page.url))
    return out


def _linked(probe: Probe, by: str) -> Probe:
    from dataclasses import replace

    return replace(probe, linked_from=by)
