"""The command line starts quickly: --help and --version load click and footprint's command modules, nothing heavy.

``bench/startup.py`` measures the time; this test keeps the cause away. A
heavy library imported at the top of a module the command line imports
shows up here by name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SRC

HEAVY_LIBRARIES = {
    "extruct", "jinja2", "jsonschema", "lxml", "nameparser", "nicknames", "numpy", "phonenumbers", "PIL",
    "platformdirs", "playwright", "protego", "rapidfuzz", "requests", "requests_cache", "rich", "usaddress", "yaml",
}  # fmt: skip
# footprint's own stages: each pulls in some of the above, and models.py alone costs about as much as click.
STAGES = {
    "footprint.pipeline", "footprint.models", "footprint.config", "footprint.fetch", "footprint.extract",
    "footprint.report", "footprint.history", "footprint.batch", "footprint.watch", "footprint.sites",
    "footprint.sandbox", "footprint.exports", "footprint.notify",
}  # fmt: skip

# Runs the real entry point, then reports on stderr every module it loaded.
PROBE = """
import json, sys
from footprint.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [(), ("--help",), ("--version",)])
def test_help_and_version_load_no_heavy_module(args: tuple[str, ...]) -> None:
    loaded = _loaded(*args)
    assert "footprint.cli" in loaded and "click" in loaded
    assert sorted({m.split(".")[0] for m in loaded} & HEAVY_LIBRARIES) == []
    assert sorted(loaded & STAGES) == []


@pytest.mark.parametrize("command", ["scan", "batch", "watch run", "sites selfcheck", "export inspect"])
def test_a_commands_help_loads_none_of_the_stages(command: str) -> None:
    # Once a command is named, the terminal's consoles (rich) are set up; the stages still wait for it to run.
    loaded = _loaded(*command.split(), "--help")
    assert sorted({m.split(".")[0] for m in loaded} & (HEAVY_LIBRARIES - {"rich"})) == []
    assert sorted(loaded & STAGES) == []


# What a scan needs before its first request, then what it reads pages with.
SCAN_PATH = """
import json, sys
from footprint import pipeline, report
from footprint.cli.export import read_all
read_all([])
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
LATER_STAGES = {
    "footprint.extract",
    "footprint.match",
    "footprint.assess",
    "footprint.exports",
    "footprint.report.html_report",
}


def test_a_scan_reaches_its_first_request_without_the_stages_that_read_pages() -> None:
    # They are imported on a side thread while the first requests wait (stage_imports.later_stages).
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run(
        [sys.executable, "-c", SCAN_PATH], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    loaded = set(json.loads(proc.stderr.strip().splitlines()[-1]))
    assert "footprint.fetch" in loaded and "footprint.discover" in loaded
    assert sorted(loaded & LATER_STAGES) == []
    assert sorted({m.split(".")[0] for m in loaded} & {"extruct", "jinja2", "PIL", "rapidfuzz", "phonenumbers"}) == []


def test_the_command_ends_without_a_last_garbage_collection_over_everything_it_made() -> None:
    # entry() freezes what is left, so the interpreter's final collection skips it; exit status unchanged.
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count(), file=sys.stderr))\n"
        "from footprint.cli import entry\n"
        "sys.argv = ['footprint', 'no-such-command']\n"
        "entry()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    frozen = [line for line in proc.stderr.splitlines() if line.startswith("frozen ")]
    assert frozen and int(frozen[0].split()[1]) > 1000, proc.stderr


def test_importing_the_later_stages_leaves_garbage_collection_on_and_their_objects_out_of_it() -> None:
    # A batch or a worker runs for hours: collection must be on again once the side thread is done.
    probe = (
        "import gc, json, sys\n"
        "from footprint import pipeline, stage_imports\n"
        "before = gc.get_freeze_count()\n"
        "stage_imports.later_stages().join()\n"
        "print(json.dumps([gc.isenabled(), before, gc.get_freeze_count()]), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    enabled, before, after = json.loads(proc.stderr.strip().splitlines()[-1])
    assert enabled is True
    assert before == 0 and after > 20_000, proc.stderr  # the page readers' modules, patterns and tables
