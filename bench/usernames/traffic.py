"""What one run asked the sites for, read from the server's log: volume, spacing, and the signals it honoured.

The signals, as WhatsMyName defines them: send the entry's ``headers`` with
the check; read an ``m_code`` redirect as "missing" without following it;
``strip_bad_char`` from a name before checking it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bench.usernames.server import Request, Web, account_in
from bench.usernames.sites import Kind, Site


@dataclass(frozen=True)
class Traffic:
    requests: int
    robots: int
    handle: int  # checks of the handle given
    other_names: int  # checks of other names (the ones derived from the person's name)
    elsewhere: int  # anything else: redirect targets, links followed, images
    first_at: float  # monotonic time of the first request (nan when none)
    last_at: float  # and of the last one
    min_gap_s: float  # the shortest spacing between two requests to one host
    header_sites: int
    headers_sent: int  # header sites whose every check carried the entry's headers
    redirects_followed: int  # requests for a redirect site's redirect target
    unstripped: int  # checks sent to strip sites with a character the entry strips
    other_first: int  # sites where another name was checked before the handle given


def _carries(site: Site, request: Request) -> bool:
    sent = {"User-Agent": request.user_agent, "Accept": request.accept, "Cookie": request.cookie}
    return all(value.rstrip(";") in sent.get(name, "") for name, value in site.headers)


def _names(handle: str, site: Site) -> set[str]:
    name = handle.strip().lstrip("@").lower()
    stripped = name
    for char in site.strip:
        stripped = stripped.replace(char, "")
    return {name, stripped}


def read(web: Web, label: str, handle: str) -> Traffic:
    rows = list(web.requests(label))
    sites = {s.index: s for s in web.sites}
    counts = {"robots": 0, "handle": 0, "other": 0, "elsewhere": 0, "followed": 0, "unstripped": 0}
    checks: dict[int, list[Request]] = {}
    order: dict[int, list[tuple[float, bool]]] = {}  # per site: when each check came, and whether of the handle
    by_host: dict[int, list[float]] = {}
    for r in rows:
        site = sites[r.site]
        by_host.setdefault(r.site, []).append(r.at)
        route = urlsplit(r.path).path
        name = account_in(site, route)
        if route == "/robots.txt":
            counts["robots"] += 1
        elif name is None:
            counts["elsewhere"] += 1
            target = urlsplit(site.redirect_to).path
            counts["followed"] += site.kind is Kind.REDIRECT and route == target
        else:
            mine = name.lower() in _names(handle, site)
            checks.setdefault(r.site, []).append(r)
            order.setdefault(r.site, []).append((r.at, mine))
            counts["handle" if mine else "other"] += 1
            counts["unstripped"] += any(char in name for char in site.strip)
    gaps = [b - a for times in by_host.values() for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
    gated = [s for s in web.sites if s.headers]
    sent = sum(1 for s in gated if checks.get(s.index) and all(_carries(s, r) for r in checks[s.index]))
    return Traffic(
        requests=len(rows),
        robots=counts["robots"],
        handle=counts["handle"],
        other_names=counts["other"],
        elsewhere=counts["elsewhere"],
        first_at=min((r.at for r in rows), default=float("nan")),
        last_at=max((r.at for r in rows), default=float("nan")),
        min_gap_s=min(gaps, default=float("inf")),
        header_sites=len(gated),
        headers_sent=sent,
        redirects_followed=counts["followed"],
        unstripped=counts["unstripped"],
        other_first=sum(1 for seen in order.values() if any(m for _, m in seen) and not min(seen)[1]),
    )


def describe(t: Traffic) -> Sequence[str]:
    return (
        f"requests={t.requests} (robots.txt {t.robots}, the handle {t.handle}, other names {t.other_names}, "
        f"elsewhere {t.elsewhere}) min_host_gap_s={t.min_gap_s:.2f}",
        f"signals: headers sent on {t.headers_sent}/{t.header_sites} header sites; redirect targets fetched "
        f"{t.redirects_followed} times; names with a stripped character sent {t.unstripped} times; "
        f"another name checked before the handle on {t.other_first} sites",
    )
