"""Alerts by e-mail (STARTTLS, TLS) and webhook, against local servers; secrets stay secret."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from footprint import config, notify
from footprint.config import NotifySettings
from footprint.errors import ConfigError, NotifyError
from footprint.history import History
from tests.mailserver import self_signed, smtp_server
from tests.scans import finding, make_scan

PASSWORD = "s3cret-smtp-pass-9f2"
NEW = finding("substance_imagery", "high", "party.jpg", "mastodon")
OLD = finding("personal_phone", "medium", "(971) 555-0188")


@pytest.fixture
def scan(tmp_path: Path):  # type: ignore[no-untyped-def]
    with History(tmp_path / "h.db") as h:
        h.record(make_scan((OLD,)))
        return h.record(make_scan((OLD, NEW)))


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def _settings(port: int, security: str, cert: tuple[Path, Path], **extra: object) -> NotifySettings:
    return NotifySettings(email_to=("dr@example.org",), email_from="footprint@example.org", smtp_host="127.0.0.1",
                          smtp_port=port, smtp_security=security, smtp_ca_file=str(cert[0]), **extra)  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # aiosmtpd cannot see implicit TLS
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_email_over_tls_with_the_password_from_the_environment(security: str, scan, cert, tmp_path: Path) -> None:
    with smtp_server(security, cert, password=PASSWORD) as box:
        settings = _settings(box.port, security, cert, smtp_user="footprint")
        sent = notify.send(
            settings, scan, (NEW,), tmp_path / "r" / "report.html", {"FOOTPRINT_SMTP_PASSWORD": PASSWORD}
        )
    assert sent == ["email"]
    assert box.logins == [("footprint", PASSWORD)] and box.tls_used == [True]
    msg = box.messages[0]
    body = msg.get_content()
    assert msg["To"] == "dr@example.org" and "1 new finding for Dr. Ada Quill, MD" in msg["Subject"]
    assert NEW.title in body and OLD.title not in body
    assert f"Report: {(tmp_path / 'r' / 'report.html').as_uri()}" in body
    assert PASSWORD not in msg.as_string()


def test_a_refused_password_is_an_error_that_does_not_repeat_it(scan, cert, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with smtp_server("starttls", cert, password=PASSWORD) as box:
        settings = _settings(box.port, "starttls", cert, smtp_user="footprint", smtp_password="wrong-pass-77")
        with pytest.raises(NotifyError) as err:
            notify.send(settings, scan, (NEW,), None, {})
    assert "refused" in str(err.value)
    assert "wrong-pass-77" not in str(err.value) and "wrong-pass-77" not in caplog.text
    assert "wrong-pass-77" not in repr(settings)


def test_an_untrusted_certificate_is_refused(scan, cert, tmp_path: Path) -> None:
    other = self_signed(tmp_path)
    with smtp_server("starttls", cert) as box:
        settings = replace(_settings(box.port, "starttls", cert), smtp_ca_file=str(other[0]))
        with pytest.raises(NotifyError, match="cannot send e-mail"):
            notify.send(settings, scan, (NEW,), None, {})
    assert box.messages == []


def test_webhook_unsigned_and_failing_server_does_not_stop_the_email(scan, cert, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ok", method="POST").respond_with_data("ok")
    httpserver.expect_request("/down", method="POST").respond_with_data("no", status=503)
    ok = NotifySettings(webhook_url=httpserver.url_for("/ok"))
    assert notify.send(ok, scan, (NEW,), None, {}) == ["webhook"]
    request, _ = httpserver.log[0]
    assert "X-Footprint-Signature" not in request.headers  # no secret in the environment: unsigned
    assert request.get_json()["new_findings"][0]["id"] == NEW.id
    with smtp_server("plain") as box:
        both = replace(_settings(box.port, "none", cert), webhook_url=httpserver.url_for("/down"))
        with pytest.raises(NotifyError, match="HTTP 503") as err:
            notify.send(both, scan, (NEW,), None, {})
    assert "/down" not in str(err.value)  # a webhook path may hold its token: never printed
    assert len(box.messages) == 1  # the e-mail went out although the webhook failed


def test_nothing_new_sends_nothing(scan, httpserver: HTTPServer) -> None:
    settings = NotifySettings(webhook_url=httpserver.url_for("/hook"))
    assert notify.send(settings, scan, (), None, {}) == []
    assert httpserver.log == []


def test_notify_table_is_typed_and_strict(tmp_path: Path) -> None:
    good = config.from_mapping(
        {"notify": {"email_to": ["a@example.org"], "email_from": "f@example.org", "smtp_host": "mail.example.org",
                    "smtp_port": 465, "smtp_security": "tls", "webhook_url": "https://hooks.example.org/x"}}
    )  # fmt: skip
    assert good.notify.smtp_port == 465 and good.notify.email_to == ("a@example.org",)
    for bad, message in (
        ({"smtp_hots": "x"}, "unknown key 'smtp_hots'"),
        ({"smtp_security": "ssl"}, "smtp_security must be one of"),
        ({"smtp_port": "587"}, "must be a whole number"),
        ({"webhook_url": "ftp://x"}, "not an http(s) URL"),
        ({"email_to": ["a@example.org"]}, "needs smtp_host and email_from"),
    ):
        with pytest.raises(ConfigError, match=re.escape(message)):
            config.from_mapping({"notify": bad})
