"""The detectors on ways of saying things that no labelled set here was written in.

Each page is small and written here, as a stand-in for a family of real pages: the subject's own
fundraiser or wedding site naming their family in the first person, a payments feed, a club roster
with their cell number, a people-search page read as a plain page, a health plan's directory entry, a
profile whose poor average stands apart from its reviews tab; and the look-alikes a careful reviewer
would not flag (a patient's mother writing "my daughter", a colleague's wife, the office line on a
practice's page, an NPI read as a phone).
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Photo,
    Post,
    Probe,
    ProbePurpose,
    ProbeSource,
    Rating,
    Review,
)

SUBJECT = make_subject("Dr. Peggy Quillfeather", specialty="Emergency Medicine", city="Fargo", state="ND")
PEGGY = Identity(SUBJECT, name_variants(SUBJECT))


def _page(body: str, url: str, kind: PageKind = PageKind.OTHER) -> Extracted:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return extract(Page(probe, 200, body, "text/html", url), None)


def _as_hers(page: Extracted, who: Identity = PEGGY) -> set[str]:
    """Categories found when the page is taken as the subject's (matching is another stage's business)."""
    from footprint.match import match

    result = match(who, page)
    mine = MatchResult(0.8, Decision.LIKELY, result.reasons, result.person, result.person_index)
    return {c for f in assess(who, [Match(page, mine)], {}) for c in f.all_categories}


def _html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


# --- family in the subject's own words, or tied to their name -------------------------------------


def test_her_fundraiser_naming_her_parents_in_the_first_person() -> None:
    body = _html(
        "Fundraiser by Peggy Quillfeather : Help my parents rebuild the bakery",
        "<h1>Help my parents rebuild the bakery</h1><p>Peggy Quillfeather is organizing this fundraiser.</p>"
        "<p>My parents, Arvid and Solveig Quillfeather, opened the bakery in 1987. A flood took it.</p>",
    )
    found = _as_hers(_page(body, "https://fundme.example/f/quill-bakery"))
    # A campaign that must be public to raise money is no personal profile to make private.
    assert "family_information" in found
    assert "personal_profile_public" not in found


def test_her_wedding_site_names_her_husband_and_the_wedding_party() -> None:
    body = _html(
        "Peggy Quillfeather & Tomas Berg's Wedding",
        "<h1>Peggy &amp; Tomas</h1><p>June 6, 2026 · Fargo, North Dakota</p>"
        "<h2>Wedding party</h2><p>Lena Quillfeather · Sister of the bride</p><p>Jon Berg · Best man</p>",
    )
    assert "family_information" in _as_hers(_page(body, "https://weddings.example/peggyandtomas"))


def test_her_wedding_site_is_a_personal_page_in_public() -> None:
    body = _html(
        "Peggy Quillfeather & Tomas Berg's Wedding Website",
        "<h1>Peggy &amp; Tomas</h1><p>Our story: my parents, Arvid and Solveig, introduced us at the bakery.</p>",
    )
    assert "personal_profile_public" in _as_hers(_page(body, "https://weddings.example/peggyandtomas"))


def test_her_payments_feed_names_a_relative_by_her_family_name() -> None:
    body = _html(
        "Peggy Quillfeather (@peggy-q) | PayPal-like",
        "<h1>Peggy Quillfeather</h1><ul><li>Peggy Quillfeather paid Lena Quillfeather · ski trip</li>"
        "<li>Ole Hanson paid Peggy Quillfeather · pizza</li></ul>",
    )
    assert "family_information" in _as_hers(_page(body, "https://pay.example/u/peggy-q"))


def test_her_payments_feed_with_money_for_care_from_someone_outside_her_family() -> None:
    body = _html(
        "Peggy Quillfeather (@peggy-q) | PayPal-like",
        "<h1>Peggy Quillfeather</h1><ul><li>Ole Hanson paid Peggy Quillfeather for reading my lab results "
        "on a Sunday Oct 3</li>"
        "<li>Peggy Quillfeather paid Lena Quillfeather · ski trip Oct 1</li></ul>",
    )
    assert "boundary_violation" in _as_hers(_page(body, "https://pay.example/u/peggy-q"))


def test_her_payments_feed_with_pizza_money_or_a_relatives_prescription_is_no_boundary() -> None:
    body = _html(
        "Peggy Quillfeather (@peggy-q) | PayPal-like",
        "<h1>Peggy Quillfeather</h1><ul><li>Ole Hanson paid Peggy Quillfeather pizza and gas Oct 3</li>"
        "<li>Peggy Quillfeather paid Lena Quillfeather for mom's prescriptions Oct 1</li></ul>",
    )
    assert "boundary_violation" not in _as_hers(_page(body, "https://pay.example/u/peggy-q"))


def test_a_bulletin_naming_her_son_with_a_possessive_of_her_name() -> None:
    body = _html(
        "Riverside Parish Bulletin - March",
        "<p>Congratulations to Dr. Quillfeather's son Arlo on his confirmation this Sunday.</p>",
    )
    assert "family_information" in _as_hers(_page(body, "https://riverside.example/bulletin/march"))


def test_a_gala_page_naming_her_and_husband_without_a_possessive() -> None:
    body = _html(
        "Spring gala raises $40,000",
        "<p>Hosts Dr. Peggy Quillfeather and husband Tomas Berg welcomed 200 guests to the Fargo Club.</p>",
    )
    assert "family_information" in _as_hers(_page(body, "https://fargoclub.example/gala"))


def test_a_feature_saying_she_is_getting_married_to_a_named_partner() -> None:
    body = _html(
        "The young doctors changing Fargo's ER",
        "<p>Dr. Peggy Quillfeather runs the night shift. Now at Sanford, Quillfeather, 33, sees 40 patients a "
        "night. She grew up above her parents' diner and is getting married this fall to Tomas Berg, a teacher.</p>",
    )
    assert "family_information" in _as_hers(_page(body, "https://news.example/er", PageKind.NEWS))


def test_class_notes_under_her_former_name_saying_she_married_someone() -> None:
    hyphenated = make_subject("Dr. Peggy Quillfeather-Berg", specialty="Emergency Medicine", state="ND")
    body = _html(
        "Class Notes, Spring 2019 | Alumni",
        "<p>Harold Vance, M.D. '71 retired after 44 years.</p><p>Peggy Quillfeather, M.D. '13, married Tomas Berg "
        "in Bismarck last August. She is finishing her emergency medicine training in Fargo.</p>",
    )
    found = _as_hers(_page(body, "https://alumni.example/notes"), Identity(hyphenated, name_variants(hyphenated)))
    assert "family_information" in found


def test_a_colleagues_wedding_or_her_own_wedding_day_is_no_named_relative() -> None:
    for text in (
        "Dr. Peggy Quillfeather gave a toast. Dr. Ansel Moreno married Rita Lee in May.",
        "Dr. Peggy Quillfeather married in June and is back on shift.",
    ):
        body = _html("Staff news", f"<p>{text}</p>")
        assert "family_information" not in _as_hers(_page(body, "https://staffnews.example/june")), text


def test_an_event_she_organises_giving_her_own_cell_and_email() -> None:
    body = _html(
        "Run for Fargo Hearts 5K Tickets, Sat, May 9 | Events",
        "<p>By Dr. Peggy Quillfeather &amp; Friends</p><p>All proceeds fund free screenings. Questions or "
        "volunteering: text me at 701-555-0191 or write to peggy.q81@example.com. Peggy</p>",
    )
    assert {"personal_phone", "personal_email"} <= _as_hers(_page(body, "https://events.example/e/5k"))


def test_an_event_by_someone_else_giving_their_contact_is_not_hers() -> None:
    body = _html(
        "Run for Fargo Hearts 5K Tickets | Events",
        "<p>By Fargo Runners Club</p><p>Dr. Peggy Quillfeather will speak at the start line. All proceeds fund "
        "free blood pressure screenings. Questions: text me at 701-555-0191 or write to coach.lee@example.com.</p>",
    )
    found = _as_hers(_page(body, "https://events.example/e/5k"))
    assert not {"personal_phone", "personal_email"} & found


def test_a_patients_mother_writing_my_daughter_is_not_her_family() -> None:
    body = _html(
        "Our ER night: thank you Dr. Quillfeather",
        "<p>My daughter Emma broke her wrist on Saturday. Dr. Peggy Quillfeather set it and made her laugh.</p>",
    )
    assert "family_information" not in _as_hers(_page(body, "https://momblog.example/er-night"))


def test_a_colleagues_wife_named_beside_her_is_not_her_family() -> None:
    body = _html(
        "Hospital picnic",
        "<p>Dr. Peggy Quillfeather thanked Dr. Ansel Moreno and his wife Rita Moreno for the barbecue.</p>",
    )
    assert "family_information" not in _as_hers(_page(body, "https://staffnews.example/picnic"))


def test_a_team_roster_listing_her_and_a_child_of_her_family_name() -> None:
    body = _html(
        "U12 Roster | Red River Soccer Club",
        "<h2>Players</h2><ul><li><h4>Arlo Quillfeather</h4><p>Forward</p></li><li><h4>Ole Hanson</h4><p>Keeper</p>"
        "</li></ul><h2>Staff</h2><p>Team doctor (volunteer): Dr. Peggy Quillfeather</p>",
    )
    assert "family_information" in _as_hers(_page(body, "https://redriversoccer.example/u12/roster"))


def test_a_team_photos_caption_naming_a_child_of_her_family_name_names_her_family() -> None:
    """The caption's names are the photo's tags even where the page's reading keeps none of them as people."""
    caption = "Season champs! Front row: Nora Quillfeather, Ava Hanson. Coaches Peggy Quillfeather and Ole Hanson."
    photo = Photo("https://redriversoccer.example/team.jpg", caption=caption,
                  tagged=("Nora Quillfeather", "Ava Hanson", "Peggy Quillfeather", "Ole Hanson"))  # fmt: skip
    me = PersonRecord(name="Peggy Quillfeather", context="Head Coach: Peggy Quillfeather")
    page = Extracted(url="https://redriversoccer.example/u7", site_id="redriversoccer.example", kind=PageKind.OTHER,
                     title="U7 Girls Blue Hornets | Red River Soccer Club", people=(me,), photos=(photo,))  # fmt: skip
    mine = MatchResult(0.8, Decision.LIKELY, (), me, 0)
    assert "family_information" in {c for f in assess(PEGGY, [Match(page, mine)], {}) for c in f.all_categories}


def test_a_clinic_page_listing_two_doctors_of_her_family_name_names_no_family() -> None:
    body = _html(
        "Our doctors | Northside Clinic",
        "<ul><li><h4>Dr. Peggy Quillfeather</h4><p>Emergency Medicine</p></li>"
        "<li><h4>Dr. Hal Quillfeather</h4><p>Cardiology</p></li></ul>",
    )
    assert "family_information" not in _as_hers(_page(body, "https://northside.example/doctors"))


# --- age and phone beside her name on a page that marks up no record ------------------------------


def test_an_age_written_after_her_name_on_a_plain_page() -> None:
    body = _html(
        "Peggy Quillfeather, Fargo, ND | FindAnyone", "<p>Peggy Quillfeather Female, 44 years old Fargo, ND</p>"
    )
    assert "birth_date" in _as_hers(_page(body, "https://findanyone.example/usa/nd/peggy_quillfeather"))


def test_an_age_after_someone_elses_name_is_not_hers() -> None:
    body = _html(
        "Fargo marathon results",
        "<p>Peggy Quillfeather finished third. Winner Ole Hanson, 44 years old, set a course record.</p>",
    )
    assert "birth_date" not in _as_hers(_page(body, "https://races.example/fargo-2026"))


def test_her_cell_number_on_a_clubs_roster() -> None:
    body = _html(
        "U12 Roster | Red River Soccer Club",
        "<h2>Team staff</h2><p>Coach: Ole Hanson · (701) 555-0100</p>"
        "<p>Team doctor (volunteer): Dr. Peggy Quillfeather · (701) 555-0177 for injuries at games only</p>",
    )
    page = _page(body, "https://redriversoccer.example/u12/roster")
    assert "personal_phone" in _as_hers(page)


def test_her_email_beside_her_name_on_a_clubs_roster() -> None:
    body = _html(
        "U12 Roster | Red River Soccer Club",
        "<h2>Team staff</h2><p>Coach: Ole Hanson · ole.hanson@example.net</p>"
        "<p>Team doctor (volunteer): Dr. Peggy Quillfeather · peggy.q@example.net · bring water</p>",
    )
    assert "personal_email" in _as_hers(_page(body, "https://redriversoccer.example/u12/roster"))


def test_her_email_after_a_long_aside_in_brackets_on_a_room_parents_list() -> None:
    body = _html(
        "Room Parents | Red River Elementary PTA",
        "<table><tr><th>Class</th><th>Room parent</th><th>Contact</th></tr><tr><td>2nd grade</td>"
        "<td>Dr. Peggy Quillfeather (Ava's mom; yes, she is the kids' ER doctor at Sanford!)</td>"
        "<td>peggyq83@example.net</td></tr></table>",
    )
    assert "personal_email" in _as_hers(_page(body, "https://redriverpta.example/room-parents"))


def test_a_coachs_email_or_her_hospital_mailbox_on_a_roster_is_not_hers() -> None:
    body = _html(
        "U12 Roster | Red River Soccer Club",
        "<p>Team doctor (volunteer): Dr. Peggy Quillfeather</p><p>Coach: Ole Hanson · ole.hanson@example.net</p>"
        "<p>Injury forms: Dr. Peggy Quillfeather, sports medicine clinic · pq@riverhealth-clinic.example.org</p>",
    )
    assert "personal_email" not in _as_hers(_page(body, "https://redriversoccer.example/u12/roster"))


def test_her_link_page_selling_with_her_code_undisclosed() -> None:
    body = _html(
        "Dr. Peggy Quillfeather | LinkPage",
        "<h1>Dr. Peggy Quillfeather</h1><p>ER doc in Fargo.</p><ul><li>Book a visit at Northside</li>"
        "<li>The recovery socks I wear on shift – 15% off with PEGGY15</li></ul>",
    )
    assert "undisclosed_conflict" in _as_hers(_page(body, "https://links.example/drpeggy"))


def test_her_guest_post_with_a_discount_code_undisclosed() -> None:
    body = _html(
        "An ER doctor on first-aid kits",
        "<article><p>Posted on March 2, 2026 by Guest post by Dr. Peggy Quillfeather</p>"
        "<p>People ask me which kit to keep in the car. The one our family uses is the Trailhand Kit. Readers get "
        "10% off with code DRPEGGY10.</p></article>",
    )
    assert "undisclosed_conflict" in _as_hers(_page(body, "https://momblog.example/2026/03/kits/", PageKind.NEWS))


def test_her_reply_in_a_forum_thread_does_not_make_the_thread_her_words() -> None:
    body = _html(
        "Weird ER stories - Fargo Forum",
        "<div><p>Posted by Ole Hanson</p><p>Had a patient today who swallowed a magnet; foreign body out.</p></div>"
        "<div><p>Posted by Peggy Quillfeather</p><p>Great story, thanks for sharing.</p></div>",
    )
    assert "patient_information" not in _as_hers(_page(body, "https://forum.example/t/er-stories/1"))


def test_a_news_story_quoting_her_beside_a_shop_code_is_not_her_promotion() -> None:
    body = _html(
        "First-aid kits for the car",
        "<article><p>By Ole Hanson</p><p>Dr. Peggy Quillfeather says any kit beats none. "
        "Readers get 10% off the Trailhand Kit with code FARGO10.</p></article>",
    )
    assert "undisclosed_conflict" not in _as_hers(_page(body, "https://paper.example/2026/03/kits/", PageKind.NEWS))


def test_a_race_result_has_no_home_in_its_bib_place_and_time_columns() -> None:
    body = _html(
        "Peggy Quillfeather - Red River Half 2026 - Results",
        "<h1>Peggy Quillfeather</h1><p>Red River Half 2026 · Half Marathon</p><p>Bib 2045 Prairie Run Half</p>"
        "<p>Hometown Fargo, ND</p><p>Chip time 2:14:07 Overall place 977 / 4,210 Division place 66 / 318</p>"
        "<table><tr><td>5:58:31</td><td>17 Dana Whitlow St Paul MN</td></tr></table>",
    )
    assert "home_address" not in _as_hers(_page(body, "https://results.example/red-river-half/2231"))


def test_a_street_on_the_line_after_a_year_still_counts() -> None:
    body = _html(
        "Riverside Lending Box · Book Exchange #5521",
        "<h1>Riverside Lending Box</h1><p>Charter #5521 · Registered May 2023</p>"
        "<p>57 Elm Hollow Rd, Fargo, ND 58102</p>"
        "<p>Stewards: Peggy Quillfeather &amp; Tomas Berg, in front of our house</p>",
    )
    assert "home_address" in _as_hers(_page(body, "https://books.example/box/5521"))


def test_a_street_in_a_sentence_about_her_house_still_counts() -> None:
    body = _html(
        "Meal train for the Quillfeathers",
        "<p>Peggy Quillfeather broke her leg skiing. Please drop meals at 1408 Bramblecrest Dr by 5 pm.</p>",
    )
    assert "home_address" in _as_hers(_page(body, "https://mealtrain.example/quillfeather"))


def test_her_reply_under_her_own_neighbourhood_post_is_no_comment_on_someone_elses() -> None:
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:card", "name:comment"))
    byline = "Peggy Quillfeather · Riverside · 12 Sep"
    posts = (
        Post(author="Ole Hanson", text="Saw the cat on Elm around 7am!", on_post_by=byline),
        Post(author="Peggy Quillfeather", text="Found her! Thank you Ole.", on_post_by=byline),
    )
    page = Extracted(url="https://hood.example/p/1", site_id="hood.example", kind=PageKind.OTHER,
                     title="Lost cat, Riverside", people=(me,), posts=posts)  # fmt: skip
    found = {
        c
        for f in assess(PEGGY, [Match(page, MatchResult(0.9, Decision.LIKELY, (), me, 0))], {})
        for c in f.all_categories
    }
    assert "personal_comment" not in found


def test_her_scholar_page_citing_her_by_initial_names_no_relative() -> None:
    me = PersonRecord(name="Peggy Quillfeather", specialties=("emergency medicine",))
    cited = (PersonRecord(name="O Hanson"), PersonRecord(name="P Quillfeather"), PersonRecord(name="PA Quillfeather"))
    page = Extracted(url="https://scholar.example/citations?user=pq", site_id="scholar.example", kind=PageKind.OTHER,
                     title="Peggy Quillfeather", people=(me, *cited))  # fmt: skip
    found = {
        c
        for f in assess(PEGGY, [Match(page, MatchResult(0.9, Decision.LIKELY, (), me, 0))], {})
        for c in f.all_categories
    }
    assert "family_information" not in found
    # ... while a relative of hers listed there by a full given name still is.
    page = Extracted(url="https://scholar.example/citations?user=pq", site_id="scholar.example", kind=PageKind.OTHER,
                     title="Peggy Quillfeather", people=(me, PersonRecord(name="Lena Quillfeather")))  # fmt: skip
    found = {
        c
        for f in assess(PEGGY, [Match(page, MatchResult(0.9, Decision.LIKELY, (), me, 0))], {})
        for c in f.all_categories
    }
    assert "family_information" in found


def test_a_birthplace_is_no_birth_date() -> None:
    body = _html(
        "Peggy Quillfeather, MD | Northside Clinic",
        "<h1>Peggy Quillfeather, MD</h1>"
        "<p><b>Born:</b> in Bergen, Norway, she came to Fargo for residency in 2009.</p>",
    )
    assert "birth_date" not in _as_hers(_page(body, "https://northside.example/doctors/peggy"))


def test_the_office_line_beside_her_name_on_a_clinic_page_is_not_personal() -> None:
    body = _html(
        "Our doctors | Northside Clinic",
        "<p>Dr. Peggy Quillfeather · (701) 555-0177 · Emergency Medicine</p>",
    )
    assert "personal_phone" not in _as_hers(_page(body, "https://northside.example/doctors"))


# --- listings ---------------------------------------------------------------------------------------

NPI = NpiRecord(
    number="1234567893",
    first_name="PEGGY",
    last_name="QUILLFEATHER",
    credential="MD",
    taxonomies=("Emergency Medicine",),
    addresses=(Address(street="100 Main Ave", city="Fargo", state="ND", postal_code="58102", purpose="LOCATION"),),
    phones=("701-555-0132",),
)
WITH_NPI = Identity(SUBJECT, name_variants(SUBJECT), NPI, 1)


def _listing(phones: tuple[str, ...], kind: PageKind = PageKind.OTHER) -> Match:
    person = PersonRecord(name="Peggy Quillfeather", credentials=("MD",), phones=phones, read_from=("name:title",))
    page = Extracted(url="https://plan.example/providers/peggy", site_id="plan.example", kind=kind, people=(person,))
    return Match(page, MatchResult(0.95, Decision.CONFIRMED, (), person, 0))


def test_a_health_plans_entry_with_another_phone_is_inconsistent() -> None:
    found = assess(WITH_NPI, [_listing(("+17015550138",))], {})
    assert [f.category for f in found] == ["listing_inconsistency"]


def test_an_aggregators_marked_up_record_with_the_credential_in_the_name_and_another_phone_is_inconsistent() -> None:
    person = PersonRecord(name="Dr. Peggy Quillfeather, MD", phones=("+17015550138",),
                          read_from=("record:schema.org", "more:labelled text"))  # fmt: skip
    page = Extracted(url="https://docs.example/doctor/peggy", site_id="docs.example", kind=PageKind.OTHER,
                     people=(person,))  # fmt: skip
    found = assess(WITH_NPI, [Match(page, MatchResult(0.95, Decision.CONFIRMED, (), person, 0))], {})
    assert [f.category for f in found] == ["listing_inconsistency"]


def test_a_marked_up_person_with_no_credential_is_no_listing() -> None:
    person = PersonRecord(name="Peggy Quillfeather", phones=("+17015550138",), read_from=("record:schema.org",))
    page = Extracted(url="https://club.example/members/peggy", site_id="club.example", kind=PageKind.OTHER,
                     people=(person,))  # fmt: skip
    found = assess(WITH_NPI, [Match(page, MatchResult(0.95, Decision.CONFIRMED, (), person, 0))], {})
    assert not [f for f in found if f.category == "listing_inconsistency"]


def test_an_npi_read_as_a_phone_is_no_inconsistency() -> None:
    found = assess(WITH_NPI, [_listing(("+17015550132", "+11234567893"))], {})
    assert not [f for f in found if f.category == "listing_inconsistency"]


# --- ratings ----------------------------------------------------------------------------------------


def _rated(url: str, value: float, count: int) -> Match:
    person = PersonRecord(name="Dr. Peggy Quillfeather", specialties=("Emergency Medicine",))
    page = Extracted(
        url=url,
        site_id="rates.example",
        kind=PageKind.RATINGS_PROFILE,
        people=(person,),
        rating=Rating(value, 5, count),
    )
    return Match(page, MatchResult(0.95, Decision.CONFIRMED, (), person, 0))


def test_a_settled_average_below_three_is_a_poor_rating() -> None:
    found = assess(PEGGY, [_rated("https://rates.example/dr-peggy", 2.8, 41)], {})
    assert [f.category for f in found] == ["negative_review"]


def test_an_average_below_three_from_a_handful_of_ratings_is_not() -> None:
    assert not assess(PEGGY, [_rated("https://rates.example/dr-peggy", 2.8, 4)], {})
    assert not assess(PEGGY, [_rated("https://rates.example/dr-peggy", 2.4, 4)], {})
    assert not assess(PEGGY, [_rated("https://rates.example/dr-peggy", 2.8, 9)], {})


def test_an_average_below_two_and_a_half_from_several_ratings_is_a_poor_rating() -> None:
    # WebMD's "has received 9 ratings with an average rating of 2.2 out of 5 stars"
    found = assess(PEGGY, [_rated("https://rates.example/dr-peggy", 2.2, 9)], {})
    assert [f.category for f in found] == ["negative_review"]


# --- what the subject writes, and what a board writes -----------------------------------------------

SOCIAL = Identity(make_subject("Dr. Peggy Quillfeather", handles=["peggyq"]), ())


def _own_post(text: str, on_post_by: str = "worried_mom") -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", handle="peggyq")
    post = Post(author="peggyq", text=text, url="https://social.example/p/1", on_post_by=on_post_by, audience="public")
    page = Extracted(
        url="https://social.example/peggyq", site_id="social.example", kind=PageKind.SOCIAL_PROFILE,
        people=(me,), posts=(post,),
    )  # fmt: skip
    return {
        c
        for f in assess(SOCIAL, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})
        for c in f.all_categories
    }


def test_counsel_about_a_symptom_in_a_reply_is_medical_advice() -> None:
    for said in (
        "I'd suggest a pregnancy test first; light spotting at 6 weeks is usually normal.",
        "In my experience that cough lingers for weeks. If it were me I'd ask your pediatrician for an inhaler.",
        "You should get it checked this week, a lump that grows is not one to wait on.",
    ):
        assert "online_medical_advice" in _own_post(said), said


def test_a_recommendation_without_a_symptom_is_not_advice() -> None:
    assert "online_medical_advice" not in _own_post("I'd recommend the tacos at Rosa's, and the view is fine.")


def test_her_post_naming_her_husband_is_family_information() -> None:
    assert "family_information" in _own_post("Ten years today with my husband Tomas Berg ❤️", on_post_by="")


def _reply_risk(reply: str) -> set[str]:
    me = PersonRecord(name="Dr. Peggy Quillfeather", specialties=("Emergency Medicine",))
    review = Review(rating=2, scale=5, text="Long wait.", date="2026-01-02", reply=reply)
    page = Extracted(
        url="https://rates.example/dr-peggy", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
        people=(me,), reviews=(review,),
    )  # fmt: skip
    found = assess(PEGGY, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})
    return {c for f in found for c in f.all_categories}


def test_a_reply_about_the_reviewers_own_visit_confirms_a_patient() -> None:
    for reply in (
        "I'm sorry your son's appointment ran late; we saw you as soon as a room opened.",
        "As we discussed, the wait was due to a trauma. Glad you're feeling better.",
    ):
        assert "review_reply_risk" in _reply_risk(reply), reply


def test_a_generic_reply_does_not_confirm_a_patient() -> None:
    reply = "We take your care seriously and cannot discuss any visit here. Please call our office manager."
    assert "review_reply_risk" not in _reply_risk(reply)


def _board(text: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
    page = Extracted(
        url="https://board.example/licensee/1", site_id="board.example", kind=PageKind.OFFICIAL_RECORD,
        title="Licensee detail", people=(me,), text=text,
    )  # fmt: skip
    found = assess(PEGGY, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})
    return {c for f in found for c in f.all_categories}


def test_board_actions_under_other_names() -> None:
    for text in (
        "Peggy Quillfeather, MD. 2024: Letter of Concern issued for prescribing documentation.",
        "Public record: Stipulated Agreement and Final Order, effective March 2, 2025.",
        "The licensee entered a voluntary surrender of her license pending review.",
    ):
        assert "disciplinary_action" in _board(text), text


def test_a_clean_record_under_other_names_is_not_an_action() -> None:
    for text in ("Board orders: None. Disciplinary history: none.", "No public orders on file. License active."):
        assert "disciplinary_action" not in _board(text), text


def test_a_records_disciplinary_section_that_says_there_are_none_is_not_an_action() -> None:
    for text in (
        "Status Active. Disciplinary Actions There are no public disciplinary actions for this licensee.",
        "City FARGO Disciplinary Actions No disciplinary action has been taken against this license.",
        "Specialty Internal Medicine Disciplinary Actions No public board actions.",
        "Board Actions: none on file.",
    ):
        assert "disciplinary_action" not in _board(text), text


def test_a_disciplinary_section_that_lists_an_order_is_an_action() -> None:
    for text in (
        "Disciplinary Actions No. 2024-117 Agreed Order: probation for two years.",
        "Disciplinary Actions 03/02/2025 Letter of Reprimand.",
    ):
        assert "disciplinary_action" in _board(text), text


def test_a_birth_year_on_her_own_profile() -> None:
    me = PersonRecord(name="Peggy Quillfeather", handle="peggyq", practice="ER doc, born in 1981, Fargo")
    page = Extracted(url="https://social.example/peggyq", site_id="s", kind=PageKind.SOCIAL_PROFILE, people=(me,))
    found = assess(SOCIAL, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})
    assert "birth_date" in {f.category for f in found}


def test_a_brokers_results_page_titled_with_her_name_and_town_is_not_a_page_she_runs() -> None:
    body = _html(
        "Peggy Quillfeather - Fargo, ND | FindFolks",
        "<p>Peggy Quillfeather lives in Fargo. Possibly related: Lena Quillfeather, Arvid Quillfeather.</p>",
    )
    assert "personal_profile_public" not in _as_hers(_page(body, "https://findfolks.example/peggy-quillfeather"))


def test_a_practices_business_page_listing_the_practices_name_is_no_name_difference() -> None:
    person = PersonRecord(name="Northside Eye Associates", phones=("+17015550132",))
    page = Extracted(url="https://biz.example/northside-eye", site_id="biz.example", kind=PageKind.RATINGS_PROFILE,
                     people=(person,))  # fmt: skip
    found = assess(WITH_NPI, [Match(page, MatchResult(0.9, Decision.LIKELY, (), person, 0))], {})
    assert not [f for f in found if f.category == "listing_inconsistency"]


# --- a street written right after her name: minutes, a tour's stops -------------------------------


def _minutes(line: str) -> Extracted:
    body = _html(
        "Board Minutes – August 2026 | Elm Crest Homeowners Association",
        "<h1>Minutes of the Regular Meeting, August 18, 2026</h1><p>Clubhouse, 1 Elm Crest Ct, Fargo.</p>"
        f"<p>4. Architectural requests. {line} Motion (Park), second (Epps) to approve. Carried 3-0.</p>",
    )
    return _page(body, "https://elmcresthoa.example/minutes-2026-08", PageKind.NEWS)


def test_minutes_giving_her_street_after_her_name_give_her_home() -> None:
    for line in (
        "Lot 14, Paul and Dr. Peggy Quillfeather, 7 Elm Willow Ln: replace rear fence.",
        "Lot 9, Dr. Peggy Quillfeather and Ole Hanson, 3120 W Elm Hill Rd: pool fence.",
    ):
        assert "home_address" in _as_hers(_minutes(line)), line


def test_minutes_naming_her_beside_another_owners_street_do_not_give_her_home() -> None:
    line = "Dr. Peggy Quillfeather asked about lot 22. Lot 22, Ole Hanson, 15 Elm Willow Ln: solar panels."
    assert "home_address" not in _as_hers(_minutes(line))


def test_a_garden_tours_stop_at_her_street_gives_her_home() -> None:
    body = _html(
        "Garden Tour 2026 | Fargo Garden Club",
        "<p>The Hanson garden, 14 Elm Bliss Rd – roses.</p><p>Dr. Peggy Quillfeather, 61 Elm Crest St – a meadow"
        " planted by our resident ER doctor.</p>",
    )
    assert "home_address" in _as_hers(_page(body, "https://fargogardenclub.example/tour-2026"))


def test_the_services_venue_after_her_name_in_an_obituary_is_not_her_home() -> None:
    body = _html(
        "Ole Hanson Obituary | Fargo Forum",
        "<p>Ole Hanson, 88, of Fargo. He is survived by his niece, Dr. Peggy Quillfeather, who cared for him.</p>"
        "<p>Services at Elm Hollow Ward, 2850 E Elm Hollow Ln. Burial follows.</p>",
    )
    assert "home_address" not in _as_hers(_page(body, "https://obits.example/ole-hanson"))


def test_a_bulletins_parish_hall_after_her_news_is_not_her_home() -> None:
    body = _html(
        "Parish Bulletin | St. Olaf Community",
        "<h2>Baptisms</h2><p>Congratulations to Dr. Peggy Quillfeather and Ole Hanson on the baptism of their son.</p>"
        "<h2>Food pantry</h2><p>Volunteers needed Saturdays at the parish hall, 45 Elm Crest St.</p>",
    )
    assert "home_address" not in _as_hers(_page(body, "https://stolaf.example/bulletin"))


def test_a_bulletin_inviting_readers_to_text_her_gives_her_personal_phone() -> None:
    body = _html(
        "September Bulletin | St. Olaf Community",
        "<p>Parish Health Fair. Dr. Peggy Quillfeather will run the first-aid table again this year. Questions before"
        " the day? Text Peggy directly at 701-555-0178; she asks that you not call the ER.</p>",
    )
    assert "personal_phone" in _as_hers(_page(body, "https://stolaf.example/bulletin/2026-09"))
    other = body.replace("Text Peggy directly", "Text Ole directly")
    assert "personal_phone" not in _as_hers(_page(other, "https://stolaf.example/bulletin/2026-09"))


# --- the subject named as someone's relative ------------------------------------------------------------


def test_a_page_naming_her_as_someones_wife_sister_or_mam_names_her_family() -> None:
    for line in (
        "This week's Kiddush is sponsored by Ole Hanson in honor of his wife Dr. Peggy Quillfeather's birthday.",
        "Dr. Peggy Quillfeather works nights. My sister Peggy has basically been living on the ward.",
        "Thanks to Niamh and Orla's mam, Dr. Peggy, who ran first aid all day.",
    ):
        body = _html("News | Fargo Community", f"<p>{line}</p>")
        assert "family_information" in _as_hers(_page(body, "https://community.example/news")), line


def test_a_colleague_calling_her_my_partner_at_the_practice_is_no_family() -> None:
    body = _html("News | Fargo Community", "<p>My partner Dr. Quillfeather joins the practice on Monday.</p>")
    assert "family_information" not in _as_hers(_page(body, "https://community.example/news"))


def test_a_newsletters_party_at_her_familys_street_gives_her_home() -> None:
    body = _html(
        "Elm Hollow PTA eNews – October 16",
        "<p>Thank you to Dr. Peggy Quillfeather for the vaping talk.</p><h3>Fall Social</h3><p>The Quillfeathers"
        " are hosting again! Friday, Oct. 23, 6-8 pm, at 2871 E Elm Hollow Ln (park on the street, not the"
        " neighbours' driveways).</p>",
    )
    assert "home_address" in _as_hers(_page(body, "https://elmhollowpta.example/enews/2026-10-16", PageKind.NEWS))
