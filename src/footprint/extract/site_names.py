"""A site's own name ("Hebgen Hatch", "Low Tide Loops", "Willy Street Supper Club"): the title of a blog, a
shop or a club, which its pages write in their metadata (``og:site_name``) and in the header's link home. Two
capitalised words in a header read like a person's name; on a post whose byline names its writer (or whose footer
names its owner), a name that is the site's is the site's title, and the page is the writer's.

A personal site is often called after its owner ("Jane Roe", its posts by Jane Roe): the site's name is then
the writer's, and kept.
"""

from __future__ import annotations

import lxml.html

from footprint.extract.merge import merge_key
from footprint.models import PersonRecord

_MAX_WORDS = 6


def site_titles(doc: lxml.html.HtmlElement, og: dict[str, str]) -> list[str]:
    """The site's own name as the page writes it: its ``og:site_name`` and the text of its links home (a header's
    logo, a footer's copyright line), each once."""
    found = [" ".join(og.get("og:site_name", "").split())]
    for link in doc.xpath("//a[@href='/' or @rel='home' or @href='./']")[:4]:
        found.append(" ".join(link.text_content().split()))
    return [n for n in dict.fromkeys(found) if 0 < len(n.split()) <= _MAX_WORDS]


def site_names(doc: lxml.html.HtmlElement, og: dict[str, str]) -> frozenset[str]:
    """The site's own names (``site_titles``) in ``merge_key`` form."""
    return frozenset(k for n in site_titles(doc, og) if (k := merge_key(n)))


def without_site(people: list[PersonRecord], names: frozenset[str], writer: PersonRecord | None) -> list[PersonRecord]:
    """``people`` without a record whose name is the site's, when the page's byline names a writer of another
    name: the site's title is no person of the page (a fly-fishing blog "Hebgen Hatch" by Brose Roe)."""
    if writer is None or not names or merge_key(writer.name) in names:
        return people
    return [p for p in people if merge_key(p.name) not in names]
