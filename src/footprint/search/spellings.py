"""Other ways pages write a physician's name, for what discovery searches for and opens.

A patient who knows "Dr. Evgeny Sokolov" still finds him written "Yevgeny Sokolov" on a faculty
page and "Dr. Gene Sokolov" in a news story; "Dr. Isabel de la Cruz" is "Isabel Delacruz" on a
people-search site. The nickname tables know English nicknames (Rob for Robert) but not other
romanisations of a Slavic or Polish name, nor the English name its bearer goes by: those come
from the one table matching uses too (``footprint/given_names.yaml``, read by ``givennames``).
"""

from __future__ import annotations

import re

from footprint.givennames import HOME_FORMS, holding
from footprint.identity import fold

# Words that join a family name ("de la Cruz", "van der Berg"): pages also write them run together.
PARTICLES = frozenset({"de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos", "das"})


def other_given_names(given: str) -> list[str]:
    """Another romanisation of ``given``, then the English everyday form ("Evgeny" → ["Yevgeny",
    "Gene"]); nothing for a name the table (``given_names.yaml``) does not hold as a romanisation,
    or for an English name ("Eugene")."""
    key = fold(given)
    out: list[str] = []
    for group in holding(key):
        if group.source in HOME_FORMS:
            continue  # "Rochie" for every Rachel: a family's word, which pages write beside other ties, not a search
        others = [s for s in group.romanised if s != key]
        for name in (*others[:1], *group.english[-1:]):
            if name != key and name.title() not in out:
                out.append(name.title())
    return out


# The Arabic article as a family name's first part: "Al-Khatib", "Al Khatib" and "Alkhatib" are one name.
_ARTICLE = re.compile(r"(?i)^(al|el)[-\s]?([^\W\d_]{3,})$")


def other_family_names(family: str, given: str = "") -> list[str]:
    """A family name with particles written run together ("de la Cruz" → "Delacruz"); a family name with the
    Arabic article in the other form ("Al-Khatib" → "Alkhatib", and "Alkhatib" → "Al-Khatib" when the given
    name is an Arabic one the table holds: "Allen" and "Elgin" are no article and a name)."""
    article = _ARTICLE.match(family.strip())
    written_apart = "-" in family or " " in family.strip()
    arabic = any(g.source.startswith("arabic") for g in holding(given)) if given else False
    if article is not None and (written_apart or arabic):
        al, rest = article.group(1).title(), article.group(2).title()
        joined, hyphened = f"{al}{rest.lower()}", f"{al}-{rest}"
        return [hyphened] if "-" not in family and " " not in family else [joined]
    words = family.split()
    if len(words) < 2 or not any(w.lower() in PARTICLES for w in words[:-1]):
        return []
    joined = "".join(words)
    return [joined[:1].upper() + joined[1:].lower()]


def surname_parts(family: str) -> list[str]:
    """The parts of a double surname that may appear alone ("Okonkwo-Reyes" → Okonkwo, Reyes);
    none for a surname with particles ("de la Cruz" is one name) or a single word."""
    words = family.split()
    if len(words) > 1 and any(w.lower() in PARTICLES for w in words):
        return []
    parts = [p for p in re.split(r"[-\s]+", family) if len(p) > 1]
    return parts if len(parts) > 1 else []


# Latin to Cyrillic for a Russian family name, the reverse of BGN/PCGN, longest spellings first
# ("Sokolov" → "Соколов", "Kuznetsov" → "Кузнецов"); a search engine forgives what it gets wrong.
_TO_CYRILLIC = (
    ("shch", "щ"), ("skiy", "ский"), ("sky", "ский"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("iy", "ий"), ("a", "а"), ("b", "б"), ("v", "в"),
    ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
)  # fmt: skip


def native_name(given: str, family: str) -> str:
    """The name in the script of its language ("Evgeny Sokolov" → "Евгений Соколов"), when the given-name
    table knows the given name's own spelling; "" otherwise (no guess for a name of unknown origin)."""
    native = next((g.native for g in holding(given) if g.native), "")
    word = fold(family).replace(" ", "")
    if not native or not word:
        return ""
    spelled = _spelled(word, _TO_CYRILLIC)  # "": a letter Russian has no equivalent for (q, w, x): not Russian
    return f"{native} {spelled.title()}" if spelled else ""


# Latin to Armenian and to Georgian, the reverse of the romanisations ``identity.fold`` reads (BGN/PCGN 1981 for
# Eastern Armenian; the Georgian national system of 2002), longest spellings first. Where two letters romanise
# alike (Armenian տ/թ, կ/ք, Georgian თ/ტ, კ/ქ) the commoner is written: a search engine forgives the rest.
_TO_ARMENIAN = (
    ("kh", "խ"), ("zh", "ժ"), ("ts", "ց"), ("dz", "ձ"), ("gh", "ղ"), ("ch", "չ"), ("sh", "շ"), ("u", "ու"),
    ("a", "ա"), ("b", "բ"), ("g", "գ"), ("d", "դ"), ("e", "ե"), ("z", "զ"), ("t", "տ"), ("i", "ի"), ("l", "լ"),
    ("k", "կ"), ("h", "հ"), ("m", "մ"), ("y", "յ"), ("n", "ն"), ("o", "ո"), ("p", "պ"), ("j", "ջ"), ("r", "ր"),
    ("s", "ս"), ("v", "վ"), ("f", "ֆ"),
)  # fmt: skip
_ARMENIAN_OPENING = (("ye", "ե"), ("vo", "ո"), ("e", "է"), ("o", "օ"))  # "Yeghiazaryan", "Voskanyan", "Ohanyan"
_TO_GEORGIAN = (
    ("sh", "შ"), ("ch", "ჩ"), ("ts", "ც"), ("dz", "ძ"), ("kh", "ხ"), ("gh", "ღ"), ("zh", "ჟ"), ("a", "ა"),
    ("b", "ბ"), ("g", "გ"), ("d", "დ"), ("e", "ე"), ("v", "ვ"), ("z", "ზ"), ("t", "თ"), ("i", "ი"), ("k", "კ"),
    ("l", "ლ"), ("m", "მ"), ("n", "ნ"), ("o", "ო"), ("p", "პ"), ("r", "რ"), ("s", "ს"), ("u", "უ"), ("j", "ჯ"),
    ("q", "ყ"), ("h", "ჰ"),
)  # fmt: skip
# The family-name endings that say the language, and only it: Eastern Armenian "-yan" (-յան, "of the family of");
# Georgian "-shvili" ("child of") and "-dze" ("son of"), the two endings most Georgian family names carry. "-ian"
# (Western Armenian, and English Brian, Julian) and "-ia" (Georgian Danelia, Spanish Garcia) say nothing alone.
_ARMENIAN_FAMILY = re.compile(r"[a-z]{2,}yan")
_GEORGIAN_FAMILY = re.compile(r"[a-z]{2,}(?:shvili|dze)")


def _spelled(word: str, table: tuple[tuple[str, str], ...], opening: tuple[tuple[str, str], ...] = ()) -> str:
    """``word`` (folded) letter by letter in another script; "" when a letter has none there."""
    out, i = [], 0
    for latin, native in opening:
        if word.startswith(latin):
            out.append(native)
            i = len(latin)
            break
    while i < len(word):
        for latin, native in table:
            if word.startswith(latin, i):
                out.append(native)
                i += len(latin)
                break
        else:
            return ""
    return "".join(out)


def native_query(given: str, family: str) -> str:
    """A search for a name in its own script when the family name's ending says its language: the given name
    quoted with the family name and its forms in running text ('"Անահիտ" Սարգսյան Սարգսյանը Սարգսյանի'), as an
    Armenian or Georgian paper or parish page writes its own; the Russian name quoted ('"Евгений Соколов"'); ""
    otherwise. Armenian and Georgian decline a name (Armenian "Սարգսյանը", the Sargsyan; Georgian "გელაშვილის",
    of Gelashvili) and Georgian lists write the family name first, so only the given name is a phrase."""
    russian = native_name(given, family)
    if russian:
        return f'"{russian}"'
    first, last = fold(given), fold(family)
    if " " in first or " " in last or not first:
        return ""
    if _ARMENIAN_FAMILY.fullmatch(last):
        own, kin = _spelled(first, _TO_ARMENIAN, _ARMENIAN_OPENING), _spelled(last, _TO_ARMENIAN, _ARMENIAN_OPENING)
        forms = (kin, f"{kin}ը", f"{kin}ի")  # the name, the name with its article, the name's genitive
        return f'"{own.capitalize()}" ' + " ".join(f.capitalize() for f in forms) if own and kin else ""
    if _GEORGIAN_FAMILY.fullmatch(last):
        own, kin = _spelled(first, _TO_GEORGIAN), _spelled(last, _TO_GEORGIAN)
        # The name, its genitive and its ergative (the doer of a deed): a closing -ი or -ე gives way to -ის;
        # -ი to -მა, while a closing -ე takes -მ ("გელაშვილი": გელაშვილის, გელაშვილმა; "ჩხეიძე": ჩხეიძის, ჩხეიძემ).
        consonant = kin.endswith("ი")
        forms = (kin, f"{kin[:-1]}ის", f"{kin[:-1]}მა" if consonant else f"{kin}მ")
        return f'"{own}" ' + " ".join(forms) if own and kin else ""
    return ""
