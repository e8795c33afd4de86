"""Parsing an export's JSON within a budget: memory bounded by what is kept, not by what the file says.

``json.loads`` on a 66 MB ``comments.json`` of ``{},`` builds 22 million
dictionaries (3.24 GB); a file nested 900 levels deep raises
``RecursionError``. Here the file is stream-parsed (``ijson``, its C
backend where installed) straight from the archive member, never held
whole in memory, and built into Python values one event at a time:

- at most ``max_values`` values (every object, array, string, number,
  true, false and null counts one) are kept per file, which bounds memory;
  and at most ``max_items`` entries in any one list, which bounds the time
  the reader then spends on them. The parser stops at either limit and
  says which, so that the reader can name the rest as not read. The last,
  unfinished entry of a list is dropped: a reader never sees half an entry;
- a file nested deeper than ``max_depth`` is refused with
  :class:`TooDeep` (the export is refused in one line, exit 2); no real
  export nests more than a dozen levels;
- bytes that are not UTF-8 are replaced, as the readers always did, and
  a byte-order mark is skipped.

Peak memory for one file is therefore the values kept (about 100 bytes
each, so some 100 MB at the default budget of
:attr:`footprint.exports.archive.Limits.max_values`) plus the parser's
64 KiB buffer, whatever the file's size; ``tests/exports/test_export_memory.py``
measures it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ijson

if TYPE_CHECKING:
    from footprint.exports.archive import Readable

_BUFFER = 1 << 16


class NotJson(ValueError):  # noqa: N818 - reads as "except NotJson"
    """The stream is not JSON (or ends before its JSON does)."""


class TooDeep(ValueError):  # noqa: N818 - reads as "except TooDeep"
    """The file nests objects or arrays deeper than the limit."""


@dataclass(frozen=True)
class Parsed:
    """A file's value, and what stopped the parse before the file's end ("" when nothing did)."""

    value: Any
    values: int  # values kept
    stopped_at: str = ""  # "1,000,000 values" or "100,000 entries in one list"


class _Utf8:
    """A binary stream re-encoded as clean UTF-8: invalid bytes replaced, a BOM and a prefix skipped."""

    def __init__(self, raw: Readable, prefix: re.Pattern[str] | None = None) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._prefix = prefix
        self._done = False

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson asks for nothing to learn whether the stream gives bytes or text
        while not self._done:
            chunk = self._raw.read(_BUFFER if size < 0 else size)
            text = self._decoder.decode(chunk, final=not chunk)
            self._done = not chunk
            if self._prefix is not None and (text or self._done):
                # The prefix (``window.YTD.x.part0 =``) is short: it is in the first chunk with text.
                text, self._prefix = self._prefix.sub("", text, count=1), None
            if text:
                return text.encode("utf-8")
        return b""


def parse(
    stream: Readable,
    *,
    max_values: int,
    max_items: int,
    max_depth: int,
    prefix: re.Pattern[str] | None = None,
    text: Callable[[str], str] | None = None,
) -> Parsed:
    """The JSON value at the start of ``stream``, within the limits (see the module docstring).

    ``prefix`` is removed from the start first; ``text`` is applied to every
    string value (not to keys). Anything after the first complete value is
    not read. Raises :class:`TooDeep`, or :class:`NotJson`.
    """
    events = ijson.basic_parse(_Utf8(stream, prefix), use_float=True, buf_size=_BUFFER)
    try:
        return _build(events, (max_values, max_items, max_depth), text)
    except ijson.JSONError as exc:
        raise NotJson(str(exc).splitlines()[0] if str(exc) else "not JSON") from None


def _build(
    events: Iterator[tuple[str, Any]], limits: tuple[int, int, int], text: Callable[[str], str] | None
) -> Parsed:
    max_values, max_items, max_depth = limits
    root: Any = None
    # Open containers, outermost first, each with whether it is an element of an array.
    stack: list[tuple[dict[str, Any] | list[Any], bool]] = []
    key = ""
    count = 0
    for event, value in events:
        if event == "map_key":
            key = value
            continue
        if event in ("end_map", "end_array"):
            stack.pop()
            if not stack:
                return Parsed(root, count)
            continue
        parent = stack[-1][0] if stack else None
        if count >= max_values or (isinstance(parent, list) and len(parent) >= max_items):
            _drop_unfinished(stack)
            limit = f"{max_values:,} values" if count >= max_values else f"{max_items:,} entries in one list"
            return Parsed(root, count, stopped_at=limit)
        count += 1
        if event == "start_map":
            item: Any = {}
        elif event == "start_array":
            item = []
        elif event == "string" and text is not None:
            item = text(value)
        else:
            item = value
        if isinstance(parent, list):
            parent.append(item)
        elif parent is not None:
            parent[key] = item
        else:
            root = item
        if event in ("start_map", "start_array"):
            if len(stack) >= max_depth:
                raise TooDeep(f"nested deeper than {max_depth} levels")
            stack.append((item, isinstance(parent, list)))
        elif not stack:
            return Parsed(root, count)  # a bare string or number
    raise NotJson("the file ends before its JSON does")


def _drop_unfinished(stack: list[tuple[dict[str, Any] | list[Any], bool]]) -> None:
    """Remove the outermost unfinished array element, so that every list holds only whole entries."""
    for depth, (_container, in_array) in enumerate(stack):
        if in_array:
            parent = stack[depth - 1][0]
            if isinstance(parent, list):  # always: only an array's elements are marked
                parent.pop()
            return
