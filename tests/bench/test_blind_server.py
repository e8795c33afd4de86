"""The blind corpus's search engine and server behave like the real web they stand for: a page whose
source names a place is served, not redirected, and a video's description is found by a name in it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH / "blind"))

from server import Corpus, search  # noqa: E402

WATCH = "https://www.youtube.com/watch?v=abc123"
STAFF = "https://hospital.example/staff/lee"
MOVED = "https://hospital.example/old/lee"
PLAYER = {"videoDetails": {"videoId": "abc123", "shortDescription": "Our guest is Dr. Wren Tollivar, pediatrician."}}


def corpus(root: Path) -> Corpus:
    folder = root / "dev" / "someone"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "watch.html").write_text(
        "<html><head><title>Kids and fevers - YouTube</title></head><body><div id=watch></div>"
        f"<script>var ytInitialPlayerResponse = {json.dumps(PLAYER)};</script></body></html>",
        encoding="utf-8",
    )
    (folder / "pages" / "staff.html").write_text("<html><body><h1>Dr. Ann Lee</h1></body></html>", encoding="utf-8")
    html = "text/html; charset=utf-8"
    manifest = {
        WATCH: {"status": 200, "content_type": html, "file": "watch.html"},
        # A page written with a place for its template: a 200 with a stray location is still that page.
        STAFF: {"status": 200, "content_type": html, "file": "staff.html", "location": "Crest Pavilion, Burlington"},
        MOVED: {"status": 301, "content_type": html, "location": STAFF},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    results = [
        {"url": WATCH, "title": "Kids and fevers - YouTube", "content": "A talk about fevers.", "engine": "e"},
        {"url": MOVED, "title": "Staff", "content": "Our doctors.", "engine": "e"},
    ]
    (folder / "search.json").write_text(json.dumps(results), encoding="utf-8")
    (folder / "npi.json").write_text(json.dumps({"results": []}), encoding="utf-8")
    (root / "robots.json").write_text(json.dumps({"_default": ""}), encoding="utf-8")
    return Corpus(root, splits=("dev",))


def test_a_name_only_in_a_video_description_finds_the_video(tmp_path: Path) -> None:
    found = search(corpus(tmp_path), '"Wren Tollivar"', 1)
    assert [r["url"] for r in found] == [WATCH]
    assert "Tollivar" in found[0]["content"]  # the snippet shows the description, as a real engine's does


def test_a_page_with_a_place_is_served_and_indexed_but_a_redirect_is_followed(tmp_path: Path) -> None:
    built = corpus(tmp_path)
    page, _ = built.lookup(STAFF)
    assert page is not None and page.location is None
    moved, _ = built.lookup(MOVED)
    assert moved is not None and moved.location == STAFF
    assert [r["url"] for r in search(built, '"Ann Lee"', 1)] == [MOVED]  # indexed through the redirect
