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
    shared_home,
)
from footprint.assess.detectors.kin_words import KIN, NAME, NOT_A_NAME, POSSESSOR, business_partner
from footprint.assess.detectors.named_as_relative import subject_as_relative, whose_parent
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.streets import STREET
from footprint.assess.detectors.subject_text import (
    FOLLOWS,
    KIN_KINDS,
    NAMED,
    OTHERS_FAMILY,
    PLACE_BEFORE,
    called_by_given,
    chosen_family,
    names_of,
    names_subject,
    owns_page,
)
from footprint.identity import fold
from footprint.models import Match

# The relative's name may follow an appositive in lower case: "her husband, cardiologist Dr. Paul Church", "his
# wife, fellow surgeon Ana Poe", "their son, a junior, Max". A preposition starts no appositive: "their parents on
# anxiety, ADHD" names a topic after the relation, not a relative.
_PREPOSITION = r"(?:on|in|at|of|for|with|about|from|to|by|into|through|during|after|before|over|under|around|since)\b"
_APPOSITIVE = rf"(?:(?:a|an|the|fellow)\s+)?(?:(?!{_PREPOSITION})[a-z][\w-]+,?\s+){{0,2}}"
_RELATIVE = rf"(?:[a-z]+\s+){{0,2}}(?i:{KIN}),?\s+(?:of\s+\d+\s+years,?\s+)?{_APPOSITIVE}{NAME}"
_TIED = re.compile(
    rf"(?:\b{POSSESSOR}\s+{_RELATIVE}"
    rf"|\b(?i:and)\s+(?i:husband|wife|spouse|fianc[ée]e?)\s+{NAME}"
    # A photo caption's way, with no possessive: "Jane Roe with son Max, 9", "... and daughters Ava (12) and Mia".
    rf"|\b(?i:with|and)\s+(?i:{KIN}),?\s+{NAME}"
    rf"|(?:\b(?i:is|was|as)\s+(?:the\s+|a\s+)?|[(,]\s*(?:the\s+|a\s+)?|\b(?i:beloved|loving|devoted)\s+)"
    rf"(?i:proud\s+)?(?i:{KIN})\s+of\s+{NAME}"
    rf"|\b(?i:were married|was married|married to|(?:is|are) survived by|survived by|preceded in death by)\b"
    # A wedding or an engagement with the partner's name: "married Henrik Kessel in Astoria", "is getting
    # married this fall to Elias Mansour", "engaged to Sam Poe" (not "married Saturday").
    rf"|\b(?i:married|marries|marrying|weds?)\s+(?!{NOT_A_NAME}){NAME}"
    rf"|\b(?i:getting married|to be married|will be married|engaged|betrothed)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?i:to)\s+"
    rf"(?!{NOT_A_NAME}){NAME})"
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
    rf"{_AGED_CHILDREN}|{_AGED_OWN}|\b(?i:my|our)\s+{_RELATIVE}|\b(?i:{KIN})\s+of\s+the\s+(?i:bride|groom)(?!s?(?:maid|man|men))"
    rf"|\b(?i:first\s+day\s+of)\s+{_SCHOOL_YEAR}\s+(?i:for)\s+{NAME}|\b{NAME}['’]s\s+(?i:first\s+day\s+of)\s+{_SCHOOL_YEAR}"
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
    chosen = chosen_family(m)
    said = list(sentences(m.page.text))
    for at, sentence in enumerate(said):
        whose = whose_parent(ctx, m, sentence) or subject_as_relative(ctx, m, sentence)
        if whose is not None:
            named = whose.groupdict()
            return named.get("kin") or named.get("kin_apposed") or named.get("player") or named["pupil"], sentence
        # "... it was also Gus's 48th birthday, so he rode ...": the given name the page calls the subject by.
        about = (
            names_subject(ctx, sentence, chosen=chosen)
            or _given_named(ctx, m, sentence)
            or (
                previous
                and (
                    bool(FOLLOWS.match(sentence))
                    or _theirs_named(set(names_of(ctx, m)), sentence)
                    # "Her husband Graham ran a cord" after a sentence whose last person named is the subject.
                    or (bool(_HIS_HER.match(sentence)) and _own_before(ctx, m, said[at - 1]))
                )
            )
        )
        if previous and (addressed := _ADDRESSED.match(sentence)) is not None:
            # "Lucie and Remy, your dad still cannot bunny hop.", right after a sentence about him: his children.
            return addressed.group(), sentence
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


_HIS_HER = re.compile(r"^(?:his|her)\b", re.I)
# Named people told whose child they are, addressed: "Lucie and Remy, your dad still cannot bunny hop".
_ADDRESSED = re.compile(
    rf"^\W*(?!{NOT_A_NAME})[A-Z][\w'’-]+(?:,\s+(?!{NOT_A_NAME})[A-Z][\w'’-]+)*\s+(?:and|&)\s+(?!{NOT_A_NAME})[A-Z][\w'’-]+,"
    r"\s+your\s+(?:dad|daddy|father|mom|mommy|mother|mum|mama|papa)\b"
)
_WORD = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)?\b")


def _given_named(ctx: Context, m: Match, sentence: str) -> bool:
    """The sentence calls the subject by the given name the page knows them by, no one else on the page having it."""
    return any(called_by_given(ctx, m, w.group(1)) for w in _WORD.finditer(sentence))


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
