"""Which physician of the name the subject is, and where they work, told as pages nobody here wrote tell it: the user's
own account describing itself ("Kids' lung doctor in RVA"), a hospital's host leaving a word out of its name, a
friend's blog calling the subject by the given name alone before naming her in full, and a paper or a race whose name
opens with the practice's word."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import by_own_pages, match
from footprint.match.later_field import named_again
from footprint.match.workplace import on_page
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    PageKind,
    PersonRecord,
    ProbeSource,
)
from footprint.practice_names import own_site_name

RICHMOND = NpiRecord(
    "1221470515", "Nathaniel", "Quarrington", middle_name="J.", credential="MD",
    taxonomies=("Pediatrics, Pediatric Pulmonology",),
    addresses=(Address("1001 E Marshall St", "Richmond", "VA", "23219", "LOCATION"),), phones=("804-555-0163",),
)  # fmt: skip
NORFOLK = NpiRecord(
    "1260000769", "Nathaniel", "Quarrington", middle_name="R.", credential="MD", taxonomies=("Anesthesiology",),
    addresses=(Address("600 Gresham Dr", "Norfolk", "VA", "23507", "LOCATION"),), phones=("757-555-0134",),
)  # fmt: skip
NATE = Identity(make_subject("Dr. Nathaniel Quarrington", handles=["@drnateq"]), (), None, 2, (RICHMOND, NORFOLK))


def _profile(bio: str) -> Extracted:
    person = PersonRecord("Nate Q", practice=bio, handle="drnateq.bsky.social")
    return Extracted("https://bsky.app/profile/drnateq.bsky.social", "bluesky", PageKind.SOCIAL_PROFILE,
                     title="Nate Q (@drnateq.bsky.social) — Bluesky", people=(person,), text=bio,
                     source=ProbeSource.HANDLE)  # fmt: skip


def _chosen(bio: str, identity: Identity = NATE) -> NpiRecord | None:
    page = _profile(bio)
    first = (Match(page, match(identity, page)),)
    assert first[0].result.decision == Decision.CONFIRMED  # the account at the user's handle
    who, _ = by_own_pages(identity, first, lambda known, p: match(known, p))
    return who.npi_record


def test_the_users_own_account_saying_kids_lung_doctor_in_rva_picks_the_richmond_pulmonologist() -> None:
    bio = "Kids' lung doctor in RVA. Asthma, CF, sleepy teenagers. Dad of twins. Views mine."
    assert _chosen(bio) == RICHMOND
    # Two pulmonologists of the name: only the city RVA stands for tells them apart.
    lungs = replace(NORFOLK, taxonomies=RICHMOND.taxonomies)
    assert _chosen(bio, Identity(NATE.subject, (), None, 2, (RICHMOND, lungs))) == RICHMOND
    assert _chosen(bio.replace("RVA", "Tidewater"), Identity(NATE.subject, (), None, 2, (RICHMOND, lungs))) is None


def test_a_bio_naming_only_the_field_picks_the_one_namesake_of_that_field() -> None:
    assert _chosen("Kids' lung doctor. Asthma, CF, sleepy teenagers. Views mine.") == RICHMOND
    assert _chosen("Gas passer. Views mine.") is None  # no field the table knows: nothing chosen
    assert _chosen("Dad of twins. Bad guitarist. Views mine.") is None


def test_a_hospitals_host_may_leave_out_university_from_its_name() -> None:
    title = "Neurosurgery: Our Providers | Foggy Bottom University Hospital"
    url = "https://www.foggybottomhospital.example.org/neurosurgery/our-providers"
    assert own_site_name(url, "foggybottomhospital.example.org", title) == "Foggy Bottom University Hospital"
    # A host spelling another name is not this site's name.
    assert own_site_name("https://www.mercyhospital.example.org/x", "mercyhospital.example.org",
                         "Doctors | Mercy Medical Center") == ""  # fmt: skip


BLOG = (
    "Twelve of us, one rented house and a margarita tower. Jo, who spends her weekdays at Foggy Bottom University "
    "Hospital, was in charge of the blender. Photo: me, Dana and Jo Ravensworth on round three. Happy fiftieth, Dana."
)
JO = PersonRecord("Jo Ravensworth", context="Photo: me, Dana and Jo Ravensworth on round three.")


def test_a_friends_blog_calling_her_by_the_given_name_before_naming_her_in_full_says_where_she_works() -> None:
    again = named_again(JO, BLOG, ("Dana Ravensworth",))
    assert any("Foggy Bottom" in s for s in again)
    assert not any("Happy fiftieth" in s for s in again)  # Dana's sentence is not Jo's
    # Another Jo on the page: which Jo the sentence is about is unsure.
    assert named_again(JO, BLOG, ("Dana Ravensworth", "Jo Lindqvist")) == []


def test_a_paper_or_a_club_opening_with_the_practices_word_is_not_the_practice() -> None:
    place = ("Larkspire Alaska Arthritis & Rheumatology",)
    assert on_page(place, "Regional airline cuts flights | Larkspire Anchorage Daily. Dr. Lasarte said ...") == []
    assert on_page(place, "Thanks to the Larkspire Riverside Runners for the water stop.") == []
    assert on_page(place, "She has worked at Larkspire since 2015 and loves it.")
    assert on_page(place, "PET scan at Larkspire Anchorage came back clear.")  # the practice's office in a town


def _street_reasons(read_from: str) -> tuple[str, ...]:
    from footprint.match.places import practice_evidence
    from footprint.match.strength import Tally

    known = Identity(NATE.subject, (), RICHMOND)
    school = Address("1810 Stuart Ave", "Richmond", "VA", "23220")
    tally = Tally(0.5, [])
    practice_evidence(known, PersonRecord("Nate Quarrington", addresses=(school,), read_from=(read_from,)), tally)
    return tuple(tally.reasons)


def test_a_schools_street_beside_a_name_its_text_mentions_is_no_other_office_of_his() -> None:
    assert not any("street address differs" in r for r in _street_reasons("name:text"))
    # A directory's card at another street of his city is another office, perhaps a namesake's.
    assert any("street address differs" in r for r in _street_reasons("name:card"))
