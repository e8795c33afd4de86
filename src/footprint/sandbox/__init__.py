"""The bundled offline web used by ``footprint demo`` and the tests.

``with Sandbox() as web:`` starts the server on a free port of 127.0.0.1;
``web.settings()`` returns Settings whose ``[mirrors]`` point every
supported site at it. The pipeline runs unchanged: only base URLs differ.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from footprint.config import NpiSettings, SearchSettings, Settings
from footprint.errors import SandboxError, UsageError
from footprint.identity import make_subject
from footprint.models import Subject
from footprint.sandbox.server import SandboxServer
from footprint.sandbox.state import WEB, SandboxState

VARIANTS = Path(__file__).parent / "variants"
SANDBOX_RPS = 20.0  # requests per second per site in the config `sandbox serve` prints
EXPORTS = Path(__file__).parent / "exports"


def variants() -> tuple[str, ...]:
    """The names of the sandbox web's later states (``--variant``), e.g. ``month2``."""
    return tuple(sorted(p.name for p in VARIANTS.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


def demo_subject() -> Subject:
    """The sandbox's fictional physician, as a user would describe her."""
    return make_subject(
        "Dr. Imogen R. Castellwright, MD",
        specialty="Dermatology",
        city="Portland",
        state="OR",
        handles=["@icastellwright@mastodon.social"],
    )


def sample_exports() -> list[tuple[str, Path]]:
    """The demo physician's own data exports, one folder per network, in the readers' order."""
    from footprint.exports import READERS

    return [(n, EXPORTS / n) for n in READERS if (EXPORTS / n).is_dir()]


def catalog_origins() -> set[str]:
    """The origins (scheme and host) every catalog definition can send a request to."""
    import re

    from footprint.sites import catalog

    origins = set()
    for site in catalog():
        check = site.username
        templates = [site.base_url, *site.search_urls, *(a.url for a in site.api)]
        templates += [u for u in (check.url, check.api_url) if u] if check else []
        for template in templates:
            m = re.match(r"^(https?://[^/{}?]+)(/|$|\?)", template)
            if m:
                origins.add(m.group(1))
    return origins


class Sandbox:
    """The sandbox web, running in a background thread while the context is open."""

    def __init__(self, variant: str | None = None, delay_s: float = 0.0, port: int = 0) -> None:
        overlays = []
        if variant:
            folder = VARIANTS / variant
            if variant not in variants():
                known = ", ".join(variants()) or "none"
                raise UsageError(f"no sandbox variant named {variant!r}; known: {known}")
            overlays.append(folder)
        self.state = SandboxState(overlays, delay_s)
        self.port = port
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise SandboxError("the sandbox is not running", "")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Sandbox:
        try:
            self._server = SandboxServer(self.state, self.port)
        except OSError as exc:
            raise SandboxError(f"cannot start the sandbox web: {exc.strerror}") from None
        self._thread = threading.Thread(target=self._server.serve_forever, name="sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def mirrors(self) -> dict[str, str]:
        """Every site the sandbox serves, and every other catalog origin to a path that answers 404.

        The demo must never reach the real web: a site the sandbox does not serve
        answers "not found" from the sandbox instead.
        """
        served = {canonical: f"{self.base_url}/{key}" for key, canonical in self.state.sites.items()}
        unserved = {origin: f"{self.base_url}/_unserved/{origin.split('://', 1)[1]}" for origin in catalog_origins()}
        return {**unserved, **served}

    def config_toml(self, rate_limit_rps: float = SANDBOX_RPS) -> str:
        """A config file that points ``scan``, ``batch`` and ``watch`` at this sandbox, as ``settings()`` does."""
        lines = [
            "# footprint settings for the sandbox web at " + self.base_url,
            "# (footprint sandbox serve); use it with --config FILE while the sandbox runs.",
            "",
            "[search]",
            'backends = ["searxng"]',
            f'searxng_url = "{self.base_url}/searxng"',
            "",
            "[npi]",
            f'base_url = "{self.base_url}/npi/api/"',
            "",
            "[fetch]",
            "cache = false          # the sandbox answers at once; a cache would hide a changed --variant",
            "mirrors_only = true    # fetch nothing the sandbox does not serve: the real web is never reached",
            f"rate_limit_rps = {rate_limit_rps:g}   # every site is this machine: no need for the real sites' pace",
            "",
            "[mirrors]",
            *(f'"{canonical}" = "{target}"' for canonical, target in sorted(self.mirrors().items())),
        ]
        return "\n".join(lines) + "\n"

    def settings(self, base: Settings | None = None) -> Settings:
        """``base`` (defaults if None) with search, NPI and every site pointed at the sandbox."""
        base = base or Settings()
        return replace(
            base,
            search=replace(
                base.search or SearchSettings(), backends=("searxng",), searxng_url=f"{self.base_url}/searxng"
            ),
            npi=replace(base.npi or NpiSettings(), base_url=f"{self.base_url}/npi/api/"),
            # every site is this machine, as in config_toml: the default pace is the sandbox's, not the real web's
            fetch=replace(
                base.fetch, cache=False, mirrors_only=True, rate_limit_rps=max(base.fetch.rate_limit_rps, SANDBOX_RPS)
            ),
            mirrors={**base.mirrors, **self.mirrors()},
        )


__all__ = ["WEB", "Sandbox", "demo_subject", "sample_exports", "variants"]
