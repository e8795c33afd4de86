"""The people a post's pictures name only in their alt text or their caption.

A family's travel post shows "Laura Roe at Grey Glacier" as a picture's alt text, and under it only "Dr. P at the
glacier, day 3": the alt text, which screen readers read out and search engines index, is where the page names
who is pictured. A club's newsletter names its host only under the photo ("Dr. Rick Roe, our host, pouring the
Rioja"), and a reader of the page's main text leaves figures and their captions out. A picture in the post's
content (an ``<article>``, ``<main>`` or ``<figure>``) whose alt text or caption names someone by full name presents
that person, with the alt text and the words the page shows beside the picture as their context. Read as a mention
("name:text"): what the page says around a name is weighed as for any name in its prose. A site's logo or a header
image is outside the content and names nobody here; nor does a caption's credit ("Photo by Ann Roe").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

import lxml.html

from footprint.extract.captions import caption_of, flat_text
from footprint.extract.merge import merge_key
from footprint.extract.names import NameSpan, names_in
from footprint.identity import fold
from footprint.models import PersonRecord

ALT = "name:alt text"
_MAX_WORDS = 20  # a label or a short description; a long alt text is an article's teaser
_BESIDE = 200


def people(doc: lxml.html.HtmlElement, title: str = "", families: AbstractSet[str] = frozenset()) -> list[PersonRecord]:
    """One record per person a content picture's alt text or caption names in full ("Laura Roe at Grey Glacier"). A
    caption's name of a family the page already names (``families``, in ``merge_key`` form) is that person or their
    kin written another way ("Ann and Tom Roe" under a story of Ann Lee Roe): the page's prose says who they are."""
    found: dict[str, PersonRecord] = {}
    for img in doc.xpath("//article//img | //main//img | //figure//img"):
        alt = re.sub(r"\s+", " ", str(img.get("alt") or "")).strip()
        caption, _ = caption_of(img)
        if len(alt.split()) > _MAX_WORDS:
            alt = ""  # a long description, an article's teaser: the caption may still name who is pictured
        if not alt and not caption:
            continue
        holder = img.getparent()
        beside = caption or (flat_text(holder)[:_BESIDE] if holder is not None and holder.tag == "p" else "")
        said = " · ".join(t for t in (alt, beside) if t)
        context = f"{said} [page: {title}]" if title else said
        told = [s for s in names_in(caption) if _presented(caption, s) and _family(s.name) not in families]
        named = [(s, ALT) for s in names_in(alt)] + [(s, CAPTION) for s in told]
        for span, where in named:
            if len(span.name.split()) < 2 or (span.name.startswith("Dr. ") and len(span.name.split()) < 3):
                continue  # "Dr. P", "Grandma": no full name
            record = PersonRecord(span.name, span.credentials, context=context, read_from=("name:text", where))
            found.setdefault(fold(span.name), record)
    return list(found.values())


CAPTION = "name:caption"
# A photographer's credit before the name: "Photo by Ann Roe", "Courtesy of the Roe family", "Credit: Ann Roe", "©".
_CREDIT = re.compile(r"(?i)(?:\bphoto(?:graph)?s?(?:\s+by)?|\bcourtesy(?:\s+of)?|\bcredit|©)\s*:?\s*$")


def _family(name: str) -> str:
    return merge_key(name).rpartition(" ")[2]


def _presented(caption: str, span: NameSpan) -> bool:
    """A caption's name is a person pictured when it is titled, credentialed or opens with a known given name ("Dr.
    Rick Roe, our host", "Ann Roe at the tasting"; not a camera's "Canon Ra"), and no credit line introduces it."""
    from footprint.extract.personhood import given_name

    who = span.titled or bool(span.credentials) or given_name(span.name.split()[0])
    return who and not _CREDIT.search(caption[: span.start])
