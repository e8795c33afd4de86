"""Text that reaches a terminal, a log, cron mail or a notification: always inert.

Scraped text (a payer's name, a page title, a review) and user text (a
subject's name, a roster row) are hostile. Printed through Rich markup,
``Dermavance [/] Therapeutics`` crashes the print (``MarkupError``) and
``[link=https://…]`` becomes a clickable terminal link; printed raw, an ESC
sequence clears the screen or plants an OSC 8 hyperlink in the terminal or
in the cron mail. Every command prints such text through this module:

- :func:`clean` removes escape sequences (CSI, OSC, DCS, ...) and every other
  control character but newline and tab (C0, DEL, C1), and the Unicode
  bidirectional overrides that make text read differently from what it is;
- :func:`esc` is :func:`clean` then escaped for Rich markup, for an f-string
  that also carries our own ``[bold]``;
- :func:`plain` is a Rich ``Text`` of the cleaned string, which Rich never
  parses as markup (use it for table cells).

The line-oriented outputs (errors, the log, notifications) use :func:`clean`
alone; :func:`one_line` also folds newlines, for a message that must stay
one line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# Whole escape sequences first, so that no payload (a hyperlink's URL, a title) is left behind as text:
# OSC/DCS/SOS/PM/APC strings up to their terminator (BEL or ST), then CSI and the two-character escapes.
_SEQUENCES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC 8 hyperlinks among them
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: colours, cursor moves, clearing the screen
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
# C0 but tab and newline, DEL, C1; the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(value: object) -> str:
    """The text with escape sequences and control characters removed (newline and tab kept)."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text  # the common case, and cheap
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def one_line(value: object) -> str:
    """:func:`clean`, with newlines and tabs as spaces: for messages that must stay one line."""
    return " ".join(clean(value).split())


def esc(value: object) -> str:
    """Cleaned and escaped for Rich markup: safe inside ``f"[bold]{esc(name)}[/]"``."""
    from rich.markup import escape

    return escape(clean(value))


def plain(value: object, style: str = "") -> Text:
    """A Rich ``Text`` of the cleaned string: never parsed as markup, never a link."""
    from rich.text import Text

    return Text(clean(value), style=style)
