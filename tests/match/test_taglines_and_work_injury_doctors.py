"""Which namesake the subject is, and what she goes by, as pages nobody here wrote say it: a TikTok display name
"Dr. Meg | work injury doc" (the words after the bar are the account's own, as a bio is), a reader's comment "I run
an occupational health clinic off 273", and "Dr. Meg" on her own account teaching that she goes by Meg."""

from __future__ import annotations

from footprint import learned
from footprint.extract.page_people import marked_from
from footprint.identity import make_subject
from footprint.match import by_own_pages, match
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
    ProbeSource,
)

OCC = NpiRecord(
    "1034729156", "Margaret", "Kittredge", middle_name="E.", credential="MD",
    taxonomies=("Preventive Medicine, Occupational Medicine",),
    addresses=(Address("240 Ogletown Rd", "Newark", "DE", "19713", "LOCATION"),), phones=("302-555-0148",),
)  # fmt: skip
DERM = NpiRecord(
    "1038612044", "Margaret", "Kittredge", middle_name="R.", credential="MD", taxonomies=("Dermatology",),
    addresses=(Address("1050 S Governors Ave", "Dover", "DE", "19904", "LOCATION"),), phones=("302-555-0172",),
)  # fmt: skip
MEG = Identity(make_subject("Dr. Margaret Kittredge", handles=["@drmegkitt"]), (), None, 2, (OCC, DERM))


def test_the_words_after_a_display_names_bar_are_the_accounts_own_description() -> None:
    read = marked_from(PersonRecord(name="Dr. Meg | work injury doc", handle="drmegkitt"), "embedded JSON")
    assert read.name == "Dr. Meg"
    assert "work injury doc" in read.context
    # A display name with nothing after the name adds nothing.
    assert marked_from(PersonRecord(name="Meg Kittredge"), "embedded JSON").context == ""


def _video(person: PersonRecord) -> Extracted:
    return Extracted("https://www.tiktok.com/@drmegkitt/video/7583316024197741838", "tiktok", PageKind.SOCIAL_PROFILE,
                     title="Replying to @forkliftfran no, your employer can't ... | TikTok", people=(person,),
                     text="Replying to @forkliftfran ...", source=ProbeSource.HANDLE)  # fmt: skip


def _chosen(words: str) -> NpiRecord | None:
    page = _video(marked_from(PersonRecord(name=f"Dr. Meg | {words}", handle="drmegkitt"), "embedded JSON"))
    first = (Match(page, match(MEG, page)),)
    assert first[0].result.decision == Decision.CONFIRMED  # the account at the user's handle
    who, _ = by_own_pages(MEG, first, lambda known, p: match(known, p))
    return who.npi_record


def test_her_own_account_calling_itself_a_work_injury_doc_picks_the_occupational_physician() -> None:
    assert _chosen("work injury doc") == OCC
    assert _chosen("your workers' comp doctor") == OCC
    # Words naming no field, or one neither record has, choose no one.
    assert _chosen("coffee, trails, two kids") is None
    assert _chosen("kidney doc") is None


def _comment(text: str) -> Decision:
    person = PersonRecord("Meg Kittredge", context=text, read_from=("name:text", "name:comment"))
    page = Extracted("https://news.example.com/2026/08/11/heat-rule/", "news.example.com", PageKind.NEWS,
                     title="Delaware weighs its own heat rule for warehouses", people=(person,),
                     text=f"State officials will hold hearings. Reader comments Meg Kittredge {text}")  # fmt: skip
    pinned = Identity(MEG.subject, (), OCC, 2, (), registry_others=(DERM,))
    return match(pinned, page).decision


def test_a_reader_saying_she_runs_an_occupational_health_clinic_is_the_occupational_physician() -> None:
    assert _comment("I run an occupational health clinic off 273. Pass the rule.").is_match
    # Someone else's clinic, or a clinic of another field, says nothing of her field.
    assert _comment("My cousin works the line off 273. Pass the rule.") == Decision.POSSIBLE
    assert _comment("I run a bakery off 273. Pass the rule.") == Decision.POSSIBLE


def test_dr_meg_on_her_own_account_teaches_that_she_goes_by_meg() -> None:
    page = _video(PersonRecord(name="Dr. Meg", handle="drmegkitt"))
    confirmed = Match(page, MatchResult(1.0, Decision.CONFIRMED, ("your handle @drmegkitt",), page.people[0], 0))
    taught = learned.learn(MEG, [confirmed])
    assert "Meg" in taught.givens
    asked = learned.queries(MEG, taught, [], 8)
    assert any(q.startswith('"Meg Kittredge"') for q in asked)
    # "Dr. K" (an initial) or "Dr. Kittredge" teaches no given name.
    for other in ("Dr. K", "Dr. Kittredge"):
        page = _video(PersonRecord(name=other, handle="drmegkitt"))
        confirmed = Match(page, MatchResult(1.0, Decision.CONFIRMED, (), page.people[0], 0))
        assert learned.learn(MEG, [confirmed]).givens == ()


def test_at_childrens_names_the_childrens_hospital_the_subject_works_at() -> None:
    from footprint.match.workplace import on_page

    hospital = ("Cimarron Children's Hospital",)
    said = "Classen SAS parent here. I spend my days at Children's with kids who have enough medical problems."
    assert on_page(hospital, said)
    # Another hospital whose name opens with the word, or a workplace that is no children's hospital: nothing.
    assert not on_page(hospital, "I spend my days at Children's Mercy with kids.")
    assert not on_page(("Cimarron Family Medicine",), said)
    assert not on_page(hospital, "The children's choir sang at the gala.")


GYN = NpiRecord(
    "1497758544", "Rosalind", "Merriweather", credential="MD",
    taxonomies=("Obstetrics & Gynecology, Gynecologic Oncology",),
    addresses=(Address("2000 Circle of Hope Dr", "Salt Lake City", "UT", "84112", "LOCATION"),),
)  # fmt: skip
ROZ = Identity(make_subject("Dr. Rosalind Merriweather", state="UT"), (), GYN, 1)


def _weekend(later: str) -> MatchResult:
    first = "Roz Merriweather, my oldest friend and the only surgeon I know who can't parallel park, drove us up."
    person = PersonRecord("Roz Merriweather", specialties=("surgeon",), context=first, read_from=("name:text",))
    page = Extracted("https://moms.example.com/2026/02/girls-weekend/", "moms.example.com", PageKind.NEWS,
                     title="Girls' weekend at Alta", people=(person,), text=f"{first} {later}")  # fmt: skip
    return match(ROZ, page)


def test_a_friend_saying_which_part_of_the_body_the_surgeon_operates_on_gives_her_field() -> None:
    said = _weekend("Roz says she operates on ovaries all week so she has earned this.")
    assert any("own words" in r and "obgyn" in r for r in said.reasons)
    # "The only surgeon I know" alone, or another part's surgeon, says nothing of her field.
    assert not any("own words" in r for r in _weekend("Roz says she has earned this.").reasons)
    assert not any("own words" in r for r in _weekend("Roz says she operates on knees all week.").reasons)
    assert not any("own words" in r for r in _weekend("Roz says she operates on a hunch.").reasons)
