"""A field named "... medicine" clipped to "med", as a doctor's bio writes it ("Nuclear med doc in Wilmington",
"family med", "sports med"), names the field; "pain med" and "sleep med" are a drug, not a field."""

from __future__ import annotations

from footprint.specialties import groups_of


def test_a_medicine_field_clipped_to_med_names_the_field() -> None:
    assert groups_of("Nuclear med doc in Wilmington. Hazy IPAs and dad jokes.") == {"nuclear_medicine"}
    assert groups_of("family med residency, then Bozeman") == {"family_medicine"}
    assert groups_of("internal med, hospitalist nights") == {"internal_medicine"}
    assert "orthopedics" in groups_of("ortho doc and trail runner")


def test_a_drug_called_med_names_no_field() -> None:
    assert groups_of("my pain med ran out on Friday") == frozenset()
    assert groups_of("took a sleep med and slept through it") == frozenset()
    assert groups_of("medical student, pre-med club") == frozenset()
