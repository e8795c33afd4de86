"""A listing in another state under the former name the NPI registry keeps, in the subject's field, is her
earlier career (a fellowship clinic before she married); her current name in another state, the former name
in another field, another middle initial, or a former name only the user typed stay with namesakes."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Decision, Identity, NpiRecord, PersonRecord

ENDO = "Internal Medicine, Endocrinology, Diabetes & Metabolism"
BILLINGS = Address(street="2800 Rimrock Crest Ave", city="Billings", state="MT", postal_code="59101")


def _identity(former: tuple[str, ...] = ("Elizabeth Mayhew",)) -> Identity:
    record = NpiRecord("1234567893", "ELIZABETH", "TOLLEFSEN", "ANN", "M.D.", (ENDO,), (BILLINGS,),
                       former_names=former)  # fmt: skip
    return Identity(make_subject("Dr. Elizabeth Tollefsen", state="MT", also_known_as=["Elizabeth Mayhew"]), (), record)


def _listing(name: str, field: str = "Endocrinology, Diabetes & Metabolism") -> PersonRecord:
    spokane = Address(street="418 W Riverpoint Crest Blvd", city="Spokane", state="WA", postal_code="99202")
    return PersonRecord(name=name, credentials=("MD",), specialties=(field,), addresses=(spokane,))


def test_the_registrys_former_name_in_her_field_in_another_state_is_her_earlier_career() -> None:
    result = match_person(_identity(), _listing("Dr. Elizabeth A. Mayhew, MD"))
    assert result.decision.is_match
    assert any("earlier career" in r for r in result.reasons)


def test_her_current_name_in_another_state_is_a_namesake() -> None:
    assert match_person(_identity(), _listing("Dr. Elizabeth Tollefsen, MD")).decision == Decision.REJECTED


def test_the_former_name_in_another_field_is_a_namesake() -> None:
    assert match_person(_identity(), _listing("Dr. Elizabeth Mayhew, MD", "Dermatology")).decision == Decision.REJECTED


def test_the_former_name_with_another_middle_initial_is_not_hers() -> None:
    assert not match_person(_identity(), _listing("Dr. Elizabeth R. Mayhew, MD")).decision.is_match


def test_a_former_name_only_the_user_typed_does_not_cross_states() -> None:
    assert match_person(_identity(former=()), _listing("Dr. Elizabeth A. Mayhew, MD")).decision == Decision.REJECTED


def test_her_family_name_kept_as_a_middle_is_no_other_middle_name() -> None:
    """ "Elizabeth T. Mayhew": Tollefsen, her own family name, as the middle of her married name; the registry
    keeping her maiden name as its middle (ELIZABETH MAYHEW TOLLEFSEN) says nothing of a given middle name."""
    assert match_person(_identity(), _listing("Dr. Elizabeth T. Mayhew, MD")).decision.is_match
    record = NpiRecord("1234567893", "ELIZABETH", "TOLLEFSEN", "MAYHEW", "M.D.", (ENDO,), (BILLINGS,),
                       former_names=("Elizabeth Mayhew",))  # fmt: skip
    maiden = Identity(_identity().subject, (), record)
    assert match_person(maiden, _listing("Dr. Elizabeth A. Mayhew, MD")).decision.is_match
    assert not match_person(_identity(), _listing("Dr. Elizabeth R. Mayhew, MD")).decision.is_match


def test_the_former_name_in_her_field_in_another_city_of_her_state_is_her_earlier_career() -> None:
    """A residency listing under her maiden name in another city of her state (Missoula, 550 km away): no
    namesake's "another city" conflict holds it; her current name there, or the former name in another
    field there, still is one."""
    missoula = Address(street="500 W Broadway Crest", city="Missoula", state="MT", postal_code="59802")

    def there(name: str, field: str = "Endocrinology, Diabetes & Metabolism") -> PersonRecord:
        return PersonRecord(name=name, credentials=("MD",), specialties=(field,), addresses=(missoula,))

    result = match_person(_identity(), there("Dr. Elizabeth A. Mayhew, MD"))
    assert result.decision.is_match, result.reasons
    assert any("earlier career" in r for r in result.reasons)
    assert not match_person(_identity(), there("Dr. Elizabeth Tollefsen, MD")).decision.is_match
    assert not match_person(_identity(), there("Dr. Elizabeth Mayhew, MD", "Dermatology")).decision.is_match
