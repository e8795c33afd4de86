"""How well one written name fits the subject, part by part, with the reason.

A page writes a physician's name in many ways: "Dr. Bob Lindqvist, MD",
"R. A. Lindquist", "Lindqvist, Robert", "Ana García" for Ana García Márquez,
or a maiden name. Names are parsed with ``nameparser``, folded (accents and
punctuation removed), and compared part by part: family name (whole, one part
of a hyphenated or double surname, a former name, a near spelling), given
name (same, nickname from the ``nicknames`` dataset, initial, middle name
used as given name, near spelling), then middle name and generational suffix
(Jr./Sr.), which tell a parent from a child.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from footprint.clipped import clipped, pet_clipping
from footprint.givennames import equivalents, everyday_forms, family_spellings
from footprint.identity import fold, given_name_forms
from footprint.models import Subject
from footprint.nameparse import GENERATIONS, PARTICLES, NameParts, folded_words, parse_name
from footprint.spellings import armenian_spelling, first_syllable, near_spelling, short_form

EQUIVALENT = "is another romanisation or the English form of"  # a name-form reason, no word against anyone


@dataclass(frozen=True)
class NameFit:
    """How well a name fits: 0..1 and the reasons, best first.

    ``conflict`` is set when the name itself says "another person" although
    given and family names fit: another middle name or generation.
    """

    score: float
    reasons: tuple[str, ...] = field(default_factory=tuple)
    conflict: bool = False


@dataclass(frozen=True)
class SubjectNames:
    """The subject's names prepared once: own name, former names, nickname forms."""

    own: NameParts
    former: tuple[NameParts, ...]
    given_forms: frozenset[str]
    # Given names the user's own handles write before the family name ("dottie.quarrington": Dottie): the name
    # the subject's accounts go by, which no nickname table need know.
    handle_givens: frozenset[str] = frozenset()

    @classmethod
    def of(cls, subject: Subject) -> SubjectNames:
        from footprint.nameforms import handle_givens  # nameforms builds on this module

        own = parse_name(subject.name)
        if own is None:
            own = NameParts(fold(subject.given_name or ""), (), tuple(folded_words(subject.family_name or "")))
        elif own.middles and (*own.middles[-1:], *own.family) == tuple(folded_words(subject.family_name or "")):
            # The registry keeps two family names where the typed name reads a middle one ("Marisol Quinones
            # Aponte": QUINONES APONTE, ``registry.with_both_family_names``): the family name is both.
            family = (*own.middles[-1:], *own.family)
            own = replace(own, middles=own.middles[:-1], family=family, written_family=subject.family_name or "")
        former = tuple(p for p in (parse_name(a) for a in subject.also_known_as) if p)
        handles = frozenset(handle_givens(subject)) - {own.given} if subject.handles else frozenset()
        return cls(own, former, given_name_forms(own.given), handles)


def _strip_particles(words: tuple[str, ...]) -> tuple[str, ...]:
    rest = tuple(w for w in words if w not in PARTICLES)
    return rest or words


def _family_fit(me: SubjectNames, them: NameParts) -> tuple[float, str]:
    own = me.own.family
    theirs = them.family
    tail = (*them.middles, *theirs)
    last = theirs[-1]
    display = me.own.display_family
    if tail[-len(own) :] == own or "".join(theirs) == "".join(own):
        return 1.0, ""
    bare = _strip_particles(own)
    if bare != own and _strip_particles(theirs) == bare:
        return 0.95, f"family name {them.display_family} written without the particle of {display}"
    for other in me.former:
        if tail[-len(other.family) :] == other.family:
            return 0.95, f"former or other name {other.display_family}"
    if len(own) > 1 and near_spelling("".join(theirs), "".join(own)):
        return 0.9, f"family name {them.display_family} written differently from {display}"
    if theirs == own[:1] and first_family_name(me.own):
        # "Marisol Quiñones" for Marisol Quiñones Aponte: the everyday form of a name with two family names.
        return FIRST_FAMILY, f"family name {them.show(last)} is the first of {display}, {FIRST_FAMILY_WHY}"
    # One part of a double or hyphenated surname alone: weaker, the part alone is a commoner name.
    if len(bare) > 1 and last in bare:
        return 0.7, f"family name {them.show(last)} is one part of {display}"
    if len(theirs) > 1 and set(own) <= set(theirs):
        return 0.7, f"family name {them.display_family} contains {display}"
    if me.own.middles and len(me.own.middles[-1]) > 1 and last == me.own.middles[-1]:
        return 0.7, f"family name {them.show(last)} is the first part of {me.own.show(me.own.middles[-1])} {display}"
    if gendered(last, own[-1]):
        return 0.95, f"family name {them.show(last)} is the other gender's form of {me.own.show(own[-1])}"
    if near_spelling(last, own[-1]):
        return 0.85, f"family name spelled {them.show(last)} (typo or transliteration of {me.own.show(own[-1])})"
    if len(own) == 1 and armenian_spelling(last, own[-1]):
        # As weak as another romanisation the table holds: the two spellings name one family, not one person.
        return ROMANISED, f"family name {them.show(last)} is the other Armenian romanisation of {me.own.show(own[-1])}"
    if last in family_spellings(own[-1]) and len(own) == 1:
        # Weaker than a near spelling and a full name (rarity.FULL_NAME): "Chung" is no typo of "Jeong", and
        # another physician is registered under each spelling.
        return ROMANISED, f"family name {them.show(last)} is another romanisation of {me.own.show(own[-1])}"
    if len(theirs) == 1 and len(last) == 1 and own[0].startswith(last):
        # "Kate L." on a social profile: the family name's initial only; far weaker than the name.
        return INITIAL_ONLY, f"family name given only as its initial {last.upper()}."
    if len(own) > 1 and "".join(theirs) == "".join(part[0] for part in own) and all(len(p) == 1 for p in theirs[:-1]):
        # "Teo B-K" for Brannigan-Kessel: a double family name shortened to its initials, as its bearers write it
        # in a display name; as weak as one initial.
        return INITIAL_ONLY, f"family name given only as its initials {them.display_family}"
    return 0.0, f"family name differs: {them.display_family} vs {display}"


# A Polish or East Slavic family name's feminine and masculine forms (Wiśniewska / Wiśniewski, Kowalska / Kowalski,
# Sokolova / Sokolov, Ivanova / Ivanov): one family, and English text writes a couple or a family with the masculine
# ("Gosia and Tomasz Wiśniewski", "the Sokolovs"). Polish grammars (Nagórko, Zarys gramatyki polskiej) and the BGN/PCGN
# romanisation of Russian give these pairs.
_GENDERED = (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki"), ("ova", "ov"), ("eva", "ev"))


def gendered(one: str, other: str) -> bool:
    """``one`` and ``other`` are the feminine and masculine forms of one Polish or East Slavic family name."""
    for feminine, masculine in _GENDERED:
        for a, b in ((one, other), (other, one)):
            if a.endswith(feminine) and b.endswith(masculine) and a[: -len(feminine)] == b[: -len(masculine)]:
                return len(a) - len(feminine) >= 3
    return False


INITIAL_ONLY = 0.6
# The first of two family names alone fits as an everyday given name does (rarity.FULL_NAME): the page still needs a
# tie (field, town, practice) to reach "likely", and a page that writes it with another second family name
# ("Quiñones Rivera") names another person (the second word is not the subject's).
FIRST_FAMILY = 0.85
FIRST_FAMILY_WHY = "the one a person of two family names goes by"
# Words that begin a two-word family name without being a family name alone: "St John", "San Martín", "Mac Donald".
_NOT_ALONE = PARTICLES | {"st", "ste", "saint", "san", "santa", "santo", "sao", "mc", "mac", "o"}


def first_family_name(own: NameParts) -> bool:
    """True when ``own`` has two family names in Spanish or Portuguese usage (two words, no hyphen, no particle:
    "Quiñones Aponte", the registry's QUINONES APONTE): the person goes by the first alone as often as by both
    ("la Dra. Quiñones"; Real Academia Española, "apellido": the father's family name, then the mother's).
    Not an English double-barrel (hyphenated: "Smith-Jones", where either part alone is another family) nor a
    name with a particle ("Van Der Molen", "de la Cruz")."""
    family = own.family
    if len(family) != 2 or "-" in own.written_family or any(w in _NOT_ALONE for w in family):
        return False
    return len(family[0]) >= 3


CLIPPED = 0.75  # an everyday name clipped from the formal one (``clipped``): as an initial
CLIPPED_WHY = "as good as its initial"
ADOPTED_WHY = "may be an adopted name before the initials of"  # "Kelvin K. Leung" for Ka-Wai Leung (``_adopted``)
ROMANISED = 0.8  # the family name in another romanisation the table holds (Jeong / Chung, Ghasemi / Qasemi)


def _given_fit(me: SubjectNames, them: NameParts) -> tuple[float, str]:
    mine, theirs = me.own.given, them.given
    middles = me.own.middles
    if theirs in [mine, *(f.given for f in me.former)]:
        return 1.0, ""
    if them.middles and theirs + them.middles[0] == mine:
        return 1.0, ""
    joined = {f.given + f.middles[0] for f in (me.own, *me.former) if f.given and f.middles}
    if (them.middles and theirs + them.middles[0] in {f.given for f in me.former if f.given}) or theirs in joined:
        # "Ji Hoon Baek" for the "Jihoon" a confirmed page taught, as for a typed one; "Jihoon" for a "Ji Hoon"
        return 1.0, ""
    if them.middles and them.middles[0] == mine and len(mine) > 1:
        # "H. Douglas McAllister" is Douglas McAllister: many go by the middle name after a first initial.
        return (1.0 if len(theirs) == 1 else 0.85), f"goes by middle name: {them.show(theirs)} {them.show(mine)}"
    t, m = them.show(theirs), me.own.show(mine)
    if them.nickname and them.nickname in (mine, *(f.given for f in me.former)):
        # 'H. Edward "Ned" Vorderbrook': the name set off in quotes is the one the person goes by, the subject's own.
        return 1.0, f"known as {them.show(them.nickname)}, the name the page sets off in quotes"
    if them.middles and len(them.middles[0]) > 1 and them.middles[0] in me.given_forms and mine not in them.middles:
        # "H. Edward Vorderbrook" for Ned Vorderbrook: the middle name whose everyday form the subject goes by, after
        # a first initial (or a first name), the way such a doctor signs papers and is listed at work.
        middle = them.show(them.middles[0])
        return (0.85 if len(theirs) == 1 else 0.8), f"goes by middle name {middle}, whose everyday form is {m}"
    if theirs in everyday_forms(mine):
        return 0.85, f"{t} is an everyday form of {m}"
    if them.middles and len(them.middles[0]) > 1 and mine in everyday_forms(theirs + them.middles[0]):
        # "Maria Lourdes C Dimaculangan" on a broker's record for Malou: the everyday name made of both given names.
        return 0.85, f"{m} is an everyday form of {t} {them.show(them.middles[0])}"
    if theirs in equivalents(mine) or mine in equivalents(theirs):
        return 0.85, f"{t} {EQUIVALENT} {m}"
    if theirs in me.given_forms or mine in given_name_forms(theirs):
        return 0.85, f"name matches via nickname {t}→{m}"
    if theirs in me.handle_givens:
        return 0.85, f"{t} is the given name your handle writes"
    hyphenated = _hyphenated(me, them)
    if hyphenated:
        return hyphenated
    if short_form(theirs, mine) or short_form(mine, theirs):
        return 0.8, f"{t} is a short form of {m}" if len(theirs) < len(mine) else f"{m} is a short form of {t}"
    if first_syllable(theirs, mine):
        return 0.8, f"{t} is the first syllable of {m}"
    if clipped(theirs, mine, bare=False):
        # "Rimas" for Rimantas, "Frankie" for Francesca: the clipping of several formal names, as good as the initial.
        # Not a bare opening, often a name of its own ("Jose" is no Josefina), nor a longer name for the typed short
        # one ("Josefina" for José is his sister): the registry's record under that name says it (``registry``).
        return CLIPPED, f"{t} may be {m} clipped, {CLIPPED_WHY}"
    if pet_clipping(theirs, mine):
        # "Cal" for Callum, "Dora" for Teodora: a pet form of other names too (Calvin, Dorothy), so as good as the
        # initial; the page's city, field or workplace decides.
        return CLIPPED, f"{t} may be {m} cut short, {CLIPPED_WHY}"
    if len(theirs) == 1 and mine.startswith(theirs):
        return 0.75, f"initial {theirs.upper()}. fits {m}"
    if len(mine) == 1 and theirs.startswith(mine):
        return 0.75, f"{t} fits the initial {mine.upper()}."
    if middles and len(middles[0]) > 1:
        if theirs == middles[0]:
            return 0.85, f"goes by middle name {t}"
        if theirs in given_name_forms(middles[0]):
            return 0.8, f"goes by middle name: nickname {t}→{me.own.show(middles[0])}"
    if near_spelling(theirs, mine):
        return 0.85, f"given name spelled {t} (typo or transliteration of {m})"
    adopted = _adopted(me, them)
    if adopted:
        return CLIPPED, f"{t} {adopted} {ADOPTED_WHY} {m}, {CLIPPED_WHY}"
    return 0.0, f"given name differs: {t} vs {m}"


def _adopted(me: SubjectNames, them: NameParts) -> str:
    """ "K." or "K. W." when ``them`` writes a Western given name before the initials of the subject's East Asian given
    name ("Kelvin K. Leung", "Kelvin K.W. Leung" for Ka-Wai Leung), as Hong Kong, Taiwanese and Singaporean
    physicians sign with the English name they adopted; "" otherwise. The initials must spell the registered
    name's syllables from the first, and the adopted name is no initial itself."""
    parts = given_parts(me)  # a hyphenated given name only: "Mike" is two pinyin syllables too
    initials = [m for m in them.middles if len(m) == 1]
    if not parts or len(them.given) < 3 or not initials or len(initials) != len(them.middles):
        return ""
    if len(initials) > len(parts) or any(i != p[0] for i, p in zip(initials, parts, strict=False)):
        return ""
    return " ".join(f"{them.show(i).upper()}." for i in initials)


def given_parts(me: SubjectNames) -> tuple[str, ...]:
    """The parts of a hyphenated given name ("Yu-Ting": yu, ting); () for a given name of one part."""
    parts = tuple(fold(p) for p in me.own.show(me.own.given).split("-"))
    return parts if len(parts) > 1 and all(parts) and "".join(parts) == me.own.given else ()


def _second_part(parts: tuple[str, ...], them: NameParts) -> bool:
    """The word after the given name is the hyphenated name's second part or its initial ("Yu T. Lin", "Y.T. Lin")."""
    return bool(them.middles) and them.middles[0] in (parts[1], parts[1][0])


def _hyphenated(me: SubjectNames, them: NameParts) -> tuple[float, str] | None:
    """A hyphenated given name as forms and author lists write it: its parts apart with the second as an initial
    ("Yu T. Lin" for Yu-Ting Lin), both as initials ("Y.T. Lin"), or its first part alone ("Yu Lin"), which a
    "Yu Lin" of another name also is, so it weighs like an initial."""
    parts = given_parts(me)
    if not parts:
        return None
    theirs, m = them.given, me.own.show(me.own.given)
    if theirs == parts[0] and _second_part(parts, them):
        return 0.95, f"hyphenated given name {m} written as {them.show(theirs)} {them.show(them.middles[0])}"
    if theirs == parts[0][0] and len(parts[0]) > 1 and _second_part(parts, them):
        return 0.85, f"initials {theirs.upper()}. {them.middles[0][0].upper()}. fit the hyphenated given name {m}"
    # "Yu S. Lin" is another hyphenated name (Yu-Shan), unless the S. is the subject's middle initial.
    own_middle = me.own.middles[0][0] if me.own.middles else ""
    if theirs in (parts[0], parts[0][0]) and them.middles and them.middles[0][0] != own_middle:
        return 0.0, f"given name differs: {them.show(theirs)} {them.show(them.middles[0])} vs {m}"
    if theirs == parts[0] and len(theirs) > 1:
        return 0.75, f"{them.show(theirs)} is the first part of the hyphenated given name {m}"
    return None


def _swapped(me: SubjectNames, them: NameParts) -> bool:
    """Family name written first ("Chen Mei-Ling", "Nguyen Van Minh")."""
    return them.given == "".join(me.own.family[-1:]) and (
        me.own.given in them.family or "".join(them.family) == me.own.given
    )


def _middle_factor(me: SubjectNames, them: NameParts) -> tuple[float, str]:
    mine = [m for m in me.own.middles if m not in me.own.family]
    used = {me.own.given, *me.own.family, *(f for o in me.former for f in o.family)}
    joined = {me.own.given, *(f.given for f in me.former)}
    theirs = [m for m in them.middles if m not in used and them.given + m not in joined]
    parts = given_parts(me)
    if parts and them.given in (parts[0], parts[0][0]) and theirs and _second_part(parts, them):
        theirs = theirs[1:]  # "Yu T. Lin": the T. is the given name's second part, not a middle initial
    if not mine or not theirs:
        return 1.0, ""
    if len(theirs[0]) > 1 and theirs[0] != mine[0] and _in_order(theirs, mine[1:]):
        # "Jose Ibanez Ortega" for José Luis Ibáñez Ortega: a Spanish double surname after a second given name the
        # page leaves out, or any middle name of several written alone ("Mary Louise Smith" for Mary Anne Louise).
        return 1.0, f"same middle name {them.show(theirs[0])}, one of the subject's"
    if mine[0][0] != theirs[0][0]:
        return 0.7, f"middle name differs: {them.show(theirs[0])} vs {me.own.show(mine[0])}"
    if len(mine[0]) > 1 and len(theirs[0]) > 1 and mine[0] != theirs[0] and not near_spelling(mine[0], theirs[0]):
        return 0.7, f"middle name differs: {them.show(theirs[0])} vs {me.own.show(mine[0])}"
    return 1.0, f"same middle {'name' if len(theirs[0]) > 1 else 'initial'} {them.show(theirs[0])}"


def _in_order(theirs: list[str], mine: list[str]) -> bool:
    """True when each of ``theirs`` is one of ``mine`` (an initial fits its name), in the same order."""
    rest = iter(mine)
    return all(any(m == t or (len(t) == 1 and m.startswith(t)) for m in rest) for t in theirs)


def _generation_factor(me: SubjectNames, them: NameParts) -> tuple[float, str]:
    mine, theirs = me.own.generation, them.generation
    if mine and theirs and mine != theirs:
        return 0.3, f"different generation: {GENERATIONS[theirs]} vs {GENERATIONS[mine]}"
    if mine and theirs:
        return 1.0, f"same generation {GENERATIONS[mine]}"
    return 1.0, ""


def fit(me: SubjectNames, written: str) -> NameFit:
    """How well ``written`` fits the subject: 1.0 the same name, 0 another name."""
    them = parse_name(written)
    if them is None:
        return NameFit(0.0, (f"no full name in {written!r}",) if written.strip() else ("no name",))
    if _swapped(me, them):
        return NameFit(0.85, (f"name written family name first: {written.strip()}",))
    family, family_why = _family_fit(me, them)
    if family == 0.0:
        return NameFit(0.0, (family_why,))
    given, given_why = _given_fit(me, them)
    if given_why.endswith(CLIPPED_WHY) and family < 1.0:
        # A clipped name says as little as an initial: only with the family name written whole.
        given_why = f"given name differs: {them.show(them.given)} vs {me.own.show(me.own.given)}"
        given = 0.0
    if given == 0.0:
        return NameFit(0.1, (given_why,))
    middle, middle_why = _middle_factor(me, them)
    generation, generation_why = _generation_factor(me, them)
    score = family * given * middle * generation
    if family == INITIAL_ONLY and given >= 0.8 and middle == generation == 1.0:
        # "Sade O." for Folasade Ogunleye as "Kate L." for Katherine: a short form the tables know and the family's
        # initial are as weak as each other, and the page's field and town decide either.
        score = max(score, 0.5)
    headline = f"name matches: {written.strip()}" if family == given == 1.0 else ""
    reasons = tuple(r for r in (headline, family_why, given_why, middle_why, generation_why) if r)
    return NameFit(round(score, 3), reasons, conflict=middle < 1.0 or generation < 1.0)
