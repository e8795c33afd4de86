"""A page about the subject's practice rather than the subject: a business page on a ratings site.

Patients review a solo or small practice under its own name ("Saguaro Women's Health - Yelp"):
the page never names the doctor in its headline, yet its reviews are about them and the answers
are theirs. Such a page is the subject's when its business is their practice (the NPI record's
street or phone, or the practice the user named) and the page itself names the subject ("Dr.
Okonkwo-Reyes", the full name, or a reply signed "Marisol O."): likely. The practice's page
that never names the subject is only possible: a group practice has other doctors.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from footprint.identity import fold, house_key
from footprint.models import Decision, Extracted, Identity, MatchResult, PersonRecord
from footprint.namematch import SubjectNames

PRACTICE_PAGE = 0.8
PRACTICE_ONLY = 0.55


def street_key(street: str) -> str:
    """The house number and the first word of the street ("40 mill"), the part two listings of one office share;
    "" for a street without a number."""
    words = fold(street).split()
    return house_key(street) if len(words) > 1 and words[0].isdigit() else ""


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())[-10:]


def is_theirs(identity: Identity, business: PersonRecord) -> str:
    """Why ``business`` is the subject's practice ("" when it is not)."""
    practice = identity.subject.practice or ""
    if practice and fuzz.token_set_ratio(fold(practice), fold(business.practice)) >= 90:
        return f"the practice you named: {business.practice}"
    record = identity.npi_record
    if record is None:
        return ""
    streets = {street_key(a.street) for a in record.addresses} - {""}
    same = next((a for a in business.addresses if street_key(a.street) in streets), None)
    if same is not None:
        return f"{business.practice or 'the business'} is at the NPI record's address, {same.street}"
    phones = {_digits(p) for p in record.phones} - {""}
    if phones & {_digits(p) for p in business.phones}:
        return f"{business.practice or 'the business'} has the NPI record's phone"
    return ""


def names_subject(identity: Identity, page: Extracted) -> str:
    """How the page names the subject: "Dr. Family", the full name, or the given name and family initial."""
    s = identity.subject
    given, family = fold(s.given_name or ""), fold(s.family_name or "")
    if not given or not family:
        return ""
    said = " ".join((page.text, *(r.text for r in page.reviews), *(r.reply for r in page.reviews)))
    text = f" {fold(said)} "
    forms = [(f" dr {family} ", f"Dr. {s.family_name}"), (f" {given} {family} ", f"{s.given_name} {s.family_name}")]
    # The given name as the doctor goes by it, a nickname ("Delia" for Cordelia) or the one the user's handle
    # writes: Yelp signs an owner's reply "Delia V., Business Owner", and patients write "Dr. Delia".
    names = SubjectNames.of(s)
    givens = [given, *sorted(g for g in names.given_forms | names.handle_givens if len(g) > 2 and g != given)]
    forms += [(f" {g} {family[0]} ", f"{g.title()} {family[0].upper()}.") for g in givens]
    # On the practice's own page a patient may write one half of a double family name ("Dr. Kessel") or the
    # doctor's given name ("Dr. Nadia"): the practice already tells who that is.
    forms += [(f" dr {part} ", f"Dr. {part.title()}") for part in family.split() if len(part) > 2]
    forms += [(f" dr {g} ", f"Dr. {g.title()}") for g in givens]
    return next((shown for form, shown in forms if form in text), "")


def practice_page(identity: Identity, page: Extracted) -> MatchResult | None:
    """The decision for a business page that is the subject's practice's; None when it is not theirs. A business
    page not known to be theirs whose reviews name the subject ("Dr. Fennimore spent 8 minutes with me") is a
    practice of theirs or of a namesake's, never a person of the business's name ("family name differs: Medicine"):
    possible, or rejected as the namesake's when it stands at another registry record's office."""
    business = page.business
    if business is None:
        return None
    why = is_theirs(identity, business)
    if not why:
        return _unplaced(identity, page, business)
    named = names_subject(identity, page)
    # The page's own entity is the business: its listing is compared as the practice's, never as a person's.
    if named:
        reasons = (f"the page of your practice: {why}", f"the page names {named}")
        return MatchResult(PRACTICE_PAGE, Decision.LIKELY, reasons, business)
    reasons = (f"the page of your practice: {why}", "the page does not name you: a practice may have other doctors")
    return MatchResult(PRACTICE_ONLY, Decision.POSSIBLE, reasons, business)


PRACTICE_UNPLACED = 0.5
NAMESAKES_OFFICE = 0.05


def _unplaced(identity: Identity, page: Extracted, business: PersonRecord) -> MatchResult | None:
    """POSSIBLE for a business page naming the subject that is at no registry record's office the scan knows (none
    chosen, or the practice moved); REJECTED at a namesake's office; None when it names nobody of theirs."""
    named = names_subject(identity, page)
    if not named:
        return None
    for other in identity.registry_others if identity.npi_record is not None else ():
        if is_theirs(replace(identity, npi_record=other), business):  # the namesake's own practice
            why = f"a business page at the office of the registry's other physician of the name (NPI {other.number})"
            return MatchResult(NAMESAKES_OFFICE, Decision.REJECTED, (why,), business)
    where = business.practice or "the business"
    office = next((r for r in identity.npi_namesakes if is_theirs(replace(identity, npi_record=r), business)), None)
    reasons = (
        f"a business page ({where}) whose reviews name {named}",
        f"at the office of NPI {office.number}, one of the registry's physicians of your name: yours if that is you"
        if office is not None
        else "not at your NPI record's office nor the practice you named: yours if you practise there",
    )
    return MatchResult(PRACTICE_UNPLACED, Decision.POSSIBLE, reasons, business)
