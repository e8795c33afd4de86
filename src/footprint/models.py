"""The frozen data types that cross pipeline stages.

Every stage takes and returns these. Nothing here does I/O; anything built
from scraped input holds it as plain text, to be escaped by whoever renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from footprint.changes import AlertableChange, Changes, CoverageChange, FindingRef, NewReview, RatingChange
from footprint.kinds import (
    LISTING_KINDS,
    Answer,
    CoverageOutcome,
    CoverageStatus,
    Decision,
    FindingStatus,
    PageKind,
    Parser,
    ProbePurpose,
    ProbeSource,
    Severity,
    TransferFailure,
)
from footprint.records import Address, Payment, PersonRecord, Photo, Post, Rating, Review

# The vocabularies live in footprint.kinds; most stages import them from here with the types that carry them.
__all__ = [
    "LISTING_KINDS",
    "UNDECOMPOSED",
    "Address",
    "AlertableChange",
    "Answer",
    "Changes",
    "CoverageChange",
    "CoverageOutcome",
    "CoverageRow",
    "CoverageStatus",
    "Decision",
    "Extracted",
    "Finding",
    "FindingRef",
    "FindingStatus",
    "Identity",
    "Match",
    "MatchResult",
    "NewReview",
    "NpiRecord",
    "Page",
    "PageKind",
    "Parser",
    "Payment",
    "PersonRecord",
    "Photo",
    "Post",
    "Probe",
    "ProbePurpose",
    "ProbeSource",
    "Rating",
    "RatingChange",
    "Remediation",
    "Review",
    "Risk",
    "Scan",
    "SearchResult",
    "Severity",
    "Skipped",
    "Subject",
    "TransferFailure",
    "ascii_letters",
]


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
    # When the record was chosen by a page the user did not give but that writes their handle beside their name (a
    # practice's "Follow him on X at @drcolmf", ``match.pinning``): that page's address, for the report to say so.
    chosen_by_page: str = ""
    # The registry's clinicians of the subject's field in the subject's practice town (``npi_api.field_in_town``),
    # the subject among them; None when it was not asked or did not answer in full. A patient's "Dr. G" in that
    # field and town is the subject when no other of them has a family name starting with G (``titled``).
    field_peers: tuple[NpiRecord, ...] | None = None
    # The registry's clinicians, nationwide, of the subject's family name under the subject's taxonomies
    # (``npi_api.family_in_field``), the subject among them; None when not asked or not answered in full. A patient's
    # "Dr. Kahananui" on a story in the subject's field is the subject when no other of them is listed.
    family_peers: tuple[NpiRecord, ...] | None = None


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
