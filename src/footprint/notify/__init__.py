"""Notifications for new findings: e-mail over SMTP and a signed webhook.

Each notification lists the new findings at or above the alert threshold,
the new negative reviews and rating drops, and links the report. Secrets (the SMTP password, the webhook secret) come
from the environment or the config and never reach a message or a log.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from footprint.config import NotifySettings
from footprint.models import AlertableChange, Finding, Scan
from footprint.notify import email, webhook
from footprint.notify.message import Alert, report_link

log = logging.getLogger(__name__)

__all__ = ["Alert", "configured", "send"]


def configured(settings: NotifySettings) -> bool:
    return bool(settings.email_to or settings.webhook_url)


def send(
    settings: NotifySettings,
    scan: Scan,
    findings: tuple[Finding, ...],
    report: Path | None,
    environ: Mapping[str, str] | None = None,
    changes: tuple[AlertableChange, ...] = (),
) -> list[str]:
    """Send one alert on every configured channel; return the channels used.

    ``changes`` are the new negative reviews and rating drops that alert too.
    Raises NotifyError when a channel fails (after trying the others).
    """
    if not (findings or changes) or not configured(settings):
        return []
    alert = Alert(scan, findings, report_link(settings, report), changes)
    sent, failures = [], []
    channels = [("email", settings.email_to, email.send), ("webhook", settings.webhook_url, webhook.send)]
    for name, wanted, deliver in channels:
        if not wanted:
            continue
        try:
            deliver(settings, alert, environ)
        except Exception as exc:  # noqa: BLE001 - one channel failing must not stop the other
            failures.append(exc)
            log.warning("%s notification failed: %s", name, exc)
        else:
            sent.append(name)
    if failures:
        from footprint.errors import NotifyError

        first = failures[0]
        if isinstance(first, NotifyError):
            raise first
        raise NotifyError(f"notification failed: {first}")
    return sent
