"""The connections requests opens, watched and checked: a requests adapter and urllib3 connection classes.

Every connection a :class:`GuardedAdapter` opens, or reuses for another
request, joins the :class:`~footprint.fetch.watchdog.Watch` of the request
the thread is making (so the total timeout can shut it), and a new one is
checked against the :class:`~footprint.fetch.addresses.AddressPolicy` for
the address it actually reached. The request in progress is per thread:
:func:`exchange` sets it around one request.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection

from footprint.fetch.addresses import AddressPolicy
from footprint.fetch.watchdog import Watch


class AddressRefusedError(Exception):
    """A connection reached an address the policy forbids. Not an OSError, so nothing retries it."""


@dataclass(frozen=True)
class Exchange:
    """What the connection layer needs to know about the request this thread is making."""

    watch: Watch
    addresses: AddressPolicy


_current = threading.local()


@contextmanager
def exchange(watch: Watch, addresses: AddressPolicy) -> Iterator[None]:
    """Connections opened or reused by this thread inside the block belong to this request."""
    previous = getattr(_current, "exchange", None)
    _current.exchange = Exchange(watch, addresses)
    try:
        yield
    finally:
        _current.exchange = previous


def _current_exchange() -> Exchange | None:
    return getattr(_current, "exchange", None)


class _Guarded:
    """Mixed into urllib3's connection classes (before them in the bases)."""

    host: str
    port: int
    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        now = _current_exchange()
        if now is None:
            return sock
        try:
            address = str(sock.getpeername()[0])
        except OSError:
            address = ""
        refusal = now.addresses.peer_refusal(self.host, self.port, address) if address else None
        if refusal is not None:
            sock.close()
            raise AddressRefusedError(refusal)
        now.watch.attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        now = _current_exchange()
        if now is not None and self.sock is not None:
            now.watch.attach(self.sock)  # a kept-alive connection, reused for this request
        super().request(*args, **kwargs)  # type: ignore[misc]


class GuardedHTTPConnection(_Guarded, HTTPConnection):
    pass


class GuardedHTTPSConnection(_Guarded, HTTPSConnection):
    pass


class GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = GuardedHTTPSConnection


POOLS = {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """requests' adapter with the guarded connection classes, with or without a proxy."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if proxy.lower().startswith(("http://", "https://")):
            manager.pool_classes_by_scheme = POOLS  # a SOCKS manager keeps its own (SOCKS) connections
        return manager
