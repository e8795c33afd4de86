"""The authors a scholarly article, a preprint or a report lists, each with their own affiliation.

A journal's or an index's article page (PubMed, a publisher, a repository)
lists its authors in a line of names separated by commas, each with a
footnote marker ("Ann Roe 1, Jon Poe 1,2") that points to a numbered
affiliation ("1 Division of Infectious Diseases, Mercy Hospital,
Pittsburgh, PA"). The article's text does not repeat them, so a reader of
the running text finds nobody but the division. Read here:

- the markup's author list: the outermost element whose class names authors
  (``authors-list``, ``author-list``, ``contrib-group``), its ``<sup>``
  markers kept apart from the names;
- otherwise Highwire Press tags, which Google Scholar asks every journal
  for (``citation_author``, each followed by its
  ``citation_author_institution``), and Dublin Core's ``DC.creator``.

Each author is one record ("name:card", as a row of a staff table is): the
affiliation their marker points to (every affiliation when the page gives
one, or no markers) is their context, so a city and a field are evidence
about that author alone. One name is no list: a byline is the writer's
(:func:`footprint.extract.comments.author`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract.mentions import record_for
from footprint.extract.names import name_at_start
from footprint.models import PersonRecord

MAX_AUTHORS = 40
_MAX_TEXT = 20_000  # characters of an author list read
_MAX_PIECE = 160  # characters of one author with their markers
_LIST_CLASS = re.compile(r"\bauthors?[-_ ]?(?:list|group|names?)\b|\bauthors\b|\bcontrib-group\b", re.I)
_AFFILIATION_CLASS = re.compile(r"affiliation|\baff\b", re.I)
_MARK = re.compile(r"\^([^^]*)\^")
_TRAILING_MARKS = re.compile(r"[\s\d*†‡§¶#,]+$")
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2})\)?[.\s]\s*(.+)$", re.S)


def listed(doc: lxml.html.HtmlElement, title: str = "") -> list[PersonRecord]:
    """The article's authors (two or more), each with their affiliation as context; [] when it lists none."""
    affiliations = _affiliations(doc)
    for element in _lists(doc):
        found = _authors(_marked_text(element), affiliations, title)
        if len(found) >= 2:
            return found[:MAX_AUTHORS]
    return _from_meta(doc, title)


def _lists(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The outermost elements whose class names an author list."""
    out: list[lxml.html.HtmlElement] = []
    for element in doc.xpath("//*[@class]"):
        if not _LIST_CLASS.search(element.get("class", "")) or _AFFILIATION_CLASS.search(element.get("class", "")):
            continue
        if any(a in out for a in element.iterancestors()):
            continue  # an item of a list already taken
        out.append(element)
        if len(out) == 5:
            break
    return out


def _marked_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with each ``<sup>`` marker written ``^1,2^``, so it never joins a name."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag == "sup":
            parts.append(f" ^{node.text_content().strip().replace(',', '+')}^ ")
            return
        if tag in {"script", "style"}:
            return
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    return " ".join("".join(parts).split())


def _authors(text: str, affiliations: dict[str, str], title: str) -> list[PersonRecord]:
    out: list[PersonRecord] = []
    for piece in re.split(r"\s*[,;]\s*|\s+and\s+|\s*&\s*", text[:_MAX_TEXT]):
        if len(piece) > _MAX_PIECE:
            continue  # no author's name with its markers is this long (and a hostile run stays linear)
        marks = [m for found in _MARK.findall(piece) for m in re.split(r"[+\s]+", found) if m]
        where = [affiliations[m] for m in marks if m in affiliations]
        if not where and (len(affiliations) == 1 or not marks):
            where = list(affiliations.values())[:3]
        record = _author(_TRAILING_MARKS.sub("", _MARK.sub(" ", piece)).strip(), where, title)
        if record is not None:
            out.append(record)
    return out


def _author(written: str, where: list[str], title: str) -> PersonRecord | None:
    """The author ``written`` names ("Ann Roe", or as indexes write it, "Roe, Ann B"), with ``where`` they work as
    their context; None when it is not a whole name ("et al", "View all authors", a collaboration's name)."""
    span = name_at_start(written) if written else None
    if span is None or span.end < len(written) - 1:
        return None
    context = " · ".join([f"{span.name}, author", *where])
    return record_for(span, context[:600], title, "name:card")


def _affiliations(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """Numbered affiliations ("1" -> "Division of ..., Pittsburgh, PA"); one unnumbered one is "*"."""
    found: dict[str, str] = {}
    loose: list[str] = []
    for element in doc.xpath("//*[@class]")[:2000]:
        if not _AFFILIATION_CLASS.search(element.get("class", "")) or element.tag == "sup":
            continue
        items = element.xpath(".//li") or [element]
        for item in items:
            text = " ".join(_MARK.sub(r"\1 ", _marked_text(item)).split())
            numbered = _NUMBERED.match(text)
            if numbered:
                found.setdefault(numbered.group(1), numbered.group(2)[:300])
            elif text and len(text) > 8:
                loose.append(text[:300])
    if not found and len(set(loose)) == 1:
        found["*"] = loose[0]
    return found


def _from_meta(doc: lxml.html.HtmlElement, title: str) -> list[PersonRecord]:
    """Authors from Highwire Press (``citation_author`` and its institution) or Dublin Core tags."""
    pairs: list[tuple[str, str]] = []
    for meta in doc.xpath("//meta[@name][@content]"):
        key, value = meta.get("name", "").lower(), " ".join(meta.get("content", "").split())
        if key in ("citation_author", "dc.creator") and value:
            pairs.append((value, ""))
        elif key == "citation_author_institution" and pairs:
            pairs[-1] = (pairs[-1][0], value)
    found = [
        _author(written, [institution] if institution else [], title) for written, institution in pairs[:MAX_AUTHORS]
    ]
    out = [record for record in found if record is not None]
    return out if len(out) >= 2 else []


_OWN_WORDS_MAX = 1500


def own_words(writer: PersonRecord, post: str) -> PersonRecord:
    """A post's writer, the only person it names, with the post's words as what they say of themself: "back to
    the EEG lab on Tuesday" in their own kayaking blog is their field, as their byline's author box would be."""
    said = " ".join(post.split())[:_OWN_WORDS_MAX]
    if not said:
        return writer
    return replace(writer, context=f"{writer.context} · {said}")


def a_commenter(person: PersonRecord) -> bool:
    """A reader who commented under the post, and nothing else the page says: no one the post itself names."""
    return bool(person.read_from) and all(r == "name:comment" for r in person.read_from)


def signing(writer: PersonRecord, read: list[PersonRecord], post: str) -> tuple[PersonRecord, list[PersonRecord]]:
    """The byline's writer, and the people read, when the post's only other person is the name its text ``post`` is
    signed with after a dash on its last line ("by Grace Roe" over "— Li Na"): a blogger signs her post with the
    name family and friends call her, so the sign-off is the writer's other name, kept as an alias beside the
    byline's. A post that names anyone else besides (readers' comments apart), or a thread's next "Posted by", is
    left as read."""
    from footprint.extract.mentions import SIGNED
    from footprint.extract.merge import merge_key
    from footprint.extract.signoff import dashed, signer

    own = merge_key(writer.name)
    rest = [p for p in read if not a_commenter(p) and merge_key(p.name) != own]
    if len(rest) != 1 or SIGNED not in rest[0].read_from:
        return writer, read
    last = signer(dashed(post))
    if last is None or merge_key(last.name) != merge_key(rest[0].name):
        return writer, read
    signed = rest[0]
    aliases = tuple(dict.fromkeys((*writer.aliases, signed.name)))
    return replace(writer, aliases=aliases, context=f"{writer.context} · {signed.context}"), [
        p for p in read if p is not signed
    ]
