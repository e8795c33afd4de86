"""What pages already judged the subject's teach about how the world writes them: a second discovery pass.

A user types "Thaddeus Osei"; his practice page, his podcast and his parish bulletin write "Kwabena
Osei", the name he goes by. A user types "Oluwaseun Bankole"; the reviews say "Dr. Seun" and name a
practice the user never typed. After the first fetch and a provisional match, the forms written on
**confirmed** pages (and in the registry's record, when it is the subject's or every record of the name
agrees) are collected here: everyday given names, "Dr. Given" nicknames, family names, practices and
handles. Discovery then reconsiders the results it did not open and asks a few more queries built from
them (``[search] learned_queries``). Matching never reads what is learned: a page opened this way is
judged like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from footprint import discover_homes
from footprint.identity import fold
from footprint.models import Address, Decision, Identity, Match, NpiRecord, SearchResult
from footprint.nameforms import NameForms
from footprint.nameparse import TITLES, parse_name
from footprint.practice_names import OWN_SITE_KINDS, is_practice, own_site_name, workplace_in_title
from footprint.spellings import short_form

# A family name as written: letters, a hyphen or an apostrophe ("O'Neil", "Hollis"), not "PM&R".
_A_NAME = re.compile(r"[A-Z][A-Za-zà-ÿ'’]*[a-zà-ÿ](?:[ -][A-Za-zà-ÿ'’]+)*")
# "Dr. Seun", "Dr. K": the title and one name, as patients write their doctor.
_TITLED = re.compile(r"^\s*(?:dr|dra|doctor)\.?\s+([^\W\d_][\w'’-]*)\.?\s*$", re.I)


@dataclass(frozen=True)
class Learned:
    """Forms of the subject's name and work learned from evidence; for discovery only."""

    givens: tuple[str, ...] = ()  # everyday given names, as written: "Kwabena", "Teo"
    titled: tuple[str, ...] = ()  # "Dr. Seun": how patients write a doctor who goes by a short name
    families: tuple[str, ...] = ()  # another family name written with the subject's given name (a maiden name)
    practices: tuple[str, ...] = ()  # the practice or clinic the subject's pages name
    handles: tuple[str, ...] = ()  # accounts the subject's confirmed pages show
    # Where and what the subject practises, as confirmed pages write it, when neither the user nor the registry
    # said: a name and a known URL alone ("Beau Treadwell, MD | Vascular Surgeon | ... | Savannah, GA").
    city: str = ""
    state: str = ""
    field: str = ""
    # The home a confirmed people-search record gives as the subject's current address ("714 Westover Crest Rd",
    # "Wilmington"), each street without its unit: ``discover_homes.queries`` searches it as a self-audit guide says to.
    homes: tuple[Address, ...] = ()
    # The given names of the relatives confirmed records list ("Lorena", "Wyatt", "Carly" of "Lorena J Haddix, Wyatt
    # B Haddix, Carly H Reeves"): a family blog, a caption or a reunion page names the household by given names.
    kin: tuple[str, ...] = ()
    # The titled name a confirmed page quotes as the one patients use ('Dr. Ngata ("Dr. Ro")'): no table knows it
    # and no other doctor of the subject's is written so, so a result that writes it is opened on that alone.
    quoted: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        said = self.givens or self.titled or self.families or self.practices or self.handles or self.quoted
        return bool(said or self.city or self.state or self.field or self.homes or self.kin)


def known_givens(identity: Identity) -> set[str]:
    """Folded given names discovery already searches and opens for (the subject's, nicknames, the record's)."""
    return NameForms.of(identity).known_givens()


def searched_givens(identity: Identity) -> set[str]:
    """Folded given names discovery's own queries write in every form (the subject's, the record's, the one
    everyday name whose titled and signed forms it asks for): a nickname a confirmed page writes ("Libby" for
    Elizabeth) that is not among them was opened when a result showed it, but never asked for; nor were the
    forms of one asked only beside the family name ("Clem Ashdown" is asked, "Clem A." and "Dr. Clem" are not)."""
    from footprint import search_queries

    out = NameForms.of(identity).typed_givens()
    out |= {fold(n) for n in search_queries.everyday_given(identity)}
    return {g for g in out if g}


def registry_middle(identity: Identity) -> str:
    """The registry's middle name of the subject: the pinned record's, else the one every record of the
    subject's name shares (whichever record is the subject's, it is theirs); "" when unknown or an initial."""
    s = identity.subject
    family = fold(s.family_name or "")
    if identity.npi_record is not None:
        records: tuple[NpiRecord, ...] = (identity.npi_record,)
    else:
        records = tuple(r for r in identity.npi_namesakes if fold(r.last_name) == family)
    middles = {fold(r.middle_name) for r in records}
    if len(middles) != 1:
        return ""
    middle = middles.pop()
    return middle if len(middle) > 1 else ""


def learn(identity: Identity, matches: Iterable[Match], results: Iterable[SearchResult] = ()) -> Learned:
    """What the confirmed pages of a provisional match (and the registry) say about the subject's names.

    ``results``: the search results already returned; the registry's middle name is learned as an everyday
    name only when they write it with the family name ("T. Kwabena Osei", "Kwabena Osei"), the way a
    doctor who goes by the middle name is written.
    """
    matches = tuple(matches)  # read twice: the names, then the place and field
    families = NameForms.of(identity).families()
    knew = known_givens(identity)
    searched = searched_givens(identity)
    subject_given = fold(identity.subject.given_name or "")
    from footprint import query_hints

    hints = query_hints.hints(identity)
    field_typed = fold(hints[2])
    givens: dict[str, str] = {}
    titled: dict[str, str] = {}
    other_families: dict[str, str] = {}
    practices: dict[str, str] = {}
    handles: dict[str, str] = {}
    kin: dict[str, str] = {}
    quoted: dict[str, str] = {}
    for m in matches:
        if m.result.decision == Decision.LIKELY and m.person is not None:
            # A likely page teaches only the given name cut short ("Sade Ogunleye" for Folasade: "Kidney Talk with
            # Dr. Sade", a Memphis nephrologist's blog): a form of the subject's own name, whoever else it fits.
            _learn_short_form(m.person.name, families, searched, subject_given, givens)
        if m.result.decision != Decision.CONFIRMED:
            continue
        person = m.person
        if person is None:
            continue
        for relative in person.relatives:
            given = relative.split()[0] if len(relative.split()) >= 2 else ""
            if len(given) > 2 and given.isalpha() and fold(given) not in knew:
                kin.setdefault(fold(given), given.title())
        for title in quoted_titles(m.page.text, families):
            quoted.setdefault(fold(title), title)
            titled.setdefault(fold(title), title)
        for written in (person.name, *person.aliases, *quoted_nicknames(m.page.text, knew, families)):
            _learn_name(written, families, knew, searched, subject_given, givens, titled, other_families)
        own_site = own_site_name(m.page.url, m.page.site_id, m.page.title) if m.page.kind in OWN_SITE_KINDS else ""
        for practice in (person.practice.strip(), own_site, workplace_in_title(m.page.title, m.page.site_id, families)):
            if is_practice(practice, families) and fold(practice) != field_typed:  # "Sleep Medicine" is a field
                practices.setdefault(fold(practice), practice)
        if person.handle and len(person.handle.strip("@")) >= 4:
            handles.setdefault(person.handle.lower().strip("@"), person.handle.strip("@"))
    city, state, field = _place_and_field(hints, matches)
    found_homes = discover_homes.learn(identity, matches)
    middle = registry_middle(identity)
    if middle and middle not in givens and middle != subject_given:
        # Written as the name used ("Kwabena Osei", "T. Kwabena Osei"), not between the given and family
        # names ("Faith Marie Summers"): every doctor has a middle name, few go by it.
        said = f" {fold(' '.join(f'{r.title} {r.snippet}' for r in results))} "
        said = said.replace(f" {subject_given} {middle} ", " ")
        if any(f" {middle} {f} " in said for f in families):
            givens[middle] = middle.title()
    return Learned(
        tuple(givens.values()),
        tuple(titled.values()),
        tuple(other_families.values()),
        tuple(practices.values()),
        tuple(handles.values()),
        city,
        state,
        field,
        found_homes,
        tuple(kin.values())[:KIN_ASKED],
        tuple(quoted.values()),
    )


KIN_ASKED = 3  # relatives' given names asked beside the subject's: the first a record lists are the closest kin


def _place_and_field(hints: tuple[str, str, str], matches: Iterable[Match]) -> tuple[str, str, str]:
    """(city, state, field) the confirmed pages write, each only where neither the user nor the registry gave
    one (``hints``: what they gave, ``query_hints.hints``): the first confirmed person's with an address (its city
    and state together, never one page's city with another's state) and the first with a specialty."""
    known_city, known_state, known_field = hints
    city = state = field = ""
    for m in matches:
        if m.result.decision != Decision.CONFIRMED or m.person is None:
            continue
        if not (known_city or known_state or city or state):
            where = next((a for a in m.person.addresses if a.city and a.state), None)
            if where is not None:
                city, state = where.city.strip().title(), where.state.strip().upper()
        if not (known_field or field) and m.person.specialties:
            field = m.person.specialties[0].strip()
    return city, state, field


def hinted(identity: Identity, learned: Learned) -> Identity:
    """``identity`` with the city, state and field ``learned`` from confirmed pages where it had none: the first
    pass's queries asked again with them rank the subject's pages above a namesake's."""
    from dataclasses import replace

    if not (learned.city or learned.state or learned.field):
        return identity
    s = identity.subject
    subject = replace(
        s,
        city=s.city or learned.city or None,
        state=s.state or learned.state or None,
        specialty=s.specialty or learned.field or None,
    )
    return replace(identity, subject=subject)


def _learn_short_form(
    written: str, families: set[str], searched: set[str], subject_given: str, givens: dict[str, str]
) -> None:
    """The given name a page writes with the subject's family name when it is the subject's own cut short (Seun for
    Oluwaseun, Sade for Folasade), and discovery did not search it."""
    parts = parse_name(written or "")
    if parts is None or not any(w in families for w in parts.family) or parts.given in searched:
        return
    if short_form(parts.given, subject_given):
        givens.setdefault(parts.given, parts.show(parts.given))


def _learn_name(
    written: str,
    families: set[str],
    knew: set[str],
    searched: set[str],
    subject_given: str,
    givens: dict[str, str],
    titled: dict[str, str],
    other_families: dict[str, str],
) -> None:
    """One name a confirmed page writes for the subject: the given name (or the middle name after an
    initial, "T. Kwabena Osei") it uses that discovery did not know, or another family name with the
    subject's given name; "Dr. Seun" alone is a titled short name."""
    bare = _TITLED.match(written or "")
    if bare:
        word = fold(bare.group(1))
        if word not in TITLES and (word in knew or short_form(word, subject_given) or len(word) == 1):
            titled.setdefault(word, f"Dr. {bare.group(1).strip('.')}")
        if word in knew and len(word) > 1 and word != subject_given and word not in searched:
            # "Dr. Meg" for Margaret: the nickname is the name they go by, so it is asked with the family name too.
            givens.setdefault(word, bare.group(1).strip(".").title())
        return
    parts = parse_name(written or "")
    if parts is None:
        return
    family = " ".join(parts.family)
    if family in families or "".join(parts.family) in families or any(w in families for w in parts.family):
        everyday = parts.given
        if len(everyday) == 1 and parts.middles and len(parts.middles[0]) > 1:
            everyday = parts.middles[0]  # "T. Kwabena Osei": the initial, then the name used
        if len(everyday) > 1 and everyday not in searched:
            givens.setdefault(everyday, parts.show(everyday))
    elif parts.given in knew and _A_NAME.fullmatch(parts.display_family) and not set(parts.family) & knew:
        other_families.setdefault(family, parts.display_family)


# A nickname quoted between a given and a family name: 'Booker T. "Buck" Haddix', "Elizabeth 'Libby' Tollefsen",
# "Robert (Bob) Kowalczyk", as practice pages, obituaries, programmes and a child's tribute write the name a
# person goes by.
_QUOTED_NICKNAME = re.compile(
    r"(?<![\w.])(?P<given>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]*\.?)?"
    r"\s+[\"“‘'(](?P<nick>[A-Z][a-z]{1,14})[\"”’')]\s+(?P<family>[A-Z][\w'’-]+)"
)


def quoted_nicknames(text: str, givens: set[str], families: set[str]) -> list[str]:
    """The name a confirmed page writes for the subject with a quoted nickname, as the nickname and the family
    name ("Buck Haddix" for 'Booker T. "Buck" Haddix'): a given name of the subject's before the quote and the
    family name after it, so another person's nickname on the page is not taken."""
    out: list[str] = []
    for m in _QUOTED_NICKNAME.finditer(text or ""):
        if fold(m.group("given")) in givens and fold(m.group("family")) in families:
            out.append(f"{m.group('nick')} {m.group('family')}")
    return list(dict.fromkeys(out))


# The titled name patients use, quoted after the subject's titled family name: 'Dr. Ngata ("Dr. Ro" to her
# patients)', "Dr. Okafor ('Dr. O')".
_QUOTED_TITLE = re.compile(
    r"\b(?:Dr|Dra|Doctor)\.?\s+(?P<family>[A-Z][\w'’-]+)\s*\(\s*[\"“‘']\s*(?P<title>(?:Dr|Dra|Doctor)\.?)\s+"
    r"(?P<nick>[A-Z][a-z]{1,14})\.?\s*[\"”’']"
)


def quoted_titles(text: str, families: set[str]) -> list[str]:
    """The titled names a confirmed page quotes for the subject right after the subject's titled family name
    ("Dr. Ro" of 'Dr. Ngata ("Dr. Ro")'); another doctor's, after another family name, is not taken."""
    out = [
        f"Dr. {m.group('nick')}"
        for m in _QUOTED_TITLE.finditer(text or "")
        if fold(m.group("family")) in families and fold(m.group("nick")) not in TITLES
    ]
    return list(dict.fromkeys(out))


def queries(identity: Identity, learned: Learned, asked: Iterable[str], limit: int) -> list[str]:
    """At most ``limit`` queries built from what was learned, none already asked, most telling first:
    the everyday given name with the family name, the practice, "Dr. Seun" with the field, a handle,
    another family name, the everyday name surname first and with the family initial; then the queries
    the pinned registry record changes (its place, its field)."""
    from footprint import query_hints, search_queries

    if limit <= 0:
        return []
    identity = hinted(identity, learned)
    s = identity.subject
    first, last = s.given_name or "", s.family_name or ""
    city, state, specialty = query_hints.hints(identity)
    where = city or state
    field = query_hints.practitioner(specialty) if specialty else ""
    groups = [
        [f'"{g} {last}" {where}' for g in learned.givens],
        [f'"{p}" {where}' for p in learned.practices if fold(p) != fold(s.practice or "")],  # typed: asked
        [f'"{t}" {field} {where}' for t in learned.titled],
        [f'"{h}"' for h in learned.handles],  # the account's posts sign with it ("drfaithsummers: ...")
        [f'"{first} {f}" {where}' for f in learned.families],
        # The everyday name in the other forms the first pass asks the typed one in: surname first, as rosters
        # and sign-up sheets list people ("Tollefsen, Libby"); with the family initial, as clubs, forums and
        # neighbourhood sites sign a member ("Libby T."), with the field or place to rank by.
        [f'"{last}, {g}" {state}' for g in learned.givens],
        [f'"{g} {last[:1]}." {field} {where}' for g in learned.givens if last and (field or where)],
        # The everyday name titled, as patients write it ("Dr. Trish" on a podcast) with the field or the town.
        [f'"Dr. {g}" {field} {where}' for g in learned.givens if field or where],
        # The name the subject goes by with the field and the town, unquoted ("Libby endocrinologist Billings"): a
        # blog's "I'm Libby, an endocrinologist in Billings", a child's "Táta (Marek, Greenville's cornea surgeon)".
        [f"{g} {field} {city}" for g in learned.givens[:1]] if field and city else [],
        # The household by its given names, unquoted ("Buck Lorena Wyatt Carly"): a relative's family blog, a
        # reunion or a birthday caption writes "Papaw Buck", "Mamaw Lorena" and the grandchildren, seldom a surname.
        [" ".join([(learned.givens or (first,))[0], *learned.kin])] if len(learned.kin) >= 2 and first else [],
        # The member names a forum shows for it ("DrTrishV", "TrishV_DO"), with the field and the town to rank by:
        # each form a kind of its own, so both come before a second learned name's forms.
        *([f'"{w}" {field} {where}'] for g in learned.givens[:1] for w in search_queries.member_names(identity, g)),
    ]
    done = {_clean(q) for q in asked}
    out: list[str] = []
    # One of each kind first, so three queries cover three kinds of form.
    for depth in range(max((len(g) for g in groups), default=0)):
        for group in groups:
            if depth < len(group):
                _add(out, group[depth], done)
    # What the pinned record (its city, its field, its middle name) changes: the quoted name with the new place
    # and field (a namesake's pages no longer outrank the subject's), then the queries with a phrase no query
    # asked yet ("R.E.C." once the record gives the middle initial), which find pages; then those that only
    # rank an asked phrase by the new place or field.
    later = search_queries.queries(identity, len(done) + limit + 20)
    asked_phrases = {p for q in done for p in _phrases(q)}
    for q in later[:1]:
        _add(out, q, done)
    for q in later:
        if any(p not in asked_phrases for p in _phrases(q)):
            _add(out, q, done)
    for q in later:
        _add(out, q, done)
    return out[:limit]


def _phrases(query: str) -> list[str]:
    """The quoted phrases of a query, folded."""
    return [fold(p) for p in re.findall(r'"([^"]+)"', query)]


def _clean(query: str) -> str:
    return re.sub(r"\s+", " ", query).strip()


def _add(out: list[str], query: str, done: set[str]) -> None:
    clean = _clean(query)
    if clean and clean not in done and clean not in out:
        out.append(clean)
