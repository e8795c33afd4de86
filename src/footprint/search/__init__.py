"""Search backends behind one interface; see interface.py."""

from __future__ import annotations

from footprint.config import Settings
from footprint.errors import ConfigError
from footprint.search.brave import BraveBackend
from footprint.search.duckduckgo import DuckDuckGoBackend
from footprint.search.interface import BackendFactory, SearchBackend, SearchOutcome
from footprint.search.searxng import SearxngBackend

BACKENDS: dict[str, BackendFactory] = {
    "searxng": SearxngBackend,
    "brave": BraveBackend,
    "duckduckgo": DuckDuckGoBackend,
}


def backends_for(settings: Settings) -> list[SearchBackend]:
    out = []
    for name in settings.search.backends:
        factory = BACKENDS.get(name)
        if factory is None:
            raise ConfigError(f"[search] backends: unknown backend '{name}'; known: {', '.join(sorted(BACKENDS))}")
        out.append(factory(settings))
    return out


__all__ = ["BACKENDS", "SearchBackend", "SearchOutcome", "backends_for"]
