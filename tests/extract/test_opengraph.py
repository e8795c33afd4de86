"""A page whose only markup is OpenGraph reads the same without extruct as with it."""

from __future__ import annotations

from pathlib import Path

import extruct
import pytest

from footprint.extract import opengraph, structured
from tests.conftest import SRC

ROOT = SRC.parent
PAGES = sorted([*(SRC / "footprint" / "sandbox" / "web").rglob("*.html"), *(ROOT / "tests").rglob("*.html")])

CRAFTED = {
    "plain": '<html><head><meta property="og:title" content="Dr. Ann Lee"><meta property="og:type" content="profile">'
    '<meta property="profile:username" content="annlee"></head><body><h1>Ann Lee</h1></body></html>',
    # The first value is empty: the first non-empty one counts; later non-empty ones do not replace it.
    "repeated": '<html><head><meta property="og:image" content=" "><meta property="og:image" content="a.jpg">'
    '<meta property="og:image" content="b.jpg"><meta property="og:type" content=""></head></html>',
    # A namespace declared by a prefix attribute (on <html> or <head>) counts; an undeclared one does not.
    "prefixes": '<html prefix="fb: http://ogp.me/ns/fb#"><head prefix="my: http://example.com/ns#">'
    '<meta property="fb:app_id" content="123"><meta property="my:thing" content="x">'
    '<meta property="other:thing" content="y"><meta property="og:title" content="T"></head></html>',
    "no head": "<p>Ann Lee, MD</p>",
    "no content": '<html><head><meta property="og:title"><meta name="og:description" content="d"></head></html>',
    "text around": 'Ann <b>Lee</b><meta property="og:title" content="late">',
}


def _extruct_reads(html: str) -> dict[str, list[dict[str, object]]]:
    return extruct.extract(html, base_url="https://example.com/", syntaxes=["json-ld", "microdata", "opengraph"],
                           uniform=True)  # fmt: skip


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_opengraph_is_read_as_extruct_reads_it(name: str) -> None:
    html = CRAFTED[name]
    tree = opengraph.parse(html)
    assert opengraph.only_opengraph(tree)
    assert opengraph.read(tree) == _extruct_reads(html)["opengraph"]


def test_every_bundled_page_without_other_markup_reads_the_same() -> None:
    compared = 0
    for path in PAGES:
        html = path.read_text(encoding="utf-8", errors="replace")
        try:
            tree = opengraph.parse(html)
        except Exception:  # noqa: BLE001 - an empty fixture: extruct refuses it too
            continue
        theirs = _extruct_reads(html)
        if not opengraph.only_opengraph(tree):
            assert theirs["json-ld"] or theirs["microdata"] or "itemscope" in html.lower(), path
            continue
        assert not theirs["json-ld"] and not theirs["microdata"], path
        assert opengraph.read(tree) == theirs["opengraph"], path
        compared += 1
    assert compared >= 10


def test_a_page_with_json_ld_or_microdata_still_goes_to_extruct() -> None:
    json_ld = (
        '<html><head><meta property="og:title" content="T"><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "Physician", "name": "Ann Lee"}</script></head></html>'
    )
    microdata = '<div itemscope itemtype="https://schema.org/Physician"><span itemprop="name">Ann Lee</span></div>'
    for html in (json_ld, microdata):
        assert not opengraph.only_opengraph(opengraph.parse(html))
        assert [p.name for p in structured.read(html, "https://example.com/").people] == ["Ann Lee"]


def test_an_unreadable_page_has_no_structured_data() -> None:
    assert structured.read("", "https://example.com/") == structured.StructuredData((), None, (), {})


def test_a_scan_of_pages_with_only_opengraph_never_loads_extruct(tmp_path: Path) -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from footprint.extract import structured\n"
        f"data = structured.read({CRAFTED['plain']!r}, 'https://example.com/')\n"
        "print(data.og.get('og:title'), 'extruct' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": ""})  # fmt: skip
    assert done.stdout.split() == ["Dr.", "Ann", "Lee", "False"]
