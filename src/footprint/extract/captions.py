"""The caption a picture on a page carries, however the page's gallery marks it up.

Photo pages (a club's banquet gallery, a society column, a school's event album) often name the
people in a picture only in its caption. Galleries write that caption in a few ways:

- ``<figure><img><figcaption>`` (HTML5, WordPress's block editor: ``wp-block-image``,
  ``blocks-gallery-item``);
- WordPress's classic ``[gallery]`` shortcode: an item element with class ``gallery-item``, the
  picture in a ``gallery-icon`` element and the caption in a sibling ``gallery-caption`` /
  ``wp-caption-text`` element (``<dl><dt><dd>`` by default, ``<figure><div><figcaption>`` in HTML5
  themes); its ``[caption]`` shortcode: ``<div class="wp-caption"><img><p class="wp-caption-text">``;
- other site builders' "image-caption" / "photo-caption" blocks beside the picture;
- a classic editor's picture inline at the start of a paragraph whose only other words are a short line
  (``<p><img ...> Dr. P at Grey Glacier, day 3.</p>``): that line is its caption;
- a short paragraph right after the picture, set off whole in italics or small type (``<p><i>...</i></p>``), as
  classic blog editors (Blogger's among them) write a caption under a picture;
- a blog's sentence that points at the picture from the paragraph next to it ("Photo below: me, my braces, Dr. D
  with a beer in each hand", "Pictured above: ..."): a "below" before the picture, an "above" after it.

So a caption is the ``<figcaption>`` of the picture's ``<figure>``, else an element whose class
names a caption inside the nearest wrapper that holds this one picture alone (a wrapper holding
several pictures would give one picture another's caption).
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract.mentions import sentences
from footprint.models import PersonRecord, Photo

_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:wp-)?caption(?:$|[\s_-])|caption-text|gallery-caption", re.I)
_CLIMB = 3  # wrappers up from the picture: the item, its icon cell, a link around the picture
_INLINE_WORDS = 30  # a paragraph's words beside its one picture that are a caption, not the story's text


def flat_text(el: lxml.html.HtmlElement) -> str:
    """An element's text on one line, its runs of white space made one space."""
    return re.sub(r"\s+", " ", el.text_content() or "").strip()


def _captions_in(holder: lxml.html.HtmlElement) -> list[str]:
    found = [
        flat_text(el)
        for el in holder.iterdescendants()
        if isinstance(el.tag, str)
        and el.tag not in ("img", "script", "style")
        and (el.tag == "figcaption" or _CAPTION_CLASS.search(str(el.get("class") or "")))
        and not any(
            isinstance(d.tag, str) and (d.tag == "figcaption" or _CAPTION_CLASS.search(str(d.get("class") or "")))
            for d in el.iterdescendants()
        )  # the innermost: "wp-caption" wraps the picture and its "wp-caption-text"
    ]
    return [t for t in dict.fromkeys(found) if t]


def caption_of(img: lxml.html.HtmlElement) -> tuple[str, bool]:
    """The caption the page gives ``img`` ("" when none) and whether the picture sits in a caption's
    holder at all (a ``<figure>`` or a gallery item), which marks it as a picture the page presents."""
    figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
    if figure is not None:
        inside = figure.xpath(".//figcaption")
        if inside:
            return flat_text(inside[0]), True
    holder = img
    for _ in range(_CLIMB):
        holder = holder.getparent()
        if holder is None or holder.tag in ("body", "html", "main", "article"):
            break
        if len(holder.xpath(".//img")) > 1:
            break  # a strip of several pictures: no one caption is this picture's
        found = _captions_in(holder)
        if found:
            return " ".join(found), True
    inline = _inline(img) or _set_off_below(img)
    if inline:
        return inline, True
    pointed = _pointed(img)
    if pointed:
        return pointed, True
    return "", figure is not None


# A sentence that points at a picture next to it: "Photo below: ...", "Pictured above, ...", "In the photo below ...",
# "(pictured below)", "Below: ...". The direction says which side of the picture the sentence stands on. A sentence
# opening with "Photo:" or "Pictured:" and no direction is the line a blogger writes for the picture beside it, on
# either side, in the paragraph next to it ("Photo: Dr. Meg holding Lily in front of the cake.").
_POINTER = re.compile(
    r"\b(?:photos?|pictures?|pics?|pictured|shown|snapshot|image)\s+(?P<way>below|above)\b|^(?P<bare>below|above)\s*:"
    r"|^(?P<either>photo|pic|pictured|picture)\s*:",
    re.I,
)
_SIBLINGS = 2  # paragraphs away from the picture's own that a pointing sentence may stand


def _pointed(img: lxml.html.HtmlElement) -> str:
    """The sentence of a paragraph near the picture that points at it: a "below" in one of the paragraphs before the
    picture's own block, an "above" in one after it, no other picture between them ("" when none)."""
    block = img
    while block.getparent() is not None and block.getparent().tag not in ("body", "article", "main", "div", "section"):
        block = block.getparent()
    for way, step in (("below", "getprevious"), ("above", "getnext")):
        near = block
        for away in range(_SIBLINGS):
            near = getattr(near, step)()
            while near is not None and not isinstance(near.tag, str):
                near = getattr(near, step)()
            if near is None or near.xpath("descendant-or-self::img"):
                break
            said = flat_text(near)
            for start, end in sentences(said):
                sentence = said[start:end].strip()
                found = _POINTER.search(sentence)
                if found and (found.group("way") or found.group("bare") or "").lower() == way:
                    return sentence
                if found and found.group("either") and away == 0:
                    return sentence
    return ""


def _inline(img: lxml.html.HtmlElement) -> str:
    """The short line a paragraph writes after its one picture, the picture first in it (a link around it aside)."""
    holder = img.getparent()
    if holder is not None and holder.tag == "a":
        holder = holder.getparent()
    if holder is None or holder.tag != "p" or len(holder.xpath(".//img")) != 1:
        return ""
    before = (holder.text or "").strip()
    first = next((c for c in holder if isinstance(c.tag, str)), None)
    if before or first is None or not (first is img or img in first.iterdescendants()):
        return ""  # words before the picture: the picture sits in the story's text
    line = flat_text(holder)
    return line if 0 < len(line.split()) <= _INLINE_WORDS else ""


_WRAPPERS = ("a", "div", "span", "p", "center")


def _set_off_below(img: lxml.html.HtmlElement) -> str:
    """The short paragraph right after the picture's block, set off whole in italics or small type, as classic blog
    editors write a caption under a picture (Blogger: ``<div class="separator"><img></div><p><i>Me, Dave and the
    birthday boy Gus at the brewery</i></p>``); "" when the next paragraph is the story's text."""
    block = img
    # Up through the wrappers that hold the picture alone (its link, Blogger's "separator" div, a paragraph).
    while (
        (up := block.getparent()) is not None
        and up.tag in _WRAPPERS
        and not flat_text(up)
        and len(up.xpath(".//img")) == 1
    ):
        block = up
    after = block.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if after is None or after.tag != "p" or after.xpath(".//img"):
        return ""
    line = flat_text(after)
    set_off = [c for c in after if isinstance(c.tag, str) and c.tag in ("i", "em", "small")]
    if len(set_off) != 1 or (after.text or "").strip() or flat_text(set_off[0]) != line:
        return ""  # words outside the italics: the story goes on
    return line if 0 < len(line.split()) <= _INLINE_WORDS else ""


# A title a caption writes right before a name ("Dr. Faith Summers"): part of what it says about that person.
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Dra|Doctor|Drs)\.?\s*$")
_TRIM = " ,;:&-–(" + "\u00a0"


def told(people: list[PersonRecord], photos: tuple[Photo, ...]) -> list[PersonRecord]:
    """Each person with what a photo's caption says of them: a club's or a society page's pictures often name their
    people only there ("Coaches Faith Summers (yes, the lupus doctor!) and Dan Kiely"), so the title, field and
    family the caption gives belong to the person's own words. Only the caption's words from the person's name (and
    the title right before it) to the next person it names count: "Dr. Ann Roe with her neighbour Jane Poe" says
    nothing of what Jane Poe does."""
    out = []
    for person in people:
        said = [s for photo in photos if (s := _about(person.name, photo))]
        own, sep, page = person.context.partition(" [page: ")
        new = [s for s in dict.fromkeys(said) if s not in own]
        if not new:
            out.append(person)
            continue
        context = " … ".join(c for c in (own, *new) if c)
        out.append(replace(person, context=f"{context}{sep}{page}"))
    return out


def _about(name: str, photo: Photo) -> str:
    """The words of ``photo``'s caption about the person named ``name`` ("" when it does not name them whole)."""
    caption = photo.caption
    name = name.strip()
    at = caption.find(name) if len(name.split()) >= 2 else -1
    if at < 0:
        return ""
    title = _TITLE_BEFORE.search(caption[:at])
    start = title.start() if title else at
    after = at + len(name)
    others = [i for other in photo.tagged if other != name and (i := caption.find(other, after)) >= after]
    end = min(others, default=len(caption))
    words = caption[start:end]
    if end < len(caption):
        words = _TITLE_BEFORE.sub("", words.rstrip()).rstrip()  # "with Dr." before the next name is theirs
        words = re.sub(r"\b(?:and|with|&)$", "", words.rstrip(_TRIM)).rstrip()
    words = words.strip(_TRIM)
    return "" if words == name else words  # the name alone says nothing more of them
