"""OpenGraph tags read exactly as extruct reads them, for pages whose only markup they are.

Importing extruct costs more than reading a page: it loads its microformats
reader (BeautifulSoup, html5lib) and its RDFa reader (rdflib) whatever
syntaxes are asked for. A page with no JSON-LD, microdata or RDFa (an
account page, most often) is read here instead, with extruct's own parser
settings, XPath expressions and uniform form (``extruct.opengraph`` and
``extruct.uniform._uopengraph``, extruct 0.18), so the result is the same;
``tests/extract/test_opengraph.py`` compares the two.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

_PREFIX = re.compile(r"\s*(\w+):\s*([^\s]+)")
_NAMESPACES = {
    "og": "http://ogp.me/ns#",
    "music": "http://ogp.me/ns/music#",
    "video": "http://ogp.me/ns/video#",
    "article": "http://ogp.me/ns/article#",
    "book": "http://ogp.me/ns/book#",
    "profile": "http://ogp.me/ns/profile#",
    "product": "http://ogp.me/ns/product#",
}
# What extruct's JSON-LD and microdata readers look for: a page with neither has nothing for them.
_JSON_LD = lxml.etree.XPath('descendant-or-self::script[@type="application/ld+json"]')
_MICRODATA = lxml.etree.XPath("descendant-or-self::*[@itemscope]")


def parse(html: str) -> lxml.html.HtmlElement:
    """The page as extruct parses it for JSON-LD, microdata and OpenGraph."""
    return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(encoding="UTF-8"))


def only_opengraph(tree: lxml.html.HtmlElement) -> bool:
    """True when the page has no JSON-LD script and no microdata item (RDFa is the caller's to rule out)."""
    return not _JSON_LD(tree) and not _MICRODATA(tree)


def read(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """extruct's uniform ``opengraph`` list for the page: one dict per <head> with properties."""
    return [_uniform(found) for found in _items(tree)]


def _items(document: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    out = []
    for head in document.xpath("//head"):
        html_elems = document.head.xpath("parent::html")
        namespaces = _namespaces(html_elems[0]) if html_elems else {}
        namespaces.update(_namespaces(head))
        props = []
        for el in head.xpath("meta[@property and @content]"):
            prop = el.attrib["property"]
            value = el.attrib["content"]
            ns = prop.partition(":")[0]
            if ns in _NAMESPACES:
                namespaces[ns] = _NAMESPACES[ns]
            if ns in namespaces:
                props.append((prop, value))
        if props:
            out.append({"namespace": namespaces, "properties": props})
    return out


def _namespaces(element: lxml.html.HtmlElement) -> dict[str, str]:
    return dict(_PREFIX.findall(element.attrib.get("prefix", "")))


def _uniform(found: dict[str, Any]) -> dict[str, Any]:
    """The first non-empty value of each property; og:type as @type; the namespaces as @context."""
    flattened: dict[str, Any] = {}
    for key, value in found["properties"]:
        kept = flattened.get(key)
        if key not in flattened or (value and value.strip() and (not kept or not kept.strip())):
            flattened[key] = value
    kind = flattened.pop("og:type", None)
    if kind:
        flattened["@type"] = kind
    flattened["@context"] = found["namespace"]
    return flattened
