"""Links that pay their writer a commission, marked in the text where they stand.

A doctor's blog recommends "RadiaCalm Barrier Balm" and links it to Amazon with the writer's associate tag
(``?tag=rozpicks-20``), or through a shortener or a shopping network (amzn.to, ShopMy, LTK, rstyle.me): a reader sees
only the product's name, and the page's words alone say nothing of the money. The FTC's endorsement guides count such
a link as a material connection to disclose. Each is marked right after its words, "[a link that pays its writer a
commission: tag rozpicks-20]", so what the page says about the product is read with it (``assess`` words
"promotion").
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import lxml.html

MARK = "a link that pays its writer a commission"
# Amazon's associate tag ("tag=<id>-20"), and the shorteners and networks that stand for an affiliate's link.
_AMAZON = re.compile(r"(?:^|\.)amazon\.(?:com|ca|co\.uk|de|fr|it|es|com\.au|in)$")
_NETWORKS = re.compile(
    r"(?:^|\.)(?:amzn\.to|shopmy\.us|liketoknow\.it|ltk\.app|rstyle\.me|shopstyle\.it|howl\.me|go\.skimresources\.com"
    r"|click\.linksynergy\.com|awin1\.com|shareasale\.com|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net"
    r"|goaff\.pro|refersion\.com|impact\.com|sjv\.io)$"
)


def commission(href: str) -> str:
    """What makes ``href`` an affiliate's link ("tag rozpicks-20", "amzn.to"), or "" for any other link."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if _AMAZON.search(host):
        tag = parse_qs(parts.query).get("tag", [""])[0]
        return f"tag {tag}" if re.fullmatch(r"[\w.-]{2,40}", tag or "") else ""
    found = _NETWORKS.search(host)
    return found.group().lstrip(".") if found else ""


def mark(doc: lxml.html.HtmlElement) -> None:
    """Write the mark after each affiliate link's words, in ``doc`` itself."""
    for a in doc.xpath("//a[@href]"):
        why = commission(str(a.get("href") or ""))
        if why:
            a.tail = f" [{MARK}: {why}]" + (a.tail or "")
