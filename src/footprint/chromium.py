"""Where Chromium is, and a private environment to run it in.

Two stages run Chromium: fetch (Playwright, for JavaScript-only sites and
evidence screenshots) and report (printing the PDF). Both look for it here,
in one order: ``[browser] path``, Playwright's own download
(``PLAYWRIGHT_BROWSERS_PATH`` or ``~/.cache/ms-playwright``), then
``chromium``, ``chromium-browser`` or ``google-chrome`` on the PATH or in
``/usr/bin``.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
PLAYWRIGHT_GLOBS = ("chromium-*/chrome-linux*/chrome", "chromium_headless_shell-*/chrome-linux*/headless_shell")


def private_env(profile: str) -> dict[str, str]:
    """The environment with HOME and the XDG folders inside ``profile``.

    Chromium writes crash-report settings and dconf files under the user's
    config folder whatever ``--user-data-dir`` says; this keeps the user's
    home untouched and everything deleted with the profile.
    """
    env = dict(os.environ)
    env["HOME"] = profile
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(Path(profile) / name.removeprefix("XDG_").removesuffix("_HOME").lower())
    return env


def system_chromium() -> str | None:
    for name in SYSTEM_CHROMIUM:
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").is_file() else None)
        if found:
            return found
    return None


def playwright_browsers() -> list[Path]:
    """Chromium builds Playwright downloaded, newest revision first; Playwright itself need not be installed."""
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache" / "ms-playwright")
    base = Path(root)
    if not base.is_dir():
        return []
    found: list[Path] = []
    for pattern in PLAYWRIGHT_GLOBS:
        found.extend(sorted(base.glob(pattern), reverse=True))
    return found


def choose_executable(configured: str, playwright_own: str | None) -> tuple[str | None, str]:
    """The Chromium to launch, and where it came from (or why there is none)."""
    if configured:
        if Path(configured).is_file():
            return configured, "[browser] path"
        log.warning("[browser] path %s does not exist; looking elsewhere", configured)
    if playwright_own and Path(playwright_own).is_file():
        return playwright_own, "Playwright's install"
    system = system_chromium()
    if system:
        return system, "the system"
    return None, "no Chromium found ([browser] path, Playwright's install, chromium on the PATH)"
