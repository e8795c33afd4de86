"""Photo pages whose only mention of a person is a picture's caption, in the ways galleries write one.

Hand-written pages in the shapes real galleries use: WordPress's classic ``[gallery]`` (``dl.gallery-item``
with a ``dd.gallery-caption``), its ``[caption]`` (``div.wp-caption`` with a ``p.wp-caption-text``) and a
site builder's ``image-caption`` block. Each caption is its picture's (never a neighbour's), names the
people in it, and is read as what the page says of them, so a drink in hand at a club banquet is judged.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.models import Extracted, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource
from tests.assess_cases import _identity, sites

URL = "https://www.riverbendrodandgun.example.org/2026-banquet/photos"


def _read(body: str) -> Extracted:
    probe = Probe("riverbend", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), None)


CLASSIC = """<h1>2026 Members' Banquet</h1><div id="gallery-1" class="gallery galleryid-41 gallery-columns-2">
<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="/wp-content/uploads/07.jpg">
<img src="/wp-content/uploads/07-300x200.jpg" alt=""></a></dt>
<dd class="wp-caption-text gallery-caption" id="gallery-1-88">Dr. Daniel Ashworth and his son raise a pour of \
<strong>bourbon</strong> to the limit.</dd></dl>
<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="/wp-content/uploads/15.jpg">
<img src="/wp-content/uploads/15-300x200.jpg" alt=""></a></dt>
<dd class="wp-caption-text gallery-caption" id="gallery-1-89">Raffle winners Lena Ortiz and Sam Cole.</dd></dl>
</div>"""


def test_a_classic_gallerys_captions_belong_each_to_its_own_picture() -> None:
    page = _read(CLASSIC)
    captions = {p.url.rsplit("/", 1)[-1]: (p.caption, p.tagged) for p in page.photos}
    assert captions["07-300x200.jpg"] == (
        "Dr. Daniel Ashworth and his son raise a pour of bourbon to the limit.",
        ("Daniel Ashworth",),
    )
    assert {"Lena Ortiz", "Sam Cole"} <= set(captions["15-300x200.jpg"][1])
    assert "Daniel Ashworth" not in captions["15-300x200.jpg"][1]
    # The caption is what the page says of him: his mention carries its sentence.
    (him,) = [p for p in page.people if p.name.endswith("Ashworth")]
    assert "pour of bourbon" in him.context


def test_a_caption_shortcode_and_a_builders_caption_block_are_read() -> None:
    body = """<div class="entry-content"><div id="attachment_12" class="wp-caption aligncenter">
    <img src="https://cdn.example.org/u/12.jpg" alt="" width="600"><p class="wp-caption-text">L-R: Lena Ortiz and
    Dr. Daniel Ashworth at the tailgate</p></div>
    <div class="sqs-block image-block"><div class="image-block-wrapper"><img src="https://cdn.example.org/u/13.jpg">
    </div><div class="image-caption-wrapper"><div class="image-caption"><p>Sam Cole on the 18th green</p></div></div>
    </div></div>"""
    page = _read(body)
    assert [(p.url[-7:], p.caption) for p in page.photos] == [
        ("/12.jpg", "L-R: Lena Ortiz and Dr. Daniel Ashworth at the tailgate"),
        ("/13.jpg", "Sam Cole on the 18th green"),
    ]


def test_one_caption_under_a_row_of_pictures_is_no_single_pictures() -> None:
    body = """<div class="entry-content"><div class="photo-row"><img src="https://cdn.example.org/a.jpg">
    <img src="https://cdn.example.org/b.jpg"><p class="caption">Lena Ortiz, left, and Sam Cole</p></div></div>"""
    assert _read(body).photos == ()  # unlabelled pictures with no caption of their own: no scene to judge


def test_the_subjects_drink_in_a_gallery_caption_is_a_substance_imagery_finding() -> None:
    page = _read(CLASSIC)
    who = _identity({})  # Dr. Daniel K. Ashworth
    found = assess(who, [Match(page, MatchResult(0.9, _confirmed(), ("labelled",)))], sites())
    assert [f.category for f in found if "substance_imagery" in f.all_categories], [f.title for f in found]


def _confirmed():  # type: ignore[no-untyped-def]
    from footprint.models import Decision

    return Decision.CONFIRMED


INLINE = """<article><h1>Patagonia, part 1</h1><div class="entry-content">
<p>Laura and I are finally on the W Trek, her first real vacation in two years.</p>
<p><img src="/wp-content/uploads/2026/01/glacier.jpg" alt="Laura Pennell at Grey Glacier"> Dr. P at Grey Glacier,
day 3, with a flask of something warm.</p>
<p>We walked for nine hours <img src="/wp-content/uploads/2026/01/map.png" alt="the route on a map"> and then some
more, past the lake and the refugio, to the campsite by the river where the wind never stopped all night.</p>
</div></article>"""


def test_a_short_line_after_a_paragraphs_one_picture_is_its_caption_not_a_storys_sentence() -> None:
    """A classic editor writes the caption as the words after the picture in its paragraph: the picture names
    Laura Pennell, captioned "Dr. P at Grey Glacier". A picture in the middle of a story's sentence has none."""
    photos = {p.url.rsplit("/", 1)[-1]: p for p in _read(INLINE).photos}
    glacier = photos["glacier.jpg"]
    assert glacier.caption.startswith("Dr. P at Grey Glacier") and "Laura Pennell" in glacier.tagged
    assert "map.png" not in photos or not photos["map.png"].caption
