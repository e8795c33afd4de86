"""The subject's NPI record: the NPPES registry asked (``npi_api``; again under other spellings when it knows
the name as typed under none, ``registry_spellings``), and the one record that is the subject chosen (by
--npi, the specialty, city and former name the user gave, or the one physician among other clinicians of the
name), with the registry's namesakes kept when nothing tells them apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from footprint.config import Settings
from footprint.identity import FetchFn, fold, given_name_forms, name_variants, npi_check_digit_ok
from footprint.models import CoverageRow, CoverageStatus, Identity, NpiRecord, Page, Subject
from footprint.npi_api import ask_registry, family_in_field, field_in_town, npi_record_from_api
from footprint.registry_spellings import by_family_name, by_spelling, contracted, formal_of
from footprint.specialties import account_fields, groups_of


def with_generation(subject: Subject, record: NpiRecord) -> Subject:
    """The subject's name with the registry's generation ("Jr.") when the user typed none: a page naming
    the father ("Sr.") is then another person's, as the son's own record says."""
    if not record.suffix or re.search(r"\b(?:jr|sr|ii|iii|iv)\b\.?", subject.name, re.I):
        return subject
    head, comma, tail = subject.name.partition(",")
    return replace(subject, name=f"{head.strip()} {record.suffix}{comma}{tail}")


# Credentials of the physicians footprint audits; a dentist, podiatrist or nurse of the same name is a namesake.
PHYSICIAN_CREDENTIALS = frozenset({"MD", "DO", "MBBS", "MBCHB"})


def record_credentials(record: NpiRecord) -> tuple[str, ...]:
    """The degrees the registry record holds, in its order ("M.D., Ph.D." -> MD, PHD)."""
    return tuple(c for c in re.split(r"[^A-Z]+", record.credential.upper().replace(".", "")) if c)


def is_physician(record: NpiRecord) -> bool | None:
    """True for an MD or DO record, False for another clinician's (DDS, NP), None when the registry says neither."""
    creds = set(record_credentials(record))
    if not creds:
        return None
    return bool(creds & PHYSICIAN_CREDENTIALS)


def choose_npi_record(subject: Subject, records: list[NpiRecord]) -> NpiRecord | None:
    """The record that is the subject: by --npi when given, else by specialty (or the field the practice's name
    names), city and a former name the user gave; of records nothing else tells apart, the one physician among
    other clinicians of the name."""
    if subject.npi:
        return next((r for r in records if r.number == subject.npi), None)
    also = {fold(a) for a in subject.also_known_as}
    also |= {f"{fold(subject.given_name or '')} {a}" for a in also if " " not in a}  # "Hollis" alone: a family name
    practice_fields = account_fields(subject.practice or "") if not subject.specialty else frozenset()

    def score(rec: NpiRecord) -> int:
        points = 0
        if also and any(fold(n) in also for n in rec.former_names):
            points += 2  # the registry keeps the maiden name the user gave: only that namesake had it
        if _fits_typed_field(subject, rec, practice_fields):
            points += 2  # the specialty typed, or the field a practice's name names ("… Congenital Heart Clinic")
        if subject.city and any(fold(a.city) == fold(subject.city) for a in rec.addresses):
            points += 1
        if subject.state and any(a.state == subject.state for a in rec.addresses):
            points += 1
        return points

    ranked = sorted(records, key=score, reverse=True)
    if not ranked or score(ranked[0]) == 0:
        return None
    best = [r for r in ranked if score(r) == score(ranked[0])]
    if len(best) > 1:
        # A physician is audited; a dentist of the same name and state is not the subject.
        physicians = [r for r in best if is_physician(r) is not False]
        return physicians[0] if len(physicians) == 1 else None  # equally good physicians: do not guess
    return ranked[0]


def _own_clues(subject: Subject) -> bool:
    """The user gave what tells one registry record from another besides the name: a practice, a page or a handle."""
    return bool(subject.practice or subject.known_urls or subject.handles)


def _fits_typed_field(subject: Subject, record: NpiRecord, practice_fields: frozenset[str]) -> bool:
    """The record practises the field the user typed: the specialty, or else the field the practice's name names
    (``practice_fields``: "Riverside Eye Associates" is ophthalmology)."""
    if subject.specialty:
        return any(_specialty_overlap(subject.specialty, t) for t in record.taxonomies)
    return bool(practice_fields) and practice_fields <= set().union(*(groups_of(t) for t in record.taxonomies))


def _field_none_has(subject: Subject, records: list[NpiRecord]) -> bool:
    """The user typed a field (a specialty, or a practice whose name names one) that no record of the typed name
    practises."""
    fields = account_fields(subject.practice or "") if not subject.specialty else frozenset()
    return bool(subject.specialty or fields) and not any(_fits_typed_field(subject, r, fields) for r in records)


def _sole_physician_nationwide(subject: Subject, records: list[NpiRecord]) -> bool:
    """True when the registry, asked for the name in every state, knows one clinician of it, a physician, and
    the user typed nothing to compare with a record (no NPI, state, city, specialty or former name).

    Every US physician who bills, prescribes or refers has an NPI, so the one physician of a full name in the
    whole registry is the physician who typed it, as the one physician of the name in a typed state already
    is (``choose_npi_record`` scores the state). With anything typed, ``choose_npi_record`` has compared it."""
    typed = (subject.npi, subject.state, subject.city, subject.specialty, *subject.also_known_as)
    return len(records) == 1 and not any(typed) and is_physician(records[0]) is True


def named_by(subject: Subject, record: NpiRecord) -> Subject:
    """The subject as the chosen registry record names them: its generation ("III") when the user typed
    none, its former names, and its full name when the user goes by its middle name ("Anselm Edward Vorderbrook"
    for Ned). Once a record is the subject's (chosen from what was typed, by the user's own pages or by what the
    pages of the name agree on), every form of its full name names the subject; the generation and the
    middle name keep the namesakes of the family (a father "Jr.", a "James L.") out."""
    subject = with_generation(subject, record)
    subject = with_both_family_names(subject, record)
    former = [n for n in record.former_names if n not in subject.also_known_as]
    if (legal := _legal_name(subject, record)) and legal not in subject.also_known_as:
        former.append(legal)
    if former:
        # The registry's former names are the subject's too: old pages may still carry a maiden name.
        subject = replace(subject, also_known_as=(*subject.also_known_as, *former))
    return subject


def with_both_family_names(subject: Subject, record: NpiRecord) -> Subject:
    """The subject with the record's two family names as one family name when the typed name split them into a
    middle and a family name ("Marisol Quinones Aponte" read as Marisol, Quinones, Aponte; the registry's
    last name is QUINONES APONTE). In Spanish and Portuguese usage a person has two family names, the father's
    then the mother's, and goes by the first alone ("la Dra. Quiñones") as often as by both: a parish bulletin or
    a race's photo page does not write the second one (Real Academia Española, "apellido"; NPPES keeps both in
    ``last_name``). Read as a middle name, the first family name is never searched nor matched alone."""
    middle, family = subject.middle_name or "", subject.family_name or ""
    words = record.last_name.split()
    if not middle or len(words) != 2 or fold(f"{middle} {family}") != fold(record.last_name):
        return subject
    return replace(subject, middle_name=None, family_name=f"{middle} {family}")


def pinned(identity: Identity, record: NpiRecord, **changes: object) -> Identity:
    """``identity`` with ``record`` as the subject's, named as the record names them (``named_by``)."""
    subject = named_by(identity.subject, record)
    variants = name_variants(subject) if subject != identity.subject else identity.variants
    return replace(identity, subject=subject, variants=variants, npi_record=record, **changes)  # type: ignore[arg-type]


def _legal_name(subject: Subject, record: NpiRecord) -> str:
    """The registry's full name of a subject who goes by the middle name (``nameforms.legal_name``), or by an
    everyday form of the record's first name ("Augustus Thomas Ledbetter" for Gus) or a contraction of its first and
    middle names ("Maria Lourdes Dimaculangan" for Malou, ``contracted``): letters, bylines and
    society pages sign with the registry's name or its initials ("A. T. Ledbetter")."""
    from footprint.nameforms import legal_name

    if legal := legal_name(subject, record):
        return legal
    typed, first = fold(subject.given_name or ""), fold(record.first_name)
    if (
        not typed
        or first == typed
        or not (formal_of(typed, record, given_name_forms(typed)) or contracted(typed, record))
    ):
        return ""
    if fold(record.last_name) != fold(subject.family_name or ""):
        return ""
    return " ".join(w.title() for w in (record.first_name, record.middle_name, record.last_name) if w)


def _specialty_overlap(a: str, b: str) -> bool:
    from footprint.specialties import same_specialty

    return same_specialty(a, b)


MAX_ADOPTED = 3  # physicians of the family name in the state, under other given names, the pages may choose among


def resolve(subject: Subject, settings: Settings, fetch: FetchFn) -> tuple[Identity, CoverageRow]:
    """The subject with name variants and, where NPPES has one, the NPI record."""
    variants = name_variants(subject)
    if not settings.npi.enabled:
        row = CoverageRow("npi_registry", CoverageStatus.SKIPPED, "disabled in [npi]")
        return Identity(subject, variants), row
    params: dict[str, str] = {"version": "2.1", "limit": "50"}
    if subject.npi:
        params["number"] = subject.npi
    else:
        params |= {
            "enumeration_type": "NPI-1",
            "first_name": subject.given_name or "",
            "last_name": subject.family_name or "",
            "use_first_name_alias": "True",
        }
        if subject.state:
            params["state"] = subject.state
    manual = "https://npiregistry.cms.hhs.gov/search"
    got = ask_registry(settings, params, fetch)
    if not isinstance(got, Page):
        row = CoverageRow("npi_registry", got.status, got.detail, manual, 1)
        return Identity(subject, variants), row
    try:
        data = json.loads(got.body)
    except json.JSONDecodeError:
        return Identity(subject, variants), CoverageRow(
            "npi_registry", CoverageStatus.PARSE_ERROR, "not JSON", manual, 1
        )
    if isinstance(data, dict) and data.get("Errors"):
        first = data["Errors"][0] if isinstance(data["Errors"], list) and data["Errors"] else {}
        detail = str(first.get("description", "the registry rejected the query")) if isinstance(first, dict) else ""
        return Identity(subject, variants), CoverageRow("npi_registry", CoverageStatus.HTTP_ERROR, detail, manual, 1)
    items = data.get("results") if isinstance(data, dict) else None
    parsed = [r for r in (npi_record_from_api(i) for i in items or [] if isinstance(i, dict)) if r]
    # A number failing its check digit is a corrupted answer (or mirror), never the subject.
    records = [r for r in parsed if npi_check_digit_ok(r.number)]
    by_middle = False
    formal: list[NpiRecord] = []
    adopted: list[NpiRecord] = []
    only_formal = False  # the records are under formal forms of the typed everyday name, and nothing chose one
    if not records and "first_name" in params:
        records = by_spelling(subject, settings, params, fetch)
    if not records and "first_name" in params:
        records, formal, adopted = by_family_name(subject, settings, params, fetch)
        by_middle = True
        if records and formal:
            # One family's records: the son REID BARTHOLOMEW carries the typed "Bart" as his middle name, his father
            # BARTHOLOMEW REID as his first. A name passed down is both, so neither is the subject by the name alone:
            # they are weighed together by what was typed (the father's field), and none is guessed otherwise.
            records, formal = [*records, *formal], []
    if records and "first_name" in params and _own_clues(subject) and _field_none_has(subject, records):
        # "Neil Hartigan" of "… Urology Associates" typed: the registry's one NEIL is an emergency physician, a
        # namesake, and the subject registered as CORNELIUS, which the alias table does not link. When the user gave
        # a practice, a page or a handle and no record of the typed name practises the field typed (as a specialty
        # or in the practice's name), the formal forms' physicians are candidates too, and that field chooses.
        _, formal_too, _ = by_family_name(subject, settings, params, fetch)
        records += [r for r in formal_too if r not in records and is_physician(r) is not False]
    chosen = choose_npi_record(subject, records)
    if chosen is None and by_middle and len(records) == 1 and is_physician(records[0]) is not False:
        # The one physician of the family name registered with the typed given name as the middle name
        # ("Colleen" for MARY COLLEEN): the name the user gave, as the registry keeps it, is that record's.
        chosen = records[0]
    if chosen is None and not records and formal:
        # "Gus" typed, the registry keeps AUGUSTUS (or ANGUS, GUSTAVO): a record under a formal form of the everyday
        # name is the subject's only when it alone fits the town or field typed (a namesake dentist does not).
        chosen = choose_npi_record(subject, formal)
        if chosen is not None:
            records = formal
        elif not (subject.city or subject.specialty):
            # Nothing typed to compare them with: they are the physicians the user may be under the legal name,
            # namesakes that the user's own page ("Albert "Bert" Pellworth, MD" with the record's phone)
            # pins (``match.pinning``). The one formal record is not the subject by that alone: "Bert" may be a
            # legal name too, of a physician the registry's alias query would have found.
            records, only_formal = formal, True
    if chosen is None and not records and not formal and "state" in params:
        # "Dr. Sharon Fang" typed, the registry keeps XIAOYU FANG: no record of the typed name in the state, and a
        # physician of the family name there under another given name, as doctors who took an English name are
        # registered. Not the subject by that alone (only_formal): a namesake the pages can pin or agree on
        # (``match.pinning``, ``match.consensus``), when the state holds few physicians of the family name.
        physicians = [r for r in adopted if is_physician(r) is not False]
        if 0 < len(physicians) <= MAX_ADOPTED:
            records, only_formal = physicians, True
    if chosen is None and not only_formal and _sole_physician_nationwide(subject, records):
        chosen = records[0]
    if chosen is None:
        detail = f"{len(records)} records for this name; none chosen" if records else "no record for this name"
        status = CoverageStatus.NOT_FOUND
    else:
        detail = f"NPI {chosen.number}: {chosen.first_name} {chosen.last_name}, {chosen.credential}"
        status = CoverageStatus.FOUND
    # Physicians of this name that nothing given tells apart: the report lists them and asks which.
    namesakes = tuple(records) if chosen is None else ()
    if chosen is not None:
        subject = named_by(subject, chosen)
        variants = name_variants(subject)
    others = tuple(r for r in records if r is not chosen) if chosen is not None else ()
    peers = field_in_town(chosen, settings, fetch) if chosen is not None else None
    kin = family_in_field(chosen, settings, fetch) if chosen is not None else None
    identity = Identity(
        subject,
        variants,
        chosen,
        len(records),
        namesakes,
        registry_others=others,
        field_peers=peers,
        family_peers=kin,
    )
    return identity, CoverageRow("npi_registry", status, detail, manual, 1)
