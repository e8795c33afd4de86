"""The browser: Playwright driving Chromium, for JavaScript-only sites and evidence screenshots.

Reads ``[browser] enabled``, ``path``, ``timeout_s`` (and ``[fetch] proxy``,
``user_agent``). Chromium is looked for by :mod:`footprint.chromium`:
``[browser] path``, Playwright's own install, then ``chromium`` or
``chromium-browser`` on the PATH (``/usr/bin``). It runs headless with the flags a root user on an
offline server needs, in a fresh profile folder deleted afterwards, and may
load only the page's own origin: third-party scripts, fonts and trackers
are refused. Playwright's sync API belongs to the thread that started it,
so one worker thread owns the browser and other threads send it jobs.
Without a browser nothing fails: :meth:`Browser.available` is False, the
reason is logged once, and callers mark their rows ``skipped``.
"""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from footprint.chromium import choose_executable, private_env
from footprint.config import BrowserSettings

log = logging.getLogger(__name__)

FLAGS = (
    "--no-sandbox",  # root in a container: the setuid sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # no update checks, safe browsing or metrics calls home
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-breakpad",  # no crash reports written or sent
)
Job = Callable[[Any], Any]


@dataclass(frozen=True)
class Rendered:
    url: str
    status: int
    html: str
    error: str = ""


class Browser:
    """A lazily started headless Chromium, safe to call from any thread."""

    def __init__(self, settings: BrowserSettings, user_agent: str, proxy: str = "") -> None:
        self.settings = settings
        self.user_agent = user_agent
        self.proxy = proxy
        self.missing_reason = ""
        self.executable: str | None = None
        self._jobs: queue.Queue[tuple[Job, Future[Any]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._state = threading.Lock()
        self._allowed_origin = ""

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
        profile = tempfile.mkdtemp(prefix="footprint-chromium-")
        try:
            self._serve(profile)
        except Exception as exc:  # noqa: BLE001 - a broken browser must never end a scan
            self._fail(f"the browser failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        finally:
            shutil.rmtree(profile, ignore_errors=True)
            self._ready.set()
            self._drain()

    def _fail(self, reason: str) -> None:
        if not self.missing_reason:
            self.missing_reason = reason
            log.warning("no browser: %s; pages that need one are marked skipped", reason)

    def _serve(self, profile: str) -> None:
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
            context = pw.chromium.launch_persistent_context(
                profile,
                env={**private_env(profile)},  # Playwright's type wants str | float | bool values
                executable_path=executable,
                headless=True,
                args=list(FLAGS),
                user_agent=self.user_agent,
                viewport={"width": 1280, "height": 900},
                proxy={"server": self.proxy} if self.proxy else None,
                timeout=self.settings.timeout_s * 1000,
            )
            context.set_default_timeout(self.settings.timeout_s * 1000)
            context.route("**/*", self._only_own_origin)
            log.info("browser: %s (from %s)", executable, origin)
            self._ready.set()
            try:
                self._work(context)
            finally:
                context.close()

    def _work(self, context: Any) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, future = item
            try:
                future.set_result(job(context))
            except Exception as exc:  # noqa: BLE001 - reported to the caller, who records it
                future.set_exception(exc)

    def _drain(self) -> None:
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                item[1].set_exception(RuntimeError(self.missing_reason or "the browser stopped"))

    def _only_own_origin(self, route: Any) -> None:
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}" == self._allowed_origin:
            route.continue_()
        else:
            route.abort()

    def _submit(self, job: Job) -> Any:
        future: Future[Any] = Future()
        self._jobs.put((job, future))
        return future.result(timeout=self.settings.timeout_s * 2 + 10)

    # -- jobs --------------------------------------------------------------
    def render(self, url: str) -> Rendered:
        """The page's HTML after its scripts ran."""

        def job(context: Any) -> Rendered:
            page = self._open(context, url)
            try:
                response = page.goto(url, wait_until="load")
                return Rendered(page.url, response.status if response else 0, page.content())
            finally:
                page.close()

        try:
            result: Rendered = self._submit(job)
        except Exception as exc:  # noqa: BLE001 - timeouts, crashes: one page, one reason
            return Rendered(url, 0, "", f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return result

    def screenshot(self, url: str, path: Path) -> bool:
        """Save a PNG of the page's first screen at ``path``; False when it could not be taken."""

        def job(context: Any) -> bool:
            page = self._open(context, url)
            try:
                response = page.goto(url, wait_until="load")
                if response is None or response.status >= 400:
                    return False
                page.screenshot(path=str(path), full_page=False)
                return True
            finally:
                page.close()

        try:
            ok: bool = self._submit(job)
        except Exception as exc:  # noqa: BLE001 - evidence is a bonus; never a failure
            log.info("no screenshot of %s: %s", url, exc)
            return False
        return ok

    def _open(self, context: Any, url: str) -> Any:
        parts = urlsplit(url)
        self._allowed_origin = f"{parts.scheme}://{parts.netloc}"
        return context.new_page()
