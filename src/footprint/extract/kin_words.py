"""The words families call their elders and cousins by, written before a name as a title is: "Uncle Lorcan", "Auntie
Bee", Malay "Makcik Lim", Tagalog "Tita Malou", Spanish "Tía Carmen", Yiddish "Bubbe Ruth", Italian "Nonna Pia",
Greek "Yiayia Eleni", Hindi "Nani", Korean "Gomo", Hawaiian "Tutu". Such a word is no given name: "Tita Malou
Dimaculangan" is Malou Dimaculangan, as her nieces write her. A word that is also a given name ("Lola", "Didi") is
left to be one, as is a word many families also give ("Nana", "Tia", "Saba").
"""

from __future__ import annotations

from footprint.identity import fold

KIN_TITLES = frozenset(
    {
        # English
        "uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "granny", "grandmother", "grandfather",
        "granddad", "grandad", "gramps", "grammy", "cousin",
        # Malay, Indonesian
        "makcik", "pakcik", "nenek", "atok", "tante",
        # Tagalog
        "tita", "tito", "lolo", "manang", "manong", "kuya",
        # Spanish, Portuguese, Italian
        "abuela", "abuelo", "abuelita", "abuelito", "nonna", "nonno", "zio",
        # Yiddish, Hebrew
        "bubbe", "bubbie", "bubby", "bobe", "zayde", "zaidy", "zeide", "savta",
        # German, Dutch, Polish, Russian
        "oma", "opa", "onkel", "babcia", "dziadek", "ciocia", "wujek", "babushka", "dedushka",
        # Hindi, Marathi, Tamil, Nepali
        "bhaiya", "bhaiyya", "nani", "dadi", "chacha", "chachi", "mausi", "maushi", "ajji", "thatha", "paati",
        # Korean, Chinese
        "halmeoni", "halmoni", "harabeoji", "gomo", "samchon", "popo", "yeye", "nainai", "laolao",
        # Greek, Turkish, Arabic, Somali, Hawaiian
        "yiayia", "pappou", "papou", "teyze", "amca", "teta", "sitto", "jiddo", "khalto", "eedo", "tutu",
    }
)  # fmt: skip
# Written with their accent only: "Tía Carmen", "Vovó Lia" (without it, "Tia" is a given name).
_ACCENTED = frozenset({"tía", "tío", "vovó", "vovô", "avó", "avô"})


def kin_title(word: str) -> bool:
    """``word`` is a kin word families write before a name, and no given name too ("Lola", "Didi")."""
    from footprint.extract.personhood import given_name

    bare = word.strip(".,")
    return (fold(bare) in KIN_TITLES or bare.casefold() in _ACCENTED) and not given_name(bare)
