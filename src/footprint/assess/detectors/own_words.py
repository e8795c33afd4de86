"""What the subject writes in their own voice outside a social post: home and contacts in posts, their own
article, and their replies to reviews written in a listing page's running text.

People give their street in the posts of ordinary life: a yard sale, a lost dog, a housewarming, "we just
closed on our new place at 12 Elm St", a neighbourhood or HOA notice; and their own line or inbox in "text me
at", "my cell is", "email me at". A street counts when the post says it is a home (these words) and it is
not the practice's; a phone or e-mail when the post gives it as the writer's own and not in a sentence about
the office.

An article, newsletter issue or blog post whose byline is the subject (the matched person was read from the
page's author) is their own words, down to where the readers' comments start.

A review site that shows the owner's answer under a label ("Comment from … of …", "Business owner
information", "Response from the owner") without marking it up as a reply still shows it: the words after
the label, up to the next dated review, are the reply.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, own_posts
from footprint.assess.detectors.nearby import first_person_contacts
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.streets import STREET, WORKPLACE
from footprint.identity import fold
from footprint.models import Address, Match, PageKind, Post

# Words that make a street in a post a home: the writer's house or street, a move, a sale or a lost pet at the
# house, a gathering there, the homeowners' association.
HOME_WORDS = re.compile(
    r"\b(?:our|my)\s+(?:new\s+|old\s+|own\s+|little\s+)?(?:house|home|place|street|address|condo|apartment|apt"
    r"|townhouse|townhome|driveway|yard|front yard|backyard|porch|stoop|block|cul-de-sac|neighbou?rhood|farm)\b"
    r"|\b(?:moved|moving|move)\s+(?:in\s*)?to\b|\bjust\s+(?:closed|moved)\b|\bclosed\s+on\b"
    r"|\b(?:yard|garage|estate|moving|porch|stoop|tag|rummage)\s+sale\b|\bopen\s+house\b|\bhousewarming\b"
    r"|\b(?:lost|missing|found|runaway)\s+(?:dog|cat|pup|puppy|kitten|kitty|pet|bird|parrot|tortoise)\b"
    r"|\bcome\s+(?:on\s+)?over\b|\b(?:drop|pick)\s*(?:off|up)\s+(?:at|from)\b|\bhoa\b|\bhomeowners'?\s+association\b"
    r"|\b(?:at|to)\s+(?:our|my)\s+(?:place|house)\b",
    re.I,
)


# A street the writer says they live at, in the first person: "we're the brick house at 412 Elm St", "I live at".
_WE_LIVE = re.compile(
    r"\b(?:we(?:'|’)?re|we are|i(?:'|’)?m|i am|we live|i live|we(?:'|’)?ve lived|i(?:'|’)?ve lived)\s+"
    r"(?:(?:in|at)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:house|home|place|one|apartment|condo|unit)\b",
    re.I,
)
# What a whole post is about when its street is the house even where that sentence does not say so: a sale at
# the house, a lost pet, a move ("Moving sale! ... Saturday 7 to noon at 2217 N Oak Ct").
_HOUSE_EVENT = re.compile(
    r"\b(?:yard|garage|estate|moving|porch|stoop|tag|rummage)\s+sale\b|\bdownsizing\b|\bhousewarming\b"
    r"|\b(?:lost|missing|runaway)\s+(?:dog|cat|pup|puppy|kitten|kitty|pet|bird|parrot|tortoise)\b",
    re.I,
)
# The rest of a byline after the writer's name: a place and a date ("· Elm Park · 12 Sep"), or a date and a place
# ("· Tuesday, October 6, 2026 · Spokane, Washington"), as neighbourhood boards and activity logs write them.
_BYLINE_END = re.compile(
    r"^\s*·\s*(?:[^·\d]{1,40}·\s*[^·]{1,20}?\d{1,2}\b"
    r"|[^·]{0,30}\d{1,2}\b[^·]{0,12}·\s*[A-Z][\w .'-]{1,30}?,\s*[A-Z][a-z]+)\s*"
)


def opening_post(m: Match) -> Post | None:
    """The opening post of a thread whose replies the page carries as posts, when the person the match chose
    wrote it: a neighbourhood board or a group list heads the thread with its writer's byline ("Jane Roe ·
    Elm Park · 12 Sep") and the replies follow under their own. Its words run from that byline to the first
    reply's."""
    person = m.person
    if person is None or m.page.kind not in (PageKind.OTHER, PageKind.SOCIAL_POST):
        return None
    text = m.page.text
    # With no replies the page is the one item: a run or a ride an activity log shows under its athlete's byline.
    first = min((i for p in m.page.posts if p.text and (i := text.find(p.text[:40])) >= 0), default=len(text))
    start = text.find(f"{person.name} ·")
    if start < 0 or start >= first:
        return None
    body = text[start + len(person.name) : first]
    byline = _BYLINE_END.match(body)
    if byline is None:
        return None
    reply = text.rfind(f"{m.page.posts[0].author} ·", start, first) if m.page.posts and m.page.posts[0].author else -1
    end = reply - start - len(person.name) if reply > start else len(body)
    return Post(person.name, body[byline.end() : end].strip(), url=m.page.url)


def homes_in_posts(ctx: Context, m: Match) -> list[tuple[Address, str, Post]]:
    """(street, sentence, post) for each street the subject's own post gives as a home: a sentence that says
    so, or any sentence of a post about a sale at the house or a lost pet that is not about a workplace."""
    found: list[tuple[Address, str, Post]] = []
    opener = opening_post(m)
    for post in [*own_posts(ctx, m), *([opener] if opener is not None else [])]:
        event = bool(_HOUSE_EVENT.search(post.text))
        for sentence in sentences(post.text):
            said = HOME_WORDS.search(sentence) or _WE_LIVE.search(sentence) or event
            if WORKPLACE.search(sentence):
                continue
            streets = [s.group().rstrip(".") for s in STREET.finditer(sentence)] if said else []
            # "I'm at 3312 Quincy, bring her by": a house number and a street's name, as neighbours write it.
            streets += [s.group("street") for s in _I_AM_AT.finditer(sentence) if s.group("street") not in streets]
            found += [(Address(street=street), sentence, post) for street in streets]
    return found


# The writer's own whereabouts by house number and street name, with no street type: "I'm at 3312 Quincy",
# "we're at 14 Larkspur, come by".
_I_AM_AT = re.compile(
    r"\b(?i:i(?:'|’)?m|i am|we(?:'|’)?re|we are)\s+at\s+(?P<street>\d{3,6}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?)\b"
)


def contacts_in_posts(ctx: Context, m: Match) -> list[tuple[str, str, Post]]:
    """(phone or lower-case e-mail, sentence, post) the subject gives as their own in a public post."""
    return [
        (said, sentence, post) for post in own_posts(ctx, m) for said, sentence in first_person_contacts(ctx, post.text)
    ]


# Where the readers' comments start under an article: "12 Comments", "Leave a comment", "Comments (3)".
_COMMENTS = re.compile(
    r"\b\d+\s+(?:comments?|responses?|replies)\b|\b(?:leave|add|post|write) a (?:comment|reply|response)\b"
    r"|\bcomments\s*(?:\(\d+\)|:)",
    re.I,
)
ARTICLE_KINDS = frozenset({PageKind.NEWS, PageKind.OTHER, PageKind.PERSONAL_SITE})


# A byline written in the text: "By Jane Roe · May 4", "By Dr. Jane Roe, MD". Not a credit for someone else's
# work on the page ("Photo by", "Edited by", "Interview by", "Reported by" names a journalist, not the author).
# A blog's "Guest post by" and "Written by" are bylines in lower case too (not a forum's "Posted by", which
# heads each reply of a thread).
# A blog engine's "Posted on March 9, 2026 by Jane Roe" is one too (with its date: a forum's bare "Posted by" heads
# each reply of a thread).
_BYLINE = re.compile(
    r"(?<![\w-])(?:By|(?i:guest post|guest column|written) by|(?i:posted on) [\w ,.]{4,30}? by)\s+(?:Dr\.?\s+)?"
)
_CREDIT = re.compile(
    r"\b(?:photos?|images?|illustrations?|video|edited|interview(?:ed)?|compiled|reported|courtesy|"
    r"sponsored|presented|hosted|moderated)\s*$",
    re.I,
)


def bylined(name: str, text: str) -> bool:
    """The page's text carries a byline with ``name``: "By Jane Roe" starting a line of the article, not a
    photo credit, and not the name inside a longer one ("By Jane Roeper")."""
    wanted = fold(re.sub(r"^(?:dr\.?|doctor)\s+", "", name, flags=re.I)).split()
    if len(wanted) < 2:
        return False
    flat = " ".join(text.split())
    for said in _BYLINE.finditer(flat):
        if _CREDIT.search(flat[max(0, said.start() - 20) : said.start()]):
            continue
        # A name the author goes by in brackets inside the byline ("Yu-Ting (Tiffany) Hsieh") is still theirs.
        after = fold(re.sub(r"\([^)]{0,30}\)", " ", flat[said.end() : said.end() + 80])).split()
        if after[: len(wanted)] == wanted:
            return True
    return False


def own_article(ctx: Context, m: Match) -> Post | None:
    """The page's text as the subject's own post when its byline is the subject, cut before the comments."""
    person = m.person
    if m.page.kind not in ARTICLE_KINDS or person is None or not m.result.decision.is_match:
        return None
    subject = ctx.identity.subject
    full = f"{subject.given_name or ''} {subject.family_name or ''}"
    by_them = bylined(person.name, m.page.text) or bylined(full, m.page.text)
    if not any(r.startswith("name:author") for r in person.read_from) and not by_them:
        return None
    text = m.page.text
    comments = _COMMENTS.search(text)
    body = text[: comments.start()] if comments else text
    return Post(author=person.handle or person.name, text=body.strip(), url=m.page.url, audience="public")


# "Dr. Jane Roe (Pulmonary & Critical Care) presents a case of ...": the matched person giving a talk or a video.
# A podcast's or an interview's episode notes put an appositive between: "Dr. Jane Roe, the pathologist the family
# hired, walks us through ...", "Dr. Jane Roe talks about the 19-year-old she evaluated".
_PRESENTS = (
    r"(?:\s*\([^)]{0,80}\))?(?:,\s+(?:the|a|an)\s[^,.]{3,80},)?,?\s+"
    r"(?:presents|presented|walks\s+(?:us\s+|listeners\s+)?through|discusses|discussed|talks\s+(?:about|through))\b"
)
_TALK_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST})


def _full_name_on_talk(m: Match) -> str:
    """The matched person's whole name without a title, on a page of a talk kind (a video, a post, a site); "" when
    the page is of another kind, not matched, or names them by one word."""
    person = m.person
    if m.page.kind not in _TALK_KINDS or person is None or not m.result.decision.is_match:
        return ""
    name = re.sub(r"^(?:dr\.?|doctor)\s+", "", person.name, flags=re.I).strip()
    return name if len(name.split()) >= 2 else ""


def _titled_on_talk(m: Match) -> str:
    """The matched person's titled one-word name ("Dr. Ewan") on a page of a talk kind that matching judged theirs (by
    the workplace it names: "The Long Way Home · Granite Path Recovery"); "" otherwise."""
    person = m.person
    if m.page.kind not in _TALK_KINDS or person is None or not m.result.decision.is_match:
        return ""
    return person.name.strip() if re.fullmatch(r"(?:Dr\.?|Doctor)\s+[A-Z][\w'’-]+", person.name.strip()) else ""


def presented_case(m: Match) -> Post | None:
    """The page's text as the subject's own words when it describes a talk or video they present (grand rounds
    on a video site, a conference's session page): the case they present is theirs to have shared."""
    person, name = m.person, _full_name_on_talk(m) or _titled_on_talk(m)
    if person is None or not name:
        return None
    said = re.search(rf"\b{re.escape(name)}{_PRESENTS}", " ".join(m.page.text.split()))
    if said is None:
        return None
    return Post(author=person.handle or person.name, text=m.page.text.strip(), url=m.page.url, audience="public")


# The subject named as the doctor who treated a patient the page tells of: "Dr. Jane Roe at the Cancer Institute
# treated him with five sessions", "under the care of Dr. Jane Roe", "Dr. Roe operated on her".
_TREATED = (
    r"[^.]{0,80}?\b(?:treated|operated on|cared for|took care of|saw|diagnosed|delivered|admitted)\s+(?:him|her|them)\b"
)
_CARE_OF = r"\b(?:under the care of|treated by|operated on by|cared for by)\s+(?:dr\.?\s+)?{name}\b"
# A patient the page names in full with the age after the name: "Harold Greer, 71, a retired machinist".
_AGED_PATIENT = re.compile(r"(?-i:(?:\b|(?<=[a-z]))[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'’-]+), (?:age )?\d{1,2},")


def treated_case(m: Match) -> Post | None:
    """A hospital's or a foundation's video or story (a talk kind of page, matched) that tells a patient's case naming
    them in full with their age and the subject as their doctor: the patient is identifiable, and the page ties them to
    the subject. The page's text, as the story the subject is named in."""
    person, name = m.person, _full_name_on_talk(m)
    if person is None or not name:
        return None
    text = " ".join(m.page.text.split())
    who = re.escape(name)
    doctor = re.search(rf"\b{who}{_TREATED}", text) or re.search(_CARE_OF.format(name=who), text, re.I)
    if doctor is None or not _AGED_PATIENT.search(text):
        return None
    return Post(author=person.handle or person.name, text=text, url=m.page.url, audience="public")


# The label a review site puts above the owner's answer, when the answer is not marked up as one.
_REPLY_LABEL = re.compile(
    r"\b(?:business owner information|comment from [^\n]{2,60}? of [^\n]{2,80}?(?=\s+\d)"
    r"|(?:response|reply) from (?:the )?(?:owner|business|practice|office|provider|doctor|physician)"
    r"|(?:owner|provider|practice|doctor)(?:'s|’s)? (?:response|reply)"
    # The doctor's name as the profile shows it, credential and all: "Dr. Jane Roe, DO responded", or after the
    # label ("Response from Dr. Jane Roe, MD", as RealSelf heads a doctor's answer to a review).
    r"|dr\.? [\w'’.-]+(?: [\w'’.-]+){0,3}(?:,? (?:md|do|dds|dmd|dpm|phd|facs|faap|np|pa-c))*"
    r" (?:responded|replied|wrote back)"
    r"|(?:response|reply|comment) from dr\.? [\w'’.-]+(?: [\w'’.-]+){0,3}"
    r"(?:,? (?:md|do|dds|dmd|dpm|phd|facs|faap|np|pa-c))*)\b",
    re.I,
)
# A date that starts the next review: "7/16/2025", "Oct 2, 2025", "2025-10-02".
_DATED = re.compile(
    r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{4}-\d\d-\d\d)\b",
    re.I,
)
_REPLY_REACH = 700


def replies(m: Match) -> list[str]:
    """The owner's answers to reviews on a listing page: the marked-up ones, else those under a reply label in
    the page's text (the answer's own date, right after the label, is skipped; the next date ends it)."""
    marked = [r.reply for r in m.page.reviews if r.reply]
    if marked:
        return marked
    text = " ".join(m.page.text.split())
    out = []
    for label in _REPLY_LABEL.finditer(text):
        after = text[label.end() : label.end() + _REPLY_REACH]
        first = _DATED.search(after)
        start = first.end() if first is not None and first.start() < 60 else 0
        following = _DATED.search(after, start + 40)
        out.append(after[start : following.start() if following else None].strip(" :·-"))
    return [r for r in out if r]
