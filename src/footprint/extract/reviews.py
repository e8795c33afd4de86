"""Reviews found by their structure, whatever the class names, and a page's average read from its text.

A ratings page shows each review as a block: a star rating (in its text, a ``title``, an
``aria-label``, a ``data-*`` attribute, a count of star icons or glyphs, or sub-ratings such as
"Staff 2 · Punctuality 1"), a date, the reviewer's text and sometimes the practice's answer,
labelled "Response from ...", "Provider response", "Dr. Lee responded:", "Comment from ... of
Practice" or "Reply from the office". A review is the smallest block holding a rating and a text
of its own with a date (or a block that calls itself a review); the answer inside it is the reply,
not the review's text. Lists of other doctors with their average ("4.5/5") have no date and no
text of their own and are not reviews.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract.block_lines import lines
from footprint.extract.entities import iso_date
from footprint.extract.ratings import parse_count, parse_rating
from footprint.models import Rating, Review

_BLOCKS = {"div", "li", "article", "section", "p", "tr", "blockquote", "td", "dd"}
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
)
_REPLY = re.compile(
    r"^\s*(?:(?:response|reply|comment|answer|message) from\b|(?:provider|doctor|physician|practice|office|owner"
    r"|business|management)(?:'s)? (?:response|reply|comment)\b|dr\.? [\w'-]+ (?:responded|replied|wrote back)\b"
    r"|(?:the )?(?:office|practice|doctor|physician|provider|owner) (?:responded|replied)\b|response:|reply:)",
    re.I,
)
# An element a review's markup names as the answer to it (an owner's, the provider's, the practice's).
_REPLY_MARK = re.compile(
    r"(?:^|[\s_-])(?:owner|provider|business|doctor|practice)?[_-]?(?:reply|replies|response|answer)(?:$|[\s_-])", re.I
)
# "1 out of 5 stars", "rated it 1/5", "Rating: 2/5", "2.0 star rating", "2 stars"
_RATED = re.compile(
    r"(?<![\d./])(\d(?:\.\d)?)\s*(?:/|out of|of)\s*(5|10)\b(?!/\d)(?:\s*stars?)?"
    r"|(?<![\d.])(\d(?:\.\d)?)[ -]stars?\b"
    r"|\brat(?:ed|ing)(?: it)?:?\s*(\d(?:\.\d)?)\b",
    re.I,
)
_SUB_RATING = re.compile(r"^([A-Za-z][A-Za-z /&'-]{2,30}?)\s*[:\-]?\s*([1-5](?:\.\d)?)(?:\s*/\s*5)?$")
_FILLED = re.compile(r"(?:^|[-_ ])(?:full|fill|filled|on|active|checked|solid|selected|rated)(?:$|[-_ ])", re.I)
_EMPTY = re.compile(r"(?:^|[-_ ])(?:empty|off|outline|inactive|regular|blank|unfilled|none)(?:$|[-_ ])", re.I)
_REVIEWISH = re.compile(r"review|comment|testimonial|rating-item|feedback", re.I)
_MIN_TEXT = 15
_MAX_BLOCK = 4000


def _attr_rating(el: lxml.html.HtmlElement) -> Rating | None:
    """A rating an element states in its attributes ("2.0 star rating", data-rating="2", itemprop ratingValue)."""
    if el.get("itemprop") == "ratingValue":
        return parse_rating(el.get("content") or el.text_content(), best=_best_near(el))
    for name in ("aria-label", "title", "data-rating", "data-score", "data-stars", "data-value", "alt"):
        value = el.get(name)
        if not value:
            continue
        plain = name.startswith("data-") or re.fullmatch(r"\s*\d(?:\.\d)?\s*", value)
        found = _RATED.search(value)
        if found or (plain and _looks_rated(el)):
            return _from_match(found) if found else parse_rating(value, best="5")
    return _class_rating(str(el.get("class", "")))


# A star widget whose class is its rating: "star-rating-25" (2.5, in tenths), "stars-4-half", "rating-3".
_CLASS_RATED = re.compile(r"(?:^|\s)[\w-]*(?:stars?|rating)[-_](\d{1,2})(?:[-_](half|5))?(?:\s|$)", re.I)


def _class_rating(classes: str) -> Rating | None:
    found = _CLASS_RATED.search(classes)
    if found is None:
        return None
    number = int(found.group(1))
    if number > 5:  # tenths: 10..50
        return Rating(number / 10, 5.0) if number <= 50 and number % 5 == 0 else None
    return Rating(number + (0.5 if found.group(2) else 0.0), 5.0)


def _best_near(el: lxml.html.HtmlElement) -> str | None:
    parent = el.getparent()
    best = parent.xpath(".//*[@itemprop='bestRating']/@content") if parent is not None else []
    return str(best[0]) if best else None


def _looks_rated(el: lxml.html.HtmlElement) -> bool:
    marks = " ".join(str(el.get(a, "")) for a in ("class", "id", "itemprop")).lower()
    return "star" in marks or "rating" in marks or "score" in marks


def _from_match(found: re.Match[str]) -> Rating | None:
    if found.group(1):
        return parse_rating(found.group(1), best=found.group(2))
    value = found.group(3) or found.group(4)
    return parse_rating(value, best="5") if value else None


def _glyphs(text: str) -> Rating | None:
    """★★★☆☆: the filled stars out of all the stars shown."""
    filled, empty = text.count("★"), text.count("☆")
    if filled + empty in (5, 10):
        return Rating(float(filled), float(filled + empty))
    return None


def _icons(block: lxml.html.HtmlElement) -> Rating | None:
    """Star icons counted by their classes: five ``star`` elements, two of them ``star--filled``."""
    stars = [e for e in block.iter() if isinstance(e.tag, str) and "star" in str(e.get("class", "")).lower()]
    stars = [e for e in stars if not any(isinstance(c.tag, str) and "star" in str(c.get("class", "")) for c in e)]
    if len(stars) not in (5, 10):
        return None
    filled = [e for e in stars if _FILLED.search(str(e.get("class", "")))]
    empty = [e for e in stars if _EMPTY.search(str(e.get("class", "")))]
    if not filled and not empty:
        return None
    return Rating(float(len(filled) if filled else len(stars) - len(empty)), float(len(stars)))


# A day of a month ("Nov 2", "June 3"), not a labelled score: comments dated like that are no sub-ratings.
_MONTH_LABEL = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I)


# A forum member's counters beside each post ("Posts: 1", "Likes: 3", "Reputation: 2") are counts, not scores.
_COUNTER_LABEL = re.compile(
    r"^(?:posts?|messages?|replies|topics|threads|likes?|reactions?|points?|karma|reputation|kudos|solutions?"
    r"|followers?|following|views?|votes?|comments?|answers?|questions?|trophies|badges?|level|rank|age|joined)$",
    re.I,
)


def _sub_ratings(block_lines: list[str]) -> Rating | None:
    """Several labelled scores ("Staff 2", "Punctuality 1", ...): their average. One review rates each aspect once:
    a label written twice ("Posts: 1" under each of a thread's members) is a list of entries, not a review."""
    scored = [
        (m.group(1).strip().lower(), float(m.group(2)))
        for line in block_lines
        if (m := _SUB_RATING.match(line))
        and not _MONTH_LABEL.match(m.group(1).strip())
        and not _COUNTER_LABEL.match(m.group(1).strip())
    ]
    values = [value for _, value in scored]
    if len(values) < 2 or len({label for label, _ in scored}) < len(scored):
        return None
    return Rating(round(sum(values) / len(values), 2), 5.0)


def block_rating(block: lxml.html.HtmlElement, text: str, block_lines: list[str]) -> Rating | None:
    """The one rating a review block gives, from whichever form the page uses."""
    for el in block.iter():
        if isinstance(el.tag, str) and (found := _attr_rating(el)) is not None:
            return found
    found_text = _RATED.search(text)
    if found_text and (rating := _from_match(found_text)) is not None:
        return rating
    return _glyphs(text) or _icons(block) or _sub_ratings(block_lines) or _verdict(block_lines)


# A cosmetic-procedure review site rates by a verdict instead of stars, as a field of the review's line of facts
# ("CO2 Laser Resurfacing · Not Worth It · $3,800 · Jul 2, 2026"): "Worth It" is the top of the scale, "Not Worth
# It" the bottom, "Not Sure" the middle.
_VERDICT = re.compile(r"(?:^|[·|•]\s*)(not worth it|worth it|not sure)\s*(?:[·|•]|$)", re.I)
_VERDICT_STARS = {"worth it": 5.0, "not sure": 3.0, "not worth it": 1.0}


def _verdict(block_lines: list[str]) -> Rating | None:
    """The verdict of a review block that holds more than its line of facts: the review's words too (a sentence
    of six words or more)."""
    if not any(len(line.split()) >= 6 for line in block_lines):
        return None
    for line in block_lines:
        found = _VERDICT.search(line.strip())
        if found:
            return Rating(_VERDICT_STARS[found.group(1).lower()], 5.0)
    return None


def _text(el: lxml.html.HtmlElement) -> str:
    """An element's text with its parts spaced apart ("9/24/2024" and "Dana," stay two words)."""
    return re.sub(r"\s+", " ", " ".join(el.itertext())).strip()


def _marked_reply(block: lxml.html.HtmlElement) -> tuple[str, lxml.html.HtmlElement | None]:
    """An answer the markup marks as one ("owner-reply", "review-response") whatever label it shows
    ("Business owner information", the owner's name, a date): its longest line of sentences."""
    for el in block.iter(*_BLOCKS):
        if el is block or not _REPLY_MARK.search(" ".join(str(el.get(a, "")) for a in ("class", "id"))):
            continue
        said = [line for line in lines(el) if len(_bare(line)) >= _MIN_TEXT and len(line.split()) >= 4]
        if said:
            return max(said, key=len), el
    return "", None


def _reply(block: lxml.html.HtmlElement) -> tuple[str, lxml.html.HtmlElement | None]:
    """The practice's answer inside a review block: its text and the element that holds it."""
    labelled = [el for el in block.iter() if isinstance(el.tag, str) and el is not block and _REPLY.match(_text(el))]
    if not labelled:
        return _marked_reply(block)
    # The innermost element that opens with the label: "<div><span>Comment from X</span> ...</div>" is the span.
    first = labelled[0]
    el = min((e for e in labelled if e is first or first in e.iterancestors()), key=lambda e: len(_text(e)))
    head = _text(el)
    label = _REPLY.match(head)
    assert label is not None
    holder = el
    if not _label_only(head[label.end() :]):
        answer = head[label.end() :]
        if _label_with_colon(answer):
            answer = answer.split(":", 1)[1]
    else:
        # A label alone ("<b>Dr. Lee responded:</b>"): the answer is the rest of its parent's text.
        said = head
        while len(said) - len(head) < _MIN_TEXT and holder.getparent() is not None and holder.getparent() is not block:
            holder = holder.getparent()
            said = _text(holder)
        answer = said[said.find(head) + len(head) :]
    answer = re.sub(r"^\W*(?:" + _DATE.pattern + r")", "", answer.strip(" :-–"))
    return re.sub(r"\s+", " ", answer).strip(" :-–"), holder


def _label_only(rest: str) -> bool:
    """True when what follows the label is only who answered ("Marisol O. of Saguaro Women's Health"),
    not the answer itself, which is written in sentences."""
    words = [w for w in re.findall(r"\b[a-z][a-z']+\b", rest) if w not in ("of", "the", "and", "at", "from")]
    return len(rest.strip()) < _MIN_TEXT or len(words) < 3


def _label_with_colon(answer: str) -> bool:
    """ "Comment from Marisol O. of Saguaro Women's Health 9/24/2024 Dana, ..." has no colon to cut at;
    "Dr. Lee responded: I went over..." was cut already. A short head before a colon is the label's rest."""
    head = answer.split(":", 1)[0]
    return ":" in answer and len(head) < 60 and not _DATE.search(head) and head.count(" ") < 8


def _body(block_lines: list[str], reply: str) -> str:
    """The reviewer's own text: the longest line that is not the reply, a date line or a rating line."""
    candidates = [
        line
        for line in block_lines
        if len(line) >= _MIN_TEXT
        and line not in reply
        and not _REPLY.match(line)
        and not _SUB_RATING.match(line)
        and len(_bare(line)) >= _MIN_TEXT
    ]
    # The line with the most words of its own: "X wrote on 2023-11-02, rated it 1/5:" is mostly date and rating.
    return max(candidates, key=lambda line: len(_bare(line))) if candidates else ""


def _bare(line: str) -> str:
    return _DATE.sub("", _RATED.sub("", line)).strip(" -–·:|,")


def _without(block: lxml.html.HtmlElement, holder: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement:
    if holder is None:
        return block
    copy = lxml.html.fromstring(lxml.html.tostring(block))
    path = block.getroottree().getpath(holder)
    base = block.getroottree().getpath(block)
    found = copy.xpath("." + path[len(base) :]) if path.startswith(base) else []
    for node in found:
        node.drop_tree()
    return copy


def _qualifies(el: lxml.html.HtmlElement, text: str) -> tuple[Rating, str, str] | None:
    """(rating, date, text) when ``el`` is one review; None otherwise."""
    if not _MIN_TEXT <= len(text) <= _MAX_BLOCK:
        return None
    reply, holder = _reply(el)
    own = _without(el, holder)
    own_text = _text(own)
    own_lines = lines(own)
    rating = block_rating(own, own_text, own_lines)
    author = _author(own)
    body = _body([line for line in own_lines if not author or line.strip() != author], reply)
    if rating is None or not body:
        return None  # a review's head (stars and "Verified Patient") is not the review: its block is
    dates = _DATE.findall(own_text)
    marks = " ".join(str(el.get(a, "")) for a in ("class", "id", "itemprop", "itemtype"))
    if not dates and not _REVIEWISH.search(marks):
        return None
    if len(set(dates)) > 1 and not _REVIEWISH.search(marks):
        return None  # a block with several dates is a list of reviews, not one
    return rating, iso_date(dates[0]) if dates else "", body


def read(doc: lxml.html.HtmlElement) -> tuple[Review, ...]:
    """Every review block on the page, innermost first, in page order."""
    found: dict[lxml.html.HtmlElement, Review] = {}
    for el in doc.iter(*_BLOCKS):
        text = _text(el)
        got = _qualifies(el, text)
        if got is None:
            continue
        rating, date, body = got
        reply, _ = _reply(el)
        found[el] = Review(rating.value, rating.scale, body, date, _author(el), reply)
    # The smallest block is the review: a container of several qualifying blocks is the list.
    kept = [r for el, r in found.items() if not any(d in found for d in el.iterdescendants())]
    return tuple(dict.fromkeys(kept))


def _author(block: lxml.html.HtmlElement) -> str:
    meta = block.xpath(".//*[@itemprop='author']")
    if meta:
        return str(meta[0].get("content") or meta[0].text_content()).strip()[:80]
    for el in block.iter():
        marks = " ".join(str(el.get(a, "")) for a in ("class", "itemprop")).lower()
        if isinstance(el.tag, str) and re.search(r"author|reviewer|user-?name|user-display", marks):
            return re.sub(r"\s+", " ", el.text_content()).strip()[:80]
    return ""


_AVERAGE = re.compile(
    r"\b(?:average|overall|avg\.?)\b[^.\d]{0,40}?(\d(?:\.\d{1,2})?)\s*(?:/|out of|of)\s*(5|10)\b"
    r"|(\d(?:\.\d{1,2})?)\s*(?:/|out of)\s*(5|10)\s*(?:stars?)?\s*(?:average|overall)\b",
    re.I,
)
_COUNT = re.compile(r"\b(\d{1,6})\s+(?:patient\s+)?(?:ratings|reviews|votes)\b", re.I)


def average(text: str) -> Rating | None:
    """A page's average stated in words: "an average rating of 2 out of 5", "Average score: 2.3 / 5 (6 votes)"."""
    found = _AVERAGE.search(text)
    if found is None:
        return None
    value, scale = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    rating = parse_rating(value, best=scale)
    if rating is None:
        return None
    window = text[max(0, found.start() - 120) : found.end() + 120]
    count = _COUNT.search(window)
    return Rating(rating.value, rating.scale, parse_count(count.group(1)) if count else None)


def with_replies(marked: list[Review], found: tuple[Review, ...]) -> tuple[Review, ...]:
    """The marked-up reviews (schema.org, site selectors), each with the reply and the rating the structure
    reader saw beside it when the markup has none (a selector from another layout that missed the stars);
    the structure reader's reviews when nothing is marked up."""
    if not marked:
        return found
    out = []
    for review in marked:
        twin = next((f for f in found if review.text and (f.text in review.text or review.text in f.text)), None)
        if not review.text:
            # Markup that gives only the stars and the author (a review page's JSON-LD with no reviewBody): the
            # review is the block the structure reader found with those stars, when just one has them.
            alike = [f for f in found if f.rating == review.rating and (not f.author or f.author == review.author)]
            if len(alike) == 1:
                twin = alike[0]
                review = replace(review, text=twin.text, date=review.date or twin.date)
        if twin is not None and not review.reply and twin.reply:
            review = replace(review, reply=twin.reply)
        if twin is not None and review.rating is None and twin.rating is not None:
            review = replace(review, rating=twin.rating, scale=twin.scale)
        out.append(review)
    return tuple(dict.fromkeys(out))
