"""What the subject wrote: personal_comment, offensive_content, online_medical_advice.

Only the subject's own public posts on social pages count: a news article
quoting the doctor, someone else's comment on the doctor's post, or a post
shared with friends only is not the doctor's public comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.base import (
    Context,
    emit,
    hit,
    own_handles,
    own_posts,
    post_item,
    poster,
    site_name,
    words_up_to,
)
from footprint.assess.detectors.on_air import advice_on_air
from footprint.extract.media import ASKER
from footprint.extract.threads import OPENER
from footprint.models import Finding, Match, PageKind, Post


def addressee(ctx: Context, m: Match, post: Post) -> str:
    """Whom a post answers or addresses, when that is someone other than the subject."""
    mine = own_handles(ctx, m)
    if post.on_post_by and post.on_post_by not in mine:
        return post.on_post_by
    return next((h for h in post.mentions if h not in mine), "")


def personal_comment(ctx: Context, m: Match) -> Iterator[Finding]:
    mine = own_handles(ctx, m)
    posts = own_posts(ctx, m)
    # The replies of an exchange in which the subject advises someone are that advice, one exposure: "which
    # clinic? ask for Ted" after the dose is the same conversation, not another comment.
    advice = [p for p in posts if hit("advice", p.text) or _counsel(p.text)]
    advised = {addressee(ctx, m, p) for p in advice} - {""}
    for post in posts:
        if post.on_post_by in advised and post not in advice:
            continue
        # An answer to a question put to the public (a Q&A page) is judged for what it advises, not as a
        # comment under someone's post.
        if post.on_post_by and _poster(post.on_post_by) not in mine | {post.author} and post.on_post_by != ASKER:
            title = (
                "Public reply you left in a forum thread"
                if post.on_post_by == OPENER
                else f"Public comment you left on @{post.on_post_by}'s post"
            )
            exposed = words_up_to(post.text, 120)
            key, item = post.url or post.text[:120], post_item(m, post)
            yield emit(ctx, m, "personal_comment", exposed, title, post.text, url=post.url, key=key, item=item)
    yield from letter_to_the_editor(ctx, m)


def _poster(byline: str) -> str:
    """Who wrote the post a comment is under, from its byline: "Jane Roe · Riverside · 12 Sep" is Jane Roe
    (a neighbourhood site writes the place and the day beside the name), so her reply there is on her own post."""
    return re.split(r"\s+[·|•–—]\s+|\s+-\s+", byline.strip(), maxsplit=1)[0].strip()


# A newspaper's letters to the editor: "LETTER: ...", "Letters to the editor", an address under /letters/.
_LETTER = re.compile(r"^\s*letters?\b|\bletters? to the editor\b", re.I)


def letter_to_the_editor(ctx: Context, m: Match) -> Iterator[Finding]:
    """A letter the subject signed in a newspaper: their public opinion, in their own words."""
    from footprint.assess.detectors.own_words import own_article

    page = m.page
    letter = page.kind == PageKind.NEWS and (
        bool(_LETTER.search(page.title)) or "/letters/" in urlsplit(page.url).path.lower()
    )
    article = own_article(ctx, m) if letter else None
    body = article.text if article is not None else (_signed_letter(m) if letter else "")
    if body:
        title = f"Your letter to the editor, public on {site_name(ctx, page.site_id)}"
        exposed = words_up_to(page.title, 120)
        yield emit(ctx, m, "personal_comment", exposed, title, words_up_to(body, 400), key=f"letter {page.url}")


# A letter's sign-off on a page of several: a dash, then the writer as the paper prints them (a name, initials),
# then a comma and a credential or the town ("— C.J. Roe, M.D., Eugene", "– A.T.L., Hattiesburg"); or the writer on
# the line after the letter's last sentence, no dash ("... not a business model. N.J. Roe, M.D., Richmond").
_SIGN_OFF = r"(?:[—–-]\s*|(?<=[a-z]{{2}}[.!?]\s)|(?<=[.!?][\"”]\s)){name},\s"  # not "Dr. F.J. Roe" after "Dr."
_LETTER_REACH = 900


def _signed_letter(m: Match) -> str:
    """On a page of several letters, the one the person the match chose signed: the text before their sign-off,
    back to the sign-off of the letter before it. "" when no letter on the page is signed by them."""
    if not m.result.decision.is_match or m.person is None or len(m.person.name.strip()) < 3:
        return ""
    text = " ".join(m.page.text.split())
    signed = re.search(_SIGN_OFF.format(name=re.escape(m.person.name.strip())), text)
    if signed is None:
        return ""
    before = text[max(0, signed.start() - _LETTER_REACH) : signed.start()]
    previous = list(re.finditer(r"[—–]\s*[^,—–]{2,60},\s", before))
    return before[previous[-1].end() :] if previous else before


def rant(text: str) -> str:
    """Shouting: a run of six or more capitalised words, or an angry phrase with '!!'."""
    shout = re.search(r"(?:\b[A-Z][A-Z'!?.,]+\s+){5,}[A-Z]{2,}", text)
    if shout:
        return shout.group()
    angry = hit("anger", text)
    return angry if angry and "!!" in text else ""


def offensive_content(ctx: Context, m: Match) -> Iterator[Finding]:
    for post in own_posts(ctx, m):
        said = (
            hit("discriminatory", post.text)
            or hit("patient_derogatory", post.text)
            or hit("political_insult", post.text)
            or hit("profanity", post.text)
            or rant(post.text)
        )
        if said:
            title = "Your post or comment uses offensive language"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "offensive_content", said, title, post.text, url=post.url, key=key, item=item)


def _counsel(text: str) -> str:
    """A recommendation ("I'd suggest", "in my experience", "that is usually normal") about a symptom or
    condition the post names, or ""."""
    said = hit("counsel", text)
    return said if said and (hit("symptom", text) or hit("clinical", text)) else ""


def online_medical_advice(ctx: Context, m: Match) -> Iterator[Finding]:
    """Individual advice: a directive about care, addressed to a particular person."""
    for post in own_posts(ctx, m):
        to = addressee(ctx, m, post)
        advice = hit("advice", post.text) or _counsel(post.text)
        if to and advice:
            title = f"Medical advice you gave {poster(to)} in public"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "online_medical_advice", advice, title, post.text, url=post.url, key=key, item=item)
    yield from advice_on_air(ctx, m)  # a call-in show's or a podcast's answers to named listeners
