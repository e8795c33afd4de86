"""Typed settings: defaults < config file (TOML) < environment < flags.

The file is TOML, named by ``--config FILE`` or ``FOOTPRINT_CONFIG``. Every
table and key is declared here; an unknown one is an error that names it,
so a typo never silently does nothing. The environment sets any key of any
table but ``[mirrors]`` as ``FOOTPRINT_<TABLE>_<KEY>`` (``FOOTPRINT_FETCH_RATE_LIMIT_RPS=2``),
read as the key's type: numbers, ``true``/``false`` (or 1/0, yes/no, on/off),
lists comma-separated. Any other ``FOOTPRINT_`` variable is an error unless
it is one footprint reads for another purpose (:data:`OTHER_VARIABLES`).
Secrets (API keys) come only from the environment and are never written to
a report or a log.

Numbers are checked against their ranges wherever they come from (file,
environment, flags): a rate of 0, -1 or ``nan`` would remove the rate
limit, a negative ``max_redirects`` would fail every fetch. Each ranged key
is declared with :func:`~footprint.config_values.at_least` or :func:`~footprint.config_values.above`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from footprint import PROJECT_URL, __version__
from footprint.config_values import above, at_least, check_ranges, coerce, from_text, range_problem
from footprint.errors import ConfigError

DEFAULT_USER_AGENT = f"footprint/{__version__} (+{PROJECT_URL})"
ENV_PREFIX = "FOOTPRINT_"
# FOOTPRINT_ variables that are not FOOTPRINT_<TABLE>_<KEY> settings: the config file, the
# history database, secrets, the Celery broker. They are never rejected as unknown.
OTHER_VARIABLES = frozenset(
    {"FOOTPRINT_CONFIG", "FOOTPRINT_DB", "FOOTPRINT_SMTP_PASSWORD", "FOOTPRINT_WEBHOOK_SECRET", "FOOTPRINT_BROKER"}
)


@dataclass(frozen=True)
class SearchSettings:
    # A fallback chain: each query goes to the first backend that answers (footprint.search.chain).
    backends: tuple[str, ...] = ("searxng", "brave", "duckduckgo")
    searxng_url: str = ""  # empty: no SearXNG instance; the chain goes on to the next backend
    brave_url: str = "https://api.search.brave.com/res/v1/web/search"
    duckduckgo_url: str = "https://html.duckduckgo.com/html/"
    max_results: int = at_least(20, 1)
    max_queries: int = at_least(
        19, 0
    )  # name queries per backend: the name quoted and not, other spellings, a former name, the handle, "Dr. Family"
    max_site_queries: int = at_least(2, 0)  # site: searches for sites without a usable search, a few sites each
    open_results: int = at_least(30, 0)  # search results outside the catalog's profile URLs opened per scan
    # Queries of the second pass, built from the forms confirmed pages write (footprint.learned); 0: none.
    learned_queries: int = at_least(8, 0)
    # Profiles on catalog sites that confirmed pages link to (sameAs, "find me on"), opened per scan; 0: none.
    follow_links: int = at_least(10, 0)

    def __post_init__(self) -> None:
        check_ranges(self, "search")


@dataclass(frozen=True)
class NpiSettings:
    base_url: str = "https://npiregistry.cms.hhs.gov/api/"
    enabled: bool = True


@dataclass(frozen=True)
class FetchSettings:
    obey_robots: bool = True
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout_s: float = above(5.0)
    read_timeout_s: float = above(15.0)
    retries: int = at_least(3, 0)
    backoff_s: float = at_least(0.5, 0)
    retry_after_cap_s: float = at_least(60.0, 0)
    max_redirects: int = at_least(5, 0)
    max_bytes: int = at_least(5_000_000, 1)
    rate_limit_rps: float = above(1.0)
    max_workers: int = at_least(64, 1)  # requests in flight over all hosts: each host still gets its own rate
    proxy: str = ""
    cache: bool = True
    cache_ttl_s: int = at_least(86_400, 0)
    backoff_max_s: float = at_least(30.0, 0)
    total_timeout_s: float = above(60.0)
    cache_path: str = ""  # empty: http-cache.sqlite in the user cache directory
    refresh: bool = False  # set by `scan --refresh`: fetch again and overwrite cached copies
    mirrors_only: bool = False  # fetch nothing that [mirrors] does not map (the demo stays offline)

    def __post_init__(self) -> None:
        check_ranges(self, "fetch")


@dataclass(frozen=True)
class BrowserSettings:
    enabled: bool = True
    path: str = ""
    screenshots: bool = True
    timeout_s: float = above(20.0)
    max_screenshots: int = at_least(12, 0)  # evidence images per scan: the exposed parts first, then confirmed pages
    max_requests: int = at_least(20, 0)  # requests one page may make in the browser (its document and what it loads)
    max_memory_mb: int = at_least(512, 0)  # a renderer above this is stopped; 0: no cap

    def __post_init__(self) -> None:
        check_ranges(self, "browser")


@dataclass(frozen=True)
class SitesSettings:
    enabled: tuple[str, ...] = ()  # empty: every site in the catalog
    disabled: tuple[str, ...] = ()
    username_sites: str = ""  # a WhatsMyName-format JSON file of more sites to check handles on
    username_candidates: int = at_least(3, 0)  # handles derived from the name (firstlast, first.last, drlast, ...)

    def __post_init__(self) -> None:
        check_ranges(self, "sites")


@dataclass(frozen=True)
class ReportSettings:
    """What every report carries; ``prepared_by`` and ``logo`` make the PDF's cover page."""

    formats: tuple[str, ...] = ("html", "json")
    prepared_by: str = ""  # who prepared the report: a consultant's name or firm, on the cover
    logo: str = ""  # a PNG, JPEG, GIF or WebP file for the cover, at most 2 MB

    def __post_init__(self) -> None:
        if len(self.prepared_by) > 200 or any(ord(c) < 32 for c in self.prepared_by):
            raise ConfigError("[report] prepared_by must be one line of at most 200 characters")
        if self.logo:
            _check_logo(Path(self.logo).expanduser())


SMTP_SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True)
class NotifySettings:
    """Where alerts go: e-mail over SMTP and/or a webhook. Empty: no notifications.

    The SMTP password comes from ``$FOOTPRINT_SMTP_PASSWORD`` (preferred) or
    this table; the webhook's signing secret only from the environment
    variable named by ``webhook_secret_env``. Neither is ever printed.
    """

    email_to: tuple[str, ...] = ()
    email_from: str = ""
    smtp_host: str = ""
    smtp_port: int = at_least(587, 1, 65535)
    smtp_security: str = "starttls"  # starttls, tls (implicit, port 465) or none (a local relay)
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_ca_file: str = ""  # a CA bundle to trust (a private relay's own certificate); else the system's
    webhook_url: str = ""
    webhook_secret_env: str = "FOOTPRINT_WEBHOOK_SECRET"  # noqa: S105 - a variable name
    report_base_url: str = ""  # where report folders are served; else the report is linked as file://
    timeout_s: float = above(15.0)

    def __post_init__(self) -> None:
        check_ranges(self, "notify")
        if self.smtp_security not in SMTP_SECURITY:
            raise ConfigError(f"[notify] smtp_security must be one of {', '.join(SMTP_SECURITY)}")
        for url in (self.webhook_url, self.report_base_url):
            if url and not url.startswith(("http://", "https://")):
                raise ConfigError(f"[notify] {url!r} is not an http(s) URL")
        if self.email_to and not (self.smtp_host and self.email_from):
            raise ConfigError("[notify] email_to needs smtp_host and email_from")


ENGINES = ("local", "celery")
BROKER_SCHEMES = ("redis://", "rediss://", "redis+socket://")


@dataclass(frozen=True)
class EngineSettings:
    """Where ``batch`` and ``watch run`` scan: ``local`` threads, or ``celery`` workers (see the README).

    ``broker`` is the Redis URL shared by the coordinator and the workers:
    broker, result store and home of the per-host rate limits. It may also
    come from ``$FOOTPRINT_BROKER``. A worker's finished scan waits in
    Redis for the coordinator up to ``result_expires_s``; a task a dead
    worker took is handed to another after ``visibility_timeout_s`` (keep
    it above the longest scan); a scan sent back is at most
    ``max_result_mb`` (evidence screenshots beyond it are left out).
    """

    name: str = "local"
    broker: str = field(default="", repr=False)  # may hold a password
    result_expires_s: int = 86_400
    visibility_timeout_s: int = 3_600
    max_result_mb: float = 32.0

    def __post_init__(self) -> None:
        if self.name not in ENGINES:
            raise ConfigError(f"[engine] name must be one of {', '.join(ENGINES)}, not {self.name!r}")
        if self.broker and not self.broker.startswith(BROKER_SCHEMES):
            raise ConfigError(f"[engine] broker must be a Redis URL ({', '.join(BROKER_SCHEMES)}...)")
        if self.result_expires_s < 60 or self.visibility_timeout_s < 1 or self.max_result_mb <= 0:
            raise ConfigError("[engine] result_expires_s must be >= 60, visibility_timeout_s and max_result_mb > 0")


@dataclass(frozen=True)
class Settings:
    search: SearchSettings = field(default_factory=SearchSettings)
    npi: NpiSettings = field(default_factory=NpiSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    browser: BrowserSettings = field(default_factory=BrowserSettings)
    sites: SitesSettings = field(default_factory=SitesSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    mirrors: dict[str, str] = field(default_factory=dict)
    notify: NotifySettings = field(default_factory=NotifySettings)
    engine: EngineSettings = field(default_factory=EngineSettings)

    def with_overrides(self, **tables: dict[str, Any]) -> Settings:
        """Return a copy with keys of some tables replaced (used by flags)."""
        updated: dict[str, Any] = {}
        for table, values in tables.items():
            current = getattr(self, table)
            if isinstance(current, dict):
                updated[table] = {**current, **values}
            else:
                updated[table] = replace(current, **values)
        return replace(self, **updated)


# The tables the environment can set: every one but [mirrors], whose keys are URLs.
ENV_TABLES: dict[str, type[Any]] = {
    name: table for name, table in typing.get_type_hints(Settings).items() if name != "mirrors"
}


def load(path: str | Path | None = None, environ: typing.Mapping[str, str] | None = None) -> Settings:
    """Settings from the named file (else ``$FOOTPRINT_CONFIG``, else none), then the environment's settings."""
    env = os.environ if environ is None else environ
    chosen = path or env.get("FOOTPRINT_CONFIG") or None
    raw = _read(Path(chosen)) if chosen else {}
    from_env, others = environment_tables(env)
    if env.get("FOOTPRINT_BROKER", "").strip():  # FOOTPRINT_ENGINE_BROKER, a setting like any, still wins
        from_env.setdefault("engine", {}).setdefault("broker", env["FOOTPRINT_BROKER"].strip())
    for table, values in from_env.items():
        current = raw.setdefault(table, {})
        if isinstance(current, dict):  # else from_mapping says the file's [table] is not a table
            current.update(values)
    settings = from_mapping(raw, source=str(chosen) if chosen else "environment")
    unknown = [name for name in others if name != settings.notify.webhook_secret_env]
    if unknown:
        raise ConfigError(
            f"unknown environment variable {unknown[0]}: settings are FOOTPRINT_<TABLE>_<KEY> for the tables "
            f"{', '.join(sorted(ENV_TABLES))}; other variables footprint reads: {', '.join(sorted(OTHER_VARIABLES))}"
        )
    return settings


def _read(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {file}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {file} is not valid TOML: {exc}") from None


def environment_tables(environ: typing.Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The settings that ``FOOTPRINT_<TABLE>_<KEY>`` variables give, typed, by table; and the other FOOTPRINT_ names.

    A variable naming a table but none of its keys, or a value that is not
    of the key's type, is a ConfigError naming the variable.
    """
    tables: dict[str, dict[str, Any]] = {}
    others: list[str] = []
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in OTHER_VARIABLES:
            continue
        table, _, key = name.removeprefix(ENV_PREFIX).lower().partition("_")
        if table == "mirrors":
            raise ConfigError(f"{name}: [mirrors] maps URLs, which a variable name cannot spell; use the config file")
        if table not in ENV_TABLES:
            others.append(name)
            continue
        hints = typing.get_type_hints(ENV_TABLES[table])
        if key not in hints:
            raise ConfigError(
                f"unknown environment variable {name}: [{table}] has no key '{key}'; known: {', '.join(sorted(hints))}"
            )
        value = from_text(environ[name], hints[key], name)
        problem = range_problem(ENV_TABLES[table], key, value)
        if problem:
            raise ConfigError(f"{name} {problem}")
        tables.setdefault(table, {})[key] = value
    return tables, others


def from_mapping(raw: dict[str, Any], source: str = "config") -> Settings:
    tables: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for name, value in raw.items():
        if name not in known:
            raise ConfigError(f"{source}: unknown table [{name}]; known: {', '.join(sorted(known))}")
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: [{name}] must be a table")
        if name == "mirrors":
            tables[name] = _mirrors(value, source)
        else:
            tables[name] = _table(known[name], value, f"{source}: [{name}]")
    return Settings(**tables)


def _mirrors(value: dict[str, Any], source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for prefix, target in value.items():
        if not isinstance(target, str):
            raise ConfigError(f'{source}: [mirrors] "{prefix}" must map to a URL string')
        for url in (prefix, target):
            if not url.startswith(("http://", "https://")):
                raise ConfigError(f"{source}: [mirrors] {url!r} is not an http(s) URL")
        out[prefix.rstrip("/")] = target.rstrip("/")
    return out


def _table(spec: dataclasses.Field[Any], values: dict[str, Any], where: str) -> Any:
    cls: Any = spec.default_factory
    hints = typing.get_type_hints(cls)
    allowed = {f.name for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}'; known: {', '.join(sorted(allowed))}")
        kwargs[key] = coerce(value, hints[key], f"{where} {key}")
    try:
        return cls(**kwargs)
    except ConfigError as exc:  # a range or a combination of keys: say which file
        raise ConfigError(f"{where.rsplit(': ', 1)[0]}: {exc}") from None


def check_site_ids(sites: SitesSettings, known: typing.Iterable[str]) -> None:
    """ConfigError when ``[sites] enabled`` or ``disabled`` names a site that does not exist.

    A typo (``healthgrade``) would otherwise scan nothing, or everything, and
    still say "LOW 0/100". The message names the known ids.
    """
    import difflib

    ids = sorted(set(known))
    for key in ("enabled", "disabled"):
        unknown = [i for i in getattr(sites, key) if i not in ids]
        if not unknown:
            continue
        named = []
        for site in unknown:
            close = difflib.get_close_matches(site, ids, n=1)
            named.append(f"{site!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise ConfigError(f"[sites] {key} names unknown site id(s) {', '.join(named)}; known: {', '.join(ids)}")


LOGO_MAX_BYTES = 2_000_000


def _check_logo(path: Path) -> None:
    """A readable raster image file of at most LOGO_MAX_BYTES, or a ConfigError saying what is wrong."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise ConfigError(f"[report] logo {path}: {exc.strerror or 'cannot be read'}") from None
    if size > LOGO_MAX_BYTES:
        raise ConfigError(f"[report] logo {path} is larger than {LOGO_MAX_BYTES // 1_000_000} MB")
    from footprint.report.images import sniff  # only when a logo is set: it loads Pillow

    if sniff(head) is None:
        raise ConfigError(f"[report] logo {path} is not a PNG, JPEG, GIF or WebP image")


def secret(name: str, environ: typing.Mapping[str, str] | None = None) -> str | None:
    """An API key from the environment; never stored in Settings so it cannot leak into a report."""
    env = os.environ if environ is None else environ
    value = env.get(name, "").strip()
    return value or None
