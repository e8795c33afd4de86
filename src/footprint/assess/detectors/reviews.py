"""negative_review: reviews at most 2 of 5 (or the same share of the site's scale), in whole stars.

Grouped per site, with the count and the most recent, so the finding keeps
its id as reviews come and go. A profile whose average is at most 2 of 5, or
below 3 of 5 from at least ten ratings, counts too; when the reviews are shown
on another page of the site (a reviews tab), the poor average on the profile
is a finding of its own.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, names_family, site_name
from footprint.assess.detectors.mixed_reviews import mixed_complaint
from footprint.identity import fold, given_name_forms
from footprint.models import LISTING_KINDS, Finding, Match, Rating, Review

NEGATIVE_OUT_OF_FIVE = 2.0
# An average below 3 of 5 is a poor rating (most doctors sit at 4 or more) once enough patients gave it; below
# 2.5 once several did ("2.2 out of 5 from 9 ratings"); from a handful of ratings only an average of 2 or less
# says something.
POOR_AVERAGE_OUT_OF_FIVE = 3.0
SETTLED_COUNT = 10
LOW_AVERAGE_OUT_OF_FIVE = 2.5
SEVERAL_COUNT = 5


def poor_average(rating: Rating) -> bool:
    """A low average that patients gave. "0 out of 5 · 0 ratings" is a profile nobody has rated (stars start at
    one): no average at all."""
    if rating.count == 0 or rating.value <= 0:
        return False
    if rating.out_of_five <= NEGATIVE_OUT_OF_FIVE:
        return True
    count = rating.count or 0
    if rating.out_of_five < LOW_AVERAGE_OUT_OF_FIVE and count >= SEVERAL_COUNT:
        return True
    return rating.out_of_five < POOR_AVERAGE_OUT_OF_FIVE and count >= SETTLED_COUNT


# An institution many doctors work at: its page's average is the hospital's (parking, billing, the wait), not one
# doctor's; a practice's own page ("Roe Dermatology") is the practice's doctors' and stays.
_INSTITUTION = re.compile(
    r"\b(?:hospitals?|medical cent(?:er|re)|health (?:system|network)|university|infirmary|emergency room)\b", re.I
)


def _institution(m: Match) -> bool:
    """The listing is a hospital's or a university medical centre's, not the subject's nor their practice's: the
    match chose no doctor on it (a doctor's own profile at a hospital is theirs), and the business it lists, or
    else its title, names an institution."""
    chosen = m.result.person
    if chosen is not None and chosen.name and not _INSTITUTION.search(chosen.name):
        return False
    business = chosen if chosen is not None and chosen.practice else m.page.business
    listed = business.practice if business is not None and business.practice else m.page.title
    return bool(_INSTITUTION.search(listed))


def is_negative(review: Review) -> bool:
    """At most 2 of 5 as the reader sees it: one review shows whole stars, so a fractional score (the mean of
    sub-scores such as Staff 2, Punctuality 1, Helpfulness 2, Knowledge 4) counts as the nearest whole star."""
    if review.rating is None or not review.scale:
        return False
    out_of_five = review.rating / review.scale * 5.0
    stars = math.floor(out_of_five + 0.5)
    # A mean half-way between 2 and 3 stars that the doctor answered with an apology ("I'm sorry about the wait"):
    # the reply says what the sub-scores leave open, the review was a complaint.
    return (
        stars <= NEGATIVE_OUT_OF_FIVE
        or (out_of_five <= NEGATIVE_OUT_OF_FIVE + 0.5 and bool(_APOLOGY.search(review.reply)))
        or mixed_complaint(review)
    )


# A reply's apology to the reviewer.
_APOLOGY = re.compile(
    r"\b(?:I|we)\s*(?:['’]m|\s+am|['’]re|\s+are)\s+(?:so\s+|very\s+|truly\s+)?sorry\b|\b(?:I|we)\s+(?:sincerely\s+)?apologi[sz]e\b|\bmy\s+apologies\b",
    re.I,
)


_DOCTOR = re.compile(r"\bDr\.?\s+([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)")


def about_subject(ctx: Context, m: Match, review: Review) -> bool:
    """The review is about the subject. On their practice's page (the match chose the practice, not them) a
    review that names another doctor first ("Saw Dr. Lind ... (we saw Dr. Roe last year and he was great)") is
    about that colleague; "Dr. Esther" is Dr. Eszter Roe, by a form of her given name. On their own profile a
    review is theirs unless it was left on the wrong profile: it opens on another doctor of the office ("Dr.
    Brennan at this office was curt") and never names the subject."""
    family = fold(ctx.identity.subject.family_name or "")
    person = m.person
    if not family or person is None:
        return True
    if names_family(family, fold(person.name)):
        return not _misplaced(ctx, person.name, review.text)
    from footprint.identity import given_name_forms

    # Patients write a doctor by the given name too, in its English form: "Dr. Esther" for Dr. Eszter Roe.
    givens = given_name_forms(ctx.identity.subject.given_name or "")

    def own(doctor: str) -> bool:
        return names_family(family, doctor) or doctor.split()[0] in givens

    doctors = [fold(d) for d in _DOCTOR.findall(review.text)]
    first_other = next((i for i, d in enumerate(doctors) if not own(d)), None)
    first_own = next((i for i, d in enumerate(doctors) if own(d)), None)
    return first_other is None or (first_own is not None and first_own < first_other)


# A review that sends the reader from one doctor to another names the other doctor without being about them.
_REFERRAL = re.compile(r"\b(?:referr\w*|sent (?:me|us)|recommended|covering|covered for|partner of|instead of)\b", re.I)


# The end of a sentence, not of a title ("Dr. Brennan", "Mrs. Lee").
_SENTENCE_END = re.compile(r"(?<![Dd]r\.)(?<![Mm]r\.)(?<![Mm]s\.)(?<![Mm]rs\.)(?<=[.!?])\s+")


def _misplaced(ctx: Context, shown_name: str, text: str) -> bool:
    """A review on the subject's own profile that is about another doctor: its first sentence names a doctor
    who is not the subject, and nothing in it names the subject (family name, given name or its nicknames,
    the name the profile shows), nor is that doctor named as the one who referred or covered."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    others = _DOCTOR.findall(first)
    if not others or _REFERRAL.search(text):
        return False
    subject = ctx.identity.subject
    own = set(fold(f"{shown_name} {subject.name} {' '.join(subject.also_known_as)}").split()) - {"dr", "md", "do"}
    own |= given_name_forms(subject.given_name or "") | given_name_forms(subject.middle_name or "")
    own = {w for w in own if len(w) > 1}
    if set(fold(text).split()) & own:
        return False
    # "Dr. Q", "Dr. K": the subject by an initial.
    initials = {w[0] for w in fold(f"{subject.given_name or ''} {subject.family_name or ''}").split()}
    if any(len(d) == 1 and fold(d) in initials for d in re.findall(r"\bDr\.?\s+([A-Z])\b", text)):
        return False
    return all(not set(fold(d).split()) & own for d in others)


def negative_review(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    by_site: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        if m.page.kind in LISTING_KINDS:
            by_site[m.page.site_id].append(m)
    for site_id, pages in by_site.items():
        seen: dict[tuple[str, str], tuple[Review, Match]] = {}
        for m in pages:
            for r in m.page.reviews:
                if is_negative(r) and about_subject(ctx, m, r):
                    seen.setdefault((r.text.strip(), r.date), (r, m))
        name = site_name(ctx, site_id)
        shown_on = ""
        if seen:
            latest, where = max(seen.values(), key=lambda rm: rm[0].date)
            n = len(seen)
            rated = f"{latest.rating:g}/{latest.scale:g}"
            excerpt = f"Most recent ({latest.date or 'undated'}, {rated}): {latest.text}"
            title = f"{n} negative review{'s' if n > 1 else ''} on {name}"
            shown_on = where.page.url
            yield emit(ctx, where, "negative_review", rated, title, excerpt, key="negative reviews")
        # A poor average is what a patient sees first on the profile, whether or not the reviews are listed.
        low = [m for m in pages if m.page.rating and poor_average(m.page.rating) and not _institution(m)]
        for m in [m for m in low if m.page.url != shown_on][:1]:
            rating = m.page.rating
            assert rating is not None
            shown = f"{rating.value:g}/{rating.scale:g}"
            count = f" from {rating.count} ratings" if rating.count else ""
            title = f"Average rating {shown} on {name}"
            key = "negative reviews" if not shown_on else "average rating"
            yield emit(ctx, m, "negative_review", shown, title, f"Average {shown}{count}", key=key)
