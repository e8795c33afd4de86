"""What a command runs in: where it prints, how much it says, and the environment it reads.

Every command gets one :class:`Env` (``@click.pass_obj``). ``footprint``
builds it for the terminal; a test passes its own to :func:`footprint.cli.main`
(recording consoles, a mapping for the environment), so nothing patches globals.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Env:
    """The consoles commands print to, the verbosity flags and the environment variables."""

    console: Console
    err: Console
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    quiet: bool = False
    verbose: int = 0
    stdin: TextIO = field(default_factory=lambda: sys.stdin)  # where questions are answered (``review``)
    interactive: bool | None = None  # None: when stdin and stdout are terminals

    def can_ask(self) -> bool:
        """True when a person is at the keyboard to answer questions."""
        if self.interactive is not None:
            return self.interactive
        return bool(self.stdin.isatty() and self.console.is_terminal)

    def ask(self, prompt: str) -> str:
        """Print ``prompt`` and read one answer line ("" at the end of input)."""
        self.console.print(prompt, end="", markup=False, highlight=False)
        line = self.stdin.readline()
        if not line:
            self.console.print()
        return line.strip()

    @classmethod
    def for_terminal(cls) -> Env:
        """Consoles on stdout and stderr, and the process's environment."""
        from rich.console import Console  # rich costs start-up time that --help and --version need not pay

        return cls(Console(highlight=False), Console(stderr=True, highlight=False))

    def say(self, *args: Any) -> None:
        """Print to stdout unless --quiet."""
        if not self.quiet:
            self.console.print(*args)
