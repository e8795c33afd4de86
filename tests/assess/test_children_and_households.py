"""How real pages name a physician's child or spouse without a kinship word, and a look-alike that names none.

A parent's post of a child's first game ("Theo's first game with the 12U Otters"), reported on the profile page
the scan opened; a team's contact list writing the player a parent is there for with the jersey number ("Peggy
Quillfeather (Theo D. #12)"); a club's news thanking a couple of two family names and their children ("our hosts
Peggy Quillfeather and Sam Dunmore, and Theo and Ava Dunmore"). A clinic's timetable whose header row runs the
days ("Mon Tue Wed Thu Fri") marries nobody.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post, Review

SUBJECT = make_subject("Dr. Peggy Quillfeather", city="Duluth", state="MN", handles=["drpeggyq"])
PEGGY = Identity(SUBJECT, ())
ME = PersonRecord(name="Peggy Quillfeather")


def _family(page: Extracted, me: PersonRecord = ME) -> list[tuple[str, str]]:
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    return [(f.url, f.excerpt) for f in assess(PEGGY, [matched], {}) if "family_information" in f.all_categories]


def _profile(caption: str) -> Extracted:
    me = PersonRecord(name="Dr. Peggy", handle="drpeggyq")
    post = Post(author="drpeggyq", text=caption, url="https://video.example/@drpeggyq/video/1", audience="public")
    return Extracted(url="https://video.example/@drpeggyq", site_id="video.example", kind=PageKind.SOCIAL_PROFILE,
                     people=(me,), posts=(post,))  # fmt: skip


def test_a_post_of_a_childs_first_game_names_her_child_on_the_profile_it_was_read_on() -> None:
    page = _profile("Theo's first game with the Duluth Otters 12U 🏒 so proud #hockeymom")
    found = _family(page, page.people[0])
    assert found and found[0][0] == "https://video.example/@drpeggyq"
    colleague = _profile("Dr. Lund's first day with our hospitalist team, welcome!")
    assert not _family(colleague, colleague.people[0])


def _community(text: str, people: tuple[str, ...]) -> Extracted:
    records = tuple(PersonRecord(name=n) for n in people)
    return Extracted(url="https://club.example/news/1", site_id="club.example", kind=PageKind.OTHER,
                     title="News | Duluth Club", people=records, text=text)  # fmt: skip


def test_a_team_contact_list_names_the_player_she_is_the_parent_of() -> None:
    text = "14U team contacts. Role Name Phone Head coach Al Berg (218) 555-0101 Team manager Peggy Quillfeather"
    text += " (Theo D. #12) (218) 555-0144"
    assert _family(_community(text, ("Al Berg", "Peggy Quillfeather")), ME)
    coach = "14U team contacts. Head coach Peggy Quillfeather (since 2021) Assistant Al Berg (Rink 2)"
    assert not _family(_community(coach, ("Peggy Quillfeather", "Al Berg")), ME)


def test_a_clubs_thanks_to_a_couple_of_two_names_and_their_children_names_her_household() -> None:
    text = (
        "Thanks to our hosts Peggy Quillfeather and Sam Dunmore, and to Theo and Ava Dunmore, who sang with the "
        "children's choir."
    )
    people = ("Peggy Quillfeather", "Sam Dunmore", "Theo Dunmore", "Ava Dunmore")
    found = _family(_community(text, people), ME)
    assert found and "Sam Dunmore" in found[0][1]
    cochairs = "Thanks to our co-chairs Peggy Quillfeather and Sam Dunmore, and to Al Berg for the sound."
    assert not _family(_community(cochairs, ("Peggy Quillfeather", "Sam Dunmore", "Al Berg")), ME)


def test_a_timetables_days_marry_nobody() -> None:
    text = "Reading and call schedule Physician Mon Tue Wed Thu Fri Weekend call Quillfeather, Peggy EMG lab 8-4 Off"
    assert not _family(_community(text, ("Peggy Quillfeather",)), ME)
    wedding = "Peggy Quillfeather weds Sam Dunmore at the Glensheen estate this June."
    assert _family(_community(wedding, ("Peggy Quillfeather", "Sam Dunmore")), ME)


def test_children_named_by_who_minds_them_while_she_travels_are_her_family() -> None:
    for caption in (
        "Off to Denver for the ACR meeting! Theo and Ava are at Grandma's all week, the house is quiet",
        "Sam and I left Theo with my mother in Two Harbors and flew to Lisbon on May 3.",
        "Theo has a hockey tournament in Mankato so he's staying with his grandpa.",
    ):
        page = _profile(caption)
        assert _family(page, page.people[0]), caption
    friend = _profile("Lunch with Theo at Grandma's Kitchen on Superior St, best pie in Duluth")
    assert not _family(friend, friend.people[0])


def test_a_sponsor_list_naming_her_family_by_its_given_names_names_her_household() -> None:
    text = "Our sponsors. Home Run: Lakeside Bank, The Quillfeather Family – Peg, Sam, Theo & Ava (go Otters!)"
    assert _family(_community(text, ("Lakeside Bank",)), ME)
    namesakes = "Thank you to our sponsors. The Quillfeather Family – Sam, Theo & Ava (go Otters!)"
    assert not _family(_community(namesakes, ()), ME)


def test_a_roster_naming_a_boy_by_the_masculine_form_of_her_family_name_names_her_child() -> None:
    subject = make_subject("Dr. Agnieszka Kowalska", city="Niles", state="IL")
    me = PersonRecord(name="Agnieszka Kowalska")
    text = "12U Roster Team Manager: Agnieszka Kowalska # Player Pos 7 Jan Nowak F 12 Kuba Kowalski D"
    page = _community(text, ("Agnieszka Kowalska", "Jan Nowak", "Kuba Kowalski"))
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    found = [f.excerpt for f in assess(Identity(subject, ()), [matched], {}) if f.category == "family_information"]
    assert found and "Kuba Kowalski" in found[0]


def _review(reply: str, rating: float = 2.5) -> set[str]:
    review = Review(rating=rating, scale=5.0, text="Waited four months, then ten minutes with us.", reply=reply)
    me = PersonRecord(name="Dr. Peggy Quillfeather", credentials=("MD",))
    page = Extracted(url="https://ratings.example/dr-peggy-quillfeather", site_id="ratings.example",
                     kind=PageKind.RATINGS_PROFILE, people=(me,), reviews=(review,))  # fmt: skip
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    return {c for f in assess(PEGGY, [matched], {}) for c in f.all_categories}


def test_a_review_between_two_and_three_stars_that_her_reply_apologises_for_is_negative() -> None:
    assert "negative_review" in _review("I'm sorry about the wait; please call the office.")
    assert "negative_review" not in _review("Thank you for the feedback, please call the office.")
    assert "negative_review" not in _review("I'm sorry about the wait; please call the office.", rating=3.5)


def test_a_neighbourhood_newsletter_saying_her_household_is_away_till_a_date_exposes_the_empty_house() -> None:
    text = (
        "Neighbor News. Peggy Quillfeather and Sam Dunmore of Elm Crest are wintering in Tucson again, from January 5"
        " through March 28. Al Berg will take in their mail."
    )
    matched = Match(
        _community(text, ("Peggy Quillfeather", "Sam Dunmore")), MatchResult(0.9, Decision.LIKELY, (), ME, 0)
    )
    assert any(f.category == "location_exposure" for f in assess(PEGGY, [matched], {}))
    other = text.replace("Peggy Quillfeather and Sam Dunmore", "Al Berg and Jo Berg").replace(
        "Al Berg will", "Ann will"
    )
    matched = Match(_community(other, ("Al Berg", "Jo Berg")), MatchResult(0.9, Decision.LIKELY, (), ME, 0))
    assert not any(f.category == "location_exposure" for f in assess(PEGGY, [matched], {}))


def test_a_practice_review_naming_her_by_the_english_form_of_her_given_name_is_hers() -> None:
    subject = make_subject("Dr. Eszter Quillfeather", city="Duluth", state="MN")
    practice = PersonRecord(name="", practice="Lakeside Skin")
    reviews = (
        Review(rating=1.0, scale=5.0, text="Dr. Esther rushed my skin check and billed a full exam. Never again."),
        Review(rating=1.0, scale=5.0, text="Dr. Lund rushed my skin check. Never again."),
    )
    for review, hers in zip(reviews, (True, False), strict=True):
        page = Extracted(url="https://reviews.example/biz/lakeside-skin", site_id="reviews.example",
                         kind=PageKind.RATINGS_PROFILE, people=(practice,), reviews=(review,))  # fmt: skip
        matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), practice, 0))
        found = {f.category for f in assess(Identity(subject, ()), [matched], {})}
        assert ("negative_review" in found) == hers


def test_a_church_letter_thanking_her_family_of_their_street_by_given_names_names_her_household() -> None:
    text = "Many thanks to the Quillfeather family of Larch Avenue, Peggy and Sam, for hosting the Easter lunch."
    assert _family(_community(text, ()), ME)
    others = "Many thanks to the Quillfeather family of Larch Avenue, Sam and Theo, for hosting the Easter lunch."
    assert not _family(_community(others, ()), ME)
