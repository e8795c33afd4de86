"""URL mirrors: the ``[mirrors]`` table maps canonical prefixes to replacements.

The pipeline and the report always see canonical URLs; only the request goes
to the mirror. This is how the sandbox, the tests and a consultant's private
mirror reuse every site definition unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping


def to_mirror(url: str, mirrors: Mapping[str, str]) -> str:
    """The URL to request for canonical ``url`` (the longest matching prefix wins)."""
    for prefix in sorted(mirrors, key=len, reverse=True):
        if url == prefix or url.startswith(prefix + "/") or url.startswith(prefix + "?"):
            return mirrors[prefix] + url[len(prefix) :]
    return url


def to_canonical(url: str, mirrors: Mapping[str, str]) -> str:
    """Undo :func:`to_mirror` for a URL the mirror answered with (a redirect target)."""
    for prefix, target in sorted(mirrors.items(), key=lambda kv: len(kv[1]), reverse=True):
        if url == target or url.startswith(target + "/") or url.startswith(target + "?"):
            return prefix + url[len(target) :]
    return url
