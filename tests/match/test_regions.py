"""A doctor's blog tagline names the region, not the town: "Notes from a rehab doctor in Acadiana" for a physiatrist in
Lafayette, LA. The region holds the subject's town, so it places the person as a nearby town does; a region of
another state, or one that does not hold the subject's town, does not. Hand-made records."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.regions import region_of
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

LAFAYETTE = Address("1000 W PINHOOK RD", "Lafayette", "LA", "70503", "LOCATION")
RECORD = NpiRecord("1245319601", "Odile", "Thibodaux", credential="MD", addresses=(LAFAYETTE,),
                   taxonomies=("Physical Medicine & Rehabilitation",))  # fmt: skip
SUBJECT = make_subject("Odile Thibodaux", state="LA")
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD, 1)


def _blog(tagline: str) -> Decision:
    own = f"O. Thibodaux, MD · {tagline}"  # signed with the given name's initial: the place must do the rest
    writer = PersonRecord("O. Thibodaux", credentials=("MD",), context=own, read_from=("name:author",))
    page = Extracted("https://www.odilemd.example.com/2024/11/why/", "odilemd", PageKind.NEWS, title="Why I do this",
                     text=f"{own}. He was a welder who fell from a rig platform.", people=(writer,))  # fmt: skip
    return match(WHO, page).decision


def test_a_region_holding_her_town_in_her_tagline_places_her() -> None:
    assert _blog("Notes from a rehab doctor in Acadiana") == Decision.LIKELY


def test_a_region_of_another_state_or_not_holding_her_town_does_not() -> None:
    assert _blog("Notes from a rehab doctor in Hampton Roads") == Decision.POSSIBLE
    assert _blog("Notes from a rehab doctor") == Decision.POSSIBLE
    assert region_of("serving the treasure valley", frozenset({("Boise", "ID")})) == "treasure valley"
    assert region_of("serving the treasure valley", frozenset({("Pocatello", "ID")})) == ""
    assert region_of("twin cities mom", frozenset({("St. Paul", "MN")})) == "twin cities"


def test_hawaiis_islands_are_regions_of_their_towns() -> None:
    """An islander names the island before the town: "Oahu weddings" for Honolulu, "a Maui mom" for Kihei."""
    assert region_of("hollowmere oahu weddings", frozenset({("Honolulu", "HI")})) == "oahu"
    assert region_of("a maui mom", frozenset({("Kihei", "HI")})) == "maui"
    assert region_of("a maui mom", frozenset({("Honolulu", "HI")})) == ""


def test_a_patients_home_town_in_a_case_post_does_not_place_the_doctor() -> None:
    """ "Meet Bennett, 4, from West Fargo": the place after a person given with their age is the patient's."""
    from footprint.match.titled import elsewhere

    assert not elsewhere("Meet Bennett, 4, from West Fargo, who put a LEGO up his nose.", "Fargo", "ND")
    assert elsewhere("Dr. Solveig, an ENT from West Fargo, answers.", "Fargo", "ND")
