"""Specialty groups: a subspecialty named on a page is its field, not another field."""

from __future__ import annotations

import pytest

from footprint.specialties import different_specialty, same_specialty


@pytest.mark.parametrize("listed", ["Retina & Cataract Surgery", "vitreoretinal surgeon", "Glaucoma", "Oculoplastics"])
def test_an_eye_surgeons_subspecialty_is_ophthalmology(listed: str) -> None:
    assert same_specialty("Ophthalmology", listed)
    assert not different_specialty("Ophthalmology", listed)


def test_a_surgeon_of_another_field_is_still_another_field() -> None:
    assert different_specialty("Ophthalmology", "General Surgery")
    assert different_specialty("Ophthalmology", "Dermatology")
    assert same_specialty("Urology", "Urologic Oncology")


def test_a_spanish_language_page_names_the_field_in_spanish() -> None:
    assert same_specialty("Family Medicine", "médica familiar")
    assert same_specialty("Pediatrics", "pediatra")
    assert different_specialty("Family Medicine", "cardióloga")


def test_physical_medicine_and_rehabilitation_is_one_field_by_any_of_its_names() -> None:
    for said in ("PM&R", "physiatrist", "Physical Medicine and Rehabilitation", "rehab doc"):
        assert same_specialty(said, "Physical Medicine & Rehabilitation"), said
    assert not same_specialty("physical therapy", "Physical Medicine & Rehabilitation")  # another profession
    assert different_specialty("Anesthesiology", "Physical Medicine & Rehabilitation")


@pytest.mark.parametrize(
    ("taxonomy", "said"),
    [
        ("Internal Medicine, Sleep Medicine", "Sleep Medicine Specialist"),
        ("Surgery, Vascular Surgery", "vascular surgeon"),
        ("Neurological Surgery", "neurosurgeon"),
        ("Anesthesiology, Pain Medicine", "pain management"),
        ("Internal Medicine, Hospice and Palliative Medicine", "palliative care physician"),
        ("Internal Medicine, Critical Care Medicine", "intensivist"),
        ("Physical Medicine & Rehabilitation, Spinal Cord Injury Medicine", "director of our spinal cord injury unit"),
        ("Internal Medicine, Obesity Medicine", "the weight-loss doctor at #3"),
        ("Family Medicine, Obesity Medicine", "Medical Weight Loss"),
        ("Internal Medicine, Clinical Cardiac Electrophysiology", "cardiac electrophysiologist"),
        ("Pediatrics, Neonatal-Perinatal Medicine", "neonatologist"),
        ("Internal Medicine, Hematology & Oncology", "hematologist"),
        ("Otolaryngology, Otology & Neurotology", "neurotologist"),
        ("Colon & Rectal Surgery", "proctologist"),
    ],
)
def test_a_nucc_specialisation_agrees_with_the_words_a_page_uses_for_it(taxonomy: str, said: str) -> None:
    assert same_specialty(said, taxonomy)
    assert not different_specialty(said, taxonomy)


def test_a_specialisation_is_not_another_field_than_the_board_it_sits_under() -> None:
    # The registry may carry the parent field only: a sleep doctor's record reading "Internal Medicine".
    assert not different_specialty("sleep medicine", "Internal Medicine")
    assert not different_specialty("sleep medicine", "Psychiatry & Neurology, Psychiatry")
    assert not different_specialty("vein specialist", "Surgery")
    # ... but agreement still needs the field itself, and a field no board of it certifies stays different.
    assert not same_specialty("sleep medicine", "Internal Medicine")
    assert different_specialty("sleep medicine", "Dermatology")
    assert different_specialty("vein specialist", "Obstetrics & Gynecology")
    assert not different_specialty("obesity medicine", "Internal Medicine")
    assert different_specialty("weight-loss doctor", "Dermatology")
    assert different_specialty("neurosurgeon", "Pediatrics")


def test_everyday_words_and_surnames_are_not_fields() -> None:
    from footprint.specialties import groups_of

    for text in ("Pain", "Sleep well, Utah", "a sleepless night", "Vein"):
        assert not groups_of(text), text


def test_a_field_clipped_as_clinicians_write_it_is_that_field_and_a_family_name_or_a_radio_band_is_not() -> None:
    from footprint.specialties import groups_of, same_specialty

    assert same_specialty("Peds Endo", "Pediatrics, Pediatric Endocrinology")
    assert same_specialty("derm", "Dermatology") and same_specialty("Heme/Onc", "Hematology & Oncology")
    # One subspecialty word, two boards: dermatopathology is read as dermatology and as pathology.
    assert same_specialty("Dermatopathology", "Pathology, Dermatopathology")
    assert same_specialty("Dermatopathology", "Dermatology, Dermatopathology")
    assert same_specialty("Transplant Hepatology", "Gastroenterology")
    # Capitals are a field only as a field's value.
    assert groups_of("GI") == {"gastroenterology"} and groups_of("Specialty: IM") == {"internal_medicine"}
    assert not groups_of("Mornings on 99.5 FM with our host and the weather")
    assert not groups_of("Dr. Endo") and not groups_of("an im reader")  # a Japanese family name, a word
