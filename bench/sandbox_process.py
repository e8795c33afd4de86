"""The sandbox web in a process of its own, for measuring rates across several processes.

A server thread that shares a process with busy code (a batch's coordinator
writing reports) reads its clock only when it gets the GIL, so the arrival
times it logs bunch up and a rate limit that held looks broken. In its own
process, the sandbox logs each request when it arrives. Times are
``time.monotonic()``: one clock for every process of the machine.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any


def _serve(conn: Connection, delay_s: float) -> None:
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

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.base_url = ""
        self.sites: dict[str, str] = {}
        self._mirrors: dict[str, str] = {}
        self._conn: Connection | None = None
        self._proc: Any = None

    def __enter__(self) -> SandboxProcess:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, self.delay_s), daemon=True)
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
