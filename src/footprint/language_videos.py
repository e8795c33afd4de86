"""The health talks a community's own channel posts: a doctor who sees patients in Somali, Khmer or Navajo is its guest.

A doctor who speaks a community's language is the one its television, radio show or association asks to explain
measles, opioids or gallbladder pain ("Caafimaadkaaga – Jadeecada (Measles) | Somali TV Minnesota", "Diné Health
Hour – Gallbladder pain", "Opioids and our families (Khmer)"). The video names its guest in the description only,
often in the community's own spelling or order ("Dr. Cabdiraxmaan Yuusuf Faarax", "Dr. Chea Sovann"), so no name
query returns it: search shows the show's title, the language and the topic. A careful auditor who reads on the
practice's page "sees patients in English and Somali" looks for the community's health talks: the language with
"health" and the state on the video sites. A result that query returns is opened (within ``[search]
open_results``, the first ``TALKS_OPENED`` of each language) when its title or snippet writes the language; matching
then judges the page on the names its description gives, like any other.

The languages are read from the pages a provisional match confirmed, where they say the subject speaks them
(``spoken``): "speaks English and Hebrew", "sees patients in English, Portuguese and Spanish", "Languages: English,
Khmer", "care for Khmer-speaking families", "patients are welcome to speak Navajo with her".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from footprint.discover import household_where
from footprint.identity import US_STATES, fold
from footprint.models import Decision, Identity, Match, SearchResult
from footprint.practice_videos import VIDEO_SITES

# Languages a US physician's profile says they see patients in, besides English, as English pages write them.
LANGUAGES = (
    "Albanian", "Amharic", "Arabic", "Armenian", "Bengali", "Bosnian", "Burmese", "Cantonese", "Cape Verdean",
    "Chinese", "Chuukese", "Dari", "Farsi", "French", "Georgian", "German", "Greek", "Gujarati", "Haitian Creole",
    "Hebrew", "Hindi", "Hmong", "Hokkien", "Hungarian", "Igbo", "Ilocano", "Indonesian", "Irish", "Italian",
    "Japanese", "Karen", "Khmer", "Kinyarwanda", "Korean", "Kriolu", "Kurdish", "Lakota", "Lao", "Malay",
    "Malayalam", "Mandarin", "Maori", "Marathi", "Marshallese", "Mongolian", "Navajo", "Nepali", "Ojibwe", "Oromo",
    "Pashto", "Persian", "Polish", "Portuguese", "Punjabi", "Romanian", "Russian", "Samoan", "Serbian", "Sherpa",
    "Somali", "Spanish", "Swahili", "Tagalog", "Taiwanese", "Tamil", "Telugu", "Thai", "Tibetan", "Tigrinya",
    "Tongan", "Turkish", "Ukrainian", "Urdu", "Vietnamese", "Yiddish", "Yoruba", "Yupik",
)  # fmt: skip
_LANGUAGE = "|".join(sorted((re.escape(n) for n in LANGUAGES), key=len, reverse=True))
_NAMED = re.compile(rf"\b({_LANGUAGE})\b")
# A list of languages as a profile writes it: "English, Portuguese and Spanish", "English/Khmer".
_LIST = rf"(?:English|{_LANGUAGE})(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:English|{_LANGUAGE}))*"
_SAYS_SPOKEN = re.compile(
    rf"\b(?:speaks?|speaking|fluent in|sees patients in|see patients in|cares? for patients in|treats patients in"
    rf"|consults? in|languages?(?: spoken)?\s*:?)\s+(?:fluent\s+)?(?P<list>{_LIST})"
    rf"|\b(?P<adjective>{_LANGUAGE})-speaking\b",
    re.I,
)

LANGUAGES_ASKED = 2  # languages searched on the video sites in a scan: the first a confirmed page writes
TALKS_OPENED = 3  # videos opened per language query: its first results that write the language


def spoken(matches: Iterable[Match]) -> tuple[str, ...]:
    """The languages besides English that confirmed pages say the subject speaks or sees patients in, in the order
    they write them: "speaks English, Armenian and Russian" gives ("Armenian", "Russian")."""
    out: dict[str, str] = {}
    for m in matches:
        if m.result.decision != Decision.CONFIRMED:
            continue
        for said in _SAYS_SPOKEN.finditer(m.page.text or ""):
            words = said.group("list") or said.group("adjective") or ""
            for name in _NAMED.findall(words):
                out.setdefault(name.lower(), name)
    return tuple(out.values())


def query(language: str, identity: Identity) -> str:
    """The community's health talks on the video sites: "Somali health Minnesota (site:youtube.com OR ...)", the
    state written out as channels write it ("Somali TV Minnesota"); without a state, the language and "health"."""
    state = region(identity)
    return " ".join(f"{language} health {US_STATES.get(state, '')} {VIDEO_SITES}".split())


def queries(languages: Iterable[str], identity: Identity) -> list[str]:
    """One query for each of the first ``LANGUAGES_ASKED`` languages."""
    return list(dict.fromkeys(query(n, identity) for n in languages))[:LANGUAGES_ASKED]


def region(identity: Identity) -> str:
    """The subject's state: the user's, else the pinned registry record's (``discover.household_where``'s); "" when
    neither says."""
    return household_where(identity)[2].upper()


def language_asked(asked: str) -> str:
    """The language a query of ``query`` asked about ("Somali"); "" for any other query."""
    if not asked.endswith(f" {VIDEO_SITES}"):
        return ""
    words = asked.removesuffix(f" {VIDEO_SITES}").split()
    if "health" not in words:
        return ""
    language = " ".join(words[: words.index("health")])
    return language if language in LANGUAGES else ""


def talk_language(result: SearchResult) -> str:
    """The language whose query (``query``) returned the result when its title or snippet writes that language: a
    video the community posted in it ("... | Somali TV Minnesota", "Opioids and our families (Khmer)"); else ""."""
    text = f" {fold(f'{result.title} {result.snippet}')} "
    asked = (language_asked(q) for q in result.queries)
    return next((n for n in asked if n and f" {fold(n)} " in text), "")


def from_talk(result: SearchResult) -> bool:
    """True when the result is a community's talk in a language the subject speaks (``talk_language``)."""
    return bool(talk_language(result))


def beyond_first(results: Iterable[SearchResult]) -> set[str]:
    """The URLs of the talks past the first ``TALKS_OPENED`` of each language, in rank order: a language's health
    talks in a state are many, and its guest is most often among the first few."""
    counted: dict[str, int] = {}
    out: set[str] = set()
    for result in results:
        language = talk_language(result)
        if not language:
            continue
        counted[language] = counted.get(language, 0) + 1
        if counted[language] > TALKS_OPENED:
            out.add(result.url)
    return out
