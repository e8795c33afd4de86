"""Home and contact details the subject writes in their own public posts.

People give their street in the posts of ordinary life: a yard sale, a lost dog, a housewarming, "we just
closed on our new place at 12 Elm St", a neighbourhood or HOA notice; and their own line or inbox in "text me
at", "my cell is", "email me at". A street counts when the post says it is a home (these words) and it is
not the practice's; a phone or e-mail when the post gives it as the writer's own and not in a sentence about
the office.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, own_posts
from footprint.assess.detectors.community import STREET, WORKPLACE
from footprint.assess.detectors.nearby import MY_CONTACT, PHONE, WORK
from footprint.assess.detectors.records import sentences
from footprint.extract.entities import emails_in, normalise_phone
from footprint.models import Address, Match, Post

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


def homes_in_posts(ctx: Context, m: Match) -> list[tuple[Address, str, Post]]:
    """(street, sentence, post) for each street the subject's own post gives as a home."""
    found: list[tuple[Address, str, Post]] = []
    for post in own_posts(ctx, m):
        for sentence in sentences(post.text):
            if not HOME_WORDS.search(sentence) or WORKPLACE.search(sentence):
                continue
            found += [(Address(street=s.group().rstrip(".")), sentence, post) for s in STREET.finditer(sentence)]
    return found


def contacts_in_posts(ctx: Context, m: Match) -> list[tuple[str, str, Post]]:
    """(phone or lower-case e-mail, sentence, post) the subject gives as their own in a public post."""
    out: list[tuple[str, str, Post]] = []
    for post in own_posts(ctx, m):
        for sentence in sentences(post.text):
            if not MY_CONTACT.search(sentence) or WORK.search(sentence):
                continue
            for said in PHONE.finditer(sentence):
                phone = normalise_phone(said.group())
                if phone and phone not in ctx.practice_phones:
                    out.append((phone, sentence, post))
            out += [(email.lower(), sentence, post) for email in emails_in(sentence)]
    return out

