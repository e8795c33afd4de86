"""A Portuguese or Brazilian family name ends in a generation's word ("Souza Filho", "Almeida Neto"): a patient
writes "my surgeon, Dr. Souza Filho", the title before the whole family name, no given name. It is read as the
family name with the title, as "Dr. Souza" would be, not as a given name "Souza" and a family name "Filho" (son)."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract.names import names_in
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, PageKind, PersonRecord

# As the registry names him (first PAULO, last SOUZA FILHO): the family name is both words.
TYPED = make_subject("Paulo Souza Filho, MD", specialty="Colon & Rectal Surgery", state="MA")
PAULO = Identity(replace(TYPED, middle_name=None, family_name="Souza Filho"), ())


def _judged(name: str) -> tuple[str, ...]:
    context = f"My surgeon, {name}, said the drain comes out Friday. [page: A year after surgery]"
    page = Extracted(
        url="https://blog.example/six-months",
        site_id="x",
        kind=PageKind.OTHER,
        people=(PersonRecord(name=name, context=context, read_from=("name:text",)),),
    )
    return match(PAULO, page).reasons


def test_a_title_before_a_generations_family_name_is_the_family_name_alone() -> None:
    text = "My surgeon, Dr. Souza Filho, said the drain comes out Friday. Dra. Costa Neto agreed."
    assert [n.name for n in names_in(text)] == ["Dr. Souza Filho", "Dr. Costa Neto"]
    # A given name before it is a full name, and so is a given name with the generation's word.
    assert [n.name for n in names_in("Dr. Paulo Souza Filho operated.")] == ["Paulo Souza Filho"]
    assert [n.name for n in names_in("Dr. Pedro Filho operated.")] == ["Pedro Filho"]


def test_the_titled_family_name_is_judged_as_the_subjects_family_name() -> None:
    reasons = _judged("Dr. Souza Filho")
    assert "Dr. Souza Filho: the family name with the title, no given name" in reasons
    assert not any(r.startswith("given name differs") for r in reasons)
    # Another family's son is not the subject.
    assert any(r.startswith("family name differs") for r in _judged("Dr. Almeida Filho"))
