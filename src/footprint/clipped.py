"""An everyday given name clipped from a formal one: "Dez" for Desmond, "Frankie" for Francesca, "Karthik" for
Karthikeyan, "Rimas" for Rimantas, "Bea" for Beatrix, "Inga" for Ingeborg.

Most pet forms are the formal name's opening kept whole (a clipping), with an English pet ending ("Frank-ie") or
the name's own inflectional ending ("Rim-as" from Rim-ant-as, as Lithuanian and Greek hypocoristics keep it), and
spelled as it sounds ("Dez", "Frank-" for Franc-). No table can list them all, and the nickname table footprint
reads (``nicknames``) lacks many (Dez, Frankie for Francesca, Rimas, Karthik). A clipped name is also the clipping of
other formal names ("Bea": Beatrix, Beatrice, Beatriz), so it says no more than the initial it begins with:
matching weighs a page's clipped name with an ending ("Rimas" for the subject Rimantas) as an initial, never a bare
opening, often a name of its own ("Jose" is no Josefina), nor a page's longer name for a typed short one (a sister
"Josefina" of a José: ``namematch``); the registry's record under the formal name ("DESMOND" for a typed "Dez") is
the subject's only when what the user typed or their own pages choose it (``registry``).
"""

from __future__ import annotations

import re

from footprint.identity import fold

# English pet endings: Frankie, Danny, Dani, Bobbie; and the "-a" Scandinavian and German short forms end in ("Inga"
# for Ingeborg), only for a name the nickname table does not know at all (``pet_ending``): "Maria", "Julia" and
# "Greta" are names of their own, no clipping of Marivic, Julian or Gretchen.
PET_ENDINGS = ("ie", "y", "i", "ee", "a")


def pet_ending(short: str, ending: str, formal: str) -> bool:
    """``short`` ends in ``ending`` as a pet form of ``formal`` does: any English pet ending, and "-a" only on a name
    the nickname table knows neither as a formal name nor as a pet form, standing for a long tail (``A_CUT`` letters
    or more: "Inga" for Ingeborg, not for Ingrid, beside which Inga is a name of its own)."""
    if not short.endswith(ending):
        return False
    if ending != "a":
        return True
    from footprint.identity import known_given

    return len(formal) - (len(short) - 1) >= A_CUT and not known_given(short)


A_CUT = 4  # letters an "-a" short form leaves off: "Ing(eborg)" 5; "Ing(rid)" 3 is another name


# Inflectional endings a clipped name keeps from the formal one (Lithuanian Rimas/Rimantas, Greek Kostas/Konstantinos).
_KEPT_ENDINGS = ("as", "is", "us", "os", "ys")
_SOUNDS = (("ph", "f"), ("c", "k"), ("z", "s"), ("x", "ks"))
MIN_STEM = 3  # letters kept from the formal name: "Bea", "Dez"; "Al" or "Jo" would be anyone's
MIN_CUT = 2  # letters cut: "Paul" is no clipping of "Paula", nor "Robert" of "Roberta"


def _sounded(word: str) -> str:
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    return word


def _stems(everyday: str, formal: str, bare: bool) -> set[str]:
    stems = {everyday} if bare else set()
    for end in PET_ENDINGS:
        if pet_ending(everyday, end, formal):
            stems.add(everyday[: -len(end)])
    for end in _KEPT_ENDINGS:
        if everyday.endswith(end) and formal.endswith(end):
            stems.add(everyday[: -len(end)])
    return stems


def clipped(everyday: str, formal: str, *, bare: bool = True) -> bool:
    """True when ``everyday`` is ``formal`` clipped to its opening (three letters or more, as it sounds), with a pet
    ending or the formal name's own ending: "Dez" / Desmond, "Frankie" / Francesca, "Rimas" / Rimantas.

    ``bare=False``: only with an ending ("Rimas", "Frankie"), not the opening alone, which is often a name of its own
    ("Jose" is no Josefina)."""
    short, full = (re.sub(r"[^a-z]", "", fold(w)) for w in (everyday, formal))
    if not short or not full or short == full:
        return False
    spoken = _sounded(full)
    return any(
        len(stem) >= MIN_STEM and len(full) - len(stem) >= MIN_CUT and spoken.startswith(_sounded(stem))
        for stem in _stems(short, full, bare)
    )


MIN_BACK = 4  # letters a name cut to its end keeps: "Dora", "Lena", "Tina"; "Ina" or "Ana" would be names of their own


def pet_clipping(everyday: str, formal: str) -> bool:
    """True when ``everyday`` is ``formal`` cut to its opening or its end with nothing added ("Cal" for Callum, "Dora"
    for Teodora, "Lena" for Elena) and is itself a pet form, one the nickname table gives for some name (Cal for
    Calvin, Dora for Dorothy): a short name of that kind is how friends, a Strava profile or a neighbour's blog write
    a formal name the table does not link it to. A bare opening that is a formal name of its own ("Jose" for
    Josefina) is not one."""
    from footprint.identity import pet_form_of_some_name

    short, full = (re.sub(r"[^a-z]", "", fold(w)) for w in (everyday, formal))
    if not short or len(full) - len(short) < MIN_CUT or not pet_form_of_some_name(short):
        return False
    opening = len(short) >= MIN_STEM and _sounded(full).startswith(_sounded(short))
    return opening or (len(short) >= MIN_BACK and full.endswith(short))


# A Gaelic family name's patronymic prefix ("MacAulay", "McAllister", "Mackenzie"): patients, colleagues and students
# call its bearer "Dr. Mac", as they call a long name by its initial ("Dr. K").
_CLAN = re.compile(r"^(?:mac|mc)(?=[a-z]{3})")


def family_clip(family: str) -> str:
    """The word a titled family name is clipped to ("mac" for MacAulay, McAllister), folded; "" for a family name
    without a Mac or Mc prefix."""
    joined = re.sub(r"[^a-z]", "", fold(family))
    return "mac" if _CLAN.match(joined) else ""
