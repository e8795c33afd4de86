"""Today's real web: every page of ``tests/data/real_web`` through the catalog's definition for its site.

The pages and their ``.expected.json`` were written by a research helper
from public evidence (``docs/evidence/``), without reading our definitions.
Each case goes through what a scan does with the answer, in the fetcher's
order: the username check's absent signal first, then block detection
(captchas, login walls), then the presence check or the extract stage with
the site's definition. The expected values are compared after the cleaning
``tests/data/real_web/README.md`` describes (whitespace, titles and
credentials around names, phone formats).

Keys of an expected file that footprint does not read are listed in
``NOT_READ`` with why; cases that are not a site definition's business are in
``NOT_A_DEFINITION``. Neither list may hide a key a definition should read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from protego import Protego

from footprint import usernames
from footprint.extract import extract
from footprint.extract.entities import normalise_phone
from footprint.extract.html import parse_address
from footprint.fetch import blocks, http_status
from footprint.identity import fold, split_credentials
from footprint.models import Address, CoverageStatus, Extracted, Page, Parser, PersonRecord, Probe
from footprint.models import ProbePurpose as Purpose
from footprint.models import ProbeSource as Source
from footprint.sites import SiteDefinition, by_id
from footprint.sites.presence import Verdict, decisive, judge_username

REAL_WEB = Path(__file__).resolve().parents[1] / "data" / "real_web"
USER_AGENT = "footprint"

# Keys the expected files carry that footprint has no field for, and why.
NOT_READ = {
    "aliases": "PersonRecord has no alias field: other names are not kept",
    "hospital_affiliations": "PersonRecord has no hospital field",
    "business_id": "a business id is not kept",
    "next_page": "footprint reads the first page of a site's search only",
    "username": "the handle a case was checked for (it becomes the probe's handle)",
    "ratings_source": "which site's ratings a page repeats: footprint does not link profiles across sites",
    "same_profile_as": "footprint does not link profiles across sites",
}
# Cases whose answer no site definition reads: each is read by the test file named, or by nothing
# because footprint does not use that endpoint (said why). They are not parametrized below.
NOT_A_DEFINITION = {
    "brave": "tests/search/test_search_real_web.py",
    "duckduckgo": "tests/search/test_search_real_web.py",
    "searxng": "tests/search/test_search_real_web.py",
    "open_payments": "tests/sites/test_datasets.py",
    "google_business": "tests/extract/test_places_api.py",
    "npi_registry": "tests/identity/test_npi_real_web.py",
    "x/username_available": "unused: api.x.com's availability endpoint (x.com forbids crawlers)",
    "x/username_taken": "unused: api.x.com's availability endpoint (x.com forbids crawlers)",
    "ratemds/api_listing_json": "unused: a city listing's JSON (footprint reads the doctor's own profile)",
    "tiktok/oembed_absent": "unused: TikTok's oEmbed (footprint reads the profile page's statusCode)",
    "tiktok/oembed_present": "unused: TikTok's oEmbed (footprint reads the profile page's statusCode)",
}


@dataclass(frozen=True)
class Case:
    site: str
    name: str
    expected: dict[str, Any]
    body_path: Path

    @property
    def id(self) -> str:
        return f"{self.site}/{self.name}"


def _cases() -> list[Case]:
    out = []
    for path in sorted(REAL_WEB.glob("*/*.expected.json")):
        stem = path.name.removesuffix(".expected.json")
        bodies = [p for p in path.parent.glob(stem + ".*") if not p.name.endswith(".expected.json")]
        assert len(bodies) == 1, f"{path}: one answer file expected beside it, found {bodies}"
        out.append(Case(path.parent.name, stem, json.loads(path.read_text(encoding="utf-8")), bodies[0]))
    return out


CASES = _cases()


def _skip_reason(case: Case) -> str | None:
    return NOT_A_DEFINITION.get(case.id) or NOT_A_DEFINITION.get(case.site)


# -- cleaning ---------------------------------------------------------------
def clean_name(text: str) -> str:
    """A written name without a title before it or credentials after a comma, folded."""
    head, _, tail = text.partition(",")
    if tail and split_credentials([tail]) and not re.search(r"\d", tail):
        text = head
    words = fold(text).split()
    while words and words[0] in ("dr", "doctor"):
        words.pop(0)
    return " ".join(words)


def _street(text: str) -> str:
    return re.sub(r"\bsuite\b", "ste", fold(text))


def _address_fits(found: Address, wanted: dict[str, str]) -> bool:
    checks = {
        "street": lambda: _street(found.street) == _street(wanted["street"]),
        "city": lambda: fold(found.city) == fold(wanted["city"]),
        "state": lambda: found.state.upper() == wanted["state"].upper(),
        "postal_code": lambda: found.postal_code[:5] == wanted["postal_code"][:5],
    }
    return all(checks[k]() for k in wanted if k in checks)


def _written_address(text: str) -> dict[str, str]:
    parts = parse_address(text)
    return {k: v for k, v in (("street", parts.street), ("city", parts.city), ("state", parts.state)) if v}


def _phones(person: PersonRecord) -> set[str]:
    return {p for p in (normalise_phone(x) for x in person.phones) if p}


def _said(data: Extracted) -> list[str]:
    """Everything read from a page that names someone: people, reviews."""
    said = []
    for p in data.people:
        said += [p.name, *p.relatives, *p.phones, *p.emails, p.npi or "", p.practice]
        said += [a.one_line() for a in p.addresses]
    for r in data.reviews:
        said += [r.text, r.author, r.reply]
    return [s for s in said if s]


# -- running a case -----------------------------------------------------------
def _content_type(case: Case) -> str:
    headers = {k.lower(): v for k, v in case.expected.get("headers", {}).items()}
    if "content-type" in headers:
        return str(headers["content-type"]).split(";")[0].strip()
    return {".json": "application/json", ".txt": "text/plain"}.get(case.body_path.suffix, "text/html")


def _username_check_applies(site: SiteDefinition, case: Case) -> bool:
    """True when the case's URL is the one the definition's username check fetches."""
    check = site.username
    handle = case.expected.get("username", "")
    if check is None or not handle:
        return False
    try:
        urls = {check.url.format(handle=handle), check.api_url.format(handle=handle) if check.api_url else ""}
    except KeyError:  # a federated check ({user}@{instance}) is not a page of one host
        return False
    wanted = case.expected.get("redirected_from") or case.expected["url"]
    return wanted.rstrip("/") in {u.rstrip("/") for u in urls if u}


def _probe(site: SiteDefinition, case: Case, username: bool) -> Probe:
    url = case.expected["url"]
    if username:
        assert site.username is not None
        parser = site.username.parser if site.username.api_url else Parser.HTML
        return Probe(site.id, url, Purpose.USERNAME, Source.HANDLE, site.page_kind, parser=parser,
                     accept_status=site.username.absent_status, handle=case.expected["username"])  # fmt: skip
    if case.expected["kind"] == "api":
        request = str(case.expected.get("request", {}).get("url", ""))
        profile = next((u for u in _profile_urls(site, request) if site.reviews_api_for(u) == request), "")
        if profile:  # more reviews of a profile page (RateMDs' ?json=true&page=N)
            return Probe(site.id, url, Purpose.API, Source.LINK, site.page_kind, parser=Parser.REVIEWS_JSON,
                         origin_url=profile)  # fmt: skip
        return Probe(site.id, url, Purpose.API, Source.LINK, site.page_kind, parser=_api_parser(site, url))
    purpose = Purpose.LISTING if case.expected["kind"] == "listing" else Purpose.PROFILE
    return Probe(site.id, url, purpose, Source.SITE_SEARCH, site.page_kind)


def _profile_urls(site: SiteDefinition, api_url: str) -> list[str]:
    """The profile URLs an API URL may stand for: itself without its query, with or without a trailing slash."""
    base = api_url.split("?", 1)[0].rstrip("/")
    return [base, base + "/"] if api_url else []


def _api_parser(site: SiteDefinition, url: str) -> Parser:
    """The parser of the definition's API route whose URL template ``url`` fills (else its search parser)."""
    for route in site.api:
        pieces = [p for p in re.split(r"\{[^}]*\}", route.url) if p]
        if pieces and all(p in url for p in pieces):
            return route.parser
    return site.search_parser


def _final_url(case: Case) -> str:
    return str(case.expected.get("redirect_to") or case.expected["url"])


def _verdict(site: SiteDefinition, case: Case, body: str) -> Verdict | CoverageStatus:
    """What the fetcher and the username check make of the answer: a block, or present/absent/unknown.

    The order is the fetcher's (``fetch/fetcher.py``): the definition's own signal, then block markers.
    """
    check = site.username
    status, url = case.expected["http_status"], _final_url(case)
    headers = {k.lower(): v for k, v in case.expected.get("headers", {}).items()}
    decided = decisive(check, status, url, body) if check is not None else None
    if decided is not None:
        return decided
    block = blocks.detect(status, url, body, site, headers)
    if block is not None:
        return block
    assert check is not None
    return judge_username(check, status, url, body)


DEFINITION_CASES = [c for c in CASES if not _skip_reason(c)]


@pytest.fixture(params=DEFINITION_CASES, ids=[c.id for c in DEFINITION_CASES])
def case(request: pytest.FixtureRequest) -> Case:
    found: Case = request.param
    return found


def test_every_case_no_definition_reads_is_read_by_the_test_named_or_unused() -> None:
    root = Path(__file__).resolve().parents[2]
    for key, where in NOT_A_DEFINITION.items():
        site, _, name = key.partition("/")
        assert any(c.site == site and (not name or c.name == name) for c in CASES), f"{key}: no such case"
        if where.startswith("unused: "):
            continue
        text = (root / where).read_text(encoding="utf-8")
        assert f'case("{site}"' in text or f"real_web/{site}" in text, f"{where} does not read {site}"


def test_real_web_case(case: Case) -> None:
    expected = case.expected
    kind = expected["kind"]
    body = case.body_path.read_text(encoding="utf-8")
    if kind == "robots":
        _check_robots(case, body)
        return
    site = by_id()[case.site]
    headers = {k.lower(): v for k, v in expected.get("headers", {}).items()}
    if expected.get("robots_disallowed"):
        robots = next(REAL_WEB.glob(f"{case.site}/robots*.txt"))
        assert not Protego.parse(robots.read_text()).can_fetch(expected["url"], USER_AGENT), case.id
    if "presence" in expected and (_username_check_applies(site, case) or expected["presence"] == "unknown"):
        if site.username is not None:
            verdict = _verdict(site, case, body)
            wanted = expected["presence"]
            if wanted == "unknown":
                assert verdict not in (Verdict.PRESENT, Verdict.ABSENT), f"{case.id}: {verdict}"
            else:
                assert verdict == Verdict(wanted), f"{case.id}: {verdict}"
        if expected["presence"] != "present":
            return
        if site.username is not None and verdict == Verdict.PRESENT:
            _check_account(site, case, body)  # the fetcher hands a present account on, whatever else the page shows
            return
    if kind == "api" and expected.get("presence") == "absent":
        # A JSON API's "no such account" is its status: the fetcher's status rule says not found.
        said = expected["http_status"] in site.username.absent_status if site.username else False
        assert said or http_status.gap(expected["http_status"]) == CoverageStatus.NOT_FOUND, case.id
        return
    if kind in ("captcha", "login_redirect"):
        block = blocks.detect(expected["http_status"], _final_url(case), body, site, headers)
        wanted_block = {"captcha": expected.get("block", "captcha"), "login_redirect": "login_wall"}[kind]
        assert block == CoverageStatus(wanted_block), f"{case.id}: {block}"
        return
    assert blocks.detect(expected["http_status"], _final_url(case), body, site, headers) is None, case.id
    if kind == "absent":
        page = Page(_probe(site, case, False), expected["http_status"], body, _content_type(case), expected["url"])
        if expected["http_status"] < 400:
            named = [p.name for p in extract(page, site).people if p.name]
            assert not named, f"{case.id}: an absent page read as {named}"
        return
    username = _username_check_applies(site, case)
    page = Page(_probe(site, case, username), expected["http_status"], body, _content_type(case), _final_url(case))
    data = extract(page, site)
    if username:
        data = usernames.with_handle(data, expected["username"])  # what the pipeline does with an account page
    _check_urls(site, case)
    if kind == "listing" or "records" in expected:
        _check_records(case, data)
    elif kind in ("profile", "api", "unknown"):
        _check_profile(case, data)
    for word in expected.get("must_not_read", ()):
        leaked = [s for s in _said(data) if word.lower() in s.lower()]
        assert not leaked, f"{case.id}: read {word!r} from a block about someone else: {leaked}"


def _check_account(site: SiteDefinition, case: Case, body: str) -> None:
    expected = case.expected
    page = Page(_probe(site, case, True), expected["http_status"], body, _content_type(case), _final_url(case))
    data = usernames.with_handle(extract(page, site), expected["username"])
    assert data.people[0].handle == expected["username"], case.id
    _check_profile(case, data)


def _check_robots(case: Case, body: str) -> None:
    rules = Protego.parse(body)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(case.expected["url"]))
    assert rules.can_fetch(origin + "/", USER_AGENT) == case.expected["generic_agent_allowed"]
    for path, allowed in case.expected.get("paths", {}).items():
        assert rules.can_fetch(origin + path, USER_AGENT) == allowed, path
    if "crawl_delay" in case.expected:
        assert rules.crawl_delay(USER_AGENT) == case.expected["crawl_delay"]


def _check_urls(site: SiteDefinition, case: Case) -> None:
    expected = case.expected
    if expected["kind"] == "profile" and "username" not in expected:
        assert site.is_profile_url(expected["url"]), f"{case.id}: {expected['url']} is not a {site.id} profile URL"
    for url in expected.get("other_urls", ()):
        assert site.is_profile_url(url), f"{case.id}: {url} is not a {site.id} profile URL"


def same_name(found: str, wanted: str) -> bool:
    """The same name, give or take a middle initial the expected file leaves out."""
    have, want = clean_name(found).split(), clean_name(wanted).split()
    if not have or not want or have[0] != want[0] or have[-1] != want[-1]:
        return False
    return all(len(w) == 1 or w in want for w in have[1:-1]) and all(w in have for w in want)


def _subject(case: Case, data: Extracted) -> PersonRecord:
    wanted = case.expected["name"]
    named = [p for p in data.people if same_name(p.name, wanted)]
    if not named and data.business is not None and same_name(data.business.practice, wanted):
        # A business's page (a practice on Yelp) is about the business: read as the page's business, not a person.
        named = [replace(data.business, name=data.business.practice)]
    assert named, f"{case.id}: no person named {case.expected['name']!r} among {[p.name for p in data.people]}"
    return named[0]


def _check_profile(case: Case, data: Extracted) -> None:
    expected = case.expected
    if expected.get("about_subject") is False or "name" not in expected:
        person = data.people[0] if data.people else PersonRecord("")
        if "name" in expected:
            person = _subject(case, data)
    else:
        person = _subject(case, data)
    _check_person(case, person, expected)
    _check_page_values(case, data, expected)


def _check_page_values(case: Case, data: Extracted, expected: dict[str, Any]) -> None:
    absent = set(expected.get("absent_fields", ()))
    if expected.get("rating") is not None:
        assert data.rating is not None, f"{case.id}: no rating read"
        assert data.rating.out_of_five == pytest.approx(expected["rating"], abs=0.01), case.id
    elif "rating" in absent:
        assert data.rating is None, f"{case.id}: a rating was read from a page that gives none: {data.rating}"
    if expected.get("review_count") == 0 and "rating" in absent:
        assert data.rating is None or data.rating.count == 0, f"{case.id}: {data.rating}"
    elif expected.get("review_count") is not None:
        assert data.rating is not None and data.rating.count == expected["review_count"], f"{case.id}: {data.rating}"
    elif "review_count" in absent:
        assert data.rating is None or data.rating.count is None, f"{case.id}: count borrowed: {data.rating}"
    for review in expected.get("reviews", ()):
        assert any(_review_fits(r, review) for r in data.reviews), f"{case.id}: review {review} not in {data.reviews}"
    if expected.get("unclaimed"):
        assert data.claimed is False, f"{case.id}: claimed={data.claimed}"
    if expected.get("claimed"):
        assert data.claimed is True, f"{case.id}: claimed={data.claimed}"
    if expected.get("total_pages", 1) > 1:
        assert data.links, f"{case.id}: the next page of {expected['total_pages']} is not followed"
    # What footprint keeps as the record's text, having no field for it (a bio, Care Compare's medical school).
    for key in ("bio", "job_title", "medical_school", "graduation_year"):
        if key in expected:
            assert " ".join(expected[key].split()) in data.text, f"{case.id}: {key} not read"


def _review_fits(found: Any, wanted: dict[str, Any]) -> bool:
    if " ".join(found.text.split()) != " ".join(wanted["text"].split()):
        return False
    if wanted.get("rating") is not None and (found.rating is None or found.scale == 0):
        return False
    if wanted.get("rating") is not None and abs(found.rating / found.scale * 5 - wanted["rating"]) > 0.01:
        return False
    if wanted.get("date") and found.date != wanted["date"]:
        return False
    return not wanted.get("reply") or " ".join(found.reply.split()) == wanted["reply"]


def _check_person(case: Case, person: PersonRecord, expected: dict[str, Any]) -> None:
    where = f"{case.id}: {person.name!r}"
    absent = set(expected.get("absent_fields", ()))
    for cred in expected.get("credentials", ()):
        assert cred in split_credentials([*person.credentials, person.name.partition(",")[2]]), f"{where}: {cred}"
    specialties = {fold(s) for s in person.specialties}
    for specialty in [expected.get("specialty"), *expected.get("specialties", ())]:
        if specialty:
            assert fold(specialty) in specialties, f"{where}: specialty {specialty!r} not in {person.specialties}"
    phones = [expected["phone"]] if expected.get("phone") else list(expected.get("phones", ()))
    for phone in phones:
        assert normalise_phone(phone) in _phones(person), f"{where}: phone {phone} not in {person.phones}"
    if "phone" in absent or "phones" in absent:
        assert not person.phones, f"{where}: phones read from a page that gives none: {person.phones}"
    wanted_addresses = [expected["address"]] if isinstance(expected.get("address"), dict) else []
    wanted_addresses += [_written_address(t) for t in expected.get("past_addresses", ())]
    if expected.get("current_address"):
        wanted_addresses.append(_written_address(expected["current_address"]))
    for city in (*expected.get("previous_cities", ()), *expected.get("cities", ())):
        wanted_addresses.append(_written_address(city))
    if expected.get("city") and expected.get("state"):
        wanted_addresses.append({"city": expected["city"], "state": expected["state"]})
    for address in wanted_addresses:
        assert any(_address_fits(a, address) for a in person.addresses), f"{where}: {address} not in {person.addresses}"
    if "address" in absent:
        assert not [a for a in person.addresses if a.street], f"{where}: a street read: {person.addresses}"
    if expected.get("npi"):
        assert person.npi == expected["npi"], f"{where}: npi {person.npi}"
    if expected.get("age") is not None:
        assert person.age == expected["age"], f"{where}: age {person.age}"
    if expected.get("age_range") and person.age is not None:
        low, high = expected["age_range"]
        assert low <= person.age <= high, f"{where}: age {person.age} outside {low}-{high}"
    if expected.get("birth"):
        year = expected["birth"].split()[-1]
        assert year in person.birth_date, f"{where}: birth {person.birth_date!r}"
    for email in expected.get("emails", ()):
        assert email.lower() in person.emails, f"{where}: e-mail {email} not in {person.emails}"
    relatives = {clean_name(r) for r in person.relatives}
    for relative in expected.get("relatives", ()):
        assert clean_name(relative) in relatives, f"{where}: relative {relative} not in {person.relatives}"
    if "relatives" in absent:
        assert not person.relatives, f"{where}: relatives read from a page that gives none"
    if expected.get("location"):
        city = expected["location"].split(",")[0]
        assert any(fold(a.city) == fold(city) for a in person.addresses), f"{where}: location not in {person.addresses}"


def _check_records(case: Case, data: Extracted) -> None:
    wanted = case.expected["records"]
    named = [p for p in data.people if p.name]
    assert len(named) == len(wanted), f"{case.id}: read {[p.name for p in named]}"
    for person, record in zip(named, wanted, strict=True):
        assert same_name(person.name, record["name"]), f"{case.id}: read {[p.name for p in named]}"
    for person, record in zip(named, wanted, strict=True):
        _check_person(case, person, record)
        if record.get("profile_url"):
            assert record["profile_url"] in data.links, f"{case.id}: {record['profile_url']} not followed"
    if wanted and wanted[0].get("rating") is not None and len(wanted) == 1:
        _check_page_values(case, data, wanted[0])


def test_no_case_or_key_is_left_unchecked() -> None:
    """Every key of every expected file is compared above or listed in NOT_READ with why."""
    compared = {
        "url", "kind", "http_status", "evidence", "notes", "headers", "redirect_to", "redirected_from", "request",
        "name", "credentials", "specialty", "specialties", "rating", "review_count", "phone", "phones", "address",
        "city", "state", "npi", "reviews", "age", "birth", "emails", "relatives", "past_addresses",
        "previous_cities", "current_address", "records", "profile_url", "must_not_read", "absent_fields",
        "other_urls", "presence", "bio", "location", "unclaimed", "claimed", "about_subject", "robots_disallowed",
        "generic_agent_allowed", "paths", "crawl_delay", "block", "job_title", "age_range", "cities", "total_pages",
        "medical_school", "graduation_year",
    }  # fmt: skip
    for case in CASES:
        if _skip_reason(case):
            continue
        keys = set(case.expected) | {k for r in case.expected.get("records", ()) for k in r}
        unknown = keys - compared - set(NOT_READ)
        assert not unknown, f"{case.id}: keys nobody compares: {unknown}"
