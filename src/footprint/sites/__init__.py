"""Site definitions as data: one YAML file per site, validated strictly.

Definitions ship with the package (``sites/defs/*.yaml``) and are checked
against ``schema.json``; a misspelled key is an error naming the file and
the key. The words that drive code (a page kind, a parser) become the
enums of :mod:`footprint.models` as they are loaded. Code never
special-cases a site by name: what differs between sites lives in its
definition.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus, urlsplit

import yaml

from footprint.errors import SiteDefinitionError
from footprint.models import PageKind, Parser

E = TypeVar("E", bound=enum.StrEnum)
# libyaml's safe loader where PyYAML was built with it: the catalog loads on every scan, ten times faster.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class UsernameCheck:
    url: str
    present_status: int = 200
    absent_status: tuple[int, ...] = (404,)
    present_marker: str = ""
    absent_marker: str = ""
    handle_pattern: str = ""
    absent_redirect: str = ""
    candidates: bool = False
    api_url: str = ""
    parser: Parser = Parser.HTML
    candidate_template: str = ""
    # From WhatsMyName-format lists: request headers the check sends (never a User-Agent: footprint
    # always names itself), characters removed from a handle before it is checked, and whether the
    # list asked for a browser's User-Agent (the site may refuse footprint's own).
    headers: tuple[tuple[str, str], ...] = ()
    strip_chars: str = ""
    browser_agent: bool = False
    absent_pattern: str = ""  # a regex over the page: a match means no such account


@dataclass(frozen=True)
class ApiRoute:
    """A page URL pattern and the public JSON API URL that serves the same data."""

    match: str
    url: str
    parser: Parser
    headers: tuple[tuple[str, str], ...] = ()  # e.g. the Places API's X-Goog-FieldMask


@dataclass(frozen=True)
class DatasetCatalog:
    """Datasets that change over time (one per program year), listed by a catalog the site publishes."""

    catalog: str  # a DKAN metastore list: [{"identifier", "title", ...}]
    title: re.Pattern[str]  # with a named group "period"
    known: tuple[tuple[str, str], ...] = ()  # (period, id), newest first: only when the catalog cannot be read


@dataclass(frozen=True)
class Evidence:
    """Where one fact of a definition came from: a public source and the date of that evidence."""

    fact: str
    source: str
    date: str
    status: str = ""  # confirmed, corrected, contradicted, could not confirm, new


@dataclass(frozen=True)
class ReviewsApi:
    """A JSON answer with more reviews of a profile page (``reviews_api`` in a definition)."""

    match: str
    url: str
    paths: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    max_pages: int = 3


@dataclass(frozen=True)
class SiteDefinition:
    id: str
    name: str
    kind: str
    base_url: str
    page_kind: PageKind = PageKind.OTHER
    search_url: str = ""
    search_requires: tuple[str, ...] = ()
    profile_patterns: tuple[str, ...] = ()
    api: tuple[ApiRoute, ...] = ()
    username: UsernameCheck | None = None
    extract: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    requires_browser: bool = False
    rate_limit_rps: float | None = None
    block_markers: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    remediation: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    examples: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False, compare=False)
    source_file: str = ""
    search_more_urls: tuple[str, ...] = ()
    site_query: bool = False
    search_parser: Parser = Parser.HTML
    api_key_env: str = ""
    api_key_param: str = ""
    api_key_header: str = ""
    search_method: str = "GET"
    search_body: tuple[tuple[str, str], ...] = ()  # a POST search's JSON body: key -> template
    search_headers: tuple[tuple[str, str], ...] = ()
    manual_only: bool = False
    links: str = ""
    description: str = ""
    datasets: DatasetCatalog | None = None
    evidence: tuple[Evidence, ...] = ()
    reviews_api: ReviewsApi | None = None
    # A 404 on the URL the site's own search builds proves nothing: the site's answer for a record it
    # does not hold is not known (an NPI-keyed page), so it is "could not check", never "not found".
    search_missing_unproven: bool = False

    @property
    def search_urls(self) -> tuple[str, ...]:
        """Every name-search template: the main one, then the others."""
        return tuple(u for u in (self.search_url, *self.search_more_urls) if u)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    def is_profile_url(self, url: str) -> bool:
        return any(re.search(p, url) for p in self.profile_patterns)

    def owns(self, url: str) -> bool:
        """True when ``url`` is on this site's host (or a subdomain of it)."""
        host = (urlsplit(url).hostname or "").lower()
        mine = self.host.lower()
        return bool(mine) and (host == mine or host.endswith("." + mine.removeprefix("www.")))

    def api_for(self, url: str) -> tuple[str, Parser] | None:
        """The JSON API URL and its parser for a profile or post URL, when the definition has one."""
        for route in self.api:
            m = re.search(route.match, url)
            if m:
                return route.url.format(**m.groupdict()), route.parser
        return None

    def reviews_api_for(self, url: str) -> str | None:
        """The first page of the JSON reviews of a profile URL, when the definition has a ``reviews_api``."""
        if self.reviews_api is None:
            return None
        m = re.search(self.reviews_api.match, url)
        return self.reviews_api.url.format(**m.groupdict()) if m else None

    def api_headers_for(self, url: str) -> tuple[tuple[str, str], ...]:
        """The headers the API route for ``url`` is asked with (none when no route matches)."""
        route = next((r for r in self.api if re.search(r.match, url)), None)
        return route.headers if route else ()

    @property
    def key_headers(self) -> tuple[tuple[str, str], ...]:
        """Header name -> environment variable of the key, for probes' ``secret_headers``."""
        return ((self.api_key_header, self.api_key_env),) if self.api_key_env and self.api_key_header else ()

    def manual_search_url(self, name: str) -> str | None:
        template = self.remediation.get("manual_search_url")
        return template.format(name=quote_plus(name)) if template else None


def fill(template: str, values: dict[str, str]) -> str:
    """Fill a URL template; each value is URL-quoted for the part it lands in."""
    safe = {k: quote(v, safe="") for k, v in values.items()}
    return template.format(**safe)


def fill_body(body: tuple[tuple[str, str], ...], values: dict[str, str]) -> str:
    """A JSON request body from its templates: values as text (JSON escapes them), spaces collapsed."""
    return json.dumps({key: " ".join(template.format(**values).split()) for key, template in body})


def _schema() -> dict[str, Any]:
    text = resources.files("footprint.sites").joinpath("schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _word(vocabulary: type[E], value: Any, source: str, where: str) -> E:
    """``value`` as a member of ``vocabulary``; an error naming the file and the key when it is none."""
    try:
        return vocabulary(value)
    except ValueError:
        known = ", ".join(vocabulary)
        raise SiteDefinitionError(f"{source}: {where}: {value!r} is not one of {known}") from None


def check_schema(raw: Any, source: str) -> None:
    """SiteDefinitionError naming the file and the first key that breaks the definition schema."""
    import jsonschema  # only here: the bundled catalog is checked by the test suite, not on every start

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise SiteDefinitionError(f"{source}: {where}: {err.message}")


def parse_definition(raw: Any, source: str, *, bundled: bool = False) -> SiteDefinition:
    """Validate one definition's data and build it; errors name the file and the key.

    ``bundled`` skips the JSON Schema check for the definitions shipped with footprint
    (``tests/sites/test_sites.py`` checks each of them); the other checks always run.
    """
    if not bundled:
        check_schema(raw, source)
    user = raw.get("username") or {}
    regexes = [*raw.get("profile_patterns", []), *(a["match"] for a in raw.get("api", []))]
    regexes += [raw["reviews_api"]["match"]] if raw.get("reviews_api") else []
    regexes += [user[k] for k in ("handle_pattern", "absent_redirect", "absent_pattern") if user.get(k)]
    for pattern in regexes:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SiteDefinitionError(f"{source}: bad regular expression {pattern!r}: {exc}") from None
    search = raw.get("search", {})
    user = raw.get("username")
    api = raw.get("api", [])
    return SiteDefinition(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        base_url=raw["base_url"].rstrip("/"),
        page_kind=_word(PageKind, raw.get("page_kind", PageKind.OTHER), source, "page_kind"),
        search_url=search.get("url", ""),
        search_requires=tuple(search.get("requires", ())),
        profile_patterns=tuple(raw.get("profile_patterns", ())),
        api=tuple(
            ApiRoute(
                a["match"],
                a["url"],
                _word(Parser, a["parser"], source, f"api/{i}/parser"),
                tuple(a.get("headers", {}).items()),
            )
            for i, a in enumerate(api)
        ),
        username=UsernameCheck(
            url=user["url"],
            present_status=user.get("present_status", 200),
            absent_status=tuple(user.get("absent_status", (404,))),
            present_marker=user.get("present_marker", ""),
            absent_marker=user.get("absent_marker", ""),
            handle_pattern=user.get("handle_pattern", ""),
            absent_redirect=user.get("absent_redirect", ""),
            candidates=user.get("candidates", False),
            api_url=user.get("api_url", ""),
            parser=_word(Parser, user.get("parser", Parser.HTML), source, "username/parser"),
            candidate_template=user.get("candidate_template", ""),
            absent_pattern=user.get("absent_pattern", ""),
        )
        if user
        else None,
        extract=raw.get("extract", {}),
        requires_browser=raw.get("requires_browser", False),
        rate_limit_rps=raw.get("rate_limit_rps"),
        block_markers={k: tuple(v) for k, v in raw.get("block_markers", {}).items()},
        remediation=raw.get("remediation", {}),
        examples=raw.get("examples", {}),
        source_file=source,
        search_more_urls=tuple(search.get("more_urls", ())),
        site_query=search.get("site_query", False),
        search_parser=_word(Parser, search.get("parser", Parser.HTML), source, "search/parser"),
        api_key_env=raw.get("api_key_env", ""),
        api_key_param=raw.get("api_key_param", ""),
        api_key_header=raw.get("api_key_header", ""),
        search_method=search.get("method", "GET"),
        search_body=tuple(search.get("body", {}).items()),
        search_headers=tuple(search.get("headers", {}).items()),
        manual_only=raw.get("manual_only", False),
        links=raw.get("links", ""),
        description=raw.get("description", ""),
        datasets=_datasets(search.get("datasets"), source),
        evidence=tuple(
            Evidence(e["fact"], e["source"], e["date"], e.get("status", "")) for e in raw.get("evidence", ())
        ),
        reviews_api=_reviews_api(raw.get("reviews_api")),
        search_missing_unproven=search.get("missing_unproven", False),
    )


def _reviews_api(raw: dict[str, Any] | None) -> ReviewsApi | None:
    if not raw:
        return None
    return ReviewsApi(raw["match"], raw["url"], dict(raw["paths"]), raw.get("max_pages", 3))


def _datasets(raw: dict[str, Any] | None, source: str) -> DatasetCatalog | None:
    if raw is None:
        return None
    try:
        title = re.compile(raw["title"])
    except re.error as exc:
        raise SiteDefinitionError(f"{source}: search/datasets/title: bad regular expression: {exc}") from None
    if "period" not in title.groupindex:
        raise SiteDefinitionError(f"{source}: search/datasets/title: needs a named group (?P<period>...)")
    known = sorted(((str(k), str(v)) for k, v in raw.get("known", {}).items()), reverse=True)
    return DatasetCatalog(raw["catalog"], title, tuple(known))


def load_file(path: Path, *, bundled: bool = False) -> SiteDefinition:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteDefinitionError(f"cannot read site definition {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise SiteDefinitionError(f"{path}: not valid YAML: {exc}") from None
    definition = parse_definition(raw, path.name, bundled=bundled)
    if definition.id != path.stem:
        raise SiteDefinitionError(f"{path.name}: id '{definition.id}' must match the file name")
    return definition


def defs_dir() -> Path:
    return Path(str(resources.files("footprint.sites").joinpath("defs")))


@cache
def catalog() -> tuple[SiteDefinition, ...]:
    """Every bundled site definition, sorted by id."""
    return tuple(load_file(p, bundled=True) for p in sorted(defs_dir().glob("*.yaml")))


def by_id() -> dict[str, SiteDefinition]:
    return {s.id: s for s in catalog()}


def site_for_url(url: str, sites: tuple[SiteDefinition, ...] | None = None) -> SiteDefinition | None:
    """The site a URL belongs to, preferring one whose profile pattern matches."""
    pool = catalog() if sites is None else sites
    owners = [s for s in pool if s.owns(url)]
    for site in owners:
        if site.is_profile_url(url):
            return site
    return owners[0] if owners else None
