"""A month later: the same doctor scanned twice, the sandbox web changed in between.

Month 2 (``sandbox/variants/month2``) brings a new one-star review on
Sharecare, a friend's new party photo that tags her on Mastodon, and
FastPeopleSearch no longer showing her home address. The second scan must
say exactly that: in `footprint diff`, in the report's changes section (in
words: each finding by its title and site, the rating that moved, the new
negative review, the date of the previous scan), in its exit status and in
the e-mail and webhook it sends (the new one-star review alerts too).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path

import jsonschema
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.report.json_report import schema
from footprint.sandbox import Sandbox
from footprint.sandbox.state import WEB
from tests.mailserver import smtp_server

VARIANTS = WEB.parent / "variants"
SHARECARE = "https://providers.sharecare.com/doctor/dr-imogen-castellwright-4f2a91"
NEW_POST = "https://mastodon.social/@marisolquint/113610000000000004"
SECRET = "whsec-test-8c1f"


def _config(web: Sandbox, path: Path, smtp_port: int, webhook: str) -> Path:
    mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
    path.write_text(
        f'[search]\nbackends = ["searxng"]\nsearxng_url = "{web.base_url}/searxng"\n\n'
        f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n[fetch]\ncache = false\nrate_limit_rps = 50.0\n\n'
        f'[notify]\nemail_to = ["dr.c@example.org"]\nemail_from = "footprint@example.org"\n'
        f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\nsmtp_security = "none"\n'
        f'webhook_url = "{webhook}"\nreport_base_url = "https://reports.example.org/"\n\n'
        f"[mirrors]\n{mirrors}\n",
        encoding="utf-8",
    )
    return path


SCAN_ARGS = (
    "scan", "Dr. Imogen R. Castellwright, MD", "--specialty", "Dermatology", "--city", "Portland",
    "--state", "OR", "--handle", "@icastellwright@mastodon.social",
)  # fmt: skip


@pytest.mark.timeout(180)
def test_second_month_reports_what_changed(
    run_cli, tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOOTPRINT_WEBHOOK_SECRET", SECRET)
    hooks: list[tuple[dict[str, str], bytes]] = []

    def receive(request: Request) -> Response:
        hooks.append((dict(request.headers), request.get_data()))
        return Response("ok")

    httpserver.expect_request("/hooks/footprint", method="POST").respond_with_handler(receive)
    db = tmp_path / "history.sqlite3"
    with smtp_server() as mail, Sandbox() as web:
        config = _config(web, tmp_path / "footprint.toml", mail.port, httpserver.url_for("/hooks/footprint"))
        common = (*SCAN_ARGS, "--config", str(config), "--db", str(db))
        first = run_cli("-q", *common, "--out", str(tmp_path / "m1"))
        assert first.code == 3, first.err  # a first scan: everything is new, and some of it is high
        assert len(mail.messages) == 1 and len(hooks) == 1

        # A month passes: the web changes under the running sandbox.
        web.state.roots.insert(0, VARIANTS / "month2")
        second = run_cli(*common, "--out", str(tmp_path / "m2"))
        assert second.code == 3, second.err
        said = " ".join(second.out.split())  # the terminal wraps long lines
        assert "1 new, 1 resolved, 10 persisting, 1 rating(s) moved, 1 new review(s)" in said

        # Nothing changes before the next run: nothing new, exit 0, no notification.
        third = run_cli("-q", *common, "--out", str(tmp_path / "m3"))
        assert third.code == 0, third.err
        assert len(mail.messages) == 2 and len(hooks) == 2

    m1 = json.loads((tmp_path / "m1" / "report.json").read_text())
    m2 = json.loads((tmp_path / "m2" / "report.json").read_text())
    jsonschema.validate(m2, schema())
    by_id = {f["id"]: f for f in m2["findings"]}
    old = {f["id"]: f for f in m1["findings"]}

    # The report's changes section.
    changes = m2["changes"]
    assert m2["scan"]["previous_scan_id"] == m1["scan"]["id"] == changes["since_scan_id"]
    assert m1["changes"] is None and {f["status"] for f in m1["findings"]} == {"new"}
    new = [by_id[i] for i in changes["new"]]
    # One photo, one finding: the friend's drinking photo is a substance finding that names the tag too.
    assert [(f["category"], f["categories"]) for f in new] == [
        ("substance_imagery", ["substance_imagery", "tagged_photo"])
    ]
    assert new[0]["url"] == NEW_POST and "marisolquint" in new[0]["title"]
    # The negative-review finding keeps its id as reviews come and go: it persists, with a new count.
    negative = next(f for f in m2["findings"] if f["category"] == "negative_review")
    assert negative["title"] == "2 negative reviews on Sharecare" and negative["status"] == "persisting"
    resolved = {old[i]["category"] for i in changes["resolved"]}
    assert "home_address" in resolved
    assert not [f for f in m2["findings"] if f["category"] == "home_address"]
    for f in m2["findings"]:
        assert f["status"] == ("new" if f["id"] in changes["new"] else "persisting")
    june = next(f for f in m2["findings"] if "junebrightwater" in f["title"] and "tagged_photo" in f["categories"])
    assert june["status"] == "persisting"
    assert changes["ratings"] == [
        {
            "site": "sharecare",
            "site_name": "Sharecare",
            "url": SHARECARE,
            "before": {"value": 3.9, "scale": 5.0, "count": 12},
            "after": {"value": 3.7, "scale": 5.0, "count": 13},
        }
    ]
    assert [(r["date"], r["rating"], r["author"]) for r in changes["reviews"]] == [("2026-11-14", 1.0, "D.P.")]
    assert [f["title"] for f in changes["resolved_findings"]] == ["Home address listed on FastPeopleSearch"]
    assert changes["since_finished_at"] == m1["scan"]["finished_at"]
    html = (tmp_path / "m2" / "report.html").read_text()
    start = html.index("Changes since the last scan")
    text = " ".join(re.sub(r"<[^>]+>", " ", html[start : html.index("</section>", start)]).split())
    assert f"Since the scan of {m1['scan']['finished_at'][:16].replace('T', ' ')} UTC" in text
    assert "Resolved (no longer found) HIGH Home address listed on FastPeopleSearch" in text  # in words
    assert "Photo showing drinking, posted by @marisolquint@mastodon.social on Mastodon" in text
    assert "Sharecare : fell from 3.9 to 3.7 of 5 (12 → 13 reviews)" in text
    assert "Sharecare , 1.0 of 5, 2026-11-14" in text and "Waited ninety minutes" in text

    # The diff command agrees, as text and as JSON.
    shown = run_cli("diff", "--db", str(db), m1["scan"]["id"], m2["scan"]["id"], "--json", str(tmp_path / "d.json"))
    assert shown.code == 0, shown.err
    said = " ".join(shown.out.split())
    assert "Home address listed on FastPeopleSearch" in said and "sharecare: 3.9 (12) → 3.7 (13)" in said
    doc = json.loads((tmp_path / "d.json").read_text())
    assert [f["category"] for f in doc["resolved"]] == ["home_address"]
    assert {f["id"] for f in doc["new"]} == set(changes["new"])
    latest = run_cli("diff", "--db", str(db), "--subject", "castellwright", "--format", "json")
    assert json.loads(latest.out)["new"] == []  # month 2 twice: nothing new between the last two

    # The e-mail and the webhook of month 2 list the new findings (and only those) and link the report.
    body = mail.messages[1].get_content()
    assert mail.messages[1]["Subject"] == (
        "footprint: 1 new finding and 1 rating or review change for Dr. Imogen R. Castellwright, MD"
    )
    assert "Photo showing drinking, posted by @marisolquint@mastodon.social" in body
    assert 'New 1-star review on Sharecare (2026-11-14): "Waited ninety minutes' in body
    assert "junebrightwater" not in body  # persisting: already reported last month
    assert "Report: https://reports.example.org/m2/report.html" in body
    headers, data = hooks[1]
    payload = json.loads(data)
    assert [f["category"] for f in payload["new_findings"]] == ["substance_imagery"]
    assert [(c["kind"], c["severity"], c["site"]) for c in payload["changes"]] == [
        ("negative_review", "high", "sharecare")
    ]
    assert payload["report_url"] == "https://reports.example.org/m2/report.html"
    expected = "sha256=" + hmac.new(SECRET.encode(), data, hashlib.sha256).hexdigest()
    assert headers["X-Footprint-Signature"] == expected


@pytest.mark.timeout(240)  # three whole demo scans with screenshots, about 35-45 s each on a 2-core machine
def test_alert_threshold_decides_the_exit_status(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    first = run_cli("-q", "demo", "--db", db, "--out", str(tmp_path / "a"))
    assert first.code == 0, first.err  # the demo alerts only when asked to
    # Month 2 brings a new high finding (a drinking photo); below "critical" it does not alert.
    month2 = ("-q", "demo", "--db", db, "--variant", "month2")
    calm = run_cli(*month2, "--alert-on", "critical", "--out", str(tmp_path / "b"))
    assert calm.code == 0, calm.err
    again = run_cli(*month2, "--alert-on", "low", "--out", str(tmp_path / "c"))
    assert again.code == 0, again.err  # the same web again: nothing new at any level
    history = run_cli("history", "--db", db, "--format", "json")
    rows = json.loads(history.out)
    assert len(rows) == 3 and rows[0]["previous_scan_id"] == rows[1]["id"]
    # Each scan keeps its own score: the same web twice scores the same, the changed web otherwise.
    assert rows[0]["risk"] == rows[1]["risk"] and rows[1]["risk"]["score"] != rows[2]["risk"]["score"]
