"""The forms of the subject's name that discovery searches for and opens for, built in one place.

Discovery asks for, opens and learns from the subject's names in several forms: the name typed, its
everyday forms (nicknames, other romanisations), former names, the parts of a double surname, and the
names the registry lists the subject under ("James Wendell Marchbanks" for a doctor who goes by
Wendell). ``NameForms.of`` prepares them once, folded (lower case, accents removed); the callers
(``learned``, ``results``, ``discover``, ``identity``) pick the forms they need. Matching has its own
reading of names (``namematch``) and does not use these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from footprint.generation_words import FAMILY_WORDS
from footprint.givennames import family_spellings
from footprint.identity import fold, given_name_forms
from footprint.models import Identity, NpiRecord, Subject
from footprint.namematch import SubjectNames


@dataclass(frozen=True)
class NameForms:
    """Folded forms of one subject's name; empty strings are never kept."""

    given: str  # the given name as typed ("evgeny")
    middles: tuple[str, ...]  # typed middle names or initials
    everyday: frozenset[str]  # nicknames, other romanisations and English forms of the given name
    former_givens: frozenset[str]  # given names of former names (also known as)
    family: frozenset[str]  # the family name whole, spaced and run together ("de la cruz", "delacruz")
    family_parts: tuple[str, ...]  # each word of the family name ("brannigan", "kessel")
    former_families: frozenset[str]  # former family names, spaced and run together
    record_givens: frozenset[str]  # the pinned registry record's first and middle names
    # The given name a handle the user typed writes with the family name ("hettie.quarrington", "drhettiequarrington"):
    # the name the subject chose for their accounts, the one their friends, neighbours and papers write.
    handle_givens: frozenset[str] = frozenset()

    @classmethod
    def of(cls, identity: Identity) -> NameForms:
        names = SubjectNames.of(identity.subject)
        record = identity.npi_record
        record_givens = {fold(record.first_name), fold(record.middle_name)} if record is not None else set()
        former_families: set[str] = set()
        for other in names.former:
            former_families |= {" ".join(other.family), "".join(other.family)}
        return cls(
            given=names.own.given,
            middles=names.own.middles,
            everyday=frozenset(names.given_forms),
            former_givens=frozenset(f.given for f in names.former) - {""},
            family=frozenset({" ".join(names.own.family), "".join(names.own.family)} - {""}),
            family_parts=_parts(names.own.family),
            former_families=frozenset(former_families - {""}),
            record_givens=frozenset(record_givens - {""}),
            handle_givens=frozenset(handle_givens(identity.subject)) - {names.own.given},
        )

    def known_givens(self) -> set[str]:
        """Every given name discovery searches and opens for: typed, everyday, middle, former, the record's, the
        one the user's handles write."""
        out = {self.given, *self.everyday, *self.middles, *self.former_givens, *self.record_givens}
        return {g for g in out | self.handle_givens if g}

    def typed_givens(self) -> set[str]:
        """The given names written in the subject's own and former names and in the pinned record."""
        out = {self.given, *self.middles, *self.former_givens, *self.record_givens}
        return {g for g in out if g}

    def romanised(self) -> set[str]:
        """Other romanisations of the family name the table holds ("Chung", "Jung" for Jeong), of four letters
        or more: a shorter one ("Yi", "Im", "An") is a common word or syllable in any result."""
        return {f for part in self.family_parts for f in family_spellings(part) if len(f) >= 4}

    def families(self) -> set[str]:
        """The family names whole (spaced and joined), each part alone, and the former ones."""
        return {*self.family, *self.family_parts, *self.former_families}


def _parts(family: tuple[str, ...]) -> tuple[str, ...]:
    """Each word of the family name, but a generation word after another ("Filho" of Nunes Filho): no one is
    known by it alone, and a result naming "Ricardo Filho" is another man's."""
    words = tuple(w for w in family if w)
    return tuple(w for w in words if w not in FAMILY_WORDS) if len(words) > 1 else words


# Around a name in a handle: a title before it, a credential after it, digits ("drhettie", "hettie.quarrington.md").
_HANDLE_TITLE = re.compile(r"^(?:doctor|doc|dr)(?=[a-z]{3})")  # the longest first: "doctorjane" is "jane"
_HANDLE_TAIL = re.compile(r"(?:md|do|mdphd|phd|np|pa|rn|dds|\d+)$")
_HANDLE_SEPARATORS = re.compile(r"[._\-]+")
_HANDLE_FILLERS = frozenset(
    {"the", "real", "thereal", "its", "iam", "official", "mrs", "miss", "team", "ask", "hey", "dr", "doc", "doctor"}
)


def handle_givens(subject: Subject) -> list[str]:
    """Folded given names the user's handles write before the family name: "hettie.quarrington",
    "hettie_quarrington", "hettiequarrington" and "drhettiequarrington" all give "hettie". A handle without
    the family name ("hettiemd", "runswithscalpels") says nothing of the given name; nor does a lone initial
    ("hquarrington"), a filler ("thereal", "official") or what follows the family name ("quarringtonlab")."""
    from footprint.extract.social import handle_name

    family = re.sub(r"[^a-z]", "", fold(subject.family_name or ""))
    if len(family) < 3:
        return []
    out: list[str] = []
    for handle in subject.handles:
        joined = _HANDLE_SEPARATORS.sub("", fold(handle_name(handle)).replace(" ", ""))
        head, found, _ = joined.partition(family)
        # "doctor" before the family name is the title alone, not "doc" and a given name "tor"
        part = head if head in _HANDLE_FILLERS else _HANDLE_TAIL.sub("", _HANDLE_TITLE.sub("", head))
        if found and 3 <= len(part) <= 12 and part.isalpha() and part not in _HANDLE_FILLERS and part not in out:
            out.append(part)
        elif not found and (clip := _titled_clip(joined, fold(subject.given_name or ""))) and clip not in out:
            out.append(clip)
    return out


def _titled_clip(joined: str, given: str) -> str:
    """The start of the typed given name run after the title, as a doctor's handle writes the short name
    patients call them ("drnoe808" for Noelani: Noe; "doclou" for Louisa: Lou); "" otherwise. The title is
    required: a bare "noe808" is anyone's, and "drnoe" says "Dr. Noe" as the patients do."""
    titled = _HANDLE_TITLE.match(joined)
    if not titled or not given.isalpha():
        return ""
    part = _HANDLE_TAIL.sub("", joined[titled.end() :])
    return part if part.isalpha() and 3 <= len(part) < len(given) and given.startswith(part) else ""


def registry_givens(identity: Identity, families: set[str]) -> set[str]:
    """First and middle names (not initials) of the registry's records of the subject: the pinned record,
    else every record whose family name is one of ``families`` (any of them may be the subject)."""
    records = (identity.npi_record,) if identity.npi_record is not None else identity.npi_namesakes
    out: set[str] = set()
    for record in records:
        if fold(record.last_name) in families:
            out |= {w for w in (fold(record.first_name), fold(record.middle_name)) if len(w) > 1}
    return out


def registry_first_name(identity: Identity) -> str:
    """ "Wendell Marchbanks" → "James Marchbanks": the pinned record's first name with the family name,
    when the record is of the subject's family name and its first name is not the one typed; else ""."""
    record, s = identity.npi_record, identity.subject
    if record is None or not record.first_name or fold(record.last_name) != fold(s.family_name or ""):
        return ""
    if fold(record.first_name) == fold(s.given_name or ""):
        return ""
    return f"{record.first_name.title()} {s.family_name}"


def legal_name(subject: Subject, record: NpiRecord) -> str:
    """The registry's full name of a subject who goes by the middle name ("James Wendell Marchbanks" for
    Wendell); "" when the user's given name is the record's first name or not its middle one."""
    given = fold(subject.given_name or "")
    if not given or fold(record.first_name) == given or fold(record.middle_name) not in given_name_forms(given):
        return ""
    return " ".join(w.title() for w in (record.first_name, record.middle_name, record.last_name))
