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
