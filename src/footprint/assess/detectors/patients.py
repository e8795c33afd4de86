"""Patients: patient_information, boundary_violation, review_reply_risk.

A patient is identifiable when the subject writes about a particular case
("my patient", "a 45-year-old this morning") together with a clinical
detail, or answers a review with the reviewer's own care ("your biopsy").
A boundary is crossed when someone who calls the subject their doctor gets a
personal invitation from the subject, shares a party photo tagging them, or
(where a profile shows its friends) has reviewed the subject as a patient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import (
    SOCIAL_KINDS,
    Context,
    emit,
    hit,
    names_family,
    own_handles,
    own_posts,
    photo_item,
    post_item,
    poster,
    reply_item,
    site_name,
)
from footprint.assess.detectors.own_words import own_article, presented_case, replies, treated_case
from footprint.assess.detectors.patient_social import social_with_patient
from footprint.assess.detectors.photos import photo_text, tags_subject
from footprint.assess.detectors.posts import addressee
from footprint.assess.detectors.quoted_case import quoted_case
from footprint.identity import fold
from footprint.models import LISTING_KINDS, Finding, Match, PageKind


def patient_case(text: str) -> str:
    """The clinical detail when ``text`` describes one particular patient's case, else ""."""
    specific = hit("patient_reference", text) or (hit("case_age", text) and hit("case_time", text))
    return hit("clinical", text) if specific else ""


def patient_information(ctx: Context, m: Match) -> Iterator[Finding]:
    for post in own_posts(ctx, m):
        detail = patient_case(post.text)
        if detail:
            title = "Your post describes a patient's case"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "patient_information", detail, title, post.text, url=post.url, key=key, item=item)
    mine = own_handles(ctx, m)
    for photo in m.page.photos if m.page.kind in SOCIAL_KINDS else ():
        detail = patient_case(photo_text(photo))
        if photo.posted_by in mine and detail:
            title = "Your photo shows or describes a patient"
            key, item = photo.url or photo.caption, photo_item(m, photo)
            yield emit(ctx, m, "patient_information", detail, title, photo_text(photo), key=key, item=item)
    article = own_article(ctx, m) or presented_case(m)
    detail = patient_case(article.text) if article is not None else ""
    if article is not None and detail:
        title = "Your article, talk or newsletter describes a patient's case"
        item = post_item(m, article)
        yield emit(ctx, m, "patient_information", detail, title, article.text, key=item, item=item, fix="own_post")
    elif (story := treated_case(m)) is not None and (detail := hit("clinical", story.text)):
        title = "A page names you as the doctor of a patient it identifies"
        item = post_item(m, story)
        yield emit(ctx, m, "patient_information", detail, title, story.text, key=item, item=item)
    elif (quote := quoted_case(ctx, m)) is not None:
        title = (
            "A news story quotes you on the case of a patient it names"
            if m.page.kind == PageKind.NEWS
            else f"A page on {site_name(ctx, m.page.site_id)} quotes you on the case of a patient you name"
        )
        item = post_item(m, quote)
        detail = hit("clinical", quote.text)
        yield emit(ctx, m, "patient_information", detail, title, f"Quote: {quote.text}", key=item, item=item)
    if m.page.kind in LISTING_KINDS:
        for reply in replies(m):
            detail = hit("reply_disclosure", reply)
            if detail:
                title = "Your reply to a review discloses the reviewer's care"
                text, item = f"Reply: {reply}", reply_item(m, reply)
                yield emit(ctx, m, "patient_information", detail, title, text, key=reply, item=item)


def review_reply_risk(ctx: Context, m: Match) -> Iterator[Finding]:
    if m.page.kind not in LISTING_KINDS:
        return
    where = site_name(ctx, m.page.site_id)
    for reply in replies(m):
        confirms = hit("patient_confirming", reply) or hit("reply_disclosure", reply)
        if confirms:
            title = f"Your reply to a review on {where} confirms the reviewer was a patient"
            text, item = f"Reply: {reply}", reply_item(m, reply)
            yield emit(ctx, m, "review_reply_risk", confirms, title, text, key=reply, item=item)


def _patients_in_thread(ctx: Context, m: Match) -> set[str]:
    mine = own_handles(ctx, m)
    said = {p.author for p in m.page.posts if p.author not in mine and hit("patient_self", p.text)}
    shown = {ph.posted_by for ph in m.page.photos if ph.posted_by not in mine and hit("patient_self", photo_text(ph))}
    return (said | shown) - {""}


def boundary_violation(ctx: Context, m: Match) -> Iterator[Finding]:
    """Social contact with a patient: on a social page, the subject's invitations, offers of care and payments and a
    patient's party photos tagging them; on any page a patient writes, a gathering the subject came to
    (``patient_social``)."""
    yield from social_with_patient(ctx, m)
    if m.page.kind not in SOCIAL_KINDS:
        return
    patients = _patients_in_thread(ctx, m)
    for post in own_posts(ctx, m):
        social = hit("social_contact", post.text)
        to_patient = addressee(ctx, m, post) in patients or bool(set(post.mentions) & patients)
        if social and (to_patient or hit("patient_reference", post.text)):
            title = "Personal contact with a patient, in public"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "boundary_violation", social, title, post.text, url=post.url, key=key, item=item)
        # Offering to treat or prescribe outside the practice ("bring him by the house ... I can call in a small
        # dose", "no charge for neighbors"): care with no chart, no visit and no consent, offered in public.
        offer, off_books = hit("care_offer", post.text), hit("care_off_books", post.text)
        if offer and off_books:
            title = "You offered care outside your practice, in public"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "boundary_violation", offer, title, post.text, url=post.url, key=key, item=item)
    for payer, payee, note, said in _paid_for_care(ctx, m):
        title = f"A payment between you and {payee if _is_subject(ctx, payer) else payer} for care, in public"
        yield emit(ctx, m, "boundary_violation", note, title, said, key=f"payment {said[:120]}")
    for photo in m.page.photos:
        text = photo_text(photo)
        social = hit("leisure", text) or hit("social_contact", text) or hit("substance", text)
        if photo.posted_by in patients and tags_subject(ctx, m, photo) and social:
            title = f"A patient ({poster(photo.posted_by)}) posted a social photo tagging you"
            key, item = photo.url or text[:80], photo_item(m, photo)
            yield emit(ctx, m, "boundary_violation", social, title, text, key=key, item=item)


# A person on a feed line: a given name, perhaps an initial, a family name ("Ann Poe", "Ann B. Poe").
_WHO = r"(?-i:[A-Z][\w'’-]+(?: [A-Z]\.?)? [A-Z][\w'’-]+)"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b"
# One line of a payments feed: "Ann Poe paid Jane Roe for her refill Oct 21".
_PAYMENT = re.compile(
    rf"(?P<payer>{_WHO}) paid (?P<payee>{_WHO}) (?P<note>.{{1,200}}?)(?= {_MONTH_DAY}| {_WHO} paid |$)"
)


def _is_subject(ctx: Context, name: str) -> bool:
    return names_family(fold(ctx.identity.subject.family_name or ""), fold(name))


def _paid_for_care(ctx: Context, m: Match) -> list[tuple[str, str, str, str]]:
    """(payer, payee, what the note names, the line) for each payment on the subject's public payments feed
    between them and someone outside their family whose note is about care: money for a prescription, results
    or a consult outside the practice, with a person who is by that note a patient."""
    from footprint.assess.detectors.subject_text import owns_page

    if not owns_page(ctx, m):
        return []
    out = []
    for line in _PAYMENT.finditer(" ".join(m.page.text.split())):
        payer, payee, note = line["payer"], line["payee"], line["note"]
        if _is_subject(ctx, payer) == _is_subject(ctx, payee):
            continue  # between relatives of one family name, or not the subject's payment
        care = hit("paid_care", note)
        if care:
            out.append((payer, payee, care, line.group()))
    return out


# Pages whose people[1:] are the owner's friends, followers or connections: a
# crawled profile that shows them, or the profile item of the subject's own export.
FRIEND_KINDS = frozenset({PageKind.SOCIAL_PROFILE, PageKind.EXPORT_ITEM})


def _friends(ctx: Context, m: Match) -> dict[str, str]:
    """Folded name -> name of the people a profile of the subject shows beside its owner."""
    page = m.page
    if page.kind not in FRIEND_KINDS or page.person is None or page.person.handle not in own_handles(ctx, m):
        return {}
    return {fold(p.name): p.name for p in page.people[1:] if len(fold(p.name).split()) >= 2}


def patients_among_friends(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    """Reviewers (patients, by their own account) who appear among a profile's friends or followers."""
    reviewers = {
        fold(r.author): (r, m)
        for m in matches
        if m.page.kind in LISTING_KINDS
        for r in m.page.reviews
        if len(fold(r.author).split()) >= 2 and not hit("anonymous_author", r.author)
    }
    for m in matches:
        for key, name in _friends(ctx, m).items():
            if key in reviewers:
                review, listing = reviewers[key]
                where = site_name(ctx, listing.page.site_id)
                network = site_name(ctx, m.page.site_id)
                circle = "connections" if m.page.site_id == "linkedin" else "friends"
                title = f"{name}, who reviewed you on {where}, is among your {circle} on {network}"
                excerpt = f"{circle.capitalize()}: {name} | Review on {where} by {review.author}: {review.text}"
                yield emit(ctx, m, "boundary_violation", name, title, excerpt, key=f"friend {key}")
