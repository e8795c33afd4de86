"""The forms of the subject's name discovery searches and opens for, built once (``footprint.nameforms``)."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.models import Identity, NpiRecord
from footprint.nameforms import NameForms, legal_name, registry_first_name, registry_givens

WENDELL = NpiRecord("1245319599", "JAMES", "QUILLBY", middle_name="WENDELL", credential="DO")


def _who(
    name: str, record: NpiRecord | None = None, namesakes: tuple[NpiRecord, ...] = (), **typed: object
) -> Identity:
    subject = make_subject(name, **typed)  # type: ignore[arg-type]
    return Identity(subject, name_variants(subject), record, npi_namesakes=namesakes)


def test_a_double_surname_is_whole_joined_and_each_part() -> None:
    forms = NameForms.of(_who("Dr. Teodora Brannigan-Kessel"))
    assert {"brannigan kessel", "brannigankessel"} <= forms.families()
    assert {"brannigan", "kessel"} <= forms.families()
    assert forms.given == "teodora"


def test_a_generation_word_is_part_of_the_family_name_but_no_family_name_alone() -> None:
    forms = NameForms.of(_who("Dr. Tomas Rezende Filho"))
    assert {"rezende filho", "rezendefilho", "rezende"} <= forms.families()
    assert "filho" not in forms.families()


def test_a_nickname_is_known_but_not_typed() -> None:
    forms = NameForms.of(_who("Robert Kowalczyk"))
    assert {"rob", "bob"} <= forms.known_givens()
    assert forms.typed_givens() == {"robert"}


def test_a_former_name_gives_a_family_and_a_given() -> None:
    forms = NameForms.of(_who("Caroline Pruitt", also_known_as=("Caroline Hollis",)))
    assert "hollis" in forms.families()
    assert "pruitt" in forms.families()
    assert "hollis" not in NameForms.of(_who("Caroline Pruitt")).families()


def test_the_pinned_record_names_the_subject_a_namesake_does_not() -> None:
    pinned = NameForms.of(_who("Dr. Wendell Quillby", WENDELL))
    assert {"james", "wendell"} <= pinned.known_givens()
    other = NpiRecord("1356483275", "JAMES", "HOLT", middle_name="ARTHUR")
    # With no record chosen, every record of the family name may be the subject; another family's is not.
    unpinned = _who("Dr. Wendell Quillby", None, (WENDELL, other))
    assert registry_givens(unpinned, {"quillby"}) == {"james", "wendell"}
    assert "arthur" not in NameForms.of(unpinned).known_givens()


def test_the_registry_first_name_and_legal_name_of_a_doctor_known_by_the_middle_name() -> None:
    who = _who("Dr. Wendell Quillby", WENDELL)
    assert registry_first_name(who) == "James Quillby"
    assert legal_name(who.subject, WENDELL) == "James Wendell Quillby"
    same = _who("Dr. James Quillby", WENDELL)
    assert registry_first_name(same) == ""  # he goes by the first name
    assert legal_name(same.subject, WENDELL) == ""
