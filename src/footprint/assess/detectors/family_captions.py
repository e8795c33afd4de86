"""A family photo's caption on a relative's page: the subject and a partner "with" their children, by given names
alone ("Jane and Sam with Theo and Mabel in the sukkah", "Janie and Sam with Theo, Mabel and Ida, taco night in
the Elm Drive kitchen", "Uncle Jon and Sam with Theo (15) after the final"). A parent's, a sibling's or a
cousin's blog, or a family's own site, names the household so; the page says whose family it is ("my daughter's
family", "my cousin's apartment", "Cruz Familia").
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.kin_lists import NAME_WORD, NOT_A_PARTNER
from footprint.assess.detectors.subject_text import KIN_KINDS, NOT_GIVEN
from footprint.identity import fold, given_name_forms
from footprint.match import family_nicknames
from footprint.models import Match

# The writer's own kin ("my daughter's family", "our son", "my cousin's apartment", "grandfather of four", "Grandma's
# kugel"), or a family's page.
_WRITERS_KIN = re.compile(
    r"\b(?:my|our)\s+(?:(?:grand|step)?(?:daughter|son|child|kid)s?|children|grandchildren|grandkids|cousins?"
    r"|nieces?|nephews?|sisters?|brothers?|(?:grand)?parents|family)\b"
    r"|\bgrand(?:mother|father|ma|pa|parents?)\s+(?:of|to)\b|\b(?:grandma|grandpa|nana|granny)['’]s\b"
    # A family's own site, in the words of the family's languages: "Deshpande Cousins", "Cruz Familia", "all the
    # primos home", "next reunion".
    r"|\b(?:famil(?:y|ies|ia|ie|le)|cousins|primos|primas|relatives|reunion)\b",
    re.I,
)
# A kin suffix written to a given name in many communities: "Pemba-dai", "Sita-didi", "Raj-bhai", "Asha-ji".
_SUFFIX = r"(?:-[a-z]{2,6})?"


def couple_with_children(ctx: Context, m: Match) -> str:
    """The caption as written, when it names the subject (a form of their given name, or the name the page calls
    them by) with a partner, "with" two or more given names, on a community page whose writer names their own kin
    or that is a family's; "" otherwise. Two couples are written "Jane and Sam with Tom and Ann Poe", the other
    family's name after them: the children's names stand alone."""
    if m.page.kind not in KIN_KINDS:
        return ""
    text = " ".join(m.page.text.split())
    if not _WRITERS_KIN.search(text):
        return ""
    given = fold(ctx.identity.subject.given_name or "")
    # Its short forms too, the first syllables a family calls them by: "Abdi" for Abdirahman, "Sio" for Sione.
    short = {given[:n] for n in range(3, len(given))} if " " not in given else set()
    forms = set(given_name_forms(given)) | short | {_called(ctx, m)} | _middle_names(ctx)
    forms |= family_nicknames.written_clips(given, text) if " " not in given else set()  # "Dilu", "Rico", "Van"
    forms |= family_nicknames.written_calls(ctx.identity.subject.family_name or "", text)  # "Dolkar-la"
    forms = {f for f in forms if len(f) > 1 and f not in NOT_GIVEN}
    if not forms:
        return ""
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    caption = re.compile(
        rf"\b(?i:{names}){_SUFFIX}\s+(?:and|&)\s+{NAME_WORD}\s+with\s+{NAME_WORD}"
        rf"(?:(?:,\s*{NAME_WORD})*,?\s+(?:and|&)\s+{NAME_WORD})?(?!\s+[A-ZÀ-ÖØ-Þ])(?![\w'’-])"
        # The children's names end there: a name left after them is another couple's ("with Sam and Ann Poe").
        rf"(?!,?\s+(?:and|&)\s)"
    )
    for found in caption.finditer(text):
        if text[found.start()].isupper():
            return found.group()
    return ""


def _middle_names(ctx: Context) -> set[str]:
    """The middle name the user or the registry gives in full, which a family often calls them by ("Wei Ling" for
    Grace Wei Ling Lim, "Beth" for Mary Elizabeth Roe); an initial is none."""
    record = ctx.identity.npi_record
    middles = [ctx.identity.subject.middle_name or "", record.middle_name or "" if record is not None else ""]
    return {f for mid in middles if len(fold(mid).replace(" ", "")) > 2 for f in given_name_forms(mid)}


def _called(ctx: Context, m: Match) -> str:
    """What the page calls the person the match chose, before their family name and without a title or a kin
    suffix: "Wei Ling" for "Wei Ling", "Pemba" for "Pemba-dai", "Jane" for "Dr. Jane Roe"."""
    family = fold(ctx.identity.subject.family_name or "")
    words = [w for w in (m.person.name.split(",")[0].split() if m.person is not None else []) if not w.endswith(".")]
    before = words[: next((i for i, w in enumerate(words) if fold(w) == family), len(words))]
    return fold(" ".join(before[:2]).split("-")[0])


# A courtesy title before a name, in the languages a community's thank-you list is written in: "Mr.", "Mrs.", the
# Indonesian and Malay "Pak", "Bu", "Ibu", "Bapak", the Spanish and Portuguese "Sr.", "Sra.", "Don", "Doña", "Dona".
_COURTESY = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Sr|Sra|Srta)\.?|Pak|Bapak|Bu|Ibu|Don|Doña|Dona|Tuan|Puan)\s+"


def couple_with_children_listed(ctx: Context, m: Match) -> str:
    """A thank-you or volunteer list that names each adult in full and a couple's children by their given names
    alone after them: "Pak Budi Hartono and Bu Jane Roe, with Rizky and Ayu (the children's corner)", "Sam Poe and
    Jane Roe with Theo". The subject by given and family name is one of the couple; the children's names end there
    (a family name after them is another couple's: "with Ann and Tom Poe"). A workplace's page names colleagues so,
    no household."""
    from footprint.assess.detectors.nearby import workplace_title

    subject = ctx.identity.subject
    given, family = subject.given_name or "", subject.family_name or ""
    if m.page.kind not in KIN_KINDS or len(given) < 2 or len(family) < 2 or workplace_title(m.page.title):
        return ""
    me = rf"(?:{_COURTESY})?{re.escape(given)}\s+(?:[A-Z]\.?\s+)?{re.escape(family)}"
    partner = rf"(?:{_COURTESY})?(?!{NOT_A_PARTNER}){NAME_WORD}(?:\s+{NAME_WORD})?"
    children = rf"{NAME_WORD}(?:(?:,\s*{NAME_WORD})*,?\s+(?:and|&)\s+{NAME_WORD})?"
    listed = re.compile(
        rf"\b(?:{me}\s+(?:and|&)\s+{partner}|{partner}\s+(?:and|&)\s+{me}),?\s+with\s+(?:their\s+\w+\s+)?"
        rf"(?P<children>{children})(?!\s+[A-ZÀ-ÖØ-Þ])(?![\w'’-])(?!,?\s+(?:and|&)\s)"
    )
    text = " ".join(m.page.text.split())
    found = listed.search(text)
    return found.group() if found else ""
