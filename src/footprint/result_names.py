"""Whether a web search result names the subject: its title, snippet or URL under any variant of the name.

A result is worth opening when it names the subject as pages write a doctor: the whole name or a nickname, a
former name, accents folded, one part of a double surname, an initial with the town or field, the family name
first, "Dr. Family", a member name, an author list, the household's given names, or the practice; with what the
confirmed pages taught (``footprint.learned``) in a second pass. :mod:`footprint.results` decides which of the
plausible results are opened, within the budget.
"""

from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import urlsplit

from footprint import discover_homes, household_names, language_videos, practice_videos
from footprint.asked_names import asked_titled
from footprint.identity import fold, plain
from footprint.learned import Learned
from footprint.models import Identity, SearchResult
from footprint.nameforms import NameForms, registry_givens
from footprint.result_context import cities, field_said, nearby_said
from footprint.search.spellings import other_family_names


def _forms(identity: Identity, learned: Learned | None = None) -> tuple[set[str], set[str], set[str]]:
    """Folded family names (whole, joined, each part), given names (nicknames too) and initials.

    Of the registry's records, the chosen one's names count; with none chosen, every record of the
    subject's family name does (its first and middle names): any of them may be the subject, and what
    to open is not what matches. ``learned``: the forms confirmed pages write (``footprint.learned``).
    """
    forms = NameForms.of(identity)
    families = {*forms.family, *(w for w in forms.family_parts if len(w) > 2), *forms.former_families}
    families |= forms.romanised()  # "Jihoon Chung" for Jeong: matching then asks for more than the name
    # Nicknames, other romanisations and English forms (Yevgeny, Gene for Evgeny): the table matching uses.
    givens = {*forms.everyday, forms.given, *(m for m in forms.middles if len(m) > 1), *forms.former_givens}
    givens |= forms.handle_givens  # "hettie.quarrington": the name the subject's accounts go by
    # The registry's names of the subject: a doctor who goes by the middle name ("Wendell") is listed by
    # ratings sites and boards under the legal first one ("James W. Marchbanks Jr").
    givens |= registry_givens(identity, families)
    s = identity.subject
    families |= {fold(f) for f in other_family_names(s.family_name or "", s.given_name or "")}  # Delacruz, Al-Khatib
    for aka in identity.subject.also_known_as:
        words = fold(aka).split()
        if len(words) >= 2:
            givens.add(words[0])
            families.add(words[-1])
    if learned is not None:
        givens |= {fold(g) for g in learned.givens}
        families |= {fold(f) for f in learned.families}
    initials = {g[0] for g in givens if g}
    return {f for f in families if f}, {g for g in givens if g}, initials


def names_subject(identity: Identity, text: str, learned: Learned | None = None) -> bool:
    """True when ``text`` names the subject under some variant (family name plus a given name or initial),
    or names the subject's practice (typed, or ``learned`` from confirmed pages)."""
    folded = f" {fold(text)} "
    joined = f" {folded.replace(' ', '')} "
    if any(f" {p} " in folded for p in _practices(identity, learned)):
        return True  # a result about the subject's practice: its page may review the doctor unnamed
    if _titled(identity, learned, folded, text):
        return True
    if learned is not None and any(f" {fold(t)} " in folded for t in learned.quoted):
        return True  # "Dr. Ro at Narrows Children's": the titled name the subject's own page quotes as theirs
    families, givens, initials = _forms(identity, learned)
    hit = [f for f in families if f" {f} " in folded or (len(f) > 5 and f in joined)]
    words = set(folded.split())
    from footprint.spellings import near_spelling, short_form

    if not hit:
        # Another romanisation or a typo of both names ("So-yeon Park", "Зайцев" read "Zaytsev",
        # "H. Douglas MacAllister"): a near spelling of the family name with a given name or its near spelling.
        near = [w for w in words if len(w) > 4 and any(w[0] == f[0] and near_spelling(w, f) for f in families)]
        if near and _given_said(folded, words, givens):
            return True
        if _given_placed(identity, learned, folded, text):
            return True
        if _initial_with_context(identity, folded, givens, text, _learned_families(learned)):
            return True
        return _signed(identity, folded, text)
    if words & givens:
        return True
    if any(short_form(w, g) for w in words for g in givens):
        return True  # "Seun Adeyemi" for Oluwaseun Adeyemi
    if _given_said(folded, words, givens):
        return True
    if any(f" dr {f} " in folded or f" dra {f} " in folded for f in hit):
        return True  # "Dr. Whitfield was great", "la Dra. Quiñones": a patient's way to name their doctor
    if any(_clipped(w, g) for w in words for g in givens):
        return True  # "My daughter Imo ... by Penny Barraclough": the given name cut short, as family writes it
    field, town = field_said(identity, folded, text), any(f" {c} " in folded for c in cities(identity))
    if (field or town) and any(f" doc {f} " in folded for f in hit):
        return True  # "Doc Haddix, the bone doctor in Tupelo": the everyday title, with the town or the field
    if field and town:
        return True  # "Dr. Charles Treadwell, Vascular Surgery - Savannah, GA": the family name, the field, the town
    if _cited(folded, text, hit, initials):
        return True  # "Hrytsenko O, Delacroix-Pratt J, et al.": an author list
    return any(re.search(rf" {i} (?:[a-z] )?{re.escape(f)} ", folded) for i in initials for f in hit)


def _given_placed(identity: Identity, learned: Learned | None, folded: str, raw: str) -> bool:
    """The given name the subject goes by with both the town and the field, the family name unwritten ("Táta
    (Marek, Greenville's most famous cornea surgeon)", "our Nadia, the Tulsa cardiologist"), as a child's blog,
    a parent's post or a friend's caption writes a doctor they all know: the three together name one person."""
    forms = NameForms.of(identity)
    givens = {forms.given, *forms.everyday, *forms.handle_givens}
    givens |= {fold(g) for g in (learned.givens if learned is not None else ())}
    if not any(len(g) > 2 and f" {g} " in folded for g in givens):
        return False
    return any(f" {c} " in folded for c in cities(identity)) and field_said(identity, folded, raw)


def _clipped(word: str, given: str) -> bool:
    """``word`` is ``given`` cut to its first three letters or more, two or more dropped ("Imo" for Imogen, "Clem"
    for Clementine, "Barb" for Barbara): how family and friends write a name no nickname table holds. Read only
    beside the family name, which the result must also write."""
    return len(word) >= 3 and len(given) - len(word) >= 2 and given.startswith(word) and word.isalpha()


# An author as papers list them: a family name, then one or two capital initials, then a comma, a full stop
# or "et al" ("Delacroix-Pratt J,", "Lee AM.").
_CITED_AUTHOR = re.compile(r"\b[A-Z][\w'’-]+ [A-Z]{1,2}(?:,|\.|\s+et al)")


def _cited(folded: str, raw: str, families: list[str], initials: set[str]) -> bool:
    """The family name with a given initial, as an author list writes it ("Hrytsenko O" or "Hrytsenko OV"),
    in a list of at least two authors so written (or one and "et al."): a paper, not a stray "Lee A"."""
    if not any(re.search(rf" {re.escape(f)} {i}[a-z]? ", folded) for f in families for i in initials):
        return False
    return len(_CITED_AUTHOR.findall(raw)) >= 2 or " et al" in folded


def _practices(identity: Identity, learned: Learned | None) -> list[str]:
    """The subject's practices, folded: the one typed, and those confirmed pages name."""
    named = [identity.subject.practice or "", *(learned.practices if learned is not None else ())]
    return [p for p in (fold(n) for n in named) if p]


def _titled(identity: Identity, learned: Learned | None, folded: str, raw: str) -> bool:
    """ "Dr. Seun", "Dr. Nadia": the title and a given name of the subject (typed, its everyday forms, or one
    confirmed pages write), as patients and family write their doctor, with the field or the city beside it
    (a review, a reel, a podcast): the given name alone is anyone's."""
    forms = NameForms.of(identity)
    givens = {forms.given, *forms.everyday, *forms.handle_givens}
    givens |= {fold(g) for g in (learned.givens if learned is not None else ())}
    titled = {f"dr {g}" for g in givens if len(g) > 2}
    titled |= {fold(t) for t in (learned.titled if learned is not None else ())}
    said = [t for t in titled if f" {t} " in folded]
    return bool(said) and (field_said(identity, folded, raw) or any(f" {c} " in folded for c in cities(identity)))


def _given_said(folded: str, words: set[str], givens: set[str]) -> bool:
    """A given name of the subject in ``words``, also written with a hyphen ("So-yeon" for Seoyeon) or
    spelled near it ("Seo-Yeon", "Yevgeniy")."""
    from footprint.spellings import near_spelling

    split = folded.split()
    forms = words | {a + b for a, b in pairwise(split)}
    return bool(forms & givens) or any(near_spelling(w, g) for w in forms for g in givens if len(g) > 4)


def _learned_families(learned: Learned | None) -> tuple[str, ...]:
    """The other family names confirmed pages write with the subject's given name (a married name), folded."""
    return tuple(fold(f) for f in (learned.families if learned is not None else ()) if fold(f))


def _initial_with_context(
    identity: Identity, folded: str, givens: set[str], raw: str = "", others: tuple[str, ...] = ()
) -> bool:
    """A given name with the family initial only, as forums, neighbourhood sites and social bios sign
    ("Kate L. (@kateandthekids) - Madison mom... Pediatrician by day", "Dr. Chloé B. replied",
    "drcarolinep: OB here (Cary, NC)"): opened when the result also says doctor (the title before the
    name, or a handle "dr" + name) or gives the subject's city or field (typed, or the NPI record's).
    ``others``: the other family names confirmed pages gave the subject ("Owen", a married name), whose
    initial a run log or a forum signs with too ("Eilidh O. · Columbia, South Carolina")."""
    family = fold(identity.subject.family_name or "")
    if not family:
        return False
    initials = dict.fromkeys(f[0] for f in (family, *others) if f[:1].isalpha())
    return any(_signed_initial(identity, folded, givens, raw, initial) for initial in initials)


def _signed_initial(identity: Identity, folded: str, givens: set[str], raw: str, initial: str) -> bool:
    """``_initial_with_context`` for one family initial."""
    signed = [g for g in givens if f" {g} {initial} " in folded]
    handle = [g for g in givens if len(g) > 2 and re.search(rf" (?:dr|doc){g}{initial}[a-z]{{0,3}} ", folded)]
    if handle or any(f" dr {g} {initial} " in folded or f" dra {g} {initial} " in folded for g in signed):
        return True
    credited = any(re.search(rf" {g}{initial}(?:md|do) ", folded) for g in givens if len(g) > 2)
    if not signed and not credited and not _member_name(folded, raw, givens, initial):
        return False
    return (
        field_said(identity, folded, raw)
        or any(f" {c} " in folded for c in cities(identity))
        or nearby_said(identity, raw)
    )


def _member_name(folded: str, raw: str, givens: set[str], initial: str) -> bool:
    """A forum or community member name built from a given name of the subject: "DrBillie" (``drbillie_heme``),
    "DocGus", or the given name run into the family initial as a name is written, the initial a capital
    ("TrishV_DO", "RozO", "EwanP"): lower case, "marks" or "robs" is a word, not a member."""
    for g in (g for g in givens if len(g) > 2 and g.isalpha()):
        if f" dr{g} " in folded or f" doc{g} " in folded:
            return True
        if re.search(rf"(?<![A-Za-z])(?i:{g})(?-i:{initial.upper()})(?![a-z])", raw):
            return True
    return False


def _signed(identity: Identity, folded: str, raw: str) -> bool:
    """Signed with the subject's initials alone ("by Q.R.V., DO", "— Q.R.V., Duluth"), as society columns and
    letters are: opened when the credential follows the initials or the result names the field or the town."""
    from footprint.search_queries import monograms

    creds = {fold(c) for c in (*identity.subject.credentials, "md", "do")}
    for monogram in monograms(identity):
        spaced = " ".join(monogram.lower().replace(".", ""))
        at = folded.find(f" {spaced} ")
        if at < 0:
            continue
        after = folded[at + len(spaced) + 2 :].split()[:2]
        if (after and (after[0] in creds or "".join(after) in creds)) or field_said(identity, folded, raw):
            return True
        if any(f" {c} " in folded for c in cities(identity)):
            return True
    # The given and family initials alone ("M.V., M.D., Raleigh"), as a letter whose writer has no middle name on
    # record, or leaves it out, signs: fewer letters say less, so the credential must follow and the town be said.
    s = identity.subject
    given, family = fold(s.given_name or "")[:1], fold(s.family_name or "")[:1]
    if given.isalpha() and family.isalpha():
        at = folded.find(f" {given} {family} ")
        after = folded[at + 4 :].split()[:2] if at >= 0 else []
        credited = bool(after) and (after[0] in creds or "".join(after) in creds)  # "MD" or "M.D."
        if credited and any(f" {c} " in folded for c in cities(identity)):
            return True
    return False


def plausible(identity: Identity, result: SearchResult, learned: Learned | None = None) -> bool:
    path = urlsplit(result.url).path
    if _has_handle(identity, f"{path} {result.title} {result.snippet}", learned):
        return True  # "Dr. Isabel on TikTok" at /@docdelacruz/video/...: the account the user named
    text = f"{result.title} {result.snippet} {path.replace('-', ' ').replace('_', ' ')}"
    if names_subject(identity, text, learned) or asked_titled(identity, result, learned):
        return True
    if learned is not None and _household_said(identity, text, learned):
        return True
    if household_names.written(identity, result, learned.city if learned is not None else ""):
        return True  # "the Tauiliili family" of the subject's town: a school's, parish's or club's household
    if learned is not None and (practice_videos.from_workplace(result) or language_videos.from_talk(result)):
        return True  # a video the subject's workplace, circle or language community posted: its description names them
    # A page about the home a confirmed people-search record gives (a real-estate page titled with the address, a
    # neighbour's post naming the household and the street): it names the owner inside, not where search shows it.
    return learned is not None and bool(learned.homes) and discover_homes.at_home(identity, result, learned.homes)


def _household_said(identity: Identity, text: str, learned: Learned) -> bool:
    """Two or more of the given names of the relatives confirmed records list, with the subject's given name
    (typed, everyday or learned), the family name, or the title with the family initial ("Aunty Ngozi (the
    surgeon), Uncle Chidi, Obinna and Ada", "Papaw Buck ... Mamaw Lorena ... Wyatt Jr.", "Dr. M and Claire ...
    Luca and Sofia, your dad has moves"): a household named as its family and its friends write it, the doctor
    by the short title patients and colleagues use."""
    shown = plain(text)
    if sum(_written(k, shown) for k in learned.kin) < 2:
        return False
    forms = NameForms.of(identity)
    givens = {forms.given, *forms.everyday, *(fold(g) for g in learned.givens)}
    if any(_written(n, shown) for n in (*givens, *forms.family, *_learned_families(learned)) if n):
        return True
    from footprint.match.family_nicknames import names_household  # matching's, loaded once a household is asked

    if names_household(forms.given, identity.subject.family_name or "", shown, learned.kin):
        return True  # "Dolkar-la and Karma with Tashi and Pema", "Wulan dan Budi dengan Rizky dan Ayu"
    initial = plain(identity.subject.family_name or "")[:1].upper()
    return initial.isalpha() and re.search(rf"\b(?:Dr|Doc)\.? {initial}(?![\w-])", shown) is not None


def _written(name: str, shown: str) -> bool:
    """``name`` written as a name in ``shown`` (unaccented), capitalised: "Faith", "Paul" and "Grace" are words too;
    a capital inside it as the name has one ("MacAulay", "DeLuca") or not ("Macaulay")."""
    bare = plain(name)
    found = re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", shown, re.I)
    return any(m.group()[:1].isupper() and m.group()[1:2].islower() for m in found)


def _has_handle(identity: Identity, text: str, learned: Learned | None = None) -> bool:
    """True when ``text`` carries one of the user's handles (or one a confirmed page shows) as a whole word
    ("@docdelacruz", "/docdelacruz/")."""
    from footprint.extract.social import handle_name

    low = text.lower()
    for handle in (*identity.subject.handles, *(learned.handles if learned is not None else ())):
        name = handle_name(handle)
        if len(name) >= 4 and re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", low):
            return True
    return False
