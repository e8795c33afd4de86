"""A site's own name ("Hebgen Hatch", "Low Tide Loops", "Willy Street Supper Club"): the title of a blog, a
shop or a club, which its pages write in their metadata (``og:site_name``) and in the header's link home. Two
capitalised words in a header read like a person's name; on a post whose byline names its writer (or whose footer
names its owner), a name that is the site's is the site's title, and the page is the writer's.

A personal site is often called after its owner ("Jane Roe", its posts by Jane Roe): the site's name is then
the writer's, and kept. A group's name is no one's, byline or not: a forum's ("Fostering Colorado", the banner over
every thread, its <title>'s last part), a family's ("Deshpande Cousins"), a blog's ("Hebgen Hatch"). It opens
with no given name and holds a word of the language ("fostering", "cousins", "hatch"); "Jane Roe" and "Kirk
Cousins" open with a given name and stay.
"""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.merge import merge_key
from footprint.extract.personhood import common_word, given_name
from footprint.models import PersonRecord

_MAX_WORDS = 6


def site_titles(doc: lxml.html.HtmlElement, og: dict[str, str]) -> list[str]:
    """The site's own name as the page writes it: its ``og:site_name`` and the text of its links home (a header's
    logo, a footer's copyright line), each once."""
    found = [" ".join(og.get("og:site_name", "").split())]
    for link in doc.xpath("//a[@href='/' or @rel='home' or @href='./']")[:4]:
        found.append(" ".join(link.text_content().split()))
    found.append(_banner(doc))
    return [n for n in dict.fromkeys(found) if 0 < len(n.split()) <= _MAX_WORDS]


# How a <title> sets the site's name after the page's own: "Child protection team - Fostering Colorado".
_TITLE_TAIL = re.compile(r"\s(?:[|–—·-]|::)\s+([^|–—·]+?)\s*$")


def _banner(doc: lxml.html.HtmlElement) -> str:
    """The site's name as its <title> ends with it when a heading of the page repeats it alone (a forum's banner
    "<h1>Fostering Colorado</h1>" over its threads), or ""; a title's last part no heading repeats may be the
    post's own subject ("Meet our new partner - Ann Roe")."""
    tail = _TITLE_TAIL.search(" ".join((doc.findtext(".//title") or "").split()))
    if tail is None:
        return ""
    name = tail.group(1)
    headings = (" ".join(h.text_content().split()) for h in doc.xpath("//h1 | //header//p | //header//div")[:12])
    return name if name in headings else ""


def site_names(doc: lxml.html.HtmlElement, og: dict[str, str]) -> frozenset[str]:
    """The site's own names (``site_titles``) in ``merge_key`` form."""
    return frozenset(k for n in site_titles(doc, og) if (k := merge_key(n)))


def without_site(people: list[PersonRecord], names: frozenset[str], writer: PersonRecord | None) -> list[PersonRecord]:
    """``people`` without a record whose name is the site's, when the page's byline names a writer of another
    name: the site's title is no person of the page (a fly-fishing blog "Hebgen Hatch" by Brose Roe)."""
    if writer is None or not names or merge_key(writer.name) in names:
        return people
    return [p for p in people if merge_key(p.name) not in names]


def without_groups(people: list[PersonRecord], names: frozenset[str]) -> list[PersonRecord]:
    """``people`` without a record whose name is the site's and a group's, not a person's: it opens with no given
    name and holds a common word ("Fostering Colorado", "Deshpande Cousins")."""
    return [p for p in people if not (_site_part(merge_key(p.name), names) and group_name(p.name))]


def _site_part(key: str, names: frozenset[str]) -> bool:
    """``key`` is a site's name, or its first or last words ("Mama Notes" read off a header's "Mountain Mama Notes",
    "Still Here" off "Still Here in Sugar House")."""
    return bool(key) and any(n == key or n.endswith(f" {key}") or n.startswith(f"{key} ") for n in names)


def group_name(name: str) -> bool:
    """A site's name that names a group or a thing, not a person: its first word is no given name nor initial, and
    one of its words is a common word or the plural of one ("Fostering Colorado", "Deshpande Cousins")."""
    words = [w.strip(".,:'’") for w in name.split()]
    if len(words) < 2 or len(words[0]) < 2 or given_name(words[0]):
        return False
    return any(common_word(w, plural=True) for w in words)
