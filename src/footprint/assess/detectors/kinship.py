"""Family named in the running text of a community page: a wedding announcement, an obituary, a parish
bulletin, a school newsletter, a fundraiser, a community paper in the family's language.

Such pages rarely mark up relatives; they write them in a sentence about the subject: "Dr. Park is the
daughter of Elder Park Jong-ho", "survived by his son Dr. Robert (Danielle) Kowalczyk", "Dr. de la Cruz
(mom of Mateo and Lucía Ortega)", "the birth of their son, Ji-ho". A sentence counts when it names the
subject (or starts with "She", "He", "The bride" right after one that does), ties a relation to the subject
(a possessive, "daughter of", "married", "survived by") and names the relative; a sentence about a patient's
family does not count. Couples and rosters, where no sentence ties anyone, are :mod:`kin_lists`'s.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, hits, stem
from footprint.assess.detectors.captioned_children import subject_with_children
from footprint.assess.detectors.couple_of_a_town import couple_of_a_town
from footprint.assess.detectors.family_captions import couple_with_children, couple_with_children_listed
from footprint.assess.detectors.kin_lists import (
    NAME_WORD,
    child_in_row,
    couple,
    family_group,
    family_line,
    household,
    kin_on_a_roster,
    kin_on_own_page,
    parent_in_row,
    school_page,
    shared_home,
)
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.streets import STREET
from footprint.assess.detectors.subject_text import (
    FOLLOWS,
    KIN_KINDS,
    NAMED,
    NOT_GIVEN,
    OTHERS_FAMILY,
    PLACE_BEFORE,
    names_of,
    names_subject,
    owns_page,
)
from footprint.identity import fold, given_name_forms
from footprint.models import Match

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
# Capitalised words after "married" that are a time, not the partner: "married Saturday", "married in June"; and
# after "Wed", a forum post's date ("by jane_r » Wed Sep 16, 2026") or the next day of a timetable's header row
# ("Mon Tue Wed Thu Fri" on a clinic's call schedule, a class timetable, opening hours). "Sun" stays a name.
_NOT_A_NAME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Last|This|Next|In|On|At"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b"
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
# A parent's post of a child's school year by name: "First day of 2nd grade for Leilani", "Ava's first day of
# kindergarten": their child, their grade and often their school. A child's first time on a team or a stage is
# written the same way: "Erik's first game with the 14U Flyers", "Maya's first recital" (not a colleague's "first
# day", nor a friend's "first marathon").
_SCHOOL_YEAR = r"(?i:pre-?k|preschool|kindergarten|\d{1,2}(?:st|nd|rd|th)\s+grade|(?:middle\s+|high\s+)?school|college)"
_CHILD_FIRST = (
    r"(?i:first\s+(?:(?:real|big|official|ever|varsity|travel)\s+)?(?:game|goal|hat[- ]trick|recital|tournament"
    r"|(?:swim\s+)?meet|steps|tooth|words?|communion|haircut|t-?ball|little\s+league))\b"
)
# Children named by who minds them while the parents travel, in the parent's own words: "Nora and Will are at Grandma
# O's all week", "Priya and I left Wren with my mother", "Mateo has a tournament so he's staying with his grandma".
_GRANDPARENT = r"(?i:grandma|grandpa|grandmother|grandfather|grandparents|granny|gran|nana|oma|opa|abuela|abuelo)\b"
_MY_PARENTS = r"(?i:my|our)\s+(?i:mother|mom|mum|father|dad|parents|in-laws|mother-in-law|father-in-law)\b"
_MINDED = (
    rf"\b{NAME_WORD}(?:,?\s+(?:and|&)\s+{NAME_WORD})?\s+(?:is|are|will\s+be|(?:is|are)\s+staying|stays?)\s+(?:at|with)\s+"
    rf"(?:(?i:his|her|their|my|our)\s+)?{_GRANDPARENT}"
    rf"|\b(?i:left|leaving|dropped\s+off)\s+{NAME_WORD}(?:,?\s+(?:and|&)\s+{NAME_WORD})?\s+(?i:with|at)\s+(?:{_MY_PARENTS}|{_GRANDPARENT})"
    rf"|\b{NAME_WORD}\b[^.!?;]{{0,80}}?\b(?i:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?i:staying)\s+(?i:with|at)\s+"
    rf"(?i:his|her|their)\s+{_GRANDPARENT}"
)
# A parent's blog names the children with their ages in brackets: "Every year Olivia (9) and Ethan (6) help".
_AGE = r"\((?:age\s+)?(?:1[0-7]|[1-9])\)"
_AGED_CHILDREN = rf"\b{NAME_WORD}\s+{_AGE}(?:,\s+{NAME_WORD}\s+{_AGE})*,?\s+(?:and|&)\s+{NAME_WORD}\s+{_AGE}"
# A parent's own words giving the children's ages: "for our 6 and 4 year olds", "my 3-year-old", "our two-year-old".
_NUMBER = r"(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGED_OWN = (
    rf"\b(?i:our|my)\s+(?:{_NUMBER}(?:,\s*|\s+(?:and|&)\s+|-|\s+)){{0,3}}?(?i:{_NUMBER})[- ](?i:years?|yr|month)[- ]"
    r"(?:olds\b|old\b(?!\s+(?:[A-Z]|(?:car|truck|dog|cat|puppy|kitten|horse|house|home|roof|laptop|phone|boat|"
    r"furnace|fridge|mattress|couch|tree|business|practice|blog)s?\b)))"
)
_OWN_TIED = re.compile(
    rf"{_AGED_CHILDREN}|{_AGED_OWN}|\b(?i:my|our)\s+{_RELATIVE}|\b(?i:{_KIN})\s+of\s+the\s+(?i:bride|groom)(?!s?(?:maid|man|men))"
    rf"|\b(?i:first\s+day\s+of)\s+{_SCHOOL_YEAR}\s+(?i:for)\s+{_NAME}|\b{_NAME}['’]s\s+(?i:first\s+day\s+of)\s+{_SCHOOL_YEAR}"
    rf"|\b[A-ZÀ-ÖØ-Þ][\w-]+['’]s\s+{_CHILD_FIRST}|{_MINDED}"
)


def _possessed(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """ "Dr. Kowalczyk's wife Danielle", "Seoyeon's brother Minjun": a relative tied to the subject's name."""
    for found in re.finditer(rf"\b([A-ZÀ-ÖØ-Þ][\w-]+)['’]s\s+{_RELATIVE}", sentence):
        if fold(found.group(1)) in names_of(ctx, m):
            return found
    return None


def _theirs_named(mine: set[str], sentence: str) -> bool:
    """The sentence names a household's relative with "their" ("Ruth brought cocoa, and their twins Hannah and little
    Zeke built a snow fort"): after a sentence about the subject, the couple's, the subject's family. Not when another
    household or another whole name comes first ("the Hendersons brought cocoa, and their son Max ...")."""
    for tied in _TIED.finditer(sentence):
        if tied.group().split()[0].lower() != "their":
            continue
        head = sentence[: tied.start()]
        others = [n for n in NAMED.finditer(head) if not mine & set(fold(n.group()).split())]
        return not others and not _HOUSEHOLD_NAMED.search(head)
    return False


# Another household by its family name: "the Hendersons", "the Poes".
_HOUSEHOLD_NAMED = re.compile(r"\bthe\s+[A-Z][\w'’-]+s\b")


def _tied_to_subject(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation tied to the subject: "her husband Erik" counts only when the last person named before "her"
    is the subject ("Dr. Roe thanked Dr. Poe and his wife Mary": Mary is the colleague's)."""
    mine = set(names_of(ctx, m))
    for tied in _TIED.finditer(sentence):
        pronoun = tied.group().split()[0].lower()
        head = sentence[: tied.start()]
        # A capitalised name after "on", "in", "at" is where, not who: "summers at the cabin on West Lake
        # Okoboji with her husband" leaves the sentence's subject the one "her" refers to.
        # Nor is a street ("Jane Roe (4418 W Hillside Dr) asked ... where her son Max crosses": Hillside Dr is no one).
        streets = [s.span() for s in STREET.finditer(head)]
        before = [
            n
            for n in NAMED.finditer(head)
            if not PLACE_BEFORE.search(head[: n.start()]) and not any(a <= n.start() < b for a, b in streets)
        ]
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
    said = list(sentences(m.page.text))
    for at, sentence in enumerate(said):
        whose = _whose_parent(ctx, m, sentence) or _subject_as_relative(ctx, m, sentence)
        if whose is not None:
            named = whose.groupdict()
            return named.get("kin") or named.get("player") or named["pupil"], sentence
        about = names_subject(ctx, sentence, chosen=chosen) or (
            previous and (bool(FOLLOWS.match(sentence)) or _theirs_named(set(names_of(ctx, m)), sentence))
        )
        previous = about
        tied = (_tied_to_subject(ctx, m, sentence) or _possessed(ctx, m, sentence) if about else None) or (
            _OWN_TIED.search(sentence) if own else None
        )
        if tied and not business_partner(tied.group(), sentence) and not _patients_near(sentence, tied):
            return tied.group(), sentence
        if about and (aged := _children_told_next(ctx, m, sentence, said[at + 1 : at + 1 + _FOLLOW_ON])):
            return aged
    pair = couple(ctx, m) or household(ctx, m) or family_line(ctx, m) or child_in_row(ctx, m) or shared_home(ctx, m)
    pair = pair or family_group(ctx, m) or parent_in_row(ctx, m) or couple_with_children(ctx, m)
    pair = pair or subject_with_children(ctx, m)
    pair = pair or couple_with_children_listed(ctx, m) or couple_of_a_town(m)
    if pair:
        return pair, pair
    if own:
        return kin_on_own_page(ctx, m)
    return kin_on_a_roster(ctx, m)


# "if his sons could come": the subject's children, unnamed, which the next sentences name with their ages.
_UNNAMED_CHILDREN = re.compile(r"\b(?i:his|her|their)\s+(?i:sons|daughters|kids|children|boys|girls|twins)\b")


def _children_told_next(ctx: Context, m: Match, sentence: str, after: list[str]) -> tuple[str, str] | None:
    """(the children as written, the sentences) when ``sentence``, which names the subject, mentions their children
    without naming them ("My neighbor Arman Petrosyan agreed if his sons could come") and one of the next sentences
    names a child with their age ("Davit (12) beat us all to the crest"), as a friend's blog tells a family outing;
    None otherwise, or when the pronoun is another person's named before it."""
    unnamed = _UNNAMED_CHILDREN.search(sentence)
    if unnamed is None or not _own_before(ctx, m, sentence[: unnamed.start()]):
        return None
    for later in after:
        aged = _AGED_NAME.search(later)
        if aged is not None and not OTHERS_FAMILY.search(later):
            return f"{unnamed.group()}: {aged.group()}", f"{sentence} {later}"
    return None


def _own_before(ctx: Context, m: Match, head: str) -> bool:
    """The last person ``head`` names is the subject (so a "his" after it is theirs): names after the subject's that
    open with no given name ("agreed to La Luz") are places, not people."""
    from footprint.extract.personhood import given_name

    mine = set(names_of(ctx, m))
    before = [n for n in NAMED.finditer(head) if not PLACE_BEFORE.search(head[: n.start()])]
    at = next((i for i in range(len(before) - 1, -1, -1) if mine & set(fold(before[i].group()).split())), None)
    return at is not None and not any(given_name(n.group().split()[0]) for n in before[at + 1 :])


# A sentence ends at a full stop of any script: Latin, Chinese and Japanese "。", Amharic "።", Arabic "؟", Armenian "։".
_ANY_SENTENCE_END = re.compile(r"(?<=[.!?。！？።؟։])\s*")
_FOLLOW_ON = 2  # sentences after one naming the subject that a paper written in their language still writes about them


def kin_in_another_language(ctx: Context, m: Match) -> tuple[str, str]:
    """(the relation as written, its sentence) on a community paper or bulletin written in another language:
    its sentences name the subject in Latin letters once ("BS. Nguyễn Thị Thu Hằng (Hang T. Nguyen, MD)",
    "謝雨婷醫師 (HSIEH Yu-Ting, MD)") and go on in their own script, in which a name cannot be read: a kinship word
    of that language in the sentence naming them or in the next two ties a relative to them. A patient named
    near it makes the family the patient's."""
    if m.page.kind not in KIN_KINDS or any(not p.video for p in m.page.posts):
        return "", ""  # a thread's posts are each their writer's: "남편이 ..." is the asker's husband
    # The family name the match chose them under, when it is a name ("Greene"), not a handle ("jh_nsgy").
    named = m.person.name.split(",")[0].split() if m.person is not None else []
    chosen = named[-1] if len(named) >= 2 and named[-1].isalpha() and named[-1][:1].isupper() else ""
    after = -1  # sentences left in which the subject is still the topic
    for sentence in _ANY_SENTENCE_END.split(" ".join(m.page.text.split())):
        after = _FOLLOW_ON if names_subject(ctx, sentence, chosen=chosen) else after - 1
        if after < 0:
            continue
        found = hits("kin_other_language", sentence)
        relation = found[0].group() if found else stem("kin_other_script", sentence)
        if relation and not hits("patient_other_language", sentence) and not OTHERS_FAMILY.search(sentence):
            return relation, sentence
    return "", ""


# Whose parent, spouse or relative someone is, in brackets after their name, as a school's or team's list writes
# it: "Jane Roe (Emi's mom)", "Dr. Jane (Kai and Emi's mom)", "Sam Poe (Ava's grandpa)"; a newsletter adds the
# child's initial and grade or class: "Dr. Jane Roe (Maisie R.'s mom, 8th grade)".
_CHILD = r"[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+[A-ZÀ-ÖØ-Þ]\.)?"
_WHOSE = re.compile(
    rf"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*\(\s*(?P<kin>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*"
    r"['’]s?\s+(?i:mom|mommy|mum|mama|mother|dad|daddy|papa|father|parents?|wife|husband|spouse|grandma|grandpa"
    r"|grandmother|grandfather|nana|aunt|auntie|uncle|sister|brother|daughter|son))\s*[),;]"
    # A team's contact list or a booster roster writes the player a parent is there for, with the jersey
    # number: "Team manager Jane Roe (Erik T. #17)", "Sam Poe (Ava, #9)".
    rf"|(?P<parent>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*\(\s*(?P<player>{_CHILD},?\s+(?:#|No\.\s*)\d{{1,3}})\s*\)"
)


# A school's newsletter thanks a parent, or two, with their child's name and class in brackets: "Jane Roe (June, Ms.
# Ortiz's 3rd grade)", "Jane Roe and Sam Poe (Tess, Primary Room 2)".
_PUPIL = re.compile(
    rf"(?P<pupil_parent>[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)?\s*"
    rf"\(\s*(?P<pupil>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*),\s*[^()]{{0,40}}?"
    r"\b(?i:grade|room|class|kindergarten|pre-?k|preschool|homeroom|year\s+\d{1,2}|form\s+\d|\d{1,2}(?:st|nd|rd|th))\b"
    r"[^()]*\)"
)
# A child with their grade and teacher in brackets, as a parent writes their helpers on a school's sign-up: "Maren
# (1st, Mrs. Ortiz) and Anders (4th, Mr. Haugland)".
_CHILD_GRADE = (
    r"[\"“]?\s*(?P<pupil>[A-ZÀ-ÖØ-Þ][\w-]+)\s*\(\s*(?:\d{1,2}(?:st|nd|rd|th)(?:\s+grade)?|K|kindergarten|pre-?k)\s*,\s*"
    r"(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+\s*\)"
)


def _whose_parent(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation in brackets right after the subject's name ("Haruka Greene (Emi's mom)"): the person
    named is the subject's relative. After anyone else's name it is theirs: the names are the subject's and
    the chosen person's, never a page's first person the match did not choose."""
    subject = ctx.identity.subject
    names = [subject.given_name or "", subject.family_name or "", *" ".join(subject.also_known_as).split()]
    names += m.result.person.name.split() if m.result.person is not None else []
    mine = {fold(n) for n in names if len(fold(n)) > 1} - NOT_GIVEN
    for found in _WHOSE.finditer(sentence):
        if fold(found.group("who") or found.group("parent")) in mine:
            return found
    if school_page(m):
        for found in _PUPIL.finditer(sentence):
            if fold(found.group("pupil_parent")) in mine:
                return found
        family = re.escape(subject.family_name or "")
        said = re.search(rf"\b{family}\b[^()\d]{{0,40}}?{_CHILD_GRADE}", sentence) if family else None
        if said is not None:
            return said
    return None


# The subject named as someone's relative: "in honor of his wife Dr. Jane Roe's birthday", "my sister Jane is a
# resident there" (a brother's fundraiser), "Go raibh maith agaibh to Niamh and Orla's mam, Dr. Jane": the page
# names whose wife, sister or mother they are.
_AS_RELATIVE = re.compile(
    rf"(?P<kin>\b{_POSSESSOR.replace('our)', 'our|my)')}\s+(?:[a-z]+\s+){{0,2}}(?i:{_KIN})"
    rf"|{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*['’]s?\s+(?i:mom|mommy|mum|mam|mama|mother|dad|daddy|papa|father)"
    # A family's blog calls them by the relation, capitalised as a title: "Uncle Lorcan with Nora (15)", "Grandpa
    # Brose teaching Juniper (6) to cast".
    r"|\b(?:Uncle|Aunt|Auntie|Grandpa|Grandma|Granddad|Grandad|Grandpop|Granny|Gramps|Nana|Cousin)(?=\s+[A-Z][a-z]))"
    rf",?\s+{_TITLE}(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
)


def _subject_as_relative(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation whose relative is the subject, by a name of theirs ("his wife Dr. Yael", "my sister Shirin")."""
    mine = set(names_of(ctx, m)) - NOT_GIVEN
    for found in _AS_RELATIVE.finditer(sentence):
        named = fold(found.group("name"))
        if (named in mine or _given_form(ctx, named)) and not business_partner(found.group("kin"), sentence):
            return found
    return None


def _given_form(ctx: Context, word: str) -> bool:
    """``word`` is what a family calls the subject: an everyday form of the given name ("Brose" for Ambrose) or
    its clipping ("Raff" for Rafferty, at least four letters: "Al" is a dozen names)."""
    given = fold(ctx.identity.subject.given_name or "")
    if not given or not word:
        return False
    return word in given_name_forms(given) or (len(word) >= 4 and given.startswith(word))


_NEAR = 60  # characters (a few words) either side of a relation in which a patient makes it a patient's family


def _patients_near(sentence: str, tied: re.Match[str]) -> bool:
    """A patient named near the relation: the family is the patient's ("a patient's mother"). Near, not anywhere
    in the sentence: a profile's text runs its blocks together without full stops ("OB-GYN, mom of Josie, Cary
    NC Josie's room … Postpartum recovery for patients"), and a board about patients far from the bio is no
    patient's family."""
    return bool(OTHERS_FAMILY.search(sentence[max(0, tied.start() - _NEAR) : tied.end() + _NEAR]))


# A parent speaking as one ("Proud dad moment", "hockey mom life", "#momlife") about a child named with the age in
# brackets ("Luka (14) took third in the U16 sprint"): their child, named.
_PARENT_SELF = re.compile(
    r"\b(?i:proud|hockey|soccer|ski|swim|dance|band|boy|girl|sports)\s+(?i:dad|mom|mum|mama|papa|parent|father"
    r"|mother)\b(?!['’])|#(?i:dad|mom|mum|parent)(?i:life|moment)\b|\b(?i:dad|mom|mum|parent)\s+(?i:moment|win|life|brag)\b"
)
_AGED_NAME = re.compile(rf"\b{NAME_WORD}\s+{_AGE}")


def own_kin(text: str) -> str:
    """The relative the subject names in their own words ("my wife Danielle"), or "". Not, except for "my <relative>",
    in a sentence about a patient ("a patient's daughter Anna"): a post's other sentences ("they will think I'm a
    patient") do not make its "our 6 and 4 year olds" anyone else's."""
    for tied in _OWN_TIED.finditer(text):
        start = max(text.rfind(end, 0, tied.start()) for end in (". ", "! ", "? ", "\n"))
        ends = [i for i in (text.find(end, tied.end()) for end in (". ", "! ", "? ", "\n")) if i >= 0]
        sentence = text[start + 1 : min(ends, default=len(text))]
        # "my daughter Nora" is the writer's own, whatever patient the sentence names besides ("I can't leave a
        # patient in labor to pick up my daughter Nora"); other ties are a patient's family in a sentence about one.
        mine = re.match(r"(?i:my)\s", tied.group()) is not None
        if (mine or not OTHERS_FAMILY.search(sentence)) and not business_partner(tied.group(), sentence):
            return tied.group()
    aged = _AGED_NAME.search(text) if _PARENT_SELF.search(text) and not OTHERS_FAMILY.search(text) else None
    return aged.group() if aged else ""


_AT_WORK = re.compile(
    r"\b(?:dr\.?|m\.?d\.?|d\.?o\.?|practice|clinic|firm|business|company|medical|associates?|surgery|group|office"
    r"|colleague|co-?founder|joins?|joined|welcome)\b",
    re.I,
)


def business_partner(relation: str, sentence: str) -> bool:
    """ "My partner Dr. Lee joins the practice": a partner in a sentence about work is a colleague."""
    return bool(re.search(r"\bpartner\b", relation, re.I)) and bool(_AT_WORK.search(sentence))
