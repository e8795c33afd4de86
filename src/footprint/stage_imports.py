"""The stages after fetching (extract, match, assess and what they read with), imported on one side thread while
the first requests are on the wire, then left out of the garbage collector's rounds."""

from __future__ import annotations

import gc
import importlib
import logging
import threading

log = logging.getLogger("footprint.pipeline")  # the scan's log, as before these lines left the pipeline

# Imported while the first requests wait on the network. trafilatura (the main text of a page that
# names nobody in its headlines) is imported by the first such page otherwise: after the last answers
# came in, when nothing else is left to do. Not extruct: the first page with JSON-LD, microdata or
# RDFa imports it (extract.structured); a scan of pages with none never needs it.
LATER_STAGES = (
    "footprint.extract",
    "footprint.match",
    "footprint.assess",
    "footprint.evidence.gps",
    "footprint.exports.merge",
    "trafilatura",
)

_preload_lock = threading.Lock()

_preload: threading.Thread | None = None


def _import_later_stages() -> None:
    """Import the later stages; what importing made (modules, functions, compiled patterns) is then
    left out of the garbage collector's rounds: it lives as long as the process, and walking it over
    and over while the scan reads pages costs more than the rest of those rounds."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        for name in LATER_STAGES:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - the stage's own import raises it again, where it is used
                log.debug("could not import %s ahead of time: %s", name, exc)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def later_stages() -> threading.Thread:
    """The one side thread (per process) importing the stages after fetching; started on the first call."""
    global _preload
    with _preload_lock:
        if _preload is None:
            _preload = threading.Thread(target=_import_later_stages, name="footprint-preload", daemon=True)
            _preload.start()
        return _preload
