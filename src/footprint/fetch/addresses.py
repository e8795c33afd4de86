"""Which addresses a request may go to: no server-side request forgery through a hostile page.

A search result, a link or a redirect can name any URL, this machine's own
services (``http://127.0.0.1:8080/admin``), the home router or a cloud
metadata endpoint (``169.254.169.254``) included. footprint refuses
loopback, private, shared (carrier-grade NAT), link-local, multicast,
unspecified and reserved addresses, after DNS resolution and on every
redirect hop, unless the URL is under an endpoint the user configured: a
``[mirrors]`` target, ``[search]`` ``searxng_url``/``brave_url``/``duckduckgo_url``,
``[npi] base_url`` or ``[fetch] proxy``. Checked twice:

- before a request (:meth:`AddressPolicy.refusal`): the URL's host is
  resolved and every address it has must be public; the refusal becomes the
  probe's coverage reason;
- when a connection opens (:meth:`AddressPolicy.peer_refusal`, called from
  :mod:`footprint.fetch.connection`): the address actually connected to must
  be public too, so a name that resolves elsewhere the second time (DNS
  rebinding) is caught.

A name that does not resolve here is left to fail on its own (or to the
proxy, which resolves names itself).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from footprint.config import Settings

Resolver = Callable[[str, int], Iterable[str]]
SHARED = ipaddress.ip_network("100.64.0.0/10")
DEFAULT_PORTS = {"http": 80, "https": 443}
WHY = "only URLs under [mirrors] targets and configured endpoints may be on this machine or a private network"


def forbidden_kind(address: str) -> str | None:
    """What kind of non-public address ``address`` is (``loopback``, ``private``, ...), or None when public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone (fe80::1%eth0) is not part of it
    except ValueError:
        return "unparseable"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("shared", isinstance(ip, ipaddress.IPv4Address) and ip in SHARED),
        ("private", ip.is_private),
        ("reserved", not ip.is_global),
    )
    return next((kind for kind, hit in checks if hit), None)


def _resolve(host: str, port: int) -> list[str]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []  # the request itself will say the name does not resolve
    return [str(sockaddr[0]) for *_, sockaddr in found]


def _endpoint(url: str) -> tuple[str, str, int] | None:
    """A configured URL as (prefix, host, port), or None when it is empty or unusable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        return None
    return url.strip().rstrip("/"), parts.hostname, port


class AddressPolicy:
    """The configured endpoints, and the check of every other URL's addresses. Thread-safe."""

    def __init__(self, settings: Settings, resolve: Resolver | None = None) -> None:
        urls = [
            *settings.mirrors.values(),
            settings.search.searxng_url,
            settings.search.brave_url,
            settings.search.duckduckgo_url,
            settings.npi.base_url,
            settings.fetch.proxy,
        ]
        endpoints = [e for e in map(_endpoint, urls) if e is not None]
        self.prefixes = tuple(sorted({prefix for prefix, _, _ in endpoints}))
        self.hosts = frozenset((host, port) for _, host, port in endpoints)
        self._resolve = resolve or _resolve
        self._resolved: dict[tuple[str, int], list[str]] = {}
        self._lock = threading.Lock()

    def configured(self, url: str) -> bool:
        """True when ``url`` is under a configured endpoint (a mirror target, a search backend, ...)."""
        return any(url == p or url.startswith((p + "/", p + "?")) for p in self.prefixes)

    def refusal(self, url: str) -> str | None:
        """Why ``url`` must not be requested, or None."""
        if self.configured(url):
            return None
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            port = parts.port or DEFAULT_PORTS.get(parts.scheme, 80)
        except ValueError:
            return f"refused: {parts.netloc!r} has no valid port"
        literal = forbidden_kind(host) != "unparseable"
        for address in [host] if literal else self._addresses(host, port):
            kind = forbidden_kind(address)
            if kind is not None:
                where = f"{address} is" if literal else f"{host} resolves to {address},"
                return f"refused: {where} a {kind} address ({WHY})"
        return None

    def peer_refusal(self, host: str, port: int, address: str) -> str | None:
        """Why a connection to ``host``:``port`` that landed on ``address`` must be dropped, or None."""
        if (host.lower().strip("[]"), port) in self.hosts:
            return None
        kind = forbidden_kind(address)
        if kind is None:
            return None
        return f"refused: {host} connected to {address}, a {kind} address ({WHY})"

    def _addresses(self, host: str, port: int) -> list[str]:
        key = (host, port)
        with self._lock:
            known = self._resolved.get(key)
        if known is None:
            known = list(self._resolve(host, port))
            with self._lock:
                self._resolved[key] = known
        return known
