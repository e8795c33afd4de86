"""HTML pages: parse once, drop what is not about the subject, read fields by selector.

A site definition's ``extract.ignore`` names blocks to drop before anything
is read (sponsored "featured" doctors, "similar doctors" lists, city-wide
averages). ``extract.record`` and ``extract.fields`` read person records on
listing pages (people-search cards) with CSS selectors; when ``record``
matches nothing, the page itself is the one record (a profile page of a site
whose search lists cards).

A field's selector is CSS (with ``:has()`` and ``:contains("text")``), and
two optional suffixes, in this order (a field may also be a list of such
selectors: their values in turn):

    h1.name                          the text of each node it matches
    meta[itemprop=ratingValue]@content   that attribute of each node instead
    h3 /^([^,]+)/                    then every match of the regular expression
                                     between slashes in each value (its first
                                     group when it has one): "Wren Halvorsen, 47"
                                     gives "Wren Halvorsen"

A record whose fields find no name is still read (an NPI that lives in an
attribute, a phone): the extract stage gives it to the page's one named
person. Structured data (JSON-LD) inside a record is read as that record's.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from footprint.extract.entities import age_in, birth_date_in, iso_date, normalise_phone
from footprint.extract.ratings import parse_rating
from footprint.models import Address, PersonRecord, Rating, Review

ADDRESS = re.compile(
    r"^(?P<street>.+?),?\s+(?P<city>[A-Za-z .'-]+),\s*(?P<state>[A-Z]{2})\s*(?P<zip>\d{5})?(?:-\d{4})?$"
)


def parse(body: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(body) if body.strip() else None
    except (etree.ParserError, ValueError):
        return None


def drop(doc: lxml.html.HtmlElement, selectors: list[str]) -> None:
    for selector in selectors:
        for node in doc.cssselect(selector):
            node.drop_tree()


# Headings of blocks about other doctors or about a place, not the page's subject.
UNRELATED_HEADING = re.compile(
    r"^\W*(sponsored|featured (doctors|providers|results)|advertisement|ads?\b|similar (doctors|providers|physicians)"
    r"|other (doctors|providers|physicians)|(doctors|providers|physicians) near|nearby (doctors|providers)"
    r"|people also (viewed|searched)|compare with|related (doctors|providers)|top .* (doctors|providers) in"
    r"|average (rating|ratings|score) (in|for|of)|.*\bcity[- ]wide\b)",
    re.I,
)
_CONTAINERS = {"section", "aside", "div", "ul", "ol", "nav", "table", "article"}


def drop_unrelated(doc: lxml.html.HtmlElement) -> int:
    """Drop blocks whose own heading says they are about others (sponsored, similar doctors, averages)."""
    dropped = 0
    for heading in doc.xpath("//h2|//h3|//h4|//h5|//*[@role='heading']"):
        if heading.getparent() is None or not UNRELATED_HEADING.match(heading.text_content().strip()):
            continue
        block = heading.getparent()
        # Only a block this heading alone heads: a container with other sections is the page itself.
        alone = len(block.xpath(f".//{heading.tag}")) == 1 and not block.xpath(".//h1")
        if block.tag in _CONTAINERS and alone and block.getparent() is not None:
            block.drop_tree()
        else:
            _drop_section(heading)
        dropped += 1
    return dropped


def _drop_section(heading: lxml.html.HtmlElement) -> None:
    """The heading and its following siblings, up to the next heading of the same or a higher level."""
    level = heading.tag if re.fullmatch(r"h[1-6]", str(heading.tag)) else "h6"
    stop = {f"h{n}" for n in range(1, int(level[1]) + 1)}
    doomed = [heading]
    for sibling in heading.itersiblings():
        if sibling.tag in stop:
            break
        doomed.append(sibling)
    for node in doomed:
        node.drop_tree()


# Elements a browser shows apart: their text never runs into the next ("Practice Location" | "LAS CRUCES").
_APART = ("td", "th", "tr", "li", "dt", "dd", "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote", "address", "figcaption")  # fmt: skip


def visible_text(doc: lxml.html.HtmlElement) -> str:
    for node in doc.xpath("//script|//style|//noscript|//template"):
        node.drop_tree()
    for node in doc.iter(*_APART):
        node.tail = " " + (node.tail or "")
    return re.sub(r"\s+", " ", doc.text_content()).strip()


def title(doc: lxml.html.HtmlElement) -> str:
    found = doc.findtext(".//title") or ""
    return re.sub(r"\s+", " ", found).strip()


def links(doc: lxml.html.HtmlElement, base_url: str, selector: str = "") -> list[str]:
    """The page's http(s) links, absolute, without fragments, each once, in page order.

    ``selector`` keeps only the links it picks (a card's details link, not its relatives').
    """
    # Dicts, not a list: a listing of 100,000 links must not cost 100,000 scans of a list;
    # and each distinct href is resolved once, however often the page repeats it.
    out: dict[str, None] = {}
    base = urlsplit(base_url)
    origin = f"{base.scheme}://{base.netloc}"
    hrefs = [a.get("href", "") for a in doc.cssselect(selector)] if selector else doc.xpath("//a/@href")
    for href in dict.fromkeys(str(h).strip() for h in hrefs):
        url = _absolute(href, base_url, origin)
        if url.startswith(("http://", "https://")):
            out.setdefault(url.split("#", 1)[0], None)
    return list(out)


def _absolute(href: str, base_url: str, origin: str) -> str:
    """``urljoin(base_url, href)``, without its cost for the two shapes most links have."""
    if href.startswith(("http://", "https://")):
        return href
    if href.startswith("/") and not href.startswith("//") and "/." not in href:
        return origin + href
    return urljoin(base_url, href)


_SELECTOR = re.compile(r"^(?P<css>.*?)(?:@(?P<attr>[A-Za-z_:][\w:.-]*))?(?:\s+/(?P<pattern>.*)/)?$", re.S)


def parse_selector(selector: str) -> tuple[str, str, re.Pattern[str] | None]:
    """A field selector's CSS, attribute name ("" for the text) and regular expression (see the module)."""
    m = _SELECTOR.match(selector.strip())
    if m is None:  # pragma: no cover - the pattern matches every string
        return selector, "", None
    pattern = m.group("pattern")
    return m.group("css").strip(), m.group("attr") or "", re.compile(pattern) if pattern is not None else None


def _texts(
    node: lxml.html.HtmlElement, selector: str | list[str], unique: bool = True, items: bool = False
) -> list[str]:
    """The values ``selector`` reads under ``node``, in document order, each once (a list: each in turn).

    ``items``: a node that lists several entries (links, list items, lines broken by ``<br>``) gives each
    entry as a value of its own, so a list of people never runs into one string.
    """
    if isinstance(selector, list):
        values = [v for one in selector for v in _texts(node, one, unique, items)]
        return list(dict.fromkeys(values)) if unique else values
    css, attr, pattern = parse_selector(selector)
    out: list[str] = []
    for found in node.cssselect(css):
        # Pieces joined with a space: "Ste 310<br>Portland" and "310<span>Portland</span>" are two words.
        pieces = (_entries(found) if items and not attr else None) or [
            found.get(attr, "") if attr else " ".join(found.itertext())
        ]
        for value in pieces:
            text = re.sub(r"\s+", " ", value).strip()
            if pattern is not None:
                values = [(m.group(1) if pattern.groups else m.group(0)).strip() for m in pattern.finditer(text)]
            else:
                values = [text]
            out.extend(v for v in values if v and (not unique or v not in out))
    return out


_ENTRY_TAGS = ("a", "li")


def _inside_entry(el: lxml.html.HtmlElement, node: lxml.html.HtmlElement) -> bool:
    """``el`` sits inside another entry below ``node`` (a link inside a list item)."""
    for above in el.iterancestors():
        if above is node:
            return False
        if above.tag in _ENTRY_TAGS:
            return True
    return False


def _entries(node: lxml.html.HtmlElement) -> list[str] | None:
    """The entries a node lists, each apart: its links or list items when it holds two or more, else its lines
    broken by ``<br>`` when there are two or more; None for a node holding one value."""
    tags = [el for el in node.iterdescendants(*_ENTRY_TAGS) if not _inside_entry(el, node)]
    if len(tags) >= 2:
        return [" ".join(el.itertext()) for el in tags]
    if node.find(".//br") is None:
        return None
    copy = lxml.html.fromstring(lxml.html.tostring(node))
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = [line for line in copy.text_content().split("\n") if line.strip()]
    return lines if len(lines) >= 2 else None


def first_text(node: lxml.html.HtmlElement, selector: str | list[str]) -> str:
    """The first value ``selector`` reads, or ""."""
    return next(iter(_texts(node, selector)), "")


def reviews(doc: lxml.html.HtmlElement, extract: dict[str, Any]) -> list[Review]:
    """Reviews read with the site's ``reviews`` selectors (one per ``record`` node).

    A ``rating`` selector that reads several numbers in one review (RateMDs'
    staff, punctuality, helpfulness and knowledge) gives their mean.
    """
    rules: dict[str, Any] = extract.get("reviews") or {}
    if not rules.get("record"):
        return []
    out = []
    for node in doc.cssselect(rules["record"]):
        get = {key: (_texts(node, sel) or [""])[0] for key, sel in rules.items() if key not in ("record", "rating")}
        rating = _review_rating(_texts(node, rules["rating"], unique=False)) if rules.get("rating") else None
        if not get.get("text") and rating is None:
            continue
        out.append(
            Review(
                rating=rating.value if rating else None,
                scale=rating.scale if rating else 5.0,
                text=get.get("text", ""),
                date=iso_date(get.get("date", "")),
                author=get.get("author", ""),
                reply=get.get("reply", ""),
            )
        )
    return out


def _review_rating(values: list[str]) -> Rating | None:
    ratings = [r for r in (parse_rating(v) for v in values) if r is not None]
    if len(ratings) < 2:
        return ratings[0] if ratings else None
    scale = max(r.scale for r in ratings)
    return Rating(round(sum(r.value / r.scale * scale for r in ratings) / len(ratings), 2), scale)


def parse_address(text: str) -> Address:
    """A listed address in parts: ``usaddress`` first, the plain "street, City, ST 12345" shape as fallback."""
    from footprint.extract.entities import parse_address as tagged

    found = tagged(text)
    if found.city and found.state:
        return found
    m = ADDRESS.match(text.strip())
    if not m:
        return Address(street=text.strip())
    return Address(
        street=m.group("street").strip(" ,"),
        city=m.group("city").strip(),
        state=m.group("state"),
        postal_code=m.group("zip") or "",
    )


def records(doc: lxml.html.HtmlElement, extract: dict[str, Any], base_url: str = "") -> list[PersonRecord]:
    """Person records read with the site's ``record`` and ``fields`` selectors (see the module)."""
    selector = extract.get("record")
    fields: dict[str, Any] = extract.get("fields", {})
    if not fields:
        return []
    nodes = (doc.cssselect(selector) if selector else []) or [doc]
    out = []
    for node in nodes:
        get = {key: _texts(node, sel, items=key in _LISTED) for key, sel in fields.items() if not isinstance(sel, dict)}
        found = _record(get, _address_parts(node, fields.get("address")))
        if node is not doc:
            found = _with_own_markup(found, node, base_url)
        if found is not None:
            out.append(found)
    return out


# Fields whose one node may list several people: each link, list item or line is one of them.
_LISTED = {"relatives"}


def _address_parts(node: lxml.html.HtmlElement, parts: Any) -> list[Address]:
    """Addresses whose parts sit in separate elements (``address: {street: ..., city: ..., ...}``)."""
    if not isinstance(parts, dict):
        return []
    got = {key: _texts(node, sel, unique=False) for key, sel in parts.items()}
    out = []
    for i, street in enumerate(got.get("street", [])):

        def part(key: str, index: int = i) -> str:
            values = got.get(key, [])
            return values[index].strip(" ,") if index < len(values) else ""

        out.append(Address(street.strip(" ,"), part("city"), part("state"), part("postal_code")[:5]))
    return out + [parse_address(t) for t in got.get("text", [])]


def _record(get: dict[str, list[str]], addresses: list[Address]) -> PersonRecord | None:
    """One record from its field values; None when the fields found nothing at all."""
    if not any(get.values()) and not addresses:
        return None
    from footprint.identity import split_credentials

    names = get.get("name") or []
    phones = tuple(p for p in (normalise_phone(t) for t in get.get("phone", [])) if p)
    ages = [a for a in (age_in("Age " + t) for t in get.get("age", [])) if a]
    relatives = [n for t in get.get("relatives", []) for n in _split_names(t)]
    return PersonRecord(
        name=names[0] if names else "",
        credentials=split_credentials(get.get("credentials", [])),
        specialties=tuple(get.get("specialty", [])),
        addresses=_fullest([*addresses, *(parse_address(t) for t in get.get("address", []))]),
        phones=phones,
        age=ages[0] if ages else None,
        relatives=tuple(dict.fromkeys(relatives)),
        practice=(get.get("practice") or [""])[0],
        npi=next((t for t in get.get("npi", []) if re.fullmatch(r"\d{10}", t)), None),
        emails=tuple(dict.fromkeys(t.lower() for t in get.get("email", []))),
        birth_date=next((birth_date_in("born " + t) or t for t in get.get("birth_date", [])), ""),
        handle=(get.get("handle") or [""])[0],
    )


def _fullest(addresses: list[Address]) -> tuple[Address, ...]:
    """Each address once, street addresses first; a bare "City, ST" only when no street address there says more."""
    streets = {(a.city.lower(), a.state.upper()) for a in addresses if a.street}
    kept = [a for a in addresses if a.street or (a.city.lower(), a.state.upper()) not in streets]
    return tuple(dict.fromkeys(sorted(kept, key=lambda a: not a.street)))


def _split_names(text: str) -> list[str]:
    """Relatives listed in one value ("Ann Roe, Bo Roe • Cy Roe...") as names."""
    parts = re.split(r"\s*(?:,|;|•|\.\.\.|…)\s*", text)
    return [p.strip() for p in parts if p.strip()[:1].isupper()]


def _with_own_markup(found: PersonRecord | None, node: lxml.html.HtmlElement, base_url: str) -> PersonRecord | None:
    """A card that carries its own JSON-LD (US News listings): that markup describes this record."""
    scripts = node.cssselect('script[type="application/ld+json"]')
    if not scripts:
        return found
    from footprint.extract import structured

    fragment = "".join(lxml.html.tostring(s, encoding="unicode") for s in scripts)
    people = structured.read(f"<html><head>{fragment}</head></html>", base_url).people
    if not people:
        return found
    own = people[0]
    if found is None:
        return own
    return PersonRecord(
        name=own.name or found.name,
        credentials=tuple(dict.fromkeys((*found.credentials, *own.credentials))),
        specialties=tuple(dict.fromkeys((*own.specialties, *found.specialties))),
        addresses=tuple(dict.fromkeys((*own.addresses, *found.addresses))),
        phones=tuple(dict.fromkeys((*own.phones, *found.phones))),
        emails=tuple(dict.fromkeys((*own.emails, *found.emails))),
        npi=own.npi or found.npi,
        age=own.age if own.age is not None else found.age,
        birth_date=own.birth_date or found.birth_date,
        relatives=tuple(dict.fromkeys((*own.relatives, *found.relatives))),
        practice=own.practice or found.practice,
        handle=own.handle or found.handle,
    )


def has_class(name: str) -> str:
    """An XPath test that an element's class attribute holds the class ``name`` as a whole word."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Where a page keeps its story or post: HTML5's <article> and <main>, schema.org's articleBody, and the classes blog
# engines give a post's body (WordPress's and hAtom's "entry-content", Blogger's "post-body").
_CONTENT = (
    "//article",
    "//main",
    "//*[@itemprop='articleBody']",
    f"//*[{has_class('entry-content')}]",
    f"//*[{has_class('post-body')}]",
)


def in_content(tail: str) -> str:
    """An XPath for what ``tail`` finds inside the page's story or post ("//img", "//p")."""
    return " | ".join(f"{c}{tail}" for c in _CONTENT)
