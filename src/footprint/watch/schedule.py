"""Installing the daily ``footprint watch run``: a crontab line or a systemd user timer.

The job runs daily; ``watch run`` itself decides which subjects are due, so
a monthly watch scans once a month whatever the timer does. Cron lines are
written with python-crontab (the user's crontab, or a tab file for tests
and for systems where the crontab is managed as a file). Systemd units are
a oneshot service and a timer with ``Persistent=true``, so a run missed
while the machine was off happens at the next boot.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import platformdirs
from crontab import CronTab

from footprint.errors import UsageError

JOB_COMMENT = "footprint watch run (installed by footprint watch install-schedule)"
UNIT = "footprint-watch"


def command(db: str | None) -> list[str]:
    """The command the scheduler runs: this footprint, by absolute path."""
    exe = shutil.which("footprint")
    argv = [exe] if exe else [sys.executable, "-m", "footprint"]
    argv += ["-q", "watch", "run"]
    if db:
        argv += ["--db", str(Path(db).resolve())]
    return argv


def parse_at(text: str) -> tuple[int, int]:
    try:
        hour, minute = (int(p) for p in text.split(":"))
    except ValueError:
        raise UsageError(f"--at {text!r}: use HH:MM, e.g. 06:17") from None
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise UsageError(f"--at {text!r}: use HH:MM, e.g. 06:17")
    return hour, minute


def install_cron(argv: list[str], at: tuple[int, int], tabfile: Path | None, dry_run: bool) -> str:
    """Replace any earlier footprint line with one daily ``watch run``; return the crontab line."""
    cron = _crontab(tabfile, dry_run)
    cron.remove_all(comment=JOB_COMMENT)
    job = cron.new(command=shlex.join(argv), comment=JOB_COMMENT)
    job.setall(f"{at[1]} {at[0]} * * *")
    if not dry_run:
        try:
            cron.write()
        except (OSError, ValueError) as exc:
            raise UsageError(
                f"cannot write the crontab: {exc}", "use --systemd, or --print and install it by hand"
            ) from None
    return str(job.render())


def installed_cron(tabfile: Path | None = None) -> str:
    """The crontab line ``install-schedule`` put there, or "" (also when the crontab cannot be read)."""
    try:
        cron = CronTab(tabfile=str(tabfile)) if tabfile is not None else CronTab(user=True)
    except (OSError, ValueError):
        return ""
    job = next(iter(cron.find_comment(JOB_COMMENT)), None)
    return str(job.render()) if job is not None else ""


def _crontab(tabfile: Path | None, dry_run: bool) -> CronTab:
    try:
        if tabfile is None:
            return CronTab(user=True)
        if not tabfile.exists():
            if dry_run:
                return CronTab(tab="")
            tabfile.parent.mkdir(parents=True, exist_ok=True)
            tabfile.touch(mode=0o600)
        return CronTab(tabfile=str(tabfile))
    except (OSError, ValueError) as exc:
        if dry_run:
            return CronTab(tab="")
        raise UsageError(
            f"cannot read the crontab: {exc}", "use --systemd, or --print and install it by hand"
        ) from None


def systemd_units(argv: list[str], at: tuple[int, int]) -> dict[str, str]:
    service = (
        "[Unit]\nDescription=footprint: re-scan the watched physicians that are due\n"
        "After=network-online.target\nWants=network-online.target\n\n"
        f"[Service]\nType=oneshot\nExecStart={shlex.join(argv)}\n"
        # Exit 3 means "new findings", not a failure of the unit.
        "SuccessExitStatus=3\n"
    )
    timer = (
        "[Unit]\nDescription=footprint: daily check for due re-scans\n\n"
        f"[Timer]\nOnCalendar=*-*-* {at[0]:02d}:{at[1]:02d}:00\nPersistent=true\nRandomizedDelaySec=10min\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def default_unit_dir() -> Path:
    return Path(platformdirs.user_config_dir("systemd")) / "user"


def write_units(units: dict[str, str], folder: Path) -> list[Path]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in units.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    except OSError as exc:
        raise UsageError(f"cannot write systemd units to {folder}: {exc.strerror}") from None
    return paths


ENABLE = f"systemctl --user daemon-reload && systemctl --user enable --now {UNIT}.timer"
