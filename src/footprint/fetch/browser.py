"""The browser: Playwright driving Chromium, for JavaScript-only sites and evidence screenshots.

Reads ``[browser] enabled``, ``path``, ``timeout_s``, ``max_requests`` and
``max_memory_mb`` (and ``[fetch] user_agent``, ``max_bytes``). Chromium is
looked for by :mod:`footprint.chromium`: ``[browser] path``, Playwright's
own install, then ``chromium`` or ``chromium-browser`` on the PATH
(``/usr/bin``).

The pages it opens are hostile, so the browser is never given the network:

- every request a page makes is answered by footprint itself through a
  :class:`~footprint.fetch.gate.Gate`: only the page's own origin, only its document, stylesheets
  and images (and its scripts and data requests where the site cannot work
  without JavaScript), each through robots.txt, the host's rate limit and
  ``[fetch] max_bytes`` (one budget for the page and all it loads), at most
  ``max_requests`` of them within ``timeout_s``; anything else is refused;
- Chromium's own network goes to a closed proxy port and resolves no name,
  so whatever escapes interception goes nowhere: WebSockets are closed on
  sight, WebRTC may not use UDP, service workers are blocked;
- JavaScript is off unless the site needs it (``requires_browser``);
- each page gets a fresh browser context: no cookie or storage passes from
  one hostile page to the next; downloads are refused;
- a renderer that grows past ``max_memory_mb`` is stopped
  (:mod:`footprint.fetch.renderer`);
- Chromium's sandbox stays on, except for root, which it refuses to
  sandbox (a container).

Playwright's sync API belongs to the thread that started it, so one worker
thread owns the browser and other threads send it jobs. Without a browser
nothing fails: :meth:`Browser.available` is False, the reason is logged
once, and callers mark their rows ``skipped``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from footprint import scratch
from footprint.chromium import choose_executable, private_env
from footprint.config import BrowserSettings
from footprint.fetch.gate import Loaded, PageNet
from footprint.fetch.renderer import Watchdog, marker

log = logging.getLogger(__name__)

T = TypeVar("T")
FLAGS = (
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # no update checks, safe browsing or metrics calls home
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-breakpad",  # no crash reports written or sent
    # The browser never reaches the network itself: footprint answers every request it intercepts, and
    # the rest (a WebSocket, WebRTC) meets a closed proxy port and resolves no name.
    "--proxy-server=http://127.0.0.1:1",
    "--proxy-bypass-list=<-loopback>",  # loopback too goes to the dead proxy
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--force-webrtc-ip-handling-policy",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--js-flags=--max-old-space-size=256",
)
Job = Callable[[Any], Any]
MAX_RESTARTS = 3  # after a crash, per run
Work = Callable[[Any, Any], T]  # (page, response of the navigation) -> result, on the browser thread


def launch_flags(euid: int | None = None) -> list[str]:
    """Chromium's switches; ``--no-sandbox`` only for root, which Chromium will not sandbox."""
    uid = euid if euid is not None else (os.geteuid() if hasattr(os, "geteuid") else 1)
    return [*FLAGS, "--no-sandbox"] if uid == 0 else list(FLAGS)


@dataclass(frozen=True)
class Rendered:
    url: str
    status: int
    html: str
    error: str = ""


class BrowserError(Exception):
    """A page could not be opened; the message says why in words for a coverage row or a log."""


class Browser:
    """A lazily started headless Chromium, safe to call from any thread."""

    def __init__(self, settings: BrowserSettings, user_agent: str) -> None:
        self.settings = settings
        self.user_agent = user_agent
        self.missing_reason = ""
        self.executable: str | None = None
        self._jobs: queue.Queue[tuple[Job, Future[Any]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._state = threading.Lock()
        self.mark = marker()  # on its command line: how its processes are found (the memory cap, tests)
        self.watchdog: Watchdog | None = None

    # -- lifecycle ---------------------------------------------------------
    def available(self) -> bool:
        """Start the browser if needed; False (with ``missing_reason``) when there is none."""
        with self._state:
            if self._thread is None and not self.missing_reason:
                if not self.settings.enabled:
                    self.missing_reason = "the browser is disabled in [browser]"
                else:
                    self._thread = threading.Thread(target=self._run, name="browser", daemon=True)
                    self._thread.start()
        if self._thread is not None:
            self._ready.wait(timeout=self.settings.timeout_s + 30)
            if not self._ready.is_set():
                self.missing_reason = self.missing_reason or "the browser did not start in time"
        return not self.missing_reason

    def close(self) -> None:
        thread = self._thread
        if thread is not None and thread.is_alive():
            self._jobs.put(None)
            thread.join(timeout=30)

    def _run(self) -> None:
        home = scratch.folder("footprint-chromium-")
        try:
            self._serve(str(home))
        except Exception as exc:  # noqa: BLE001 - a broken browser must never end a scan
            self._fail(f"the browser failed: {_first_line(exc)}")
        finally:
            scratch.remove(home)
            if self.watchdog is not None:
                self.watchdog.close()
            self._ready.set()
            self._drain()

    def _fail(self, reason: str) -> None:
        if not self.missing_reason:
            self.missing_reason = reason
            log.warning("no browser: %s; pages that need one are marked skipped", reason)

    def _serve(self, home: str) -> None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            self._fail("Playwright is not installed (pip install 'footprint[browser]')")
            return
        with sync_playwright() as pw:
            try:
                own: str | None = pw.chromium.executable_path
            except Exception:  # noqa: BLE001 - no bundled browser for this platform
                own = None
            executable, origin = choose_executable(self.settings.path, own)
            if executable is None:
                self._fail(origin)
                return
            self.executable = executable

            def launch() -> Any:
                return pw.chromium.launch(
                    env={**private_env(home)},  # Playwright's type wants str | float | bool values
                    executable_path=executable,
                    headless=True,
                    args=[*launch_flags(), self.mark],
                    timeout=self.settings.timeout_s * 1000,
                )

            browser = launch()
            self.watchdog = Watchdog(self.mark, self.settings.max_memory_mb)
            log.info("browser: %s (from %s)", executable, origin)
            self._ready.set()
            self._work(browser, launch)

    def _work(self, browser: Any, launch: Callable[[], Any]) -> None:
        """Run jobs until told to stop; a browser that a page crashed is started again, a few times."""
        restarts = 0
        try:
            while True:
                item = self._jobs.get()
                if item is None:
                    return
                job, future = item
                if not browser.is_connected() and restarts < MAX_RESTARTS:
                    # Chromium may crash when a renderer is stopped for its memory mid-screenshot.
                    log.info("the browser stopped; starting it again")
                    with contextlib.suppress(Exception):
                        browser.close()
                    browser = launch()
                    restarts += 1
                try:
                    future.set_result(job(browser))
                except Exception as exc:  # noqa: BLE001 - reported to the caller, who records it
                    future.set_exception(exc)
        finally:
            with contextlib.suppress(Exception):
                browser.close()

    def _drain(self) -> None:
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                item[1].set_exception(BrowserError(self.missing_reason or "the browser stopped"))

    def _submit(self, job: Job) -> Any:
        future: Future[Any] = Future()
        self._jobs.put((job, future))
        return future.result(timeout=self.settings.timeout_s * 3 + 10)

    # -- jobs --------------------------------------------------------------
    def visit(self, url: str, net: PageNet, work: Work[T], *, scripts: bool) -> T:
        """Open ``url`` in a fresh context whose every request ``net`` answers, and run ``work`` on the page.

        Raises BrowserError (in words) when the page cannot be opened.
        """
        if not self.available():
            raise BrowserError(self.missing_reason)

        def job(browser: Any) -> T:
            context = browser.new_context(
                java_script_enabled=scripts,
                service_workers="block",
                accept_downloads=False,
                user_agent=self.user_agent,
                viewport={"width": 1280, "height": 900},
            )
            try:
                context.set_default_timeout(self.settings.timeout_s * 1000)
                context.route("**/*", lambda route: _answer(route, net, scripts))
                if hasattr(context, "route_web_socket"):  # Playwright 1.48 and later
                    context.route_web_socket("**/*", lambda socket: socket.close())
                return self._on_page(context, url, work)
            finally:
                with contextlib.suppress(Exception):
                    context.close()

        try:
            result: T = self._submit(job)
        except BrowserError:
            raise
        except Exception as exc:  # noqa: BLE001 - timeouts, crashes: one page, one reason
            raise BrowserError(_first_line(exc)) from None
        return result

    def _on_page(self, context: Any, url: str, work: Work[T]) -> T:
        page = context.new_page()
        watchdog = self.watchdog
        if watchdog is not None:
            watchdog.watching(True)
        try:
            response = page.goto(url, wait_until="domcontentloaded")
            with contextlib.suppress(Exception):  # a page still loading images is shot as it is
                page.wait_for_load_state("load", timeout=self.settings.timeout_s * 500)
            return work(page, response)
        except Exception as exc:  # noqa: BLE001 - a crash, a timeout, a hostile page: one reason
            if watchdog is not None and watchdog.killed_mb:
                raise BrowserError(
                    f"the page used more than {self.settings.max_memory_mb} MB of memory and was stopped"
                ) from None
            raise BrowserError(_first_line(exc)) from None
        finally:
            if watchdog is not None:
                watchdog.watching(False)

    def render(self, url: str, net: PageNet, max_bytes: int) -> Rendered:
        """The page's HTML after its scripts ran, at most ``max_bytes`` of it."""

        def work(page: Any, response: Any) -> Rendered:
            html = page.content()
            if len(html.encode("utf-8", "replace")) > max_bytes:
                html = html.encode("utf-8", "replace")[:max_bytes].decode("utf-8", "ignore")
            return Rendered(page.url, response.status if response else 0, html)

        try:
            return self.visit(url, net, work, scripts=True)
        except BrowserError as exc:
            return Rendered(url, 0, "", str(exc))


def _answer(route: Any, net: PageNet, scripts: bool) -> None:
    """Answer one intercepted request with what ``net`` gives, or refuse it."""
    request = route.request
    try:
        got = net.load(request.url, request.resource_type) if request.method == "GET" else None
        if got is None:
            route.abort("blockedbyclient")
            return
        route.fulfill(status=got.status, headers=_headers(got, request.resource_type, scripts), body=got.body)
    except Exception as exc:  # noqa: BLE001 - the page closed meanwhile, or a hostile answer: refuse it
        log.debug("browser: could not answer %s: %s", request.url, _first_line(exc))
        with contextlib.suppress(Exception):
            route.abort("failed")


def _headers(got: Loaded, kind: str, scripts: bool) -> dict[str, str]:
    """Only the headers the browser needs: the body is already decoded and within its cap."""
    headers = {"content-type": got.content_type} if got.content_type else {}
    if got.location:
        headers["location"] = got.location
    if kind == "document":
        headers["content-security-policy"] = CSP_WITH_SCRIPTS if scripts else CSP_STATIC
    return headers


# The same rules once more, in the page's own terms (the browser enforces them even if interception failed).
CSP_STATIC = (
    "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'; connect-src 'none'; "
    "object-src 'none'; "
    "frame-src 'none'; worker-src 'none'; font-src 'none'; media-src 'none'; form-action 'none'"
)
CSP_WITH_SCRIPTS = (
    "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; object-src 'none'; "
    "frame-src 'none'; worker-src 'none'; font-src 'none'; media-src 'none'; form-action 'none'"
)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__


__all__ = ["Browser", "BrowserError", "Rendered", "launch_flags"]
