"""``footprint sandbox serve``: the bundled offline web, for trying ``scan``, ``batch`` and ``watch`` on it.

``demo`` starts and stops the sandbox around one scan. ``sandbox serve``
keeps it running and prints the config file that points footprint at it,
so that every command can be tried offline on the fictional physicians.
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from footprint.cli.env import Env

if TYPE_CHECKING:
    from footprint.sandbox import Sandbox


@click.group("sandbox")
def sandbox_group() -> None:
    """The bundled offline web that 'footprint demo' scans."""


@sandbox_group.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Listen on this port [default: a free one].")
@click.option("--variant", metavar="NAME", help="Serve the web as it looks later, e.g. month2.")
@click.option(
    "--config-out",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the config to FILE instead of printing it.",
)
@click.pass_obj
def sandbox_serve(env: Env, port: int, variant: str | None, config_out: Path | None) -> None:
    """Serve the sandbox web on 127.0.0.1 until Ctrl-C, and print the config that points footprint at it.

    \b
    Example:
      footprint sandbox serve --port 8765 --config-out sandbox.toml &
      footprint scan "Dr. Imogen R. Castellwright, MD" --state OR --config sandbox.toml
    """
    from footprint.sandbox import Sandbox

    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)  # before the config is out: a caller may stop us at once
    try:
        _serve(env, Sandbox(variant, port=port), variant, config_out, stop)
    finally:
        signal.signal(signal.SIGTERM, previous)
    env.err.print("sandbox stopped", markup=False, highlight=False)


def _serve(env: Env, sandbox: Sandbox, variant: str | None, config_out: Path | None, stop: threading.Event) -> None:
    from footprint import report

    with sandbox as web:
        text = web.config_toml()
        if config_out is not None:
            report.write_private(config_out, text.encode("utf-8"))
            env.err.print(f"config for the sandbox written to {config_out}", markup=False, highlight=False)
        else:
            click.echo(text, nl=False)
        env.err.print(
            f"sandbox web at {web.base_url}{f' (variant {variant})' if variant else ''}; Ctrl-C to stop",
            markup=False,
            highlight=False,
        )
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
