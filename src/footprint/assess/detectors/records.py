"""Official records: undisclosed_conflict and disciplinary_action.

Industry payments (CMS Open Payments) summed per payer, over every program
year's page, count when they reach ``MATERIAL_USD`` and none of the subject's pages names the payer
beside a disclosure. Research payments go to institutions and are left out.
A board action counts on a board page about the subject, or in a news
sentence that names the subject; "no disciplinary actions" is not one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.base import Context, emit, hit, hits, names_family, own_posts, post_item
from footprint.identity import fold
from footprint.models import Finding, Match, PageKind, Severity

MATERIAL_USD = 5_000.0
LARGE_USD = 50_000.0


def payer_key(payer: str) -> str:
    """The word a disclosure would name the payer by: "Acmeva Pharmaceuticals, Inc." -> "acmeva"."""
    words = [w for w in fold(payer).split() if not hits("corporate", w) and len(w) > 2]
    return words[0] if words else fold(payer)


def _disclosed(matches: list[Match], key: str) -> bool:
    for m in matches:
        if m.page.payments:
            continue
        text = fold(m.page.text + " " + " ".join(p.practice for p in m.page.people))
        if key in text.split() and hits("disclosure", text):
            return True
    return False


def undisclosed_conflict(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    """One finding per payer, its payments summed over every program year's page; shown on the latest year's.
    Then each page of the subject's own promoting a company or product whose tie another page discloses."""
    from footprint.assess.detectors.ties import undisclosed_ties

    yield from undisclosed_ties(ctx, matches)
    totals: dict[str, float] = defaultdict(float)
    years: dict[str, set[int]] = defaultdict(set)
    latest: dict[str, tuple[int, Match]] = {}
    for m in matches:
        for p in m.page.payments:
            if "research" not in p.nature.lower():
                totals[p.payer] += p.amount_usd
                years[p.payer].add(p.year)
                if p.payer not in latest or p.year > latest[p.payer][0]:
                    latest[p.payer] = (p.year, m)
    for payer, total in sorted(totals.items(), key=lambda pt: -pt[1]):
        if total < MATERIAL_USD or _disclosed(matches, payer_key(payer)):
            continue
        span = "–".join(str(y) for y in sorted({min(years[payer]), max(years[payer])}))
        shown = f"${total:,.0f}"
        title = f"{payer} paid you {shown} ({span}); none of your pages discloses it"
        excerpt = f"Open Payments: {payer}, {span}: {shown}"
        severity = Severity.HIGH if total >= LARGE_USD else None
        yield emit(ctx, latest[payer][1], "undisclosed_conflict", shown, title, excerpt, severity=severity, key=payer)


def promoted_product(ctx: Context, m: Match) -> Iterator[Finding]:
    """Your own public post selling a product with a discount code ("Code DOCDLC = 20% off") that does not
    say the maker pays you (#ad, "paid partnership", "I earn a commission")."""
    for post in own_posts(ctx, m):
        code = hit("promotion", post.text)
        if code and not hit("sponsor_disclosure", post.text):
            title = "Your post promotes a product with a discount code and does not disclose that you are paid"
            key, item = post.url or post.text, post_item(m, post)
            yield emit(ctx, m, "undisclosed_conflict", code, title, post.text, url=post.url, key=key, item=item)
    described = _own_description(ctx, m) or _own_page_text(ctx, m)
    code = hit("promotion", described)
    if code and not hit("sponsor_disclosure", described):
        title = (
            "Your video, profile or article promotes a product with a discount code and does not disclose that you"
            " are paid"
        )
        excerpt = _around(described, code)
        yield emit(ctx, m, "undisclosed_conflict", code, title, excerpt, key=m.page.url)


def _own_description(ctx: Context, m: Match) -> str:
    """What the subject's own account page says with no post on it (a video's page, a profile's bio): a
    matched social profile, and when the subject gave handles, one of theirs."""
    page, person = m.page, m.person
    # A video's description (``Post.video``) is what its page says, not a post on an account's page.
    posted = any(not p.video for p in page.posts)
    if page.kind != PageKind.SOCIAL_PROFILE or posted or not m.result.decision.is_match:
        return ""
    if ctx.handles and (person is None or person.handle not in ctx.handles):
        return ""
    return page.text


def _own_page_text(ctx: Context, m: Match) -> str:
    """The subject's own words on a page that is no social profile: an article or guest post under their
    byline (cut before the readers' comments), or a page they run (a link page titled with their name)."""
    from footprint.assess.detectors.own_words import own_article
    from footprint.assess.detectors.subject_text import owns_page

    article = own_article(ctx, m)
    if article is not None:
        return article.text
    return m.page.text if owns_page(ctx, m) or _at_own_handle(ctx, m) else ""


def _at_own_handle(ctx: Context, m: Match) -> bool:
    """A page at a handle the subject gave (``host/<handle>``, ``host/@<handle>``), matched: a link page or a shop
    they run under their handle ("beacons.ai/drnaomi.peds"), whatever its title calls them."""
    if m.page.kind not in (PageKind.OTHER, PageKind.PERSONAL_SITE) or not m.result.decision.is_match:
        return False
    path = urlsplit(m.page.url).path.strip("/").split("/")
    first = path[0].lstrip("@").lower() if path and path[0] else ""
    return bool(first) and first in {h.split("@")[0] for h in ctx.handles}


def _around(text: str, found: str, width: int = 200) -> str:
    at = text.lower().find(found.lower())
    start = max(0, at - width) if at >= 0 else 0
    return " ".join(text[start : start + 2 * width + len(found)].split())


_PRONOUN = re.compile(r"^(?:he|she|they|the (?:doctor|physician|internist|surgeon))\b", re.I)
# A full stop after these is an abbreviation, not the end of a sentence: titles, initials and dotted
# credentials ("Jane Roe, M.D. '13, married ...").
# Spanish and Portuguese titles too: "La Dra. Quiñones", "la Sra. Rivera", "Prof. Lima". A month's abbreviation
# leads into its day ("Friday, Oct. 23, at 2871 E Elm Ln").
_ABBREVIATION = re.compile(
    r"(?:Dr|Dra|Mr|Mrs|Ms|Sra|Srta|Prof|St|Jr|Sr|No|Inc|Co|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|(?:[A-Z]\.)*[A-Z])\."
)


# A sentence ends at a full stop, or at a closing quote or bracket right after one ('... loving it." 1987 ...').
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+")


def sentences(text: str) -> list[str]:
    out: list[list[str]] = []
    for piece in _SENTENCE_END.split(" ".join(text.split())):
        # An abbreviation opened by a quote or a bracket is one too: "(the club's 'Dr. C') with son Rohan".
        last = out[-1][-1].rsplit(" ", 1)[-1].lstrip("\"'‘“([") if out else ""
        # A house or item number is one too, lower-case as often as not: "(no. 3117)".
        # An hour's "a.m." or "p.m." before a word in lower case goes on: "the 5:30 a.m. class".
        hour = last.lower() in ("a.m.", "p.m.") and piece[:1].islower()
        if out and (_ABBREVIATION.fullmatch(last) or hour or (last.lower() == "no." and piece[:1].isdigit())):
            out[-1].append(piece)
        elif piece:
            out.append([piece])
    return [" ".join(parts) for parts in out]


QUOTED = 240  # characters of a sentence worth quoting whole; longer is a page's title run into its first line


def around(sentence: str, said: str) -> str:
    """The sentence, or where it is too long to quote (a title run into the first line), the words around ``said``."""
    if len(sentence) < QUOTED or said not in sentence:
        return sentence.strip()
    at = sentence.find(said)
    start = sentence.rfind(" ", 0, max(0, at - 60)) + 1
    end = sentence.find(" ", at + len(said) + 120)
    return sentence[start : end if end > 0 else len(sentence)].strip()


# A doctor a sentence names by the title: "Dr. Roe", "Dr. Jane Roe", "Dr. Jane Q. Roe" (the family name is the group).
_TITLED = re.compile(r"\bDr\.?\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?([A-Z][\w-]+)")


def _about_subject(sentence: str, family: str) -> bool:
    """The sentence names the subject and no other doctor ("Dr. Restrepo" is one half of "Restrepo-Haddad")."""
    named = _TITLED.findall(sentence)
    others = [d for d in named if not names_family(fold(d), family)]
    return names_family(family, fold(sentence)) and not others


def _names_another_doctor(sentence: str, family: str) -> bool:
    named = _TITLED.findall(sentence)
    return any(not names_family(fold(d), family) for d in named) and not names_family(family, fold(sentence))


# A government's own site (a ".gov" host, or an older "state.ny.us" one): a board's or a health department's
# page the catalog does not know, such as a board's list of this year's orders (New York's Board for
# Professional Medical Conduct publishes its actions on health.ny.gov, not on the licence lookup).
_GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:gov|gov\.[a-z]{2}|state\.[a-z]{2}\.us)$")


# A page that says it republishes the boards' records of one licensee, as the boards' federation's lookup and the
# services built on it do: "Powered by the Federation of State Medical Boards … Active Licenses … Board Actions".
_BOARDS_SOURCE = re.compile(
    r"\b(?:(?:state )?medical (?:and osteopathic )?boards?|boards? of (?:medicine|medical examiners|osteopathic"
    r" medicine)|medical licensing boards?)\b",
    re.I,
)
_LICENCES_LISTED = re.compile(r"\blicen[cs]es?\b", re.I)
_ACTIONS_SECTION = re.compile(r"\b(?:board|disciplinary) actions?\b", re.I)


def _board_report(m: Match) -> bool:
    """A page no catalog knows (read as "other") that is a board report of one licensee: it names the boards as
    its source, lists the licences and has a section for board actions, and lists one licensee (one person with
    a credential: a list of several is a board's roll, whose actions are each their own)."""
    page = m.page
    if page.kind != PageKind.OTHER or len({fold(p.name) for p in page.people if p.name and p.credentials}) > 1:
        return False
    text = page.text
    return all(p.search(text) for p in (_BOARDS_SOURCE, _LICENCES_LISTED, _ACTIONS_SECTION))


# A story's headline and lead name no one: "Bozeman plastic surgeon on probation ...", "A Tulsa pediatrician was
# reprimanded ..."; the name comes in the next paragraph. A headline drops the article.
_UNNAMED_DOCTOR = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}(?:doctor|physician|surgeon|[a-z]+ologist|[a-z]+iatrist|pediatrician"
    r"|internist|ob-?gyn|obstetrician|gynecologist|anesthetist|dermatologist)\b",
    re.I,
)


def _unnamed_doctor(sentence: str) -> bool:
    """The sentence opens on a doctor it does not name ("A Bozeman plastic surgeon will practice under ...") and
    titles no doctor."""
    return bool(_UNNAMED_DOCTOR.match(sentence)) and not _TITLED.search(sentence)


def _story_of_one_doctor(m: Match, family: str) -> bool:
    """A story naming the subject and no one else: every doctor it titles is of the subject's family name, and every
    person its sentences name by a whole name is too. Its unnamed "Bozeman plastic surgeon" is then the subject."""
    text = m.page.text
    if not family or not names_family(family, fold(text)):
        return False
    if any(not names_family(fold(d), family) for d in _TITLED.findall(text)):
        return False
    named = [p.name for p in m.page.people if p.read_from and p.read_from[0].startswith("name:text")]
    return all(names_family(family, fold(n)) for n in named if len(n.split()) >= 2)


def government_page(m: Match) -> bool:
    host = (urlsplit(m.page.url).hostname or "").lower()
    return m.page.kind == PageKind.OTHER and bool(_GOVERNMENT_HOST.search(host))


def disciplinary_action(ctx: Context, m: Match) -> Iterator[Finding]:
    """A board action on an official record, or in a sentence naming the subject on a news page or on a
    government page the catalog does not know (there, as in a story, the sentence must name them)."""
    page = m.page
    record = page.kind == PageKind.OFFICIAL_RECORD or _board_report(m)
    if not record and page.kind != PageKind.NEWS and not government_page(m):
        return
    family = fold(ctx.identity.subject.family_name or "")
    previous = ""
    one_doctor = _story_of_one_doctor(m, family)
    for sentence in sentences(f"{page.title}. {page.text}"):
        found = hits("discipline", sentence)
        # "He was placed on probation." is about whoever the sentence before named.
        about = (
            _about_subject(sentence, family)
            or (bool(_PRONOUN.match(sentence)) and _about_subject(previous, family))
            or (not record and _unnamed_doctor(sentence) and one_doctor)
        )
        previous = sentence
        # On a record too, a sentence naming another doctor and not the subject is that doctor's (a story read
        # as a record, a board's list of several licensees).
        if found and record and not about and _names_another_doctor(sentence, family):
            continue
        if found and (record or about):
            action = found[0].group()
            title = f"Public record of a board action: {action}"
            yield emit(ctx, m, "disciplinary_action", action, title, sentence, key=fold(action))
            return
