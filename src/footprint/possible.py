"""What a scan could not decide: whether the subject was pinned down, and the pages that may be them.

A scan that cannot tell which physician the subject is (the NPI registry
lists several of that name and nothing given tells them apart), or that
could confirm no page at all, must say so instead of "no exposures". Pages
matched only "possible" are never assessed: each is listed with its link,
what it shows ("a people-search listing with an address and two phone
numbers") and why footprint could not decide, for the user to answer with
``footprint review``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from footprint.identity import fold
from footprint.models import Decision, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord, Scan
from footprint.sites.labels import site_label

THRESHOLD = 0.70  # what counts as "about you" (likely); see footprint.match
COUNTS = {1: "a", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
KIND_WORDS = {
    PageKind.PEOPLE_SEARCH: "a people-search listing",
    PageKind.RATINGS_PROFILE: "a ratings profile",
    PageKind.DIRECTORY_LISTING: "a directory profile",
    PageKind.SOCIAL_PROFILE: "a social profile",
    PageKind.SOCIAL_POST: "a social post",
    PageKind.NEWS: "a news article",
    PageKind.OFFICIAL_RECORD: "an official record",
    PageKind.PERSONAL_SITE: "a website",
    PageKind.EXPORT_ITEM: "an item of your own data export",
}
# Words in a match reason that speak against the page being the subject's.
AGAINST = ("different", "differs", "other city", "common name", "conflict", "another", "too young", "relative")
FOR = ("same ", "nearby", "known handle", "mentions known", "tags known")


@dataclass(frozen=True)
class PossiblePage:
    """A page matched "possible": not assessed until the user says whose it is."""

    url: str
    site: str
    site_name: str
    title: str
    score: float
    shows: str  # "a people-search listing with an address and two phone numbers"
    why: str  # why footprint could not decide
    reasons: tuple[str, ...]
    handle: str = ""  # the account the page is, for a social profile (answering "mine" adds the handle too)


@dataclass(frozen=True)
class Namesake:
    """A physician of the subject's name in the NPI registry."""

    name: str
    credential: str
    specialty: str
    city: str
    state: str
    npi: str


@dataclass(frozen=True)
class Pinning:
    """Whether the scan knows which physician the subject is; when not, why and what to do."""

    pinned: bool
    summary: str = ""
    hint: str = ""
    namesakes: tuple[Namesake, ...] = ()


def namesake(record: NpiRecord) -> Namesake:
    place = record.location
    full = " ".join(p for p in (record.first_name, record.middle_name, record.last_name) if p)
    return Namesake(
        name=full,
        credential=record.credential,
        specialty=record.taxonomies[0] if record.taxonomies else "",
        city=place.city if place else "",
        state=place.state if place else "",
        npi=record.number,
    )


def pinning(scan: Scan) -> Pinning:
    """Pinned when the NPI record is known, or some page is confirmed as the subject's and no namesake remains."""
    who = scan.identity
    subject = who.subject
    name = f"{subject.given_name} {subject.family_name}"
    possible = possible_pages(scan)
    if who.npi_record is None and who.npi_namesakes and not subject.npi:
        n = len(who.npi_namesakes)
        physicians = "one physician" if n == 1 else f"{n} physicians"
        typed = fold(subject.given_name or "")
        if not any(fold(r.first_name) == typed or typed in fold(r.middle_name).split() for r in who.npi_namesakes):
            # Records under a formal form of the everyday name typed ("Bert" typed, ALBERT registered): say so.
            formal = sorted({r.first_name.title() for r in who.npi_namesakes})
            name = f"{' or '.join(formal)} {subject.family_name} (the formal form of {subject.given_name})"
        summary = (
            f"The NPI registry lists {physicians} named {name}, and nothing given tells "
            f"{'whether it is you' if n == 1 else 'which one you are'}"
        )
        summary += f": {_pages(len(possible))} may be about you and were not assessed." if possible else "."
        namesakes = tuple(namesake(r) for r in who.npi_namesakes)
        hint = (
            f"Scan again with the NPI listed for you (e.g. --npi {namesakes[0].npi}), "
            "or narrow it with --state, --city and --specialty"
        )
        hint += "; or answer 'Is this you?' for each page with: footprint review" if possible else ""
        return Pinning(False, summary, hint, namesakes)
    if who.npi_record is not None and who.chosen_by_sites and not subject.npi:
        return _taken(who, name)
    if who.npi_record is not None and who.chosen_by_page and not subject.npi:
        return _taken_by_page(who, name)
    matched = any(m.result.decision.is_match for m in scan.matches if m.page.kind != PageKind.EXPORT_ITEM)
    if who.npi_record is None and not matched and possible:
        summary = f"No page could be tied to {name} for certain: {_pages(len(possible))} may be about you."
        hint = (
            "Add --npi, --state, --city or --specialty and scan again, or answer 'Is this you?' with: footprint review"
        )
        return Pinning(False, summary, hint)
    return Pinning(True)


def _taken(who: Identity, name: str) -> Pinning:
    """Pinned by the pages, not by the user: which record was taken, why, and how to correct it."""
    from footprint.match.consensus import against

    assert who.npi_record is not None
    chosen = namesake(who.npi_record)
    others = who.registry_others
    where = ", ".join(p for p in (chosen.specialty, chosen.city) if p)
    n = len(others)
    rest = against(who.chosen_against_sites, n)
    summary = (
        f"The NPI registry lists {n + 1} physicians named {name}; pages on {who.chosen_by_sites} sites agree with "
        f"NPI {chosen.npi}{f' ({where})' if where else ''} and {rest}, so this report takes you to be that physician"
    )
    hint = f"If you are not NPI {chosen.npi}, scan again with the NPI listed for you" + (
        f" (e.g. --npi {others[0].number})" if others else ""
    )
    return Pinning(True, summary, hint, (chosen, *(namesake(r) for r in others)))


def _taken_by_page(who: Identity, name: str) -> Pinning:
    """Pinned by a page that writes the user's handle beside their name: which record, which page, how to correct."""
    assert who.npi_record is not None
    chosen = namesake(who.npi_record)
    others = who.registry_others
    where = ", ".join(p for p in (chosen.specialty, chosen.city) if p)
    handles = ", ".join(f"@{h.lstrip('@')}" for h in who.subject.handles) or "your handle"
    summary = (
        f"The NPI registry lists {len(others) + 1} physicians named {name}; {who.chosen_by_page} writes {handles} "
        f"beside your name with the office of NPI {chosen.npi}{f' ({where})' if where else ''}, so this report takes "
        "you to be that physician"
    )
    hint = f"If you are not NPI {chosen.npi}, scan again with the NPI listed for you" + (
        f" (e.g. --npi {others[0].number})" if others else ""
    )
    return Pinning(True, summary, hint, (chosen, *(namesake(r) for r in others)))


def _pages(n: int) -> str:
    return "1 page" if n == 1 else f"{n} pages"


def possible_pages(scan: Scan) -> tuple[PossiblePage, ...]:
    """Every page matched "possible", once per page; an account read both as its profile page and
    through its API is one entry (the profile's link, and what both show)."""
    found: dict[str, tuple[Match, PersonRecord | None, list[Extracted]]] = {}
    accounts: dict[tuple[str, str], str] = {}
    for m in sorted(scan.matches, key=lambda m: (_from_api(m.page), -m.result.score)):
        if m.result.decision != Decision.POSSIBLE or m.page.kind == PageKind.EXPORT_ITEM:
            continue
        person = chosen_person(scan.identity, m)
        handle = person.handle if person is not None else ""
        first = accounts.get((m.page.site_id, handle)) if handle else None
        if first is not None:
            found[first][2].append(m.page)  # the same account again (its posts, through the API)
            continue
        if m.page.url in found:
            continue
        if handle:
            accounts[(m.page.site_id, handle)] = m.page.url
        found[m.page.url] = (m, person, [m.page])
    out = []
    for m, person, pages in found.values():
        seen = replace(
            m.page, posts=tuple(p for x in pages for p in x.posts), photos=tuple(p for x in pages for p in x.photos)
        )
        out.append(
            PossiblePage(
                url=m.page.url,
                site=m.page.site_id,
                site_name=site_label(m.page.site_id),
                title=m.page.title,
                score=m.result.score,
                shows=shows(seen, person),
                why=why_uncertain(scan.identity, m),
                reasons=m.result.reasons,
                handle=person.handle if person is not None else "",
            )
        )
    return tuple(sorted(out, key=lambda p: (-p.score, p.site_name, p.url)))


def _from_api(page: Extracted) -> bool:
    return bool(getattr(page, "from_api", False)) or "/api/" in page.url


def chosen_person(identity: Identity, m: Match) -> PersonRecord | None:
    """The person on the page the match is about: the matcher's choice when it says, else the best-named one."""
    chosen = getattr(m.result, "person", None)
    if isinstance(chosen, PersonRecord):
        return chosen
    named = [p for p in m.page.people if p.name.strip()]
    if len(named) <= 1:
        return m.page.person
    from footprint.match.person import name_score

    return max(named, key=lambda p: name_score(identity, p.name)[0])


def _count(n: int, one: str, many: str) -> str:
    return f"{COUNTS.get(n, str(n))} {one if n == 1 else many}"


def shows(page: Extracted, person: PersonRecord | None) -> str:
    """What a page shows about the person, in words: "a people-search listing with an address and two phone numbers"."""
    items: list[str] = []
    if person is not None:
        if person.addresses:
            items.append(_count(len(person.addresses), "address", "addresses").replace("a address", "an address"))
        if person.phones:
            items.append(_count(len(person.phones), "phone number", "phone numbers"))
        if person.emails:
            items.append(_count(len(person.emails), "e-mail address", "e-mail addresses").replace("a e-", "an e-"))
        if person.relatives:
            items.append(f"the names of {_count(len(person.relatives), 'relative', 'relatives')}")
        if person.birth_date:
            items.append("a birth date")
        elif person.age is not None:
            items.append("an age")
        if person.specialties and not items:
            items.append(f"a specialty ({person.specialties[0]})")
    if page.rating is not None:
        count = f" from {page.rating.count} reviews" if page.rating.count else ""
        items.append(f"a rating of {page.rating.out_of_five:.1f} of 5{count}")
    elif page.reviews:
        items.append(_count(len(page.reviews), "review", "reviews"))
    if page.photos:
        items.append(_count(len(page.photos), "photo", "photos"))
    if page.posts:
        items.append(_count(len(page.posts), "post", "posts"))
    if page.payments:
        items.append("industry payments")
    kind = KIND_WORDS.get(page.kind, "a page")
    if not items:
        return f"{kind} with the name only"
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f"{kind} with {listed}"


def why_uncertain(identity: Identity, m: Match) -> str:
    """Why the page is neither confirmed nor rejected, and what would decide it."""
    reasons = m.result.reasons
    against = [r for r in reasons if any(w in r.lower() for w in AGAINST)]
    fits = [r for r in reasons if r.lower().startswith(FOR)]
    if against:
        text = "some of it does not fit: " + "; ".join(against)
    elif fits:
        text = "; ".join(fits) + ", but that is not enough to be sure"
    else:
        text = "only the name fits"
    text += f" (match {m.result.score:.2f}; {THRESHOLD:.2f} or more counts as you)"
    subject = identity.subject
    if identity.npi_record is None and len(identity.npi_namesakes) > 1:
        text += f"; {len(identity.npi_namesakes)} physicians of this name are in the NPI registry"
    missing = [
        what
        for what, known in (
            ("NPI", subject.npi or identity.npi_record),
            ("city", subject.city),
            ("state", subject.state),
            ("specialty", subject.specialty),
        )
        if not known
    ]
    if missing:
        text += f"; no {_or(missing)} was given to compare"
    return text


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
