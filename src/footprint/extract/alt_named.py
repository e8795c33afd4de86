"""The people a post's pictures name only in their alt text.

A family's travel post shows "Laura Roe at Grey Glacier" as a picture's alt text, and under it only "Dr. P at the
glacier, day 3": the alt text, which screen readers read out and search engines index, is where the page names
who is pictured. A picture in the post's content (an ``<article>``, ``<main>`` or ``<figure>``) whose alt text
names someone by full name presents that person, with the alt text and the words the page shows beside the
picture as their context. Read as a mention ("name:text"): what the page says around a name is weighed as for any
name in its prose. A site's logo or a header image is outside the content and names nobody here.
"""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.captions import caption_of, flat_text
from footprint.extract.names import names_in
from footprint.identity import fold
from footprint.models import PersonRecord

ALT = "name:alt text"
_MAX_WORDS = 20  # a label or a short description; a long alt text is an article's teaser
_BESIDE = 200


def people(doc: lxml.html.HtmlElement, title: str = "") -> list[PersonRecord]:
    """One record per person a content picture's alt text names in full ("Laura Roe at Grey Glacier")."""
    found: dict[str, PersonRecord] = {}
    for img in doc.xpath("//article//img | //main//img | //figure//img"):
        alt = re.sub(r"\s+", " ", str(img.get("alt") or "")).strip()
        if not alt or len(alt.split()) > _MAX_WORDS:
            continue
        caption, _ = caption_of(img)
        holder = img.getparent()
        beside = caption or (flat_text(holder)[:_BESIDE] if holder is not None and holder.tag == "p" else "")
        for span in names_in(alt):
            if len(span.name.split()) < 2 or (span.name.startswith("Dr. ") and len(span.name.split()) < 3):
                continue  # "Dr. P", "Grandma": no full name
            said = " · ".join(t for t in (alt, beside) if t)
            context = f"{said} [page: {title}]" if title else said
            record = PersonRecord(span.name, span.credentials, context=context, read_from=("name:text", ALT))
            found.setdefault(fold(span.name), record)
    return list(found.values())
