"""Photos a post lists in words: "Photos: the crew and the crane; Meg and Paul toasting with sangria on the stump; the
twins counting rings", "Pictured: ...". A blog or a newsletter often puts its gallery's captions in one line under
the text, each picture a clause: each clause is a photo's caption, judged as a figure's would be (a drink in hand, a
friend named in it)."""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.html import in_content
from footprint.extract.names import names_in
from footprint.models import Photo

# The line's opening word: "Photos:", "Pictured:", "In the photos:", "Photos (by Ruth):", "Above:".
_OPENS = re.compile(
    r"^\s*(?:(?:our |the |more |some )?(?:photos?|pictures?|pics?|snapshots?)(?:\s*\([^)]{0,40}\))?|pictured|"
    r"in the (?:photos|pictures)|photos below|above|below)\s*[:—–-]\s*(?P<items>.+)$",
    re.I | re.S,
)
_MAX_ITEMS = 12


def listed(doc: lxml.html.HtmlElement, url: str) -> tuple[Photo, ...]:
    """The photos a paragraph of the page's content lists after "Photos:", one per clause (split at ";"), each with
    the people its clause names."""
    out: list[Photo] = []
    for para in doc.xpath(f"{in_content('//p')} | //div[contains(@class,'entry')]//p"):
        text = " ".join(para.text_content().split())
        found = _OPENS.match(text)
        if found is None:
            continue
        items = [i.strip(" .") for i in re.split(r";\s*", found["items"]) if len(i.split()) >= 2]
        for item in items[:_MAX_ITEMS]:
            tagged = tuple(dict.fromkeys(s.name for s in names_in(item)))
            out.append(Photo(url=f"{url}#listed-photo-{len(out) + 1}", caption=item, tagged=tagged))
    return tuple(dict.fromkeys(out))
