"""Run footprint's CLI and keep what its matching stage saw, for ``bench/rejudge.py``.

    BLIND_JUDGE_DUMP=FILE python bench/blind/judge_dump.py scan ...   (the arguments of ``footprint``)

``bench/blind_quality.py --dump DIR`` runs each scan this way. The file is a pickle of the identity
the last matching round was given, the site definitions in scope, and the finished scan, so the
matching and assessment stages can be run again on the same pages with other code, in seconds
instead of a scan's minutes. A dump holds frozen dataclasses of ``footprint.models``: one written
before a change to those classes may not load after it (scan again).
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any

from footprint import pipeline

_seen: dict[str, Any] = {}
_judge, _run = pipeline._judge, pipeline._run


def _keep_judge(who: Any, outcomes: Any, sites: Any) -> Any:
    _seen.update(who=who, sites=sites)
    return _judge(who, outcomes, sites)


def _keep_run(*args: Any, **kwargs: Any) -> Any:
    scan = _run(*args, **kwargs)
    path = os.environ.get("BLIND_JUDGE_DUMP")
    if path and "who" in _seen:
        with open(path, "wb") as out:
            pickle.dump({"who": _seen["who"], "sites": _seen["sites"], "scan": scan}, out)
    return scan


pipeline._judge, pipeline._run = _keep_judge, _keep_run

if __name__ == "__main__":
    from footprint.cli import entry

    sys.argv[0] = "footprint"
    entry()
