"""The everyday given name the subject's own confirmed pages write beside the registered one.

Many physicians go by a given name that is no form of the one they registered: an English name beside a
Chinese, Korean or Vietnamese one ("Mei-Hua (Grace) Tseng, MD" on her practice's page), a name taken at
school or at work. No nickname table links the two, so a page that says only "Grace Tseng" (a race
result, a neighbour's post, a team's staff list) fits the subject by family name alone. The subject's own
confirmed profile writes the pair, the way such doctors present themselves: the registered name with the
everyday one set off in parentheses or quotes, or quoted after the titled family name ('Dr. Ngata ("Dr. Ro")').
Once a confirmed page writes it, the everyday name is read
as a name of the subject's on the other pages (``rejudge``), and those pages still need what any name
needs: the town, the field, the workplace or the handle. The everyday name is often another physician's
registered name too (a same-state namesake who is a "Grace Tseng" by birth): the registry's record of
that name and the other place or field on such a page keep that namesake out.

A confirmed record that writes the Western name a Hong Kong, Taiwanese or Singaporean physician adopted before the
initials of the registered one ("Kelvin K. Leung" for Ka-Wai Leung, ``namematch``) teaches the adopted name too.

Only the subject's own record on a confirmed page teaches: the person the page was judged on, under the
subject's full name (not a former or a middle name), and only a given name written inside that person's
own name, not an alias a broker lists (brokers merge relatives' and former names into one record). One alias a
broker lists does teach: the subject's given name clipped, with the family name ("AKA Raff Dunleavy" on the record of
Rafferty Padraig Dunleavy; "Brose" for Ambrose), the front or the back of the very name the record bears, which is no
relative's name; so does the front with an English pet ending ("Harry" for Harriet, ``pet_form``). No table lists every
such clipping ("Raff" is in none), and a page that says only "Raff & Siobhan
Dunleavy" is then read as naming the subject, and still needs a relative, a town or a field beside it.
"""

from __future__ import annotations

import re

from footprint.clipped import PET_ENDINGS, pet_ending
from footprint.identity import fold
from footprint.match.name_fit import OTHER_FAMILY_WHY
from footprint.match.opening_names import opening_form
from footprint.models import Decision, Identity, Match, PageKind
from footprint.namematch import ADOPTED_WHY, NameFit, SubjectNames, fit
from footprint.nameparse import parse_name

# "Mei-Hua (Grace) Tseng", 'Mei-Hua "Grace" Tseng': a given name set off between given and family names.
_SET_OFF = r"[\(\"“‘']\s*(?P<everyday>[A-Z][a-z]{2,})\s*[\)\"”’']"
# A middle name or initial on either side of the set-off name ('Linh "Lily" T. Vorderbrook', 'Linh T. "Lily"
# Vorderbrook').
_MIDDLE = r"(?-i:[A-Z][a-z]*\.?\s+){0,2}"
FULL = 0.85  # the record's name must be the subject's own, whole (a nickname of it included)
# 'Dr. Ngata ("Dr. Ro" to her patients)', 'Aroha Ngata ("Ro")': the name the subject goes by, quoted in parentheses
# right after the family name, titled or not. Short ("Ro", "Bo") as such names are: the quotes and the place say it.
_QUOTED_AFTER = r"\s*\(\s*[\"“‘']\s*(?:(?-i:Dr)\.?\s+)?(?P<everyday>(?-i:[A-Z][a-z]+))\s*[\"”’']"


def taught(identity: Identity, matches: tuple[Match, ...]) -> dict[str, tuple[str, ...]]:
    """Page URL → the everyday names ("Grace Tseng") the subject's confirmed pages write for them."""
    names = SubjectNames.of(identity.subject)
    given, family = names.own.show(names.own.given), names.own.display_family
    if not given or not family:
        return {}
    shape = re.compile(rf"{_written(given)}\s+{_MIDDLE}{_SET_OFF}\s+{_MIDDLE}{_written(family)}\b", re.I)
    after = re.compile(rf"(?:\b(?-i:Dr)\.?|{_written(given)})\s+{_MIDDLE}{_written(family)}{_QUOTED_AFTER}", re.I)
    # The other way round: the user typed the everyday name, set off inside the registered one ('Jihoon "Jay" Baek'
    # for "Dr. Jay Baek"): the registered given name before it is the subject's too.
    inside = re.compile(
        rf"\b(?P<everyday>(?-i:[A-Z])[a-z]{{2,}}(?:-(?-i:[A-Za-z])[a-z]+)?)\s+{_MIDDLE}[\(\"“‘']\s*{_written(given)}"
        rf"\s*[\)\"”’']\s+{_MIDDLE}{_written(family)}\b",
        re.I,
    )
    out: dict[str, tuple[str, ...]] = {}
    for m in matches:
        person = m.result.person
        if m.result.decision != Decision.CONFIRMED or person is None:
            continue
        if m.page.kind == PageKind.PEOPLE_SEARCH:
            cut = _clipped_aliases(names, person.aliases)
            if any(r.endswith(OTHER_FAMILY_WHY) for r in m.result.reasons):
                # The record is hers under another family name, matched by her own name among its others: the name
                # it bears ("Aigerim Holt", a married name) is one she goes by, which her posts may sign.
                cut = (*cut, person.name.strip())
            if cut:
                out[m.page.url] = cut
            continue
        own = fit(names, person.name)
        adopted = _adopted(names, person.name, own)
        if adopted:
            out[m.page.url] = (adopted,)
            continue
        if own.score < FULL or own.conflict or any(r.startswith("former or other name") for r in own.reasons):
            continue
        said = " · ".join((person.name, m.page.title, person.context.split(" [page: ")[0][:600]))
        written = (*shape.finditer(said), *after.finditer(said), *inside.finditer(said))
        found = {f"{w.group('everyday')} {family}" for w in written}
        everyday = sorted(n for n in found if _another_given(names, n))
        if everyday:
            out[m.page.url] = tuple(everyday)
    return out


def _adopted(names: SubjectNames, written: str, own: NameFit) -> str:
    """ "Kelvin Leung" when the confirmed record writes "Kelvin K. Leung" for Ka-Wai Leung: the Western name the
    subject adopted, signed before the initials of the registered one (``namematch``), with the family name whole.
    "" otherwise."""
    parts = parse_name(written)
    if parts is None or own.conflict or not any(ADOPTED_WHY in r for r in own.reasons):
        return ""
    if parts.family != names.own.family:
        return ""
    return f"{parts.show(parts.given)} {names.own.display_family}"


MIN_CLIPPED = 3  # letters a clipped given name keeps: "Raff", "Brose"; "Al" or "Jo" would be anyone's
MIN_CUT = 2  # letters it cuts: "Paul" is no clipping of "Paula"


def clipping(everyday: str, formal: str) -> bool:
    """True when ``everyday`` is ``formal`` cut to its front or its back ("Raff" / Rafferty, "Brose" / Ambrose)."""
    short, full = fold(everyday), fold(formal)
    if len(short) < MIN_CLIPPED or len(full) - len(short) < MIN_CUT or " " in short + full:
        return False
    return full.startswith(short) or full.endswith(short)


def pet_form(everyday: str, formal: str) -> bool:
    """True when ``everyday`` is the front of ``formal`` with a pet ending, its last letter perhaps doubled ("Harry" /
    Harriet, "Debbie" / Deborah, "Rosie" / Rosalind, "Inga" / Ingeborg): how a broker's alias or a friend writes a
    name no table links to it."""
    short, full = fold(everyday), fold(formal)
    if " " in short + full or len(short) < MIN_CLIPPED + 1 or short == full:
        return False
    for ending in PET_ENDINGS:
        stem = short.removesuffix(ending)
        if not pet_ending(short, ending, full) or len(stem) < MIN_CLIPPED:
            continue
        if full.startswith(stem) and len(full) - len(stem) >= MIN_CUT:
            return True
        if stem[-1] == stem[-2] and full.startswith(stem[:-1]) and len(full) - len(stem) >= 1:
            return True  # "Harry": "Har" + a doubled "r" + "y"
    return False


def _clipped_aliases(names: SubjectNames, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases of the subject's confirmed broker record that write the subject's given name clipped and the
    family name whole, no middle name ("Raff Dunleavy"), when the name matcher does not already read them as the
    subject's; the others (a relative's name, a maiden name, initials) teach nothing."""
    out = []
    for alias in aliases:
        parts = parse_name(alias)
        if parts is None or parts.middles or parts.family != names.own.family:
            continue
        cut = clipping(parts.given, names.own.given) or pet_form(parts.given, names.own.given)
        cut = cut or opening_form(parts.given, names.own.given)  # "Dilu", "Lu": ``opening_names``
        if cut and _another_given(names, alias):
            out.append(f"{parts.show(parts.given)} {names.own.display_family}")
    return tuple(dict.fromkeys(out))


def _written(name: str) -> str:
    """``name`` as a pattern that allows a hyphen or a space between its parts ("Mei-Hua", "Mei Hua")."""
    return r"[\s-]?".join(re.escape(p) for p in re.split(r"[\s-]+", name.strip()) if p)


def _another_given(names: SubjectNames, everyday: str) -> bool:
    """True when the everyday name is no form the name matcher already knows (a nickname, an initial, the
    middle name): only then is there something to learn."""
    word = fold(everyday).split()[0]
    return word not in (names.own.given, *names.own.middles) and fit(names, everyday).score < FULL
