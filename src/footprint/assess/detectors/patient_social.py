"""A patient's own page telling of time off with the subject: "we threw a party in the backyard, and my rehab doctor,
Dr. Annika Dahlstrom, came, with her husband and a cooler of beer". The writer calls the subject their doctor, so
what the sentence tells is a doctor's social contact with a patient, in public: the boundary the guidance on
physicians' online conduct warns about (the patient's blog, a patient's post about a barbecue the doctor came to).

Only a sentence that does all three: the writer's "my doctor" (or "my rehab doctor", "my son's pediatrician", or
the doctor "who scanned me every week"), the subject's name, and a gathering the doctor came to (the occasion in
the sentence or in the post's title, "Lily's first birthday") or a drink they shared. Not the subject's own page (their
"my doctor" is their own physician), not a ratings page (a review is a patient's word about care), and not a
sentence that says the doctor kept away ("told me to skip the party").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, hit
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.subject_text import names_subject, owns_page
from footprint.models import LISTING_KINDS, Finding, Match, PageKind

# The writer's own doctor: "my doctor", "my rehab doctor", "my son's pediatrician", "our family doc". Not a
# community's "our own cardiologist" or "our very own doctor": a town's or a congregation's pride, not a patient's.
_MY_DOCTOR = re.compile(
    r"\b(?:my|our\s+(?:family|kids'?|children's|son's|daughter's|baby's|girls'|boys'))\s+(?:[\w'’/-]+\s+){0,2}?"
    r"(?:doctor|doc|physician|surgeon|dermatologist|cardiologist|pediatrician|oncologist|psychiatrist|neurologist"
    r"|physiatrist|obgyn|ob-gyn|ob|gp|pcp|specialist|endocrinologist|rheumatologist|orthopedist|urologist|gastroenterologist|allergist)\b",
    re.IGNORECASE,
)
# The writer's doctor told by what they did for the writer: "Dr. Meg, the high-risk doctor who scanned me every week",
# "who delivered both my boys", "who got us through chemo".
_CARED_FOR = re.compile(
    r"\bwho\s+(?:\w+\s+)?(?:scanned|treated|delivered|operated on|saw|sees|cared for|cares for|took care of"
    r"|takes care of|looked after|looks after|followed|diagnosed|got (?:me|us) through|saved)\s+"
    r"(?:me|us|my|our|both my|both our)\b",
    re.IGNORECASE,
)
# A gathering the doctor came to: the occasion and their being there.
_GATHERING = re.compile(
    r"\b(?:party|parties|barbecue|bbq|cookout|wedding|reception|dinner|brunch|happy hour|bonfire|celebration|potluck"
    r"|game night|birthday)\b",
    re.IGNORECASE,
)
_CAME = re.compile(
    r"\b(?:came|come|comes|showed up|shows up|stopped by|dropped by|joined us|joined in|was there|were there|attended"
    r"|danced|brought|grilled|toasted|hung out)\b",
    re.IGNORECASE,
)
# The doctor kept away or said no: "told me to skip the party", "said no drinks", "couldn't make it".
_KEPT_AWAY = re.compile(
    r"\b(?:skip|skipped|no drinks|not to|couldn'?t (?:make|come)|could not (?:make|come)|didn'?t (?:come|make)"
    r"|did not (?:come|make)|can'?t (?:come|make)|missed)\b",
    re.IGNORECASE,
)


def social_with_patient(ctx: Context, m: Match) -> Iterator[Finding]:
    """The page's writer calls the subject their doctor in a sentence telling of a gathering the subject came to or
    a drink they shared."""
    page = m.page
    if not m.result.decision.is_match or page.kind in LISTING_KINDS or page.kind == PageKind.PEOPLE_SEARCH:
        return
    if owns_page(ctx, m) or not page.text:
        return
    chosen = m.person.name.split()[-1] if m.person is not None and m.person.name.split() else ""
    said = list(sentences(page.text))
    for sentence in said:
        doctor = _MY_DOCTOR.search(sentence) or _CARED_FOR.search(sentence)
        if doctor is None or _KEPT_AWAY.search(sentence) or not names_subject(ctx, sentence, chosen=chosen):
            continue
        # The occasion in the sentence, or in the post's own title ("Lily's first birthday") when the sentence says
        # the doctor came.
        gathering = _GATHERING.search(sentence) or _GATHERING.search(page.title)
        shared = (gathering.group() if gathering and _CAME.search(sentence) else "") or hit("substance", sentence)
        if shared:
            title = "A patient's page tells of a social gathering with you"
            yield emit(ctx, m, "boundary_violation", shared, title, sentence, key=f"patient social {sentence[:120]}")
            return
    if told := _came_after_caring(ctx, said, chosen):
        title = "A patient's page tells of a social gathering with you"
        yield emit(ctx, m, "boundary_violation", told[0], title, told[1], key=f"patient social {told[1][:120]}")


# The writer's family's care told as a story: where it happened and "us" ("the ER called the poison doctor ... that is
# how we met Dr. Gus", "Dr. Gus met us at the door" after an ambulance ride).
_CARE_SETTING = re.compile(
    r"\b(?:ER|E\.R\.|(?i:emergency room|ambulance|poison (?:center|control|doctor)|ICU|NICU|PICU|admitted|discharged"
    r"|exam room|hospital room|recovery room|operating room|pre-?op))\b"
)
_US = re.compile(r"\b(?:we|us|me|our|my)\b", re.IGNORECASE)


def _came_after_caring(ctx: Context, said: list[str], chosen: str) -> tuple[str, str] | None:
    """(the occasion, what the page says) when a page (``said``: its sentences) tells of the subject caring for the
    writer's family in one sentence ("the ER ... called the poison doctor ..., and that is how we met Dr. Gus") and,
    in another, of the subject coming to the family's gathering ("Hollis said Dr. Gus had to come [to his birthday]
    ... He came!")."""
    named = [names_subject(ctx, s, chosen=chosen) for s in said]
    if not any(n and _CARE_SETTING.search(s) and _US.search(s) for s, n in zip(said, named, strict=True)):
        return None
    for i, sentence in enumerate(said):
        gathering = _GATHERING.search(sentence)
        if not named[i] or gathering is None or _KEPT_AWAY.search(sentence):
            continue
        told = " ".join(said[i : i + 2])  # "Hollis said Dr. Gus had to come. He came!" / "He couldn't make it."
        if _CAME.search(told) and not _KEPT_AWAY.search(told):
            return gathering.group(), told
    return None
