"""The words a scan asks web search: the subject's name in the forms pages write it, with the field and the place.

``queries`` orders them most telling first; the helpers give each name form (the title and credential, the
everyday and formal given names, member and screen names, monograms, other romanisations, a former name).
Beside it: ``query_hints`` (the town, state, field and degree the queries rank by) and ``other_name_forms``
(the names the user's spelling hides).
"""

from __future__ import annotations

import re

from footprint.clipped import family_clip
from footprint.models import Identity
from footprint.other_name_forms import formal_names, other_names, record_families, registry_given
from footprint.query_hints import credential, hints, practitioner
from footprint.search.spellings import native_query


def queries(identity: Identity, limit: int, household: str = "") -> list[str]:
    """Search queries, most telling first, the way a real engine needs them.

    The quoted name with specialty and place; the name unquoted with the state written out (a page
    that writes "Eleanor J. Whitfield, Portland, Maine" matches the words, not the phrase), and alone,
    as a patient types it (a record that puts a middle name between the two). Then the
    other names pages use, each quoted with the city or state to rank by: the everyday or formal
    given name (Rob, Margaret), another romanisation or the English name (Yevgeny, Gene), the
    particles run together (Delacruz). A former name unquoted, alone and with the current family
    name ("Caroline Hollis Pruitt", as wedding and alumni pages write it); the handle the user gave;
    "Dr. Given" with the field or town (as patients and family write their doctor: "Dr. Nadia the
    cardiologist"); the everyday name unquoted with the field. Then the family name first, the practice,
    "Dr. Family" with the field and city (how patients and practice pages write the doctor), and the
    middle-name forms; the byline with the given initial alone ("L. Quarrender, MD"); the given name with the
    family initial with the place, as forums and neighbourhood sites sign a member ("Nadia S."), and the one-word
    member names they show ("drewanp", "ewanp"); last the forms whose every page an earlier quoted name query also
    returns ("Dr. Chloé B.", "Dr. Full Name", "Full Name, MD"), which only rank. Place and specialty
    come from the NPI record (or the registry's only physician of the name) when the user gave none:
    they rank, the quoted name decides.
    """
    from footprint.extract.social import handle_name  # not at import: a scan's first request needs no page reader

    s = identity.subject
    first, middle, last = s.given_name or "", s.middle_name or "", s.family_name or ""
    full = f"{first} {last}"
    city, state, specialty = hints(identity)
    place = " ".join(p for p in (city, state) if p)
    native = native_query(first, last)
    handle = handle_name(s.handles[0]) if s.handles else ""
    from footprint.identity import US_STATES

    region = US_STATES.get(state, "")
    where = city or state
    cred = credential(identity)
    initial = middle_initial(identity)
    out: list[str] = []
    for q in (
        f'"{full}" {specialty} {place}',
        f"{full} {region or place or specialty or cred}",
        # The name as a patient types it: every page with both words, a middle name between them too
        # ("Thaddeus Kwabena Osei, Age 66" on a people-search record, a voter roll, a court docket).
        full,
        # The household by family name and town ("Carmody Hamden"), as a race's results, a parish directory, a
        # planning agenda or a neighbourhood post write a family (``household_query``: a rare family name only).
        household,
        *(f'"{other}" {where}' for other in other_names(identity)),
        *former_name_queries(identity),
        # The family name as registries, court dockets, licence boards and assessor rolls key it, the apostrophe
        # dropped and the particles run together, family name first ("OSULLIVAN, DENIS P", "VANDERBERG, PIETER J
        # MD"): unquoted, so a page writing "Denis OSullivan" is found too; the typed name's words find neither.
        *(f"{family} {first}" for family in record_families(identity)),
        # A community paper or parish page in the name's own language: "Евгений Соколов", "Անահիտ Սարգսյան".
        native,
        f'"{handle}"' if handle else "",
        # As patients and family write their doctor, with the field or the town: "Dr. Nadia the cardiologist".
        f'"Dr. {first}" {practitioner(specialty) if specialty else ""} {where}' if specialty or where else "",
        *(f'"Dr. {g.title()}" {practitioner(specialty) if specialty else ""} {where}' for g in _handle_given(identity)),
        # The short name the subject goes by ("Gwen" for Gwendolyn, "Nacho" for Ignacio), as patients, neighbours and
        # forums write it: titled with the field and town ("Dr. Nacho fixed my knee"), signed with the family
        # initial ("Gwen T. · Elm Park") and run into a member name ("GwenT", "drnacho_peds").
        *(f'"Dr. {g}" {practitioner(specialty) if specialty else ""} {where}' for g in everyday_given(identity)),
        # The everyday name unquoted with the field: "Kate L. ... Madison pediatrician" on a social profile.
        *(f"{other} {practitioner(specialty)} {where}" for other in formal_names(identity)[:1]),
        f"{full} {specialty}" if specialty and place else "",
        f'"{s.practice}" {where}' if s.practice else "",
        f'"Dr. {last}" {specialty or cred} {where}',
        # The title with the first of two family names, as Spanish and Portuguese usage shortens a name ("la Dra.
        # Quiñones" for Marisol Quiñones Aponte): a parish bulletin, a race's photo captions.
        *(f'"{titled}" {where}' for titled in first_family_titled(identity)),
        # The middle initial between the names, as hospital directories, boards and practice pages list a doctor
        # ("Faith M. Summers, DO"): the typed middle name's, else the registry's, which the phrase "Faith Summers"
        # does not find.
        f'"{first} {initial} {last}" {specialty}' if initial else "",
        # The same with the registry's first name of a subject who goes by a short one ("Leopold M. Fairclough, MD"
        # for Leo): hospital directories and boards list the legal name, which "Leopold Fairclough" does not find.
        *(f'"{legal} {initial} {last}" {specialty}' for legal in registry_given(identity) if initial),
        # As papers list their authors, family name and initials ("Hrytsenko O, Delacroix-Pratt J, et al."):
        # PubMed, journals and conference programmes name a physician so, with the middle initial when the
        # registry or the user gives one ("Vanterpool OG": an engine does not find "Vanterpool OG" for "Vanterpool O").
        f'"{last} {_author_initials(identity)}" {specialty}' if last and first else "",
        # A former family name as an author list writes it ("Varga CB"): the papers of training years, before a
        # marriage, carry the maiden name with the same initials.
        *(f'"{former} {_author_initials(identity)}" {specialty}' for former in _former_families(identity)[:1]),
        *(f'"{initials} {last}" {where}' for initials in _initials(identity)),  # "J.W. Marchbanks Jr., D.O."
        # The byline with the given initial alone ("L. Quarrender, MD" heads a case report, a newsletter column, a
        # letter), which the phrase with the middle initial ("L. K. Quarrender") does not find, with the credential.
        f'"{first[:1]}. {last}" {cred} {where}' if first[:1].isalpha() and last else "",
        # The title with the family name's initial, as patients shorten a long family name and doctors sign on a
        # forum ("Dr. K at the rehab hospital in Billings", "-- Dr. G (peds derm, ABQ)"), with the field and town.
        f'"Dr. {last[:1]}" {practitioner(specialty) if specialty else ""} {where}'
        if last[:1].isalpha() and where
        else "",
        # The title with a Mac or Mc family name clipped to its prefix, as patients and colleagues call its bearer
        # ("a Scottish lady everyone calls Dr. Mac", "if it is Dr. Mac, she runs the consult team").
        f'"Dr. Mac" {practitioner(specialty) if specialty else ""} {where}' if family_clip(last) and where else "",
        # Initials alone, as a society column or a letter signs ("by Q.R.V., DO"), with the credential and place.
        *(f'"{monogram}" {cred} {where}' for monogram in monograms(identity)[:1]),
        f'"{first} {last[:1]}." {practitioner(specialty) if specialty else ""} {where}' if last and where else "",
        f'"{first} {middle} {last}"' if len(middle) > 1 else "",
        # A forum or community member name made of the name the subject goes by ("DrEwanP: Addiction doc here",
        # "TrishV_DO"): an engine indexes it as one word, which no query for the name finds.
        *(f'"{word}" {practitioner(specialty) if specialty else ""} {where}' for word in member_names(identity)),
        *(f'"{g} {last[:1]}." {where}' for g in everyday_given(identity) if last and where),
        *(f'"{w}" {practitioner(specialty) if specialty else ""} {where}' for w in everyday_member_names(identity)),
        # Last: every page these return has the quoted name the first query asks for (none found a page the
        # others did not on the blind corpus's 31 dev physicians); they only rank it higher. So does "Dr. Chloé B."
        # (a forum's titled member): "Chloé B." with the field and the town, asked above, returns its every page;
        # and the name surname first ("Tollefsen, Libby" on a roster), whose pages have both words the unquoted
        # name asks for (it found none the others did not on the 51 tuning physicians of the blind corpus).
        f'"{last}, {first}" {state}',
        f'"Dr. {first} {last[:1]}." {where}' if last else "",
        f'"Dr. {full}" {place}',
        f'"{full}, {cred}" {state}',
        f'"{full}" {cred}',
    ):
        clean = re.sub(r"\s+", " ", q).strip()
        if clean and clean not in out:
            out.append(clean)
    return out[:limit]


def middle_initial(identity: Identity) -> str:
    """The subject's middle initial with its full stop ("M."): the typed middle name's, else the one the registry
    gives for the typed given name (the pinned record's, or every record of the name's); "" when none is known."""
    s = identity.subject
    if s.middle_name:
        return f"{s.middle_name[:1].upper()}."
    pair = _initials(identity)
    given = (s.given_name or "")[:1].upper()
    return pair[0].split()[-1] if pair and given and pair[0].startswith(f"{given}.") else ""


def title(identity: Identity) -> str:
    """The doctor's title as a page in the subject's naming usage writes it: "Dra." for a woman (the registry's
    sex F) of two family names, as Spanish, Portuguese and Filipino usage abbreviates "doctora"/"doutora" (Real
    Academia Española, Diccionario panhispánico de dudas, "abreviatura": Dra.), else "Dr."."""
    record = identity.npi_record
    woman = record is not None and record.sex == "F"
    return "Dra." if woman and _two_family_names(identity) else "Dr."


def _two_family_names(identity: Identity) -> bool:
    """Two family names written apart, the father's then the mother's ("Quinones Aponte"), as the registry keeps a
    Spanish or Portuguese name; the same test matching uses (``namematch.first_family_name``: not one with a
    particle or a saint's or clan word, "de la Cruz", "San Martin", "Mac Donald", nor a hyphenated English double
    name), so discovery asks only for a form matching would take."""
    from footprint.namematch import SubjectNames, first_family_name

    return first_family_name(SubjectNames.of(identity.subject).own)


def first_family_titled(identity: Identity) -> list[str]:
    """ "Dra. Quiñones" for Marisol Quiñones Aponte: the title with the first of two family names, which Spanish
    usage writes alone (RAE, "apellido": the first family name is the one a person is called by). Only with the
    town or field the query ranks by (``hints``), as the title and one family name are many people's."""
    family = identity.subject.family_name or ""
    city, state, specialty = hints(identity)
    if not _two_family_names(identity) or not (city or state or specialty):
        return []
    return [f"{title(identity)} {family.split()[0]}"]


def member_names(identity: Identity, given: str = "") -> list[str]:
    """The one-word member names forums and community sites show, built from the given name the subject goes
    by (``given``, else the one the user's handle writes, else the typed one) and the family initial, as
    people pick them: "drewanp", "ewanp" (``DrEwanP``, ``TrishV_DO``, ``RozO``)."""
    from footprint.identity import fold as folded
    from footprint.nameforms import handle_givens

    s = identity.subject
    name = folded(given or next(iter(handle_givens(s)), "") or s.given_name or "").replace(" ", "").replace("-", "")
    initial = folded(s.family_name or "")[:1]
    if len(name) < 3 or not name.isalpha() or not initial.isalpha():
        return []
    return [f"dr{name}{initial}", f"{name}{initial}"]


def everyday_given(identity: Identity) -> list[str]:
    """The short given name the subject likely goes by when the typed one is formal and the user's handle names
    none: the first other given name the name tables give that is two or more letters shorter ("Gwen" for
    Gwendolyn, "Nacho" for Ignacio, "Lola" for Dolores; not a spelling one letter shorter). Only with the field
    or the town to stand beside it, as the given name alone is anyone's."""
    from footprint.nameforms import handle_givens
    from footprint.search.spellings import other_given_names

    s = identity.subject
    first = s.given_name or ""
    city, state, specialty = hints(identity)
    if handle_givens(s) or not first or not (specialty or city or state):
        return []
    short = [*other_given_names(first), *(n.split()[0] for n in formal_names(identity))]
    found = [g for g in short if len(g) <= len(first) - 2 and g.isalpha() and g.lower() != first.lower()]
    return found[:1]


def everyday_member_names(identity: Identity) -> list[str]:
    """The member names built from the short name the subject goes by: for a short name of ``everyday_given`` the
    name run into the family initial ("GwenT"), then the title run into the name alone ("drnacho_peds", "DrLola"; of
    the handle's given name too, whose family initial forms the queries already ask)."""
    from footprint.nameforms import handle_givens

    out: list[str] = []
    everyday = everyday_given(identity)
    for given in [*handle_givens(identity.subject)[:1], *everyday]:
        words = member_names(identity, given)  # ["dr" + name + initial, name + initial]
        if words:
            out += [*words[1:], f"dr{words[1][:-1]}"] if given in everyday else [f"dr{words[1][:-1]}"]
    return list(dict.fromkeys(out))


def _handle_given(identity: Identity) -> list[str]:
    """The given name the user's handle writes, when the field or the town can stand beside "Dr." and it."""
    from footprint.nameforms import handle_givens

    city, state, specialty = hints(identity)
    return handle_givens(identity.subject)[:1] if specialty or city or state else []


def _former_families(identity: Identity) -> list[str]:
    """The family names of the subject's former names ("Varga" of "Caroline Varga"), not the current one."""
    s = identity.subject
    current = (s.family_name or "").lower()
    names = (a.split() for a in s.also_known_as)
    return list(dict.fromkeys(w[-1] for w in names if len(w) >= 2 and w[-1].lower() != current))


def _author_initials(identity: Identity) -> str:
    """The given and middle initials run together as author lists write them ("OG"), else the given one ("J")."""
    pair = _initials(identity)
    return pair[0].replace(".", "").replace(" ", "") if pair else (identity.subject.given_name or "")[:1].upper()


def monograms(identity: Identity) -> list[str]:
    """The subject's given, middle and family initials as a signature writes them ("Q.R.V."): the given and
    middle initials the registry or the user gives, then the family name's (a former family name's too)."""
    s = identity.subject
    families = [s.family_name or "", *(a.split()[-1] for a in s.also_known_as if len(a.split()) >= 2)]
    out = []
    for pair in _initials(identity):
        letters = pair.replace(" ", "")
        out += [f"{letters}{f[:1].upper()}." for f in families if f[:1].isalpha()]
    return list(dict.fromkeys(out))


def _initials(identity: Identity) -> list[str]:
    """The given and middle names as initials ("J. W." for James Wendell, the registry's or the typed
    ones; with no record chosen, the middle name every record of the name shares): how letters to the
    editor, bylines and deeds sign ("J.W. Marchbanks Jr., D.O.")."""
    from footprint.learned import registry_middle

    s, record = identity.subject, identity.npi_record
    pairs = [(s.given_name or "", s.middle_name or "")]
    if record is not None and record.middle_name and record.last_name.lower() == (s.family_name or "").lower():
        pairs.insert(0, (record.first_name, record.middle_name))
    elif record is None and (shared := registry_middle(identity)):
        pairs.insert(0, (s.given_name or "", shared))  # every record of the name has it: "T.K. Osei" on a letter
    return list(dict.fromkeys(f"{g[:1].upper()}. {m[:1].upper()}." for g, m in pairs if g and m))[:1]


def former_name_queries(identity: Identity) -> list[str]:
    """A former name unquoted (pages add a middle name: "Caroline Elise Hollis"), first with the
    current family name too (wedding, genealogy and alumni pages name both)."""
    s = identity.subject
    out: list[str] = []
    for aka in s.also_known_as[:1]:
        words = aka.split()
        if len(words) >= 2 and s.family_name and words[-1].lower() != s.family_name.lower():
            out.append(f"{aka} {s.family_name}")
        out.append(aka if len(words) >= 2 else f'"{aka}"')
    return out
