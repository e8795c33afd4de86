"""A page whose person has the subject's name and which writes a handle the user gave ("Tiffany Roe · @tiffroe.md"
in an athlete's bio, "Tiffany Roe (@tiffroe.md)" in a friend's post) is likely theirs: the account's owner points at
the user's account. The handle alone under another name, a longer handle, or a page that places the person in
another state is not."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, PageKind, PersonRecord

TIFFANY = Identity(make_subject("Tiffany Roe", state="IN", handles=("@tiffroe.md",)), ())


def _page(name: str, text: str, city: str = "") -> Extracted:
    where = (Address("", city, "OH"),) if city else ()
    person = PersonRecord(name, addresses=where, read_from=("name:text",))
    return Extracted("https://www.pacewire.example.com/activities/771", "pacewire", PageKind.OTHER,
                     title="Morning run", text=text, people=(person,))  # fmt: skip


def test_the_subjects_name_beside_a_handle_the_user_gave_is_likely() -> None:
    result = match(TIFFANY, _page("Tiffany Roe", "Tiffany Roe · Morning run. sports med doc. @tiffroe.md"))
    assert result.decision.value == "likely", result.reasons
    assert any("your handle @tiffroe.md" in r for r in result.reasons)


def test_another_name_a_longer_handle_or_another_state_is_not() -> None:
    assert not match(TIFFANY, _page("Dana Pike", "Dana Pike · run with @tiffroe.md")).decision.is_match
    assert not match(TIFFANY, _page("Tiffany Roe", "Tiffany Roe · @tiffroe.md2 and friends")).decision.is_match
    elsewhere = _page("Tiffany Roe", "Tiffany Roe · @tiffroe.md", city="Columbus")
    assert not match(TIFFANY, elsewhere).decision.is_match
