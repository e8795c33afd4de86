"""A family name that ends in a generation's word, as Portuguese and Brazilian names do: "Souza Filho" (the son of a
Souza of the same name), "Almeida Neto" (the grandson), "Costa Sobrinho" (the nephew), "Lima Júnior". Patients and
colleagues write such a doctor "Dr. Souza Filho": the title before the whole family name, no given name. Read as a
name of two words, "Souza" would be the given name and "Filho" (son) the family name.
"""

from __future__ import annotations

from footprint.generation_words import FAMILY_WORDS
from footprint.identity import fold


def titled_family(words: list[str], titled: bool) -> str:
    """ "Dr. Souza Filho" for the titled words "Souza Filho": the family name ends in a generation's word and the word
    before it is no known given name; "" otherwise ("Dr. Pedro Filho" is a given name and a family name). Three words
    are a full name ("Dr. Paulo Souza Filho"), whether or not a list knows the given name."""
    from footprint.extract.personhood import given_name

    if not titled or len(words) != 2 or fold(words[-1]).replace(" ", "") not in FAMILY_WORDS:
        return ""
    if any(given_name(w) or len(w.rstrip(".")) == 1 for w in words[:-1]):
        return ""
    return f"Dr. {' '.join(words)}"


def generation_family(written: str) -> tuple[str, ...]:
    """The folded family name of a titled name read by ``titled_family`` ("Dr. Souza Filho" -> ("souza", "filho")),
    or () for any other name."""
    words = written.split()
    if len(words) < 3 or fold(words[0]) not in ("dr", "dra", "doctor") or not titled_family(words[1:], True):
        return ()
    return tuple(fold(" ".join(words[1:])).split())
