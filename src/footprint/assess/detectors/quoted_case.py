"""A news story quoting the subject on the case of a person it names: "'Marcus tore his ACL and the lateral meniscus,
the MRI was clear on Saturday morning,' said team physician Dr. Colm Fennimore".

A team physician, a surgeon after a rescue, an ER doctor after a crash: the reporter asks, the doctor answers with
the patient's diagnosis, and the paper prints it beside the patient's name. The quote is the subject's own words
about an identifiable patient, as a post would be (the guidance on physicians and the press: consent first, and
nothing clinical without it), so it is ``patient_information`` on the page that prints it.

On any page (a camp's video description, a hospital's story), the subject's words after their name and a colon or a
speech verb that tell of treating a person they name ("I diagnosed Tessa in my office when she was three, in DKA") are
the same: their own words about an identifiable patient.

Only a quote the story attributes to the subject (their family name in the words that say who spoke: "said Dr.
Fennimore", "Fennimore said"), holding a clinical detail, and naming by name a person the page names who is not
presented as a doctor ("Marcus", of "Senior Marcus Hale"): a quote on a condition in general ("concussions are
underreported") names no patient.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, hit
from footprint.assess.detectors.subject_text import chosen_family
from footprint.identity import fold
from footprint.models import Match, PageKind, Post

_SPEECH = r"\b(?:said|says|told|tells|explained|explains|added|adds)\b"
# The quote, then who said it ("...," said team physician Dr. Colm Fennimore of ...), or who said it, then the quote.
_QUOTE_THEN_SPEAKER = re.compile(r"[\"“]([^\"“”]{10,600})[\"”]\s*,?\s*([^.\"“”]{0,140})")
_SPEAKER_THEN_QUOTE = re.compile(r"([^.\"“”]{0,100}" + _SPEECH + r"[^.\"“”]{0,20}?)[,:]?\s*[\"“]([^\"“”]{10,600})[\"”]")
_TITLED = re.compile(r"^(?:dr|drs|doctor|prof|professor|nurse|coach)\b\.?", re.I)


# Words the subject says in the first person of treating someone they name: "I diagnosed Tessa in my office when she
# was three, in DKA", told in a camp's video description or a hospital's story after their name and a colon.
_TREATED_NAMED = re.compile(
    r"\b(?:I|we)\s+(?:diagnosed|treated|operated on|delivered|admitted|resuscitated|intubated|caught|found)\s+"
    r"(?P<who>[A-Z][a-z'’-]+)\b"
)
_INTRODUCED = re.compile(r"([^\"“”]{0,200}?):\s*[\"“]([^\"“”]{10,600})[\"”]")
_NOT_A_NAME = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Him|Her|Them|It|This|That)$"
)


def own_named_case(ctx: Context, m: Match) -> Post | None:
    """The subject's quoted words, on any page that names them before the quote ("our medical director Dr. Gus Roe,
    ..., on why he spends his vacation here: "I diagnosed Tessa in my office when she was three, in DKA ...""), telling
    of treating a person they name, with a clinical detail; None when there is none."""
    page = m.page
    if not m.result.decision.is_match or not page.text:
        return None
    mine = {w for w in (fold(ctx.identity.subject.family_name or ""), fold(chosen_family(m))) if len(w) > 1}
    text = " ".join(page.text.split())
    quotes = [(q.group(2), q.group(1)) for q in _INTRODUCED.finditer(text)]
    quotes += [(q.group(2), q.group(1)) for q in _SPEAKER_THEN_QUOTE.finditer(text)]
    for quote, speaker in quotes:
        if not mine & set(fold(speaker).split()):
            continue
        treated = _TREATED_NAMED.search(quote)
        if treated is None or _NOT_A_NAME.match(treated["who"]) or fold(treated["who"]) in mine:
            continue
        if hit("clinical", quote):
            return Post(author=m.person.name if m.person else "", text=quote, url=page.url, audience="public")
    return None


def quoted_case(ctx: Context, m: Match) -> Post | None:
    """The subject's quote on a named person's case, as their own words ("" text when none): see the module."""
    page = m.page
    family = fold(ctx.identity.subject.family_name or "")
    if page.kind != PageKind.NEWS or not m.result.decision.is_match or not family or not page.text:
        return own_named_case(ctx, m)
    named = _people_named(m, family, fold(ctx.identity.subject.given_name or ""))
    if not named:
        return own_named_case(ctx, m)
    # "Dr." and a middle initial end no sentence here: "said team physician Dr. Colm T. Fennimore".
    text = re.sub(r"\b(Drs?|Mr|Mrs|Ms|Mx|Prof|St|[A-Z])\.", r"\1", " ".join(page.text.split()))
    quotes = [(q.group(1), q.group(2)) for q in _QUOTE_THEN_SPEAKER.finditer(text)]
    quotes += [(q.group(2), q.group(1)) for q in _SPEAKER_THEN_QUOTE.finditer(text)]
    for quote, speaker in quotes:
        if not re.search(_SPEECH, speaker) or family not in fold(speaker).split():
            continue
        words = {fold(w) for w in re.findall(r"\b[A-Z][a-z'’-]+\b", quote)}
        if words & named and hit("clinical", quote):
            return Post(author=m.person.name if m.person else "", text=quote, url=page.url, audience="public")
    return own_named_case(ctx, m)


def _people_named(m: Match, family: str, given: str) -> set[str]:
    """The name words of the page's people who are not the subject and not presented with a title."""
    out: set[str] = set()
    for person in m.page.people:
        name = person.name.strip()
        if not name or _TITLED.match(name) or person is m.person:
            continue
        words = {w for w in fold(name).split() if len(w) > 2}
        if family in words:
            continue
        out |= words - {given}
    return out
