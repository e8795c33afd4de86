"""A local SMTP server (aiosmtpd) for notification tests: plain, STARTTLS or implicit TLS."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    tls_used: list[bool] = field(default_factory=list)


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.box.messages.append(msg)  # type: ignore[arg-type]
        transport = getattr(server, "transport", None)
        self.box.tls_used.append(transport is not None and transport.get_extra_info("ssl_object") is not None)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, written to ``folder``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@contextmanager
def smtp_server(mode: str = "plain", cert: tuple[Path, Path] | None = None, password: str = "") -> Iterator[Mailbox]:
    """Run an SMTP server on 127.0.0.1: mode "plain", "starttls" or "tls"; with AUTH when password is set."""
    box = Mailbox(free_port())
    context = None
    if cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(cert[0]), str(cert[1]))

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password.decode() == password
        if isinstance(data, LoginPassword):
            box.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=ok, handled=False)

    kwargs: dict[str, Any] = {}
    if mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    if mode == "tls":
        kwargs["auth_require_tls"] = False  # the whole connection is TLS; aiosmtpd only tracks STARTTLS
    if password:
        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
    controller = Controller(
        _Handler(box),
        hostname="127.0.0.1",
        port=box.port,
        ssl_context=context if mode == "tls" else None,
        **kwargs,
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
