"""The parts of ``footprint watch run`` around its engine: each due subject with its settings, each subject's
lines as it is delivered, the run's last line, and the runs a killed process left to report and alert."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from footprint.cli.display import changes_line, recovered, risk_words, search_failure
from footprint.cli.env import Env
from footprint.cli.options import load_settings
from footprint.errors import FootprintError
from footprint.status import ExitStatus
from footprint.terminal import clean, esc

if TYPE_CHECKING:
    from footprint.delivery import Delivered
    from footprint.history import History
    from footprint.watch import Watch
    from footprint.watch.run import Due, WatchRun

log = logging.getLogger("footprint")


def due(env: Env, history: History, w: Watch, config_file: str | None) -> Due:
    """The watch to scan, with the pages answered "mine" or "not me" (`footprint review`) applied, and its settings."""
    from dataclasses import replace

    from footprint.history import answers
    from footprint.watch.run import Due

    w = replace(w, subject=answers.apply(history, w.subject))
    try:
        return Due(w, load_settings(env, w.options.config or config_file))
    except FootprintError as exc:
        return Due(w, None, exc.user_message())


def said(env: Env, w: Watch, done: Delivered | None, error: str) -> bool:
    """One subject's lines, as it is delivered: its risk and what changed, its report; or why it failed.

    True when the scan was delivered but with a gap that fails the run: no
    search backend answered.
    """
    if done is None:
        env.err.print(clean(f"footprint: error: {w.subject.name}: {error}"), markup=False, soft_wrap=True)
        return False
    recovered(env, done)
    for line in done.written.skipped:
        log.warning("%s", line)
    env.say(f"[bold]{esc(w.subject.name)}[/]: {esc(risk_words(done.scan))}; {esc(changes_line(done.scan))}")
    for path in done.written.paths:
        env.console.print(clean(f"report: {path}"), highlight=False, soft_wrap=True, markup=False)
    gap = search_failure(done.scan)
    if done.alert_error:
        env.err.print(clean(f"footprint: error: {w.subject.name}: {done.alert_error}"), markup=False, soft_wrap=True)
    elif gap:
        env.err.print(clean(f"footprint: error: {w.subject.name}: {gap}"), markup=False, soft_wrap=True)  # one line
    elif done.status == ExitStatus.ALERT:
        env.say(f"  new findings (or a new bad review or rating drop) at or above {w.options.alert_on}")
    return bool(gap)


def end(env: Env, result: WatchRun) -> None:
    """The run in a line, naming the subjects that alerted; then the summary's paths."""
    done = sum(1 for r in result.rows if r.status == "done")
    minutes, seconds = divmod(int(result.wall_s), 60)
    parts = [f"{done} of {len(result.rows)} done"]
    if result.failed:
        parts.append(f"{result.failed} failed")
    if result.alerted:
        parts.append(f"{len(result.alerted)} alerted: " + ", ".join(result.alerted))
    if not env.quiet:
        line = "\nwatch run: " + " · ".join(parts) + f" · {minutes}m{seconds:02d}s"
        env.console.print(clean(line), highlight=False, soft_wrap=True, markup=False)
    for path in result.files:
        label = "index" if path.endswith(".html") else "summary"
        env.console.print(clean(f"{label}: {path}"), highlight=False, soft_wrap=True, markup=False)


def finish_interrupted(env: Env, history: History, watches: list[Watch], config_file: str | None) -> tuple[int, int]:
    """Report and alert what killed runs recorded for watched subjects, each with its watch's settings.

    Returns how many alerted and how many could not be finished.
    """
    from footprint.delivery import recover
    from footprint.watch.store import watch_key

    alerted = failures = 0
    for w in watches:
        try:
            settings = load_settings(env, w.options.config or config_file)
            done = recover(history, settings.notify, subject=watch_key(w.subject), environ=env.environ)
        except FootprintError as exc:
            failures += 1
            env.err.print(clean(f"footprint: error: {w.subject.name}: {exc.user_message()}"), markup=False)
            continue
        recovered(env, done)
        alerted += sum(1 for d in done.delivered if d.alerted)
        failures += len(done.problems)
    return alerted, failures
