"""An account at the user's handle whose bio gives its person a trade and a place that are not the subject's.

A handle is unique on one network only: on another, the same letters belong to whoever came first, often a
namesake or a near-namesake ("dewiwulan" on Pinterest: Dewi Wulan, a florist in Bandung). Such an account
introduces its person the way shops and freelancers do, by trade and place: "Florist in Bandung, West Java",
"Wedding photographer based in Cebu", "Baker · Lyon, France". A physician's hobby account says what it is about
("Florals, bread and dogs", "amateur florist"), not a trade practised somewhere. Where the bio says nothing medical,
names a trade that is no physician's work, and places it outside the subject's city and state, the account is
another person's: held at "possible" for the user to answer ('Is this you?').
"""

from __future__ import annotations

import re

from footprint.identity import US_STATES, fold
from footprint.match.text_evidence import said
from footprint.models import Extracted, Identity, PersonRecord
from footprint.specialties import groups_of

# Trades people introduce themselves by on a profile, none of them a physician's work.
_TRADE = re.compile(
    r"\b(?:florist|baker|pastry chef|chef|cook|caterer|barista|photographer|videographer|filmmaker"
    r"|(?:graphic |interior |web |fashion )?designer|illustrator|painter|(?:tattoo |makeup |lash |brow |nail )?artist"
    r"|hairstylist"
    r"|hair stylist|stylist|barber|tailor|seamstress|jeweller|jeweler|potter|carpenter|woodworker"
    r"|(?:wedding |event )planner|decorator|realtor|real estate agent|architect|teacher|tutor|lecturer"
    r"|musician|singer|dj|guitarist|pianist|writer|author|journalist|copywriter|translator|shop owner"
    r"|personal trainer|yoga teacher|dance teacher|fitness coach|farmer|beekeeper|nail technician|esthetician"
    r"|software engineer|developer|programmer|accountant|lawyer|attorney)s?\b",
    re.I,
)
# The trade practised somewhere: "Florist in Bandung, West Java", "photographer based in Cebu", "Lash + brow artist,
# Garden Grove CA" (a place after a comma or a dot, as a bio's short lines write it).
_AT_PLACE = re.compile(
    r"^\s*(?:in|at|based in|from|serving)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?)"
)
# Words that make the trade a pastime, or the account a physician's.
_PASTIME = re.compile(r"\b(?:amateur|hobby|hobbyist|aspiring|weekend|wannabe|part[- ]time|in training)\b", re.I)
_MEDICAL = re.compile(r"\b(?:dr|doc|doctor|physician|surgeon|clinic|hospital|patients?|medicine|medical|nurse)\b", re.I)
_DEGREE = re.compile(r"\b(?:MD|DO|M\.D\.|D\.O\.|MBBS)\b")  # capitals: "do" is a verb


def trade_elsewhere(identity: Identity, person: PersonRecord, page: Extracted) -> str:
    """What the account's bio says its person does and where ("a florist in Bandung, West Java"), when that is a
    trade no physician practises, in a place that is not the subject's city or state, and the bio says nothing
    medical; "" otherwise."""
    text = bio(person, page)
    if medical(text) or groups_of(text) or _PASTIME.search(text):
        return ""
    for found in _TRADE.finditer(text):
        at = _AT_PLACE.match(text[found.end() :]) or _after_comma(text[found.end() :])
        if at is None:
            continue
        place = at.group("place")
        if not subjects_place(identity, place):
            trade = found.group(0).lower()
            return f"the account's bio says its person is {_article(trade)} {trade} in {place}"
    return ""


# After a comma or a dot, only a place that ends in a state says where: "Lash + brow artist, Garden Grove CA",
# "Baker · Lyon, France" is left to the words above ("writer, Mother of two" names no place).
_AFTER_COMMA = re.compile(
    r"^\s*[,·|]\s*(?P<place>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,?\s+(?:[A-Z]{2}|"
    + "|".join(sorted(US_STATES.values(), key=len, reverse=True))
    + r"))\b"
)


def _after_comma(text: str) -> re.Match[str] | None:
    return _AFTER_COMMA.match(text)


def bio(person: PersonRecord, page: Extracted) -> str:
    """What an account's page says of its person: the person's own context and the page's opening words."""
    return " ".join((person.context.split(" [page: ")[0], page.text[:600]))


def medical(bio: str) -> bool:
    """True when ``bio`` says anything medical: a physician's words, a clinic, a degree."""
    return bool(_MEDICAL.search(bio) or _DEGREE.search(bio))


def subjects_place(identity: Identity, place: str) -> bool:
    """True when ``place`` names the subject's city or state (typed, or the registry's practice address)."""
    subject, record = identity.subject, identity.npi_record
    cities = [subject.city or "", *(a.city for a in (record.addresses if record else ()))]
    states = [subject.state or "", *(a.state for a in (record.addresses if record else ()))]
    names = {fold(c) for c in cities if c} | {fold(US_STATES.get(s.upper(), "")) for s in states if s}
    written = fold(place)
    codes = {s.upper() for s in states if s}
    return any(said(n, written) for n in names if n) or any(w in codes for w in re.findall(r"\b[A-Z]{2}\b", place))


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
