"""The PDF report: the HTML report printed by a headless Chromium.

The browser is looked for by :mod:`footprint.chromium`, as for the fetch
stage: the ``[browser] path`` setting, Playwright's own download, then
``chromium`` on the PATH. With none, the PDF is
skipped with a one-line reason (:class:`PdfUnavailableError`) and the other
formats are still written.

The HTML is printed from a private temporary folder and removed afterwards.
It carries a Content-Security-Policy that forbids every request and script,
so printing it makes no network traffic. Chromium runs with a throwaway
profile and every background service off.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from footprint.chromium import choose_executable, playwright_browsers, private_env
from footprint.errors import PdfUnavailableError

PRINT_TIMEOUT_S = 90.0

_FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--disable-breakpad",
    "--no-pdf-header-footer",
    "--print-to-pdf-no-header",  # the same switch in Chromium before 111; ignored by newer ones
)


def find_browser(configured: str = "") -> str:
    """The path of a Chromium to print with; PdfUnavailableError naming what was tried when there is none."""
    if configured:
        path = shutil.which(configured) or (configured if os.access(configured, os.X_OK) else None)
        if path is None:
            raise PdfUnavailableError(f"PDF not written: [browser] path {configured!r} is not an executable", "")
        return path
    own = next((str(p) for p in playwright_browsers() if os.access(p, os.X_OK)), None)
    path, _origin = choose_executable("", own)
    if path is None:
        raise PdfUnavailableError("PDF not written: no Chromium browser found")
    return path


def _command(browser: str, html_file: Path, pdf_file: Path, profile: Path) -> list[str]:
    cmd = [browser, *_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_file}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start as root with its sandbox on; the page it prints is our
        # own escaped report under a CSP that forbids scripts and requests.
        cmd.append("--no-sandbox")
    return [*cmd, html_file.as_uri()]


def print_pdf(html: bytes, browser: str, timeout_s: float = PRINT_TIMEOUT_S) -> bytes:
    """Print ``html`` to PDF with the Chromium at ``browser``; PdfUnavailableError when it fails."""
    with tempfile.TemporaryDirectory(prefix="footprint-pdf-") as tmp:  # created 0700
        folder = Path(tmp)
        html_file, pdf_file = folder / "report.html", folder / "report.pdf"
        html_file.write_bytes(html)
        cmd = _command(browser, html_file, pdf_file, folder / "profile")
        # stderr goes to a file, not a pipe: Chromium's helpers can outlive it and hold a pipe open.
        with (folder / "stderr.txt").open("w+b") as err:
            proc = subprocess.Popen(
                cmd,
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
                cwd=folder,
                env=private_env(str(folder / "home")),  # nothing lands in HOME
            )
            try:
                proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                raise PdfUnavailableError(
                    f"PDF not written: the browser did not finish printing in {timeout_s:.0f} s"
                ) from None
            finally:
                _kill_group(proc)
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
        if proc.returncode != 0 or not pdf_file.is_file() or pdf_file.stat().st_size == 0:
            why = lines[-1][:160] if lines else f"exit status {proc.returncode}"
            raise PdfUnavailableError(f"PDF not written: the browser could not print ({why})")
        return pdf_file.read_bytes()


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """End Chromium and any helper it left behind (they share its new session's group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if proc.poll() is None:
        proc.kill()
    proc.wait()
