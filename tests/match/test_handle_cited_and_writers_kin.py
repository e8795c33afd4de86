"""Which physician of the name the subject is, and where the pages name them, told as pages tell it: a practice's page
writing the user's handle beside the name and its office picks the registry record; a sister's blog under her byline
names "my brother Colm"; a broker's record known by the subject's maiden name lists a mother-in-law of her name; a
story names her beside the colleague it quotes; an account says "MFM" under her everyday name, the one Tillinghast of
the field in the registry, with a patient's home town and the day's hospital in its post."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import by_own_pages, match
from footprint.match.author_kin import with_author_kin
from footprint.match.passing import WHY, in_passing
from footprint.match.record_facts import two_of_one_name
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
from footprint.namematch import SubjectNames

DC = NpiRecord(
    "1245319599", "Colm", "Fennimore", middle_name="T.", credential="MD",
    taxonomies=("Family Medicine, Sports Medicine",),
    addresses=(Address("1350 Connecticut Ave NW Ste 600", "Washington", "DC", "20036", "LOCATION"),),
    phones=("202-555-0147",),
)  # fmt: skip
BETHESDA = NpiRecord(
    "1234567893", "Colm", "Fennimore", middle_name="R.", credential="MD", taxonomies=("Orthopaedic Surgery",),
    addresses=(Address("6410 Rockledge Dr Ste 300", "Bethesda", "MD", "20817", "LOCATION"),), phones=("301-555-0158",),
)  # fmt: skip
COLM = Identity(make_subject("Dr. Colm Fennimore", handles=["@drcolmf"]), (), None, 2, (DC, BETHESDA))
TEAM = "Colm Fennimore, MD. Dr. Fennimore is a primary care sports medicine physician. Follow him on X at @drcolmf."


def _team_page(text: str) -> Extracted:
    person = PersonRecord(
        "Colm Fennimore, MD", credentials=("MD",), specialties=("sports medicine",), phones=("+12025550147",),
        addresses=(Address("1350 Connecticut Ave NW Ste 600", "Washington", "DC", "20036"),),
    )  # fmt: skip
    return Extracted("https://capitolsportsmed.example.com/team/colm-fennimore-md", "capitolsportsmed.example.com",
                     PageKind.OTHER, title="Colm Fennimore, MD | Capitol Sports Medicine", people=(person,),
                     text=text, source=ProbeSource.SEARCH_RESULT)  # fmt: skip


def _pinned(page: Extracted) -> Identity:
    first = (Match(page, match(COLM, page)),)
    who, _ = by_own_pages(COLM, first, lambda known, p: match(known, p))
    return who


def test_a_page_writing_the_users_handle_beside_the_name_picks_its_offices_record() -> None:
    assert _pinned(_team_page(TEAM)).npi_record == DC


def test_the_same_page_without_the_handle_picks_nothing() -> None:
    assert _pinned(_team_page(TEAM.replace(" Follow him on X at @drcolmf.", ""))).npi_record is None


BLOG = (
    "Posted on November 28, 2026 by Siobhan Fennimore-Reilly. My brother Colm, the sports doc, hosted this year at "
    "his and Aoife's place on Macomb Street. Dad drove down from Silver Spring."
)


def _blog(author: str, text: str = BLOG) -> Extracted:
    return Extracted("https://kitchentable.example.com/2026/11/thanksgiving/", "kitchentable.example.com",
                     PageKind.NEWS, title="Thanksgiving in Cleveland Park",
                     people=(PersonRecord(author, read_from=("name:author",)),), text=text)  # fmt: skip


def test_a_writer_of_the_family_name_naming_my_brother_colm_names_colm_fennimore() -> None:
    page = with_author_kin(COLM, _blog("Siobhan Fennimore-Reilly"))
    added = [p for p in page.people if p.name == "Colm Fennimore"]
    assert added and "sports doc" in added[0].context
    assert match(COLM, _blog("Siobhan Fennimore-Reilly")).decision == Decision.REJECTED  # judged on the writer
    assert match(COLM, page).person is not None and match(COLM, page).person.name == "Colm Fennimore"


def test_a_writer_of_another_family_or_of_the_subjects_given_name_names_nobody_new() -> None:
    assert with_author_kin(COLM, _blog("Siobhan Reilly")).people == _blog("Siobhan Reilly").people
    assert len(with_author_kin(COLM, _blog("Colm Fennimore-Reilly")).people) == 1
    friend = BLOG.replace("My brother Colm", "Our friend Colm")
    assert len(with_author_kin(COLM, _blog("Siobhan Fennimore-Reilly", friend)).people) == 1


MAIDEN = NpiRecord("1338071750", "Margaret", "Tillinghast", middle_name="E.", credential="MD",
                   former_names=("Margaret Beaulieu",))  # fmt: skip


def test_a_record_known_by_her_maiden_name_with_her_initial_is_hers_beside_a_mother_in_law_of_her_name() -> None:
    names = SubjectNames.of(make_subject("Margaret Tillinghast", also_known_as=["Margaret Beaulieu"]))
    aka = ("Meg Tillinghast", "Margaret E Beaulieu")
    assert two_of_one_name(names, MAIDEN, "Margaret Tillinghast", "Margaret Tillinghast", aka)
    # Without the maiden name's initial nothing tells the record from the relative: the record is the relative's.
    assert not two_of_one_name(names, MAIDEN, "Margaret Tillinghast", "Margaret Tillinghast", ("Margaret Beaulieu",))


PASSING = (
    'Quillfield Franklin Regional Hospital delivered its last baby on Sunday. "We are ready for the volume," said '
    "Dr. Arjun Mehra, who leads maternal-fetal medicine at Concord Hospital with Dr. Margaret Tillinghast. Franklin's "
    "nurse manager said staff had been told in November."
)


def _news(text: str) -> Extracted:
    return Extracted("https://monitor.example.com/news/franklin", "monitor.example.com", PageKind.NEWS,
                     title="Franklin's birthing unit closes", text=text)  # fmt: skip


def test_named_as_the_colleague_of_the_doctor_a_story_quotes_is_in_passing() -> None:
    assert in_passing(PersonRecord("Margaret Tillinghast"), _news(PASSING)) == WHY


def test_quoted_herself_she_is_not_in_passing() -> None:
    own = PASSING.replace("said Dr. Arjun Mehra, who leads maternal-fetal medicine at Concord Hospital with Dr.",
                          "said Dr.")  # fmt: skip
    assert in_passing(PersonRecord("Margaret Tillinghast"), _news(own)) == ""


CONCORD = replace(MAIDEN, taxonomies=("Obstetrics & Gynecology, Maternal & Fetal Medicine",),
                  addresses=(Address("250 Pleasant St", "Concord", "NH", "03301", "LOCATION"),))  # fmt: skip
MEG = Identity(make_subject("Margaret Tillinghast, MD", npi="1338071750"), (), CONCORD, npi_candidates=1,
               family_peers=(CONCORD,))  # fmt: skip
POST = (
    "Twins, 24+3 weeks, mom from Hopkinton who teaches 3rd grade, came in Tuesday with twin-twin transfusion. Lasered "
    "Wednesday in Boston, both hearts beating Friday on my scan. MFM is the best job in the world. #MFM"
)


def _account(identity: Identity) -> Decision:
    person = PersonRecord("Meg Tillinghast, MD", handle="megtillinghast@mastodon.social", context=POST)
    page = Extracted("https://mastodon.social/@megtillinghast/115402218865301744", "mastodon", PageKind.SOCIAL_PROFILE,
                     title="Meg Tillinghast, MD - Mastodon", people=(person,), text=POST)  # fmt: skip
    return match(identity, page).decision


def test_the_one_tillinghast_of_her_field_under_her_everyday_name_is_her_wherever_her_patients_come_from() -> None:
    assert _account(MEG).is_match


def test_another_tillinghast_of_her_field_in_the_registry_leaves_the_account_possible() -> None:
    other = replace(CONCORD, number="1245319599", first_name="Paul",
                    addresses=(Address("1 Main St", "Portland", "ME", "04101", "LOCATION"),))  # fmt: skip
    assert _account(replace(MEG, family_peers=(CONCORD, other))) == Decision.POSSIBLE


def test_the_report_says_which_page_chose_the_record_and_which_npi_corrects_it() -> None:
    from footprint import possible
    from tests.scans import make_scan

    page = _team_page(TEAM)
    first = (Match(page, match(COLM, page)),)
    who, judged = by_own_pages(COLM, first, lambda known, p: match(known, p))
    assert who.chosen_by_page == page.url
    scan = replace(make_scan(name="Dr. Colm Fennimore"), identity=who, matches=judged)
    pinned = possible.pinning(scan)
    assert pinned.pinned and page.url in pinned.summary and "@drcolmf" in pinned.summary
    assert "NPI 1245319599" in pinned.summary and "--npi 1234567893" in pinned.hint
    given = replace(page, source=ProbeSource.KNOWN_URL)  # a page the user gave chose it: their own word, no notice
    own, _ = by_own_pages(COLM, (Match(given, match(COLM, given)),), lambda known, p: match(known, p))
    assert own.npi_record == DC and own.chosen_by_page == ""


HIRE = (
    "Spine & Rehabilitation has hired Dr. Marcus Ellery, a sports medicine physician from Ohio State. Ellery will see "
    "patients at the Michigan Street office. The practice, founded by Dr. Annika Dahlstrom in 2019, now employs 22 "
    "people. Ellery starts in October."
)


def _hire(text: str) -> Extracted:
    people = (PersonRecord("Marcus Ellery"), PersonRecord("Annika Dahlstrom"))
    return Extracted("https://business.example.com/2026/09/spine-practice-adds", "business.example.com", PageKind.NEWS,
                     title="Spine practice adds sports medicine physician", people=people, text=text)  # fmt: skip


def test_the_founder_named_once_in_a_story_about_another_doctors_hire_is_in_passing() -> None:
    assert in_passing(PersonRecord("Annika Dahlstrom"), _hire(HIRE)) == WHY


def test_the_founder_of_a_practice_the_story_is_about_with_no_other_focus_is_not_in_passing() -> None:
    own = "The practice, founded by Dr. Annika Dahlstrom in 2019, opened a second office in Byron Center this week."
    assert in_passing(PersonRecord("Annika Dahlstrom"), _hire(own)) == ""
