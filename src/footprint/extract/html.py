"""HTML pages: parse once, drop what is not about the subject, read fields by selector.

A site definition's ``extract.ignore`` names blocks to drop before anything
is read (sponsored "featured" doctors, "similar doctors" lists, city-wide
averages). ``extract.record`` and ``extract.fields`` read person records on
listing pages (people-search cards) with CSS selectors.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from footprint.extract.entities import age_in, birth_date_in, iso_date, normalise_phone
from footprint.extract.ratings import parse_rating
from footprint.models import Address, PersonRecord, Review

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


def visible_text(doc: lxml.html.HtmlElement) -> str:
    for node in doc.xpath("//script|//style|//noscript|//template"):
        node.drop_tree()
    return re.sub(r"\s+", " ", doc.text_content()).strip()


def title(doc: lxml.html.HtmlElement) -> str:
    found = doc.findtext(".//title") or ""
    return re.sub(r"\s+", " ", found).strip()


def links(doc: lxml.html.HtmlElement, base_url: str) -> list[str]:
    """The page's http(s) links, absolute, without fragments, each once, in page order."""
    # Dicts, not a list: a listing of 100,000 links must not cost 100,000 scans of a list;
    # and each distinct href is resolved once, however often the page repeats it.
    out: dict[str, None] = {}
    base = urlsplit(base_url)
    origin = f"{base.scheme}://{base.netloc}"
    for href in dict.fromkeys(str(h).strip() for h in doc.xpath("//a/@href")):
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


def _texts(node: lxml.html.HtmlElement, selector: str) -> list[str]:
    """Texts of the nodes ``selector`` picks; "css@attr" reads that attribute instead."""
    css, _, attr = selector.rpartition("@") if "@" in selector else (selector, "", "")
    out = []
    for found in node.cssselect(css):
        value = found.get(attr, "") if attr else found.text_content()
        text = re.sub(r"\s+", " ", value).strip()
        if text:
            out.append(text)
    return out


def reviews(doc: lxml.html.HtmlElement, extract: dict[str, Any]) -> list[Review]:
    """Reviews read with the site's ``reviews`` selectors (one per ``record`` node)."""
    rules: dict[str, str] = extract.get("reviews") or {}
    if not rules.get("record"):
        return []
    out = []
    for node in doc.cssselect(rules["record"]):
        get = {key: (_texts(node, sel) or [""])[0] for key, sel in rules.items() if key != "record"}
        rating = parse_rating(get["rating"]) if get.get("rating") else None
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


def records(doc: lxml.html.HtmlElement, extract: dict[str, Any]) -> list[PersonRecord]:
    """Person records read with the site's ``record`` and ``fields`` selectors."""
    selector = extract.get("record")
    fields: dict[str, str] = extract.get("fields", {})
    if not fields:
        return []
    nodes = doc.cssselect(selector) if selector else [doc]
    out = []
    for node in nodes:
        get = {key: _texts(node, sel) for key, sel in fields.items()}
        names = get.get("name") or []
        if not names:
            continue
        phones = tuple(p for p in (normalise_phone(t) for t in get.get("phone", [])) if p)
        ages = [a for a in (age_in("Age " + t) for t in get.get("age", [])) if a]
        out.append(
            PersonRecord(
                name=names[0],
                credentials=tuple(get.get("credentials", [])),
                specialties=tuple(get.get("specialty", [])),
                addresses=tuple(parse_address(t) for t in get.get("address", [])),
                phones=phones,
                age=ages[0] if ages else None,
                relatives=tuple(dict.fromkeys(get.get("relatives", []))),
                practice=(get.get("practice") or [""])[0],
                npi=next((t for t in get.get("npi", []) if re.fullmatch(r"\d{10}", t)), None),
                emails=tuple(dict.fromkeys(t.lower() for t in get.get("email", []))),
                birth_date=next((birth_date_in("born " + t) or t for t in get.get("birth_date", [])), ""),
                handle=(get.get("handle") or [""])[0],
            )
        )
    return out
