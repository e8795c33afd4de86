"""Family and home named in the running text of a community page: a wedding announcement, an obituary, a
parish bulletin, a school newsletter, a fundraiser, a county's property record.

Such pages rarely mark up relatives; they write them in a sentence about the subject: "Dr. Park is the
daughter of Elder Park Jong-ho", "survived by his son Dr. Robert (Danielle) Kowalczyk", "Dr. de la Cruz
(mom of Mateo and Lucía Ortega)", "the birth of their son, Ji-ho". A sentence counts when it names the
subject (or starts with "She", "He", "The bride" right after one that does), ties a relation to the subject
(a possessive, "daughter of", "married", "survived by") and names the relative; a sentence about a patient's
family does not count.

A street address in a sentence that names the subject or their household ("a meal train for the Pruitts.
Please drop meals at 1408 Bramblecrest Dr"; "Owner MCALLISTER H DOUGLAS JR … Property Address 1120 Sequoyah
Bluff Rd") is their home, unless the sentence is about a workplace or the street is the practice's.
"""

from __future__ import annotations

import re
import unicodedata

from footprint.assess.detectors.base import Context, hits, stem
from footprint.assess.detectors.records import sentences
from footprint.identity import fold
from footprint.models import Address, Match, PageKind, PersonRecord

# Pages whose words about a doctor's family are as exposed as a broker's list; news carries the wedding
# and birth announcements and the obituaries.
KIN_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})

# Kinship terms of every register: the legal ("spouse"), the everyday ("hubby", "better half", "kiddos"), the
# step-, grand-, god- and -in-law forms, and birth order used as a noun ("our youngest, Ava").
_KIN = (
    r"(?:(?:step|grand|god|great-grand)?(?:daughters?|sons?|children|kids|kiddos?|babies|baby)|wife|wifey|husband"
    r"|hubby|hubs|spouse|partner|better half|boyfriend|girlfriend|fianc[ée]e?|(?:grand|step|god)?mother"
    r"|(?:grand|step|god)?father|mom|mommy|mum|mama|momma|dad|daddy|papa|parents|twins|triplets|(?:step|half-)?"
    r"(?:brothers?|sisters?)|bro|sis|siblings?|nieces?|nephews?|cousins?|aunts?|auntie|uncles?"
    r"|grand(?:ma|pa|parents|baby|babies)|nana|(?:mother|father|brother|sister|son|daughter)s?-in-law|in-laws"
    r"|newborn|toddler|little ones|littles|(?:oldest|eldest|youngest|middle one|firstborn|first-born)"
    r"|(?:baby|little) (?:boy|girl|brother|sister))"
)
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Elder|Deacon|Rev)\.?\s+)?"
# Capitalised words after "married" that are a time, not the partner: "married Saturday", "married in June".
_NOT_A_NAME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Last|This|Next|In|On|At)\b"
)
_NAME = _TITLE + r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_POSSESSOR = r"(?i:her|his|their|our)"
# The relative's name may follow an appositive in lower case: "her husband, cardiologist Dr. Paul Church", "his
# wife, fellow surgeon Ana Poe", "their son, a junior, Max". A preposition starts no appositive: "their parents on
# anxiety, ADHD" names a topic after the relation, not a relative.
_PREPOSITION = r"(?:on|in|at|of|for|with|about|from|to|by|into|through|during|after|before|over|under|around|since)\b"
_APPOSITIVE = rf"(?:(?:a|an|the|fellow)\s+)?(?:(?!{_PREPOSITION})[a-z][\w-]+,?\s+){{0,2}}"
_RELATIVE = rf"(?:[a-z]+\s+){{0,2}}(?i:{_KIN}),?\s+(?:of\s+\d+\s+years,?\s+)?{_APPOSITIVE}{_NAME}"
_TIED = re.compile(
    rf"(?:\b{_POSSESSOR}\s+{_RELATIVE}"
    rf"|\b(?i:and)\s+(?i:husband|wife|spouse|fianc[ée]e?)\s+{_NAME}"
    # A photo caption's way, with no possessive: "Jane Roe with son Max, 9", "... and daughters Ava (12) and Mia".
    rf"|\b(?i:with|and)\s+(?i:{_KIN}),?\s+{_NAME}"
    rf"|(?:\b(?i:is|was|as)\s+(?:the\s+|a\s+)?|[(,]\s*(?:the\s+|a\s+)?|\b(?i:beloved|loving|devoted)\s+)"
    rf"(?i:proud\s+)?(?i:{_KIN})\s+of\s+{_NAME}"
    rf"|\b(?i:were married|was married|married to|(?:is|are) survived by|survived by|preceded in death by)\b"
    # A wedding or an engagement with the partner's name: "married Henrik Kessel in Astoria", "is getting
    # married this fall to Elias Mansour", "engaged to Sam Poe" (not "married Saturday").
    rf"|\b(?i:married|marries|marrying|weds?)\s+(?!{_NOT_A_NAME}){_NAME}"
    rf"|\b(?i:getting married|to be married|will be married|engaged|betrothed)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?i:to)\s+"
    rf"(?!{_NOT_A_NAME}){_NAME})"
)
# In the subject's own words (their post, their fundraiser, their wedding site): "my wife Danielle", "my
# parents, Jongho and Miran Park", "our daughter Emma", "Minjun Park · Brother of the bride".
_OWN_TIED = re.compile(
    rf"\b(?i:my|our)\s+{_RELATIVE}|\b(?i:{_KIN})\s+of\s+the\s+(?i:bride|groom)(?!s?(?:maid|man|men))"
)
# Pages a person runs: a profile, a personal site, a fundraiser or a wedding site (read as other pages).
OWN_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.SOCIAL_PROFILE})
_FOLLOWS = re.compile(r"^(?:she|he|they|the (?:bride|groom|couple|doctor|physician))\b", re.I)
_OTHERS_FAMILY = re.compile(r"\bpatients?\b|\bpatient's\b", re.I)


def _names_subject(ctx: Context, sentence: str, household: bool = False, chosen: str = "") -> bool:
    """The sentence names the subject's family name (or a former one, or ``chosen``: the family name of the
    person the match chose, "Teodora Brannigan" for Brannigan-Kessel); ``household``: or "the Pruitts"."""
    subject = ctx.identity.subject
    said = f" {fold(sentence)} "
    families = [subject.family_name or "", *(n.split()[-1] for n in subject.also_known_as if n.split()), chosen]
    forms = [fold(f) for f in families if fold(f)]
    plurals = [f"{f}s" for f in forms] + [f"{f}es" for f in forms] if household else []
    return any(f" {f} " in said for f in forms + plurals)


def _names_of(ctx: Context, m: Match) -> list[str]:
    """The folded given and family names the subject goes by on this page (the chosen person's too)."""
    subject = ctx.identity.subject
    names = [subject.given_name or "", subject.family_name or ""]
    names += [n for a in subject.also_known_as for n in a.split()]
    if m.person is not None:
        names += m.person.name.split()
    return [w for w in dict.fromkeys(fold(n) for n in names) if len(w) > 1]


def _plain(text: str) -> str:
    """Lower case without accents, punctuation kept ("Ana Núñez & Bo Li's" -> "ana nunez & bo li's")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def owns_page(ctx: Context, m: Match) -> bool:
    """The page is the subject's own: its title names the chosen person (given and family name) as its author
    ("Fundraiser by Jane Roe"), its owner ("Jane Roe's recipes"), one of a couple ("Jane Roe & Sam Poe's
    Wedding"), or as the whole title before the site's name ("Jane Roe (@janer) | PayApp", "Jane Roe | Blog"; not
    "Jane Roe - Fargo, ND | Broker", a results page for the name)."""
    person = m.person
    if person is None or m.page.kind not in OWN_KINDS:
        return False
    words = [w for w in fold(re.sub(r"^(?:dr\.?|doctor)\s+", "", person.name, flags=re.I)).split() if len(w) > 1]
    if len(words) < 2:
        return False
    name = rf"{re.escape(words[0])}(?:\s+\w\.?)*\s+{re.escape(words[-1])}"
    title = _plain(m.page.title)
    return bool(
        re.search(rf"\bby\s+(?:dr\.?\s+)?{name}\b", title)
        or re.search(
            rf"^(?:dr\.?\s+)?{name}(?:'s\b|\s*(?:&|and)\s+\w+|\s*\(@|\s*[|·–—-]\s*[^,|·–—-]{{1,30}}$|\s*$)", title
        )
    )


def _possessed(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """ "Dr. Kowalczyk's wife Danielle", "Seoyeon's brother Minjun": a relative tied to the subject's name."""
    for found in re.finditer(rf"\b([A-ZÀ-ÖØ-Þ][\w-]+)['’]s\s+{_RELATIVE}", sentence):
        if fold(found.group(1)) in _names_of(ctx, m):
            return found
    return None


_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|near|from|of|across|outside|inside|around|along)\s+(?:the\s+)?$", re.I)
_NAMED = re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)")


def _tied_to_subject(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation tied to the subject: "her husband Erik" counts only when the last person named before "her"
    is the subject ("Dr. Roe thanked Dr. Poe and his wife Mary": Mary is the colleague's)."""
    mine = set(_names_of(ctx, m))
    for tied in _TIED.finditer(sentence):
        pronoun = tied.group().split()[0].lower()
        head = sentence[: tied.start()]
        # A capitalised name after "on", "in", "at" is where, not who: "summers at the cabin on West Lake
        # Okoboji with her husband" leaves the sentence's subject the one "her" refers to.
        before = [n for n in _NAMED.finditer(head) if not _PLACE_BEFORE.search(head[: n.start()])]
        if pronoun in ("her", "his") and before and not mine & set(fold(before[-1].group()).split()):
            continue
        return tied
    return None


def kin_sentence(ctx: Context, m: Match) -> tuple[str, str]:
    """(the relation as written, its sentence) for the first sentence tying a named relative to the subject.

    On the subject's own page (:func:`owns_page`) the first person is the subject: "my wife Danielle"."""
    if m.page.kind not in KIN_KINDS and not owns_page(ctx, m):
        return "", ""
    own = owns_page(ctx, m)
    previous = False
    chosen = m.person.name.split(",")[0].split()[-1] if m.person is not None and m.person.name.split() else ""
    for sentence in sentences(m.page.text):
        whose = _whose_parent(ctx, m, sentence) or _subject_as_relative(ctx, m, sentence)
        if whose is not None:
            return whose.group("kin"), sentence
        about = _names_subject(ctx, sentence, chosen=chosen) or (previous and bool(_FOLLOWS.match(sentence)))
        previous = about
        tied = (_tied_to_subject(ctx, m, sentence) or _possessed(ctx, m, sentence) if about else None) or (
            _OWN_TIED.search(sentence) if own else None
        )
        if tied and not business_partner(tied.group(), sentence) and not _patients_near(sentence, tied):
            return tied.group(), sentence
    couple = _couple(ctx, m)
    if couple:
        return couple, couple
    if own:
        return _kin_on_own_page(ctx, m)
    return _kin_on_a_roster(ctx, m)


# Who shares a household with the subject, as directories, donor lists and listings write a couple: "Prothero, Ewan &
# Priya" (a parish directory's row, family name first), "Ewan & Priya Prothero", "Dr. Gus and Tammy Ledbetter".
# A firm's name is no couple ("Roe, Ewan & Associates").
_NOT_A_PARTNER = (
    r"(?:Associates|Partners|Sons|Daughters|Co|Company|Colleagues|Staff|Team|Friends|Family|Others|Guests|Kids"
    r"|Children|Family|Dr|Mr|Mrs|Ms)\b"
)


def _couple(ctx: Context, m: Match) -> str:
    """The couple as the page writes it, when one of the two is the subject by given and family name, or ""."""
    family = ctx.identity.subject.family_name or ""
    if not family or m.page.kind not in KIN_KINDS | {PageKind.SOCIAL_PROFILE}:
        return ""
    givens = {ctx.identity.subject.given_name or "", *(n.split()[0] for n in ctx.identity.subject.also_known_as if n)}
    if m.person is not None and len(m.person.name.split()) >= 2:
        givens.add(re.sub(r"^(?:Dr\.?\s+)", "", m.person.name).split()[0])
    givens = {g for g in givens if len(g) > 1 and g.lower() not in _NOT_GIVEN}
    if not givens:
        return ""
    given = "|".join(re.escape(g) for g in sorted(givens))
    fam = re.escape(family)
    partner = rf"(?!{_NOT_A_PARTNER})[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
    found = re.search(
        rf"\b{fam},\s+(?:Dr\.?\s+)?(?:{given})\s+(?:&|and)\s+{partner}"
        rf"|\b(?:Dr\.?\s+)?(?:{given})\s+(?:&|and)\s+{partner}\s+(?:[A-Z]\.?\s+)?{fam}\b"
        rf"|\b{partner}\s+(?:&|and)\s+(?:Dr\.?\s+)?(?:{given})\s+(?:[A-Z]\.?\s+)?{fam}\b",
        m.page.text,
    )
    return found.group() if found else ""


# A sentence ends at a full stop of any script: Latin, Chinese and Japanese "。", Amharic "።", Arabic "؟".
_ANY_SENTENCE_END = re.compile(r"(?<=[.!?。！？።؟])\s*")
_FOLLOW_ON = 2  # sentences after one naming the subject that a paper written in their language still writes about them


def kin_in_another_language(ctx: Context, m: Match) -> tuple[str, str]:
    """(the relation as written, its sentence) on a community paper or bulletin written in another language:
    its sentences name the subject in Latin letters once ("BS. Nguyễn Thị Thu Hằng (Hang T. Nguyen, MD)",
    "謝雨婷醫師 (HSIEH Yu-Ting, MD)") and go on in their own script, in which a name cannot be read: a kinship word
    of that language in the sentence naming them or in the next two ties a relative to them. A patient named
    near it makes the family the patient's."""
    if m.page.kind not in KIN_KINDS or m.page.posts:
        return "", ""  # a thread's posts are each their writer's: "남편이 ..." is the asker's husband
    # The family name the match chose them under, when it is a name ("Greene"), not a handle ("jh_nsgy").
    named = m.person.name.split(",")[0].split() if m.person is not None else []
    chosen = named[-1] if len(named) >= 2 and named[-1].isalpha() and named[-1][:1].isupper() else ""
    after = -1  # sentences left in which the subject is still the topic
    for sentence in _ANY_SENTENCE_END.split(" ".join(m.page.text.split())):
        after = _FOLLOW_ON if _names_subject(ctx, sentence, chosen=chosen) else after - 1
        if after < 0:
            continue
        found = hits("kin_other_language", sentence)
        relation = found[0].group() if found else stem("kin_other_script", sentence)
        if relation and not hits("patient_other_language", sentence) and not _OTHERS_FAMILY.search(sentence):
            return relation, sentence
    return "", ""


# "three months after her 66th birthday on March 3": the person's own age and birthday in a sentence about them;
# a bulletin writes the name's possessive and the day in brackets: "Dr. Jane Roe's 50th birthday (November 3)".
_BIRTHDAY = re.compile(
    r"\b(?:her|his|their|(?P<owner>[A-ZÀ-ÖØ-Þ][\w-]+)['’]s)\s+(\d{2,3})(?:st|nd|rd|th)\s+birthday\b"
    r"(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b|\s*\(\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*\))?"
)


def birthday_sentence(ctx: Context, m: Match) -> tuple[str, str]:
    """(the birthday as written, its sentence) when a sentence about the subject on a community or news page
    gives their age by a birthday ("will retire June 30, three months after her 66th birthday on March 3")."""
    if m.page.kind not in KIN_KINDS:
        return "", ""
    previous = False
    chosen = m.person.name.split(",")[0].split()[-1] if m.person is not None and m.person.name.split() else ""
    for sentence in sentences(m.page.text):
        about = _names_subject(ctx, sentence, chosen=chosen) or (previous and bool(_FOLLOWS.match(sentence)))
        previous = about
        found = _BIRTHDAY.search(sentence) if about else None
        if found is not None and _other_generation(sentence[: found.start()], m):
            continue  # "celebrates Dr. J.W. Marchbanks Sr. on his 90th birthday": the father's, not Jr.'s
        if found is not None:
            pronoun = found.group().split()[0]
            before = [
                n for n in _NAMED.finditer(sentence[: found.start()]) if not _PLACE_BEFORE.search(sentence[: n.start()])
            ]
            mine = set(_names_of(ctx, m))
            if pronoun in ("her", "his") and before and not mine & set(fold(before[-1].group()).split()):
                continue  # "Dr. Roe toasted Dr. Poe on his 60th birthday": the colleague's
            if found.group("owner") and fold(found.group("owner")) not in mine:
                continue  # "Dr. Roe toasted Dr. Poe's 60th birthday"
            return found.group(), sentence
    return "", ""


# Whose parent, spouse or relative someone is, in brackets after their name, as a school's or team's list writes
# it: "Jane Roe (Emi's mom)", "Dr. Jane (Kai and Emi's mom)", "Sam Poe (Ava's grandpa)"; a newsletter adds the
# child's initial and grade or class: "Dr. Jane Roe (Maisie R.'s mom, 8th grade)".
_CHILD = r"[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+[A-ZÀ-ÖØ-Þ]\.)?"
_WHOSE = re.compile(
    rf"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*\(\s*(?P<kin>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*"
    r"['’]s?\s+(?i:mom|mommy|mum|mama|mother|dad|daddy|papa|father|parents?|wife|husband|spouse|grandma|grandpa"
    r"|grandmother|grandfather|nana|aunt|auntie|uncle|sister|brother|daughter|son))\s*[),;]"
)


def _whose_parent(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation in brackets right after the subject's name ("Haruka Greene (Emi's mom)"): the person
    named is the subject's relative. After anyone else's name it is theirs: the names are the subject's and
    the chosen person's, never a page's first person the match did not choose."""
    subject = ctx.identity.subject
    names = [subject.given_name or "", subject.family_name or "", *" ".join(subject.also_known_as).split()]
    names += m.result.person.name.split() if m.result.person is not None else []
    mine = {fold(n) for n in names if len(fold(n)) > 1} - _NOT_GIVEN
    for found in _WHOSE.finditer(sentence):
        if fold(found.group("who")) in mine:
            return found
    return None


# The subject named as someone's relative: "in honor of his wife Dr. Jane Roe's birthday", "my sister Jane is a
# resident there" (a brother's fundraiser), "Go raibh maith agaibh to Niamh and Orla's mam, Dr. Jane": the page
# names whose wife, sister or mother they are.
_AS_RELATIVE = re.compile(
    rf"(?P<kin>\b{_POSSESSOR.replace('our)', 'our|my)')}\s+(?:[a-z]+\s+){{0,2}}(?i:{_KIN})"
    rf"|{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*['’]s?\s+(?i:mom|mommy|mum|mam|mama|mother|dad|daddy|papa|father))"
    rf",?\s+{_TITLE}(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
)


def _subject_as_relative(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation whose relative is the subject, by a name of theirs ("his wife Dr. Yael", "my sister Shirin")."""
    mine = set(_names_of(ctx, m)) - _NOT_GIVEN
    for found in _AS_RELATIVE.finditer(sentence):
        if fold(found.group("name")) in mine and not business_partner(found.group("kin"), sentence):
            return found
    return None


_GENERATION = re.compile(r"\b(?:Sr|Jr|Senior|Junior|II|III|IV)\b\.?")


def _other_generation(text: str, m: Match) -> bool:
    """``text`` names a generation ("Sr.", "III") that the person the match chose does not bear: a father or a
    son of the same name."""
    own = {g.group().rstrip(".").lower() for g in _GENERATION.finditer(m.person.name if m.person else "")}
    return any(g.group().rstrip(".").lower() not in own for g in _GENERATION.finditer(text))


_NEAR = 60  # characters (a few words) either side of a relation in which a patient makes it a patient's family


def _patients_near(sentence: str, tied: re.Match[str]) -> bool:
    """A patient named near the relation: the family is the patient's ("a patient's mother"). Near, not anywhere
    in the sentence: a profile's text runs its blocks together without full stops ("OB-GYN, mom of Josie, Cary
    NC Josie's room … Postpartum recovery for patients"), and a board about patients far from the bio is no
    patient's family."""
    return bool(_OTHERS_FAMILY.search(sentence[max(0, tied.start() - _NEAR) : tied.end() + _NEAR]))


_SAME_NAME = 0.85  # a name score at which a tag is the subject's own name, a nickname of it too


def _kin_on_a_roster(ctx: Context, m: Match) -> tuple[str, str]:
    """A club's or school's page (not news, not a workplace) that lists the subject and someone else who bears
    their family name, with no credential: a child on the team roster, a spouse as team manager."""
    from footprint.assess.detectors.nearby import workplace_title

    if m.page.kind not in (PageKind.OTHER, PageKind.PERSONAL_SITE) or workplace_title(m.page.title):
        return "", ""
    mine = set(_names_of(ctx, m)) | _NOT_GIVEN
    family = fold(ctx.identity.subject.family_name or "")
    company = bool(_BUSINESS_ENTITY.search(m.page.title))
    # The people a team photo's caption names are on the roster too ("Front row: Nora Roe, Ava Poe").
    from footprint.match import name_score

    # Not the subject under another form of their name ("Memo Roe" for Guillermo).
    tagged = [
        PersonRecord(name=t) for ph in m.page.photos for t in ph.tagged if name_score(ctx.identity, t)[0] < _SAME_NAME
    ]
    for person in [*m.page.people, *tagged]:
        words = fold(person.name).split()
        kin = len(words) >= 2 and words[-1] == family and not mine & set(words[:-1]) and not person.credentials
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


def _kin_on_own_page(ctx: Context, m: Match) -> tuple[str, str]:
    """On the subject's own page: the couple a wedding site is of, or someone else who bears the subject's
    family name ("paid Danielle Kowalczyk" on their payments feed)."""
    if _COUPLE.search(_plain(m.page.title)):
        return m.page.title, m.page.title
    mine = set(_names_of(ctx, m))
    family = ctx.identity.subject.family_name or ""
    named = [p.name for p in m.page.people]
    named += [f.group() for f in re.finditer(rf"\b[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?{re.escape(family)}\b", m.page.text)]
    for name in named:
        words = fold(name).split()
        kin = len(words) >= 2 and words[-1] == fold(family) and not (mine | _NOT_GIVEN) & set(words[:-1])
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


# Words before a family name that are no given name: "Dr Quillfeather", "the Quillfeather family", "Pay Jane Roe".
_NOT_GIVEN = frozenset(
    {"the", "mr", "mrs", "ms", "mx", "dr", "doctor", "rev", "pay", "paid", "meet", "dear", "hi", "hello", "thanks",
     "love", "by", "from", "to", "with", "and", "team", "family", "house", "home", "congrats", "welcome"}
)  # fmt: skip


def own_kin(text: str) -> str:
    """The relative the subject names in their own words ("my wife Danielle"), or ""."""
    if _OTHERS_FAMILY.search(text):
        return ""
    tied = _OWN_TIED.search(text)
    return tied.group() if tied and not business_partner(tied.group(), text) else ""


_AT_WORK = re.compile(
    r"\b(?:dr\.?|m\.?d\.?|d\.?o\.?|practice|clinic|firm|business|company|medical|associates?|surgery|group|office"
    r"|colleague|co-?founder|joins?|joined|welcome)\b",
    re.I,
)


def business_partner(relation: str, sentence: str) -> bool:
    """ "My partner Dr. Lee joins the practice": a partner in a sentence about work is a colleague."""
    return bool(re.search(r"\bpartner\b", relation, re.I)) and bool(_AT_WORK.search(sentence))


# Pages where a street beside the subject's name is their home: not news (a story names the clinic's
# street), not a board's record (its address of record is the practice's).
HOME_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})
# A house number, then the street's words: named ("Larkspur") or numbered ("E 97th", "W 5th").
# A house number starts the street; a number that is the end of another (a time "2:14:07", "4,210"), the next cell
# after a time ("5:58:31 17 Dana Whitlow St Paul ...") or a bib, ticket or list number ("Bib 2045", "#12", "No. 40")
# is none. A number after a year is a street's again ("Listed June 2021 88 Elm Hollow Rd": lines run together).
STREET = re.compile(
    r"(?<![\d][:,./])(?<!:\d\d )(?<!bib )(?<!bib# )(?<!#)(?<!# )(?<!no\. )(?<!no )"
    r"\b\d{2,6}\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Za-z][A-Za-z'-]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
    r"(?:St|Street|Rd|Road|Dr|Drive|Ave|Avenue|Ln|Lane|Ct|Court|Way|Blvd|Boulevard|Pl|Place|Cir|Circle|Ter|Terrace"
    r"|Pkwy|Parkway|Trl|Trail|Row|Loop|Run|Pass|Cove|Hwy|Highway)\b\.?",
    re.I,
)
_HOUSE_STREET = re.compile(STREET.pattern.replace(r"\b\d{2,6}\s+", r"\b\d{1,6}\s+", 1), re.I)
WORKPLACE = re.compile(
    r"\b(?:clinic|hospital|practice|office|suite|ste|medical|health|center|centre|pharmacy|address of record"
    r"|pavilion|institute|associates|physicians|providers|find a doctor)\b",
    re.I,
)


def home_in_text(ctx: Context, m: Match) -> list[tuple[Address, str]]:
    """(street, sentence) for each street written in a sentence about the subject's household. In a news story
    (a community paper, a bulletin read as news) only in a sentence that says it is a house, in any language
    ("the pickup is at their house, 34 Elm Crest Rd"): a story's other streets are the clinic's."""
    news = m.page.kind == PageKind.NEWS
    if m.page.kind not in HOME_KINDS and not news:
        return []
    found: list[tuple[Address, str]] = []
    previous = False
    for sentence in sentences(m.page.text):
        about = _names_subject(ctx, sentence, household=True)
        at_work = bool(WORKPLACE.search(sentence))
        streets = [
            s
            for s in STREET.finditer(sentence)
            if not _letterhead(m.page.title, sentence[: s.start()]) and not _VENUE_BEFORE.search(sentence[: s.start()])
        ]
        # Minutes, a blotter or a tour list give a resident's street after their name, a one-digit house number
        # too: "Lot 14, Paul and Dr. Jane Roe, 7 Elm Crest Ln: rear fence".
        named = [s for s in _HOUSE_STREET.finditer(sentence) if after_the_name(ctx, sentence[: s.start()])]
        streets += [s for s in named if s.group() not in {t.group() for t in streets}]
        if news and not stem("house", sentence):
            streets = named  # any other street in a story is the clinic's
            if not streets:
                previous = about and not at_work
                continue
        if (about or previous) and not at_work and not _OTHERS_FAMILY.search(sentence):
            found += [(Address(street=s.group().rstrip(".")), sentence) for s in streets if _proper(s.group())]
        previous = about and not at_work  # the sentence after one about their clinic is about the clinic
    return found


# A place named before the street: "Services at Elm Hollow Ward, 2850 E Elm Hollow Ln", "meet at Lakeside Park Pavilion,
# 12 Shore Dr". The street is that place's, not the household's.
_VENUE_BEFORE = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w.&-]*[a-z.],\s*$")


def after_the_name(ctx: Context, before: str) -> bool:
    """``before`` (a sentence up to a street) ends with the subject's family name and a comma, alone or as the
    second of a couple ("Dr. Jane Roe, ", "Sam and Dr. Jane Roe, ", "Dr. Jane Roe and Sam Poe, ")."""
    subject = ctx.identity.subject
    families = [subject.family_name or "", *(n.split()[-1] for n in subject.also_known_as if n.split())]
    for family in {f for f in families if len(f) > 1}:
        couple = r"(?:\s+(?:and|&)\s+(?:Dr\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})?"
        if re.search(rf"\b{re.escape(family)}{couple},\s*$", before):
            return True
    return False


_SEPARATOR = re.compile(r"[\s|·•,:–—-]*$")


def _proper(street: str) -> bool:
    """A street's name is a proper name, written capitalised on a page someone edited (a bulletin, a club's
    site): "34 Elm Crest Rd", "118 W LARCH RUN CT". A number then common words then "Dr" is a count or a year
    before a doctor's title ("the 2025 guests Dr. Roe and Dr. Poe", "3 talks Dr Poe gave"), not a drive. (A
    person's own quick post may write a street in lower case: :func:`own_words.homes_in_posts` does not ask
    this.)"""
    words = street.split()[1:-1]
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _letterhead(title: str, before: str) -> bool:
    """The street comes right after a name the page's title gives, as a letterhead or a footer writes the
    organisation's own address ("Roe-Poe Funeral Home · 200 S Main St" on the page titled "Our Staff | Roe-Poe
    Funeral Home"): the business's address, not the household's, whoever's family name the business bears."""
    head = _plain(_SEPARATOR.sub("", before))
    segments = [_plain(x) for x in re.split(r"\s+[|·•–—-]\s+", title)]
    return any(len(seg.split()) >= 2 and head.endswith(seg) and "family" not in seg for seg in segments)
