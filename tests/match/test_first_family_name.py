"""The first of two family names alone ("Dra. Lucía Ferrándiz" for Lucía Ferrandiz Olmedo, whose registry record
says FERRANDIZ OLMEDO) is how a person of two family names goes by in Spanish usage: it fits the way an everyday
given name does, a tie (field, town) makes the page likely, and without one it stays possible. The second family
name alone stays weak; the first with another second one ("Ferrándiz Vidal"), or the name in another city, is
another person. Not for a hyphenated double-barrel ("Smith-Jones") nor a name with a particle."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord
from footprint.namematch import SubjectNames, fit
from footprint.registry import named_by

RECORD = NpiRecord(
    "1578901234", "LUCIA", "FERRANDIZ OLMEDO", credential="MD", taxonomies=("Pediatric Surgery",),
    addresses=(Address("12 Calle Luna", "Caguas", "PR", "00725", "LOCATION"),),
)  # fmt: skip
TYPED = make_subject("Dra. Lucía Ferrandiz Olmedo", state="PR")
LUCIA = Identity(named_by(TYPED, RECORD), (), RECORD, 1)
CAGUAS = (Address(city="Caguas", state="PR"),)


def _judged(name: str, **kw: object) -> tuple[Decision, tuple[str, ...]]:
    page = Extracted(
        url="https://hospital.example/medicos", site_id="x", kind=PageKind.OTHER, people=(PersonRecord(name, **kw),)
    )  # type: ignore[arg-type]
    result = match(LUCIA, page)
    return result.decision, result.reasons


def test_the_first_family_name_alone_fits_as_the_name_she_goes_by() -> None:
    found = fit(SubjectNames.of(LUCIA.subject), "Dra. Lucía Ferrándiz")
    assert found.score >= 0.85 and not found.conflict
    assert "Ferrándiz is the first of Ferrandiz Olmedo" in found.reasons[0]


def test_with_her_field_and_town_the_page_is_likely() -> None:
    decision, reasons = _judged("Dra. Lucía Ferrándiz", specialties=("Pediatric Surgery",), addresses=CAGUAS)
    assert decision.is_match, reasons


def test_without_a_tie_it_stays_possible() -> None:
    decision, _ = _judged("Dra. Lucía Ferrándiz", credentials=("MD",))
    assert decision == Decision.POSSIBLE


def test_the_namesake_in_another_city_stays_out() -> None:
    decision, _ = _judged(
        "Dra. Lucía Ferrándiz", specialties=("Pediatrics",), addresses=(Address(city="Mayagüez", state="PR"),)
    )
    assert not decision.is_match


def test_the_first_family_name_with_another_second_one_is_another_person() -> None:
    decision, _ = _judged("Dra. Lucía Ferrándiz Vidal", specialties=("Pediatric Surgery",), addresses=CAGUAS)
    assert decision == Decision.REJECTED


def test_the_second_family_name_alone_stays_weak() -> None:
    names = SubjectNames.of(LUCIA.subject)
    assert fit(names, "Lucía Olmedo").score < fit(names, "Lucía Ferrándiz").score


def test_titled_first_family_name_counts_as_the_family_name() -> None:
    first = _judged("Dra. Ferrándiz", specialties=("Pediatric Surgery",), addresses=CAGUAS)
    assert first[0].is_match, first[1]


def test_a_hyphenated_double_barrel_or_a_particle_is_not_lifted() -> None:
    barrel = SubjectNames.of(make_subject("Anna Smith-Jones", state="OH"))
    assert fit(barrel, "Anna Smith").score < 0.85
    particle = SubjectNames.of(make_subject("Luis Garcia de la Cruz", state="TX"))
    assert fit(particle, "Luis Garcia").score < 0.85


def _on_page(headline: str, text: str) -> tuple[Decision, tuple[str, ...]]:
    person = PersonRecord(headline, specialties=("Pediatric Surgery",), addresses=CAGUAS)
    page = Extracted(
        url="https://noticias.example/2026/clinica", site_id="x", kind=PageKind.NEWS, text=text, people=(person,)
    )
    result = match(LUCIA, page)
    return result.decision, result.reasons


def test_a_page_whose_text_writes_another_second_family_name_is_the_namesakes() -> None:
    mention = PersonRecord("Lucía Ferrándiz", addresses=CAGUAS, read_from=("name:text",))
    page = Extracted(
        url="https://noticias.example/2026/abre", site_id="x", kind=PageKind.NEWS, people=(mention,),
        text="Abre clínica en Caguas la cirujana pediátrica Lucía Ferrándiz Vidal; Lucía Ferrándiz atiende niños.",
    )  # fmt: skip
    assert any("another second family name" in r for r in match(LUCIA, page).reasons)
    text = "Dra. Lucía Ferrándiz abre clínica. La cirujana Lucía Ferrándiz Vidal, de 38 años, inauguró su consultorio."
    decision, reasons = _on_page("Dra. Lucía Ferrándiz", text)
    assert not decision.is_match
    assert any("Ferrándiz Vidal: another second family name" in r for r in reasons)


def test_a_title_case_headline_word_after_the_name_is_no_second_family_name() -> None:
    text = "Dr. Lucía Ferrándiz Opens Pediatric Surgery Clinic. The surgeon opens her practice in Caguas on Monday."
    decision, reasons = _on_page("Dr. Lucía Ferrándiz", text)
    assert decision.is_match, reasons
