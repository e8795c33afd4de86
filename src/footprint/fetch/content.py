"""Content types and text decoding.

Each probe expects one kind of body: an HTML page, JSON from an API, or an
image. Anything else is refused before its body is read and becomes a
coverage reason. Text is decoded by the charset the response declares,
else the page's ``<meta charset>``, else UTF-8, else Windows-1252 (what
browsers assume for old Western pages), so non-UTF-8 pages read correctly.
"""

from __future__ import annotations

import codecs
import re

from footprint.models import Parser, Probe, ProbePurpose

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
JSON_TYPES = frozenset({"application/json", "text/json", "application/activity+json", "application/ld+json"})
KIND_WORDS = {"html": "an HTML page", "json": "JSON", "text": "an HTML page or JSON", "image": "an image"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def expected_kind(probe: Probe) -> str:
    """``html``, ``json`` or ``text``: what this probe's parser can read (images are fetched as bytes, not probes).

    A username check read by HTML is ``text``: its answer is judged by status and markers, and many
    sites' check URLs are JSON APIs (WhatsMyName's ``uri_check``).
    """
    if probe.parser != Parser.HTML:
        return "json"
    return "text" if probe.purpose == ProbePurpose.USERNAME else "html"


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def accepts(kind: str, content_type: str) -> bool:
    """True when a response of ``content_type`` can be what a ``kind`` probe expects.

    A missing type is accepted (the parser judges); ``text/plain`` is
    accepted for HTML and JSON because many servers label both that way.
    """
    media = media_type(content_type)
    if not media or media == "text/plain":
        return kind in ("html", "json", "text")
    if kind == "html":
        return media in HTML_TYPES
    if kind == "text":
        return media in HTML_TYPES or media in JSON_TYPES or media.endswith("+json")
    if kind == "json":
        return media in JSON_TYPES or media.endswith("+json")
    return media.startswith("image/")


def refusal(kind: str, content_type: str) -> str:
    return f"expected {KIND_WORDS.get(kind, kind)} but the site sent {media_type(content_type) or 'no type'}"


def decode(data: bytes, content_type: str) -> str:
    """Bytes to text by declared charset, meta charset, UTF-8, then Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for name in (_header_charset(content_type), _meta_charset(data)):
        if name and _known(name):
            # Browsers read pages labelled ISO-8859-1 as Windows-1252; so do we.
            chosen = "cp1252" if codecs.lookup(name).name == "iso8859-1" else name
            return data.decode(chosen, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _header_charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return m.group(1) if m else None


def _meta_charset(data: bytes) -> str | None:
    m = META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
