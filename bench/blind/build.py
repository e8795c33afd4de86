"""Render the blind corpus from its sources.

The sources are `_src/physicians/*.yaml` (one fictional physician each: what a
user would type, the NPI registry answers, the search results, the pages and
their labels) and `_src/templates/*.html.j2` (one per real site and layout,
written from public descriptions of each site's structure; see SOURCES.md).
This script writes, per physician, `<split>/<slug>/` with `subject.json`,
`npi.json`, `search.json`, `manifest.json`, `labels.json` and `pages/`, plus
`robots.json` (the robots.txt each host serves).

    python bench/blind/build.py          # rewrite dev/ and held_out/
    python bench/blind/build.py --check  # fail if the committed corpus differs

The split is fixed in each YAML file (`split:`) and was decided before any
scan was run; never move a physician between splits.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import urllib.robotparser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from apis import derive
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

HERE = Path(__file__).resolve().parent
SRC = HERE / "_src"
SPLITS = ("dev", "held_out")
CATEGORIES = frozenset(
    [
        "patient_information",
        "review_reply_risk",
        "boundary_violation",
        "online_medical_advice",
        "home_address",
        "personal_phone",
        "personal_email",
        "family_information",
        "birth_date",
        "location_exposure",
        "tagged_photo",
        "substance_imagery",
        "personal_comment",
        "offensive_content",
        "personal_profile_public",
        "negative_review",
        "listing_inconsistency",
        "duplicate_or_unclaimed_profile",
        "impersonation",
        "undisclosed_conflict",
        "disciplinary_action",
    ]
)
PAGE_TYPES = frozenset(
    [
        "ratings_profile",
        "ratings_listing",
        "directory_profile",
        "directory_listing",
        "people_search_list",
        "people_search_detail",
        "social_profile",
        "social_post",
        "video",
        "news_article",
        "trade_press",
        "blog_post",
        "practice_site",
        "hospital_directory",
        "forum_thread",
        "board_action",
        "board_lookup",
        "conference_speakers",
        "community_page",
        "university_page",
        "redirect",
        "dead_link",
        "other",
    ]
)
ROBOTS_UA = "footprint"


def npi_ok(npi: str) -> bool:
    """NPI check digit: Luhn over the number prefixed with 80840."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + npi)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def js_string(value: Any) -> str:
    """A JSON document as a JavaScript string literal, as in `JSON.parse("...")`."""
    text = json.dumps(json.dumps(value, ensure_ascii=False), ensure_ascii=False)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element (the escaping real frameworks use)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(SRC / "templates")),
        autoescape=select_autoescape(["j2", "html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["jsstr"] = js_string
    env.filters["sjson"] = script_json
    env.filters["stars"] = lambda v: "★" * round(float(v)) + "☆" * (5 - round(float(v)))
    return env


def file_name(index: int, url: str, ctype: str) -> str:
    parts = urlsplit(url)
    tail = re.sub(r"[^A-Za-z0-9]+", "-", (parts.path + "-" + parts.query).strip("/-"))[:60].strip("-")
    ext = ".json" if "json" in ctype else ".txt" if ctype.startswith("text/plain") else ".html"
    return f"{index:02d}-{parts.hostname}-{tail or 'root'}{ext}"


class Corpus:
    def __init__(self) -> None:
        self.env = environment()
        self.robots: dict[str, str] = yaml.safe_load((SRC / "robots.yaml").read_text(encoding="utf-8"))
        self.seen_urls: dict[str, str] = {}
        self.errors: list[str] = []

    def robots_allows(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        text = self.robots.get(host, self.robots["_default"])
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        return parser.can_fetch(ROBOTS_UA, url)

    def render(self, spec: dict[str, Any], out: Path) -> None:
        slug = spec["slug"]
        persons = spec.get("persons", {})
        pages_dir = out / "pages"
        pages_dir.mkdir(parents=True)
        manifest: dict[str, dict[str, Any]] = {}
        labels: dict[str, dict[str, Any]] = {}
        for index, page in enumerate(spec["pages"] + derive(spec), start=1):
            url = page["url"]
            if url in self.seen_urls:
                self.errors.append(f"{slug}: {url} already served for {self.seen_urls[url]}")
            self.seen_urls[url] = slug
            status = int(page.get("status", 200))
            ctype = page.get("ctype", "text/html; charset=utf-8")
            entry: dict[str, Any] = {"status": status, "content_type": ctype}
            if "location" in page and 300 <= status < 400:
                # Only a redirect has a Location; on other pages `location` is a template field (a place).
                entry["location"] = page["location"]
            if page.get("ignore_query"):
                entry["ignore_query"] = True
            if page.get("same_body"):
                entry["file"] = manifest[page["label"]["alias_of"]]["file"]
            elif "raw_json" in page or "raw" in page:
                name = file_name(index, url, ctype)
                raw = page.get("raw")
                text = raw if isinstance(raw, str) else json.dumps(page["raw_json"], indent=1, ensure_ascii=False)
                (pages_dir / name).write_text(text, encoding="utf-8")
                entry["file"] = name
            elif page.get("tpl"):
                doc = page.get("doc")
                if isinstance(doc, str):
                    doc = persons[doc]
                elif isinstance(doc, dict) and "base" in doc:
                    doc = {**persons[doc["base"]], **{k: v for k, v in doc.items() if k != "base"}}
                context = {**page, "doc": doc, "P": persons, "url": url, "parts": urlsplit(url)}
                body = self.env.get_template(page["tpl"] + ".html.j2").render(**context)
                name = file_name(index, url, ctype)
                (pages_dir / name).write_text(body, encoding="utf-8")
                entry["file"] = name
            manifest[url] = entry
            labels[url] = self.label(slug, url, page)
        for url, label in labels.items():
            if label.get("alias_of") and label["alias_of"] not in manifest:
                self.errors.append(f"{slug}: {url} is an alias of {label['alias_of']}, which is not served")
        search = spec.get("search", [])
        for result in search:
            if result["url"] not in manifest:
                self.errors.append(f"{slug}: search result {result['url']} has no page in the manifest")
        records = [self.npi_record(r, persons) for r in spec.get("npi", [])]
        subject = spec["subject"]
        if subject.get("npi") and not npi_ok(subject["npi"]):
            self.errors.append(f"{slug}: subject NPI {subject['npi']} fails its check digit")
        self.write_json(out / "subject.json", subject)
        self.write_json(out / "npi.json", {"result_count": len(records), "results": records})
        self.write_json(out / "search.json", search)
        self.write_json(out / "manifest.json", manifest)
        self.write_json(out / "labels.json", labels)

    def label(self, slug: str, url: str, page: dict[str, Any]) -> dict[str, Any]:
        raw = page["label"]
        label = {
            "about_subject": bool(raw["about"]),
            "fetchable": bool(raw.get("fetchable", True)),
            "page_type": raw["type"],
            "expected": sorted(raw.get("expected", [])),
            "acceptable": sorted(raw.get("acceptable", [])),
            "must_not_flag": sorted(raw.get("must_not", [])),
            "why": raw["why"].strip(),
        }
        if raw.get("alias_of"):
            label["alias_of"] = raw["alias_of"]
        where = f"{slug}: {url}"
        if label["page_type"] not in PAGE_TYPES:
            self.errors.append(f"{where}: unknown page_type {label['page_type']}")
        for key in ("expected", "acceptable", "must_not_flag"):
            for cat in label[key]:
                if cat not in CATEGORIES:
                    self.errors.append(f"{where}: unknown category {cat} in {key}")
        if set(label["expected"]) & set(label["must_not_flag"]) or set(label["acceptable"]) & set(
            label["must_not_flag"]
        ):
            self.errors.append(f"{where}: a category is both wanted and forbidden")
        if not label["about_subject"] and (label["expected"] or label["acceptable"]):
            self.errors.append(f"{where}: a page not about the subject cannot expect findings")
        allowed = self.robots_allows(url)
        if allowed != label["fetchable"]:
            self.errors.append(f"{where}: fetchable={label['fetchable']} but robots.txt says {allowed}")
        return label

    def npi_record(self, raw: dict[str, Any], persons: dict[str, Any]) -> dict[str, Any]:
        person = {**persons.get(raw.get("person", ""), {}), **raw.get("override", {})}
        npi = str(raw["npi"])
        if not npi_ok(npi):
            self.errors.append(f"NPI {npi} fails its check digit")

        def address(purpose: str, a: dict[str, Any]) -> dict[str, Any]:
            return {
                "country_code": "US",
                "country_name": "United States",
                "address_purpose": purpose,
                "address_type": "DOM",
                "address_1": a["street"].upper(),
                "address_2": a.get("suite", "").upper(),
                "city": a["city"].upper(),
                "state": a["state"],
                "postal_code": a["zip"],
                "telephone_number": a.get("npi_phone", a.get("phone", "")),
                "fax_number": a.get("fax", ""),
            }

        basic = {
            "first_name": person["first"].upper(),
            "last_name": person["last"].upper(),
            "middle_name": person.get("middle", "").upper(),
            "credential": raw.get("credential", person.get("cred", "")),
            "sole_proprietor": "NO",
            "gender": raw.get("gender", "F"),
            "enumeration_date": raw["enumerated"],
            "last_updated": raw["updated"],
            "status": "A",
            "name_prefix": raw.get("prefix", "Dr."),
            "name_suffix": raw.get("suffix", "--"),
        }
        basic = {k: v for k, v in basic.items() if v != ""}
        mailing = raw.get("mailing", person)
        taxonomy = raw["taxonomy"]
        return {
            "enumeration_type": "NPI-1",
            "number": int(npi),
            "last_updated_epoch": raw.get("updated_epoch", 1700000000),
            "created_epoch": raw.get("created_epoch", 1200000000),
            "basic": basic,
            "other_names": raw.get("other_names", []),
            "addresses": [address("LOCATION", person), address("MAILING", {**person, **mailing})],
            "practiceLocations": [],
            "taxonomies": [
                {
                    "code": taxonomy["code"],
                    "taxonomy_group": "",
                    "desc": taxonomy["desc"],
                    "state": taxonomy.get("state", person["state"]),
                    "license": taxonomy["license"],
                    "primary": True,
                }
            ],
            "identifiers": [],
            "endpoints": [],
        }

    @staticmethod
    def write_json(path: Path, value: Any) -> None:
        path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build(target: Path) -> list[str]:
    corpus = Corpus()
    for split in SPLITS:
        shutil.rmtree(target / split, ignore_errors=True)
    for source in sorted((SRC / "physicians").glob("*.yaml")):
        spec = yaml.safe_load(source.read_text(encoding="utf-8"))
        if spec["split"] not in SPLITS:
            corpus.errors.append(f"{source.name}: split must be one of {SPLITS}")
            continue
        corpus.render(spec, target / spec["split"] / spec["slug"])
    Corpus.write_json(target / "robots.json", corpus.robots)
    return corpus.errors


def tree(root: Path) -> dict[str, bytes]:
    files = [p for split in SPLITS for p in (root / split).rglob("*") if p.is_file()]
    files.append(root / "robots.json")
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.exists()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="build into a temporary folder and compare")
    args = parser.parse_args(argv)
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            errors = build(Path(tmp))
            if not errors and tree(Path(tmp)) != tree(HERE):
                errors.append("the committed corpus differs from its sources: run bench/blind/build.py")
    else:
        errors = build(HERE)
    for error in errors:
        print(f"build: {error}", file=sys.stderr)
    if errors:
        return 1
    count = sum(1 for _ in HERE.glob("*/*/pages/*")) if not args.check else 0
    print(f"build: ok{f' ({count} page bodies)' if count else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
