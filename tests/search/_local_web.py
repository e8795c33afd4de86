"""Settings for a scan against a local web: one pytest-httpserver as the search engine, the NPI registry and
every host a test serves (``/h/<host>/...`` mirrors ``https://<host>/...``), with no cache, retry or screenshot."""

from __future__ import annotations

from collections.abc import Iterable

from pytest_httpserver import HTTPServer

from footprint import config


def local_settings(server: HTTPServer, hosts: Iterable[str]) -> config.Settings:
    base = server.url_for("").rstrip("/")
    return config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base, "learned_queries": 0},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "mirrors": {f"https://{h}": f"{base}/h/{h}" for h in hosts},
        }
    )
