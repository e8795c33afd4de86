"""The benchmarks' lighter sandbox transport answers exactly what the sandbox's own server answers."""

from __future__ import annotations

import time

import pytest
import requests

from bench.sandbox_process import SandboxProcess

PATHS = [
    "/healthgrades/physician/dr-imogen-castellwright-y4kx9",  # a page (the file's .html left off)
    "/healthgrades/robots.txt",
    "/searxng/search?q=Imogen+Castellwright&format=json",  # dynamic: SearXNG's JSON
    "/searxng/search?q=Imogen+Castellwright",  # 403 without format=json
    "/npi/api/?version=2.1&first_name=Imogen&last_name=Castellwright",
    "/facebook/public/Imogen-Castellwright",  # a manifest route: a redirect to the login wall
    "/_unserved/www.example.com/profile",  # a catalog origin the sandbox does not serve
]


def _answers(transport: str) -> tuple[list[tuple[int, str | None, str | None, bytes]], list[str]]:
    with SandboxProcess(transport=transport) as web, requests.Session() as session:
        got = []
        for path in PATHS:  # one keep-alive connection, request after request
            r = session.get(web.base_url + path, allow_redirects=False, timeout=10)
            got.append((r.status_code, r.headers.get("Content-Type"), r.headers.get("Location"), r.content))
        return got, [p for _, p in web.log()]


@pytest.mark.timeout(120)
def test_the_event_loop_transport_answers_as_the_threaded_server_does_and_logs_each_arrival() -> None:
    threaded, threaded_log = _answers("threads")
    looped, looped_log = _answers("asyncio")
    assert [a[0] for a in threaded] == [200, 200, 200, 403, 200, 302, 404]
    assert looped == threaded
    assert looped_log == threaded_log == PATHS


@pytest.mark.timeout(60)
def test_the_event_loop_transport_waits_the_injected_delay_and_refuses_other_methods() -> None:
    with SandboxProcess(delay_s=0.05, transport="asyncio") as web, requests.Session() as session:
        started = time.monotonic()
        for _ in range(5):
            assert session.get(web.base_url + "/healthgrades/robots.txt", timeout=10).status_code == 200
        waited = (time.monotonic() - started) / 5
        assert waited >= 0.05 - 0.002  # the delay, to within half a tick (2 ms at most)
        assert session.post(web.base_url + "/healthgrades/robots.txt", timeout=10).status_code == 501
