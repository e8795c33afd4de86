"""Whose words a community page's sentence is: one that names the subject (or their household), the
sentence after it that goes on about them ("She", "The bride"), and the pages the subject runs themselves
(a fundraiser or a wedding site titled with their name). The kin, birthday and street readers ask these.
"""

from __future__ import annotations

import re
import unicodedata

from footprint.assess.detectors.base import Context
from footprint.identity import fold
from footprint.models import Match, PageKind

# Pages whose words about a doctor's family are as exposed as a broker's list; news carries the wedding
# and birth announcements and the obituaries.
KIN_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})


# Pages a person runs: a profile, a personal site, a fundraiser or a wedding site (read as other pages).
OWN_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.SOCIAL_PROFILE})
# The sentence after one naming the subject that goes on about them: "She ...", "The bride ...", and "Their daughter
# Leilani ..." after "Keala Kahananui and Jonah Akana ran the station" (a plural "their" is the couple's; a "her" or
# "his" may be anyone's the sentence before named).
FOLLOWS = re.compile(r"^(?:she|he|they|their|the (?:bride|groom|couple|doctor|physician))\b", re.I)
OTHERS_FAMILY = re.compile(r"\bpatients?\b|\bpatient's\b", re.I)


def names_subject(ctx: Context, sentence: str, household: bool = False, chosen: str = "") -> bool:
    """The sentence names the subject's family name (or a former one, or ``chosen``: the family name of the
    person the match chose, "Teodora Brannigan" for Brannigan-Kessel); ``household``: or "the Pruitts"."""
    subject = ctx.identity.subject
    said = f" {fold(sentence)} "
    families = [subject.family_name or "", *(n.split()[-1] for n in subject.also_known_as if n.split()), chosen]
    forms = [fold(f) for f in families if fold(f)]
    plurals = [f"{f}s" for f in forms] + [f"{f}es" for f in forms] if household else []
    return any(f" {f} " in said for f in forms + plurals)


def chosen_family(m: Match) -> str:
    """The family name (the last word before any comma) of the person the match chose, as the page writes it, or ""."""
    words = m.person.name.split(",")[0].split() if m.person is not None else []
    return words[-1] if words else ""


def called_by_given(ctx: Context, m: Match, owner: str) -> bool:
    """``owner`` is the given name the page calls the subject by (the chosen person's, or an everyday form of the
    subject's) and no other person on the page has it."""
    from footprint.identity import given_name_forms

    if m.person is None or not owner or not m.result.decision.is_match:
        return False
    chosen = fold(m.person.name.split(",")[0]).split()
    mine = given_name_forms(ctx.identity.subject.given_name or "") | set(chosen[:1])
    said = fold(owner)
    if said not in mine:
        return False
    family = chosen[-1] if len(chosen) > 1 else fold(ctx.identity.subject.family_name or "")

    def another(name: str) -> bool:
        # "Gus W." signing a comment is the chosen "Gus Wetherbee"; "Gus Lindqvist" is another Gus.
        rest = [w.strip(".") for w in fold(name).split()[1:]]
        return bool(rest) and not all(w == family or (len(w) == 1 and family.startswith(w)) for w in rest)

    others = [p for p in m.page.people if p is not m.person and fold(p.name).split()[:1] == [said] and another(p.name)]
    return not others


def names_of(ctx: Context, m: Match) -> list[str]:
    """The folded given and family names the subject goes by on this page (the chosen person's too)."""
    subject = ctx.identity.subject
    names = [subject.given_name or "", subject.family_name or ""]
    names += [n for a in subject.also_known_as for n in a.split()]
    if m.person is not None:
        names += m.person.name.split()
    return [w for w in dict.fromkeys(fold(n) for n in names) if len(w) > 1]


def plain(text: str) -> str:
    """Lower case without accents, punctuation kept ("Ana Núñez & Bo Li's" -> "ana nunez & bo li's")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def owns_page(ctx: Context, m: Match) -> bool:
    """The page is the subject's own: its title names the chosen person (given and family name) as its author
    ("Fundraiser by Jane Roe"), its owner ("Jane Roe's recipes"), one of a couple ("Jane Roe & Sam Poe's
    Wedding"), or as the whole title before the site's name ("Jane Roe (@janer) | PayApp", "Jane Roe (janer) - Profile |
    Pinterest", "Jane Roe | Blog"; not
    "Jane Roe - Fargo, ND | Broker", a results page for the name)."""
    person = m.person
    if person is None or m.page.kind not in OWN_KINDS:
        return False
    words = [w for w in fold(re.sub(r"^(?:dr\.?|doctor)\s+", "", person.name, flags=re.I)).split() if len(w) > 1]
    if len(words) < 2:
        return False
    name = rf"{re.escape(words[0])}(?:\s+\w\.?)*\s+{re.escape(words[-1])}"
    title = plain(m.page.title)
    return bool(
        re.search(rf"\bby\s+(?:dr\.?\s+)?{name}\b", title)
        or re.search(
            rf"^(?:dr\.?\s+)?{name}(?:'s\b|\s*(?:&|and)\s+\w+|\s*\(@|\s*\([\w.]+\)\s*[|·–—-]|\s*[|·–—-]\s*[^,|·–—-]{{1,30}}$|\s*$)",
            title,
        )
    )


PLACE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|from|of|across|outside|inside|around|along|up|down|through|past|into|toward|towards|via)\s+"
    r"(?:the\s+)?$",
    re.I,
)
NAMED = re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)")


# Words before a family name that are no given name: "Dr Quillfeather", "the Quillfeather family", "Pay Jane Roe".
NOT_GIVEN = frozenset(
    {"the", "mr", "mrs", "ms", "mx", "dr", "doctor", "rev", "pay", "paid", "meet", "dear", "hi", "hello", "thanks",
     "love", "by", "from", "to", "with", "and", "team", "family", "house", "home", "congrats", "welcome"}
)  # fmt: skip
