"""No secret in any log line, whoever logs it (issue #17, item 5)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footprint.redaction import SECRET_HEADERS, SECRET_PARAMS, SecretFilter
from tests.mockserver import MockWeb

KEY = "AIzaSyD-fake-places-key-0123456789"


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb() as server:
        yield server


def test_minus_vv_shows_each_request_but_never_the_places_key(
    web: MockWeb, tmp_path: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOOGLE_PLACES_API_KEY", KEY)
    config = tmp_path / "footprint.toml"
    config.write_text(
        "[fetch]\ncache = false\nmirrors_only = true\nretries = 0\n\n[search]\nbackends = []\n\n"
        '[npi]\nenabled = false\n\n[sites]\nenabled = ["google_business"]\n\n'
        f'[mirrors]\n"https://places.googleapis.com" = "{web.url}"\n',
        encoding="utf-8",
    )
    result = run_cli(
        "-vv", "scan", "Dr. Jane Doe", "--city", "Portland", "--state", "OR",
        "--config", str(config), "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert web.hits["v1"] == 1, "the Places API was not asked: the test proves nothing"
    logged = result.out + result.err
    assert "places:searchText" in logged, "no request line was logged at -vv"
    assert KEY not in logged and KEY[:12] not in logged  # the key travels in X-Goog-Api-Key, never logged
    report = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert KEY not in report


def _logged(environ: dict[str, str], *records: tuple[str, str, tuple[object, ...]]) -> str:
    """What the root handler writes for ``records`` (logger, format, args), with the filter on it."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(SecretFilter(environ))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        for name, fmt, args in records:
            logging.getLogger(name).warning(fmt, *args)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    return out.getvalue()


def test_third_party_loggers_lose_secret_parameters_headers_and_values() -> None:
    token = "brave-token-5f3a9c"
    text = _logged(
        {"BRAVE_SEARCH_API_KEY": token, "FOOTPRINT_SMTP_PASSWORD": "hunter2-long", "SHELL": "/bin/bash"},
        ("urllib3.connectionpool", '%s "GET %s HTTP/1.1" 200', ("https://x", "/place/json?input=doe&key=abcDEF123")),
        ("requests_cache.session", "sending %s", ({"X-Subscription-Token": token, "Accept": "text/html"},)),
        ("some.library", "Authorization: Bearer eyJhbGciOi.xyz\nAccept: */*", ()),
        ("some.library", "proxy http://me:pa55word@proxy.example:3128 failed", ()),
        ("smtplib", "login failed for password %s", ("hunter2-long",)),
        ("some.library", "retrying %s", ("https://api.example/v1?apiKey=zzz999&sig=0a0b&page=2",)),
    )
    for secret in (token, "abcDEF123", "eyJhbGciOi", "pa55word", "hunter2-long", "zzz999", "0a0b"):
        assert secret not in text, secret
    assert "key=[redacted]" in text and "'X-Subscription-Token': '[redacted]'" in text
    assert "Authorization: [redacted]\nAccept: */*" in text
    assert "http://me:[redacted]@proxy.example:3128" in text
    assert "page=2" in text and "/bin/bash" not in text  # other values and variables are left alone


def test_a_traceback_is_redacted_too() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(SecretFilter({}))
    log = logging.getLogger("footprint.test")
    log.addHandler(handler)
    log.propagate = False
    try:
        try:
            raise ConnectionError("Max retries exceeded with url: /json?input=x&key=leaked-in-traceback")
        except ConnectionError:
            log.exception("internal error")
    finally:
        log.removeHandler(handler)
        log.propagate = True
    assert "leaked-in-traceback" not in out.getvalue() and "key=[redacted]" in out.getvalue()


def test_every_site_definitions_key_parameter_or_header_is_one_the_filter_redacts() -> None:
    from footprint.sites import catalog

    params = {s.api_key_param.lower() for s in catalog() if s.api_key_param}
    headers = {s.api_key_header.lower() for s in catalog() if s.api_key_header}
    assert params or headers
    assert params <= set(SECRET_PARAMS) and headers <= set(SECRET_HEADERS)
    text = _logged({}, ("urllib3", "send: %s", ({"X-Goog-Api-Key": "AIza-in-a-header", "Accept": "*/*"},)))
    assert "AIza-in-a-header" not in text and "'X-Goog-Api-Key': '[redacted]'" in text
