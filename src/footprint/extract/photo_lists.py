"""Photos a post lists in words: "Photos: the crew and the crane; Meg and Paul toasting with sangria on the stump; the
twins counting rings", "Pictured: ...". A blog or a newsletter often puts its gallery's captions in one line under
the text, each picture a clause: each clause is a photo's caption, judged as a figure's would be (a drink in hand, a
friend named in it)."""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.html import in_content
from footprint.extract.mentions import sentences
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
    """The photos a paragraph of the page's content lists after "Photos:", at its start or in a later sentence of it
    ("Afterwards we took over the patio. Photos below: ..."), one per clause, each with the people its clause names."""
    out: list[Photo] = []
    for para in doc.xpath(f"{in_content('//p')} | //div[contains(@class,'entry')]//p"):
        text = " ".join(para.text_content().split())
        # Opening the paragraph, the list runs to its end; in a later sentence, to that sentence's end.
        found = next(
            (
                f
                for start, end in sentences(text)
                if (f := _OPENS.match(text[start:] if start == 0 else text[start:end]))
            ),
            None,
        )
        if found is None:
            continue
        for item in _clauses(found["items"])[:_MAX_ITEMS]:
            tagged = tuple(dict.fromkeys(s.name for s in names_in(item)))
            out.append(Photo(url=f"{url}#listed-photo-{len(out) + 1}", caption=item, tagged=tagged))
    return tuple(dict.fromkeys(out))


_CLAUSE_WORDS = 3  # a comma-separated list is one of pictures when each of its items is a scene, not a name


def _clauses(items: str) -> list[str]:
    """Each picture's caption: the list split at ";", else at its commas when every part is a scene of three words or
    more ("Kit with her medal and a cider flight, Kit with her second pint, and all six of us ..."); "Meg, Paul and the
    twins at the lake" is one picture's."""
    if ";" in items:
        parts = re.split(r";\s*", items)
    else:
        split = [re.sub(r"^(?:and|&)\s+", "", p.strip()) for p in re.split(r",\s*", items)]
        parts = split if len(split) > 1 and all(len(p.split()) >= _CLAUSE_WORDS for p in split) else [items]
    return [i.strip(" .") for i in parts if len(i.split()) >= 2]
