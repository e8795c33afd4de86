"""Findings on pages already matched to the subject, read the way real pages write them.

A licence lookup answers its "Ever disciplined" field with "N", or writes its section heading twice before
"None"; a story tells a settled board case as "agreed to the order"; a company's page lists a relative of the
same name as its office manager; a hospital's ratings page carries the hospital's average; an NPI mirror
writes the registry's flat after a comma; a ratings profile spells the name wrong; a review page marks up
the stars in JSON-LD and leaves the review and the doctor's reply to the HTML.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.match import match
from footprint.match.person import decide
from footprint.models import (
    Address,
    Extracted,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Rating,
)
from tests.assess._marta import marta, read_page

MARTA = marta(Address("77 Linden Crest Ct Apt 4", "Dayton", "OH", "45419", "MAILING"))


def _found(body: str, url: str, kind: PageKind = PageKind.OTHER) -> set[str]:
    """Every category assessed on the page, the page taken as the subject's (as a confirmed match is)."""
    page = read_page(body, url, kind)
    judged = match(MARTA, page)
    sure = MatchResult(0.95, decide(0.95), judged.reasons, judged.person, judged.person_index)
    return {c for f in assess(MARTA, [Match(page, sure)], {}) for c in f.all_categories}


def _lookup(fields: str) -> str:
    return f"""<html><head><title>License Details - State Medical Board</title></head><body>
<h1>Practitioner Profile</h1><table>
<tr><th>Name</th><td>QUELLWEG, MARTA L</td></tr>
<tr><th>License Status</th><td>ACTIVE</td></tr><tr><th>City, State</th><td>DAYTON, OH</td></tr>
{fields}</table></body></html>"""


def test_a_licence_lookups_disciplined_field_answered_no_is_no_board_action() -> None:
    answered_no = _lookup("<tr><th>Ever Disciplined</th><td>N</td></tr>")
    assert "disciplinary_action" not in _found(
        answered_no, "https://board.example/lookup?lic=1", PageKind.OFFICIAL_RECORD
    )
    heading_twice = _lookup("<tr><th>Disciplinary Actions</th><td>Disciplinary Actions: None</td></tr>")
    assert "disciplinary_action" not in _found(
        heading_twice, "https://board.example/lookup?lic=2", PageKind.OFFICIAL_RECORD
    )


def test_a_licence_records_address_of_record_apart_from_the_practice_is_her_home() -> None:
    fields = (
        "<tr><th>Address of Record</th><td>2218 Linden Crest Way, Dayton, OH 45419</td></tr>"
        "<tr><th>Primary Practice Address</th><td>3100 Far Hills Ave Suite 200, Dayton, OH 45429</td></tr>"
    )
    found = _found(_lookup(fields), "https://board.example/lookup?lic=4", PageKind.OFFICIAL_RECORD)
    assert "home_address" in found


def test_a_licence_records_address_of_record_alone_may_be_the_office() -> None:
    fields = "<tr><th>Address of Record</th><td>2218 Linden Crest Way, Dayton, OH 45419</td></tr>"
    found = _found(_lookup(fields), "https://board.example/lookup?lic=5", PageKind.OFFICIAL_RECORD)
    assert "home_address" not in found


def test_a_licence_lookups_disciplined_field_answered_yes_is_a_board_action() -> None:
    answered_yes = _lookup(
        "<tr><th>Ever Disciplined</th><td>Y</td></tr>"
        "<tr><th>Disciplinary Actions</th><td>Public reprimand, 2024</td></tr>"
    )
    assert "disciplinary_action" in _found(answered_yes, "https://board.example/lookup?lic=3", PageKind.OFFICIAL_RECORD)


def test_a_story_of_a_settled_board_case_is_a_board_action() -> None:
    story = """<html><head><title>Dayton pediatrician fined over vaccine records | Dayton Ledger</title></head><body>
<article><h1>Dayton pediatrician fined over vaccine records</h1>
<p>The state board says Dr. Marta Quellweg kept incomplete records.</p>
<p>Dr. Marta Quellweg, who runs a practice on Far Hills Avenue, agreed to the order without admitting wrongdoing.</p>
</article></body></html>"""
    assert "disciplinary_action" in _found(story, "https://ledger.example/news/2026/pediatrician-fined", PageKind.NEWS)


def test_a_story_of_a_court_order_of_protection_is_no_board_action() -> None:
    story = """<html><head><title>Oakwood couple in court | Dayton Ledger</title></head><body>
<article><h1>Oakwood couple in court</h1>
<p>Dr. Marta Quellweg agreed to the order of protection at a hearing on Tuesday, her lawyer said.</p>
</article></body></html>"""
    assert "disciplinary_action" not in _found(story, "https://ledger.example/news/2026/oakwood-court", PageKind.NEWS)


def _company(name: str, officers: str) -> str:
    return f"""<html><head><title>{name} | Business Profile | Trade Bureau</title></head><body>
<h1>{name}</h1><p>3100 Far Hills Ave Ste 200, Dayton, OH 45429</p>
<h2>Contacts</h2><ul>{officers}</ul></body></html>"""


def test_a_same_named_office_manager_on_her_companys_page_is_staff_not_family() -> None:
    page = _company(
        "Far Hills Kids, LLC", "<li>Dr. Marta Quellweg, Owner</li><li>Ms. Ilse Quellweg, Office Manager</li>"
    )
    assert "family_information" not in _found(page, "https://bureau.example/profile/quellweg-pediatrics-llc")


def test_a_same_named_member_of_her_familys_company_is_family() -> None:
    page = _company("Quellweg Holdings, LLC", "<li>Dr. Marta Quellweg, member</li><li>Jonas Quellweg, member</li>")
    assert "family_information" in _found(page, "https://bureau.example/profile/quellweg-holdings-llc")


def _rated(business: str, title: str) -> set[str]:
    listed = PersonRecord(name="", practice=business, addresses=(Address("1 Main St", "Dayton", "OH", "45402"),))
    page = Extracted(
        url=f"https://ratings.example/biz/{business.lower().replace(' ', '-')}",
        site_id="ratings",
        kind=PageKind.RATINGS_PROFILE,
        title=title,
        people=(listed,),
        rating=Rating(2.6, 5.0, 214),
        business=listed,
    )
    result = MatchResult(0.8, decide(0.8), ("labelled",), listed, 0)
    return {c for f in assess(MARTA, [Match(page, result)], {}) for c in f.all_categories}


def test_a_hospitals_poor_average_is_not_her_negative_review() -> None:
    assert "negative_review" not in _rated("Miami Valley University Medical Center", "Miami Valley - Hospitals")


def test_her_practices_poor_average_is_a_negative_review() -> None:
    assert "negative_review" in _rated("Quellweg Pediatrics", "Quellweg Pediatrics - Pediatricians")


def test_an_npi_mirror_writing_the_registrys_flat_after_a_comma_shows_her_home() -> None:
    mirror = """<html><head><title>Marta L Quellweg, M.D. - NPI 1629384756 - Pediatrics in Dayton, OH</title></head>
<body><h1>Marta L Quellweg, M.D.</h1><table>
<tr><th>Practice Location Address</th><td>3100 Far Hills Ave, Suite 200 Dayton, OH 45429</td></tr>
<tr><th>Mailing Address</th><td>77 Linden Crest Ct, Apt 4 Dayton, OH 45419</td></tr></table></body></html>"""
    assert "home_address" in _found(mirror, "https://npi-mirror.example/npi/1629384756")


def _listing(name: str, claimed: bool | None) -> set[str]:
    person = PersonRecord(name=name, credentials=("MD",), specialties=("Pediatrics",))
    page = Extracted(
        url="https://ratings.example/doctor/marta-quelweg-x1",
        site_id="ratings",
        kind=PageKind.RATINGS_PROFILE,
        title=f"{name}, MD - Pediatrics in Dayton, OH",
        people=(person,),
        claimed=claimed,
    )
    result = MatchResult(0.95, decide(0.95), ("labelled",), person, 0)
    found = assess(MARTA, [Match(page, result)], {})
    return {c for f in found for c in f.all_categories}


def test_a_profile_under_a_misspelling_of_her_name_is_one_she_never_kept() -> None:
    assert {"duplicate_or_unclaimed_profile", "listing_inconsistency"} <= _listing("Dr. Marta L. Quelweg", None)


def test_a_claimed_profile_or_her_own_spelling_is_no_misspelt_profile() -> None:
    assert "duplicate_or_unclaimed_profile" not in _listing("Dr. Marta L. Quelweg", True)
    assert "duplicate_or_unclaimed_profile" not in _listing("Dr. Marta L. Quellweg", None)


def test_a_review_marked_up_without_its_text_is_read_from_the_page_with_her_reply() -> None:
    page = """<html><head><title>Quellweg Pediatrics | Review by Dana P. | ReviewHub</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review",
"itemReviewed":{"@type":"MedicalClinic","name":"Quellweg Pediatrics"},
"reviewRating":{"@type":"Rating","ratingValue":1},"author":{"@type":"Person","name":"Dana P."}}</script>
</head><body><div class="page"><h1>Quellweg Pediatrics</h1>
<p class="rating">★☆☆☆☆ · Dana P. · Oct 3, 2026</p>
<p class="review-text">Dr. Quellweg rushed through my son's visit and never explained the test results to us.</p>
<div class="business-response"><p class="response-by">Response from Dr. Marta Quellweg</p>
<p>Dana, I am sorry. Your son's asthma plan and his last spirometry deserved a longer talk; please call us.</p>
</div></div></body></html>"""
    read = read_page(page, "https://reviewhub.example/quellweg-pediatrics/review/1", PageKind.RATINGS_PROFILE)
    assert read.reviews and "never explained" in read.reviews[0].text
    assert "spirometry" in read.reviews[0].reply


ROOM_PARENTS = """<html><head><title>Fall Room Parents | Linden Elementary PTO</title></head><body>
<div class="page"><h1>Fall Room Parents</h1><table>
<tr><th>Class</th><th>Room parent</th><th>Contact</th></tr>
<tr><td>Kindergarten, Room 3</td><td>Rosa Imhoff</td><td>rosa.imhoff@example.com</td></tr>
<tr><td>Grade 1, Room 6</td><td>Marta Brandt (Emi's mom)</td><td>martab.home@example.com</td></tr>
<tr><td>Grade 4, Room 12</td><td>Oskar Lindahl (Ava's dad)</td><td>oskarl@example.net</td></tr>
<tr><td>Grade 5, Room 21</td><td>Brent Moser</td><td>bmoser@example.net</td></tr>
</table></div></body></html>"""


def _as_chosen(body: str, url: str, name: str) -> set[str]:
    """The page assessed with the match's choice of ``name`` on it (as a scan chooses a married name a
    confirmed page taught)."""
    page = read_page(body, url, PageKind.OTHER)
    index = [p.name for p in page.people].index(name)
    result = MatchResult(0.8, decide(0.8), ("labelled",), page.people[index], index)
    return {c for f in assess(MARTA, [Match(page, result)], {}) for c in f.all_categories}


def test_a_school_list_under_her_married_name_gives_her_e_mail_and_whose_mom_she_is() -> None:
    found = _as_chosen(ROOM_PARENTS, "https://pto.example/room-parents", "Marta Brandt")
    assert {"personal_email", "family_information"} <= found


def test_another_parents_bracketed_relation_on_the_list_is_theirs() -> None:
    plain = ROOM_PARENTS.replace("Marta Brandt (Emi's mom)", "Marta Brandt (co-chair)")
    found = _as_chosen(plain, "https://pto.example/room-parents", "Marta Brandt")
    assert "personal_email" in found
    assert "family_information" not in found


ENEWS = """<html><head><title>Linden Middle School PTA eNews - October 9</title></head><body><h1>PTA eNews</h1>
<p>Thank you to Dr. Marta Quellweg ({whose}) for the sun-safety assembly and to Owen Tierney for the water jugs.</p>
</body></html>"""


def test_a_newsletter_thanking_her_as_a_childs_mom_with_the_grade_names_her_child() -> None:
    for whose in ("Emi Q.'s mom, 8th grade", "Emi's mom, 2nd grade, Ms. Roy's class"):
        found = _found(ENEWS.format(whose=whose), "https://lindenpta.example/enews/2026-10-09")
        assert "family_information" in found, whose


def test_a_newsletter_thanking_her_with_her_grade_level_alone_names_no_child() -> None:
    found = _found(ENEWS.format(whose="8th grade science"), "https://lindenpta.example/enews/2026-10-09")
    assert "family_information" not in found


CARPOOL = """<html><head><title>Trail recon carpool sign-up | Dayton Trail Runners</title></head><body>
<div class="page"><h1>Saturday recon - carpools</h1><table>
<tr><th>Driver</th><th>Seats</th><th>Leaving from</th><th>Contact</th></tr>
<tr><td>Marta Quellweg</td><td>3</td><td>my place in Oakwood, the blue house on the corner by the park, 6:15 sharp</td>
<td>cell 937-555-0174, text if late</td></tr></table></div></body></html>"""


def _beside_broker(phone: str, page: Extracted, score: float) -> set[str]:
    """What ``page`` (matched at ``score``) is found to expose when her confirmed broker record lists ``phone``."""
    broker_person = PersonRecord(name="Marta L Quellweg", phones=(phone,), age=44)
    broker = Extracted(
        url="https://broker.example/marta-quellweg",
        site_id="broker",
        kind=PageKind.PEOPLE_SEARCH,
        title="Marta L Quellweg - Dayton, OH",
        people=(broker_person,),
    )
    matches = [
        Match(broker, MatchResult(0.95, decide(0.95), ("labelled",), broker_person, 0)),
        Match(page, MatchResult(score, decide(score), ("labelled",), page.person, 0)),
    ]
    return {c for f in assess(MARTA, matches, {}) if f.url == page.url for c in f.all_categories}


def _with_broker(phone: str) -> set[str]:
    carpool = read_page(CARPOOL, "https://trailrunners.example/carpools/recon", PageKind.OTHER)
    return _beside_broker(phone, carpool, 0.8)


def test_her_cell_from_a_confirmed_broker_record_written_on_a_club_sheet_is_exposed_there() -> None:
    assert "personal_phone" in _with_broker("+19375550174")


def test_a_club_sheet_without_a_phone_of_hers_shows_none() -> None:
    assert "personal_phone" not in _with_broker("+19375550999")


LISTING = """<html><head><title>Far Hills Pediatrics Dayton, OH 45429 - Business Directory</title></head><body>
<h1>Far Hills Pediatrics</h1><p>Pediatricians, Physicians &amp; Surgeons</p><p>3100 Far Hills Ave Suite 200,
Dayton, OH 45429</p><p>(937) 555-0140</p><h2>More Info</h2><p>Marta Quellweg MD.</p>
<h3>Extra Phones</h3><p>{label}: (937) 555-0174</p><p>Is this your business? Claim this business</p></body></html>"""


def _on_listing(label: str) -> set[str]:
    listing = read_page(LISTING.format(label=label), "https://directory.example/dayton-oh/far-hills-9", PageKind.OTHER)
    return _beside_broker("+19375550174", listing, 0.95)


def test_her_cell_filed_as_the_mobile_of_her_practices_business_listing_is_exposed_there() -> None:
    assert "personal_phone" in _on_listing("Mobile")


def test_the_same_number_as_the_listings_fax_is_the_offices() -> None:
    assert "personal_phone" not in _on_listing("Fax")


CARD = """<html><head><title>Property Card R04-0012 – 9 Linden Shore Rd | Oakwood Assessing</title></head><body>
<h1>9 Linden Shore Rd</h1><table class="card"><tr><th>Map-Lot</th><td>R04-0012</td></tr>
<tr><th>Owner</th><td>QUELLWEG MARTA L &amp; JONAS P</td></tr><tr><th>Book/Page</th><td>21407/118 (2004)</td></tr>
<tr><th>Total assessment</th><td>$684,000</td></tr></table></body></html>"""


def test_an_assessors_card_titled_with_the_street_and_owned_by_her_shows_her_home() -> None:
    assert "home_address" in _found(CARD, "https://oakwood.example.gov/assessing/card/R04-0012")


def test_the_street_a_licence_record_gives_as_her_address_of_record_is_her_home_on_a_directory_too() -> None:
    # The board's record gives the address of record apart from the practice: that street is no office, so the
    # neighbours' directory listing her household at it shows her home as well.
    fields = (
        "<tr><th>Address of Record</th><td>2218 Linden Crest Way, Dayton, OH 45419</td></tr>"
        "<tr><th>Primary Practice Address</th><td>3100 Far Hills Ave Suite 200, Dayton, OH 45429</td></tr>"
    )
    board = read_page(_lookup(fields), "https://board.example/lookup?lic=6", PageKind.OFFICIAL_RECORD)
    directory = read_page(
        """<html><head><title>Neighbor Directory | Linden Crest</title></head><body><table>
<tr><th>Household</th><th>Address</th></tr><tr><td>Quellweg, Marta &amp; Jon</td><td>2218 Linden Crest Way</td>
</tr></table></body></html>""",
        "https://lindencrest.example/directory",
        PageKind.OTHER,
    )
    matches = []
    for page in (board, directory):
        judged = match(MARTA, page)
        matches.append(Match(page, MatchResult(0.95, decide(0.95), judged.reasons, judged.person, judged.person_index)))
    homes = {f.url for f in assess(MARTA, matches, {}) if "home_address" in f.all_categories}
    assert homes == {board.url, directory.url}
