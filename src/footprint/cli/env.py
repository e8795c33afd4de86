"""What a command runs in: where it prints, how much it says, and the environment it reads.

Every command gets one :class:`Env` (``@click.pass_obj``). ``footprint``
builds it for the terminal; a test passes its own to :func:`footprint.cli.main`
(recording consoles, a mapping for the environment), so nothing patches globals.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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

    @classmethod
    def for_terminal(cls) -> Env:
        """Consoles on stdout and stderr, and the process's environment."""
        from rich.console import Console  # rich costs start-up time that --help and --version need not pay

        return cls(Console(highlight=False), Console(stderr=True, highlight=False))

    def say(self, *args: Any) -> None:
        """Print to stdout unless --quiet."""
        if not self.quiet:
            self.console.print(*args)
