"""People mentioned in a page's running text, each with the sentences around the mention.

A news story quoting the doctor, a board action naming them, a staff directory listing
them among colleagues or a community page naming their family marks nobody up: the
names are in the prose. The main text is read with ``trafilatura`` (the visible lines
when it keeps too little, as on a directory page) and the date with ``htmldate``; every
name-shaped phrase becomes a record whose ``context`` holds its sentence (and the next
one when that goes on about the same person), plus the page's title, so the place and
specialty written near a name count as evidence for it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from footprint.extract import echo
from footprint.extract.entities import STREET_ADDRESS, emails_in, parse_address, phones_in, relatives_in
from footprint.extract.families import members_in
from footprint.extract.letters import LOWER, UPPER
from footprint.extract.name_orders import initials_in, initials_signed, uncapitalised
from footprint.extract.names import NameSpan, names_in, nickname_form, titled_families_in
from footprint.extract.places import places_in
from footprint.identity import fold, plain
from footprint.models import Address, PersonRecord
from footprint.specialties import shorthand_fields
from footprint.specialty_words import GROUPS

log = logging.getLogger(__name__)

MAX_PEOPLE = 40  # a page naming more is a list; the first forty are plenty to find one person
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'”])[.!?]+[\"'”]?\s+(?=[A-Z\"'“])|\n+")
_SPECIALTY_WORDS = sorted({w for words in GROUPS.values() for w in words if len(w) > 3}, key=len, reverse=True)
_SPECIALTY = re.compile(r"(?<![a-z])(" + "|".join(re.escape(w) for w in _SPECIALTY_WORDS) + r")(?![a-z])", re.I)


def main_text(html: str) -> str:
    """The page's main text (article body, post, comments), or "" when trafilatura finds none."""
    import trafilatura  # heavy: loaded only when a page is read

    try:
        found = trafilatura.extract(html, include_comments=True, include_tables=True, favor_recall=True, fast=True)
    except Exception as exc:  # noqa: BLE001 - a hostile page must not end the scan
        log.debug("trafilatura could not read the page: %s", exc)
        return ""
    return found or ""


def published(html: str) -> str:
    """The page's publication date (YYYY-MM-DD), or "" when it does not say."""
    from htmldate import find_date  # heavy: loaded only when a page is read

    try:
        return find_date(html, extensive_search=False, original_date=True) or ""
    except Exception as exc:  # noqa: BLE001 - a hostile page must not end the scan
        log.debug("htmldate could not read the page: %s", exc)
        return ""


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line; "Dr.", "St." and initials do not end one."""
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)$", text[start : m.start()])
        if m.group().startswith(".") and "\n" not in m.group() and before and _abbreviation(before.group(1)):
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


_ABBREVIATIONS = {
    "dr", "drs", "dra", "mr", "mrs", "ms", "prof", "st", "ste", "ave", "jr", "sr", "no", "vs", "mt", "ft", "inc", "lic",
    "reg",
}  # fmt: skip


def _abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _context(text: str, spans: list[tuple[int, int]], at: int, name: str = "") -> str:
    """The sentence naming someone, and what goes on about them: the next sentence when it opens with a
    pronoun ("She..."), and either of the next two when it opens with their name ("Kate and her husband...")."""
    words = name.split()
    pronoun = re.compile(r"^[\"'“]?(?:She|He|They|Her|His|Their)\b")
    by_name = re.compile(rf"^[\"'“]?(?:{re.escape(words[0])}|Dr\.? {re.escape(words[-1])})\b") if words else None
    for i, (a, b) in enumerate(spans):
        if a <= at < b:
            said = text[a:b].strip()
            after = [text[x:y].strip() for x, y in spans[i + 1 : i + 3]]
            if after and pronoun.match(after[0]):
                said += " " + after[0]
            elif by_name is not None:
                said += next((" " + s for s in after if by_name.match(s)), "")
            return said
    return ""


# What opens a signature: a dash before the name, or a closing word on the line before ("Thanks,").
_DASH = re.compile(r"^\s*(?:[-–—~]+|signed:?|posted by:?)\s*$", re.I)
_CLOSING = re.compile(r"^\s*(?:thanks|thank you|best|cheers|sincerely|regards|warmly|yours(?: truly)?|best regards"
                      r"|kind regards|respectfully)\s*,?\s*$", re.I)  # fmt: skip
_SIGNATURE_LINES = 3
_ORGANISATION_CONTACT = re.compile(
    r"^\s*(?!(?:my|cell|mobile|personal|direct)\b)[A-Z][\w&' ]{1,40}?\s+(?:e-?mail|phone|line|office|fax)\s*:", re.I
)


_SIGNATURE_TAIL = 6  # words after a signed name on its line: a role or a credential, not a sentence


def sign_off(text: str, at: int, end_at: int = -1) -> str:
    """The lines under a signed name ("— Chloé Bissonnette" then "Women's Division Coordinator", "cell 802-…"):
    a post's or a letter's signature, whose role, phone and e-mail are the signer's; "" when the name at ``at``
    does not sign anything. A name alone on its line after a paragraph ("J.W. Marchbanks Jr., D.O." then
    "Bowling Green", under a letter to the editor; ``end_at`` is where the name ends) signs too, with the
    two lines under it."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    previous = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)] if start else ""
    end = text.find("\n", at)
    if end < 0:
        return ""
    alone = end_at > at and not before.strip() and not text[end_at:end].strip(" .,") and previous.rstrip()[-1:] in ".!?"
    # "— Jane Roe" ends its line (a role at most after it); "- Jane Roe, M.D. '13, married ..." is a list's item.
    dashed = bool(_DASH.match(before)) and (end_at <= at or len(text[end_at:end].split()) <= _SIGNATURE_TAIL)
    if not (dashed or (not before.strip() and _CLOSING.match(previous)) or alone):
        return ""
    lines: list[str] = []
    for line in text[end + 1 :].split("\n")[: 2 if alone else _SIGNATURE_LINES]:
        if not line.strip() or len(line) > 100 or _ORGANISATION_CONTACT.match(line):
            break  # "League e-mail: board@…": the organisation's, not the signer's
        if _SIGNED_INLINE.search(line):
            # "Fireworks" then "Enough already. — Lois Kamp, Wyoming": the next letter, its heading and its writer.
            lines = lines[:-1]
            break
        lines.append(line.strip())
    return " · ".join(lines)


# Another writer's sign-off inside a line: "Enough already. — Lois Kamp, Wyoming".
_SIGNED_INLINE = re.compile(rf"(?:^|\s)(?:--|—|–)\s*(?:[{UPPER}]\.|[{UPPER}][{LOWER}]+\s+[{UPPER}])")
_LETTER_LINES = 2
_LETTER_CHARS = 800


def signed_words(text: str, at: int) -> str:
    """What the writer of a sign-off on its own line wrote above it: the letter's or the post's last paragraphs
    ("After thirty years in aviation medicine I ..." over "— D.R.A., D.O., Ada"), up to the heading or another
    writer's sign-off; "" when the name at ``at`` is no dashed sign-off alone on its line."""
    start = text.rfind("\n", 0, at) + 1
    if not start or not _DASH.match(text[start:at]):
        return ""
    out: list[str] = []
    for line in reversed(text[: start - 1].split("\n")[-_LETTER_LINES:]):
        line = line.strip()
        if not line or line[-1:] not in '.!?"”' or _SIGNED_INLINE.search(line):
            break  # a heading, a blank, or the letter above ends here
        out.insert(0, line)
    return " ".join(out)[-_LETTER_CHARS:]


def _own_addresses(name: str, context: str) -> tuple[Address, ...]:
    """The street address a record writes right after the name ("Registered Agent: J. WENDELL MARCHBANKS JR,
    418 CHESTNUT RIDGE TRACE, BOWLING GREEN, KY 42103"): that person's, as filings and registers list them."""
    words = [re.escape(w) for w in name.split()]
    if not words:
        return ()
    written = re.compile(r"(?<![\w])" + r"[\s.]*".join(words) + r"\.?,?\s+(?=\d)", re.I)
    out = []
    for m in written.finditer(context):
        found = STREET_ADDRESS.match(context, m.end())
        if found is not None:
            parsed = parse_address(found.group())
            if parsed.street and parsed.postal_code:
                out.append(replace(parsed, city=parsed.city.title()))
    return tuple(dict.fromkeys(out))


# A person who signed the text ("— Jane Roe" then her role, cell and e-mail): what the lines under the name give
# is the signer's own. (A mention still: it starts "name:text".)
SIGNED = "name:text:signed"


def _without_others_roles(context: str, name: str) -> str:
    """``context`` without the field written as another person's title or apposition ("her husband,
    cardiologist Dr. Paul Church", "Paul Church, a cardiologist"): that field is theirs, not ``name``'s."""
    from footprint.extract.names import PROFESSIONS

    others = [n for n in names_in(context) if fold(n.name) != fold(name)]
    for other in sorted(others, key=lambda n: n.start, reverse=True):
        before = re.search(rf"\b(?:{PROFESSIONS})[ \t]+$", context[: other.start], re.I)
        after = re.match(rf",?[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?(?:{PROFESSIONS})\b", context[other.end :], re.I)
        start = before.start() if before else other.start
        end = other.end + (after.end() if after else 0)
        if before or after:
            context = context[:start] + context[end:]
    return context


def record_for(span: NameSpan, context: str, title: str, layer: str = "name:text") -> PersonRecord:
    """The person ``span`` names, with what ``context`` (their sentence or card) says about them."""
    own = _without_others_roles(context, span.name)
    words = [m.group(1).lower() for m in _SPECIALTY.finditer(plain(own))]  # "médica familiar" unaccented
    words += shorthand_fields(context)
    specialties = tuple(dict.fromkeys(words))
    return PersonRecord(
        name=span.name,
        credentials=span.credentials,
        specialties=specialties,
        # The name itself is no part of a town: "Ann Roe Duluth, Minnesota", a footer's line run together; and
        # "— Lois Kamp, Wyoming" signs with a town (a suburb a state's name), not a city called "Lois Kamp".
        addresses=(
            *_own_addresses(span.name, context),
            *(
                a
                for a in places_in(uncapitalised(context.replace(span.name, " · ")))
                if fold(a.city) != fold(span.name)
            ),
        ),
        aliases=nickname_form(span),
        relatives=tuple(r for r in relatives_in(context) if r.split()[0] != span.name.split()[0]),
        context=f"{context} [page: {title}]" if title else context,
        read_from=(layer,),
    )


def people(
    text: str, title: str = "", known: set[str] | frozenset[str] = frozenset(), page: str = ""
) -> list[PersonRecord]:
    """One record per person named in ``text`` (names already in ``known``, folded, are skipped); a writer
    who signs ``text`` or the ``page`` it is from with initials and a credential ("P.H.V., DO") is one of them."""
    spans = sentences(text)
    found: dict[str, PersonRecord] = {}
    full = names_in(text)
    full += initials_in(text, initials_signed(f"{page}\n{text}"))
    full += members_in(text)  # "The Roe family (Jane, Sam and Ava)": each member under the family name
    # "Dr. Harlow" alone is a person only when no full name on the page has that family name.
    families = {fold(n).split()[-1] for n in known if n.strip()} | {fold(n.name).split()[-1] for n in full}
    titled = [t for t in titled_families_in(text) if fold(t.name).split()[-1] not in families]
    for span in sorted([*full, *titled], key=lambda n: n.start):
        key = fold(span.name)
        if key in known or echo.echoed(text, span.start):
            continue
        context = _context(text, spans, span.start, span.nickname or span.name)
        signed = sign_off(text, span.start, span.end)
        above = signed_words(text, span.start)  # a letter's or a post's words over its writer's sign-off
        record = record_for(span, f"{above} {context} {signed}".strip(), title)
        if signed or above:  # the signer's own lines: their role, cell and e-mail
            record = replace(
                record, phones=phones_in(signed), emails=emails_in(signed), read_from=(*record.read_from, SIGNED)
            )
        if key in found:
            before = found[key]
            if context and context not in before.context and len(before.context) < 1500:
                merged = tuple(dict.fromkeys((*before.specialties, *record.specialties)))
                found[key] = PersonRecord(
                    name=before.name,
                    credentials=tuple(dict.fromkeys((*before.credentials, *record.credentials))),
                    specialties=merged,
                    addresses=tuple(dict.fromkeys((*before.addresses, *record.addresses))),
                    aliases=tuple(dict.fromkeys((*before.aliases, *record.aliases))),
                    relatives=tuple(dict.fromkeys((*before.relatives, *record.relatives))),
                    phones=tuple(dict.fromkeys((*before.phones, *record.phones))),
                    emails=tuple(dict.fromkeys((*before.emails, *record.emails))),
                    context=f"{context} … {before.context}",
                    read_from=before.read_from,
                )
            continue
        if len(found) >= MAX_PEOPLE:
            break
        found[key] = record
    return list(found.values())
