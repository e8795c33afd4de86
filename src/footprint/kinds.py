"""The vocabularies that cross pipeline stages: what a page is, what a probe is for and why it exists, how a
check went, what a match decided, how severe a finding is. :mod:`footprint.models` re-exports them with the
data types that carry them."""

from __future__ import annotations

import enum


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
    CLINICALTRIALS_SEARCH = "clinicaltrials_search"  # ClinicalTrials.gov API v2 search: the studies it lists, no one
    CLINICALTRIALS_STUDY = "clinicaltrials_study"  # ClinicalTrials.gov API v2 study: everyone it names
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
