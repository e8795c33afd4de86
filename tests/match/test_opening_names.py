"""A broker's alias that is the subject's given name cut to its opening syllable, bare or with the South Asian pet
ending -u ("Nilu Perera" for Nilani, "Lo Vaifale" for Losana), teaches the name her own profiles sign with: a
Bluesky or Strava profile "Nilu P." whose bio gives her field and town is hers. The same profile in another town, an
alias of another shape ("Al" for Alison, a relative's name) and a record that is not hers teach nothing. Hand-made
records: Nilani Perera, an obstetrician in Edison, NJ; Losana Vaifale, a pediatric cardiologist in Tacoma, WA."""

from __future__ import annotations

import pytest

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.everyday import taught
from footprint.match.opening_names import opening_form
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

EDISON = (Address("98 James St", "Edison", "NJ", "08820", "LOCATION"),)
NILANI = Identity(
    make_subject("Dr. Nilani Perera"),
    (),
    NpiRecord("1245319599", "NILANI", "PERERA", "K", "MD", ("Obstetrics & Gynecology",), EDISON),
)
TACOMA = (Address("315 Martin Luther King Jr Way", "Tacoma", "WA", "98405", "LOCATION"),)
LOSANA = Identity(
    make_subject("Dr. Losana Vaifale"),
    (),
    NpiRecord("1245319607", "LOSANA", "VAIFALE", "M", "MD", ("Pediatric Cardiology",), TACOMA),
)


@pytest.mark.parametrize(
    ("everyday", "formal"), [("Dilu", "Dilani"), ("Ashu", "Ashwini"), ("Raju", "Rajesh"), ("Lu", "Lusia")]
)
def test_the_opening_with_u_or_the_opening_syllable_alone_is_a_form_of_the_name(everyday: str, formal: str) -> None:
    assert opening_form(everyday, formal)


@pytest.mark.parametrize(
    ("everyday", "formal"),
    [("Al", "Alison"), ("Ja", "Jaime"), ("Anu", "Anita"), ("Lu", "Luisa"), ("Nilu", "Nilu"), ("Dilu", "Dina")],
)
def test_another_shape_is_no_form_of_the_name(everyday: str, formal: str) -> None:
    assert not opening_form(everyday, formal)


def _broker(who: Identity, name: str, *aliases: str) -> Match:
    record = PersonRecord(name, addresses=who.npi_record.addresses if who.npi_record else (), aliases=aliases)
    page = Extracted(f"https://people.example/{name.split()[0].lower()}", "people", PageKind.PEOPLE_SEARCH,
                     people=(record,))  # fmt: skip
    return Match(page, MatchResult(0.9, Decision.CONFIRMED, ("x",), record, 0))


def test_the_brokers_alias_teaches_the_opening_forms_and_not_a_relatives_name() -> None:
    broker = _broker(NILANI, "Nilani K Perera", "Nilu Perera", "Ruwan Perera", "Nilani Jayawardena")
    assert taught(NILANI, (broker,)) == {broker.page.url: ("Nilu Perera",)}
    broker = _broker(LOSANA, "Losana M Vaifale", "Lo Vaifale", "Sione Vaifale")
    assert taught(LOSANA, (broker,)) == {broker.page.url: ("Lo Vaifale",)}


def _profile(who: Identity, name: str, bio: str) -> Match:
    person = PersonRecord(name, handle="someone.bsky.social", context=bio)
    page = Extracted("https://bsky.app/profile/someone.bsky.social", "bluesky", PageKind.SOCIAL_PROFILE,
                     title=f"{name} (@someone.bsky.social) — Bluesky", text=bio, people=(person,))  # fmt: skip
    return Match(page, match(who, page))


def _after(who: Identity, broker: Match, page: Match) -> MatchResult:
    return {m.page.url: m.result for m in with_kin(who, (broker, page))}[page.page.url]


def test_her_profile_signed_with_the_taught_name_and_her_field_and_town_is_hers() -> None:
    profile = _profile(NILANI, "Nilu P.", "ob/gyn in Edison NJ ... twins ... curry leaves ...")
    assert profile.result.decision == Decision.REJECTED  # no table knows "Nilu"
    assert _after(NILANI, _broker(NILANI, "Nilani K Perera", "Nilu Perera"), profile).decision.is_match
    strava = _profile(LOSANA, "Lo V.", "pediatric cardiologist · Tacoma · outrigger, steering seat")
    assert _after(LOSANA, _broker(LOSANA, "Losana M Vaifale", "Lo Vaifale"), strava).decision.is_match


def test_the_taught_name_in_another_town_or_untaught_is_not_hers() -> None:
    elsewhere = _profile(NILANI, "Nilu P.", "baker in Colombo · twins · curry leaves")
    assert not _after(NILANI, _broker(NILANI, "Nilani K Perera", "Nilu Perera"), elsewhere).decision.is_match
    profile = _profile(NILANI, "Nilu P.", "ob/gyn in Edison NJ ... twins ...")
    assert not _after(NILANI, _broker(NILANI, "Nilani K Perera", "Ruwan Perera"), profile).decision.is_match
