"""Under which names the person the match chose posts on a page: the comments signed with their name and more after
it (a married name added), the screen names of forum posts they sign with a dash and their name, and on a thread they
opened the one replier who answers as a doctor. Read by :func:`base.own_posts`; :mod:`sign_offs` reads the sign-offs a
dash and a full name do not cover."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import Match


def named_longer(m: Match, chosen: str) -> frozenset[str]:
    """The comments' authors whose name is the chosen person's with more after it: the page's text names a comment's
    author "Mari Lasarte" where the comment is signed "Mari Lasarte Halvorsrud" (a married name added)."""
    words = fold(chosen).split()
    if len(words) < 2:
        return frozenset()
    return frozenset(
        p.author for p in m.page.posts if p.on_post_by and len(said := fold(p.author).split()) > len(words)
        and said[: len(words)] == words
    )  # fmt: skip


# A forum post's sign-off: a dash, then the writer's name and what they add ("— Jane Roe, MD, Columbia", "-- Jane
# R., peds ENT"), at the post's end.
_SIGN_OFF = re.compile(r"(?:^|\s)(?:—|–|--|~)\s*([^—–~]{2,100})$")


def signers(m: Match, chosen: str) -> frozenset[str]:
    """The screen names of the posts the person the match chose signed by name: on a forum a doctor posts under
    a screen name ("eeg_reader_como") and signs "— Jane Roe, MD"; the match chose the signature's name."""
    words = [w for w in fold(re.sub(r",.*$", "", chosen)).split() if len(w) > 1 and w not in ("dr", "md", "do")]
    if len(words) < 2 or not m.page.posts:
        return frozenset()
    out = set()
    for post in m.page.posts:
        sign_off = _SIGN_OFF.search(post.text.strip())
        said = fold(re.sub(r"^(?:dr\.?|doctor)\s+", "", sign_off.group(1), flags=re.I)).split() if sign_off else []
        if said[: len(words)] == words and post.author and post.author != chosen:
            out.add(post.author)
    return frozenset(out)


# A replier who says they are a doctor and where, as they start: "Allergist here (Wilmington).", "Pain doc on the
# Alabama coast here", "Heme/onc here (Spokane)", "I'm a peds ER doc at Mercy", and in Korean "볼티모어에서 신경외과
# 레지던트 하고 있습니다" (I am a neurosurgery resident in Baltimore). A bare "Pediatrician here" could be anyone.
_DOCTOR_WORD = (
    r"(?:doc|doctor|physician|resident|fellow|attending|surgeon|md|do|ob|ob-?gyn|obgyn|gyn|rei|er|ed|heme(?:/onc)?"
    r"|onc|peds|hospitalist|intensivist|[a-z]+(?:ist|ian))"
)
_DOCTOR_HERE = re.compile(
    rf"^\W*(?:(?:hi|hello|hey)\b\W*)?(?:(?:i'm|i am)\s+(?:an?\s+)?(?:[\w/&.'-]+\s+){{0,4}}?{_DOCTOR_WORD}\b"
    rf"|(?:an?\s+)?(?:[\w/&.'-]+\s+){{0,4}}?{_DOCTOR_WORD}(?:\s+[\w,'-]+){{0,5}}?\s+here\b)"
    r"|^[^.!?。]{0,40}에서[^.!?。]{0,20}(?:레지던트|전문의|의사)(?:\s*(?:하고\s*)?(?:있습니다|입니다|예요|이에요))",
    re.I,
)
# Where the doctor says they are, right after: "(Wilmington)", "(I'm at Big Sioux)", "on the Alabama coast", "at Mercy".
_SAYS_WHERE = re.compile(
    r"^[^.!?]{0,60}?(?:\(\s*(?:i'?m\s+(?:at|in)\s+)?[A-Z]|\b(?:in|at|on the|from)\s+(?-i:[A-Z]))", re.I
)
# A screen name that reads as a doctor's: a title run into it ("DocGus", "DrAniS", "dr.lee", "dr_ann") or a degree
# ending it ("TrishV_DO", "annleeMD"). Not "drew_p", "docile" or "pedsdoc_ar" (anyone's nickname for a doctor).
_DOCTOR_HANDLE = re.compile(r"^(?:Dr|Doc)(?=[A-Z0-9._-])|^(?:dr|doc)[._-]|[._-](?i:md|do)$|(?<=[a-z])(?:MD|DO)$")


def _introduced_as_doctor(text: str) -> bool:
    said = _DOCTOR_HERE.search(text[:160])
    return said is not None and (said.group().endswith(("다", "요")) or bool(_SAYS_WHERE.match(text[said.start() :])))


def doctor_answering(m: Match, chosen: str, names: frozenset[str]) -> frozenset[str]:
    """On a thread whose opener the match chose (the asker: the thread's author is what a page's markup names),
    the one replier who introduces themself as a doctor and where, whose screen name reads as a doctor's, or whose
    screen name carries the subject's given or family name (``names``, "drcarolinep") is the physician the page
    was matched for. None when the person chosen answers as a doctor themself, or when two repliers qualify."""
    posts = m.page.posts
    if not any(p.author == chosen and not p.on_post_by for p in posts):
        return frozenset()
    if _DOCTOR_HANDLE.search(chosen) or any(_introduced_as_doctor(p.text) for p in posts if p.author == chosen):
        return frozenset()
    doctors = {
        p.author
        for p in posts
        if p.on_post_by
        and p.author != chosen
        and (
            _introduced_as_doctor(p.text)
            or _DOCTOR_HANDLE.search(p.author)
            or any(n in p.author.lower() for n in names)
        )
    }
    return frozenset(doctors) if len(doctors) == 1 else frozenset()
