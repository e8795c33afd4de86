"""What looks like a person's name but names a date, a thing, a place, a firm or an institution.

``names_in`` finds name-shaped phrases; these tests keep the ones a text writes as something else: "Awards Dinner
Nov 2026" (a date), "Ocean State Bookshelf" (a shop), "Overland Park, KS" (a city), "Baylor Scott & White" (a
firm), "Episcopal Church" (a congregation), "Saguaro Women's Health" (a business's possessive).
"""

from __future__ import annotations

import re

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.personhood import common_word, given_name, not_a_person
from footprint.extract.states import AP_WORDS, STATE_CODES, STATE_WORDS

# A date's month, written out or cut short ("Nov 2026", "Dec. 12"): never a family name.
_MONTH_WORD = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?$",
    re.I,
)

# What a clinic's name says it treats ("Wasatch Sleep", "Bayview Eye", "Gulf Coast Spine"): no family name after a
# word that is no given name.
_TREATED = frozenset({"spine", "pain", "sleep", "vein", "veins", "eye", "eyes", "vision", "skin", "heart", "kidney",
                      "fertility", "digestive", "dermatology", "orthopedics", "cardiology"})  # fmt: skip
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(a|an|the)[ \t]+$")


def dated(words: list[str], titled: bool) -> bool:
    """The untitled phrase ends in a month (before a number): unless it is a given name and that one word
    ("Ann May 12" may be Ann May), the month is a date's."""
    if titled or not words or not _MONTH_WORD.match(words[-1]):
        return False
    return not (len(words) == 2 and given_name(words[0]))


def thing(words: list[str], m: re.Match[str]) -> bool:
    """An untitled phrase without credentials whose words are a heading's, a study's or a shop's, not a
    person's ("Oral Step-Down Therapy", "Ocean State Bookshelf"): see ``personhood``."""
    return not m.group("title") and not m.group("creds") and not_a_person(" ".join(words))


_STATE_NEXT = re.compile(rf",\s*(?:(?:{STATE_CODES})\b|(?:{STATE_WORDS})\b|(?:{AP_WORDS})(?!\w))")
_FIRM_NEXT = re.compile(rf"[ \t]*&[ \t]*[{UPPER}][{LOWER}]+\b(?![ \t]+[{UPPER}])")


_DRINK_STYLES = frozenset(
    {
        "ipa",
        "apa",
        "dipa",
        "ale",
        "lager",
        "pilsner",
        "pils",
        "hefeweizen",
        "saison",
        "cider",
        "gose",
        "light",
        "lights",
    }
)
# A beer's or a cider's style after its name: "a pint of our Hazy Fan IPA", "Pine Belt Pilsner"; a light beer by its
# brewer ("a couple of Busch Lights": a brewer's name is no given name, "Judith Light" stays a person).
_DRINK_NEXT = re.compile(r"[ \t]+(?:N?E?IPA|APA|DIPA|Ale|Lager|Pilsner|Pils|Hefeweizen|Saison|Cider|Seltzer|Gose)\b")


def _place_or_firm(text: str, words: list[str], m: re.Match[str]) -> bool:
    """An untitled phrase the text writes as a city ("Overland Park, KS", "Essex Junction, Vt.") unless it opens
    with a given name ("Ann Austin, TX" may be a person), as a firm's partners ("Baylor Scott & White"), or as a
    drink's name before its style ("Hazy Fan IPA")."""
    if m.group("title") or m.group("creds"):
        return False
    after = text[m.end("name") :]
    if _FIRM_NEXT.match(after) or _DRINK_NEXT.match(after):
        return True
    if words[-1].lower() in _DRINK_STYLES and not given_name(words[0]):
        return True  # "Pine Belt Pils": the style written as the name's last word
    return bool(_STATE_NEXT.match(after)) and not given_name(words[0])


# The last word of a congregation's, a club's or a waterway's name: "Episcopal Church", "Rotary Club".
_INSTITUTION_LAST = {
    "church", "parish", "chapel", "cathedral", "congregation", "temple", "synagogue", "mosque", "club", "lodge",
    "canal", "marina", "diocese", "ministries",
}  # fmt: skip
# A unit of an institution written after its name in lower case: "the Elliot Crest emergency department".
_UNIT_AFTER = re.compile(
    r"^[ \t]+(?:[a-z]+[ \t]+)?(?:department|hospital|clinic|campus|unit|ward|building|school|office|practice"
    r"|program|laboratory|lab|facility|site|system|network)s?\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _institution(text: str, words: list[str], m: re.Match[str]) -> bool:
    """An untitled phrase that names a place or an institution, not a person: it ends in a congregation's or a
    club's word and opens with no given name ("Episcopal Church"; "Miriam Church" stays a person), the text
    writes it "the ... emergency department" / "the ... hospital", as an institution's name is written, or it
    follows "at"/"in" and opens with a common word no one is named ("at Big Sioux")."""
    if m.group("title") or m.group("creds"):
        return False
    if words[-1].lower().strip(".,") in _INSTITUTION_LAST and not given_name(words[0]):
        return True
    before = text[max(0, m.start() - 8) : m.start()]
    if _THE_BEFORE.search(before) and _UNIT_AFTER.match(text[m.end("name") :]):
        return True
    # "after a shift at Big Sioux", "born in Grand Forks": a place after "at"/"in" opening with a common word
    # that is no given name, its last word none either ("at Young Kim's" keeps Kim, a given name).
    first, last = words[0].strip(".,"), words[-1].strip(".,")
    owned = text[m.end("name") : m.end("name") + 2] in ("'s", "’s")  # "at Seo Yeon Park's office": her office
    if _AT_BEFORE.search(before) and last.lower() in _GROUNDS and not owned and not any(map(given_name, words[:-1])):
        return True  # "at Roosevelt Park", "in Grant Park": a park named for someone; "with Jane Park" stays
    return (
        len(words) == 2
        and bool(_AT_BEFORE.search(before))
        and common_word(first)
        and not given_name(first)
        and not given_name(last)
    )


_AT_BEFORE = re.compile(r"\b(?:at|in|near)[ \t]+$")
_GROUNDS = frozenset({"park", "gardens", "grounds", "fairgrounds", "commons"})  # a park's, not a family's word


def organisation(text: str, m: re.Match[str]) -> bool:
    """True when a name-shaped phrase is a business's possessive name ("Saguaro Women's Health", "Miller's
    Pharmacy"); a person's possessive ("Dr. Ann Lee's office", "Ann Lee's husband") is still that person."""
    after = text[m.end("name") :]
    if after[:2] not in ("'s", "’s"):
        return False
    return not m.group("title") and bool(re.match(rf"[ \t]+[{UPPER}]", after[2:]))


def not_a_person_here(text: str, words: list[str], m: re.Match[str]) -> bool:
    """The untitled phrase ``m`` (its words ``words``) names a thing, a place, a firm or an institution here."""
    if thing(words, m) or _place_or_firm(text, words, m) or _institution(text, words, m):
        return True
    if m.group("title") or m.group("creds") or given_name(words[0]):
        return False
    # "drinking a Pine Belt Pils", "the Gulf Sour": an article names a thing made of words; "a Sarah Jones" stays,
    # and so does a name of no English word after the "a" of Portuguese, Spanish or Italian ("Parabéns a Lucília
    # Tavares", "gracias a Iñaki Etxeberria": "to").
    # "(Wasatch Sleep)", "Gulf Coast Spine": a clinic named for what it treats; "Ann Heart" stays.
    article = _ARTICLE_BEFORE.search(text, 0, m.start())
    if article and article.group(1) == "a" and not any(common_word(w, plural=True) for w in words):
        article = None
    return bool(article) or words[-1].lower() in _TREATED
