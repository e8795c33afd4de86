"""footprint.delivery: record, report, alert; what is owed survives, and a live run's work is left to it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import NotifySettings
from footprint.delivery import Delivery, deliver, recover
from footprint.history import History, scanjson
from footprint.history.migrations import MIGRATIONS
from footprint.history.outbox import me
from footprint.models import Decision, Extracted, Match, MatchResult, PageKind, Photo, Post
from footprint.report import FORMATS
from tests.report_scans import hostile_scan
from tests.scans import finding, make_scan

HOME = finding("home_address", "high", "4417 SE Larkspur Ct")
PHONE = finding("personal_phone", "medium", "(971) 555-0188")


def _owner(db: Path, scan_id: str, owner: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE outbox SET owner = ? WHERE scan_id = ?", (owner, scan_id))


def test_a_stored_scan_reads_back_field_for_field() -> None:
    scan = hostile_scan()
    photo = Photo("https://x.example/p.jpg", tagged=("a", "b"), gps=(45.5, -122.6))
    page = Extracted("https://x.example/post", "x", PageKind.SOCIAL_POST, photos=(photo,), posts=(Post("me", "hi"),))
    scan = replace(scan, matches=(*scan.matches, Match(page, MatchResult(0.8, Decision.LIKELY, ("why",)))))
    assert scanjson.loads(scanjson.dumps(scan)) == scan
    assert scanjson.loads(scanjson.dumps(scan)).counters == scan.counters  # not part of ==, kept all the same


def test_the_outbox_migration_comes_after_the_released_ones() -> None:
    assert [name for name, _ in MIGRATIONS][:3] == ["m001_scans", "m002_watches", "m003_outbox"]


def test_a_failed_alert_stays_owed_and_the_next_run_sends_it(tmp_path: Path, httpserver: HTTPServer) -> None:
    answers = [Response("down", status=503), Response("ok")]
    got: list[dict] = []

    def receive(request: Request) -> Response:
        got.append(json.loads(request.get_data()))
        return answers.pop(0)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(receive)
    notify = NotifySettings(webhook_url=httpserver.url_for("/hook"))
    with History(tmp_path / "h.db") as h:
        first = deliver(h, make_scan((HOME, PHONE)), Delivery(tmp_path / "a", ("json",), "high"), notify)
        assert "HTTP 503" in first.alert_error and [f.id for f in first.due] == [HOME.id]
        assert h.scans()[0].owes == "alert" and h.scans()[0].report_path == str(tmp_path / "a" / "report.json")

        # The next scan of the same physician sends the owed alert first, then its own (nothing new).
        second = deliver(h, make_scan((HOME, PHONE)), Delivery(tmp_path / "b", ("json",), "high"), notify)
        assert [e.scan.id for e in second.earlier] == [first.scan.id] and second.earlier[0].sent == ("webhook",)
        assert second.due == () and second.scan.previous_scan_id == first.scan.id
        assert [g["scan_id"] for g in got] == [first.scan.id, first.scan.id]
        assert [s.owes for s in h.scans()] == ["", ""]


def test_work_a_live_run_owns_is_left_to_it(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with History(db) as h:
        recorded = h.record(make_scan((HOME,)), Delivery(tmp_path / "out", ("json",), "high"))
        other = subprocess.Popen(["sleep", "60"])
        try:
            time.sleep(0.05)
            owner = me().rsplit(":", 2)[0] + f":{other.pid}:" + _start_time(other.pid)
            _owner(db, recorded.id, owner)
            assert recover(h, NotifySettings()).delivered == ()  # still running: not ours to finish
        finally:
            other.kill()
            other.wait()
        done = recover(h, NotifySettings())  # it died: its work is finished here
        assert [d.scan.id for d in done.delivered] == [recorded.id]
        assert json.loads((tmp_path / "out" / "report.json").read_text())["scan"]["id"] == recorded.id


def test_a_scan_still_owing_its_report_is_nobodys_previous_scan(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        reported = deliver(h, make_scan((HOME,)), Delivery(tmp_path / "a", ("json",)), NotifySettings())
        h.record(make_scan((HOME, PHONE)), Delivery(tmp_path / "b", ("json",)))  # a run died right here
        latest = h.record(make_scan((HOME, PHONE)))
        assert latest.previous_scan_id == reported.scan.id
        assert latest.changes is not None and latest.changes.new == (PHONE.id,)


def test_without_a_history_every_finding_is_new_and_nothing_is_recorded(tmp_path: Path) -> None:
    done = deliver(None, make_scan((HOME, PHONE)), Delivery(tmp_path / "out", ("json",), "medium"), NotifySettings())
    assert {f.id for f in done.due} == {HOME.id, PHONE.id} and done.link == tmp_path / "out" / "report.json"


def _start_time(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[19]


def test_a_stored_scan_that_cannot_be_finished_never_blocks_later_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with History(tmp_path / "h.db") as h:
        stuck = h.record(make_scan((HOME,)), Delivery(tmp_path / "a", ("json",), "high"))
        _owner(tmp_path / "h.db", stuck.id, "elsewhere:1:1")  # its run died

        def broken(_rendering: object) -> bytes:
            raise RuntimeError("a renderer bug")

        with monkeypatch.context() as m:
            m.setitem(FORMATS, "json", ("report.json", broken))
            later = deliver(h, make_scan((HOME, PHONE)), Delivery(tmp_path / "b", ("csv",), "high"), NotifySettings())
        assert later.earlier == () and "RuntimeError: a renderer bug" in later.problems[0]
        assert [s.id for s in h.scans()] == [later.scan.id]  # the stuck scan is forgotten, the new one is first
        assert {f.id for f in later.due} == {HOME.id}
