"""When the household is away: a blog post the subject or their household wrote that tells readers the dates
the family is gone ("until we fly back on February 3", "We're here until August 12", "the house will be empty
till the 27th", "if you see our porch light on, it's on a timer").

Physician-safety guidance warns of exactly this: an empty house with its dates, in public. A travel or hobby
blog signs its posts ("Posted on July 12 by Neil Rourke", "About me: I'm Rosie Roe", "Written by Jane Roe"):
only a post whose author line names the subject's household (their family name) speaks of their house; a
stranger's "we're here until Sunday" is the stranger's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, hit, site_name
from footprint.identity import fold
from footprint.models import Finding, Match, PageKind

_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = rf"(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|{_WEEKDAY})"
_PLACE = r"(?:\s+to\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?)?"
# The household's return or absence with its day, in the writer's own "we".
_AWAY = re.compile(
    rf"\b(?:until|till|til)\s+we(?:'re|’re|\s+are)?\s+(?:(?:fly|flying|drive|driving|get|getting|come|coming)\s+)?"
    rf"(?:back|home)\b{_PLACE}(?:\s+on)?\s+{_DATE}"
    rf"|\bwe(?:'re|’re|\s+are|\s+will\s+be|'ll\s+be|’ll\s+be)\s+(?:here|there|away|gone|out\s+of\s+town|abroad)\s+"
    rf"(?:until|till|til|through)\s+{_DATE}"
    rf"|\bwe\s+(?:fly|drive|get|come)\s+(?:back|home)\b{_PLACE}\s+on\s+{_DATE}"
    rf"|\b(?:house|home|place)\b[^.!?]{{0,40}}\b(?:will\s+be|is|stays|sits)\s+empty\s+(?:until|till|til|through)\s+{_DATE}"
    # Where the household is, and till when: "Mark and the kids and I are at my father's farm in Skagafjordur until
    # August 15", "we'll be in Lisbon through the 20th".
    # "We'll be camping at the state park Thursday through Sunday".
    rf"|\b(?:we|i)(?:'re|’re|\s+are|\s+will\s+be|'ll\s+be|’ll\s+be)\s+(?:[a-z]+ing\s+)?(?:at|in|on)\s+[^.!?]{{1,80}}?"
    rf"\b(?:until|till|til|through)\s+{_DATE}"
    # A trip with its days: "is heading to the American Royal in Kansas City October 1-4", "we're doing Akers to Two
    # Rivers over a whole week, October 12 to 18".
    rf"|\b(?:heading|headed|off)\s+to\s+[^.!?]{{1,60}}?\b{_MONTH}\s+\d{{1,2}}\s*(?:[-–]|to|through)\s*\d{{1,2}}\b"
    rf"|\bwe(?:'re|’re|\s+are|\s+will\s+be|'ll\s+be|’ll\s+be)\s+(?:doing|taking|floating|hiking|paddling|driving)\b"
    rf"[^.!?]{{1,80}}?\b{_MONTH}\s+\d{{1,2}}\s*(?:[-–]|to|through)\s*\d{{1,2}}\b"
    r"|\bif\s+you\s+see\s+(?:a|our|the)\s+(?:[\w-]+\s+)?lights?\s+on\b[^.!?]{0,80}\btimer\b"
    # A stay with its days: "four nights at the Williams Peak yurt, December 26 to 30".
    rf"|\b(?:nights|days|weeks)\s+(?:at|in|on)\s+[^.!?]{{1,60}}?,?\s+{_MONTH}\s+\d{{1,2}}\s*(?:[-–]|to|through|thru)\s*"
    rf"(?:{_MONTH}\s+)?\d{{1,2}}\b"
    # Where the writer will be for a whole month or season: "Marjorie and I will be at the cabin all of July".
    rf"|\b(?:we|i)(?:'re|’re|\s+are|\s+am|'m|’m|\s+will\s+be|'ll\s+be|’ll\s+be)\s+(?:[a-z]+ing\s+)?(?:at|in|on)\s+"
    rf"(?!(?:the\s+)?(?:clinic|hospital|office|service|call|wards?|work)\b)[^.!?]{{1,80}}?"
    rf"\ball\s+(?:of\s+)?(?:{_MONTH}|summer|winter)(?!\w)"
    # The next trip, on a holiday everyone knows the days of: "Next up is Block Island over Labor Day", "we're
    # heading to Door County for Thanksgiving".
    r"|\b(?:next\s+up\s+is|next\s+stop\s+is|(?:heading|headed|off|going)\s+to)\s+(?:the\s+)?(?-i:[A-Z])[^.!?]{1,50}?"
    r"\s+(?:over|for)\s+(?:the\s+)?(?:labor\s+day|memorial\s+day|thanksgiving|christmas|new\s+year'?s|easter"
    r"|spring\s+break|(?:the\s+)?fourth(?:\s+of\s+july)?|independence\s+day|(?:the\s+)?long\s+weekend)\b",
    re.I,
)
# A blog's author line: "Posted on July 12, 2026 by Neil Rourke", "About me: I'm Rosie Roe", "Written by Jane Roe".
_AUTHOR = re.compile(
    r"\b(?:about\s+me|about\s+the\s+author|written\s+by|posted\s+(?:on\s+[\w ,]{3,30}\s+)?by)\s*[·:,-]?\s*"
    r"(?:I'm\s+|I’m\s+|I\s+am\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])\.)?(?:\s+(?-i:[A-Z])[\w'’-]+)+)",
    re.I,
)


# A neighbourhood's or a club's news that the subject's household is away, in the third person: "Gerry and Marjorie
# Roe of Albert Ave are wintering in Naples again, from January 5 through March 28".
_RANGE = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|to|through|thru)\s*(?:{_MONTH}\s+)?\d{{1,2}}\b"
# "they are away in Rotorua for the school holidays from July 1 to 28": the span after "from" is the absence too.
_AWAY_OF_THEM = re.compile(
    r"\b(?:is|are|will\s+be)\s+(?:away|wintering|summering|travell?ing|vacationing|abroad|out\s+of\s+town|overseas)\b"
    rf"[^.!?]{{0,80}}?\b(?:(?:until|till|til|through|thru)\s+{_DATE}|from\s+{_RANGE})"
    # Where the household will be, from one day to another: "The Roe family will be in Brno from December 20 to
    # January 4".
    rf"|\b(?:is|are|will\s+be)\s+(?:in|at|visiting)\s+[^.!?]{{1,60}}?\bfrom\s+{_DATE}\s*(?:to|through|thru|until|till|[-–])\s*{_DATE}",
    re.I,
)
# With someone, somewhere by name, until a day: "Eilidh is with him in Scotland until December 15", "Jane and the
# kids are with her mother in Ohio through March 3". Not at work: "in clinic until Friday".
_WITH_SOMEONE = re.compile(
    rf"\b(?:is|are|will\s+be)\s+with\s+[^.!?]{{1,40}}?\s+(?:in|at)\s+(?P<place>(?-i:[A-Z])[^.!?]{{1,40}}?)\s+"
    rf"(?:until|till|til|through|thru)\s+{_DATE}",
    re.I,
)


# A street's or a club's watch list: "Away dates for the watch list: the Roes (no. 12) July 1-5; Jane and Sam Poe
# (no. 17) June 8-22". The dates that follow the household's name (in its own entry, before the next ";") are theirs.
_AWAY_WORD = re.compile(r"\b(?:away|vacation|out\s+of\s+town|house[\s-]+watch|watch\s+list)\b", re.I)


def _their_dates(ctx: Context, sentence: str, chosen: str) -> re.Match[str] | None:
    """The date range a watch list gives right after the subject's family name, in their entry."""
    if not _AWAY_WORD.search(sentence):
        return None
    from footprint.assess.detectors.subject_text import plain

    families = {plain(f) for f in (ctx.identity.subject.family_name or "", chosen) if plain(f)}
    for family in families:
        found = re.search(rf"\b{re.escape(family)}s?\b[^;!?]{{0,40}}?\b({_RANGE})", plain(sentence), re.I)
        if found:
            return found
    return None


def _household_wrote(ctx: Context, m: Match) -> bool:
    """An author line of the page names someone of the subject's family name (the subject or their household), or the
    person matched is the post's author as its byline or author card names them."""
    families = {fold(ctx.identity.subject.family_name or "")}
    if m.person is not None and m.person.name.split():
        families.add(fold(m.person.name.split(",")[0].split()[-1]))
    families.discard("")
    if m.person is not None and {"name:author", "name:text:signed"} & set(m.person.read_from):
        return True  # the post's byline, author card, author box or sign-off names the subject: they wrote it
    # The line runs on into the post's first words ("by Neil Rourke Tam finally took..."): a later word of it.
    return any(set(fold(a["name"]).split()[1:]) & families for a in _AUTHOR.finditer(m.page.text))


def away_announced(ctx: Context, m: Match) -> Iterator[Finding]:
    """The dates the subject's household is away, on a post the household signed or in a page's news of them."""
    if m.page.kind not in _KINDS or not m.result.decision.is_match:
        return
    from footprint.assess.detectors.records import sentences
    from footprint.assess.detectors.subject_text import chosen_family, names_subject

    chosen = chosen_family(m)
    previous = False
    for sentence in sentences(m.page.text):
        found = _AWAY.search(sentence)
        # The sentence after one naming the subject may go on by the given name alone: "For Hamish Roe, father of
        # Jane Roe, recovering from surgery. Jane is with him in Scotland until December 15."
        named = names_subject(ctx, sentence, chosen=chosen)
        going_on = previous and _opens_with_given(ctx, sentence)
        previous = named
        if found is None or not _household_wrote(ctx, m):
            found = (_AWAY_OF_THEM.search(sentence) or _their_dates(ctx, sentence, chosen)) if named else None
            if found is None and (named or _names_given(ctx, sentence)):
                found = _EMPTY_ON_A_HOLIDAY.search(sentence)  # "the Huntsville house will be empty" over Labor Day
            with_someone = _WITH_SOMEONE.search(sentence) if named or going_on else None
            if found is None and with_someone is not None and not _AT_WORK.search(with_someone["place"]):
                found = with_someone
        if found is None or hit("professional_event", sentence):
            continue
        title = f"A page on {site_name(ctx, m.page.site_id)} gives the dates your household is away"
        yield emit(ctx, m, "location_exposure", found.group(), title, sentence, key=f"away {m.page.url}")
        return


# Where the writer's household will be ("Greg, the kids and I will be at the cottage on Lake Wawasee", "we'll be up at
# the lake", "we're headed to Maui"), told in a post that gives the days in a sentence near it ("Office is closed
# Dec 21 through Jan 2."): the empty house and where the family is, the pair physician-safety guidance warns of.
_WILL_BE_THERE = re.compile(
    r"\b(?:we|i)(?:'ll|’ll|\s+will)\s+be\s+(?:[a-z]+ing\s+)?(?:up\s+|down\s+|out\s+|over\s+)?(?:at|in|on)\s+"
    r"(?P<place>[^.!?]{3,60})"
    r"|\bwe(?:'re|’re|\s+are)\s+(?:headed|heading|off|flying|driving)\s+to\s+(?P<to>[^.!?]{3,60})",
    re.I,
)
_DAYS = re.compile(
    rf"\b{_RANGE}|\bfrom\s+{_DATE}\s*(?:to|through|thru|until|till|[-–])\s*{_DATE}|\b(?:until|till|through|thru)\s+{_DATE}",
    re.I,
)


def away_with_dates(text: str) -> str:
    """The words of the writer's own post that say where their household will be, when a sentence near them (two
    either side) gives the days ("... I will be at the cottage on Lake Wawasee" after "closed Dec 21 through Jan 2"),
    or "". Not at work ("I'll be in clinic through Friday") and not at a conference."""
    from footprint.assess.detectors.records import sentences

    said = sentences(text)
    for i, sentence in enumerate(said):
        there = _WILL_BE_THERE.search(sentence)
        place = (there and (there["place"] or there["to"])) or ""
        if not place or _AT_WORK.search(place):
            continue
        beside = " ".join(said[max(0, i - 2) : i + 3])  # a short post's other sentences
        days = _DAYS.search(beside)
        if days is not None and not hit("professional_event", beside):
            return f"{there.group().strip()} ({days.group()})" if there else ""
    return ""


# The household's house standing empty on a holiday everyone knows the days of, in a relative's words: "They're all back
# at the lake for Labor Day, so the Huntsville house will be empty if anyone wants to water Tess's tomatoes."
_HOLIDAY = (
    r"(?:labor\s+day|memorial\s+day|thanksgiving|christmas|new\s+year'?s|easter|spring\s+break|(?:the\s+)?fourth"
    r"(?:\s+of\s+july)?|independence\s+day|(?:the\s+)?long\s+weekend)"
)
_EMPTY_ON_A_HOLIDAY = re.compile(
    rf"\b(?:for|over|at|on|during)\s+(?:the\s+)?{_HOLIDAY}\b[^.!?]{{0,80}}?\b(?:house|home|place)\b[^.!?]{{0,30}}?"
    r"\b(?:will\s+be|is\s+going\s+to\s+be|sits|stays)\s+empty\b"
    rf"|\b(?:house|home|place)\b[^.!?]{{0,30}}?\b(?:will\s+be|is\s+going\s+to\s+be)\s+empty\s+(?:for|over|at|on|during)\s+"
    rf"(?:the\s+)?{_HOLIDAY}\b",
    re.I,
)


def _names_given(ctx: Context, sentence: str) -> bool:
    """The sentence writes the subject's given name or an everyday form of it ("water Tess's tomatoes")."""
    from footprint.identity import given_name_forms

    forms = given_name_forms(ctx.identity.subject.given_name or "")
    return any(fold(w) in forms for w in re.findall(r"[^\W\d_][\w-]*(?=['’]s\b|\b)", sentence))


def _opens_with_given(ctx: Context, sentence: str) -> bool:
    """The sentence opens with the subject's given name or an everyday form of it ("Jane is ...", "Janie and Sam")."""
    from footprint.identity import given_name_forms

    first = re.match(r"\s*([^\W\d_][\w'’-]*)", sentence)
    return first is not None and fold(first.group(1)) in given_name_forms(ctx.identity.subject.given_name or "")


# The writer telling readers where they are each week or each year: "I'm out at the pull-off on County Road 210 every
# Saturday in April from 4:45", "you'll find us at the farmers' market every Sunday", "we're on St. Charles at
# Napoleon every single year, the ladder with the purple tape".
OWN_ROUTINE = re.compile(
    r"\b(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are)|you(?:'ll|’ll|\s+will|\s+can)\s+find\s+(?:me|us))\s+(?:out\s+)?(?:at|on|by)\s+"
    rf"(?P<place>(?:[^.!?]|\b(?:St|Ave|Mt|Rd|Dr|Blvd)\.){{3,80}}?),?\s+(?:every|each)\s+(?:single\s+)?(?:{_WEEKDAY}|weekend|morning|year|parade\s+day)\b",
    re.I,
)


# The same with the day first, or the hour and the days after the place: "Most Saturdays from May to October I'm at the
# Laurel fishing access by 5:30", "I launch from Boulder Beach at 5:15 every Tuesday and Thursday".
_DAY_FIRST = re.compile(
    rf"\b(?:every|most|each)\s+(?:single\s+)?{_WEEKDAY}s?\b[^.!?]{{0,50}}?\b(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are))\s+"
    r"(?:out\s+)?(?:at|on)\s+(?P<place>[^.!?,]{3,60}?)(?=\s+(?:by|from|at|around|before)\s+\d|[,.!?]|$)",
    re.I,
)
_HOUR_THEN_DAYS = re.compile(
    r"\b(?:i|we)\s+(?:launch|put\s+in|start|run|ride|swim|row|paddle|fish|meet|set\s+up)\s+(?:from|at|on)\s+"
    r"(?P<place>(?-i:[A-Z])[^.!?,]{2,50}?)\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:every|each)\s+"
    rf"{_WEEKDAY}",
    re.I,
)


def own_routine(ctx: Context, m: Match) -> Iterator[Finding]:
    """Where and when the subject can be found each week, in a post the household signed."""
    if m.page.kind not in _KINDS or not m.result.decision.is_match or not _household_wrote(ctx, m):
        return
    from footprint.assess.detectors.records import sentences

    for sentence in sentences(m.page.text):
        found = OWN_ROUTINE.search(sentence) or _DAY_FIRST.search(sentence) or _HOUR_THEN_DAYS.search(sentence)
        if found is None or hit("professional_event", sentence) or _AT_WORK.search(found["place"]):
            continue
        title = f"Your post on {site_name(ctx, m.page.site_id)} says where to find you every week"
        yield emit(ctx, m, "location_exposure", found["place"], title, sentence, key=f"routine {m.page.url}")
        return


_AT_WORK = re.compile(r"\b(?:clinic|hospital|office|practice|suite|work)\b", re.I)


# A wedding site's day plan: "Ceremony at St. Augustine Church, 2:00 pm; reception at the Marigny Opera House".
_WEDDING_PLACE = re.compile(
    r"\b(?:ceremony|reception)\s+(?:will\s+be\s+)?(?:held\s+)?(?:at|in)\s+"
    r"(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*|of|the|&)){0,6})",
    re.I,
)


def wedding_day(ctx: Context, m: Match) -> Iterator[Finding]:
    """The subject's own wedding site: where they will be on the day, and when (the site gives its date)."""
    from footprint.assess.detectors.subject_text import owns_page

    if not m.result.decision.is_match or not re.search(r"\bwedding\b", m.page.title, re.I) or not owns_page(ctx, m):
        return
    found = _WEDDING_PLACE.search(m.page.text)
    if found is not None:
        title = f"Your wedding site on {site_name(ctx, m.page.site_id)} says where you will be on the day"
        start = max(0, found.start() - 40)
        yield emit(ctx, m, "location_exposure", found["place"], title, m.page.text[start : found.end() + 60])
