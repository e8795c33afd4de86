"""The HTML report a physician reads: its sections, their order and what they say."""

from __future__ import annotations

import base64
import io
import os
import re
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from footprint.models import (
    Address,
    Changes,
    CoverageRow,
    CoverageStatus,
    FindingStatus,
    PersonRecord,
    Rating,
    Review,
    Severity,
)
from footprint.report import document, html_report, view, write_all
from footprint.report.images import Embedder
from tests.conftest import DemoRun
from tests.report_scans import base_scan, finding, listing, png_bytes

SECTIONS = {
    "glance": "At a glance",
    "is-this-you": "Is this you?",  # the demo's derived Bluesky handle is a possible match
    "patient-view": "What a patient sees",
    "ratings": "Ratings across sites",
    "exposures": "Exposures",
    "listings": "Listings",
    "checklist": "Remediation checklist",
    "coverage": "Coverage and method",
}


def _render(scan) -> lxml.html.HtmlElement:  # type: ignore[no-untyped-def]
    return lxml.html.fromstring(html_report.render(document(scan), scan))


def _text(el: lxml.html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def test_demo_report_has_every_section_with_a_heading_in_order(demo_run: DemoRun) -> None:
    tree = lxml.html.fromstring(demo_run.html)
    ids = [s.get("id") for s in tree.xpath("//main/section")]
    assert ids == list(SECTIONS)
    for sid, heading in SECTIONS.items():
        assert _text(tree.xpath(f"//section[@id='{sid}']/h2")[0]) == heading
    assert len(tree.xpath("//h1")) == 1
    assert tree.xpath("//html/@lang") == ["en"]


def test_demo_report_is_self_contained(demo_run: DemoRun) -> None:
    tree = lxml.html.fromstring(demo_run.html)
    assert tree.xpath("//script|//link|//iframe|//object") == []
    assert all(src.startswith("data:") for src in tree.xpath("//@src"))
    assert "@import" not in demo_run.html and "url(" not in demo_run.html
    for href in tree.xpath("//@href"):
        # Besides the web, a report links only to its own full-size screenshots, next to it.
        assert href.startswith(("#", "https://", "http://")) or (demo_run.folder / href).is_file(), href
        assert not href.startswith("screenshots/") or href.count("/") == 1, href
    # Every in-page link lands somewhere.
    ids = set(tree.xpath("//@id"))
    assert {h[1:] for h in tree.xpath("//@href") if h.startswith("#")} <= ids


def test_demo_at_a_glance_names_risk_counts_and_the_worst_fixes_first(demo_run: DemoRun) -> None:
    glance = lxml.html.fromstring(demo_run.html).xpath("//section[@id='glance']")[0]
    text = _text(glance)
    assert f"{demo_run.report['risk']['score']:.0f} / 100" in text and "CRITICAL" in text
    findings = demo_run.report["findings"]
    cells = [_text(td) for td in glance.xpath(".//table//td")]
    expected = [sum(f["severity"] == s for f in findings) for s in view.SEVERITIES]
    assert cells == [str(n) for n in [*expected, len(findings)]]
    actions = glance.xpath(".//ol[@class='actions']/li")
    assert len(actions) == 5
    ranks = [Severity(_text(a).split()[0].lower()).rank for a in actions]
    assert ranks == sorted(ranks, reverse=True)
    assert max(ranks) == max(Severity(f["severity"]).rank for f in findings)
    broker = next(a for a in actions if "Request removal from the data broker" in _text(a))
    assert broker.xpath(".//a/@href")[-1] == "https://www.fastpeoplesearch.com/removal"
    # Facebook, Reddit and X forbid crawlers, ClinicalTrials.gov its API; Google Business without an API key; the
    # board's lookup is manual.
    assert (  # sources by their names, never their ids
        "6 sources could not be checked (ClinicalTrials.gov: disallowed by robots.txt; Facebook: disallowed by "
        "robots.txt; Google Business Profile: not checked; "
        "Reddit: disallowed by robots.txt; State medical board licence lookup: not checked; "
        "X (Twitter): disallowed by robots.txt)" in text
    )
    assert "this is the baseline" in text


def test_demo_patient_view_marks_each_result_in_search_order(demo_run: DemoRun) -> None:
    items = lxml.html.fromstring(demo_run.html).xpath("//section[@id='patient-view']//ol/li")
    marks = [_text(li) for li in items]
    ranks = [r["rank"] for r in demo_run.report["search_results"]]
    assert len(marks) == min(10, len(ranks)) and ranks == sorted(ranks)
    assert "Healthgrades" in marks[0] and "✔ About you" in marks[0]
    # The article is opened and read: "said Dr. Imogen Castellwright, a Portland dermatologist" names her
    # field and city in her own sentence, so it is about her (the snippet alone said only "possibly").
    journal = next(m for m in marks if "PDX Medical Journal" in m)
    assert "✔ About you" in journal
    texas = next(m for m in marks if "Austin, TX" in m)
    assert "✘ Not about you" in texas


def test_demo_ratings_table_and_negative_reviews(demo_run: DemoRun) -> None:
    section = lxml.html.fromstring(demo_run.html).xpath("//section[@id='ratings']")[0]
    rows = [[_text(c) for c in tr.xpath("./th|./td")] for tr in section.xpath(".//tbody/tr")]
    assert rows[0][:4] == ["Healthgrades", "4.6", "38", "2026-08-14"]
    assert rows[1][:4] == ["Sharecare", "3.9", "12", "2026-10-03"]
    bars = section.xpath(".//svg//*[local-name()='rect']")
    assert rows[2][:3] == ["Vitals", "4.5", "21"]
    assert [float(b.get("width")) for b in bars] == [230.0, 195.0, 225.0]  # 50 px per star
    assert section.xpath(".//svg/*[local-name()='title']")
    negative = _text(section.xpath(".//ul[@class='reviews']")[0])
    assert "1.0 of 5" in negative and "barely looked at the mole" in negative
    # The rejected Texas doctor's one-star review is not hers.
    assert "waited two hours" not in negative


def test_demo_listings_mark_the_differing_phone_in_words_not_only_colour(demo_run: DemoRun) -> None:
    section = lxml.html.fromstring(demo_run.html).xpath("//section[@id='listings']")[0]
    diffs = section.xpath(".//span[@class='diff']")
    assert [_text(d) for d in diffs] == ["(503) 555-0199 (differs from the NPI record)"]
    assert "1 value differs from the NPI record" in _text(section)
    sources = [_text(th) for th in section.xpath(".//tbody/tr/th")]
    assert sources[0].startswith("NPI registry") and "Healthgrades" in sources and "Sharecare" in sources


def test_demo_cards_carry_evidence_reasons_and_numbered_fix(demo_run: DemoRun) -> None:
    tree = lxml.html.fromstring(demo_run.html)
    home = next(f for f in demo_run.report["findings"] if f["category"] == "home_address")
    card = tree.xpath(f"//article[@id='f-{home['id']}']")[0]
    assert _text(card.xpath(".//mark")[0]) == "exposed: 4417 SE Larkspur Ct, Portland, OR 97206"
    assert "100% that this page is about you" in _text(card)
    assert "same city: Portland, OR 97206" in [_text(li) for li in card.xpath(".//ul[@class='reasons']/li")]
    assert len(card.xpath(".//ol[@class='steps']/li")) == 3
    assert "https://www.fastpeoplesearch.com/removal" in card.xpath(".//a/@href")
    assert card.getparent().get("id") == "exposures"
    headings = [_text(h) for h in tree.xpath("//section[@id='exposures']/h3")]
    findings = demo_run.report["findings"]
    counts = {s: sum(f["severity"] == s for f in findings) for s in view.SEVERITIES}
    assert headings == [f"{s.capitalize()} ({n})" for s, n in counts.items() if n]


def test_demo_checklist_has_a_labelled_checkbox_for_every_action(demo_run: DemoRun) -> None:
    tree = lxml.html.fromstring(demo_run.html)
    boxes = tree.xpath("//section[@id='checklist']//input[@type='checkbox']")
    steps = sum(len(f["remediation"]["steps"]) for f in demo_run.report["findings"])
    # facebook, reddit, x, clinicaltrials (robots.txt), google_business (no API key), the state board (by hand)
    manual = 6
    possible = len(demo_run.report["possible_matches"])  # "Is this you?" is a to-do too
    assert possible == 1  # the Bluesky account named like her
    assert len(boxes) == len(demo_run.report["findings"]) + steps + manual + possible
    labels = set(tree.xpath("//label/@for"))
    assert all(b.get("id") in labels for b in boxes)
    assert "Check Facebook by hand" in _text(tree.xpath("//section[@id='checklist']")[0])
    # ClinicalTrials.gov's API is off limits to crawlers: the check by hand is the site's own search for her name.
    links = tree.xpath("//section[@id='checklist']//a/@href")
    assert "https://clinicaltrials.gov/search?term=Imogen+Castellwright" in links


def test_demo_coverage_says_what_happened_and_when(demo_run: DemoRun) -> None:
    section = lxml.html.fromstring(demo_run.html).xpath("//section[@id='coverage']")[0]
    rows = {_text(tr.xpath("./th")[0]): tr for tr in section.xpath(".//tbody/tr")}
    assert set(rows) >= {"Facebook", "Healthgrades", "NPPES NPI Registry", "Mastodon", "CMS Open Payments"}
    assert "could not check: disallowed by robots.txt" in _text(rows["Facebook"])
    assert "footprint scan --export facebook=PATH" in _text(rows["Facebook"])
    assert rows["Facebook"].xpath(".//a/@href")[0].startswith("https://www.facebook.com/")
    assert "The scan started" in _text(section)
    assert f"requests {demo_run.report['scan']['counters']['requests']}" in _text(section)


def test_changes_since_last_scan_name_the_new_and_changed_findings() -> None:
    scan = base_scan(
        findings=(finding("a", Severity.HIGH, status=FindingStatus.NEW), finding("b", status=FindingStatus.PERSISTING)),
        changes=Changes("prev1", new=("a",), resolved=("gone1", "gone2"), changed=("b",)),
    )
    glance = _render(scan).xpath("//section[@id='glance']")[0]
    text = _text(glance)
    assert "Since scan prev1: 1 new, 1 changed, 2 resolved" in text  # a previous scan of unknown date
    assert "#f-a" in glance.xpath(".//a/@href") and "#f-b" in glance.xpath(".//a/@href")
    # New findings are tagged in their cards, persisting ones are not.
    tree = _render(scan)
    assert "NEW" in _text(tree.xpath("//article[@id='f-a']//h4")[0])
    assert "NEW" not in _text(tree.xpath("//article[@id='f-b']//h4")[0])


def test_top_actions_put_severity_first_then_new_then_confidence() -> None:
    findings = [
        {"id": "low", "severity": "low", "status": "new", "match_confidence": 1.0},
        {"id": "old-high", "severity": "high", "status": "persisting", "match_confidence": 1.0},
        {"id": "new-high", "severity": "high", "status": "new", "match_confidence": 0.8},
        {"id": "crit", "severity": "critical", "status": "persisting", "match_confidence": 0.5},
    ]
    assert [f["id"] for f in view.top_actions(findings, 3)] == ["crit", "new-high", "old-high"]


def test_listing_differences_in_name_address_phone_and_specialty() -> None:
    same = PersonRecord(
        "Dr. Jane Doe, MD",
        ("MD",),
        ("Dermatology",),
        (Address("100 Main St Ste 2", "Portland", "OR"),),
        ("+15035550100",),
    )
    other = PersonRecord(
        "Dr. Janet Roe", (), ("Pediatrics",), (Address("9 Elm Rd", "Salem", "OR"),), ("(503) 555-0999",)
    )
    rows = view.listing_rows(base_scan(matches=(listing("good", same), listing("bad", other))))
    assert [r.source for r in rows] == ["NPI registry", "good", "bad"]
    assert rows[1].differences == 0
    bad = rows[2]
    assert (bad.name[0].differs, bad.addresses[0].differs, bad.phones[0].differs, bad.specialties[0].differs) == (
        True,
        True,
        True,
        True,
    )
    assert bad.phones[0].text == "(503) 555-0999"


def test_listings_without_an_npi_record_mark_nothing() -> None:
    scan = base_scan(matches=(listing("x", PersonRecord("Dr. Jane Doe", phones=("+15035550999",))),))
    scan = replace(scan, identity=replace(scan.identity, npi_record=None))
    rows = view.listing_rows(scan)
    assert [r.differences for r in rows] == [0]
    assert "No NPI record was found to compare against" in _text(_render(scan).xpath("//section[@id='listings']")[0])


def test_ratings_are_normalised_to_five_with_latest_review_date() -> None:
    reviews = (
        Review(9.0, 10.0, "great", date="March 3, 2026"),
        Review(2.0, 10.0, "awful wait", date="2026-07-01"),
        Review(None, 10.0, "no stars", date="not a date"),
    )
    scan = base_scan(matches=(listing("tenpoint", PersonRecord("Dr. Jane Doe"), Rating(8.0, 10.0, 40), reviews),))
    [row] = view.rating_rows(scan)
    assert (row.stars, row.count, row.last_review) == (4.0, 40, "2026-07-01")
    [bad] = view.negative_reviews(scan)
    assert (bad.stars, bad.text) == (1.0, "awful wait")


def test_latest_date_keeps_an_unparseable_date_as_written() -> None:
    assert view.latest_date(["", "last spring"]) == "last spring"
    assert view.latest_date([]) == ""


def test_coverage_rows_without_a_safe_link_show_no_link() -> None:
    scan = base_scan(coverage=(CoverageRow("vitals", CoverageStatus.ROBOTS_DISALLOWED, "robots.txt", None, 1),))
    row = _render(scan).xpath("//section[@id='coverage']//tbody/tr")[0]
    assert "could not check: disallowed by robots.txt" in _text(row) and not row.xpath(".//a")


def test_screenshot_is_embedded_as_a_thumbnail_with_alt_text(tmp_path: Path) -> None:
    shot = tmp_path / "page.png"
    shot.write_bytes(png_bytes())
    scan = base_scan(findings=(finding("a", screenshot=str(shot)),))
    img = _render(scan).xpath("//article[@id='f-a']//img")[0]
    assert img.get("src").startswith("data:image/png;base64,iVBORw0KGgo")
    assert "broker" in img.get("alt")


def _noise_png(path: Path, width: int, height: int) -> Path:
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(path, "PNG")
    return path


def test_large_screenshots_are_shrunk_to_thumbnails(tmp_path: Path) -> None:
    shot = _noise_png(tmp_path / "full-page.png", 1800, 2600)
    uri = Embedder(per_image=10_000_000).data_uri(str(shot))
    assert uri is not None and uri.startswith("data:image/jpeg;base64,")
    with Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))) as thumb:
        assert thumb.width <= 960 and thumb.height <= 2400
        assert thumb.width / thumb.height == pytest.approx(1800 / 2600, rel=0.01)


@pytest.mark.parametrize(
    ("per_image", "budget", "why"), [(2_000, 10_000_000, "even as a thumbnail"), (10**7, 100, "budget")]
)
def test_screenshots_over_the_caps_are_left_out_and_said_so(
    tmp_path: Path, per_image: int, budget: int, why: str
) -> None:
    shot = _noise_png(tmp_path / "noisy.png", 200, 200)
    embedder = Embedder(per_image=per_image, total=budget)
    assert embedder.data_uri(str(shot)) is None
    assert why in embedder.skipped[0] and "noisy.png" in embedder.skipped[0]


def test_a_corrupt_image_is_a_note_not_a_crash(tmp_path: Path) -> None:
    shot = tmp_path / "broken.png"
    shot.write_bytes(png_bytes()[:20] + b"garbage" * 20_000)
    embedder = Embedder()
    assert embedder.data_uri(str(shot)) is None
    assert "unreadable image" in embedder.skipped[0]


def test_missing_screenshot_file_is_a_note_not_a_crash(tmp_path: Path) -> None:
    scan = base_scan(findings=(finding("a", screenshot=str(tmp_path / "gone.png")),))
    tree = _render(scan)
    assert not tree.xpath("//img")
    assert "gone.png" in _text(tree.xpath("//section[@id='coverage']")[0])


def test_empty_scan_renders_every_section_with_plain_words() -> None:
    scan = base_scan()
    scan = replace(scan, identity=replace(scan.identity, npi_record=None))
    text = _text(_render(scan))
    for needle in ("No exposures found", "No web search results", "No ratings found", "Nothing to do"):
        assert needle in text


def test_a_finding_does_not_borrow_the_top_of_its_page_as_evidence(tmp_path: Path) -> None:
    # The evidence step shoots the exposed part; a page's first screen says nothing about the finding.
    shot = tmp_path / "profile.png"
    shot.write_bytes(png_bytes())
    page = listing("ratings", PersonRecord("Dr. Jane Doe"))
    page = replace(page, page=replace(page.page, screenshot=str(shot)))
    scan = base_scan(matches=(page,), findings=(finding("a", url=page.page.url, site="ratings"),))
    doc = document(scan)
    assert doc["findings"][0]["evidence"]["screenshot"] is None
    assert doc["pages"][0]["screenshot"] == str(shot)
    assert _render(scan).xpath("//article[@id='f-a']//img") == []


def test_the_thumbnail_links_to_the_full_size_screenshot_next_to_the_report(tmp_path: Path) -> None:
    shot = tmp_path / "evidence" / "01-broker.png"
    shot.parent.mkdir()
    Image.new("RGB", (1400, 500), "white").save(shot)
    scan = base_scan(findings=(finding("a", screenshot=str(shot)),))
    out = tmp_path / "out"
    write_all(scan, out, ("html",))
    tree = lxml.html.fromstring((out / "report.html").read_text(encoding="utf-8"))
    (link,) = tree.xpath("//article[@id='f-a']//a[img]")
    assert link.get("href") == "screenshots/01-broker.png" and (out / link.get("href")).is_file()
    with Image.open(out / link.get("href")) as full:
        assert full.size == (1400, 500), "the linked file is the full-size shot, not the thumbnail"
    assert link.xpath("img/@src")[0].startswith("data:image/")
    # The PDF cannot open files next to it: its HTML has the image, not the link.
    moved = base_scan(findings=(finding("a", screenshot=link.get("href")),))
    printable = lxml.html.fromstring(html_report.render(document(moved), moved, out, for_print=True))
    assert printable.xpath("//article//img") and not printable.xpath("//article//a[img]")


def test_a_screenshot_path_from_outside_the_report_folder_is_never_linked(tmp_path: Path) -> None:
    (tmp_path / "screenshots").mkdir()
    (tmp_path / "screenshots" / "x.png").write_bytes(png_bytes())
    for path in ("../secret.png", "/etc/passwd", "screenshots/../x.png", "screenshots/x.png?y", "javascript:x.png"):
        scan = base_scan(findings=(finding("a", screenshot=path),))
        tree = lxml.html.fromstring(html_report.render(document(scan), scan, tmp_path))
        assert not tree.xpath("//article//a[img]"), path


def test_a_post_on_an_account_page_gets_that_pages_match_reasons() -> None:
    page = listing("social", PersonRecord("Dr. Jane Doe"))
    post = finding("p", url="https://social.example/@jane/123", site="social", match_confidence=0.95)
    unrelated = finding("q", url="https://elsewhere.example/x", site="elsewhere", match_confidence=0.95)
    doc = document(base_scan(matches=(page,), findings=(post, unrelated)))
    assert doc["findings"][0]["match_reasons"] == ["name matches", "same NPI 1234567893"]
    assert doc["findings"][1]["match_reasons"] == []


def test_coverage_says_what_each_check_came_to_in_words() -> None:
    from footprint.models import CoverageOutcome as O

    rows = (
        CoverageRow("healthgrades", CoverageStatus.FOUND, "1 page(s) about the subject", None, 2, outcome=O.FOUND),
        CoverageRow("vitals", CoverageStatus.NOT_FOUND, "found, but about someone else", None, 2,
                    outcome=O.ABOUT_SOMEONE_ELSE),
        CoverageRow("bluesky", CoverageStatus.NOT_FOUND, "possible match to review", None, 1, outcome=O.POSSIBLE),
        CoverageRow("zocdoc", CoverageStatus.NOT_FOUND, "searched", None, 1, outcome=O.NOT_FOUND),
        CoverageRow("yelp", CoverageStatus.CAPTCHA, "challenge", None, 1, outcome=O.COULD_NOT_CHECK),
    )  # fmt: skip
    scan = base_scan(coverage=rows)
    said = {_text(tr.xpath("./th")[0]): _text(tr.xpath("./td")[0]) for tr in
            _render(scan).xpath("//section[@id='coverage']//tbody/tr")}  # fmt: skip
    assert said == {
        "Healthgrades": "found: about you",
        "Vitals": "found, but about someone else",
        "Bluesky": "possible match to review",
        "Zocdoc": "not found",
        "Yelp": "could not check: captcha",
    }
    assert [r["outcome"] for r in document(scan)["coverage"]] == [
        "found", "about_someone_else", "possible", "not_found", "could_not_check"
    ]  # fmt: skip
