"""The sandbox web in a process of its own, for measuring rates across several processes.

A server thread that shares a process with busy code (a batch's coordinator
writing reports) reads its clock only when it gets the GIL, so the arrival
times it logs bunch up and a rate limit that held looks broken. In its own
process, the sandbox logs each request when it arrives. Times are
``time.monotonic()``: one clock for every process of the machine.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from footprint.sandbox.state import SandboxState


REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
           410: "Gone", 429: "Too Many Requests", 451: "Unavailable For Legal Reasons", 501: "Not Implemented",
           503: "Service Unavailable"}  # fmt: skip


class _Ticks:
    """The injected delay on a grid of ``tick`` seconds: answers due in the same tick leave on one wake-up of
    the loop (a timer per answer cost the server as much CPU as the rest of the answer). Each answer waits
    the delay to within half a tick either way, so on average exactly the delay."""

    def __init__(self, loop: asyncio.AbstractEventLoop, delay_s: float, tick_s: float) -> None:
        self.loop = loop
        self.delay_s = delay_s
        self.tick_s = tick_s
        self.due: dict[int, list[Callable[[], None]]] = {}

    def later(self, answer: Callable[[], None]) -> None:
        if not self.delay_s:
            answer()
            return
        slot = round((self.loop.time() + self.delay_s) / self.tick_s)
        if slot not in self.due:
            self.due[slot] = []
            self.loop.call_at(slot * self.tick_s, self._fire, slot)
        self.due[slot].append(answer)

    def _fire(self, slot: int) -> None:
        for answer in self.due.pop(slot):
            answer()


class _Connection(asyncio.Protocol):
    """One keep-alive connection: each request's head read up to its blank line, answered by the sandbox's
    ``respond`` after the injected delay, in arrival order (clients send one request at a time)."""

    def __init__(self, state: SandboxState, ticks: _Ticks) -> None:
        self.state = state
        self.ticks = ticks
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            method, target, *_ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            self.state.log.append((time.monotonic(), target))
            close = b"connection: close" in head.lower() or method != "GET"  # a body it would not read: close
            self.ticks.later(functools.partial(self._answer, method, target, close))

    def _answer(self, method: str, target: str, close: bool) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        from footprint.sandbox.server import Response, respond

        answer = respond(self.state, target) if method == "GET" else Response(501, (("Content-Length", "0"),), b"")
        lines = [f"HTTP/1.1 {answer.status} {REASONS.get(answer.status, 'Unknown')}"]
        lines += [f"{name}: {value}" for name, value in answer.headers]
        if close:
            lines.append("Connection: close")
        self.transport.write("\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + answer.body)
        if close:
            self.transport.close()


def _serve_asyncio(conn: Connection, delay_s: float) -> None:
    from footprint.sandbox import Sandbox

    class Served(Sandbox):
        """The sandbox's state and mirrors at this transport's address (its threaded server never starts)."""

        url = ""

        @property
        def base_url(self) -> str:
            return self.url

    web = Served(delay_s=delay_s)
    loop: asyncio.AbstractEventLoop
    try:
        import uvloop  # libuv's event loop where installed: less of the cores' time per request

        loop = uvloop.new_event_loop()
    except ImportError:
        loop = asyncio.new_event_loop()
    ticks = _Ticks(loop, delay_s, tick_s=min(0.002, delay_s / 5))
    server = loop.run_until_complete(loop.create_server(lambda: _Connection(web.state, ticks), "127.0.0.1", 0))
    web.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    conn.send((web.base_url, web.mirrors(), dict(web.state.sites)))

    def orders() -> None:  # the parent's orders, on a thread of their own (the pipe stays blocking)
        while conn.recv() == "log":
            conn.send(list(web.state.log))
        loop.call_soon_threadsafe(loop.stop)

    threading.Thread(target=orders, daemon=True).start()
    loop.run_forever()
    server.close()


def _serve(conn: Connection, delay_s: float, transport: str = "threads") -> None:
    if transport == "asyncio":
        _serve_asyncio(conn, delay_s)
        return
    from footprint.sandbox import Sandbox

    with Sandbox(delay_s=delay_s) as web:
        conn.send((web.base_url, web.mirrors(), dict(web.state.sites)))
        while True:
            order = conn.recv()
            if order == "log":
                with web.state.lock:
                    conn.send(list(web.state.log))
            else:
                break


class SandboxProcess:
    """``with SandboxProcess() as web:`` ``web.base_url``, ``web.mirrors()``, ``web.sites`` and ``web.log()``."""

    def __init__(self, delay_s: float = 0.0, transport: str = "threads") -> None:
        self.delay_s = delay_s
        self.transport = transport
        self.base_url = ""
        self.sites: dict[str, str] = {}
        self._mirrors: dict[str, str] = {}
        self._conn: Connection | None = None
        self._proc: Any = None

    def __enter__(self) -> SandboxProcess:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, self.delay_s, self.transport), daemon=True)
        self._proc.start()
        if not self._conn.poll(60):
            raise RuntimeError("the sandbox process did not start")
        self.base_url, self._mirrors, self.sites = self._conn.recv()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self._conn is not None:
            self._conn.send("stop")
        if self._proc is not None:
            self._proc.join(10)
            if self._proc.is_alive():
                self._proc.kill()

    @property
    def pid(self) -> int:
        """The sandbox process's id (0 before it started)."""
        return int(self._proc.pid) if self._proc is not None else 0

    def mirrors(self) -> dict[str, str]:
        return dict(self._mirrors)

    def log(self) -> list[tuple[float, str]]:
        """Every request so far: (arrival time, path)."""
        assert self._conn is not None
        self._conn.send("log")
        return [(float(t), str(p)) for t, p in self._conn.recv()]
