"""What a report calls a source: the site's name ("Sharecare", "CMS Open Payments"), never its id.

Coverage rows also name sources that are not catalog sites: a search
backend (``search:searxng``), an own-data export (``facebook export``), a
URL the user gave (``known URL ...``). Each gets a readable name too.
"""

from __future__ import annotations

from functools import cache

SEARCH_BACKENDS = {"searxng": "SearXNG", "brave": "Brave Search", "duckduckgo": "DuckDuckGo"}
OTHERS = {"web": "Web page"}


@cache
def _names() -> dict[str, str]:
    from footprint.sites import by_id

    return {site_id: site.name for site_id, site in by_id().items()}


def site_label(site_id: str) -> str:
    """The name people know a source by."""
    if not site_id:
        return ""
    named = _names().get(site_id) or OTHERS.get(site_id)
    if named:
        return named
    if site_id.startswith("search:"):
        backend = site_id.removeprefix("search:")
        return f"Web search ({SEARCH_BACKENDS.get(backend, backend)})"
    if site_id.endswith(" export"):
        network = site_id.removesuffix(" export")
        return f"{_names().get(network, network.capitalize())} export"
    return site_id
