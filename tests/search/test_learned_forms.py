"""A second discovery pass: the forms confirmed pages write for the subject (an everyday name, the
practice, "Dr. Given", a handle), and the registry's names when it cannot say which record is theirs,
decide what is searched for and opened next. Matching never reads them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footprint.identity import make_subject, name_variants
from footprint.learned import Learned, learn, queries, registry_middle
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
    SearchResult,
)
from footprint.practice_names import is_practice, own_site_name
from footprint.results import plausible

PLACE = (Address(street="1 Main St", city="Albuquerque", state="NM", postal_code="87111"),)
FATHER = NpiRecord("1234567893", "THADDEUS", "ONYANGO", middle_name="KOFI", suffix="Sr.", addresses=PLACE,
                   taxonomies=("Internal Medicine, Gastroenterology",))  # fmt: skip
SON = NpiRecord("1245319599", "THADDEUS", "ONYANGO", middle_name="KOFI", suffix="Jr.", addresses=PLACE,
                taxonomies=("Emergency Medicine",))  # fmt: skip


def _who(name: str = "Dr. Thaddeus Onyango", record: NpiRecord | None = None, namesakes=(), **typed) -> Identity:  # type: ignore[no-untyped-def]
    subject = make_subject(name, **typed)
    return Identity(subject, name_variants(subject), record, npi_namesakes=tuple(namesakes))


def _page(url: str, title: str, person: PersonRecord, decision: Decision = Decision.CONFIRMED) -> Match:
    site = url.split("/")[2].removeprefix("www.")
    page = Extracted(url, site, PageKind.OTHER, title, (person,))
    return Match(page, MatchResult(0.9 if decision == Decision.CONFIRMED else 0.5, decision, (), person, 0))


def _result(title: str, snippet: str, url: str = "https://example.org/p/1") -> SearchResult:
    return SearchResult(1, url, title, snippet, "searxng")


# Registry namesakes, none pinned: every record's names decide what is opened.


def test_a_middle_name_every_namesake_record_shares_opens_results_written_with_it() -> None:
    who = _who(namesakes=(FATHER, SON), state="NM")
    assert plausible(who, _result("The Gut Check podcast", "Dr. Kofi Onyango on forty years of scopes"))
    assert not plausible(_who(state="NM"), _result("The Gut Check podcast", "Dr. Kofi Onyango on scopes"))


def test_another_given_name_with_the_family_name_stays_closed() -> None:
    who = _who(namesakes=(FATHER, SON), state="NM")
    assert not plausible(who, _result("Obituary", "Ama Onyango of Columbus, Ohio"))


def test_the_registry_middle_name_is_the_subjects_only_when_every_record_agrees() -> None:
    other = NpiRecord("1356483275", "THADDEUS", "ONYANGO", middle_name="JAMES")
    assert registry_middle(_who(namesakes=(FATHER, SON))) == "kofi"
    assert registry_middle(_who(namesakes=(FATHER, other))) == ""
    assert registry_middle(_who(record=other)) == "james"


# Learned from confirmed pages.


def test_the_registry_middle_name_is_learned_when_results_write_it_with_the_family_name() -> None:
    who = _who(namesakes=(FATHER, SON), state="NM")
    written = [_result("T. Kofi Onyango, MD | Sandia GI", "Dr. Onyango has performed 40,000 procedures")]
    assert learn(who, (), written).givens == ("Kofi",)
    assert learn(who, (), [_result("Thaddeus Onyango, MD", "gastroenterology")]).givens == ()


def test_an_everyday_name_on_a_confirmed_page_is_learned_and_searched() -> None:
    who = _who("Dr. Marisol Lindqvist", state="OR", city="Portland")
    seen = _page("https://alumni.example.edu/notes", "Class notes", PersonRecord("Sol Lindqvist, MD"))
    taught = learn(who, (seen,))
    assert taught.givens == ("Sol",)
    made = queries(who, taught, [], 3)
    assert '"Sol Lindqvist" Portland' in made


def test_a_possible_page_teaches_nothing() -> None:
    who = _who("Dr. Marisol Lindqvist", state="OR")
    maybe = _page("https://a.example/x", "x", PersonRecord("Sol Lindqvist"), Decision.POSSIBLE)
    assert not learn(who, (maybe,))


def test_dr_and_a_short_name_is_learned_and_opened_only_with_the_field_or_the_city() -> None:
    record = NpiRecord("1234567893", "OLUWASEUN", "ADEBAYO", taxonomies=("Physical Medicine & Rehabilitation",),
                       addresses=(Address(street="1 Canal St", city="New Orleans", state="LA"),))  # fmt: skip
    who = _who("Dr. Oluwaseun Adebayo", record=record)
    reel = _page("https://reels.example/@x", "Dr. Seun | PM&R", PersonRecord("Dr. Seun"))
    taught = learn(who, (reel,))
    assert taught.titled == ("Dr. Seun",)
    assert plausible(who, _result("Spine clinic - New Orleans - reviews", '"Dr. Seun fixed my knee"'), taught)
    assert not plausible(who, _result("Cooking videos", '"Dr. Seun makes jollof"'), taught)
    assert not plausible(who, _result("Spine clinic - New Orleans", '"Dr. Kemi fixed my knee"'))  # not theirs


def test_the_practice_a_confirmed_page_names_opens_its_business_pages() -> None:
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT")
    title = "Our Providers | Lakeview Allergy & Asthma | Burlington, VT"
    own = _page("https://www.lakeviewallergy.com/providers", title, PersonRecord("Dr. Chloe Marchetti, MD"))
    taught = learn(who, (own,))
    assert taught.practices == ("Lakeview Allergy & Asthma",)
    business = _result("Lakeview Allergy & Asthma - Burlington, VT - Birdeye", "Call (802) 555-0100")
    assert plausible(who, business, taught)
    assert not plausible(who, business)
    assert '"Lakeview Allergy & Asthma" Burlington' in queries(who, taught, [], 3)


def test_a_site_name_is_a_practice_only_on_the_sites_own_host_and_shaped_as_a_name() -> None:
    title = "Our Providers | Lakeview Allergy & Asthma | Burlington, VT"
    practice = own_site_name("https://www.lakeviewallergy.com/p", "lakeviewallergy.com", title)
    assert practice == "Lakeview Allergy & Asthma"
    assert own_site_name("https://www.healthgrades.com/p", "healthgrades", title) == ""  # a catalog site
    tagline = "Dr. Seun (@x) | Snapchat Stories, Spotlight & Lenses"
    assert own_site_name("https://www.snapchat.com/add/x", "snapchat.com", tagline) == ""
    assert own_site_name("https://news.example.com/a", "news.example.com", "Council votes | Knox Beacon") == ""


def test_a_hospital_host_that_shortens_its_name_still_names_the_practice() -> None:
    """Hospitals shorten their host to the name's first words, the last cut ("yellowstonerehab.org" for Yellowstone
    Rehabilitation Hospital): the team page's title still names the subject's workplace. A host that spells other
    words ("rehabnews") names nothing."""
    title = "Spinal Cord Injury Program – Our Team | Yellowstone Rehabilitation Hospital"
    url = "https://www.yellowstonerehab.org/programs/sci/team"
    assert own_site_name(url, "yellowstonerehab.org", title) == "Yellowstone Rehabilitation Hospital"
    assert own_site_name("https://www.rehabnews.org/a", "rehabnews.org", title) == ""


def test_a_board_or_a_society_is_no_workplace() -> None:
    assert not is_practice("Arizona Medical Board", {"pemberton"})
    assert not is_practice("Sonoran Glaucoma Society", {"pemberton"})
    assert is_practice("Saguaro Pelvic Health", {"pemberton"})


def test_a_clinic_named_for_what_it_treats_is_a_practice() -> None:
    # "Spine & Pain", "Eye & Vision": the clinic's name says the body part or the complaint, not "pain medicine".
    title = "Dr. Ann Roe, D.O. | Bayou Ridge Spine & Pain | Biloxi, MS"
    assert own_site_name("https://www.bayouridgespinepain.com/p", "bayouridgespinepain.com", title) == (
        "Bayou Ridge Spine & Pain"
    )
    title = "Meet the Doctors | Harbor Light Eye & Vision"
    assert own_site_name("https://harborlighteye.example/team", "harborlighteye.example", title) == (
        "Harbor Light Eye & Vision"
    )
    # A site named for what it sells or shows is still nobody's practice.
    assert own_site_name("https://www.harborlightgallery.com/a", "harborlightgallery.com", "Harbor Light Gallery") == ""


def test_a_bio_line_is_no_practice() -> None:
    who = _who("Dr. Oluwaseun Adebayo")
    bio = _page("https://t.example/@x", "x", PersonRecord("Dr. Oluwaseun Adebayo", practice="rehab doc • NOLA • szn"))
    assert learn(who, (bio,)).practices == ()


def test_a_maiden_name_on_a_confirmed_page_is_learned_but_not_a_specialty_or_a_middle_name() -> None:
    who = _who("Dr. Caroline Pruett", state="NC")
    pages = (
        _page("https://a.example/1", "x", PersonRecord("Caroline Hollister")),
        _page("https://a.example/2", "x", PersonRecord("Caroline PM&R")),
    )
    assert learn(who, pages).families == ("Hollister",)


def test_queries_are_few_new_and_of_each_kind_first() -> None:
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT")
    taught = Learned(givens=("Clo",), practices=("Lakeview Allergy & Asthma", "Green Mountain Hospital"))
    made = queries(who, taught, ['"Clo Marchetti" Burlington'], 2)
    assert made == ['"Lakeview Allergy & Asthma" Burlington', '"Marchetti, Clo" VT']  # another form of the name
    assert queries(who, taught, [], 0) == []


def test_the_shared_middle_name_is_searched_as_initials_like_a_letter_signs() -> None:
    from footprint.config import SearchSettings
    from footprint.search_queries import queries as first_queries

    made = first_queries(_who(namesakes=(FATHER, SON), state="NM"), SearchSettings().max_queries)
    assert '"T. K. Onyango" NM' in made
    other = NpiRecord("1356483275", "THADDEUS", "ONYANGO", middle_name="JAMES")
    # Records with different middle names: no middle initial is guessed (the byline "T. Onyango" has none).
    unsure = first_queries(_who(namesakes=(FATHER, other), state="NM"), 20)
    assert not [q for q in unsure if '"T. ' in q and not q.startswith('"T. Onyango"')]
    letter = _result("Letters: the ER wait", "T.K. Onyango, Albuquerque: I have practiced medicine here for 34 years")
    assert plausible(_who(namesakes=(FATHER, SON), state="NM"), letter)


def test_a_ratings_or_broker_sites_name_is_nobodys_practice() -> None:
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT")
    title = "Chloe Marchetti, MD | Lakeview Allergy & Asthma"
    own = _page("https://www.lakeviewallergy.example/chloe-marchetti", title, PersonRecord("Dr. Chloe Marchetti, MD"))
    assert learn(who, (own,)).practices == ("Lakeview Allergy & Asthma",)  # an unknown site's kind is "other"...
    rated = Match(replace(own.page, kind=PageKind.RATINGS_PROFILE), own.result)
    assert learn(who, (rated,)).practices == ()  # ...but a ratings profile's site is not the practice


def test_in_the_second_pass_a_catalog_profile_is_opened_only_when_it_names_the_subject() -> None:
    from footprint.results import select
    from footprint.sites import catalog

    sites = {s.id: s for s in catalog()}
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT")
    other = SearchResult(1, "https://www.healthgrades.com/physician/dr-ann-lowe-x1y2z", "Dr. Ann Lowe, MD", "",
                         "searxng", "healthgrades")  # fmt: skip
    assert select(who, [other], sites, 30)[0]  # the first pass opens every catalog profile
    assert not select(who, [other], sites, 30, Learned(practices=("Lakeview Allergy & Asthma",)))[0]


def test_a_middle_name_written_between_the_names_is_not_the_name_used() -> None:
    who = _who(namesakes=(FATHER, SON), state="NM")
    assert learn(who, (), [_result("Thaddeus Kofi Onyango, Age 66", "Albuquerque, NM")]).givens == ()


def test_the_practice_the_user_typed_is_not_asked_again() -> None:
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT", practice="Lakeview Allergy & Asthma")
    made = queries(who, Learned(practices=("Lakeview Allergy & Asthma", "Green Mountain Hospital")), [], 3)
    assert not [q for q in made if "Lakeview" in q] and '"Green Mountain Hospital" Burlington' in made


def test_a_directorys_name_on_its_own_host_is_no_practice() -> None:
    title = "Chloe Marchetti, MD | Allergy in Burlington, VT | Castlebury Guide"
    assert own_site_name("https://www.castleburyguide.example/doctors/1", "castleburyguide.example", title) == ""
    title = "Chloe Marchetti, MD | Oak Street Women's Care"
    assert own_site_name("https://oakstreetwomens.example/md", "oakstreetwomens.example", title) == (
        "Oak Street Women's Care"
    )


def test_a_nickname_a_confirmed_record_gives_is_searched_for_although_it_was_opened_for() -> None:
    """ "Libby" is a known nickname of Elizabeth, so a result showing it was opened; but no query wrote it,
    so the garage-sale post and the race result signed "Libby Solbakken" were never returned."""
    who = _who("Dr. Elizabeth Solbakken", state="MT")
    record = PersonRecord("Elizabeth A Solbakken", aliases=("Libby Solbakken", "Elizabeth Mayhew"))
    got = learn(who, [_page("https://people.example/p/1", "Elizabeth A Solbakken", record)])
    assert "Libby" in got.givens
    assert "Libby Solbakken" in " ".join(queries(who, got, [], 4))
    maybe = learn(who, [_page("https://people.example/p/1", "x", record, Decision.POSSIBLE)])
    assert "Libby" not in maybe.givens  # only a confirmed page teaches


def test_the_workplace_a_confirmed_title_names_beside_the_subject_is_learned() -> None:
    who = _who("Dr. Chloe Marchetti", city="Burlington", state="VT")
    title = "Chloe Marchetti | Green Mountain Medical Center"
    profile = _page("https://www.researchprofiles.example/chloe-marchetti", title, PersonRecord("Chloe Marchetti"))
    rated = Match(replace(profile.page, kind=PageKind.RATINGS_PROFILE), profile.result)
    assert learn(who, (rated,)).practices == ("Green Mountain Medical Center",)
    assert '"Green Mountain Medical Center" Burlington' in queries(who, learn(who, (rated,)), [], 6)


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Dr. Chloe Marchetti, MD - Allergy & Immunology Physician", "webmd"),  # what she is, not where
        ("Dr. Chloe Marchetti | Board Certified Internal Medicine", "x.example"),
        ("Chloe Marchetti, MD | Vascular Surgeon | Marchetti Vein Care | Burlington, VT", "web"),  # a job title
        ("Dr. Chloe Marchetti | Allergy on Castlebury Doctors", "castlebury"),  # the site's own name
        ("Green Mountain Medical Center | Our Allergists", "gmmc.example"),  # the subject is not in the title
    ],
)
def test_a_field_a_site_name_or_a_title_without_the_subject_teaches_no_workplace(title: str, site: str) -> None:
    from footprint.practice_names import workplace_in_title

    assert workplace_in_title(title, site, {"marchetti"}) == ""


def test_an_everyday_name_is_searched_surname_first_and_with_the_family_initial() -> None:
    who = _who("Dr. Marisol Lindqvist", state="OR", city="Portland", specialty="Psychiatry")
    made = queries(who, Learned(givens=("Sol",)), [], 6)
    assert made[:3] == ['"Sol Lindqvist" Portland', '"Lindqvist, Sol" OR', '"Sol L." psychiatrist Portland']
    assert queries(who, Learned(givens=("Sol",)), [], 0) == []
    signed = _result("Member spotlight: Sol L. | Rose City Rowing", "Psychiatrist by day, rower at dawn. Portland.")
    assert plausible(who, signed, Learned(givens=("Sol",)))
    assert not plausible(who, signed)  # "Sol" was never the subject's until a confirmed page wrote it


# A name and a known URL alone: the place and field the user's own page writes are searched with the name.

_OWN_PAGE = PersonRecord(
    "Beau Halloway, MD",
    specialties=("Vascular Surgery",),
    addresses=(Address(street="12 Abercorn St", city="Savannah", state="GA"),),
)


def test_the_place_and_field_a_confirmed_page_writes_are_searched_when_nobody_gave_them() -> None:
    who = _who("Dr. Beau Halloway")
    got = learn(who, [_page("https://www.halloway-vein.example/beau", "Beau Halloway, MD", _OWN_PAGE)])
    assert (got.city, got.state, got.field) == ("Savannah", "GA", "Vascular Surgery")
    made = queries(who, got, ['"Beau Halloway"'], 6)
    assert '"Beau Halloway" Vascular Surgery Savannah GA' in made
    possible = learn(who, [_page("https://x.example/b", "Beau Halloway", _OWN_PAGE, Decision.POSSIBLE)])
    assert not possible  # only a confirmed page teaches


def test_a_place_the_user_typed_is_not_replaced_by_a_page_s() -> None:
    who = _who("Dr. Beau Halloway", city="Macon", state="GA", specialty="Vascular Surgery")
    got = learn(who, [_page("https://www.halloway-vein.example/beau", "Beau Halloway, MD", _OWN_PAGE)])
    assert (got.city, got.state, got.field) == ("", "", "")


def test_a_result_giving_the_family_name_field_and_town_is_opened() -> None:
    """A patient who knows "Dr. Halloway, the vein surgeon in Savannah" opens the listing under his legal first name."""
    who = _who("Dr. Beau Halloway", city="Savannah", state="GA", specialty="Vascular Surgery")
    listing = _result("Dr. Charles Halloway, Vascular Surgery - Savannah, GA | WebMD", "22 years of experience.")
    assert plausible(who, listing)
    assert not plausible(who, replace(listing, title="Dr. Charles Halloway, Vascular Surgery - Macon, GA"))
    assert not plausible(who, replace(listing, title="Charles Halloway, Dermatology - Savannah, GA"))


@pytest.mark.parametrize(
    "heading",
    [
        "Vascular Surgeon",  # what the subject is
        "Pediatric Cardiologist",
        "Aloha Health Plan Provider Directory",  # a directory's own page
        "Kapiolani Keiki Medical Center NPI 1206960993 Office",  # a registry mirror's heading
        "Tennessee Valley Medical Center Promoted Doctors Near Knoxville",
    ],
)
def test_a_role_or_a_page_heading_is_no_workplace_to_search_for(heading: str) -> None:

    assert not is_practice(heading, {"halloway"})


@pytest.mark.parametrize("name", ["Savannah Surgeons", "Big Sky Regional Medical Center", "Oak City Women's Care"])
def test_an_organisation_is_still_a_workplace(name: str) -> None:

    assert is_practice(name, {"halloway"})


def test_the_subject_s_own_field_written_as_an_employer_is_no_workplace() -> None:
    who = _who("Dr. Patrice Olmsted", city="Provo", specialty="Sleep Medicine")
    record = PersonRecord("Patrice Olmsted", practice="Sleep Medicine")
    assert learn(who, [_page("https://x.example/p", "Patrice Olmsted", record)]).practices == ()
    clinic = PersonRecord("Patrice Olmsted", practice="Timpanogos Sleep Center")
    taught = learn(who, [_page("https://x.example/p", "Patrice Olmsted", clinic)])
    assert taught.practices == ("Timpanogos Sleep Center",)


def test_dr_and_the_typed_given_name_is_opened_with_the_field_or_the_town() -> None:
    """A family's reel: "Our daughter Dr. Nadia the cardiologist" names her as her family and patients do."""
    who = _who("Dr. Nadia Haddadin", city="Grand Rapids", specialty="Cardiology")
    reel = _result("Dr. Nadia making knafeh | TikTok", "Our daughter Dr. Nadia the cardiologist, on her day off")
    assert plausible(who, reel)
    assert not plausible(who, replace(reel, snippet="Our daughter Dr. Nadia, on her day off"))  # anyone's
    assert '"Dr. Nadia" cardiologist Grand Rapids' in queries_first_pass(who)


def queries_first_pass(who: Identity) -> list[str]:
    from footprint.search_queries import queries as first

    return first(who, 14)


def test_a_field_the_specialty_table_does_not_know_is_read_by_its_own_word() -> None:
    """ "Dr. Trish busts five melatonin myths ... sleep": a podcast naming the doctor as her listeners do."""
    who = _who("Dr. Patrice Olmsted", city="Provo", specialty="Sleep Medicine")
    taught = Learned(givens=("Trish",))
    episode = _result("Sleep Well Wasatch: Ep. 48 with Dr. Trish", "Dr. Trish on kids and sleep schedules")
    assert plausible(who, episode, taught)
    assert not plausible(who, replace(episode, title="Ep. 48 with Dr. Trish", snippet="on kids and jet lag"), taught)


def test_the_member_names_of_a_learned_everyday_name_are_searched_both_before_a_second_names_forms() -> None:
    # "TrishV_DO: Sleep doc here": the forum shows the everyday name run into the family initial, one word.
    who = _who("Dr. Patricia Vukovan", city="Salt Lake City", specialty="Sleep Medicine")
    made = queries(who, Learned(givens=("Trish", "Hale")), [], 7)
    assert '"drtrishv" sleep specialist Salt Lake City' in made and '"trishv" sleep specialist Salt Lake City' in made
    assert not any("halev" in q for q in made)  # only the first learned name's member names


def test_the_titled_name_a_confirmed_page_quotes_for_the_subject_opens_a_result_that_writes_it() -> None:
    record = NpiRecord("1234567893", "MERE", "TAWHIRI", taxonomies=("Pediatric Rehabilitation Medicine",),
                       addresses=(Address(street="1 Bay St", city="Olympia", state="WA"),))  # fmt: skip
    who = _who("Dr. Mere Tawhiri", record=record)
    bio = PersonRecord("Mere Tawhiri", credentials=("MD",))
    own = replace(_page("https://clinic.example/tawhiri", "Mere Tawhiri, MD", bio), page=Extracted(
        "https://clinic.example/tawhiri", "clinic.example", PageKind.OTHER, "Mere Tawhiri, MD", (bio,),
        text='Dr. Tawhiri ("Dr. Mo" to her young patients) trained in Auckland. Dr. Pike ("Dr. P") runs the gym.',
    ))  # fmt: skip
    taught = learn(who, (own,))
    assert taught.quoted == ("Dr. Mo",)  # another doctor's quoted title is not taken
    post = _result("New braces and a walker day - Our Family Blog", "Jonah's new braces ... Dr. Mo ...")
    assert plausible(who, post, taught)
    assert not plausible(who, post, learn(who, ()))  # "Dr. Mo" alone is no one's until her page quotes it
    assert not plausible(who, _result("Our Family Blog", "Dr. Pike and the gym"), taught)


def test_a_likely_page_teaches_the_given_name_cut_short_and_nothing_else() -> None:
    who = _who("Dr. Folasade Ogunleye", state="TN", city="Memphis")
    blog = _page("https://kidneytalk.example.com/p/1", "Kidney Talk with Dr. Sade", PersonRecord("Sade Ogunleye"),
                 Decision.LIKELY)  # fmt: skip
    assert learn(who, (blog,)).givens == ("Sade",)
    other = _page("https://kidneytalk.example.com/p/2", "x", PersonRecord("Bisi Ogunleye"), Decision.LIKELY)
    assert learn(who, (other,)).givens == ()  # a relative's given name, from a page not confirmed
    maybe = _page("https://kidneytalk.example.com/p/3", "x", PersonRecord("Sade Ogunleye"), Decision.POSSIBLE)
    assert learn(who, (maybe,)).givens == ()
