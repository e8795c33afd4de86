"""The body reader: streamed, capped at ``[fetch] max_bytes``, the rest never read.

The cap counts bytes after gzip/deflate decoding and decoding happens in
bounded steps, so a decompression bomb stops at the cap like any huge page.
``[fetch] total_timeout_s`` bounds a body that trickles in slower than the
read timeout would notice (here between reads; the watchdog of
:mod:`~footprint.fetch.watchdog` during one). Failures are :class:`BodyError`
with a kind the retry policy understands (``timeout``, ``too_slow``,
``truncated``, ``connection``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests
from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError

from footprint.models import TransferFailure

CHUNK = 64 * 1024


@dataclass(frozen=True)
class Body:
    data: bytes
    truncated: bool  # stopped at the cap; the rest was never read
    wire_bytes: int  # bytes received on the socket (before decompression)


class BodyError(Exception):
    def __init__(self, kind: TransferFailure, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def read_capped(response: requests.Response, max_bytes: int, deadline: float) -> Body:
    """Read at most ``max_bytes`` decoded bytes of ``response`` before ``deadline`` (monotonic)."""
    raw = response.raw
    chunks: list[bytes] = []
    total = 0
    truncated = False
    try:
        while True:
            # read1 returns what one socket read brings, so the deadline is checked often.
            chunk = raw.read1(CHUNK, decode_content=True)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                truncated = True
                break
            if time.monotonic() > deadline:
                raise BodyError(TransferFailure.TOO_SLOW, "the page arrived too slowly (total timeout)")
    except ReadTimeoutError:
        raise BodyError(TransferFailure.TIMEOUT, "the site stopped sending the page (read timeout)") from None
    except ProtocolError:
        raise BodyError(TransferFailure.TRUNCATED, "the connection broke off in the middle of the page") from None
    except DecodeError:
        raise BodyError(TransferFailure.DECODE, "the page's compression is corrupt") from None
    except OSError as exc:
        why = f"the connection failed while reading ({type(exc).__name__})"
        raise BodyError(TransferFailure.CONNECTION, why) from None
    finally:
        wire = _wire_bytes(raw)
        # Closing an unfinished stream drops the connection instead of draining it.
        response.close()
    data = b"".join(chunks)[:max_bytes]
    return Body(data, truncated, wire)


def _wire_bytes(raw: object) -> int:
    tell = getattr(raw, "tell", None)
    try:
        return int(tell()) if callable(tell) else 0
    except (OSError, ValueError):
        return 0
