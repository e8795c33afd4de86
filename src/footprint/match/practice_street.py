"""The practice's street, named without its number beside a doctor's title and one name: "an appointment on
Bramhall Street, and the doctor there, Dr. Chea", "Dr. B at the surgeons' office on Beaver St". Patients name a
clinic by its street as often as by its name. The street the NPI record gives for the subject's practice, written in
the mention's own sentence, places that doctor at the subject's office as a learned workplace does: read beside a
titled name alone (``titled.pinned``), never as evidence on a page of its own, since a street holds many offices."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import NpiRecord

# A street's type as a record abbreviates it and as people write it.
_TYPES = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive", "ln": "lane",
          "blvd": "boulevard", "ct": "court", "pl": "place", "cir": "circle", "ter": "terrace", "pkwy": "parkway",
          "hwy": "highway", "trl": "trail", "sq": "square", "way": "way"}  # fmt: skip
_DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})
MIN_WORD = 4  # letters of the street's name word: "Bramhall", "Beaver", not "Elm" or "Oak"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
WHY = "the mention names the street of the subject's practice in the NPI record"


def _name_and_type(street: str) -> tuple[str, str] | None:
    """The word that names the street, just before its type word, and the type in full ("1200 N Beaver St Suite
    240": beaver, street); None when the line has no number, no type word or too short a name."""
    words = fold(street).split()
    if len(words) < 3 or not words[0][0].isdigit():
        return None
    for i in range(2, len(words)):
        kind = words[i]
        full = _TYPES.get(kind) or (kind if kind in _TYPES.values() else "")
        if not full:
            continue
        name = words[i - 1]
        if name in _DIRECTIONS or (name[0].isdigit() and not _ORDINAL.fullmatch(name)):
            return None
        if len(name) < MIN_WORD and not _ORDINAL.fullmatch(name):
            return None
        return name, full
    return None


def named(record: NpiRecord | None, own_words: str) -> str:
    """The practice street the NPI record gives, as ``own_words`` write it without a number ("Bramhall Street",
    "Beaver St"), or ""."""
    if record is None or not own_words:
        return ""
    said = f" {fold(own_words)} "
    for address in record.addresses:
        if address.purpose and address.purpose.upper() == "MAILING":
            continue
        found = _name_and_type(address.street)
        if found is None:
            continue
        name, full = found
        forms = {full, *(k for k, v in _TYPES.items() if v == full)}
        if any(f" {name} {form} " in said for form in forms):
            return f"{WHY}: {name.title()} {full.title()}"
    return ""


def beside(record: NpiRecord | None, own_words: str, reasons: list[str]) -> str:
    """Why a titled name's own sentence places the doctor at the subject's practice by its street, or "": only when
    the page says the subject's town too (``reasons`` hold a town tie), since another town has a street of that name."""
    from footprint.match.text_evidence import TOWN_TIES
    from footprint.match.titled import HERE

    if not any(r.startswith((*TOWN_TIES, *HERE)) for r in reasons):
        return ""
    return named(record, own_words)
