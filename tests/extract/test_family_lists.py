"""A neighbourhood newsletter lists a household under its family name ("The Quennell family at 12 Elm Ave (Orla,
Ravi, Ava and Leo)") and an obituary brackets a married relative's spouse ("his daughter Ines (Tomas) Quennell"):
each member is read as a person of the family name, with their sentence; a bracketed nickname is not a spouse."""

from __future__ import annotations

from footprint.extract.mentions import people

NEWSLETTER = (
    "Porch of the season. The Quennell family at 12 Elm Ave (Orla, Ravi, Ava and Leo) won porch of the season for "
    "their window boxes. Yard sale May 16."
)
OBITUARY = (
    "Arvid Lund, 85, died on October 2. He is survived by his daughter Ines (Tomas) Quennell of Dayton, and his "
    "grandchildren Ava and Leo. Margaret (Peggy) Doyle read the eulogy."
)


def _names(text: str) -> dict[str, str]:
    return {p.name: p.context for p in people(text)}


def test_each_member_of_a_listed_household_is_a_person_of_the_family_name() -> None:
    found = _names(NEWSLETTER)
    for member in ("Orla Quennell", "Ravi Quennell", "Ava Quennell", "Leo Quennell"):
        assert member in found, member
    assert "12 Elm Ave" in found["Orla Quennell"]


def test_an_obituarys_bracketed_spouse_is_a_person_and_a_bracketed_nickname_is_not() -> None:
    found = _names(OBITUARY)
    assert "Tomas Quennell" in found and "Ines Quennell" in found
    assert "Peggy Doyle" not in found  # "Margaret (Peggy) Doyle": her own everyday name
    assert not any(name.startswith("Tomas") for name in _names("The board thanked Ines (Tomas) Quennell."))
