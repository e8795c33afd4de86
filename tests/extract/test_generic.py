"""The generic reading layer on small pages written here, one per class of real page.

Each page has no site definition and none of the sandbox's class names: what it says about
its people must still be read (labelled blocks, headlines, mentions in the running text).
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.labelled import people as labelled_people
from footprint.models import Address, Page, PageKind, Probe, ProbePurpose, ProbeSource


def _page(body: str, url: str = "https://unknown.example/page", kind: PageKind = PageKind.OTHER) -> Page:
    probe = Probe("unknown.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return Page(probe, 200, body, "text/html", url)


CARD_LIST = """<html><head><title>Rosa Quint - 2 records</title></head><body>
<div class="x1"><div class="x2"><a class="t" href="/r/1">Rosa L Quint, 52</a>
  <div>RESIDES IN Fargo, ND</div><div>USED TO LIVE IN Bismarck, ND</div>
  <div>RELATED TO <a href="#">Hal Quint</a>, <a href="#">Ivy Quint</a></div></div>
 <div class="x2"><a class="t" href="/r/2">Rosa Quint, 81</a><div>RESIDES IN Minot, ND</div></div></div>
</body></html>"""

DETAIL = """<html><body><div id="p">
<h1>Rosa L Quint in Fargo, ND</h1>
<h2>Age 52 (Born May 1973)</h2>
<div><h3>Current Address</h3><a href="#">14 Prairie Rose Ct<br>Fargo, ND 58103</a></div>
<div><h3>Phone Numbers</h3><div>(701) 555-0177 Wireless</div></div>
<div><h3>Email Addresses</h3><div>rquint@example.net</div></div>
<div><h3>Relatives</h3><a href="#">Hal Quint</a>, <a href="#">Ivy Quint</a></div>
<p>We are not a consumer reporting agency. Remove this listing</p>
</div></body></html>"""


def test_a_result_card_in_an_unfamiliar_layout_is_read_by_its_labels() -> None:
    first, second = labelled_people(extract_doc(CARD_LIST))
    assert first.name == "Rosa L Quint" and first.age == 52
    assert Address("", "Fargo", "ND", "", "home") in first.addresses
    assert Address("", "Bismarck", "ND", "", "previous") in first.addresses
    assert first.relatives == ("Hal Quint", "Ivy Quint")
    assert second.name == "Rosa Quint" and second.age == 81


def test_a_page_outside_the_catalog_with_cards_is_a_people_search_page() -> None:
    page = extract(_page(CARD_LIST), None)
    assert page.kind == PageKind.PEOPLE_SEARCH
    assert [p.name for p in page.people][:2] == ["Rosa L Quint", "Rosa Quint"]


def test_a_detail_page_reads_headed_sections_and_stops_at_the_footer_text() -> None:
    page = extract(_page(DETAIL), None)
    person = page.people[0]
    assert person.name == "Rosa L Quint" and person.age == 52 and person.birth_date == "May 1973"
    assert Address("14 Prairie Rose Ct", "Fargo", "ND", "58103", "home") in person.addresses
    assert person.phones == ("+17015550177",) and person.emails == ("rquint@example.net",)
    assert person.relatives == ("Hal Quint", "Ivy Quint")
    assert "record:labelled text" in person.read_from


def test_a_practice_card_is_no_person_record() -> None:
    body = (
        "<html><body><b>Prairie Family Medicine</b><p>14 Main St, Fargo, ND 58103</p>"
        "<p>(701) 555-0100</p></body></html>"
    )
    assert labelled_people(extract_doc(body)) == []


def test_a_profile_named_only_in_its_headlines_is_read_with_specialty_and_place() -> None:
    body = (
        "<html><head><title>Dr. Jane Q. Doe, MD - Dermatology in Portland, OR | RateSite</title>"
        '<meta property="og:title" content="Dr. Jane Q. Doe, MD"></head><body><div id="app"></div></body></html>'
    )
    page = extract(_page(body, kind=PageKind.RATINGS_PROFILE), None)
    person = page.people[0]
    assert person.name == "Jane Q. Doe" and person.credentials == ("MD",)
    assert person.specialties == ("Dermatology",)
    assert Address("", "Portland", "OR") in person.addresses


def test_a_results_page_headline_is_the_query_not_a_person() -> None:
    body = "<html><head><title>Jane Doe near Portland, OR | Site</title></head><body><p>3 results</p></body></html>"
    probe = Probe("x", "https://x.example/search?q=jane", ProbePurpose.LISTING, ProbeSource.SEARCH_RESULT)
    page = extract(Page(probe, 200, body, "text/html", probe.url), None)
    assert not [p for p in page.people if p.name]


def test_a_news_story_quoting_a_doctor_keeps_the_sentence_around_the_mention() -> None:
    body = (
        "<html><head><title>Clinics adapt | Fargo Forum</title><meta property='og:type' content='article'></head>"
        '<body><article><h1>Clinics adapt</h1><p>Winter brings crowds. "We see twice the patients," said'
        " Dr. Jane Doe, a dermatologist in Fargo. She has practised there since 2009.</p>"
        "<p>Other clinics, such as Red River Health, agree.</p></article></body></html>"
    )
    page = extract(_page(body), None)
    doe = next(p for p in page.people if p.name == "Jane Doe")
    assert page.kind == PageKind.NEWS
    assert "a dermatologist in Fargo" in doe.context and "practised there since 2009" in doe.context
    assert "dermatologist" in doe.specialties and doe.read_from == ("name:text",)
    assert not any("Red River" in p.name for p in page.people)


def test_a_staff_directory_lists_each_colleague_with_their_own_line() -> None:
    body = (
        "<html><head><title>Our Team | Prairie Family Medicine</title></head><body><h1>Our Team</h1><ul>"
        "<li>Jane Doe, MD — Dermatology</li><li>Omar Haddad, DO — Family Medicine</li>"
        "<li>Li Wen, NP — Pediatrics</li></ul></body></html>"
    )
    page = extract(_page(body), None)
    by_name = {p.name: p for p in page.people}
    assert {"Jane Doe", "Omar Haddad", "Li Wen"} <= set(by_name)
    assert by_name["Jane Doe"].credentials == ("MD",)
    assert "dermatology" in by_name["Jane Doe"].specialties and "dermatology" not in by_name["Omar Haddad"].specialties


def extract_doc(body: str):  # type: ignore[no-untyped-def]
    import lxml.html

    return lxml.html.document_fromstring(body)


# -- people-search cards as real sites lay them out, with no site definition ---------------------
HEADED_CARDS = """<html><body>
<div class="c"><h2><span>Rosa L Quint</span> <span>Fargo, ND</span></h2>
 <h3><strong>Age:</strong></h3> 52
 <h3><strong>Current Address:</strong></h3><div><a href="#">14 Prairie Rose Ct<br>Fargo ND 58103</a></div>
 <h3><strong>Relatives:</strong></h3><a href="#">Hal Quint</a> &bull; <a href="#">Ivy Quint</a></div>
<div class="c"><h2><span>Rosa Quint</span> <span>Minot, ND</span></h2><h3><strong>Age:</strong></h3> 29</div>
</body></html>"""
TITLED_DIVS = """<html><body>
<div class="card"><div class="h4">Rosa L Quint</div><div>Age 52</div><div>Lives in <span>Fargo, ND</span></div>
 <div>Related to <span>Hal Quint, Ivy Quint</span></div></div>
<div class="card"><div class="h4">Rosa Quint</div><div>Age 29</div><div>Lives in <span>Minot, ND</span></div></div>
</body></html>"""


def test_a_card_titled_with_the_name_and_the_city_is_read() -> None:
    first, second = labelled_people(extract_doc(HEADED_CARDS))
    assert first.name == "Rosa L Quint" and first.age == 52 and first.relatives == ("Hal Quint", "Ivy Quint")
    assert Address("14 Prairie Rose Ct", "Fargo", "ND", "58103", "home") in first.addresses
    assert second.name == "Rosa Quint" and second.age == 29
    assert second.addresses == (Address("", "Minot", "ND", "", "home"),)  # from the card's title


def test_a_bare_name_followed_by_personal_labels_is_a_cards_title() -> None:
    first, second = labelled_people(extract_doc(TITLED_DIVS))
    assert (first.name, first.age, second.name, second.age) == ("Rosa L Quint", 52, "Rosa Quint", 29)
    assert Address("", "Fargo", "ND", "", "home") in first.addresses


def test_a_profile_header_says_the_field_and_place_under_the_name() -> None:
    body = """<html><head><title>Dr. Rosa Quint, MD | Directory</title></head><body><main>
    <h1>Dr. Rosa Quint, MD</h1><p>Dermatology</p><p>Fargo, ND</p><section><h2>Education</h2>
    <p>Join to view the full profile</p></section></main></body></html>"""
    person = extract(_page(body, kind=PageKind.DIRECTORY_LISTING), None).people[0]
    assert "Dermatology" in person.specialties and Address("", "Fargo", "ND") in person.addresses


def test_a_social_networks_user_id_is_not_an_npi_and_its_home_location_is_read() -> None:
    data = (
        '{"@context":"http://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Rosa Quint",'
        '"additionalName":"rosaquint","identifier":"2499001122","description":"Dermatologist in Fargo.",'
        '"homeLocation":{"@type":"Place","name":"Fargo, ND"}}}'
    )
    body = f'<html><head><script type="application/ld+json">{data}</script></head><body></body></html>'
    person = extract(_page(body, kind=PageKind.SOCIAL_PROFILE), None).people[0]
    assert person.npi is None and person.handle == "rosaquint" and person.practice == "Dermatologist in Fargo."
    assert Address("", "Fargo", "ND", "", "home") in person.addresses


def test_a_detail_page_whose_heading_stands_among_its_sections_is_read_as_one_record() -> None:
    # The name's heading is a sibling of what describes the person: a <dl>, a table, headed lists.
    layouts = (
        """<h1>Zora M Quillfeather</h1><div>Age 46 · Fargo, ND</div><dl><dt>Current Address</dt>
        <dd>1418 4th Ave S, Fargo, ND 58103</dd><dt>Phone Numbers</dt><dd>(701) 555-0199 (Wireless)</dd>
        <dt>Possible Relatives</dt><dd>Lars Quillfeather · Erik Quillfeather</dd></dl>""",
        """<h2>Zora M Quillfeather</h2><table><tr><th>Age</th><td>46</td></tr><tr><th>Address</th>
        <td>1418 4th Ave S<br>Fargo, ND 58103</td></tr><tr><th>Phone</th><td>701-555-0199</td></tr>
        <tr><th>Associated persons</th><td>Erik Quillfeather (spouse), Lars Quillfeather</td></tr></table>""",
    )
    for body in layouts:
        page = extract(_page(f"<html><head><title>People search</title></head><body>{body}</body></html>"), None)
        (zora,) = [p for p in page.people if p.name == "Zora M Quillfeather"]
        assert zora.age == 46 and zora.phones[0] == "+17015550199", body[:40]
        assert Address("1418 4th Ave S", "Fargo", "ND", "58103", "home") in zora.addresses
        assert set(zora.relatives) == {"Lars Quillfeather", "Erik Quillfeather"}


def test_a_practice_pages_section_headings_are_not_people() -> None:
    body = """<html><head><title>About Us</title></head><body><h1>Board Certified Pediatrician</h1>
    <h2>Office Hours</h2><h2>Insurance Accepted</h2><h2>Patient Testimonials</h2>
    <p>Dr. Zora Quillfeather welcomes new patients in Fargo.</p></body></html>"""
    assert [p.name for p in extract(_page(body), None).people] == ["Zora Quillfeather"]


def test_a_find_a_doctor_table_gives_each_row_its_own_specialty_and_city() -> None:
    body = """<html><head><title>Find a Doctor | Sanford</title></head><body><table>
    <tr><th>Name</th><th>Specialty</th><th>Location</th></tr>
    <tr><td>Quillfeather, Zora MD</td><td>Pediatrics</td><td>Fargo, ND</td></tr>
    <tr><td>Brandvold, Ida DO</td><td>Family Medicine</td><td>Bemidji, MN</td></tr></table></body></html>"""
    people = {p.name: p for p in extract(_page(body), None).people}
    assert set(people) == {"Zora Quillfeather", "Ida Brandvold"}
    assert people["Zora Quillfeather"].specialties == ("pediatrics",)
    assert [a.city for a in people["Zora Quillfeather"].addresses] == ["Fargo"]
    # "Family Medicine" is a field, not a "Family" label: Ida's row is no people-search record.
    assert people["Ida Brandvold"].relatives == () and "Fargo" not in people["Ida Brandvold"].context


def test_a_single_page_app_names_its_person_in_the_state_script_not_the_markup() -> None:
    state = (
        '{"page":{"details":{"provider":{"npi":"1245319599","providerFirstName":"ANSEL","provider_last_name":'
        '"MARROWBY","cred":"MD","pri_spec":"UROLOGY"},"offices":[{"adr_ln_1":"100 SW MAIN ST",'
        '"citytown":"PORTLAND","state":"OR","zip_code":"972041234"}]}}}'
    )
    body = (
        f'<html><head><title>Find a clinician</title><script type="application/json">{state}</script>'
        '<script type="application/json">{not json</script></head>'
        "<body><app-root>Loading...</app-root><footer>Run by the Agency for Health Records.</footer></body></html>"
    )
    page = extract(_page(body), None)
    person = next(p for p in page.people if p.npi)
    assert person.name == "Ansel Marrowby" and person.credentials == ("MD",)
    assert person.specialties == ("Urology",)
    assert person.addresses[0].city == "Portland" and person.addresses[0].state == "OR"
    assert not any("Agency" in p.name for p in page.people)


def test_a_broker_card_with_current_and_past_lists_and_status_tags_is_read_whole() -> None:
    body = """<html><head><title>Zora Quillfeather - Fargo, ND</title></head><body><main><ul>
    <li><h2>Zora Quillfeather in Fargo, ND</h2><h3>Age <span>45 (born 1980)</span></h3>
    <i>Current and past address</i><ul><li>41 Prairie Rose Ct, Fargo, ND 58104 -Current</li>
    <li>9 Cedar Way, Minot, ND 58701</li></ul>
    <i>Current and past phone numbers</i><ul><li>(701) 555-0188 -Current</li></ul>
    <i>Spouse</i><ul><li>Erik Quillfeather</li></ul>
    <a href="/record/1">View full record</a></li>
    <li><h2>Zora Quillfeather in Fargo, ND</h2><h3>Age <span>71</span></h3>
    <i>Current and past address</i><ul><li>805 S Elm St, Fargo, ND 58103 (Current)</li></ul>
    <a href="/record/2">View full record</a></li></ul></main></body></html>"""
    page = extract(_page(body, "https://broker.example/zora-quillfeather/nd/fargo"), None)
    younger, older = sorted((p for p in page.people if p.age), key=lambda p: p.age or 0)
    assert [a.street for a in younger.addresses] == ["41 Prairie Rose Ct", "9 Cedar Way"]
    assert younger.addresses[0].postal_code == "58104"
    assert younger.phones == ("+17015550188",) and younger.relatives == ("Erik Quillfeather",)
    assert [(a.street, a.postal_code) for a in older.addresses] == [("805 S Elm St", "58103")]


def test_a_brokers_json_ld_person_address_is_where_the_person_lives() -> None:
    body = """<html><head><title>Zora Quillfeather, 63 - Fargo, ND | Broker</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Zora Quillfeather",
    "address":{"@type":"PostalAddress","streetAddress":"41 Prairie Rose Ct","addressLocality":"Fargo",
    "addressRegion":"ND","postalCode":"58104"},"relatedTo":[{"@type":"Person","name":"Erik Quillfeather"}]}</script>
    </head><body><h1>Zora Quillfeather</h1></body></html>"""
    url = "https://broker.example/person/zq"
    page = extract(_page(body, url, PageKind.PEOPLE_SEARCH), None)
    person = next(p for p in page.people if p.name == "Zora Quillfeather")
    assert [(a.street, a.purpose) for a in person.addresses] == [("41 Prairie Rose Ct", "home")]
    profile = extract(_page(body.replace("Broker", "Doctor profile"), url, PageKind.RATINGS_PROFILE), None)
    assert all(a.purpose == "practice" for p in profile.people for a in p.addresses)  # a profile's is the office


def test_a_json_ld_address_that_is_only_a_place_is_a_city_not_a_street() -> None:
    body = """<html><head><title>Zora Quillfeather - Broker</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Zora Quillfeather",
    "address":["Fargo, ND", "12 Elm St, Fargo, ND 58103"]}</script></head>
    <body><h1>Zora Quillfeather</h1></body></html>"""
    page = extract(_page(body, "https://broker.example/zq", PageKind.PEOPLE_SEARCH), None)
    person = next(p for p in page.people if p.name == "Zora Quillfeather")
    assert ("", "Fargo", "ND") in [(a.street, a.city, a.state) for a in person.addresses]
    assert not any(a.street == "Fargo, ND" for a in person.addresses)


MEMBER = """<html><head><title>Rosa Quint (Fargo, ND)'s Profile | Shelfmark</title></head><body>
<h1>Rosa Quint</h1><div>212 ratings (3.9 avg) · 18 reviews</div>
<dl><dt>Details</dt><dd>Fargo, ND</dd><dt>Birthday</dt><dd>June 3, 1981</dd>
<dt>Activity</dt><dd>Joined in March 2014, last active this month</dd>
<dt>About Me</dt><dd>Pediatrician by day, reader by night. Mom to Lars and Ingrid.</dd></dl>
<div class="rv"><span aria-label="5 star rating"></span><span>Mar 2, 2025</span>
<p>Read it in residency and again now, still the best book about medicine.</p></div>
</body></html>"""


def test_a_members_page_that_lists_the_ratings_they_gave_is_their_profile_not_a_ratings_page() -> None:
    page = extract(_page(MEMBER), None)
    assert page.kind == PageKind.SOCIAL_PROFILE
    assert page.reviews == () and page.rating is None  # the books' ratings, not the doctor's
    assert page.people[0].name == "Rosa Quint" and page.people[0].birth_date == "June 3, 1981"
    # A doctor's ratings page has an "About Me" too, but nobody joined anything: it is rated.
    doctor = MEMBER.replace("Joined in March 2014, last active this month", "Accepting new patients")
    assert extract(_page(doctor), None).kind == PageKind.RATINGS_PROFILE
    # A reviewer's "Member since" inside a review is the reviewer's: the page is still the doctor's ratings.
    reviewer = doctor.replace("<p>Read it in", "<span>Member since 2019</span><p>Read it in")
    assert extract(_page(reviewer), None).kind == PageKind.RATINGS_PROFILE


ADDRESS_FIRST = """<html><head><title>14 Prairie Rose Ct, Fargo, ND 58103 - Residents, Phone | Homefile</title></head>
<body><h1>14 Prairie Rose Ct, Fargo, ND 58103</h1><p>Single family home · Built 1962</p>
<h2>Residents</h2><table><tr><th>Name</th><th>Age</th><th>Phone</th></tr>
<tr><td>Rosa L Quint</td><td>52</td><td>(701) 555-0177</td></tr>
<tr><td>Hal J Quint</td><td>55</td><td>(701) 555-0178</td></tr></table>
<h2>Previous residents</h2><p>Ivy M Dahl (2001-2009)</p></body></html>"""


def test_an_address_first_page_gives_its_residents_that_home_and_each_other() -> None:
    page = extract(_page(ADDRESS_FIRST, kind=PageKind.PEOPLE_SEARCH), None)
    rosa = next(p for p in page.people if p.name == "Rosa L Quint")
    assert Address("14 Prairie Rose Ct", "Fargo", "ND", "58103", "home") in rosa.addresses
    assert "Hal J Quint" in rosa.relatives and rosa.age == 52
    # A results page titled with a name is no address's page: its records keep only what they say.
    named = ADDRESS_FIRST.replace("14 Prairie Rose Ct, Fargo, ND 58103", "Rosa Quint in Fargo, ND")
    rosa = next(p for p in extract(_page(named, kind=PageKind.PEOPLE_SEARCH), None).people if p.name == "Rosa L Quint")
    assert not any(a.street for a in rosa.addresses) and "Hal J Quint" not in rosa.relatives


BLOG = """<html><head><title>The prep is the worst part - Red River GI</title></head><body><article>
<h1>The prep is the worst part</h1><div><span>Posted on August 4, 2025</span> <span>by Ida Brandvold, MD</span></div>
<p>For two years I have put most of my patients on a two-bottle prep. Mention code RR25 at the desk.</p>
</article></body></html>"""


def test_a_blog_posts_byline_in_its_text_names_its_author() -> None:
    page = extract(_page(BLOG), None)
    (author,) = page.people
    assert author.name == "Ida Brandvold" and author.credentials == ("MD",) and "name:author" in author.read_from
    # A reporter's byline over a story about someone else: the doctor it quotes is no author of it.
    story = BLOG.replace("by Ida Brandvold, MD", "by Jen Halvorsen").replace(
        "For two years", "Dr. Hal Quint, a Fargo gastroenterologist, said that for two years"
    )
    hal = next(p for p in extract(_page(story), None).people if p.name == "Hal Quint")
    assert "name:author" not in hal.read_from


COURT = """<html><head><title>Case 25C0088 - Cass County Court - Public Case Search</title></head><body>
<table><caption>Party Information</caption><tr><th>Party</th><th>Role</th><th>Address</th><th>Attorney</th></tr>
<tr><td>QUINT, ROSA L</td><td>Plaintiff</td><td>14 Prairie Rose Ct, Fargo, ND 58103</td><td>Pro Se</td></tr>
<tr><td>RED RIVER POOLS LLC</td><td>Defendant</td><td>400 Main Ave Ste 6, Fargo, ND 58102</td><td>None</td></tr></table>
<table><caption>Sales History</caption><tr><th>Date</th><th>Price</th><th>Grantee</th></tr>
<tr><td>09/30/2019</td><td>$0</td><td>DAHL HAL J &amp; IVY M</td></tr></table>
<table><tr><th>Party</th><td>Democrat</td></tr><tr><th>Status</th><td>Active</td></tr></table>
</body></html>"""


def test_a_records_party_and_grantee_columns_name_its_people_with_the_rows_street() -> None:
    people = {p.name: p for p in extract(_page(COURT), None).people}
    rosa = people["Rosa L Quint"]
    assert Address("14 Prairie Rose Ct", "Fargo", "ND", "58103") in rosa.addresses
    assert "Hal J Dahl" in people and "Ivy M Dahl" in people["Hal J Dahl"].relatives  # a deed's co-grantees
    assert not any("Pools" in n for n in people)  # a business is nobody
    assert "Democrat" not in people and "Status" not in people  # a voter card's "Party" is no name column


def test_a_posts_whole_text_is_read_from_the_page_but_not_the_comments_under_it() -> None:
    data = (
        '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Clinic news",'
        '"author":{"@type":"Person","name":"Rosa Quint"},'
        '"text":"We open a second clinic in Moorhead this fall."}'
    )
    body = f"""<html><head><script type="application/ld+json">{data}</script></head><body><div class="x">
    <div class="body"><p>We open a second clinic in Moorhead this fall.</p><p>Parking is behind the building.</p></div>
    <div class="comments"><p>Hal: what a waste of money, these people are idiots</p></div></div></body></html>"""
    (post,) = extract(_page(body), None).posts
    assert post.text.endswith("Parking is behind the building.") and "idiots" not in post.text
