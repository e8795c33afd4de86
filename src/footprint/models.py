"""The frozen data types that cross pipeline stages.

Every stage takes and returns these. Nothing here does I/O; anything built
from scraped input holds it as plain text, to be escaped by whoever renders it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class CoverageStatus(enum.StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    BLOCKED = "blocked"
    LOGIN_WALL = "login_wall"
    CAPTCHA = "captcha"
    ROBOTS_DISALLOWED = "robots_disallowed"
    TIMEOUT = "timeout"
    HTTP_ERROR = "http_error"
    PARSE_ERROR = "parse_error"
    SKIPPED = "skipped"


class CoverageOutcome(enum.StrEnum):
    """What a source's check came to, in a reader's words (the status says how the check went)."""

    FOUND = "found"  # a page there is about the subject
    ABOUT_SOMEONE_ELSE = "about_someone_else"  # pages were read, all about other people
    POSSIBLE = "possible"  # a page may be the subject's: for the user to review
    NOT_FOUND = "not_found"  # checked, nothing about anyone of the name
    COULD_NOT_CHECK = "could_not_check"  # blocked, a login wall, a captcha, robots.txt, skipped...


class Decision(enum.StrEnum):
    CONFIRMED = "confirmed"
    LIKELY = "likely"
    POSSIBLE = "possible"
    REJECTED = "rejected"

    @property
    def is_match(self) -> bool:
        return self in (Decision.CONFIRMED, Decision.LIKELY)


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: critical=4 ... info=0."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
    Severity.INFO: 0,
}


class PageKind(enum.StrEnum):
    """What a page is; site definitions name it (``page_kind``) and the detectors read it."""

    RATINGS_PROFILE = "ratings_profile"
    DIRECTORY_LISTING = "directory_listing"
    SOCIAL_PROFILE = "social_profile"
    SOCIAL_POST = "social_post"
    PEOPLE_SEARCH = "people_search"
    OFFICIAL_RECORD = "official_record"
    NEWS = "news"
    PERSONAL_SITE = "personal_site"
    EXPORT_ITEM = "export_item"  # an item of the physician's own data export, not a crawled page
    OTHER = "other"


# Pages that list the practice and that the physician can claim and correct (a ratings or
# directory profile): their reviews, claim status and contact details are the professional face.
# Official records are not listings: the NPI registry is the reference they are compared with.
LISTING_KINDS = frozenset({PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING})


class ProbePurpose(enum.StrEnum):
    """What a probe fetches."""

    PROFILE = "profile"  # a page about one person
    LISTING = "listing"  # a page that may list several (a site's search results)
    API = "api"  # a public JSON API standing for a human page (``origin_url``)
    USERNAME = "username"  # a check whether a handle exists
    SERVICE = "service"  # footprint's own lookup (a search backend, the NPI registry): robots.txt does not apply


class ProbeSource(enum.StrEnum):
    """Why a probe exists: where the URL came from."""

    HANDLE = "handle"  # a handle the user gave
    KNOWN_URL = "known_url"  # a URL the user gave
    DERIVED_HANDLE = "derived_handle"  # a handle people with the subject's name commonly pick
    SEARCH_RESULT = "search_result"  # a web search result (``Probe.backend`` names the search backend)
    SITE_SEARCH = "site_search"  # the site's own search for the subject's name
    LINK = "link"  # a link followed from a fetched page
    # A handle a confirmed page gives as the subject's own (its address on a network, its profile links, a bio's
    # "@handle"); ``Probe.linked_from`` names the page that taught it.
    LEARNED_HANDLE = "learned_handle"
    LOOKUP = "lookup"  # footprint's own query: a web search, the NPI registry (``Probe.backend``)
    SELFCHECK = "selfcheck"  # a site definition's own example (``footprint sites selfcheck``)


class Parser(enum.StrEnum):
    """How a probe's answer is read: HTML, or the named JSON reader; site definitions name these."""

    HTML = "html"
    JSON = "json"  # a search backend's answer, read by the backend itself
    NPI = "npi"
    OPEN_PAYMENTS = "open_payments"
    CARE_COMPARE = "care_compare"  # CMS Doctors and Clinicians (Medicare Care Compare): one row per practice location
    BLUESKY_PROFILE = "bluesky_profile"
    GOOGLE_PLACES_SEARCH = "google_places_search"  # Places API (New) Text Search: a listing of places
    GOOGLE_PLACE_DETAILS = "google_place_details"  # Places API (New) Place Details: one place, rating, reviews
    MASTODON_ACCOUNT = "mastodon_account"
    MASTODON_STATUSES = "mastodon_statuses"
    MASTODON_STATUS = "mastodon_status"
    REVIEWS_JSON = "reviews_json"  # more reviews of a page already read, from the site's JSON (``reviews_api``)


class FindingStatus(enum.StrEnum):
    """A finding against the subject's previous scan (every finding of a first scan is new)."""

    NEW = "new"
    PERSISTING = "persisting"


class Answer(enum.StrEnum):
    """The user's answer to "Is this you?" for a page (``footprint review``)."""

    MINE = "mine"  # scanned from then on as a known URL (and its account as a known handle)
    NOT_ME = "not_me"  # set aside, with that reason


class TransferFailure(enum.StrEnum):
    """Why a request got no usable answer below the HTTP layer (the fetch stage's transfer)."""

    TIMEOUT = "timeout"
    CONNECTION = "connection"
    TRUNCATED = "truncated"  # the connection broke off in the middle of the body
    DECODE = "decode"  # the body's compression is corrupt
    WAIT_TOO_LONG = "wait_too_long"  # the site asked to wait longer than the cap before retrying
    TOO_SLOW = "too_slow"  # the answer was still arriving when the total timeout ran out; never retried
    REFUSED = "refused"  # footprint does not send it: a private address no configured endpoint covers


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    purpose: str = ""  # "LOCATION", "MAILING", "home", "practice", ...

    def one_line(self) -> str:
        parts = [self.street, self.city, " ".join(p for p in (self.state, self.postal_code) if p)]
        return ", ".join(p for p in parts if p)


# Latin letters that Unicode does not decompose into a base letter and an accent (Polish ł in "Małgorzata", ø, æ, ß).
UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
     "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T"}
)  # fmt: skip


def ascii_letters(text: str) -> str:
    """Latin letters without their accents (García → Garcia, Øster → Oster); other scripts are dropped."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in decomposed if c.isascii())


@dataclass(frozen=True)
class Subject:
    """The physician as the user described them."""

    name: str
    given_name: str | None = None
    middle_name: str | None = None
    family_name: str | None = None
    credentials: tuple[str, ...] = ()
    specialty: str | None = None
    city: str | None = None
    state: str | None = None
    npi: str | None = None
    handles: tuple[str, ...] = ()
    known_urls: tuple[str, ...] = ()
    also_known_as: tuple[str, ...] = ()
    email: str | None = None
    practice: str | None = None  # the practice or hospital the physician works at
    # Pages the user said are not them (``footprint review --not-me``): judged rejected, with that reason.
    not_me_urls: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        """A folder name: given and family name in ASCII (José García-Márquez → jose-garcia-marquez)."""
        import re

        words = [self.given_name or "", self.family_name or ""]
        text = "-".join(w for w in words if w) or self.name
        return re.sub(r"[^a-z0-9]+", "-", ascii_letters(text).lower()).strip("-") or "subject"


@dataclass(frozen=True)
class NpiRecord:
    number: str
    first_name: str
    last_name: str
    middle_name: str = ""
    credential: str = ""
    taxonomies: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    phones: tuple[str, ...] = ()
    enumerated: str = ""  # YYYY-MM-DD the NPI was issued: the physician was practising-age then
    former_names: tuple[str, ...] = ()  # NPPES other_names of type "Former Name" ("Wren Lindqvist")
    suffix: str = ""  # the registry's name suffix: "Jr." tells a son from his father of the same name
    licenses: tuple[str, ...] = ()  # state licence numbers from the taxonomies ("MD 38112"): a board page names one
    # NPPES ``basic.sex`` ("F", "M"; ``gender`` in older answers), "" when not given: the title a page in
    # Spanish, Portuguese or Filipino usage writes before her name is "Dra.", not "Dr." (search_queries.title).
    sex: str = ""

    @property
    def location(self) -> Address | None:
        """The practice location the registry gives (NPPES purpose LOCATION), else its first address."""
        located = next((a for a in self.addresses if a.purpose.upper() == "LOCATION"), None)
        return located or (self.addresses[0] if self.addresses else None)


@dataclass(frozen=True)
class Identity:
    """A subject enriched with name variants and, where found, the NPI record."""

    subject: Subject
    variants: tuple[str, ...]
    npi_record: NpiRecord | None = None
    npi_candidates: int = 0
    # The registry's physicians of this name when none of them could be chosen as the subject.
    npi_namesakes: tuple[NpiRecord, ...] = ()
    # The subject's relatives as listed beside them on pages already confirmed (a people-search record):
    # a page that names them too is about the subject.
    relatives: tuple[str, ...] = ()
    # The subject's own phone numbers as pages already judged theirs list them (a broker's record): another
    # broker's record with one of them is the same person.
    phones: tuple[str, ...] = ()
    # Where the subject works, as pages already confirmed name it (a profile's practice, the site of a page the
    # user gave): a story quoting "Dr. Gene Sokolov" that names the same hospital is about them.
    workplaces: tuple[str, ...] = ()
    # The subject's age and town as their surest people-search record gives them ((44, "Billings", "MT")): a
    # record of the subject's name in that town at that age (a race result, another broker) is the subject.
    ages: tuple[tuple[int, str, str], ...] = ()
    # The towns the subject lived in, as their confirmed people-search record lists them (("Charleston", "SC")):
    # a listing of the subject's name there is a listing from before a move, not another town's namesake.
    towns: tuple[tuple[str, str], ...] = ()
    # Handles the subject's confirmed pages give as theirs, each with the page that gives it ((handle, url)): an
    # account or a post at one of them is the subject's when nothing on it says otherwise.
    learned_handles: tuple[tuple[str, str], ...] = ()
    # The registry's other records of the subject's name, when one was chosen as the subject's: a middle initial
    # only the subject's record has tells a page's person from each of them.
    registry_others: tuple[NpiRecord, ...] = ()
    # When the record was chosen for the subject by what pages of the name agree on (match.consensus), not by
    # anything the user gave: the number of sites that agree. The report says so and which NPI to give if wrong.
    chosen_by_sites: int = 0
    # ... and the most sites that pointed to another record of the name (0: none; more when one record had the
    # web almost to itself), so the report tells the other namesake how lopsided the choice was.
    chosen_against_sites: int = 0
    # The registry's clinicians of the subject's field in the subject's practice town (``npi_api.field_in_town``),
    # the subject among them; None when it was not asked or did not answer in full. A patient's "Dr. G" in that
    # field and town is the subject when no other of them has a family name starting with G (``titled``).
    field_peers: tuple[NpiRecord, ...] | None = None


@dataclass(frozen=True)
class SearchResult:
    rank: int
    url: str
    title: str
    snippet: str
    backend: str
    site_id: str | None = None
    # The queries that returned it (``discover.ask``): what the engine was asked tells what the page matched.
    queries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Probe:
    """One URL to fetch and why.

    ``url`` is always canonical (the real site's URL); mirrors are applied
    by the fetch stage only.
    """

    site_id: str
    url: str
    purpose: ProbePurpose
    source: ProbeSource
    page_kind: PageKind = PageKind.OTHER
    rank: int | None = None
    parser: Parser = Parser.HTML
    origin_url: str = ""  # the human page an API probe stands for
    method: str = "GET"  # "POST" sends ``form`` as a form body (DuckDuckGo's HTML endpoint) or ``json_body``
    form: tuple[tuple[str, str], ...] = ()
    json_body: str = ""  # a JSON request body (Places API Text Search), sent as application/json
    headers: tuple[tuple[str, str], ...] = ()
    # Header or query-parameter name -> environment variable holding a secret; resolved only
    # when the request is sent, so a key never lives in a probe, a report or a log.
    secret_headers: tuple[tuple[str, str], ...] = ()
    secret_params: tuple[tuple[str, str], ...] = ()
    # Statuses handed back as pages (a username check's "absent"); a redirect listed here is not followed.
    accept_status: tuple[int, ...] = ()
    handle: str = ""  # for username checks: the handle being checked
    backend: str = ""  # the search backend a search result or a search query belongs to ("searxng")
    linked_from: str = ""  # for a profile a confirmed page links to: that page (``footprint.outbound``)

    @property
    def page_url(self) -> str:
        """The URL a person would open: the page itself, not the API behind it."""
        return self.origin_url or self.url


@dataclass(frozen=True)
class Page:
    probe: Probe
    status: int
    body: str
    content_type: str
    final_url: str
    elapsed_s: float = 0.0
    from_cache: bool = False
    screenshot: str | None = None

    @property
    def url(self) -> str:
        return self.probe.url


@dataclass(frozen=True)
class Skipped:
    probe: Probe
    status: CoverageStatus
    detail: str
    manual_check_url: str | None = None


@dataclass(frozen=True)
class Rating:
    value: float
    scale: float = 5.0
    count: int | None = None

    @property
    def out_of_five(self) -> float:
        return round(self.value / self.scale * 5.0, 2) if self.scale else 0.0


@dataclass(frozen=True)
class Review:
    rating: float | None
    scale: float
    text: str
    date: str = ""
    author: str = ""
    reply: str = ""


@dataclass(frozen=True)
class Photo:
    url: str
    caption: str = ""
    alt: str = ""
    posted_by: str = ""
    tagged: tuple[str, ...] = ()
    date: str = ""
    location: str = ""
    gps: tuple[float, float] | None = None  # (latitude, longitude) from EXIF or a geotag


@dataclass(frozen=True)
class Post:
    """A post or comment. ``on_post_by`` is set when it replies to someone else's post."""

    author: str
    text: str
    url: str = ""
    on_post_by: str = ""
    date: str = ""
    audience: str = ""
    mentions: tuple[str, ...] = ()
    location: str = ""  # a check-in or place name attached to the post


@dataclass(frozen=True)
class PersonRecord:
    """One person as a page describes them (a profile's subject, a broker listing)."""

    name: str
    credentials: tuple[str, ...] = ()
    specialties: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    npi: str | None = None
    age: int | None = None
    birth_date: str = ""
    relatives: tuple[str, ...] = ()
    practice: str = ""
    handle: str = ""
    aliases: tuple[str, ...] = ()  # "also known as" on a people-search record
    occupation: str = ""  # "Occupation: Physician" on a people-search record
    context: str = ""  # the headline or the sentences around a mention, for evidence read from text
    # Where each field was read from ("name:og:title", "record:labelled text", "record:schema.org"...).
    read_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Payment:
    """One industry payment (CMS Open Payments), summed per payer, year and nature."""

    payer: str
    amount_usd: float
    year: int
    nature: str = ""


@dataclass(frozen=True)
class Extracted:
    """What one page says, typed. Blocks not about the page's subject are already dropped."""

    url: str
    site_id: str
    kind: PageKind
    title: str = ""
    people: tuple[PersonRecord, ...] = ()
    rating: Rating | None = None
    reviews: tuple[Review, ...] = ()
    photos: tuple[Photo, ...] = ()
    posts: tuple[Post, ...] = ()
    links: tuple[str, ...] = ()
    text: str = ""
    search_rank: int | None = None
    payments: tuple[Payment, ...] = ()
    claimed: bool | None = None  # None: the page does not say whether the profile is claimed
    source_ref: str = ""  # for export items: "file.json#entry" inside the user's download
    screenshot: str | None = None  # path of an evidence screenshot, when one was taken
    source: ProbeSource | None = None  # why the page was fetched (a handle the user gave, a search result...)
    handle: str = ""  # for a page fetched for a handle: that handle
    published: str = ""  # an article's or post's date (YYYY-MM-DD), when the page says it
    # The business a page is about (a practice's page on a ratings site): its name in ``practice``.
    business: PersonRecord | None = None
    from_api: bool = False  # read from an API answer (JSON), not from the page a person opens

    @property
    def person(self) -> PersonRecord | None:
        return self.people[0] if self.people else None


@dataclass(frozen=True)
class MatchResult:
    score: float
    decision: Decision
    reasons: tuple[str, ...]
    person: PersonRecord | None = None  # the person on the page the decision is about
    person_index: int | None = None  # its position in ``Extracted.people``


@dataclass(frozen=True)
class Match:
    page: Extracted
    result: MatchResult

    @property
    def person(self) -> PersonRecord | None:
        """The person the match chose on the page (the page's first person when it did not choose)."""
        return self.result.person or self.page.person


@dataclass(frozen=True)
class Remediation:
    summary: str
    steps: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Finding:
    id: str
    category: str
    severity: Severity
    title: str
    url: str
    site: str
    excerpt: str
    remediation: Remediation
    match_confidence: float = 1.0
    highlight: str = ""
    why: str = ""
    screenshot: str | None = None
    status: FindingStatus = FindingStatus.NEW
    source_ref: str = ""  # for findings about an export item: "Facebook export: file.json#entry"
    # Every category the exposure falls under, worst first (``category`` is the first); empty: just ``category``.
    categories: tuple[str, ...] = ()
    # What exposed thing the finding is about (a post, a photo, a review reply): findings about
    # the same thing become one. Empty: a finding of its own (a broker's field, a site's reviews).
    exposure: str = ""
    export: str = ""  # the network whose own-data export the finding came from ("facebook"), if any

    @property
    def all_categories(self) -> tuple[str, ...]:
        return self.categories or (self.category,)


@dataclass(frozen=True)
class CoverageRow:
    site: str
    status: CoverageStatus
    detail: str = ""
    manual_check_url: str | None = None
    requests: int = 0
    retries: int = 0
    retry_reasons: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
    cache_hits: int = 0
    bytes: int = 0
    seconds: float = 0.0  # time spent waiting for this site's answers
    outcome: CoverageOutcome | None = None  # what the check came to; None on rows made before it existed


@dataclass(frozen=True)
class Risk:
    score: float
    level: str


@dataclass(frozen=True)
class FindingRef:
    """A finding of an earlier scan, as the history stored it: enough to name it in words."""

    id: str
    category: str
    severity: Severity
    title: str
    site: str
    url: str = ""
    export: str = ""  # the own-data export it came from, if any


@dataclass(frozen=True)
class Changes:
    since_scan_id: str
    new: tuple[str, ...] = ()
    resolved: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    persisting: tuple[str, ...] = ()
    ratings: tuple[RatingChange, ...] = ()
    reviews: tuple[NewReview, ...] = ()
    coverage: tuple[CoverageChange, ...] = ()
    since_finished_at: str = ""  # when the previous scan finished (ISO 8601)
    # The previous scan's findings that are gone now, by name (``resolved`` holds their ids).
    resolved_findings: tuple[FindingRef, ...] = ()
    # Findings of an own-data export that was not supplied this time: not looked at, so not resolved.
    not_rechecked: tuple[FindingRef, ...] = ()


@dataclass(frozen=True)
class Scan:
    id: str
    identity: Identity
    started_at: datetime
    finished_at: datetime
    search_results: tuple[SearchResult, ...]
    matches: tuple[Match, ...]
    findings: tuple[Finding, ...]
    coverage: tuple[CoverageRow, ...]
    risk: Risk
    previous_scan_id: str | None = None
    changes: Changes | None = None
    counters: dict[str, int] = field(default_factory=dict, hash=False, compare=False)

    @property
    def subject(self) -> Subject:
        return self.identity.subject


@dataclass(frozen=True)
class AlertableChange:
    """A change since the last scan that alerts like a new finding: a new review of two stars or less,
    a rating that fell by 0.3 or more on a matched profile."""

    kind: str  # "negative_review" or "rating_drop"
    severity: Severity
    title: str
    site: str
    url: str


@dataclass(frozen=True)
class RatingChange:
    """A matched page's rating that moved between two scans."""

    site: str
    url: str
    before: Rating
    after: Rating


@dataclass(frozen=True)
class NewReview:
    """A review on a matched page that the previous scan of the same page did not show."""

    site: str
    url: str
    review: Review


@dataclass(frozen=True)
class CoverageChange:
    """A site whose coverage status changed (say, found last month, blocked now); None: not in that scan."""

    site: str
    before: CoverageStatus | None
    after: CoverageStatus | None
    detail: str = ""
