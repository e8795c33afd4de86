"""The subject's NPI record: the NPPES registry asked, its answer read, and the one record that is the subject
chosen (by --npi, the specialty, city and former name the user gave, or the one physician among other
clinicians of the name), with the registry's namesakes kept when nothing tells them apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from urllib.parse import urlencode

from footprint.clipped import clipped
from footprint.config import Settings
from footprint.identity import FetchFn, fold, given_name_forms, name_variants, npi_check_digit_ok
from footprint.models import (
    Address,
    CoverageRow,
    CoverageStatus,
    Identity,
    NpiRecord,
    Page,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
    Subject,
)


def _former_names(raw: object) -> tuple[str, ...]:
    """NPPES ``other_names`` of a person as "Given Family": a "Former Name" (a maiden name), a "Professional
    Name" or an "Other Name" (another spelling the doctor practised or published under: "Oxana Gritsenko")."""
    names: list[str] = []
    for other in raw if isinstance(raw, list) else []:
        kind = str(other.get("type") or "").lower() if isinstance(other, dict) else ""
        if not isinstance(other, dict) or not any(k in kind for k in ("former", "professional", "other name")):
            continue
        parts = [str(other.get(k) or "").strip() for k in ("first_name", "last_name")]
        if all(parts) and "--" not in parts:
            names.append(" ".join(parts).title())
    return tuple(dict.fromkeys(names))


def npi_record_from_api(item: dict[str, object]) -> NpiRecord | None:
    """One NPPES v2.1 result as an NpiRecord (None when the shape is not understood)."""
    basic = item.get("basic")
    if not isinstance(basic, dict):
        return None
    addresses: list[Address] = []
    phones: list[str] = []
    raw_addresses = item.get("addresses")
    for raw in raw_addresses if isinstance(raw_addresses, list) else []:
        if not isinstance(raw, dict):
            continue
        street = " ".join(str(raw.get(k) or "") for k in ("address_1", "address_2")).strip()
        addresses.append(
            Address(
                street=street,
                city=str(raw.get("city") or "").title(),
                state=str(raw.get("state") or ""),
                postal_code=str(raw.get("postal_code") or "")[:5],
                purpose=str(raw.get("address_purpose") or ""),
            )
        )
        if raw.get("telephone_number"):
            phones.append(str(raw["telephone_number"]))
    raw_taxonomies = item.get("taxonomies")
    taxonomies = tuple(
        str(t.get("desc"))
        for t in (raw_taxonomies if isinstance(raw_taxonomies, list) else [])
        if isinstance(t, dict) and t.get("desc")
    )
    return NpiRecord(
        number=str(item.get("number", "")),
        former_names=_former_names(item.get("other_names")),
        first_name=str(basic.get("first_name") or "").title(),
        last_name=str(basic.get("last_name") or "").title(),
        middle_name=str(basic.get("middle_name") or "").title(),
        credential=str(basic.get("credential") or "").replace(".", "").upper(),
        taxonomies=taxonomies,
        addresses=tuple(addresses),
        phones=tuple(dict.fromkeys(phones)),
        enumerated=str(basic.get("enumeration_date") or "")[:10],
        suffix=_generation(str(basic.get("name_suffix") or "")),
        sex=str(basic.get("sex") or basic.get("gender") or "").strip().upper()[:1],
        licenses=tuple(
            dict.fromkeys(
                str(t.get("license")).strip()
                for t in (raw_taxonomies if isinstance(raw_taxonomies, list) else [])
                if isinstance(t, dict) and str(t.get("license") or "").strip()
            )
        ),
    )


_GENERATIONS = {"JR": "Jr.", "SR": "Sr.", "II": "II", "III": "III", "IV": "IV"}


def _generation(suffix: str) -> str:
    return _GENERATIONS.get(suffix.replace(".", "").strip().upper(), "")


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
    """The record that is the subject: by --npi when given, else by specialty, city and a former name the
    user gave; of records nothing else tells apart, the one physician among other clinicians of the name."""
    if subject.npi:
        return next((r for r in records if r.number == subject.npi), None)
    also = {fold(a) for a in subject.also_known_as}
    also |= {f"{fold(subject.given_name or '')} {a}" for a in also if " " not in a}  # "Hollis" alone: a family name

    def score(rec: NpiRecord) -> int:
        points = 0
        if also and any(fold(n) in also for n in rec.former_names):
            points += 2  # the registry keeps the maiden name the user gave: only that namesake had it
        if subject.specialty and any(_specialty_overlap(subject.specialty, t) for t in rec.taxonomies):
            points += 2
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
        or not (_formal_of(typed, record, given_name_forms(typed)) or contracted(typed, record))
    ):
        return ""
    if fold(record.last_name) != fold(subject.family_name or ""):
        return ""
    return " ".join(w.title() for w in (record.first_name, record.middle_name, record.last_name) if w)


def _specialty_overlap(a: str, b: str) -> bool:
    from footprint.specialties import same_specialty

    return same_specialty(a, b)


def ask_registry(settings: Settings, params: dict[str, str], fetch: FetchFn) -> Page | Skipped:
    """One question to the NPI registry (``[npi] base_url``): its answer page, or why it was not asked."""
    base = settings.npi.base_url
    url = base + ("&" if "?" in base else "?") + urlencode(params)
    probe = Probe(
        "npi_registry", url, ProbePurpose.SERVICE, ProbeSource.LOOKUP, PageKind.OFFICIAL_RECORD, parser=Parser.NPI
    )
    return fetch(probe)


# At most this many individual providers of a family name in a state, and the family name with the town is a
# household's, not a crowd's: a search for "Carmody Hamden" returns the subject's family, one for "Lee Austin"
# the pages of hundreds of unrelated people (measured from the registry, not from bundled name data).
RARE_FAMILY = 10


def family_name_count(family: str, state: str, settings: Settings, fetch: FetchFn) -> int | None:
    """How many individual providers (NPI-1: physicians, nurses, therapists...) the registry keeps under the family
    name ``family`` in ``state``, up to the registry's page of 200; None when it was not asked or did not answer.
    NPPES API v2.1 matches ``last_name`` exactly (a trailing ``*`` would widen it) and counts ``result_count``."""
    if not settings.npi.enabled or not family.strip() or not state.strip():
        return None
    params = {"version": "2.1", "last_name": family, "state": state, "enumeration_type": "NPI-1", "limit": "200"}
    got = ask_registry(settings, params, fetch)
    try:
        data = json.loads(got.body) if isinstance(got, Page) else None
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or data.get("Errors") or not isinstance(data.get("results", []), list):
        return None
    count = data.get("result_count")
    return count if isinstance(count, int) else len(data.get("results") or [])


def _by_family_name(
    subject: Subject, settings: Settings, params: dict[str, str], fetch: FetchFn
) -> tuple[list[NpiRecord], list[NpiRecord]]:
    """Of the records of the family name (and state), those whose middle name is the given name the user typed, or
    begins with it ("H. Douglas McAllister" is registered under Hamilton and goes by Douglas, "Beau Treadwell" under
    CHARLES BEAUMONT), and those whose first name is a formal form of the typed everyday name (AUGUSTUS for "Gus",
    MARGARET for "Peggy": the registry's alias table knows few nicknames, so a query by the typed first name
    finds nothing). One question to the registry answers both."""
    given = given_name_forms(subject.given_name or "")
    if not given:
        return [], []
    got = ask_registry(
        settings, {k: v for k, v in params.items() if k not in ("first_name", "use_first_name_alias")}, fetch
    )
    typed = fold(subject.given_name or "")
    last = fold(subject.family_name or "")
    family = [r for r in _records_in(got) if fold(r.last_name) == last]
    by_middle = [
        r for r in family
        if fold(r.middle_name) in given or _short_for(typed, fold(r.middle_name)) or contracted(typed, r)
    ]  # fmt: skip
    formal = [r for r in family if r not in by_middle and fold(r.first_name) != typed and _formal_of(typed, r, given)]
    return by_middle, formal


def registry_spellings(subject: Subject) -> tuple[tuple[str, str], ...]:
    """Other ways the registry may keep the typed name (given, family), for when it knows none as typed: without
    the apostrophe or with a space for the hyphen (NPPES keeps what the physician filed and matches names exactly:
    OSULLIVAN for O'Sullivan, BEN DAVID for Ben-David, JEAN ROBERT for Jean-Robert), a former family name the user
    gave before the typed one (a Portuguese or Spanish married name keeps the maiden one: FERREIRA LIMA for Ana
    Lima, née Ferreira), and the legal given name of a former name the user gave (KATHARINE for Kit, who gave
    "Katharine Morrow")."""
    given, family = (subject.given_name or "").strip(), (subject.family_name or "").strip()
    if not given or not family:
        return ()
    families = [family, family.replace("'", "").replace("\u2019", ""), family.replace("-", " "),
                family.replace("-", ""), family.replace(" ", "-")]  # fmt: skip
    if middle := (subject.middle_name or "").strip():
        families += [f"{middle} {family}", f"{middle}-{family}"]  # two family names read as a middle and a family one
    for other in subject.also_known_as:
        words = other.split()
        if len(words) >= 2 and fold(words[0]) == fold(given) and fold(words[-1]) not in fold(family).split():
            families.append(f"{words[-1]} {family}")
    givens = [given, given.replace("-", " "), given.replace("-", "")]
    if "-" in given:
        givens.append(given.split("-")[0])  # JEAN with the middle name ROBERT for Jean-Robert
    pairs = [(g, f) for g in dict.fromkeys(givens) for f in dict.fromkeys(families)]
    for other in subject.also_known_as:
        words = other.split()
        if len(words) >= 2 and fold(words[0]) != fold(given):
            pairs.append((words[0], family))  # the user's other given name: the legal one an everyday one is for
    return tuple(p for p in dict.fromkeys(pairs) if p != (given, family))


def _by_spelling(subject: Subject, settings: Settings, params: dict[str, str], fetch: FetchFn) -> list[NpiRecord]:
    """The records under another spelling of the typed name (``registry_spellings``): only a record whose last name
    is that spelling letter for letter, and whose first name (with its middle name: JEAN ROBERT) is the typed one
    or the given name of a former name the user gave, is kept."""
    typed = subject.given_name or ""
    whole = _letters(typed)
    legal = {_letters(a.split()[0]) for a in subject.also_known_as if len(a.split()) >= 2}

    def same_given(record: NpiRecord, asked: str) -> bool:
        first = _letters(record.first_name)
        return whole in (first, first + _letters(record.middle_name)) or (first == _letters(asked) and first in legal)

    for given, family in registry_spellings(subject):
        asked = {**params, "first_name": given, "last_name": family}
        if given != typed:
            asked["use_first_name_alias"] = "False"
        found = [
            r
            for r in _records_in(ask_registry(settings, asked, fetch))
            if _letters(r.last_name) == _letters(family) and (given == typed or same_given(r, given))
        ]
        if found:
            return list({r.number: r for r in found}.values())
    return []


def _records_in(got: Page | Skipped) -> list[NpiRecord]:
    """The records of a registry answer whose numbers pass the check digit; none when it did not answer in JSON."""
    try:
        data = json.loads(got.body) if isinstance(got, Page) else None
    except json.JSONDecodeError:
        return []
    items = data.get("results") if isinstance(data, dict) else None
    parsed = [r for r in (npi_record_from_api(i) for i in items or [] if isinstance(i, dict)) if r]
    return [r for r in parsed if npi_check_digit_ok(r.number)]


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


def _formal_of(typed: str, record: NpiRecord, forms: frozenset[str]) -> bool:
    """The record's first name is a formal form of the typed everyday one: a nickname of it (MARGARET for "Peggy")
    or the name it is clipped from (DESMOND for "Dez", FRANCESCA for "Frankie", ``clipped``)."""
    first = fold(record.first_name)
    return first in forms or (len(first) > len(typed) and clipped(typed, first))


SHORT_FORM = 4  # letters: "Beau" for Beaumont; "Al" or "Jo" would be anyone's


def contracted(typed: str, record: NpiRecord) -> bool:
    """``typed`` is the opening of the record's first name run into the opening of its middle name, as Filipino and
    Hispanic usage makes one everyday name of a compound given name: "Malou" for MARIA LOURDES, "Marivic" for MARIA
    VICTORIA, "Maricel" for MARIA CELIA (two letters or more of each, five or more in all)."""
    first, middle = fold(record.first_name), fold(record.middle_name).split()
    if len(typed) < 5 or not first or not middle or not typed.isalpha():
        return False
    second = middle[0]
    if first.startswith(typed):
        return False  # the first name clipped ("Maria" to "Mari"), not a contraction
    return any(first.startswith(typed[:i]) and second.startswith(typed[i:]) for i in range(2, len(typed) - 1))


def _short_for(typed: str, middle: str) -> bool:
    """``typed`` is the start of ``middle``, as an everyday name cut from it: "Beau" for CHARLES BEAUMONT."""
    return len(typed) >= SHORT_FORM and len(middle) > len(typed) and middle.split()[0].startswith(typed)


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
    only_formal = False  # the records are under formal forms of the typed everyday name, and nothing chose one
    if not records and "first_name" in params:
        records = _by_spelling(subject, settings, params, fetch)
    if not records and "first_name" in params:
        records, formal = _by_family_name(subject, settings, params, fetch)
        by_middle = True
        if records and formal:
            # One family's records: the son REID BARTHOLOMEW carries the typed "Bart" as his middle name, his father
            # BARTHOLOMEW REID as his first. A name passed down is both, so neither is the subject by the name alone:
            # they are weighed together by what was typed (the father's field), and none is guessed otherwise.
            records, formal = [*records, *formal], []
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
    identity = Identity(subject, variants, chosen, len(records), namesakes, registry_others=others)
    return identity, CoverageRow("npi_registry", status, detail, manual, 1)
