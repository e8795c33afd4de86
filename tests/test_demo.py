"""`footprint demo` end to end: the issue's acceptance list, item by item."""

from __future__ import annotations

import json
import stat

import jsonschema

from footprint.report.json_report import schema
from tests.conftest import SHARED_SCHEMA, DemoRun

SUBJECT_HG = "https://www.healthgrades.com/physician/dr-imogen-castellwright-y4kx9"
OTHER_HG = "https://www.healthgrades.com/physician/dr-imogen-castellwright-3bq7t"
SHARECARE = "https://providers.sharecare.com/doctor/dr-imogen-castellwright-4f2a91"


def _page(demo: DemoRun, url: str) -> dict:
    return next(p for p in demo.report["pages"] if p["url"] == url)


def test_same_name_doctor_in_another_state_is_rejected_with_reasons(demo_run: DemoRun) -> None:
    other = _page(demo_run, OTHER_HG)
    assert other["match"]["decision"] == "rejected"
    reasons = " ".join(other["match"]["reasons"])
    assert "different state: TX vs OR" in reasons
    assert "different specialty" in reasons
    assert not [f for f in demo_run.report["findings"] if f["url"] == OTHER_HG]


def test_both_real_profiles_are_confirmed_with_their_ratings(demo_run: DemoRun) -> None:
    hg, sc = _page(demo_run, SUBJECT_HG), _page(demo_run, SHARECARE)
    assert hg["match"]["decision"] == "confirmed"
    assert sc["match"]["decision"] == "confirmed"
    assert hg["rating"] == {"value": 4.6, "scale": 5.0, "count": 38}
    assert sc["rating"] == {"value": 3.9, "scale": 5.0, "count": 12}
    assert any("same NPI 1729483051" in r for r in sc["match"]["reasons"])


def test_exposures_are_findings_with_the_right_categories(demo_run: DemoRun) -> None:
    by_cat = {}
    for f in demo_run.report["findings"]:
        for category in f["categories"]:  # one finding per exposure, under every category it falls under
            by_cat.setdefault(category, []).append(f)
    assert "junebrightwater" in by_cat["tagged_photo"][0]["title"]
    assert "tomvarga" in by_cat["personal_comment"][0]["title"]
    assert "4417 SE Larkspur Ct" in by_cat["home_address"][0]["evidence"]["excerpt"]
    assert by_cat["home_address"][0]["remediation"]["url"] == "https://www.fastpeoplesearch.com/removal"
    phone_issue = by_cat["listing_inconsistency"][0]
    assert phone_issue["site"] == "sharecare" and "(503) 555-0199" in phone_issue["title"]
    # The practice's own phone on the broker page is not a personal phone.
    personal = [f["evidence"]["excerpt"] for f in by_cat["personal_phone"]]
    assert any("(971) 555-0188" in e for e in personal)
    assert not any("555-0142" in e for e in personal)


def test_every_page_and_source_is_accounted_for(demo_run: DemoRun) -> None:
    coverage = {c["site"]: c for c in demo_run.report["coverage"]}
    # Facebook's robots.txt refuses every crawler but named search engines (issue #16): the row says so,
    # links a manual check and points to the physician's own data export.
    facebook = coverage["facebook"]
    assert facebook["status"] == "robots_disallowed"
    assert facebook["manual_check_url"].startswith("https://www.facebook.com/")
    assert "forbids crawlers in its robots.txt" in facebook["detail"]
    assert "footprint scan --export facebook=PATH" in facebook["detail"]
    assert facebook["requests"] == 1  # robots.txt, and not one page
    assert coverage["npi_registry"]["status"] == "found"
    assert coverage["healthgrades"]["status"] == "found"
    for page in demo_run.report["pages"]:
        assert page["match"]["reasons"], page["url"]
    # Pages keep canonical URLs: no mirror address leaks into the report.
    assert "127.0.0.1" not in json.dumps(demo_run.report)


def test_json_report_validates_against_the_contract(demo_run: DemoRun) -> None:
    jsonschema.validate(demo_run.report, schema())
    if SHARED_SCHEMA.exists():
        assert json.loads(SHARED_SCHEMA.read_text(encoding="utf-8")) == schema(), (
            "bundled schema drifted from contracts/"
        )


def test_html_report_holds_the_findings(demo_run: DemoRun) -> None:
    html = demo_run.html
    for needle in ("4417 SE Larkspur Ct", "junebrightwater", "tomvarga", "(503) 555-0199", "Coverage and method"):
        assert needle in html
    assert "<script" not in html.lower()


def test_reports_are_readable_by_the_owner_only(demo_run: DemoRun) -> None:
    for name in ("report.json", "report.html"):
        mode = stat.S_IMODE((demo_run.folder / name).stat().st_mode)
        assert mode == 0o600, oct(mode)


def test_terminal_summary_names_risk_top_findings_and_paths(demo_run: DemoRun) -> None:
    out = demo_run.stdout
    assert "risk" in out and demo_run.report["risk"]["level"].upper() in out
    assert "Home address listed on FastPeopleSearch" in out
    assert f"report: {demo_run.folder / 'report.html'}" in out
    # The top five, then how many more the report holds (issue #18); sources by their names, never their ids.
    words = out.split()
    assert f"+{len(demo_run.report['findings']) - 5} more in the report" in " ".join(words)
    assert "Sharecare" in words and "sharecare" not in words and "open_payments" not in words
