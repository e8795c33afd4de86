"""A relative's own page about the subject: a son's essay ("My dad, Raff, ... Raff, Mom (Siobhan) and Maeve"), a
daughter's family blog ("Grandpa Brose teaching Juniper ... Grandma Marjorie netted the fish"), a mother's post
("Harriet (Harry to us), Owen, Theo and Mabel ... in Boise").

Family write about one another by given name or nickname, never by the full name a matcher looks for, and the page is
judged on its author, another person. The subject's confirmed people-search record lists their relatives: a page that
writes one of them whole (the author, a relative of the subject's by full name) or signs as a family blog does
(the relative's given name and family initial: "Posted by Klára Z."), the subject's given name or an
everyday form of it, and a second tie of the household (another relative's given name, or a town the record lists) is
the household's page about the subject, as a reader who knows the family would say. A given name alone, or one
relative's name alone, is any family's; the name must also be no other relative's (a son named after his father), and
the given name must not open another family's full name ("Harriet Jones" is someone else).
"""

from __future__ import annotations

import re
from collections import Counter

from footprint.identity import fold, given_name_forms, plain
from footprint.match import family_nicknames, registry_middle
from footprint.match.household import HOUSEHOLD, MIN_GIVEN, Household
from footprint.match.kin_suffix import JOINED
from footprint.match.strength import MEDICAL_KINDS
from footprint.models import Extracted, Identity, PageKind, PersonRecord
from footprint.namematch import SubjectNames

# Pages decided by their record's own fields (a broker's, a ratings or directory profile): not a family's words.
_NOT_FAMILY_KINDS = frozenset({PageKind.PEOPLE_SEARCH})
NAMED = 0.7  # a page judged on a person this close to the subject's name is judged on them, not a relative's page
MIN_OWN = 2  # letters in a name the subject goes by ("Ro", "Bo"), the family name beside it where it was given
GIVEN_FIT = 0.85  # the signed given name is the subject's or a known everyday form of it ("Brose"), not an initial
# How each reason a relative's page gives opens: what it names follows, then ", of" the household.
RELATIVES_PAGE = "a relative's page: names "


def by_relative(identity: Identity, page: Extracted, house: Household) -> str:
    """Why ``page`` is a relative's page about the subject, or "": a relative written whole, the subject's given name
    (or an everyday form of it), and another relative's given name or a town of the household's."""
    if not house or page.kind in _NOT_FAMILY_KINDS or page.kind in MEDICAL_KINDS or not page.text:
        return ""
    url, text = page.url, f" {fold(page.text)} "
    relatives = [(fold(written), written) for _, written, by in (*house.kin, *house.others) if by != url]
    # The relative written whole, or as a family blog signs ("Posted by Klára Z."): the given name and the initial.
    whole = next(((key, key, written) for key, written in relatives if f" {key} " in text), None) or next(
        (
            (key, signed, f"{written.split()[0]} {written.split()[-1][0]}. ({written})")
            for key, written in relatives
            if len(key.split()[0]) >= MIN_GIVEN and f" {(signed := _signed(key))} " in text
        ),
        None,
    )
    form = _given_written(identity, plain(page.text), house)  # "Iñaki" read as the folded form "inaki" is
    if not form:  # a caption's family form of the given name beside the household ("Dilu akka and Ruwan aiya with")
        subject = identity.subject
        form, named = family_nicknames.clipped_caption(
            SubjectNames.of(subject).own.given, page.text, _givens(house), subject.family_name or ""
        )
        return (_by_given_names(house, url, text, form) or _clipped_kin(house, form, named)) if form else ""
    if whole is None:
        return _by_given_names(house, url, text, form, page.text)
    rest, first = text.replace(f" {whole[1]} ", " "), whole[0].split()[0]
    second = next(
        (written for key, written in relatives if key.split()[0] != first and f" {key.split()[0]} " in rest),
        "",
    )
    if not second:
        second = _town_written(house, url, text).title()
    if not second:
        return ""
    return f"{RELATIVES_PAGE}{whole[2]}, {form} and {second}, of {HOUSEHOLD} as its record lists it"


def _clipped_kin(house: Household, form: str, named: tuple[str, ...]) -> str:
    """Why a caption of the subject's clipped name beside relatives written by their given names cut short too ("Imo,
    Rafa and Tess") is the household's, where ``_by_given_names`` counts whole given names only."""
    every = (*house.kin, *house.others)
    written = [next(w for key, w, _ in every if key.split()[0] == g) for g in named]
    listed = ", ".join([form, *(w.split()[0] for w in written[:-1])]) + f" and {written[-1].split()[0]}"
    return f"{RELATIVES_PAGE}{listed}: {', '.join(written)}, of {HOUSEHOLD} as its record lists it"


def _givens(house: Household) -> set[str]:
    """The folded given names of the relatives the record lists, of the family name and of others."""
    return {key.split()[0] for key, _, _ in (*house.kin, *house.others)}


KIN_GIVEN = 2  # relatives' given names that, with the subject's, are one household's without a relative written whole


def _by_given_names(house: Household, url: str, text: str, form: str, raw: str = "") -> str:
    """Why a page naming the subject's given name and two or more given names of the relatives the record lists
    ("Uncle Sio and Mele with Tevita ... Salote") is the household's, as an aunt's or a cousin's post writes a family
    it need not introduce; "" when fewer are written. Three given names of one household together are that
    household's, where one given name and a town are any family's."""
    # The relatives of another family name count too: a wife who kept her name (in Chinese, Korean, Vietnamese,
    # Somali, Arab, Spanish and Icelandic usage, and many others) shares no family name with her husband and children.
    given = [*house.kin, *((key.split()[0], written, by) for key, written, by in house.others)]
    named = list(dict.fromkeys(written for key, written, by in given if by != url and f" {key} " in text))
    if raw:
        # A three-letter given name of the family's ("Mai", "Tou", "Kia"), written capitalised as a name is: too short
        # to tell anything folded ("mai" is a month in French), a name where the page writes it so.
        short = [w for w in house.members if len(w.split()[0]) == 3 and w not in named]
        named += [w for w in short if re.search(rf"(?<![\w-]){re.escape(w.split()[0].capitalize())}(?![\w-])", raw)]
    if len(named) < KIN_GIVEN:
        return ""
    said = [form, *(n.split()[0] for n in named)]
    listed = f"{', '.join(said[:-1])} and {said[-1]}"
    return f"{RELATIVES_PAGE}{listed}: {', '.join(named)}, of {HOUSEHOLD} as its record lists it"


def _town_written(house: Household, url: str, text: str) -> str:
    """A town of the household's, learned from another page, that the page (folded, padded ``text``) writes; ""."""
    return next((t for t, by in house.towns if by != url and t and f" {t} " in text), "")


def _signed(relative: str) -> str:
    """A relative's folded name as a family blog signs it: the given name and the family name's initial ("klara z")."""
    words = relative.split()
    return f"{words[0]} {words[-1][0]}"


def _given_written(identity: Identity, text: str, house: Household) -> str:
    """The subject's given name (or an everyday form of it, or one the subject's pages taught) as the page writes it
    on its own; "" when none, when a relative bears it too, or when the page also writes it opening a full name of
    another family name, a former one included (a niece named after her aunt)."""
    names = SubjectNames.of(identity.subject)
    forms = {f for f in given_name_forms(names.own.given) if len(f) >= MIN_GIVEN - 1}
    # A name the subject goes by with the family name, typed or quoted by a confirmed page ('Dr. Ngata ("Dr. Ro")'):
    # the subject's own, however short, where a table's short forms ("Al") are anyone's.
    forms |= {o.given for o in names.former if o.family == names.own.family and len(o.given) >= MIN_OWN}
    # The registry's middle name that is a given name of its own ("Wei Ling" of GRACE WEI LING LIM): family's word.
    forms |= {home} if (home := registry_middle.home_given(identity.npi_record)) else set()
    relatives = {fold(r).split()[0] for r in house.members} | {w.split()[0] for w, _, _ in house.others}
    if forms & relatives:
        return ""
    alone = ""
    married = _household_family(house)
    for form in sorted(forms, key=len, reverse=True):
        # The name alone, or with a kin word joined after it ("Pemba-dai", ``kin_suffix``), not inside another name.
        for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(form)})(?:(?![\w-])|(?={JOINED}))(\s+[A-Z][a-z]+)?", text):
            if _ends_a_relatives_name(text, m.start(), relatives):
                continue  # "Dr. Meera Arjun": a wife's family name that is his given name is her name, not his
            after = fold(m.group(1) or "")
            if after and after not in names.own.family and after not in married:
                return (
                    ""  # "Bronwyn Tuttle, named after her aunt": a niece of the given name (a former family name too)
                )
            alone = alone or m.group(0)[: m.end(0) - m.start(0) - len(m.group(1) or "")]
    return alone


def _ends_a_relatives_name(text: str, at: int, relatives: set[str]) -> bool:
    """Whether the word before ``at`` (where a given name starts) is a relative's given name, so the two are that
    relative's name: a wife or child whose family name is the subject's given name (Tamil and other South Indian
    usage, Somali and Arab name chains: "Priya Karthikeyan", "Hibaaq Abdirahman")."""
    words = text[:at].rstrip().rsplit(None, 1)
    return bool(words) and fold(words[-1]) in relatives


def _household_family(house: Household) -> set[str]:
    """The family name two or more of the record's relatives of another name share (a husband's and the children's,
    "Dafydd Owen, Isla Owen"): the name the subject is written with socially ("Eilidh Owen"), not another family's."""
    counts = Counter(whole.split()[-1] for whole in {w for w, _, _ in house.others})
    return {family for family, n in counts.items() if n >= KIN_GIVEN}


def by_initial(identity: Identity, page: Extracted, person: PersonRecord | None, house: Household) -> str:
    """Why a profile signed with the subject's given name and the family name's initial ("Elif K.", "Brose P.") is
    theirs by their household, or "": the page writes a town the subject's record lists and a relative's given name
    ("Deniz's anne", "Marjorie's book club castoffs"), and no relative at home fits the signed name as well. A given
    name and an initial in a town are any of its namesakes'; the household's member named beside them is not."""
    from footprint.match.household import another_member
    from footprint.namematch import INITIAL_ONLY, fit

    if person is None or not house or page.kind in _NOT_FAMILY_KINDS or page.kind in MEDICAL_KINDS:
        return ""
    names = SubjectNames.of(identity.subject)
    found = fit(names, person.name)
    if found.conflict or not any(r.startswith("family name given only as its initial") for r in found.reasons):
        return ""
    if found.score < round(INITIAL_ONLY * GIVEN_FIT, 3) or another_member(house, person.name):
        return ""
    url, text = page.url, f" {fold(page.text)} "
    town = _town_written(house, url, text)
    own = set(fold(person.name).split())
    given = next(
        (
            written
            for _, written, by in (*house.kin, *house.others)
            if by != url and (g := fold(written).split()[0]) not in own and len(g) >= MIN_GIVEN and f" {g} " in text
        ),
        "",
    )
    if not town or not given:
        return ""
    first = given.split()[0]
    return f"signed {person.name} and names {first} and {town.title()}: {given}, of {HOUSEHOLD} as its record lists it"
