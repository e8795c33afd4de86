"""A ratings site's business page whose reviews name the subject ("Dr. Fennimore spent 8 minutes with me") is read as
a practice, never as a person of the business's name ("family name differs: Medicine vs Fennimore"): the subject's
when it stands at their record's office, possible when no record was chosen (two namesakes, nothing typed), and the
namesake's when it stands at the other record's office."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord, Review

DC_OFFICE = Address("1350 Connecticut Ave NW Ste 600", "Washington", "DC", "20036", "LOCATION")
BETHESDA_OFFICE = Address("6410 Rockledge Dr Ste 300", "Bethesda", "MD", "20817", "LOCATION")
DC = NpiRecord("1245319599", "Colm", "Fennimore", middle_name="T.", credential="MD",
               taxonomies=("Family Medicine, Sports Medicine",), addresses=(DC_OFFICE,))  # fmt: skip
BETHESDA = NpiRecord("1234567893", "Colm", "Fennimore", middle_name="R.", credential="MD",
                     taxonomies=("Orthopaedic Surgery",), addresses=(BETHESDA_OFFICE,))  # fmt: skip
UNCHOSEN = Identity(make_subject("Dr. Colm Fennimore"), (), None, 2, (DC, BETHESDA))
REVIEWS = (
    Review(rating=2.0, scale=5.0, text="Dr. Fennimore spent 8 minutes with me and told me to rest.", author="Priya S."),
)


def _yelp(office: Address, name: str) -> Extracted:
    street = Address(office.street, office.city, office.state, office.postal_code)
    business = PersonRecord("", addresses=(street,), practice=name)
    shown = PersonRecord(name, addresses=(street,), read_from=("record:site selectors",))
    return Extracted(f"https://www.yelp.com/biz/{name.lower().replace(' ', '-')}", "yelp", PageKind.RATINGS_PROFILE,
                     title=f"{name} - Yelp", people=(shown,), reviews=REVIEWS, business=business,
                     text=f"{name} {REVIEWS[0].text}")  # fmt: skip


def test_with_no_record_chosen_the_business_page_naming_him_is_possible_not_a_person_called_medicine() -> None:
    result = match(UNCHOSEN, _yelp(DC_OFFICE, "Capitol Sports Medicine"))
    assert result.decision == Decision.POSSIBLE, result.reasons
    assert "Dr. Fennimore" in result.reasons[0] and not any("Medicine vs" in r for r in result.reasons)
    assert "NPI 1245319599" in result.reasons[1]  # the office of which of the registry's two


def test_at_his_records_office_it_is_his_and_at_the_namesakes_it_is_the_namesakes() -> None:
    pinned = replace(UNCHOSEN, npi_record=DC, npi_namesakes=(), registry_others=(BETHESDA,))
    assert match(pinned, _yelp(DC_OFFICE, "Capitol Sports Medicine")).decision == Decision.LIKELY
    other = match(pinned, _yelp(BETHESDA_OFFICE, "Bethesda Orthopaedics"))
    assert other.decision == Decision.REJECTED and "other physician of the name" in other.reasons[0]


def test_a_business_page_that_names_nobody_of_his_is_judged_as_before() -> None:
    quiet = replace(_yelp(DC_OFFICE, "Capitol Sports Medicine"), reviews=(), text="Capitol Sports Medicine")
    assert match(UNCHOSEN, quiet).decision == Decision.REJECTED
