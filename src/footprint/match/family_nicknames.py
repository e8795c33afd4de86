"""The short name a family calls the subject by, clipped from the given name, in a caption beside their household.

Relatives' blogs and family sites caption a photo with the whole household by the names the family uses: a cousin's
Tumblr "Dilu akka and Ruwan aiya with Nethmi and Senuth", a mother's Blogger "Lu and Tavita with Iosefa and Malia", a
sister's WordPress "Rico e Camila com o Lucas e a Bia", a husband's Wix "Eils with Isla and Rory", a sister-in-law's
Ghost "Van and Sophea with Dara and Bopha", a cousins' Wix "Ashu-tai and Sunil-dada with Gauri and Omkar". The
family's name for the subject is the given name cut short, often with a pet ending (Dil-u, Ash-u, Ric-o, Eil-s), or
its last syllable (So-vann: Van), which no nickname table lists. Such a form alone is anyone's; written in one
sentence with two or more given names of the relatives the subject's confirmed people-search record lists (a spouse
and the children), it is the one member of that household the caption does not name otherwise: the subject.
``kin_page`` then judges the page as the household's page about them.

Not a form a relative's given name clips as well (the subject Lusia beside a sister Luana: "Lu" is either; "Rico"
beside a father Ricardo), nor a word every sentence opens with ("And", "The"). The relatives count when the caption
cuts their names short too ("Imo, Rafa and Tess"). Where a family calls the subject by the second of their names,
which the registry files as the family name (Tibetan, Indonesian usage), that name with a kin word joined ("Dolkar-la")
or cut short ("Wulan" for Wulandari) is the subject's form too (``calls_by_family``); it also opens the household
query's result whose snippet writes it (``names_household``, read by ``result_names``).
"""

from __future__ import annotations

import re

from footprint.identity import fold

KIN_GIVEN = 2  # relatives' given names written in the caption with the clipped form
# Pet endings a family adds to a clipped given name: Dil-u, Ash-u, Ric-o, Abd-i, Bat-aa, Eil-s, Jen-ny, Kat-ie.
_ENDINGS = ("aa", "ie", "ee", "ny", "u", "o", "i", "y", "a", "s", "e")
_STEM = 3  # letters of the given name a pet form keeps before its ending
_SHORT = 2  # letters of a bare clipped form ("Lu" for Lusia)
_WORD = re.compile(r"(?<![\w'’])([A-Z][a-z]+)(?=[\s,;:.!?)'’-]|$)")
_SENTENCE = re.compile(r"[^.!?\n]+")
_NOT_NAMES = frozenset(
    {"and", "the", "with", "our", "his", "her", "from", "for", "this", "that", "then", "photo", "left", "right",
     "front", "back", "mom", "dad", "nana", "papa", "uncle", "aunt", "auntie", "grandma", "grandpa", "baby"}
)  # fmt: skip


def clips(given: str, word: str) -> bool:
    """True when ``word`` (folded) is ``given`` (folded) cut short: its opening letters ("lu" for lusia), its opening
    letters with a pet ending ("dilu" for dilani, "rico" for ricardo), or its last syllable ("van" for sovann)."""
    if not given or not word or word == given or len(word) < _SHORT:
        return False
    if given.startswith(word):
        return True
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _STEM and given.startswith(stem) and stem != given:
            return True
    return len(word) >= _STEM and (given.endswith(word) or given.endswith(word + word[-1]))


def clipped_caption(given: str, text: str, relatives: set[str], family: str = "") -> tuple[str, tuple[str, ...]]:
    """(the clipped form of ``given`` as written, the relatives' folded given names its sentence writes), or ("", ()).
    A relative is written by their given name or by it cut short too ("Rafa" for Rafael, beside "Imo" for Imogen).
    ``family``: the subject's second name, which Tibetan, Indonesian and other families call them by where it is no
    family's name (``calls_by_family``)."""
    key = fold(given)
    if len(key) <= _SHORT or not relatives:
        return "", ()
    for sentence in _SENTENCE.findall(text):
        words = {fold(w) for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", sentence)}
        named = tuple(sorted(r for r in relatives if r in words or any(_kin_clip(r, w) for w in words)))
        if len(named) < KIN_GIVEN:
            continue
        for m in _WORD.finditer(sentence):
            word = fold(m.group(1))
            called = calls_by_family(fold(family), word, sentence[m.end() :])
            if word in relatives or word in _NOT_NAMES or not (clips(key, word) or called):
                continue
            if any(word == r or clips(r, word) for r in relatives):
                continue  # "Lu" beside a sister Luana: either's
            return m.group(1), named
    return "", ()


def _kin_clip(relative: str, word: str) -> bool:
    """``word`` is the relative's given name cut short, long enough to be theirs ("rafa" for rafael, not "ra")."""
    return len(word) >= _STEM + 1 and relative.startswith(word) and word != relative


def written_clips(given: str, text: str) -> set[str]:
    """The capitalised words of ``text`` that are ``given`` cut short (``clips``), folded: the forms a family caption
    may call the subject by."""
    key = fold(given)
    if len(key) <= _SHORT:
        return set()
    words = {fold(m.group(1)) for m in _WORD.finditer(text)}
    return {w for w in words if w not in _NOT_NAMES and clips(key, w)}


_FAMILY_CLIP = 4  # letters of the second name a family keeps when it cuts it short ("Wulan" for Wulandari)


def calls_by_family(family: str, word: str, after: str) -> bool:
    """True when ``word`` (folded) is the subject's second name (``family``, folded) as a family calls them by it: cut
    short ("wulan" for Wulandari), or whole with a kin word or honorific joined after it ("Dolkar-la"), where a
    family name written whole and alone ("the Dolkar kids") is the household's, not the subject."""
    from footprint.match.kin_suffix import JOINED

    if not family or " " in family or not word:
        return False
    if word == family:
        return re.match(JOINED, after) is not None
    return len(word) >= _FAMILY_CLIP and family.startswith(word)


def names_household(given: str, family: str, text: str, kin: tuple[str, ...]) -> bool:
    """True when ``text`` (a search result's title and snippet) writes two or more of the relatives' given names
    (``kin``) in one sentence with the subject by a clipped given name or the second name they are called by:
    "Dolkar-la and Karma with Tashi and Pema", "Wulan dan Budi dengan Rizky dan Ayu"."""
    joined = re.sub(r"\s*(?:\.\.\.|…)\s*", " ", text)  # an engine's snippet: the caption's words between its ellipses
    return bool(clipped_caption(given, joined, {fold(k) for k in kin}, family)[0])


def written_calls(family: str, text: str) -> set[str]:
    """The words of ``text`` (folded) that are the subject's second name as a family calls them by it
    (``calls_by_family``): "dolkar" in "Dolkar-la and Karma with Tashi and Pema"."""
    key = fold(family)
    return {fold(m.group(1)) for m in _WORD.finditer(text) if calls_by_family(key, fold(m.group(1)), text[m.end() :])}
