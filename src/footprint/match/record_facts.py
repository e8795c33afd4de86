"""What a person record says about who it is, beside the name: written and listed ages against the subject's
registry dates, the relatives it lists, credentials and specialty, and how common the name is. Each step adds
to ``match.person.match_person``'s tally; ``credentials`` also says when the record is another profession's."""

from __future__ import annotations

from datetime import date

from footprint.generation_words import WORDS
from footprint.identity import fold, split_credentials
from footprint.match import conflicts, fields, generations, lifetime
from footprint.match.name_fit import by_former, subject_names
from footprint.match.strength import Tally
from footprint.models import Identity, NpiRecord, PersonRecord
from footprint.namematch import NameFit, SubjectNames, fit
from footprint.nameparse import NameParts, parse_name
from footprint.specialties import different_specialty, groups_of, same_specialty

# Clinical degrees: two that differ are two people (an MD is not the DVM or the RN of the same name).
DEGREES = {"MD", "DO", "MBBS", "NP", "PA", "PA-C", "DDS", "DMD", "DPM", "OD", "DVM", "VMD", "RN", "LPN", "PHARMD",
           "PSYD", "DPT", "CRNA", "DNP", "APRN", "CRNP"}  # fmt: skip
# Registry hits for the name from which a namesake is likely: (hits, penalty), largest first.
COMMON_NAME = ((10, 0.2), (3, 0.1))
YOUNGEST_PHYSICIAN = 25  # nobody younger practises: medical school ends at 25 at the earliest
PHYSICIAN_DEGREES = frozenset({"MD", "DO", "MBBS"})


def written_age(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    """The age the page writes after the person's name ("Aung Roe, 34, a Meridian engineer"), against the least age
    the subject's NPI allows and the age the subject's confirmed record gives."""
    age = lifetime.written_age(person)
    if age is None:
        return
    youngest = least_age(identity.npi_record)
    if age < YOUNGEST_PHYSICIAN:
        tally.add(-0.4, f"age {age}, written with the name: too young to be a practising physician")
    elif youngest is not None and age < youngest:
        year = identity.npi_record.enumerated[:4] if identity.npi_record else ""
        tally.add(-0.4, f"age {age}, written with the name: too young to have held the subject's NPI since {year}")
    elif identity.ages and all(abs(age - known) > lifetime.AGE_GAP for known, _, _ in identity.ages):
        known = identity.ages[0][0]
        tally.add(-0.4, f"age {age}, written with the name, but the subject is {known} on a confirmed record")


def commonness(identity: Identity, tally: Tally) -> None:
    hits = identity.npi_candidates
    for at, penalty in COMMON_NAME:
        if hits >= at:
            tally.add(-penalty, f"common name: {hits} physicians in the NPI registry share it")
            return


def age_and_relatives(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    subject = identity.subject
    youngest = least_age(identity.npi_record)
    if person.age is not None and person.age < YOUNGEST_PHYSICIAN:
        tally.add(-0.4, f"age {person.age}: too young to be a practising physician")
    elif person.age is not None and youngest is not None and person.age < youngest:
        year = identity.npi_record.enumerated[:4] if identity.npi_record else ""
        tally.add(-0.4, f"age {person.age}: too young to have held the subject's NPI since {year}")
    names = subject_names(subject)
    for relative in person.relatives:
        kin = fit(names, relative)
        # "Elizabeth J Tollefsen" among the relatives of Elizabeth A., whom the registry lists as ANN: a relative
        # of the subject's own name (a mother-in-law, a father "Sr."), not the subject.
        namesake = conflicts.registry_name(identity.npi_record, names, relative) or conflicts.registry_generation(
            identity.npi_record, names, relative
        )
        if (
            kin.score >= 0.85
            and not kin.conflict
            and not namesake
            and not two_of_one_name(names, identity.npi_record, person.name, relative, person.aliases)
        ):
            tally.add(-0.5, f"lists {relative} as a relative: this record is a relative of the subject")
            return


def two_of_one_name(
    names: SubjectNames, record: NpiRecord | None, own: str, relative: str, aliases: tuple[str, ...] = ()
) -> bool:
    """True when a record and the relative it lists are two people of one name that the subject's own name does
    not tell apart: "Thaddeus K Osei Sr" listing "Thaddeus K Osei Jr", "Ann Lee" listing "Ann M Lee". Families
    pass names down and brokers list the namesake constantly; only a generation or middle name the subject
    gives, or the registry's record does ("Thomas Okafor Jr.", ELIZABETH ANN), says the relative, not the
    record, is the subject. A generation may be written as a word ("Ricardo A Nunes Filho" listing his father
    "Ricardo A Nunes": ``generations``). A record written without a middle initial takes the one its own aliases
    write for its name ("Teodora Vrabie", AKA "Teodora M Vrabie", listing a "Teodora Vrabie"): with the subject's,
    the record is the subject's and the relative the family's namesake."""
    mine, theirs, kin = names.own, parse_name(own), parse_name(relative)
    if theirs is None or kin is None:
        return False
    suffix = fold(record.suffix if record else "").replace(" ", "").strip(".")
    generation = generations.generation(mine) or WORDS.get(suffix, suffix)
    record_generation, kin_generation = generations.generation(theirs, own), generations.generation(kin, relative)
    if generation and kin_generation == generation != record_generation:
        return False  # the subject is the relative's generation: the record is the other one
    initial = _initial(mine) or fold(record.middle_name if record else "")[:1]
    if initial and _initial(kin) == initial != _initial(theirs):
        return False  # the subject's middle initial is the relative's, not the record's
    if initial and _initial(kin) != initial == (_initial(theirs) or _alias_initial(theirs, aliases, names.former)):
        return True  # the subject's middle initial is the record's (in its AKA), not the relative's
    return record_generation != kin_generation or _initial(theirs) != _initial(kin)


def _alias_initial(name: NameParts, aliases: tuple[str, ...], former: tuple[NameParts, ...] = ()) -> str:
    """The one middle initial the record's aliases write under its own given and family name ("Teodora M Vrabie"
    for "Teodora Vrabie"), or under its given name and a former family name of the subject's ("Margaret E
    Beaulieu", the maiden name the registry keeps, on a "Margaret Tillinghast" listing a mother-in-law of her
    name): "" when they write none or several."""
    families = {name.family, *(f.family for f in former)}
    found = set()
    for alias in aliases:
        parts = parse_name(alias)
        if parts is not None and parts.given == name.given and parts.family in families and _initial(parts):
            found.add(_initial(parts))
    return found.pop() if len(found) == 1 else ""


def _initial(name: NameParts) -> str:
    return name.middles[0][:1] if name.middles else ""


def least_age(record: NpiRecord | None) -> int | None:
    """The least age the subject can be: a physician gets an NPI at 25 at the earliest (two years of slack:
    a broker's age is often a year or two old)."""
    if record is None or not record.enumerated[:4].isdigit():
        return None
    return YOUNGEST_PHYSICIAN + date.today().year - int(record.enumerated[:4]) - 2


def subject_specialties(identity: Identity) -> tuple[str, ...]:
    mine = [identity.subject.specialty] if identity.subject.specialty else []
    if identity.npi_record:
        mine.extend(identity.npi_record.taxonomies)
    return tuple(mine)


def credentials(mine: tuple[str, ...], person: PersonRecord, tally: Tally) -> bool:
    """Credential evidence; True when the record's degrees are another profession's (a nurse, a dentist, a
    physician assistant where the subject is a physician): then the record is someone else's namesake."""
    after_comma = person.name.split(",", 1)[1] if "," in person.name else ""
    theirs = set(split_credentials([*person.credentials, after_comma])) & DEGREES
    ours = set(split_credentials(mine)) & DEGREES
    if ours & theirs:
        tally.add(0.05, f"same credential {sorted(ours & theirs)[0]}")
    elif ours and theirs:
        tally.add(-0.25, f"different credential: {'/'.join(sorted(theirs))} vs {'/'.join(sorted(ours))}")
        return bool(ours & PHYSICIAN_DEGREES) and not theirs & PHYSICIAN_DEGREES
    return False


def specialty(mine: tuple[str, ...], person: PersonRecord, tally: Tally) -> None:
    if mine and not person.specialties:
        # A bio or a card that says the field in words ("Pediatrician by day"): only agreement counts.
        said = f"{person.practice} {person.context.split(' [page: ')[0]}"
        ours = frozenset().union(*(groups_of(m) for m in mine))
        spoken = groups_of(said) | fields.spoken(said) | fields.unit_worked(said)
        if set(split_credentials(person.credentials)) & PHYSICIAN_DEGREES:
            spoken |= fields.cared_for(said)  # "M.E.H., M.D.": "I spend my days with children" is a pediatrician's
        shared = sorted(spoken & ours)
        if shared:
            tally.add(0.1, f"the subject's field in its own words: {shared[0].replace('_', ' ')}", strong=True)
        return
    if not mine or not person.specialties:
        return
    same = next((s for s in person.specialties for m in mine if same_specialty(m, s)), None)
    if same:
        tally.add(0.15, f"same specialty: {same}", strong=True)
    elif "name:text" in person.read_from:
        return  # words near a mention may be about someone else: only agreement counts
    elif all(different_specialty(m, s) for s in person.specialties for m in mine):
        tally.add(-0.3, f"different specialty: {person.specialties[0]} vs {mine[0]}")


def earlier_career(identity: Identity, own: NameFit, tally: Tally) -> str:
    """The former name the NPI registry keeps for the subject, when the record is named by it alone and gives
    the subject's specialty: a listing from before the name changed (a fellowship in another state, a residency
    in another city of hers) is the subject's earlier career. "" otherwise: the subject's current name in
    another state or city is a namesake's."""
    record = identity.npi_record
    if record is None or not record.former_names or not by_former(own) or own.conflict:
        return ""
    if not any(r.startswith("same specialty") for r in tally.reasons):
        return ""
    said = " ".join(own.reasons)
    return next((n for n in record.former_names if fold(n).split()[-1] in fold(said).split()), "")
