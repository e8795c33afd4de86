"""A page that gives the subject a paid role with a company and has them endorse a product, with no disclosure.

A drug maker's or a device maker's channel posts a talk ("Dr. Arman Petrosyan shares his experience switching
patients to Brevanzo and why he now reaches for it first. Dr. Petrosyan has led the Kestrel Respiratory speakers
bureau since 2022") or a masterclass ("Dr. Rafael Dominguez, a Bozeman plastic surgeon and Veranza National Faculty
trainer ... 'It's the only filler I use in my practice now'"). The role is named as a credential, never as what it
is to a viewer, that the maker pays the doctor whose endorsement they watch: the FTC's Endorsement Guides (16 CFR
255.5) ask for the material connection to be disclosed clearly, and a title in passing is not that. One page is
enough: the role, the endorsement and no disclosure ("sponsored by", "paid", "disclosure", the platforms' tags).

News and records are others' words about the subject and are left out, as a listing is; so is a page that says
nothing in praise of a product (a meeting's faculty list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, hit, names_family, site_name
from footprint.assess.detectors.records import promoted_product, sentences
from footprint.assess.detectors.ties import OTHERS_WORDS
from footprint.identity import fold
from footprint.models import Finding, Match

# A role a company pays a doctor for, as its pages title one.
_ROLE = re.compile(
    r"\b(?:speakers?['’]?\s+bureau|national\s+faculty(?:\s+trainer)?|faculty\s+trainer|national\s+trainer"
    r"|key\s+opinion\s+leader|brand\s+ambassador|spokes(?:person|man|woman)|paid\s+consultant|medical\s+advisor"
    r"|scientific\s+advisory\s+board)\b",
    re.IGNORECASE,
)
# The company's name right before the role ("the Kestrel Respiratory speakers bureau") or after "for"/"of"/"with".
_BEFORE = re.compile(r"((?:[A-Z][\w&'’-]+\s+){1,3})$")
_AFTER = re.compile(r"^\s+(?:for|of|with|at)\s+((?:[A-Z][\w&'’-]+\s*){1,3})")
_NOT_COMPANY = frozenset({"national", "faculty", "global", "regional", "the", "dr", "a", "an", "and", "us", "u.s."})
# The product praised in the endorser's words: "the only filler I use", "reaches for it first", "my go-to".
_ENDORSED = re.compile(
    r"\bthe\s+only\s+(?:\w+\s+){1,2}(?:I|he|she|we)\s+(?:use|uses|trust|trusts|recommend|recommends|prescribe)"
    r"|\breach(?:es|ed)?\s+for\s+it\s+first|\bmy\s+go-to\b|\bswear\s+by\b"
    r"|\bswitch(?:ing|ed)?\s+(?:all\s+)?(?:my\s+|his\s+|her\s+|their\s+)?patients\s+to\b"
    r"|\b(?:I|he|she)\s+(?:now\s+)?(?:recommends?|prescribes?)\s+(?:it|only)\b",
    re.IGNORECASE,
)


def promoted_or_endorsed(ctx: Context, m: Match) -> Iterator[Finding]:
    """The subject's own post selling with a discount code (``records.promoted_product``), else this page's
    endorsement in a company's paid role."""
    found = list(promoted_product(ctx, m))
    yield from found or endorsed_with_a_role(ctx, m)


def endorsed_with_a_role(ctx: Context, m: Match) -> Iterator[Finding]:
    """The page names the subject in a company's paid role and endorses a product, and discloses nothing."""
    page = m.page
    if not m.result.decision.is_match or page.kind in OTHERS_WORDS or not page.text:
        return
    text = " ".join(f"{page.text} {' '.join(p.text for p in page.posts if p.text not in page.text)}".split())
    if not _ENDORSED.search(text) or hit("sponsor_disclosure", text):
        return
    # Either part of a double family name, as the page writes it ("Dr. Rafael Dominguez" of Domínguez Salcedo).
    families = {w for w in fold(ctx.identity.subject.family_name or "").split() if len(w) > 2}
    if m.person is not None and len(fold(m.person.name).split()) > 1:
        families.add(fold(m.person.name).split()[-1])
    for sentence in sentences(text):
        if not any(names_family(family, fold(sentence)) for family in families):
            continue
        company = _company(sentence)
        if company:
            where = site_name(ctx, page.site_id)
            title = f"A page on {where} has you endorse a product as {company}'s paid speaker or trainer, undisclosed"
            yield emit(ctx, m, "undisclosed_conflict", company, title, sentence, key=f"paid role {page.url}")
            return


def _company(sentence: str) -> str:
    """The company the sentence gives a paid role with ("Kestrel Respiratory"), or ""."""
    for role in _ROLE.finditer(sentence):
        before = _BEFORE.search(sentence[: role.start()])
        after = _AFTER.match(sentence[role.end() :])
        for found in (before, after):
            words = [w for w in (found.group(1).split() if found else []) if fold(w) not in _NOT_COMPANY]
            if words:
                return " ".join(words).strip(",.")
    return ""
