"""Errors a user can act on: every one footprint raises, in one place.

Every error that should reach a user is a FootprintError: the CLI prints
its message and hint on one line and exits with its ``exit_status``. Stages
raise the subclass named after them; nothing else is caught at the top.
Keeping them here means no stage imports another stage for its error.
"""

from __future__ import annotations

from footprint.status import ExitStatus


class FootprintError(Exception):
    """An error with a one-line message for the user and an optional hint."""

    exit_status: ExitStatus = ExitStatus.ERROR
    hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def user_message(self) -> str:
        text = str(self)
        return f"{text} ({self.hint})" if self.hint else text


class UsageError(FootprintError):
    """Bad input from the command line or a file the user named."""

    exit_status = ExitStatus.USAGE


class ConfigError(UsageError):
    hint = "see 'footprint --help' and the Configuration section of the README"


class SubjectError(UsageError):
    """A subject (name, NPI, state, URL) that cannot be scanned as given."""


class SiteDefinitionError(UsageError):
    hint = "run 'footprint sites validate' to check every definition"


class SandboxError(FootprintError):
    hint = "the bundled sandbox web could not start; is 127.0.0.1 usable?"


class ParseError(FootprintError):
    """A page that cannot be read as what its site definition says it is; a scan shows it as ``parse_error``."""


class ExportError(UsageError):
    """An export that cannot be read: missing, corrupt, hostile or not an export at all."""

    hint = "give the .zip you downloaded or the folder it unpacks to; see 'footprint export inspect --help'"


class ReportError(FootprintError):
    hint = "check that the output folder is writable"


class PdfUnavailableError(ReportError):
    """No browser to print with, or the browser could not print: the PDF is skipped."""

    hint = "install Chromium (apt-get install chromium) or set [browser] path"


class HistoryError(FootprintError):
    hint = "check the --db path; the history database is SQLite and can be inspected with sqlite3"


class NotifyError(FootprintError):
    hint = "check the [notify] table of the config file and the SMTP or webhook server"


class RosterError(UsageError):
    """A roster that cannot be read at all (missing, empty, not CSV or JSON lines)."""

    hint = "a roster is CSV with a 'name' column, or JSON lines with a \"name\" key"


class BatchError(FootprintError):
    """The batch as a whole cannot go on (its output folder, its journal)."""

    hint = "check the --out folder"


class BatchInterruptedError(FootprintError):
    """Ctrl-C: finished subjects are kept; the message says how to resume."""

    exit_status = ExitStatus.INTERRUPTED


class EngineError(FootprintError):
    """The engine that runs a batch's scans cannot go on: its broker is out of reach, or not footprint's."""

    hint = "check --broker (or FOOTPRINT_BROKER) and that Redis is running and reachable from here"
