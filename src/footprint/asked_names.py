"""A search result the engine matched on a short name a query quoted ("Dr. Kostas", "Sigga H.") with the town or
the field beside it, though the result itself may not show them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.clipped import family_clip
from footprint.identity import fold, plain
from footprint.learned import Learned
from footprint.models import Identity, SearchResult
from footprint.nameforms import NameForms
from footprint.result_context import cities, field_said

_QUOTED_TITLED = re.compile(r'^"(?P<phrase>dr\.? [^"]+)"\s+(?P<rest>\S.*)$', re.I)


def asked_titled(identity: Identity, result: SearchResult, learned: Learned | None) -> bool:
    """A result says "Dr. Kostas" as a query that quoted it asked, with the field or the town beside the quote
    ('"Dr. Kostas" psychiatrist Cambridge'): the engine matched the page on those words, though the snippet
    it shows ("Dr. Kostas | Child Psychiatry Blog") may not carry them. Patients, practices and podcasts
    write a doctor so; the page is opened (within ``open_results``) and the matcher judges a namesake's."""
    from footprint.query_hints import hints, practitioner

    if not result.queries:
        return False
    forms = NameForms.of(identity)
    givens = {forms.given, *forms.everyday, *forms.handle_givens}
    givens |= {fold(g) for g in (learned.givens if learned is not None else ())}
    city, _, specialty = hints(identity)
    # The town or the field, not a state alone: "Dr. Robert" in Arkansas is thousands of doctors.
    beside = [w for w in (fold(city), fold(practitioner(specialty)) if specialty else "") if w]
    initial = fold(identity.subject.family_name or "")[:1]
    for query in result.queries:
        m = _QUOTED_TITLED.match(query.strip())
        if not m or not any(f" {w} " in f" {fold(m.group('rest'))} " for w in beside):
            continue
        given = fold(m.group("phrase")).removeprefix("dr ").removeprefix("dr").strip()
        if given in givens and len(given) > 2 and _titled_alone(given, result):
            return True
        # "Dr. K at the rehab hospital in Billings", "Dr. Mac": the family name cut, the result itself places it.
        clip = given in (initial, family_clip(identity.subject.family_name or "")) and bool(given)
        if clip and _titled_alone(given, result) and _beside_in_result(identity, result):
            return True
    return _asked_signed(identity, result, givens, beside, initial)


_QUOTED_SIGNED = re.compile(r'^"(?P<given>[^\W\d_][\w\'’-]+) (?P<initial>[^\W\d_])\."\s+(?P<rest>\S.*)$')


def _asked_signed(identity: Identity, result: SearchResult, givens: set[str], beside: list[str], initial: str) -> bool:
    """A result signed "Sigga H." as a query that quoted it asked, with the town or the field beside the quote
    ('"Sigga H." internist Sioux Falls'): a blog platform's byline ("Six weeks at the farm | by Sigga H. | Medium")
    or a forum's member name writes a given name of the subject and the family initial, and the engine matched the
    page on the town or the field the title does not show. The page is opened (within ``open_results``) and the
    matcher judges a namesake's."""
    shown = plain(f"{result.title} {result.snippet}")
    for query in result.queries:
        m = _QUOTED_SIGNED.match(query.strip())
        if not m or fold(m.group("initial")) != initial or fold(m.group("given")) not in givens:
            continue
        if not any(f" {w} " in f" {fold(m.group('rest'))} " for w in beside):
            continue
        signed = plain(f"{m.group('given')} {m.group('initial')}.")
        if re.search(rf"(?<![\w.]){re.escape(signed)}", shown):
            return True
    return False


def _beside_in_result(identity: Identity, result: SearchResult) -> bool:
    """The result's own title or snippet names the subject's town or field ("... in Billings", "(peds derm, ABQ)"):
    a titled initial is thousands of doctors, and what the query asked beside it only ranked the page."""
    from footprint.match.city_names import with_city_names

    raw = f"{result.title} {result.snippet}"
    folded = f" {with_city_names(fold(raw))} "
    return any(f" {c} " in folded for c in cities(identity)) or field_said(identity, folded, raw)


# Words that may follow a titled given name without being a family name: "Dr. Kostas | Blog", "Dr. Nacho's".
_NOT_FAMILY = frozenset({"and", "the", "of", "on", "in", "at", "is", "was", "says", "said"})


def _titled_alone(given: str, result: SearchResult) -> bool:
    """The result writes "Dr. Given" with no family name after it ("Dr. Kostas | Kids These Days", "ask Dr. Nacho",
    a page at ``/dr-kostas``): "Dr. Robert A. Kowalczyk" is another doctor's full name, which the family-name rules
    judge. A URL is lower case: there the titled name must end a part of the path ("/dr-robert-kowalczyk" goes on)."""
    path = urlsplit(result.url).path.lower()
    if re.search(rf"(?:^|/)(?:dr|doctor)[-_]?{re.escape(given)}(?:[/.]|$)", path):
        return True
    text = f"{result.title} {result.snippet}"
    dot = r"\.?" if len(given) == 1 else ""  # "Dr. K. Moss": an initial's full stop, then the family name
    pattern = rf"\bDr\.?\s+{re.escape(given)}\b{dot}(?P<after>(?:\s*\([^)]*\))?(?:\s+[A-Z]\.)*\s+\S+)?"
    for m in re.finditer(pattern, plain(text), re.I):
        after = (m.group("after") or "").split()
        word = after[-1] if after else ""
        if not word or not word[:1].isupper() or word.lower().strip(".,;:!?'’s") in _NOT_FAMILY:
            return True
    return False
