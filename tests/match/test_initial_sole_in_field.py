"""A social profile shows its member as the everyday given name and the family initial ("Clem A."), with the field
and the town in the bio ("Neurologist in Cheyenne"). An everyday form ("Clem") is more names' than one, so the field
and the town alone leave the page for the user; where the registry's answer for the clinicians of the subject's field
in the subject's town lists no other whose family name starts with that letter, a reader knows whom it means: likely.
Not with another clinician of that initial in the field and town, not without the registry's answer, and not when
another "Clem A." is on the page. Hand-made records: Clementine Ashdown, a neurologist in Cheyenne, WY."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

CHEYENNE = Address("2301 HOUSE AVE", "Cheyenne", "WY", "82001", "LOCATION")
RECORD = NpiRecord(
    "1245319601", "Clementine", "Ashdown", credential="MD", addresses=(CHEYENNE,),
    taxonomies=("Psychiatry & Neurology, Neurology",),
)  # fmt: skip
SUBJECT = make_subject("Clementine Ashdown", state="WY")
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD, 1, field_peers=(RECORD,))
BIO = "Neurologist in Cheyenne. Strokes by day, birds by dawn."


def _profile(who: Identity = WHO, also: tuple[str, ...] = ()) -> Decision:
    member = PersonRecord("Clem A.", handle="clem_on_the_bluffs", context=BIO, read_from=("record:schema.org",))
    others = tuple(PersonRecord(n, read_from=("name:text",), context=f"{n} boosted this") for n in also)
    url, title = "https://mastodon.example/@clem_on_the_bluffs", "Clem A. (@clem_on_the_bluffs)"
    people = (member, *others)
    page = Extracted(url, "mastodon", PageKind.SOCIAL_PROFILE, title=title, text=f"Clem A. {BIO}", people=people)
    return match(who, page).decision


def test_the_one_clinician_of_her_field_and_initial_in_town_is_her() -> None:
    assert _profile() == Decision.LIKELY


def test_another_neurologist_of_that_initial_in_town_leaves_it_for_the_user() -> None:
    rival = NpiRecord("1245319602", "Paul", "Abernathy", credential="MD", addresses=(CHEYENNE,),
                      taxonomies=("Psychiatry & Neurology, Neurology",))  # fmt: skip
    assert _profile(replace(WHO, field_peers=(RECORD, rival))) == Decision.POSSIBLE


def test_without_the_registrys_answer_or_with_another_clem_a_on_the_page_it_stays_possible() -> None:
    assert _profile(replace(WHO, field_peers=None)) == Decision.POSSIBLE
    assert _profile(also=("Clem Avery",)) != Decision.LIKELY
    assert _profile(also=("Clara Avery",)) == Decision.LIKELY  # another given name: no other Clem A.


LAS_VEGAS = Address("3150 N TENAYA WAY", "Las Vegas", "NV", "89128", "LOCATION")
OB_RECORD = NpiRecord("1245319611", "Shanice", "Bryce", credential="MD", addresses=(LAS_VEGAS,),
                      taxonomies=("Obstetrics & Gynecology",))  # fmt: skip
OB_SUBJECT = make_subject("Shanice Bryce", state="NV")
OB = Identity(OB_SUBJECT, name_variants(OB_SUBJECT), OB_RECORD, 1, field_peers=(OB_RECORD,))


def _forum_answer(said: str) -> Decision:
    member = PersonRecord("Dr. Shanice B.", handle="DrShaniceB", context=said, read_from=("record:schema.org",))
    url = "https://forum.vegasmoms.example.com/t/spotting-at-9-weeks/7731"
    page = Extracted(url, "forum", PageKind.OTHER, title="Spotting at 9 weeks?", text=said, people=(member,))
    return match(OB, page).decision


def test_ob_and_vegas_as_a_doctor_writes_them_are_her_field_and_town() -> None:
    """ "I'm an OB here in Vegas": the field clipped to "OB" and the city as its residents say it."""
    assert _forum_answer("I'm an OB here in Vegas. At 9 weeks you can stop the progesterone.") == Decision.LIKELY
    assert _forum_answer("I'm a nurse here in Reno. At 9 weeks you can stop the progesterone.") != Decision.LIKELY
