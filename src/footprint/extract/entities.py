"""Entities in visible text: phone numbers, e-mail addresses, ages.

Phone numbers are found and normalised with ``phonenumbers`` (US region),
so "(503) 555-0142" and "503.555.0142" compare equal.
"""

from __future__ import annotations

import re

import phonenumbers

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b")
AGE = re.compile(r"\bAge:?\s*(\d{2,3})\b", re.I)


def normalise_phone(text: str) -> str | None:
    """E.164 form of a US phone number in ``text`` ("+15035550142"), or None."""
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones_in(text: str) -> tuple[str, ...]:
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in found:
            found.append(e164)
    return tuple(found)


def emails_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group().lower() for m in EMAIL.finditer(text)))


def age_in(text: str) -> int | None:
    m = AGE.search(text)
    return int(m.group(1)) if m else None


def display_phone(e164: str) -> str:
    """ "+15035550142" as "(503) 555-0142"."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, "US"), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return e164
