"""A blogger's line that opens with "Photo:" and names no side ("Photo: Dr. Meg holding Lily in front of the cake.")
is the caption of the picture in the paragraph next to it, before or after; not of a picture further away."""

from __future__ import annotations

import lxml.html

from footprint.extract.media import figures


def _photos(body: str) -> list[str]:
    return [p.caption for p in figures(lxml.html.fromstring(body), "https://blog.example/")]


def test_a_photo_line_next_to_the_picture_is_its_caption_on_either_side() -> None:
    before = """<html><body><article><p>Lily turned one on Saturday! Dr. Meg actually came.</p>
    <p>Photo: Dr. Meg holding Lily in front of the cake. I tagged her on Facebook.</p>
    <p><img src="/up/lily.jpg" alt="A woman holding a baby in front of a birthday cake in a backyard"></p>
    </article></body></html>"""
    assert _photos(before) == ["Photo: Dr. Meg holding Lily in front of the cake."]
    after = """<html><body><article>
    <p><img src="/up/turkey.jpg" alt="A man carving a turkey while holding a glass of whiskey"></p>
    <p>Photo: Colm carving with a whiskey in the other hand.</p></article></body></html>"""
    assert _photos(after) == ["Photo: Colm carving with a whiskey in the other hand."]


def test_a_photo_line_two_paragraphs_away_or_mid_sentence_captions_nothing() -> None:
    far = """<html><body><article><p>Photo: Dr. Meg holding Lily in front of the cake.</p>
    <p>We ate far too much cake and the dog got the rest.</p>
    <p><img src="/up/lily.jpg" alt="A woman holding a baby in front of a birthday cake in a backyard"></p>
    </article></body></html>"""
    assert _photos(far) == [""]
    inside = """<html><body><article><p>My favourite photo: the one from the lake, which I lost.</p>
    <p><img src="/up/dog.jpg" alt="A dog asleep on a porch in the afternoon sun"></p></article></body></html>"""
    assert _photos(inside) == [""]
