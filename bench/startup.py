"""How long ``footprint --help`` takes to start, against importing click alone.

    python bench/startup.py [--runs N]

Runs ``python -m footprint --help`` and ``python -c "import click"`` in
fresh interpreters, alternating, N times each (the first of each is
discarded as a warm-up of the disk cache), and compares the medians of
their wall times. Both pay for the interpreter's own start-up, so the
ratio says what footprint adds on top of the one library ``--help``
really needs. The checkout's ``src`` comes first on PYTHONPATH.

Last line: ``help_s=<x> click_import_s=<y> ratio=<x/y>`` (target <= 3).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
HELP = [sys.executable, "-m", "footprint", "--help"]
CLICK = [sys.executable, "-c", "import click"]


def wall_s(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each command [15]")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    help_times: list[float] = []
    click_times: list[float] = []
    for run in range(args.runs + 1):
        h, c = wall_s(HELP, env), wall_s(CLICK, env)
        if run:  # the first pair warms the disk cache
            help_times.append(h)
            click_times.append(c)
    help_s, click_s = statistics.median(help_times), statistics.median(click_times)
    print(f"runs={args.runs} help min/max={min(help_times):.3f}/{max(help_times):.3f} s "
          f"click min/max={min(click_times):.3f}/{max(click_times):.3f} s")  # fmt: skip
    print(f"help_s={help_s:.3f} click_import_s={click_s:.3f} ratio={help_s / click_s:.2f}")


if __name__ == "__main__":
    main()
