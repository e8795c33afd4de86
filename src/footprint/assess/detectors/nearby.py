"""Personal details written beside the subject's name in running text, on pages that mark up no record.

A people-search page read as a plain page ("Jane Roe  Female, 36 years old  Aurora, CO"), a club's
roster ("Team doctor (volunteer): Dr. Jane Roe · (555) 555-0177"), a personal page ("Jane Roe, 41, of
Fargo"): the age or the phone right after the subject's full name is theirs. A detail after someone
else's name, a phone in a sentence about a workplace, or on a page whose title is a workplace's, is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, hit
from footprint.assess.detectors.records import sentences
from footprint.extract.entities import emails_in, normalise_phone
from footprint.extract.mentions import SIGNED
from footprint.models import Match, PageKind
from footprint.specialties import groups_of

# Pages where a detail beside the name is not the practice's: no listing, no news story, no board record.
TEXT_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.SOCIAL_PROFILE})
_REACH = 70  # characters after the name in which a detail is still about them
_ASIDE = re.compile(r"\s*\([^()]{1,200}\)")
_AGE = re.compile(
    r"^[\s,·|()-]*(?:(?:fe)?male[\s,·|-]*)?(?:"
    r"(?:age[ds]?|aged)\s*:?\s*(?P<a>\d{2})\b"
    r"|(?P<b>\d{2})\s*(?:years?|yrs?)[\s-]*old\b"
    r"|(?P<c>\d{2})\s*,\s*(?:of|from)\b"
    r"|(?:who\s+)?(?:turn(?:s|ed|ing)|celebrat\w+\s+(?:her|his|their))\s+(?P<d>\d{2})(?:th|st|nd|rd)?\b"
    r"|\(\s*(?P<e>\d{2})\s*\)"
    # A club's birthday list: "Happy birthday to Jane Roe, 39 on October 14".
    r"|(?P<g>\d{2})\s+on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|(?:was\s+)?born\s+(?:in|on)?\s*(?P<f>(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?(?:19|20)\d\d)\b)",
    re.I,
)
_PHONE = re.compile(r"\(?\b[2-9]\d{2}\)?[\s.-]*[2-9]\d{2}[\s.-]*\d{4}\b")
_WORK = re.compile(
    r"\b(?:clinic|hospital|practice|office|suite|medical|health|center|centre|pharmacy|physicians|associates"
    r"|appointments?|scheduling line|fax|main line|front desk|urgent care)\b",
    re.I,
)
_OTHER_NAME = re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+\b")


def _name_pattern(ctx: Context, m: Match) -> re.Pattern[str] | None:
    """The subject's full name as a page may write it: any given name they go by, then the family name."""
    subject = ctx.identity.subject
    family = subject.family_name or ""
    given = {subject.given_name or "", *(a.split()[0] for a in subject.also_known_as if a.split())}
    if m.person is not None and len(m.person.name.split()) >= 2:
        given.add(re.sub(r"^(?:dr\.?|doctor)\s+", "", m.person.name, flags=re.I).split()[0])
    given = {g for g in given if len(g) > 1}
    # The family name the page writes them by: a married or former name the match chose them under ("Haruka
    # Greene" for Nishimoto), or one the user gave.
    chosen = m.result.person.name.split(",")[0].split() if m.result.person is not None else []
    families = {family, *(a.split()[-1] for a in subject.also_known_as if len(a.split()) > 1)}
    if len(chosen) >= 2 and chosen[-1][:1].isupper() and len(chosen[-1]) > 1:
        families.add(chosen[-1])
    families = {f for f in families if len(f) > 1}
    if not family or not given:
        return None
    alts = "|".join(sorted((re.escape(g) for g in given), key=len, reverse=True))
    last = "|".join(sorted((re.escape(f) for f in families), key=len, reverse=True))
    # The middle name written out ("Ana Paula Lima") or as an initial ("Jane Q. Roe").
    middles = {w for n in (subject.middle_name or "", *(" ".join(a.split()[1:-1]) for a in subject.also_known_as))
               for w in n.split() if len(w) > 1}  # fmt: skip
    middle = "".join(rf"|{re.escape(w)}\s+" for w in sorted(middles))
    # The page's text runs blocks together ("| FindAnyoneJane Roe"): a capital after a small letter starts a word.
    start = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
    credential = r"(?:,?\s+(?:MD|DO|M\.D\.|D\.O\.)\b)?"
    # A results table or a roster writes the family name first: "Mutasa, Tendai M 46 Eugene OR".
    turned = rf"(?:{last}),\s+(?:{alts})\b(?:\s+[A-Z]\.(?!\w))?"
    return re.compile(rf"{start}(?:(?:{alts})\s+(?:[A-Z]\.?\s+{middle})?(?:{last})\b{credential}|{turned})", re.I)


def _after_names(ctx: Context, m: Match) -> Iterator[tuple[str, str]]:
    """The text right after each mention of the subject's full name, cut before the next person's name."""
    if m.page.kind not in TEXT_KINDS:
        return
    pattern = _name_pattern(ctx, m)
    if pattern is None:
        return
    text = m.page.text
    for found in pattern.finditer(text):
        # An aside in brackets after the name is still about them, however long: "Dr. Jane Roe (Jack's mom; yes,
        # the kids' anesthesia doctor!) jroe83@example.com". The reach starts after it.
        aside = _ASIDE.match(text, found.end())
        end = aside.end() if aside else found.end()
        after = text[found.end() : end + _REACH]
        # A name inside the aside is theirs too ("Lexi Roe (our team doc, Dr. Alex Roe)"): the cut comes after it.
        other = _OTHER_NAME.search(after, end - found.end())
        yield found.group(), after[: other.start()] if other else after


def workplace_title(title: str) -> bool:
    """The page's title is a workplace's: a clinic, a hospital, a specialty, a doctor's title or credential. A
    street in the title is none: the "Dr" of "38 Longleaf Crest Dr" (a house's listing) is a drive."""
    from footprint.assess.detectors.streets import STREET

    title = STREET.sub(" ", title)
    return bool(_WORK.search(title) or hit("title_or_credential", title) or groups_of(title))


# A results table's or a roster's header with an age column right after the name's ("Place Bib Name Age Club Time",
# "Runner Sex Age"): there the number after each name is that person's age.
_AGE_COLUMN = re.compile(
    r"\b(?:name|runner|athlete|sculler|rower|swimmer|cyclist|rider|skier|paddler|golfer|participant|competitor"
    r"|entrant)\s*[|·]?\s*(?:(?:sex|gender|m/f)\s*[|·/]?\s*)?age\b",
    re.I,
)
_IN_AGE_COLUMN = re.compile(r"^[\s|·]*(?:[MFW]\s*[|·]?\s+)?(\d{2})(?=[\s|·]|$)")


def age_in_text(ctx: Context, m: Match) -> str:
    """ "36 years old", "age 52", "born in 1971" right after the subject's name, or the number after it in a
    table's age column, or ""."""
    column = bool(_AGE_COLUMN.search(m.page.text))
    for _name, after in _after_names(ctx, m):
        said = _AGE.match(after)
        if said:
            return said.group().strip(" ,·|()-")
        in_column = _IN_AGE_COLUMN.match(after) if column else None
        if in_column:
            return f"Age {in_column.group(1)}"
    return ""


def phones_in_text(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone, what the page says) for each phone right after the subject's name, not at a workplace."""
    if m.page.kind != PageKind.OTHER or workplace_title(m.page.title):
        return []  # a practice's or hospital's page: the line beside the doctor's name is the office's
    out = []
    for name, after in _after_names(ctx, m):
        for found in _PHONE.finditer(after):
            said = after[: found.end()]
            phone = normalise_phone(found.group())
            if phone and phone not in ctx.practice_phones and not _WORK.search(said):
                out.append((phone, " ".join(f"{name}{said}".split())))
    return list(dict(out).items())


def emails_in_text(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(lower-case e-mail, what the page says) for each address right after the subject's name on a page
    that is no workplace's (a club's roster: "Team physician: Dr. Jane Roe · jane.roe@example.com")."""
    if m.page.kind != PageKind.OTHER or workplace_title(m.page.title):
        return []
    out = []
    for name, after in _after_names(ctx, m):
        for email in emails_in(after):
            said = after[: after.find(email) + len(email)]
            if not _WORK.search(said):
                out.append((email.lower(), " ".join(f"{name}{said}".split())))
    return list(dict(out).items())


def named_mailboxes(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(lower-case e-mail, what the page says) for each address anywhere on a page that is no workplace's whose
    mailbox is the subject's own name: their family name with a given name they go by or its initial, or their given
    name and the family's initial ("gosia.wisniewska@", "jroe@", "imogen.s.runs@"; not a spouse's "sam.roe@"), as a
    bulletin gives it for tickets or a school's board for the treasurer."""
    from footprint.assess.detectors.kin_lists import school_page
    from footprint.assess.detectors.subject_text import names_of
    from footprint.identity import fold, given_name_forms

    family = fold(ctx.identity.subject.family_name or "")
    # A school's newsletter is read as news; a story's other addresses are the newsroom's or a workplace's.
    kind = m.page.kind == PageKind.OTHER or (m.page.kind == PageKind.NEWS and school_page(m))
    if not kind or workplace_title(m.page.title) or len(family) < 3:
        return []
    given = fold(ctx.identity.subject.given_name or "")
    mine = set(names_of(ctx, m)) | (given_name_forms(given) if given else set())
    text = " ".join(m.page.text.split())
    out = []
    for email in emails_in(text):
        words = [fold(w) for w in re.split(r"[._+-]+|\d+", email.split("@")[0]) if fold(w)]
        rest = [w for w in words if w != family]
        clipped = [w for w in rest if len(w) >= 4 and given.startswith(w)]  # "ferd." for Ferdinand
        whole = len(rest) < len(words) and all(w in mine or len(w) == 1 or w in clipped for w in rest)
        # The given name and the family's initial open the mailbox, whatever a hobby adds: "imogen.s.runs@".
        initialled = len(words) >= 2 and words[0] in mine - {family} and words[1] == family[0]
        if not whole and not initialled:
            continue
        at = text.find(email)
        out.append((email.lower(), text[max(0, at - 80) : at + len(email)]))
    return list(dict(out).items())


# The page says the subject runs it: an event, a fundraiser or a sign-up "by", "organized by", "hosted by" them.
_RUN_BY = re.compile(
    r"(?:(?:\b|(?-i:(?<=[a-z])(?=B)))by|\borgani[sz]ed\s*by|\bhosted\s*by|\borgani[sz]er:?)\s*(?:Dr\.?\s*)?$", re.I
)
# A sentence that gives the writer's own contact: "text me at", "call me", "email me", "my cell is", "send me a
# photo ...: jane.r@example.com".
_MY_CONTACT = re.compile(
    r"\b(?:text|call|phone|e-?mail|write|reach|contact|message|send)\s+me\b"
    r"|\bmy\s+(?:cell|mobile|phone|number|e-?mail)\b",
    re.I,
)


def run_by_subject(ctx: Context, m: Match) -> bool:
    """The page (an event, a fundraiser: not a listing, news or record) says it is by the subject."""
    pattern = _name_pattern(ctx, m) if m.page.kind in TEXT_KINDS else None
    if pattern is None:
        return False
    text = m.page.text
    return any(_RUN_BY.search(text[max(0, f.start() - 24) : f.start()]) for f in pattern.finditer(text))


def own_contacts(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone or e-mail, its sentence) the subject gives in the first person on a page they run ("Questions?
    Text me at 616-555-0191 or write to jane.roe@example.com"): their own line, not the office's."""
    # Or a post whose byline or author card names the person the match chose: "call or text me at ..." is theirs.
    authored = (
        m.person is not None and "name:author" in m.person.read_from and m.page.kind in (*TEXT_KINDS, PageKind.NEWS)
    )
    own = run_by_subject(ctx, m) or (authored and m.result.decision.is_match and not workplace_title(m.page.title))
    found = dict(first_person_contacts(ctx, m.page.text)) if own else {}
    # A text the subject signed (a club's update ending "— Jane Roe, Coordinator · cell ... · e-mail"): the
    # lines under their signature are their own contact, unless the page is a workplace's.
    signer = m.person
    signed = signer is not None and SIGNED in signer.read_from and m.page.kind in (*TEXT_KINDS, PageKind.NEWS)
    if signer is not None and signed and m.result.decision.is_match and not workplace_title(m.page.title):
        said = signer.context.split(" [page: ")[0]
        # A signature with the practice's name or the office's line ("Lakeside Family Medicine, main line")
        # gives work contacts.
        work = bool(_WORK.search(said) or groups_of(said))
        for contact in () if work else (*signer.phones, *(e.lower() for e in signer.emails)):
            if contact not in ctx.practice_phones and not _readers_line(said, contact):
                found.setdefault(contact, said)
    return list(found.items())


# The organisation's line, given to every reader in an instruction of its own: "To report an error or omission,
# call (615) 555-0112", "For tickets, contact ...", "Questions? Email the office at ...", "Please call ...".
_TO_READERS = re.compile(
    r"(?:\b(?:to|for)\s+[^.!?·|]{2,60},\s*|\bplease\s+|\?\s*)(?:call|contact|phone|e-?mail|write(?:\s+to)?|text|reach)"
    r"\b(?!\s+me\b)",
    re.I,
)


def _readers_line(said: str, contact: str) -> bool:
    """``contact`` is in a sentence of ``said`` that tells every reader how to reach the organisation (not "call
    me"): the page's own line under a list of names, not the last name's."""
    digits = contact.removeprefix("+1") if contact.startswith("+") else contact
    for sentence in sentences(said):
        plain_digits = re.sub(r"\D", "", sentence)
        if (contact in sentence.lower() or (digits.isdigit() and digits in plain_digits)) and _TO_READERS.search(
            sentence
        ):
            return not _MY_CONTACT.search(sentence)
    return False


def first_person_contacts(ctx: Context, text: str) -> list[tuple[str, str]]:
    """(phone or lower-case e-mail, its sentence) for each one ``text`` gives as the writer's own ("text me
    at", "my cell"), in a sentence not about a workplace, the practice's phones left out."""
    out: list[tuple[str, str]] = []
    for sentence in sentences(text):
        if not _MY_CONTACT.search(sentence) or _WORK.search(sentence):
            continue
        for found in _PHONE.finditer(sentence):
            phone = normalise_phone(found.group())
            if phone and phone not in ctx.practice_phones:
                out.append((phone, sentence))
        out += [(email.lower(), sentence) for email in emails_in(sentence)]
    return out


# A contact labelled as the person's own, as a contact-data broker's page or a directory's FAQ writes it: "Jane
# Roe's personal email is ...", "Jane's mobile number is ...", "Cell: ...". A work, office or main line is not.
_PERSONAL_LABEL = re.compile(
    r"\b(?:personal|private|home)\s+(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|number|line|cell)"
    r"|\b(?:mobile|cell(?:ular)?|cell\s*phone)(?:\s+(?:phone|number|line))?",
    re.I,
)
_LABEL_TO_CONTACT = re.compile(r"^\s*(?:(?:is|was|:)\s*)?")
_AFTER_LABEL = re.compile(
    r"^\s*[(,–—-]\s*(?:(?:his|her|their|my)\s+)?(?:personal\s+|private\s+|own\s+)?(?:cell|mobile|cellphone|home)\b",
    re.I,
)
_PRONOUN_START = re.compile(r"^(?:he|she|they)\b", re.I)
# Their own line given away in a sentence about them, the number later in it: "Dr. Nate gave us his own cell the day
# she was diagnosed and said to put it on the fridge: 804-555-0178"; "she handed out her personal number, ...".
_THEIR_OWN_LINE = re.compile(
    r"\b(?:his|her|their)\s+(?:(?:own|personal|private)\s+(?:cell(?:\s*phone)?|mobile|number|phone|line)"
    r"|cell(?:\s*phone)?|mobile)\b",
    re.I,
)


def _titled_name(m: Match) -> re.Pattern[str] | None:
    """The title and one name the match chose the subject by on this page ("Dr. Nate" on a patient's family's
    blog, beside the workplace a confirmed page gives them): where the page names them so, it names them."""
    person = m.result.person
    name = person.name.strip() if person is not None else ""
    if not re.fullmatch(r"(?:Dr\.?|Doctor)\s+[A-Z][\w'’-]+", name):
        return None
    return re.compile(rf"\b{re.escape(name)}\b")


def labelled_contacts(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone or lower-case e-mail, its sentence) for each contact a sentence naming the subject labels as
    personal, mobile or home ("Jane Roe's personal email is jane.r@example.com"; "Jane's mobile number is
    (555) 555-0172"): their own line, whoever publishes it. A masked one ("(555) 555-01••") is not written."""
    # A family's blog is read as news: there only "his own cell" says whose the number is (a clinic's newsletter
    # signed with the office's "cell" is read as news too).
    news = m.page.kind == PageKind.NEWS
    pattern = _name_pattern(ctx, m) if (m.page.kind in TEXT_KINDS or news) and m.result.decision.is_match else None
    if pattern is None:
        return []
    given = {(ctx.identity.subject.given_name or "").lower()} - {""}
    titled = _titled_name(m)
    out: list[tuple[str, str]] = []
    previous = False
    for sentence in sentences(m.page.text):
        named = bool(pattern.search(sentence)) or bool(titled and titled.search(sentence))
        about = named or (previous and bool(_PRONOUN_START.match(sentence)))
        previous = about
        own_line = _THEIR_OWN_LINE.search(sentence) if named else None
        later = {normalise_phone(f.group()) for f in _PHONE.finditer(sentence[own_line.end() :])} if own_line else set()
        if len(later) == 1 and (number := later.pop()) and number not in ctx.practice_phones:
            out.append((number, sentence))  # one number after "his own cell": a second would leave it unsaid which
        if news:
            continue
        # A label in brackets after the number, in a sentence about them: "text Dr. P at (555) 555-0191 (his
        # cell, please be kind)".
        for found in _PHONE.finditer(sentence) if about else ():
            after = _AFTER_LABEL.match(sentence[found.end() :])
            number = normalise_phone(found.group())
            if after and number and number not in ctx.practice_phones:
                out.append((number, sentence))
        for label in _PERSONAL_LABEL.finditer(sentence):
            head = sentence[max(0, label.start() - 60) : label.start()]
            possessive = re.search(r"(\w+)['’]s\s+$", head)
            if not (pattern.search(head) or (possessive and possessive.group(1).lower() in given)):
                continue
            rest = _LABEL_TO_CONTACT.sub("", sentence[label.end() :], count=1)[:60]
            phone = _PHONE.match(rest)
            emails = emails_in(rest.split()[0]) if rest.split() else []
            if phone and (number := normalise_phone(phone.group())) and number not in ctx.practice_phones:
                out.append((number, sentence))
            elif emails:
                out.append((emails[0].lower().rstrip(".;,"), sentence))
    return out + ([] if news else _text_them_at(ctx, m))


# An invitation to text the person at a number: "Text Ani directly at 302-555-0178", "call or text Dr. Roe at ...".
# A number to text is a mobile, and one a bulletin gives to reach them is their own.
_TEXT_AT = re.compile(
    r"\b(?i:text|txt|call\s+or\s+text|text\s+or\s+call)\s+(?P<who>(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+(?:(?i:directly|anytime|any\s+time)\s+)?(?i:at|on)\s+(?P<phone>\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})"
)


def _text_them_at(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone, sentence) for each number the page invites readers to text the subject at, by a name of theirs."""
    from footprint.assess.detectors.subject_text import names_of
    from footprint.identity import fold

    if m.page.kind not in TEXT_KINDS or not m.result.decision.is_match:
        return []
    mine = set(names_of(ctx, m))
    out = []
    for sentence in sentences(m.page.text):
        for found in _TEXT_AT.finditer(sentence):
            words = [w for w in fold(found["who"]).split() if w not in ("dr", "dr.")]
            number = normalise_phone(found["phone"])
            if words and all(w in mine for w in words) and number and number not in ctx.practice_phones:
                out.append((number, sentence))
    return out
