"""The subject's name as pages may write it that the user's spelling hides: the everyday or formal given name, the
registry's legal first name, another romanisation, a double surname's parts, the family name as public records
key it."""

from __future__ import annotations

from footprint.models import Identity
from footprint.query_hints import sole_record


def registry_given(identity: Identity) -> list[str]:
    """The pinned record's first name when it is a longer form of the typed given name ("Leopold" for Leo): the
    legal name a directory lists beside the middle initial. Not a middle name the subject goes by ("James" for
    Wendell), whose middle initial is not the record's."""
    record, typed = sole_record(identity), identity.subject.given_name or ""
    legal = registry_name(identity)
    if record is None or not legal or not typed or not record.first_name.lower().startswith(typed[:1].lower()):
        return []
    return [record.first_name.title()]


def other_names(identity: Identity) -> list[str]:
    """The subject's name as pages may write it that the user's spelling hides, most common first:
    the everyday or formal given name, another romanisation or the English name, the family name's
    particles run together, each part of a double surname."""
    from footprint.search.spellings import other_family_names, other_given_names

    s = identity.subject
    first, last = s.given_name or "", s.family_name or ""
    from footprint.nameforms import handle_givens

    # The name the user's own handle writes first ("hettie.quarrington"): the one the subject chose to go by.
    out = [f"{g.title()} {last}" for g in handle_givens(s)]
    out += [*registry_name(identity), *formal_names(identity)]
    out += [f"{g} {last}" for g in other_given_names(first)]
    out += [f"{first} {f}" for f in other_family_names(last, first)]
    # Both at once, as a page romanising the whole name its own way writes it ("Yousef Al-Khatib").
    out += [f"{g} {f}" for g in other_given_names(first)[:1] for f in other_family_names(last, first)[:1]]
    return list(dict.fromkeys(o for o in out if o != f"{first} {last}"))[:4]


def record_families(identity: Identity) -> list[str]:
    """The family name as public records write it when that differs from the typed one: an apostrophe dropped
    ("O'Sullivan" → "OSullivan") and particles run together ("Van Der Berg" → "Vanderberg"), as databases that
    keep letters only (state licence lookups, court indexes, assessors' rolls) key a name."""
    from footprint.search.spellings import PARTICLES

    family = (identity.subject.family_name or "").strip()
    words = family.replace("'", "").replace("’", "").split()
    if not identity.subject.given_name or not words:
        return []
    if len(words) > 1 and not all(w.lower() in PARTICLES for w in words[:-1]):
        return []  # two family names ("Quinones Aponte"): each is asked alone already
    joined = "".join(words)
    joined = joined[:1].upper() + joined[1:].lower()
    return [joined] if joined.lower() != family.lower() else []


def registry_name(identity: Identity) -> list[str]:
    """The registry's first name of a subject who goes by another one ("Wendell" for JAMES WENDELL, "Leopold" for a
    typed Leo): ratings sites, boards and hospital directories list a physician under the legal first name. The
    pinned record's, else that of the registry's only physician of the name (``sole_record``)."""
    from dataclasses import replace

    from footprint.nameforms import registry_first_name

    name = registry_first_name(replace(identity, npi_record=sole_record(identity)))
    return [name] if name else []


def formal_names(identity: Identity) -> list[str]:
    """The names a page may use that the user's spelling hides: the formal given name behind a
    nickname ("Peggy Doyle" → "Margaret Doyle"), each part of a double surname alone."""
    from footprint.identity import _nicknamer

    s = identity.subject
    first, last = s.given_name or "", s.family_name or ""
    # Of the formal names a nickname stands for, the plainest (shortest) is the commonest guess.
    # Only a short given name is taken for a nickname ("Peggy", "Kate"); "Eleanor" is itself formal.
    short = len(first) <= 5
    formal = sorted(_nicknamer().canonicals_of(first.lower()), key=lambda c: (len(c), c)) if short else []
    # The registry's longer first name of the typed one ("Leopold" for Leo) is the formal name, not a guess.
    formal = [g.lower() for g in registry_given(identity)] or formal
    out = [f"{c.title()} {last}" for c in formal[:1]]
    if not formal:  # a formal given name: the everyday form people write ("Katherine" → "Kate")
        from footprint.identity import _closest_nicknames, commonest_nicknames

        # Only a form that keeps the name's opening ("Kate", "Rob"): "Lenora" is another name than "Eleanor"; or one
        # of the forms the name's bearers are commonest called by ("Meg" for Margaret, "Bill" for William, "Neil" for
        # Cornelius), which keep no opening.
        common = commonest_nicknames().get(first.lower(), ())
        everyday = [n for n in _closest_nicknames(first) if n[:3] == first.lower()[:3] or n in common]
        # Two distinct everyday forms when the name has them ("Rich" and "Rick" for Richard): people who go by
        # a short name split between such forms, and a page writes only one. A pet form of one already kept
        # ("Richie" of "Rich", "Ricky" of "Rick") finds nothing the short form does not.
        distinct = [n for n in everyday if not any(_pet_form(n, k) for k in everyday)]
        out += [f"{n.title()} {last}" for n in distinct[:2]]
    from footprint.search.spellings import surname_parts

    out += [f"{first} {p}" for p in surname_parts(last)]  # "de la Cruz" is one name, not "de" and "la"
    return out[:2]


def _pet_form(name: str, of: str) -> bool:
    """``name`` is ``of`` with a pet ending ("richie" of "rich", "ricky" of "rick", "robby" of "rob")."""
    stem = of[:-2] if of.endswith("ie") else of[:-1] if of.endswith("y") else of
    return len(name) > len(of) and name.endswith(("y", "ie", "i")) and name.startswith(stem)
