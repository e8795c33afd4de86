"""How the name written on a page fits the subject's: the typed name or an alias of the same family name, the
registry's full name when the user typed another given name, the middle name every registry record of the name
carries, "Dr. Family" with the title alone, another romanisation on a listing, and the relatives who bear the
subject's own name. ``match`` weighs the fit with the page's other evidence."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from footprint.clipped import family_clip
from footprint.extract.family_suffixes import generation_family
from footprint.identity import fold, given_name_forms
from footprint.match import rarity, registry_middle, somali_spelling, titled
from footprint.match.strength import Tally
from footprint.models import LISTING_KINDS, Identity, NpiRecord, PageKind, PersonRecord, Subject
from footprint.namematch import FIRST_FAMILY_WHY, NameFit, SubjectNames, first_family_name, fit
from footprint.nameparse import parse_name

EVERYDAY_FIRST = "while the subject goes by an everyday form of its first name"
MIDDLE_AS_GIVEN = 0.9  # the registry's middle name written as the given one, when the user did not type it
TITLED_ONE = r"(?:Dr|Dra|Doctor)\.? \S+"  # a title and one name: "Dr. Harlow", "Dr. Bea"
TITLED_UNKNOWN = "a title and one name that is no name of the subject's the tables know"


@cache
def subject_names(subject: Subject) -> SubjectNames:
    return SubjectNames.of(subject)


ROMANISED_LISTING = "a physician listed under another spelling of the family name: the registry's spelling, of another"


def romanised_listing(name: NameFit, kind: PageKind | None) -> bool:
    """A physician's listing or record under another romanisation of the family name ("Dr. Jihoon Chung, MD"
    on a ratings site for Jihoon Jeong). Directories, ratings sites and boards copy the registry's spelling, so
    the spelling there is another registered physician's; a paper, a post, a university's news or a community
    page writes the name as its bearer or its writer does."""
    if not any(r.startswith("family name") and "another romanisation of" in r for r in name.reasons):
        return False
    return kind in LISTING_KINDS or kind == PageKind.OFFICIAL_RECORD


def kin_of_another_name(identity: Identity) -> tuple[str, ...]:
    """The subject's known relatives, less those who bear the subject's own given and family name (a father
    "Ewan M Prothero" of an Ewan Prothero): a page naming that name names the subject, the relative or a third
    namesake, so the name on it corroborates nobody."""
    names = subject_names(identity.subject)
    return tuple(r for r in identity.relatives if fit(names, r).score < rarity.FULL_NAME and not _of_own_name(names, r))


def _of_own_name(names: SubjectNames, relative: str) -> bool:
    """A relative whose given and family names are the subject's, another middle name or generation apart (a son
    "Anselm E Vorderbrook IV" of ANSELM EDWARD VORDERBROOK III): every page of the subject names that given name too."""
    parts = parse_name(relative)
    return parts is not None and fit(names, f"{parts.given} {' '.join(parts.family)}").score >= rarity.FULL_NAME


def by_first_family_name(name: NameFit) -> bool:
    """True when the name fits by the first of the subject's two family names alone ("Marisol Quiñones"): the
    registry was asked for both ("QUINONES APONTE"), so it does not count the "Quiñones Rivera" namesakes."""
    return any(r.endswith(FIRST_FAMILY_WHY) for r in name.reasons)


def only_by_other_name(subject: Subject, person: PersonRecord) -> bool:
    """True when the record's name fits only one of the subject's other names (a former or registry name)."""
    if not subject.also_known_as:
        return False
    own = subject_names(replace(subject, also_known_as=()))
    return fit(own, person.name).score < 0.5


def with_both_names(subject: Subject, person: PersonRecord, tally: Tally) -> None:
    """A record known by the subject's name and by her former one ("Caroline Pruitt, also known as Caroline E
    Hollis"): the pair, not either name, is what tells her from a namesake."""
    if not subject.also_known_as or not person.aliases:
        return
    names = subject_names(subject)
    written = [person.name, *person.aliases]
    own = [w for w in written if (f := fit(names, w)).score >= 0.85 and not f.conflict and not by_former(f)]
    former = [w for w in written if (f := fit(names, w)).score >= 0.7 and by_former(f)]
    if own and former:
        tally.add(0.2, f"known by both the subject's names: {own[0]} and {former[0]}", decisive=True)


def by_former(found: NameFit) -> bool:
    return any(r.startswith("former or other name") for r in found.reasons)


def name_fit(subject: Subject, person: PersonRecord) -> NameFit:
    """The best fit of the record's name or of an alias with the same family name (its nickname form:
    Margaret "Peggy" Doyle, AKA Peggy Doyle); another family name in an alias is another person's."""
    names = subject_names(subject)
    best = fit(names, person.name)
    if best.score == 0.0 and re.fullmatch(TITLED_ONE, person.name.strip()):
        return _family_only(names, person.name.strip())
    if best.score < 0.5 and (generation := generation_family(person.name)):
        # "Dr. Souza Filho": the whole family name of a son (a grandson, a nephew) with the title, no given name.
        if names.own.family[-len(generation) :] == generation:
            return NameFit(FAMILY_ONLY, (f"{person.name.strip()}: {titled.FAMILY_WHY}",))
        return NameFit(0.0, (f"family name differs: {person.name.strip()} vs {names.own.display_family}",))
    if best.score < 0.5 and re.fullmatch(r"Doc \S+", person.name.strip()) and names.own.given != "doc":
        # "Doc Haddix, the bone doctor in Tupelo": the everyday title small towns give their doctor, before the
        # family name as "Dr." is; read as "Dr. Haddix", with the field and town it needs.
        return _family_only(names, person.name.strip())
    if best.score < 0.5 and somali_spelling.marked(person.name):
        # "Dr. Cabdiraxmaan Yuusuf Faarax" on a Somali-language page: the name records spell Abdirahman Yusuf Farah.
        other = fit(names, somali_spelling.in_english(person.name))
        if other.score > best.score:
            best = replace(other, reasons=(*other.reasons, f"{person.name.strip()}: {somali_spelling.WHY}"))
    family = fold(person.name).split()[-1:] if person.name.strip() else []
    bears = _family_of(person.name)
    for alias in person.aliases:
        other = fit(names, alias)
        if family and fold(alias).split()[-1:] == family:
            if other.score > best.score:
                best = replace(other, reasons=(*other.reasons, f"as {alias}, the name the page also gives"))
        elif (
            other.score >= FULL_ALIAS
            and not other.conflict
            and bears
            and _family_of(alias) != bears
            and round(other.score * OTHER_FAMILY, 3) > best.score
        ):
            # A broker's record under a married name ("Aigerim Holt") that lists the subject's own name among its
            # other names ("AKA Aigerim N Zhaksylykova"): the same person under another family name, or a relative
            # the broker merged; weaker than the name itself, so the record's own facts must agree.
            why = f"as {alias}, {OTHER_FAMILY_WHY}"
            best = NameFit(round(other.score * OTHER_FAMILY, 3), (*other.reasons, why))
    return best


def _family_of(name: str) -> tuple[str, ...]:
    """The family name a name bears, its generation suffix and credentials aside ("Rogelio Santos Bautista Jr")."""
    parts = parse_name(name)
    return parts.family if parts is not None else ()


FULL_ALIAS = 0.85  # the whole given and family name in the alias
OTHER_FAMILY_WHY = "another family name the record also gives (a maiden or married name)"
OTHER_FAMILY = 0.85  # an alias of the subject's name on a record under another family name


def by_registry_name(record: NpiRecord | None, subject: Subject, written: str) -> NameFit | None:
    """``written`` read against the NPI record's full name when the user typed another given name: a doctor
    who goes by the middle name ("Wendell" for JAMES WENDELL) signs letters and deeds "J.W. Marchbanks Jr.". A
    middle name that is no Western one (a Chinese given name, the next name of a Somali chain) is read first as
    its community writes it (``registry_middle``)."""
    if written.strip() and (custom := registry_middle.fits(record, subject, written)) is not None:
        return custom
    if record is None or not written.strip() or fold(record.last_name) != fold(subject.family_name or ""):
        return None
    typed = fold(subject.given_name or "")
    if not record.middle_name and (not typed or fold(record.first_name) in (typed, *given_name_forms(typed))):
        return None  # no middle name, and the first is the typed one: the page's name was read against it already
    # The registry's first name when the user goes by another ("Helen" for THANH HUONG VO, an English name beside the
    # legal one): ratings sites and boards list the legal name; other facts about the page must still agree.
    full = " ".join(p for p in (record.first_name, record.middle_name, record.last_name, record.suffix) if p).title()
    found = fit(subject_names(Subject(name=full)), written)
    if found.score == 0.0 and re.fullmatch(TITLED_ONE, written.strip()):
        # "Dr. Bea" for CAROLINE BEATRIX: the middle name's everyday form with the title, as patients say a doctor
        # who goes by it; no stronger than the titled given name (``titled.given_only``), and only as the middle.
        one = titled.given_only(subject_names(Subject(name=full)), written.strip())
        if one is None or not any(r.startswith("goes by middle name") for r in one.reasons):
            return None
        return NameFit(round(one.score * MIDDLE_AS_GIVEN, 3), (*one.reasons, f"the NPI record's middle name: {full}"))
    if found.score < 0.7 or found.conflict:
        return None
    if fold(record.first_name) == typed or (typed and fold(record.first_name) in given_name_forms(typed)):
        # The user goes by the registry's first name (or its everyday form: "Bart" for BARTHOLOMEW REID), or gave
        # only the NPI, and the page writes the registry's middle name as the given one ("Andrew Jeong" for
        # JIHOON ANDREW JEONG, the English name he is known by at work): his name, or a brother's or a son's
        # named so ("Dr. Reid Thackeray", the son), weaker than the typed name (other facts must agree).
        score = round(found.score * MIDDLE_AS_GIVEN, 3)
        if fold(record.first_name) != typed and any(r.startswith("goes by middle name") for r in found.reasons):
            # "Bart" typed for BARTHOLOMEW: the user goes by the first name's everyday form, not the middle name.
            why = f"the NPI record's middle name: {full}, {EVERYDAY_FIRST} ({subject.given_name})"
            return NameFit(score, (*found.reasons, why))
        return NameFit(score, (*found.reasons, f"the NPI record's middle name: {full}, not the name typed"))
    return NameFit(found.score, (*found.reasons, f"as the NPI record names the subject: {full}"))


def by_shared_middle(identity: Identity, written: str) -> NameFit | None:
    """``written`` read as the middle name every registry record of the subject's name carries, when none is
    the subject's yet: "Kwabena Osei" for THADDEUS KWABENA OSEI Sr. and Jr. Whichever record is the subject's,
    the name is theirs; several records of it make the name alone another's as well: at most possible."""
    subject = identity.subject
    if identity.npi_record is not None or not written.strip():
        return None
    given, family = fold(subject.given_name or ""), fold(subject.family_name or "")
    records = [r for r in identity.npi_namesakes if fold(r.last_name) == family and fold(r.first_name) == given]
    middles = {fold(r.middle_name) for r in records}
    if not records or len(middles) != 1 or len(next(iter(middles))) < 2:
        return None
    record = records[0]
    full = " ".join(p for p in (record.first_name, record.middle_name, record.last_name) if p).title()
    found = fit(subject_names(Subject(name=full)), written)
    if found.score < 0.7 or found.conflict or not any(r.startswith("goes by middle name") for r in found.reasons):
        return None
    why = f"the middle name every NPI record of the subject's name carries: {full}"
    return NameFit(found.score, (*found.reasons, why), conflict=len(records) > 1)


FAMILY_ONLY = 0.6  # "Dr. Harlow": the family name and the title, no given name


def _family_only(names: SubjectNames, written: str) -> NameFit:
    """ "Dr. Harlow" against the subject: the family name (or one part of a double one, or a former one)
    with the title; the place, field and practice around it must do the rest."""
    family = fold(written).split()[-1]
    own = names.own.family
    if family in ("".join(own), own[-1]) or any(family == "".join(f.family) for f in names.former):
        return NameFit(FAMILY_ONLY, (f"{written}: {titled.FAMILY_WHY}",))
    if family == own[0] and first_family_name(names.own):
        # "la Dra. Quiñones" for Dr. Quiñones Aponte: the first of two family names is the one she goes by.
        return NameFit(FAMILY_ONLY, (f"{written}: the first of two family names, {titled.FAMILY_WHY}",))
    if len(own) > 1 and family in own:
        return NameFit(round(FAMILY_ONLY * 0.85, 3), (f"{written}: one part of the family name, titled",))
    if (len(family) == 1 and "".join(own).startswith(family)) or (family == family_clip("".join(own)) and family):
        # "Dr. K at the rehab hospital": patients shorten a long family name; only the workplace beside it decides.
        return NameFit(round(FAMILY_ONLY * 0.85, 3), (f"{written}: {titled.INITIAL_WHY}",))
    # "Dr. Sam" of Xeng Yang: the one word is neither the family name nor a form of the given name the tables know;
    # not another family's name either (the word is no family name at all): nothing the page says against the
    # subject, which a relative's page or a name a confirmed page taught may still answer.
    return titled.given_only(names, written) or NameFit(0.0, (f"{written}: {TITLED_UNKNOWN}",))
