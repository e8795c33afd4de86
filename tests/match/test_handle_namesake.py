"""The user's handle on a network where a namesake holds it: the account shows the subject's own given and family
name, and its page says it is another person of that name (another middle name than the registry's or the one
typed, another profession). The user is asked; the subject's own accounts ("Nima K.", a nickname-free bio) stay
theirs. Hand-written pages."""

from __future__ import annotations

import pytest

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord, ProbeSource

URL = "https://pins.example/nimakl/"
RECORD = NpiRecord("1234567893", "Nima", "Lama", middle_name="Kunga", credential="MD")


def _decided(shown: str, source: ProbeSource, bio: str = "", who: Identity | None = None) -> tuple[Decision, str]:
    subject = make_subject("Nima Lama", handles=("@nimakl",))
    who = who or Identity(subject, name_variants(subject), RECORD)
    person = PersonRecord(name=shown, context=bio, read_from=("name:og:title", "name:h1"))
    page = Extracted(url=URL, site_id="pins", kind=PageKind.OTHER, people=(person,), text=f"{shown} {bio}",
                     source=source, handle="nimakl" if source == ProbeSource.HANDLE else "")  # fmt: skip
    result = match(who, page)
    return result.decision, result.reasons[0]


SOURCES = (ProbeSource.HANDLE, ProbeSource.SEARCH_RESULT)


@pytest.mark.parametrize("source", SOURCES)
def test_the_subjects_name_with_another_middle_name_than_the_registrys_is_for_the_user_to_answer(
    source: ProbeSource,
) -> None:
    decision, why = _decided("Nima Pasang Lama", source, "Tour operator, Pokhara. Treks and lodges.")
    assert decision == Decision.POSSIBLE
    assert "middle name Pasang" in why and "Is this you?" in why


@pytest.mark.parametrize("source", SOURCES)
def test_the_subjects_name_with_another_profession_is_for_the_user_to_answer(source: ProbeSource) -> None:
    decision, why = _decided("Nima Lama, DDS", source, "Family dentistry, braces and smiles")
    assert decision == Decision.POSSIBLE and "another profession" in why


def test_a_middle_name_other_than_the_one_typed_is_for_the_user_to_answer() -> None:
    subject = make_subject("Nima Kunga Lama", handles=("@nimakl",))
    typed = Identity(subject, name_variants(subject))
    assert _decided("Nima Pasang Lama", ProbeSource.HANDLE, who=typed)[0] == Decision.POSSIBLE
    assert _decided("Nima Kunga Lama", ProbeSource.HANDLE, who=typed)[0] == Decision.CONFIRMED


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize(
    "shown",
    [
        "Nima Lama",  # the name alone
        "Nima K. Lama",  # the registry's middle initial
        "Nima Kunga Lama",  # the registry's middle name
        "Nima K.",  # the given name and the registry's middle initial: his own name, shortened
        "Nima L.",  # the given name and the family initial
    ],
)
def test_the_subjects_own_name_at_the_handle_stays_theirs(shown: str, source: ProbeSource) -> None:
    assert _decided(shown, source, "old folks' doctor · momo critic · cricket on Saturdays")[0] == Decision.CONFIRMED


@pytest.mark.parametrize("source", SOURCES)
def test_another_initial_after_the_given_name_is_still_for_the_user_to_answer(source: ProbeSource) -> None:
    assert _decided("Nima R.", source)[0] == Decision.POSSIBLE
