"""Family as lists write it, with no sentence to tie it: a couple in a directory's row or a donor list
("Prothero, Ewan & Priya"), a relative on a club's roster, someone of the subject's family name on the
subject's own page (a wedding site, a payments feed).
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.subject_text import KIN_KINDS, NOT_GIVEN, names_of, plain
from footprint.identity import fold
from footprint.models import Match, PageKind, PersonRecord

# Who shares a household with the subject, as directories, donor lists and listings write a couple: "Prothero, Ewan &
# Priya" (a parish directory's row, family name first), "Ewan & Priya Prothero", "Dr. Gus and Tammy Ledbetter".
# A firm's name is no couple ("Roe, Ewan & Associates").
NOT_A_PARTNER = (
    r"(?:Associates|Partners|Sons|Daughters|Co|Company|Colleagues|Staff|Team|Friends|Family|Others|Guests|Kids"
    r"|Children|Family|Dr|Mr|Mrs|Ms)\b"
)


def couple(ctx: Context, m: Match) -> str:
    """The couple as the page writes it, when one of the two is the subject by given and family name, or ""."""
    family = ctx.identity.subject.family_name or ""
    if not family or m.page.kind not in KIN_KINDS | {PageKind.SOCIAL_PROFILE}:
        return ""
    givens = {ctx.identity.subject.given_name or "", *(n.split()[0] for n in ctx.identity.subject.also_known_as if n)}
    if m.person is not None and len(m.person.name.split()) >= 2:
        givens.add(re.sub(r"^(?:Dr\.?\s+)", "", m.person.name).split()[0])
    givens = {g for g in givens if len(g) > 1 and g.lower() not in NOT_GIVEN}
    if not givens:
        return ""
    given = "|".join(re.escape(g) for g in sorted(givens))
    fam = re.escape(family)
    partner = rf"(?!{NOT_A_PARTNER})[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
    found = re.search(
        rf"\b{fam},\s+(?:Dr\.?\s+)?(?:{given})\s+(?:&|and)\s+{partner}"
        rf"|\b(?:Dr\.?\s+)?(?:{given})\s+(?:&|and)\s+{partner}\s+(?:[A-Z]\.?\s+)?{fam}\b"
        rf"|\b{partner}\s+(?:&|and)\s+(?:Dr\.?\s+)?(?:{given})\s+(?:[A-Z]\.?\s+)?{fam}\b",
        m.page.text,
    )
    return found.group() if found else ""


# A capitalised name word, as a family line or a thanks writes a given or a family name ("Kirsten", "Poe").
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"


def family_line(ctx: Context, m: Match) -> str:
    """A family as a sponsor list, a donor wall or a card writes it: "The Roe Family – Cal, Kirsten, Finn & Ada",
    "Roe family (Cal, Kirsten and Ada)", "the Roe family of Elm Drive, Cal and Kirsten". One of the given names is
    the subject's (a form of it, or its clipping: Cal for Callum): the others are their household."""
    from footprint.identity import given_name_forms

    family = ctx.identity.subject.family_name or ""
    given = fold(ctx.identity.subject.given_name or "")
    if not family or not given or m.page.kind not in KIN_KINDS:
        return ""
    forms = given_name_forms(given)
    listed = rf"{NAME_WORD}(?:(?:,\s*|,?\s+(?:&|and)\s+){NAME_WORD})+"
    # Where they live may come between: "the Roe family of Elm Drive, Cal and Kirsten".
    where = rf"(?:\s+(?:of|from|on)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})?"
    for found in re.finditer(
        rf"\b{re.escape(family)}\s+[Ff]amily{where}\s*(?:[–—:(-]|,)\s*(?P<names>{listed})", m.page.text
    ):
        names = re.split(r",\s*|,?\s+(?:&|and)\s+", found.group("names"))
        theirs = [n for n in names if fold(n) in forms or (len(n) >= 3 and given.startswith(fold(n)))]
        if theirs and len(names) > len(theirs):
            return found.group()
    return ""


def household(ctx: Context, m: Match) -> str:
    """A couple of two family names and their children, as a club's news or a parish page thanks a family: "our
    hosts Jane Roe and Mark Poe, and Erik and Lilja Poe, who sang". The subject is named with a partner by "and",
    and someone else on the page bears the partner's family name: the household, as "Mark Poe, Erik Poe". Two
    people of one name are a couple already (:func:`couple`); two names alone may be co-chairs."""
    if m.page.kind not in KIN_KINDS or m.person is None or len(m.person.name.split()) < 2:
        return ""
    own = fold(ctx.identity.subject.family_name or "")
    written = re.escape(re.sub(r"^(?:Dr\.?\s+)", "", m.person.name))
    for pair in re.finditer(
        rf"\b{written}\s+(?:and|&)\s+(?!{NOT_A_PARTNER})(?P<partner>{NAME_WORD}\s+(?P<family>{NAME_WORD}))\b",
        m.page.text,
    ):
        family, partner = fold(pair.group("family")), fold(pair.group("partner"))
        if family in (own, *fold(m.person.name).split()):
            continue
        kin = [p.name for p in m.page.people if fold(p.name).split()[-1:] == [family] and fold(p.name) != partner]
        if kin:
            return ", ".join([pair.group("partner"), *kin])
    return ""


# A sign-up sheet's column for the child a parent comes with ("Chaperone · Child · Cell", "Driver | Student"), and a
# child as such a sheet writes them: a given name and the family name's initial ("Deniz A.").
_CHILD_COLUMN = re.compile(r"\b(?:Child|Children|Student|Students|Kid|Kids|Camper|Player)\b")
_PUPIL_CELL = r"(?P<child>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+\s+[A-ZÀ-ÖØ-Þ]\.)(?!\w)"


def child_in_row(ctx: Context, m: Match) -> str:
    """A school's or a team's sheet that lists each adult with the child they come for, in a column headed
    "Child" or "Student": the cell after the subject's name ("Jane Roe | Ava P. | (555) 555-0100") is their
    child, named with the family's initial as such sheets write a pupil."""
    subject = ctx.identity.subject
    family, given = subject.family_name or "", subject.given_name or ""
    if not family or not given or m.page.kind not in KIN_KINDS:
        return ""
    name = rf"(?:{re.escape(given)}\s+(?:[A-Z]\.?\s+)?{re.escape(family)}|{re.escape(family)},\s+{re.escape(given)})"
    for found in re.finditer(rf"\b{name}[\s|·,]+{_PUPIL_CELL}", m.page.text):
        if _CHILD_COLUMN.search(m.page.text[: found.start()]):
            return found.group()
    return ""


# A roster's column for the adult a child comes with, as a heading writes it: "Parent", "Parent contact",
# "Parent/Guardian", "Guardian".
_PARENT_COLUMN = re.compile(r"\b(?:Parents?|Guardians?|PARENTS?|GUARDIANS?)\b")


def parent_in_row(ctx: Context, m: Match) -> str:
    """A youth team's or a class's roster that gives each child a parent in a column headed "Parent" or
    "Guardian": the child on a row whose later cell is the subject by full name is their child, whatever family
    name the child bears (the mother's own, a patronymic: "Anujin Batbayar" on Batbayar Ganbold's row). The rows
    are the table's (each name's cells as the page reads them); a row naming the subject first is theirs alone."""
    subject = ctx.identity.subject
    family, given = subject.family_name or "", subject.given_name or ""
    if not family or not given or m.page.kind not in KIN_KINDS:
        return ""
    name = re.compile(
        rf"\b(?:(?:Dr\.?\s+)?{re.escape(given)}\s+(?:[A-Z]\.?\s+)?{re.escape(family)}|{re.escape(family)},\s+{re.escape(given)})\b"
    )
    children: list[str] = []
    for person in m.page.people:
        row = person.context.split(" … ")[0].split(" [page:")[0].strip()
        cells = [c.strip() for c in row.strip("|").split("|")] if row.startswith("|") else []
        if len(cells) < 2 or cells[0] != person.name or name.search(cells[0]) or person.credentials:
            continue
        heading = m.page.text[: max(0, m.page.text.find(person.name))]
        if any(name.search(c) for c in cells[1:]) and _PARENT_COLUMN.search(heading) and person.name not in children:
            children.append(person.name)
    return f"{', '.join(children)} (parent: {given} {family})" if children else ""


# One home for two: "at their Vilas Avenue home", "in their backyard on Elm St" (not "their homes", "home-visit").
_THEIR_HOME = re.compile(
    r"\btheir\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:home|house|apartment|condo|farmhouse|farm|cabin|kitchen(?:\s+table)?"
    r"|backyard|yard|porch)(?![\w-])|\b(?:at|to)\s+their\s+place\b"
)


def shared_home(ctx: Context, m: Match) -> str:
    """The subject and a partner thanked together where the sentence, or the next, gives the two one home: "thanks
    to Jane Roe and Sam Poe for hosting the potluck at their Elm Street home", "October was Jane and Sam's turn.
    Forty of us around their kitchen table". Two people who share a house are a household; co-chairs of an event
    are not ("Jane Roe and Sam Poe chaired the gala")."""
    subject = ctx.identity.subject
    family, given = subject.family_name or "", subject.given_name or ""
    if not family or not given or m.page.kind not in KIN_KINDS:
        return ""
    # A friend's page calls them by the given name alone ("Jane and Sam").
    name = rf"(?:Dr\.?\s+)?{re.escape(given)}(?:\s+(?:[A-Z]\.?\s+)?{re.escape(family)})?"
    partner = rf"(?!{NOT_A_PARTNER})(?:Dr\.?\s+)?[A-ZÀ-ÖØ-Þ][\w’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’-]+)?"
    pair = re.compile(
        rf"\b{name}\s+(?:and|&)\s+(?P<partner>{partner})(?!\w)|\b(?P<first>{partner})\s+(?:and|&)\s+{name}(?!\w)"
    )
    said = sentences(m.page.text)
    for i, sentence in enumerate(said):
        found = pair.search(sentence)
        after = f"{sentence[found.end() :]} {said[i + 1] if i + 1 < len(said) else ''}" if found else ""
        if found is not None and _THEIR_HOME.search(after):
            return found.group()
    return ""


# A bare given name, with a child's age in brackets or after a comma, or none: "Theo (14)", "Tanaka, 12", "Owen".
_KID = rf"{NAME_WORD}(?![\w'’-])(?:\s*\(\d{{1,2}}\)|,\s*\d{{1,2}}(?=\s*(?:,|\)|and\b|&)))?"
_AGE_GIVEN = re.compile(r"\(\d{1,2}\)|,\s*\d{1,2}\b")
_KIDS_AGED = re.compile(rf"(?P<kids>{_KID}(?:(?:,\s*|,?\s+(?:and|&)\s+){_KID})*)(?!\s*[A-ZÀ-ÖØ-Þ])")


def family_group(ctx: Context, m: Match) -> str:
    """A family's caption: the subject by their given name (or a form of it) in a list of given names alone, one or
    more with a child's age ("Jane (Janie to us), Sam, Theo (14) and Mabel (11) at the falls", "Team Roe (Jane, Sam,
    Theo, 12, and Mabel, 9)"): their household, as only a relative writes it. A list of full names with ages is a
    race's results, not a family."""
    from footprint.identity import given_name_forms

    given = fold(ctx.identity.subject.given_name or "")
    if not given or m.page.kind not in KIN_KINDS:
        return ""
    forms = "|".join(re.escape(f) for f in sorted(given_name_forms(given), key=len, reverse=True))
    head = re.compile(rf"\b(?i:{forms})(?:\s*\([^()]{{1,30}}\))?(?:,\s*|,?\s+(?:and|&)\s+)")
    text = " ".join(m.page.text.split())
    for found in head.finditer(text):
        if text[found.start() : found.start() + 1].islower():
            continue
        kids = _KIDS_AGED.match(text, found.end())
        if kids is not None and _AGE_GIVEN.search(kids["kids"]):
            return text[found.start() : kids.end()]
    return ""


_SCHOOL = re.compile(r"\b(?:school|elementary|pta|pto|montessori|preschool|kindergarten|classroom)\b", re.I)
_MEDICAL_SCHOOL = re.compile(
    r"\b(?:medical|nursing|dental|pharmacy)\s+school|\bschool\s+of\s+(?:medicine|nursing|public\s+health|pharmacy"
    r"|dentistry|osteopathic)|\b(?:grand\s+rounds|residency|fellowship|faculty|cme)\b",
    re.I,
)


def school_page(m: Match) -> bool:
    """A school's or its parents' page (a PTA's eNews, a class newsletter): its title or its heading says so. A
    medical school's is a workplace's."""
    head = f"{m.page.title} {m.page.text[:300]}"
    return bool(_SCHOOL.search(head)) and not _MEDICAL_SCHOOL.search(head)


_SAME_NAME = 0.85  # a name score at which a tag is the subject's own name, a nickname of it too


def kin_on_a_roster(ctx: Context, m: Match) -> tuple[str, str]:
    """A club's or school's page (no news but a school's, no workplace) that lists the subject and someone who bears
    their family name, with no credential: a child on the team roster, a spouse as team manager."""
    from footprint.assess.detectors.nearby import workplace_title

    # A school's news is its families' too: "Camille Roe and Ava Poe led the closing prayer".
    kinds = (PageKind.OTHER, PageKind.PERSONAL_SITE, *((PageKind.NEWS,) if school_page(m) else ()))
    # A school's name is no workplace's ("Sacred Heart School" names no cardiology practice).
    if m.page.kind not in kinds or (workplace_title(m.page.title) and not school_page(m)):
        return "", ""
    mine = set(names_of(ctx, m)) | NOT_GIVEN
    family = fold(ctx.identity.subject.family_name or "")
    if family and family in fold(unquote_plus(urlsplit(m.page.url).query)).split():
        return "", ""  # a search's results for the name (a donor or court lookup): namesakes, not a family
    company = bool(_BUSINESS_ENTITY.search(m.page.title))
    # The people a team photo's caption names are on the roster too ("Front row: Nora Roe, Ava Poe").
    from footprint.match.person import name_score

    # Not the subject under another form of their name ("Memo Roe" for Guillermo).
    tagged = [
        PersonRecord(name=t) for ph in m.page.photos for t in ph.tagged if name_score(ctx.identity, t)[0] < _SAME_NAME
    ]
    from footprint.namematch import gendered

    for person in [*m.page.people, *tagged]:
        words = fold(person.name).split()
        # A son on a Polish or Lithuanian family's roster bears the other gender's form: "Kuba Wisniewski".
        bears = bool(words) and (words[-1] == family or gendered(words[-1], family))
        kin = len(words) >= 2 and bears and not mine & set(words[:-1]) and not person.credentials
        if kin and company and _on_staff(person):
            continue  # "Ms. Dana Roe, Office Manager" on the practice's company page: an employee as listed
        if kin and not _initialled(person.name, mine):
            return person.name, f"{person.name} [{m.page.title}]"
    return "", ""


# A registered business's name ("Gulf Spine, LLC", "Roe Holdings Inc.") or a business directory's page about one.
_BUSINESS_ENTITY = re.compile(
    r"\b(?:l\.?l\.?c|p\.?l\.?l\.?c|l\.?l\.?p|inc|ltd|corp)\b\.?(?!\w)|\bp\.[ac]\.|\bbusiness (?:profile|listing)\b",
    re.I,
)
# A staff job written after a name on a company's page: what the company employs them as, no family tie.
_STAFF = re.compile(
    r"^[\s,·|–—-]*(?:[\w ]{0,20}\b)?(?:manager|administrator|receptionist|coordinator|secretary|assistant|nurse"
    r"|biller|billing|scheduler|bookkeeper|accountant|staff|employee|customer contact)\b",
    re.I,
)


def _on_staff(person: PersonRecord) -> bool:
    """The page lists ``person`` with a staff job right after their name ("Dana Roe, Office Manager"). A member,
    an officer or an owner of a family's company (a holding company at their house) is no employee."""
    at = person.context.find(person.name)
    return at >= 0 and bool(_STAFF.match(person.context[at + len(person.name) : at + len(person.name) + 40]))


_COUPLE = re.compile(r"(?:&|\band\b).*\b(?:wedding|engage\w*|marri\w*|honeymoon|registry)\b")
# The couple on the subject's own profile with their ring or date: "Jane + Sam 4.18.26 💍", "Jane & Sam, engaged!".
_PAIRED = re.compile(
    r"\b(?P<one>[A-Z][a-z]+)\s*(?:\+|&)\s*(?P<other>[A-Z][a-z]+)\b[\s,·|-]*"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*)?(?:💍|\bengaged\b|\bjust\s+married\b|\bwedding\b)"
)


def kin_on_own_page(ctx: Context, m: Match) -> tuple[str, str]:
    """On the subject's own page: the couple a wedding site is of, or someone else who bears the subject's
    family name ("paid Danielle Kowalczyk" on their payments feed)."""
    if _COUPLE.search(plain(m.page.title)):
        return m.page.title, m.page.title
    pair = _PAIRED.search(m.page.text)
    if pair and fold(pair["one"]) in names_of(ctx, m) and fold(pair["other"]) not in names_of(ctx, m):
        return pair.group(), pair.group()
    mine = set(names_of(ctx, m))
    family = ctx.identity.subject.family_name or ""
    named = [p.name for p in m.page.people]
    named += [f.group() for f in re.finditer(rf"\b[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?{re.escape(family)}\b", m.page.text)]
    for name in named:
        words = fold(name).split()
        kin = len(words) >= 2 and words[-1] == fold(family) and not (mine | NOT_GIVEN) & set(words[:-1])
        if kin and not _initialled(name, mine):
            return name, f"{name} [{m.page.title}]"
    return "", ""


def _initialled(name: str, mine: set[str]) -> bool:
    """ "J Roe", "PA Roe", "J. A. Roe": the subject's own name with initials, as an author list or a
    citation writes it, not a relative's."""
    given = name.split()[:-1]
    if not given or not all(re.fullmatch(r"(?:[A-Z]\.?){1,3}", w) for w in given):
        return False
    return fold(given[0])[:1] in {n[0] for n in mine if n}
