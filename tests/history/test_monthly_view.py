"""The monthly view (issue #18): what changed, named in words; an export not given again is "not re-checked";
a new bad review and a rating drop alert."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint import alerts
from footprint.config import NotifySettings
from footprint.delivery import Delivery, deliver
from footprint.history import History
from footprint.models import CoverageStatus, Decision, Finding, Rating, Review
from footprint.report import document
from footprint.report.view import changes as changes_view
from footprint.status import ExitStatus
from tests.scans import finding, make_scan

MONTH = timedelta(days=30)
T0 = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def _from_facebook_export(category: str, exposed: str) -> Finding:
    return replace(finding(category, "medium", exposed, site="facebook"), export="facebook")


def test_findings_of_an_export_not_given_this_time_are_not_rechecked_not_resolved(tmp_path: Path) -> None:
    comment = _from_facebook_export("personal_comment", "Cabo looked amazing")
    broker = finding("home_address", "high", "4417 SE Larkspur Ct")
    with History(tmp_path / "h.sqlite3") as h:
        first = h.record(make_scan((comment, broker), coverage={"facebook export": CoverageStatus.FOUND}, when=T0))
        # Next month: no export given, and the broker no longer lists the address.
        second = h.record(make_scan((), when=T0 + MONTH))
        # The month after: the export is given again and still holds the comment.
        third = h.record(make_scan((comment,), coverage={"facebook export": CoverageStatus.FOUND}, when=T0 + 2 * MONTH))
    c = second.changes
    assert c is not None
    assert c.resolved == (broker.id,)
    assert [f.title for f in c.resolved_findings] == [broker.title]
    assert [(f.id, f.export) for f in c.not_rechecked] == [(comment.id, "facebook")]
    assert c.since_finished_at == first.finished_at.isoformat()
    # Given again, the comment is no news: it persists from the month that had the export.
    assert third.changes is not None and third.changes.new == () and comment.id in third.changes.persisting
    # The report's changes section says so in words.
    view = changes_view(document(second))
    assert view is not None
    assert [f.title for f in view.not_rechecked] == [comment.title]
    assert "Facebook export was not given" in view.not_rechecked[0].note
    assert [(f.title, f.site_name) for f in view.resolved] == [(broker.title, "FastPeopleSearch")]
    assert view.since_date == (first.finished_at.isoformat()[:16].replace("T", " ") + " UTC")


def test_a_new_review_of_two_stars_or_less_alerts_and_a_kind_one_does_not(tmp_path: Path) -> None:
    old = Review(5.0, 5.0, "Lovely doctor", "2026-09-01", "A.B.")
    bad = Review(1.0, 5.0, "Waited ninety minutes", "2026-10-20", "D.P.")
    kind = Review(4.0, 5.0, "Fine visit", "2026-10-21", "E.F.")
    with History(tmp_path / "h.sqlite3") as h:
        h.record(make_scan(rating=Rating(4.5, 5.0, 10), reviews=(old,), when=T0))
        later = h.record(make_scan(rating=Rating(4.4, 5.0, 12), reviews=(old, bad, kind), when=T0 + MONTH))
    due = alerts.alerting_changes(later, "high")
    assert [(c.kind, c.severity.value) for c in due] == [("negative_review", "high")]
    assert due[0].title.startswith("New 1-star review on Healthgrades (2026-10-20)")
    assert alerts.alerting_changes(later, "critical") == ()  # below the threshold asked for
    # The report's changes section lists the bad review as a new negative review, the other as a count.
    view = changes_view(document(later))
    assert view is not None and [r.text for r in view.negative_reviews] == ["Waited ninety minutes"]
    assert view.other_reviews == 1
    assert [m.words for m in view.ratings] == ["fell from 4.5 to 4.4 of 5 (10 → 12 reviews)"]


def test_a_rating_drop_of_three_tenths_alerts_a_smaller_one_does_not(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        h.record(make_scan(rating=Rating(4.6, 5.0, 30), when=T0))
        small = h.record(make_scan(rating=Rating(4.4, 5.0, 31), when=T0 + MONTH))
        big = h.record(make_scan(rating=Rating(4.1, 5.0, 33), when=T0 + 2 * MONTH))
    assert alerts.alerting_changes(small, "high") == ()
    due = alerts.alerting_changes(big, "medium")
    assert [(c.kind, c.title) for c in due] == [("rating_drop", "Rating on Healthgrades fell from 4.4 to 4.1 of 5")]


def test_a_rating_drop_on_a_profile_only_likely_yours_does_not_alert(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        h.record(make_scan(rating=Rating(4.6, 5.0, 30), when=T0))
        later = make_scan(rating=Rating(4.1, 5.0, 33), when=T0 + MONTH)
        likely = tuple(replace(m, result=replace(m.result, decision=Decision.LIKELY)) for m in later.matches)
        dropped = h.record(replace(later, matches=likely))
    assert dropped.changes is not None and dropped.changes.ratings  # the move is shown in the report
    assert alerts.alerting_changes(dropped, "low") == ()  # but a namesake's profile may not alert anyone


def test_a_rating_drop_alone_alerts_through_delivery_and_webhook(tmp_path: Path, httpserver: HTTPServer) -> None:
    got: list[dict] = []

    def receive(request: Request) -> Response:
        got.append(json.loads(request.get_data()))
        return Response("ok")

    httpserver.expect_request("/hook", method="POST").respond_with_handler(receive)
    notify = NotifySettings(webhook_url=httpserver.url_for("/hook"))
    bad = Review(2.0, 5.0, "Rushed and dismissive", "2026-10-20", "D.P.")
    with History(tmp_path / "h.sqlite3") as h:
        first = make_scan(rating=Rating(4.6, 5.0, 30), when=T0)
        assert deliver(h, first, Delivery(tmp_path / "a", ("json",), "high"), notify).status == ExitStatus.OK
        # No new finding at all: only the rating fell by 0.3 and a 2-star review came in.
        later = make_scan(rating=Rating(4.3, 5.0, 31), reviews=(bad,), when=T0 + MONTH)
        done = deliver(h, later, Delivery(tmp_path / "b", ("json",), "high"), notify)
    assert done.due == () and done.status == ExitStatus.ALERT
    assert sorted(c.kind for c in done.moved) == ["negative_review", "rating_drop"]
    assert len(got) == 1 and sorted(c["kind"] for c in got[0]["changes"]) == ["negative_review", "rating_drop"]
    assert "fell from 4.6 to 4.3 of 5" in " ".join(c["title"] for c in got[0]["changes"])
