"""E-mail alerts over SMTP: STARTTLS (port 587), implicit TLS (465) or a plain local relay."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage

from footprint.config import NotifySettings
from footprint.errors import NotifyError
from footprint.notify.message import Alert

PASSWORD_ENV = "FOOTPRINT_SMTP_PASSWORD"  # noqa: S105 - a variable name, not a password


def build(settings: NotifySettings, alert: Alert) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = alert.subject_line
    msg["From"] = settings.email_from
    msg["To"] = ", ".join(settings.email_to)
    msg.set_content(alert.text())
    return msg


def send(settings: NotifySettings, alert: Alert, environ: Mapping[str, str] | None = None) -> None:
    env = os.environ if environ is None else environ
    password = env.get(PASSWORD_ENV, "") or settings.smtp_password
    context = ssl.create_default_context(cafile=settings.smtp_ca_file or None)
    try:
        if settings.smtp_security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=settings.timeout_s, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout_s)
        with smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=context)
            if settings.smtp_user:
                smtp.login(settings.smtp_user, password)
            smtp.send_message(build(settings, alert))
    except smtplib.SMTPAuthenticationError:
        # The server's reply can echo what was sent; say only what failed.
        raise NotifyError(f"SMTP login as {settings.smtp_user} refused by {settings.smtp_host}") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise NotifyError(f"cannot send e-mail via {settings.smtp_host}:{settings.smtp_port}: {exc}") from None
