"""Why a page was fetched, and what that says about whose it is.

A probe remembers its source (``ProbeSource``) and the page carries it (``Extracted.source``).
The user's own word decides: a page at a URL they gave, or an account at a handle they gave,
is theirs whatever its markup says (it may name nobody, or only the handle). A handle
footprint derived from the name is a guess: such a page is at most "possible", whatever its bio
says (an impostor's bio says the same), until the user confirms it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from footprint.extract.social import PROFILE_DIRS, normalise_handle
from footprint.identity import fold
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, ProbeSource
from footprint.specialties import groups_of

DERIVED_CAP = 0.6  # a derived-handle page: "possible", for the user to confirm


def _url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def same_page(url: str, known: tuple[str, ...]) -> bool:
    """True when ``url`` is one of ``known``, ignoring scheme, "www.", a trailing slash and a fragment."""
    key = _url_key(url)
    return any(_url_key(k) == key for k in known)


def given_by_user(identity: Identity, page: Extracted, handles: set[str]) -> MatchResult | None:
    """CONFIRMED when the user gave this page's URL or handle; None when the page must be judged."""
    if same_page(page.url, identity.subject.known_urls) or page.source == ProbeSource.KNOWN_URL:
        return MatchResult(0.99, Decision.CONFIRMED, (f"known URL {page.url}",))
    at = handle_in_url(page.url, handles) if page.source != ProbeSource.HANDLE else ""  # by_source says those
    if at:
        return MatchResult(0.97, Decision.CONFIRMED, (f"your handle @{at} (the page's address)",))
    return None


LEARNED = 0.88  # a handle a confirmed page gives: above any derived guess, below the user's own word
# What the page's own content says against its person being the subject: another place, field, degree or record.
_CONTRADICTIONS = ("different NPI", "another city", "different state", "same state", "different credential",
                   "another credential", "different specialty", "the page gives", "the name itself points",
                   "street address differs", "age ")  # fmt: skip


def by_learned(identity: Identity, page: Extracted, markup: MatchResult, where: str = "") -> MatchResult | None:
    """CONFIRMED when the page is an account at, or signed by, a handle the subject's confirmed pages give
    (``Identity.learned_handles``) and nothing on it says it is someone else: another person's full name for
    its person, or another city, state, field, degree or record. None when no learned handle is on the page,
    the handle alone cannot say whose it is, or the page says otherwise (``markup`` stands)."""
    taught = {normalise_handle(h): url for h, url in identity.learned_handles}
    if not taught or markup.decision == Decision.CONFIRMED:
        return None
    signer, index = _signed(page, set(taught))
    if not signer:
        return None
    from footprint.usernames_learned import weak

    if weak(signer) or any(r.startswith(_CONTRADICTIONS) for r in markup.reasons):
        return None
    if held_by_another(page, markup, signer, where, identity.subject.given_name or "") is not None:
        return None  # the account names another person: the same letters are a stranger's on this network
    why = f"the handle @{signer} your confirmed page gives ({taught[signer]})"
    person = page.people[index] if index is not None else markup.person
    return MatchResult(LEARNED, Decision.CONFIRMED, (why,), person, index if index is not None else markup.person_index)


def _signed(page: Extracted, taught: set[str]) -> tuple[str, int | None]:
    """The learned handle the page is at or signed with (its account, a person's handle or a post's author
    written as the handle) and the index of the person who signs; ("", None) when none."""
    if page.source == ProbeSource.LEARNED_HANDLE and normalise_handle(page.handle) in taught:
        return normalise_handle(page.handle), (0 if page.people else None)
    at = handle_in_url(page.url, taught)
    if at:
        return at, (0 if page.people else None)
    for i, p in enumerate(page.people):
        for written in (p.handle, p.name):
            h = normalise_handle(written.replace(" ", "")) if written.strip() else ""
            if h in taught and (written is p.handle or " " not in written.strip()):
                return h, i
    authors = {normalise_handle(post.author) for post in page.posts if post.author and not post.on_post_by}
    found = sorted(authors & taught)
    return (found[0], None) if found else ("", None)


def by_source(
    page: Extracted, markup: MatchResult, where: str = "", given: str = "", initials: str = ""
) -> MatchResult:
    """The decision on a page by why it was fetched; ``markup`` is what its own content says.

    The one place a probe's provenance decides, username checks included: ``match()`` calls it for
    every page, from the probe's source the page carries. An account at a handle the user gave is
    theirs, whatever its page names; a name it shows that is not the subject's is said, for the user
    to check. An account at a handle derived from the name is at most "possible": "possible" when
    its page names nobody but the handle, rejected when it names someone who is not the subject.
    Other pages keep ``markup``.
    """
    where = where or page.site_id
    handle = (page.handle or (page.people[0].handle if page.people else "")).lstrip("@")
    if page.source == ProbeSource.HANDLE:
        reasons = [f"your handle @{handle} on {where}"]
        elsewhere = held_by_another(page, markup, handle, where, given, initials) or still_at_school(
            page, markup, handle, where
        )
        if elsewhere is not None:
            return elsewhere
        shown = _others_named(page, handle)
        if shown and markup.decision == Decision.REJECTED:
            reasons.append(f"the page shows the name {shown[0]!r}: if this account is not yours, it holds your handle")
        return MatchResult(YOURS, Decision.CONFIRMED, tuple(reasons), markup.person, markup.person_index)
    if page.source != ProbeSource.DERIVED_HANDLE:
        return markup
    if markup.decision == Decision.REJECTED and not _others_named(page, handle):
        why = (
            f"@{handle} on {where} is a handle derived from the subject's name, not one the user gave: "
            "the account exists and its page does not say whose it is (review it)"
        )
        return MatchResult(NAMELESS, Decision.POSSIBLE, (why,), markup.person, markup.person_index)
    return derived(page, markup)


def held_by_another(
    page: Extracted, markup: MatchResult, handle: str, where: str = "", given: str = "", initials: str = ""
) -> MatchResult | None:
    """POSSIBLE when the account at the user's handle shows another person's full name ("Miriam Oakes" for
    Miriam Church, "Dominic dela Cruz" for Isabel de la Cruz): a handle is unique on one network only, and
    the same letters elsewhere are often a stranger's. Only a person-like name whose family or given name
    differs counts; the handle itself, a name with digits, one word, a title and the subject's given name
    ("Dr. Maya") or the initial of one of the subject's family or middle names (``initials``: "Maya T.") leave
    the user's word standing ("drmaya on Site 0", "Kidneys"). None otherwise."""
    differs = ("family name differs", "given name differs")  # "Dominic dela Cruz" at Isabel's handle: a relative's
    if markup.decision != Decision.REJECTED or not any(r.startswith(differs) for r in markup.reasons):
        return None
    person = markup.person or (page.people[0] if page.people else None)
    name = person.name.strip() if person else ""
    words = name.split()
    if _titled_given(words, given):
        return None  # "Dr. Seun" for Oluwaseun, "Dr. Maya": the subject's given name (or its end), titled
    if _clipped_given(words, given) and not any(r.startswith("family name differs") for r in markup.reasons):
        return None  # "Dr. Ev Haskins" for Everett Haskins: the subject's own name, the given one clipped
    bare = fold(handle.lstrip("@"))
    if len([w for w in words if w.lower().strip(".") not in _TITLES]) < 2 or fold(name).replace(" ", "") == bare:
        # One word, or a title and one word ("Dr. Tiff", the display name a tagline followed): no one's full name
        return None
    if not all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words) or not _NAME_WORD.fullmatch(words[-1]):
        return None
    if len(words[-1].strip(".")) < 2 and (not initials or fold(words[-1])[:1] in initials):
        return None  # "Maya T.": the subject's own name, shortened ("Yousef R." for Alkhatib is another's)
    if not person or (person.read_from and all(r.startswith("name:text") for r in person.read_from)):  # a mention
        return None
    why = (
        f"@{handle} on {where or page.site_id} is your handle, but the page names {name}: on this network the "
        "handle may be someone else's (answer 'Is this you?')"
    )
    return MatchResult(ELSEWHERE, Decision.POSSIBLE, (why,), markup.person, markup.person_index)


# A school class the account is still in: "Duluth East '27", "Class of 2028", "c/o 2027", "UMN '29".
_CLASS_YEAR = re.compile(r"(?:\bclass of\s+|\bc/o\s+)(?:20)?(\d{2})\b|(?<![\w'’])['’](\d{2})\b", re.I)
# Words by which an account presents as someone in medicine: then a class year may be a residency's.
_MEDICAL = re.compile(
    r"\b(?:dr|doc|doctor|physician|surgeon|resident|residency|fellow|fellowship|pgy-?\d|ms[1-4]"
    r"|med(?:ical)?\s+(?:school|student)|nurse|clinic|hospital|patients?)\b",
    re.I,
)
_DEGREE = re.compile(r"\b(?:MD|DO|M\.D\.|D\.O\.|MBBS|RN|NP|PA-C)\b")  # capitals: "do" is a verb


def still_at_school(page: Extracted, markup: MatchResult, handle: str, where: str = "") -> MatchResult | None:
    """POSSIBLE when the account at the user's handle says in its own name or bio that it is a student whose
    class has not graduated ("Duluth East '27 · D1 commit"), and nothing on it presents as someone in medicine:
    a practising physician finished school years ago, so the same letters are a student's on this network
    (answer 'Is this you?'). None otherwise, and for a medical student's or resident's bio ("MS3, '27")."""
    from datetime import date

    person = markup.person or (page.people[0] if page.people else None)
    if person is None or not person.read_from or all(r.startswith("name:text") for r in person.read_from):
        return None
    # The account's page: its headline and bio (the bio from its data joins the page's text).
    own = " ".join((person.name, person.practice, person.context.split(" [page: ")[0], page.text[:1000]))
    if _MEDICAL.search(own) or _DEGREE.search(own) or groups_of(own):
        return None
    year = date.today().year
    classes = [c for c in (2000 + int(a or b) for a, b in _CLASS_YEAR.findall(own)) if year <= c <= year + 6]
    if not classes:
        return None
    why = (
        f"@{handle} on {where or page.site_id} is your handle, but the account says it is a student's "
        f"(class of {min(classes)}): on this network the handle may be someone else's "
        "(answer 'Is this you?')"
    )
    return MatchResult(ELSEWHERE, Decision.POSSIBLE, (why,), markup.person, markup.person_index)


_TITLES = frozenset({"dr", "doc", "doctor", "prof", "professor"})


def _titled_given(words: list[str], given: str) -> bool:
    """A title and one name that is the subject's given name or its last syllables ("Dr. Seun" for
    Oluwaseun, "Dr. Tina" for Christina): how a doctor signs a channel, not another person's name."""
    rest = [w for w in words if w.lower().strip(".") not in _TITLES]
    if len(rest) != 1 or len(rest) == len(words) or not given:
        return False
    name, full = fold(rest[0]), fold(given)
    return len(name) >= 3 and (name == full or (len(name) >= 4 and full.endswith(name)) or full.startswith(name))


def _clipped_given(words: list[str], given: str) -> bool:
    """The first name on the page (after any title) begins the subject's given name and is shorter: "Ev" for
    Everett, "Fran" for Francesca. At the user's own handle, with the family name the same, that is how the
    subject shortens their name on the account; a stranger holding the handle would have a name of their own."""
    rest = [fold(w.strip(".")) for w in words if w.lower().strip(".") not in _TITLES]
    full = fold(given)
    return len(rest) >= 2 and bool(full) and 2 <= len(rest[0]) < len(full) and full.startswith(rest[0])


# Lower-case words inside a family name ("Dominic dela Cruz", "Ana van der Berg"): still a person's name.
_PARTICLES = frozenset({"de", "la", "del", "dela", "della", "der", "den", "van", "von", "da", "di", "du", "le",
                        "al", "el", "bin", "ibn", "ter", "ten", "dos", "das", "do"})  # fmt: skip
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'\u00c0-\u024f.-]*")
ELSEWHERE = 0.55  # the user's handle, another person's name on the page: for the user to answer

YOURS = 0.97  # the user's own word: an account at their handle is theirs
NAMELESS = 0.5  # an account at a derived handle, and nothing else


def _others_named(page: Extracted, handle: str) -> list[str]:
    """Names the page gives that are not the handle itself."""
    bare = fold(handle.lstrip("@"))
    return [p.name for p in page.people if p.name.strip() and fold(p.name).replace(" ", "") != bare]


# Where a network files one post under its account's page: Bluesky's "/profile/ann/post/3kx7", X's
# "/ann/status/1789", Facebook's "/ann/posts/123".
_POST_DIRS = frozenset({"post", "posts", "status", "statuses"})


def handle_in_url(url: str, handles: set[str]) -> str:
    """The user's handle when ``url`` is that account's own page ("/@name", "/name", "/profile/name") or a
    post under it ("/@name/video/123", "/@name/112233", "/profile/name/post/3kx7", "/name/status/1789"): what
    an account at the user's handle posts is theirs."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    if not parts or not handles:
        return ""
    if len(parts) >= 3 and parts[-2].lower() in _POST_DIRS:
        parts = parts[:-2]  # a post's own address: the account's page is the path before it
    under = next((h for p in parts[:-1] if p.startswith("@") and (h := normalise_handle(p)) in handles), "")
    if under:
        return under
    own_page = len(parts) == 1 or parts[-1].startswith("@") or parts[-2].lower() in PROFILE_DIRS
    if not own_page:
        return ""
    found = {normalise_handle(parts[-1]), normalise_handle(url.split("?", 1)[0].rstrip("/"))} & handles
    found |= {h for h in (on_networks_domain(parts[-1], url),) if h in handles}
    return sorted(found)[0] if found else ""


def on_networks_domain(written: str, url: str) -> str:
    """The account name of a handle written as a name under the network's own domain: "ann.bsky.social" on
    bsky.app is "ann", the default form of every handle there; "" for any other domain ("ann.example.com" is
    a handle the owner of that domain set)."""
    labels = written.lower().lstrip("@").split(".")
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").split(".")
    if len(labels) != 3 or not labels[0] or not host[0]:
        return ""
    return labels[0] if labels[1] == host[0] else ""


def derived(page: Extracted, result: MatchResult) -> MatchResult:
    """A page found only by guessing a handle from the name stays "possible", whatever it says about
    itself: anyone can open an account with the doctor's name, field and city in its bio. Only the
    user's word (or a search that found the account) makes it theirs."""
    if page.source != ProbeSource.DERIVED_HANDLE or result.score < LIKELY_FLOOR:
        return result
    why = "an account at a handle guessed from the name: possible until you confirm it is yours"
    return replace(result, score=DERIVED_CAP, decision=Decision.POSSIBLE, reasons=(*result.reasons, why))


LIKELY_FLOOR = 0.7  # below this the page is already at most possible


def same_account(matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """A post under a matched account's address (".../profile/x/post/1" under ".../profile/x") is that
    account's: it takes the account's decision, since a post rarely repeats who wrote it. A post rejected only
    because it names nobody (a post's page often shows its text and no author's name) is no exception: nothing
    on it says it is someone else's."""
    accounts = [
        m for m in matches if m.result.decision.is_match and m.page.kind == PageKind.SOCIAL_PROFILE and m.page.url
    ]
    out = []
    for m in matches:
        owner = next((a for a in accounts if a is not m and m.page.url.startswith(a.page.url.rstrip("/") + "/")), None)
        if owner is None or m.result.decision.is_match or (m.result.decision == Decision.REJECTED and not _nameless(m)):
            out.append(m)
            continue
        why = f"posted on the account {owner.page.url}, which is the subject's"
        # A post's page that names nobody is the account's person's: their handle makes its posts their own.
        person, index = m.result.person, m.result.person_index
        if person is None and owner.result.person is not None and owner.result.person.handle:
            person, index = PersonRecord(name="", handle=owner.result.person.handle, read_from=(ACCOUNT,)), None
        result = MatchResult(owner.result.score, owner.result.decision, (*m.result.reasons, why), person, index)
        out.append(Match(m.page, result))
    return tuple(out)


NO_PERSON = "no person named on the page"
ACCOUNT = "handle:the account the post is under"


def _nameless(m: Match) -> bool:
    """True when the page was rejected for naming nobody, and for nothing else."""
    return m.result.reasons == (NO_PERSON,)


_AT_A_HANDLE = (ProbeSource.HANDLE, ProbeSource.DERIVED_HANDLE, ProbeSource.LEARNED_HANDLE)
CITED = 0.85  # the subject's name beside a handle the user gave: likely, not the user's own word
CITES = "the page writes your handle @"  # the reason ``cites_handle`` gives, which ``pinning`` reads


def cites_handle(identity: Identity, page: Extracted, judged: MatchResult, handles: set[str]) -> MatchResult | None:
    """LIKELY when the page's person has the subject's name and the page writes a handle the user gave as theirs
    ("sports med doc · @dr.tiffruns" in a Strava athlete's bio under "Tiffany Hsieh", "Tiffany Hsieh (@dr.tiffruns)"
    in a friend's post): the account's owner points at the user's account. None when the page's content says the
    person is someone else, or the name is not the subject's."""
    from footprint.match.name_fit import subject_names
    from footprint.namematch import fit

    person = judged.person
    if judged.decision.is_match or person is None or not handles or not page.text:
        return None
    if page.source in _AT_A_HANDLE or handle_in_url(page.url, handles):
        return None  # the account at the handle itself: what it says of its holder decides (``by_source``)
    if any(r.startswith(_CONTRADICTIONS) for r in judged.reasons):
        return None
    name = fit(subject_names(identity.subject), person.name)
    if name.score < CITED or name.conflict:
        return None
    for handle in sorted(handles):
        if re.search(rf"(?<![\w.@/])@{re.escape(handle)}(?![\w.]*\w)", page.text, re.I):
            why = f"{CITES}{handle} beside {person.name}"
            return replace(judged, score=max(judged.score, CITED), decision=Decision.LIKELY,
                           reasons=(*judged.reasons, why))  # fmt: skip
    return None
