"""What community pages and profiles write of a household in their own formats: a street's watch list giving the
family's away dates after their house number ("Jane and Sam Roe (no. 12) June 8-22"), a register's row family name
first ("QUELLWEG, MARTA 48 ..."), a school newsletter's thanks with the child and class in brackets, a results table's
age column, a club's news of the family "in Brno from December 20 to January 4", a blog post's sign-off over "we'll be
camping at the state park Thursday through Sunday", the writer's own "I'm out at ... every Saturday"; and a profile's
display name "Marta Q." is the subject's name shortened, not a listing under another name."""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord
from tests.assess._marta import excerpts, marta


def _page(text: str, title: str, kind: PageKind = PageKind.OTHER, read_from: tuple[str, ...] = ("name:text",),
          name: str = "Marta Quellweg") -> Extracted:  # fmt: skip
    person = PersonRecord(name, read_from=read_from)
    return Extracted("https://www.elmstreet.example.org/page", "elmstreet.example.org", kind, title=title,
                     people=(person,), text=f"{title} {text}")  # fmt: skip


def _found(page: Extracted) -> dict[str, set[str]]:
    return excerpts(marta(), page, MatchResult(0.9, Decision.LIKELY, ("test",), page.people[0], 0))


def test_a_watch_list_gives_the_households_away_dates_after_its_house_number() -> None:
    minutes = ("Summer watch list. Away dates for the watch list: the Poes (no. 3105) July 1-5; Marta and Sam "
               "Quellweg (no. 3117) June 8-22, Hattie will feed the chickens.")  # fmt: skip
    assert "location_exposure" in _found(_page(minutes, "May Minutes | Elm Street Neighbors", PageKind.NEWS))
    # Only the other household's dates: nothing of hers.
    theirs = (
        "Away dates for the watch list: Marta Quellweg (no. 3117) is home all summer; the Poes (no. 3105) July 1-5."
    )
    assert "location_exposure" not in _found(_page(theirs, "May Minutes | Elm Street Neighbors", PageKind.NEWS))


def test_a_clubs_news_of_the_family_away_from_one_day_to_another() -> None:
    news = "The Quellweg family will be in Brno from December 20 to January 4; the bee club will check their hives."
    assert "location_exposure" in _found(_page(news, "December Newsletter | Czech Club", PageKind.OTHER))
    assert "location_exposure" not in _found(_page("The Quellweg family loves Brno.", "Newsletter | Czech Club"))


def test_a_signed_post_says_where_the_household_camps_for_days() -> None:
    post = ("We'll be camping at the state park Thursday through Sunday, campsite 14 by the bridge. "
            "— Marta Quellweg, Dayton")  # fmt: skip
    assert "location_exposure" in _found(_page(post, "Contest this weekend", read_from=("name:text:signed",)))
    assert "location_exposure" not in _found(_page(post, "Contest this weekend"))


def test_the_writers_own_weekly_place() -> None:
    post = "I'm out at the pull-off on County Road 210, mile marker 9, every Saturday in April from 4:45 until seven."
    assert "location_exposure" in _found(_page(post, "Dancing grounds", read_from=("name:author",)))
    clinic = "I'm at the clinic on Far Hills every Saturday morning for walk-ins."
    assert "location_exposure" not in _found(_page(clinic, "Walk-ins", read_from=("name:author",)))


def test_a_registers_row_family_name_first_gives_the_home() -> None:
    text = ("Contributor Address Occupation / Employer Date Amount POE, SAM 801 PIONEER AVE, DAYTON OH 45429 "
            "ATTORNEY / SELF 06/30/2026 $250.00 QUELLWEG, MARTA 48 LARKSPUR LN, DAYTON OH 45429 "
            "PHYSICIAN / DAYTON PEDIATRICS 07/02/2026 $500.00")  # fmt: skip
    person = PersonRecord("Marta Quellweg", specialties=("pediatrics",), read_from=("name:card",))
    page = Extracted("https://www.ohcampaignfinance.example.gov/contributions", "ohcampaignfinance.example.gov",
                     PageKind.OTHER, title="Contributions | Campaign Finance", people=(person,), text=text)  # fmt: skip
    homes = excerpts(marta(), page, MatchResult(0.9, Decision.LIKELY, ("test",), person, 0)).get("home_address", set())
    assert any("48 LARKSPUR LN" in e for e in homes)
    assert not any("801 PIONEER" in e and "48 LARKSPUR" not in e for e in homes)


def test_a_school_newsletter_names_the_child_and_class_in_brackets() -> None:
    thanks = "Thank you to Marta Quellweg and Sam Poe (Tess, Primary Room 2) for the grape-stomping demonstration."
    assert "family_information" in _found(_page(thanks, "September Newsletter | Willow Montessori School"))
    chairs = "Thank you to our book fair chairs, Marta Quellweg (June, Ms. Ortiz's 3rd grade) and Tanya Roe."
    assert "family_information" in _found(_page(chairs, "Sunrise Elementary PTA eNews", PageKind.NEWS))
    # Not a school's page: a ward and a room are a hospital's.
    ward = "Thanks to Marta Quellweg (Cardiology, Room 204) for the talk."
    assert "family_information" not in _found(_page(ward, "Grand rounds | Dayton General"))


def test_a_results_tables_age_column() -> None:
    table = ("Women's Masters Single Place Bow Sculler Age Club Time 1 14 Dana Kowalski 44 Lake RA 19:40.2 "
             "2 11 Marta Quellweg 39 Dayton RC 19:52.8")  # fmt: skip
    assert "birth_date" in _found(_page(table, "Head of the River – Results | Dayton Rowing Club"))
    # No age column: the number after the name is a bib or a place.
    plain = "Place Sculler Bib Club Time 2 Marta Quellweg 39 Dayton RC 19:52.8"
    assert "birth_date" not in _found(_page(plain, "Head of the River – Results | Dayton Rowing Club"))


def test_a_display_name_with_the_family_initial_is_no_listing_under_another_name() -> None:
    person = PersonRecord("Marta Q.", read_from=("name:title", "name:h1"))
    page = Extracted("https://filmlog.example.com/martaq/", "filmlog.example.com", PageKind.RATINGS_PROFILE,
                     title="Marta Q.", people=(person,), text="Marta Q. Films watched 412")  # fmt: skip
    found = excerpts(marta(), page, MatchResult(0.97, Decision.CONFIRMED, ("test",), person, 0))
    assert "listing_inconsistency" not in found
    other = PersonRecord("Marta Quelling", read_from=("name:title", "name:h1"))
    page = Extracted("https://ratings.example.com/marta", "ratings.example.com", PageKind.RATINGS_PROFILE,
                     title="Dr. Marta Quelling", people=(other,), text="Dr. Marta Quelling Pediatrics")  # fmt: skip
    found = excerpts(marta(), page, MatchResult(0.97, Decision.CONFIRMED, ("test",), other, 0))
    assert "listing_inconsistency" in found


def test_the_subjects_own_wedding_site_says_where_they_will_be_on_the_day() -> None:
    text = ("Marta Quellweg & Sam Poe April 18, 2026 Dayton, Ohio Our Story We met at a crawfish boil. Travel Ceremony "
            "at St. Augustine Church, 2:00 pm; reception at the Dayton Art Institute.")  # fmt: skip
    page = _page(text, "Marta Quellweg & Sam Poe | April 18, 2026 | Wedding Website", read_from=("name:title",))
    assert "location_exposure" in _found(page)
    # A friend's wedding site: the subject is a guest (a bridesmaid), not one of the couple.
    guest = text.replace("Marta Quellweg & Sam Poe", "Tanya Roe & Sam Poe") + " Bridesmaid Marta Quellweg"
    page = _page(guest, "Tanya Roe & Sam Poe | April 18, 2026 | Wedding Website")
    assert "location_exposure" not in _found(page)


def test_the_subjects_own_profile_names_the_couple_with_its_ring() -> None:
    text = "Marta Quellweg @martaq peds doc, bride-to-be. Marta + Sam 4.18.26 💍 214 Pins Garden ideas 31 Pins"
    page = _page(text, "Marta Quellweg (martaq) - Profile | Pinterest", read_from=("name:title",))
    assert "family_information" in _found(page)
    title = "Marta Quellweg (martaq) - Profile | Pinterest"
    page = _page("Marta Quellweg @martaq peds doc. Garden ideas 31 Pins", title, read_from=("name:title",))
    assert "family_information" not in _found(page)


def test_a_post_says_where_the_writer_is_every_year() -> None:
    post = "we're on St. Charles at Napoleon every single year, the ladder with the purple tape, come say hey"
    person = PersonRecord("Marta Quellweg", handle="martaq", read_from=("name:title",))
    from footprint.models import Post

    page = Extracted("https://clips.example.com/@martaq/video/1", "clips.example.com", PageKind.SOCIAL_PROFILE,
                     title="parade day | Clips", people=(person,), text=post,
                     posts=(Post("martaq", post, url="https://clips.example.com/@martaq/video/1"),))  # fmt: skip
    found = excerpts(marta(handles=("martaq",)), page, MatchResult(0.97, Decision.CONFIRMED, ("test",), person, 0))
    assert "location_exposure" in found


def test_a_podcast_episode_in_which_the_subject_walks_through_one_persons_case() -> None:
    notes = ("Ep. 61: The pathologist who said no. Dr. Marta Quellweg, the Dayton pathologist the Roe family hired, "
             "walks us through her second autopsy of 22-year-old Caitlin Roe: the fractures, the toxicology the "
             "coroner has not released.")  # fmt: skip
    assert "patient_information" in _found(_page(notes, "Cold Front: Ep. 61 on Apple Podcasts"))
    general = "Dr. Marta Quellweg talks about how autopsies work and why toxicology takes weeks."
    assert "patient_information" not in _found(_page(general, "Cold Front: Ep. 62 on Apple Podcasts"))


def test_minutes_give_the_house_in_brackets_by_the_households_names() -> None:
    title = "April Board Minutes | Foothills Estates HOA"
    lot = "Architectural review: solar array approved for Lot 14 (Quellweg/Poe, 4411 N Camino Real), behind the wall."
    assert any("4411 N Camino Real" in e for e in _found(_page(lot, title, PageKind.NEWS)).get("home_address", ()))
    split = "Marta Quellweg (2217 N. 17th St) spoke against the proposed lot split next door."
    assert "home_address" in _found(_page(split, title, PageKind.NEWS))
    party = (
        "The Lakeview Terrace block party will be September 26 in front of no. 58 (Marta Quellweg and Sam Poe hosting)."
    )
    assert "home_address" in _found(_page(party, "August Minutes | South End Neighbors", PageKind.NEWS))
    # Another household's house: nothing of hers.
    theirs = (
        "The Lakeview Terrace block party will be in front of no. 58 (the Poes hosting); Marta Quellweg brings pie."
    )
    assert "home_address" not in _found(_page(theirs, "August Minutes | South End Neighbors", PageKind.NEWS))


def test_minutes_give_a_hyphenated_house_number_and_flat_in_brackets_on_the_associations_numbered_street() -> None:
    # Queens writes house numbers hyphenated; the block association's name gives the street.
    title = "Minutes, June 2026 | 81st Street Block Association"
    fair = "Marta and Sam Quellweg (37-14, Apt 2C) will run the dumpling table again."
    assert "home_address" in _found(_page(fair, title, PageKind.OTHER))
    # A child's age in brackets is no house number.
    kids = "Marta Quellweg (41) and Sam Quellweg (9) will run the dumpling table again."
    assert "home_address" not in _found(_page(kids, title, PageKind.OTHER))


def test_a_schools_news_names_others_of_the_family() -> None:
    news = ("Thank you to our retreat chaperones, Marta Quellweg, Mark Landry and Yvette Chauvin. "
            "Camille Quellweg and Ava Landry led the closing prayer.")  # fmt: skip
    page = _page(news, "Sacred Heart School Parents' Club eNews – October 9, 2026", PageKind.NEWS)
    page = Extracted(page.url, page.site_id, page.kind, title=page.title, text=page.text,
                     people=(*page.people, PersonRecord("Camille Quellweg"), PersonRecord("Ava Landry")))  # fmt: skip
    assert "family_information" in _found(page)
    # A paper's news (no school's) naming a namesake: not her family.
    paper = Extracted(page.url, page.site_id, page.kind, title="Dayton Daily | Local news", text=news,
                      people=page.people)  # fmt: skip
    assert "family_information" not in _found(paper)


def test_a_school_sign_up_names_the_childrens_grades_and_teachers_in_the_parents_entry() -> None:
    sheet = ('Face Painting (2 of 2 slots filled) Quellweg, Marta — "Maren (1st, Mrs. Ortiz) and Anders (4th, Mr. '
             'Haugland) are my helpers." · Kayla Stensrud')  # fmt: skip
    assert "family_information" in _found(_page(sheet, "Meadowlark Elementary Fall Carnival Volunteers - SignUpGenius"))
    other = 'Face Painting: Kayla Stensrud — "Maren (1st, Mrs. Ortiz) helps." · Cake Walk: Quellweg, Marta'
    assert "family_information" not in _found(_page(other, "Meadowlark Elementary Fall Carnival Volunteers"))


def test_a_business_registrys_agent_address_apart_from_the_office_is_the_home() -> None:
    record = ("Business Entity Search Name DAYTON CREST PEDIATRICS LLC Status Good Standing Principal Office Street "
              "Address 3100 FAR HILLS AVE STE 200, DAYTON, OH 45429 Registered Agent MARTA L QUELLWEG, 48 LARKSPUR LN, "
              "DAYTON, OH 45429 Person forming MARTA L QUELLWEG")  # fmt: skip
    found = _found(_page(record, "Ohio Secretary of State - Business Search - Profile"))
    assert any("48 LARKSPUR LN" in e for e in found.get("home_address", ()))
    at_office = record.replace("48 LARKSPUR LN", "3100 FAR HILLS AVE STE 200")
    assert "home_address" not in _found(_page(at_office, "Ohio Secretary of State - Business Search - Profile"))
