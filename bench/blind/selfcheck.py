"""Check that the corpus web behaves as the real sites would, before trusting a score.

    python bench/blind/selfcheck.py

Builds nothing: it reads the committed corpus, starts the server and asserts what a client
would notice: pages and their types, robots.txt per host, 404s, redirects, the search engine's
matching and paging, the registry's filters and error shapes, and that every label agrees with
its host's robots.txt. Exits 1 naming the first check that fails.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import urllib.robotparser
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from blind.server import HERE, CorpusServer


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def check(name: str, ok: bool) -> None:
    if not ok:
        raise SystemExit(f"selfcheck: FAILED {name}")


def page_only_word(web: CorpusServer) -> tuple[str, str]:
    """A word of one result's page that no result's title, snippet or URL has, and that page's URL."""
    shown = {w for r in web.corpus.results for w in r.text.split()}
    pages = Counter(w for r in web.corpus.results for w in set(r.body.split()))
    for r in web.corpus.results:
        for word in r.body.split():
            if len(word) >= 8 and word.isalpha() and word not in shown and pages[word] == 1:
                return word, r.url
    raise SystemExit("selfcheck: FAILED no page has a word of its own")


def main() -> None:
    with CorpusServer() as web:
        b = web.base
        status, headers, body = get(f"{b}/h/www.healthgrades.com/physician/dr-marisol-okonkwo-reyes-xk7r2")
        check("a page is served as HTML", status == 200 and headers["Content-Type"].startswith("text/html"))
        check("the page is the rendered one", b"Okonkwo-Reyes" in body)
        check("unknown paths are 404", get(f"{b}/h/www.healthgrades.com/physician/nobody")[0] == 404)
        check("facebook forbids crawlers", b"Disallow: /" in get(f"{b}/h/www.facebook.com/robots.txt")[2])
        status, headers, _ = get(f"{b}/h/twitter.com/billhargrovedo")
        check("twitter.com redirects to x.com on the mirror", status == 301 and "/h/x.com/" in headers["Location"])
        status, headers, _ = get(f"{b}/h/www.healthgrades.com/PHYSICIAN/dr-marisol-okonkwo-reyes-xk7r2")
        check("a case variant redirects to the page", status == 301)
        reordered = f"{b}/h/www.healthgrades.com/usearch?where=Austin%2C+TX&what=Ann+Lee"
        check("query parameters in any order", get(reordered)[0] == 200)
        query = urlencode({"q": '"Ann Lee" site:ratemds.com', "format": "json"})
        search = json.loads(get(f"{b}/search?{query}")[2])
        hosts = {urlsplit(r["url"]).hostname for r in search["results"]}
        check("site: filters results", hosts == {"www.ratemds.com"})
        page2 = json.loads(get(f"{b}/search?{urlencode({'q': 'Ann Lee', 'format': 'json', 'pageno': 2})}")[2])
        check("pageno pages through results", 0 < len(page2["results"]) <= 10)
        check("other formats are refused", get(f"{b}/search?q=x&format=csv")[0] == 403)
        word, url = page_only_word(web)
        quoted = urlencode({"q": '"' + word + '"', "format": "json"})
        found = json.loads(get(f"{b}/search?{quoted}")[2])["results"]
        hit = [r for r in found if r["url"] == url]
        check("a word only in a page's text finds the page", bool(hit))
        check("its snippet is the page's words around it", bool(hit) and word in hit[0]["content"].lower())
        snippets = CorpusServer(engine="snippets").corpus
        check("the snippets engine indexes no page text", not any(r.body for r in snippets.results))
        npi = json.loads(get(f"{b}/npi/api/?version=2.1&first_name=Peggy&last_name=Doyle")[2])
        check("first-name aliases", {r["number"] for r in npi["results"]} == {1023338621, 1093050676})
        bad = json.loads(get(f"{b}/npi/api/?version=2.1&state=TX")[2])
        check("state alone is an error", bad["Errors"][0]["field"] == "state")
        short = json.loads(get(f"{b}/npi/api/?version=2.1&last_name=L*")[2])
        check("short wildcard is an error", "Errors" in short)
    for labels in HERE.glob("*/*/labels.json"):
        robots = json.loads((HERE / "robots.json").read_text(encoding="utf-8"))
        for url, label in json.loads(labels.read_text(encoding="utf-8")).items():
            parser = urllib.robotparser.RobotFileParser()
            parser.parse(robots.get(urlsplit(url).hostname, robots["_default"]).splitlines())
            agrees = parser.can_fetch("footprint", url) == label["fetchable"]
            check(f"robots.txt agrees with the label of {url}", agrees)
    # One NPI is one physician across the corpus: two physicians sharing a number make the corpus registry answer
    # one with the other's record (the sixteenth batch's first Leung carried Sokolov's number).
    owners: dict[int, set[tuple[str, str]]] = {}
    for answer in HERE.glob("*/*/npi.json"):
        for record in json.loads(answer.read_text(encoding="utf-8")).get("results", []):
            basic = record.get("basic", {})
            owners.setdefault(record["number"], set()).add((basic.get("first_name", ""), basic.get("last_name", "")))
    shared = sorted(n for n, names in owners.items() if len(names) > 1)
    check(f"each NPI belongs to one physician (shared: {shared[:3]})", not shared)
    print("selfcheck: ok")


if __name__ == "__main__":
    main()
