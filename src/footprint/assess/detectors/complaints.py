"""negative_review in a thread: a patient's or a relative's post on a forum or a community page that names the
subject and complains of them ("We switched away from Dr. Kwiatek. He brushed off my daughter's leg pain", "we left
Dr. G. Waited three hours twice"). No stars, but a stranger asking for a doctor reads it as a review.

The words must be a complaint about care or manner: leaving the doctor, warning others off, being brushed off,
yelled at, rushed out, calls not returned, hours of waiting. Praise with a caveat ("blunt, but she knows her stuff")
is not one; the subject's own posts are not reviews of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, own_posts, post_item, site_name
from footprint.models import LISTING_KINDS, Finding, Match

_COMPLAINT = re.compile(
    r"\b(?:switched\s+(?:away\s+)?from|we\s+left(?=\s+(?:Dr|him|her)\b)|(?:be|i['’]?d\s+be)\s+careful\s+with"
    r"|(?:stay\s+away\s+from|avoid)(?=\s+(?:him|her|Dr)\b)|brushed\s+(?:off|me\s+off)|yelled\s+at|scolded"
    r"|was\s+short\s+with|rushed\s+(?:me|us|my\s+\w+|him|her)\s+out"
    r"|(?:wouldn['’]t|won['’]t|didn['’]t|never|stopped)\s+(?:return(?:ing)?|call(?:ing)?\s+back)"
    r"|waited\s+(?:\w+\s+){0,2}hours|so\s+much\s+for\s+\w+ing"
    r"|(?:he|she|they|doctor)\s+(?:was|is|were|are)\s+(?:so\s+|very\s+|really\s+)?(?:rude|dismissive|condescending"
    r"|unprofessional|arrogant))\b",
    re.I,
)


def _forms(ctx: Context, m: Match) -> list[str]:
    """How a thread writes the subject: the family name, "Dr." with the given name, and the name the match chose
    when it is a doctor's ("Dr. K", "Dr. Hattie Selwyn")."""
    subject = ctx.identity.subject
    forms = [subject.family_name or ""]
    if subject.given_name:
        forms.append(f"Dr. {subject.given_name}")
    if m.person is not None and re.match(r"Dr\.?\s", m.person.name):
        forms.append(m.person.name)
    return [f for f in forms if len(f) > 1]


def thread_complaint(ctx: Context, m: Match) -> Iterator[Finding]:
    """Each post by someone else that names the subject and complains of them."""
    if m.page.kind in LISTING_KINDS or not m.page.posts or not m.result.decision.is_match:
        return
    mine = own_posts(ctx, m)
    names = [re.compile(rf"(?<!\w){re.escape(f)}(?!\w)") for f in _forms(ctx, m)]
    seen: set[str] = set()
    for post in m.page.posts:
        if post in mine or post.text in seen or not any(n.search(post.text) for n in names):
            continue
        seen.add(post.text)
        said = _COMPLAINT.search(post.text)
        if said is not None and _about_subject(post.text, said.start(), names, said.end()):
            title = f"A post on {site_name(ctx, m.page.site_id)} complains about you"
            yield emit(ctx, m, "negative_review", said.group(), title, post.text, item=post_item(m, post))


_DOCTOR = re.compile(r"\bDr\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?")
# A sentence's end, not a title's or an initial's full stop ("Dr. Roe", "Dr. G. Waited" ends after the initial).
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.!?](?=\s|$)")


def _about_subject(text: str, at: int, names: list[re.Pattern[str]], end_at: int) -> bool:
    """The complaint at ``at`` (ending at ``end_at``) is about the subject: the doctor it names right after it ("we
    switched away from Dr. Roe"), else the last doctor named before it in its sentence ("I'd second Dr. Roe, but
    she yelled at me"), else, when its sentence names no doctor, the last one named before it ("We saw Dr. K too.
    He rushed my husband out"). "We switched away from Dr. Poe to Dr. Roe" is about Dr. Poe."""

    def subject(mention: str) -> bool:
        return any(n.search(mention) for n in names)

    ends = [e.end() for e in _SENTENCE_END.finditer(text)]
    start = max([e for e in ends if e <= at], default=0)
    object_ = _DOCTOR.match(text, end_at + 1) if text[end_at : end_at + 1] == " " else None
    if object_ is not None:
        return subject(object_.group())
    before = list(_DOCTOR.finditer(text, start, at))
    if before:
        return subject(before[-1].group())
    end = min([e for e in ends if e > at], default=len(text))
    if any(n.search(text[start:end]) for n in names):
        return True
    if _DOCTOR.search(text, start, end):
        return False
    earlier = list(_DOCTOR.finditer(text, 0, start))
    return bool(earlier) and subject(earlier[-1].group())
