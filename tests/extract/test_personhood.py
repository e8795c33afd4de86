"""What makes capitalised words a person: a study's title, a shop, a hotel, a specialty or a city written like a
name is nobody; a rare given name, a common-word family name and a titled name stay people."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.names import names_in
from footprint.extract.personhood import not_a_person
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource


def _people(body: str, kind: PageKind = PageKind.OTHER) -> list[str]:
    url = "https://unknown.example/page"
    probe = Probe("unknown.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return [p.name for p in extract(Page(probe, 200, body, "text/html", url), None).people]


def test_headings_studies_shops_and_venues_are_nobody() -> None:
    things = ("Oral Step-Down Therapy", "Ocean State Bookshelf", "Omni Dallas Hotel", "Infectious Disease")
    for phrase in (*things, "Vintage Tulsa Wine Gala"):
        assert not_a_person(phrase), phrase


def test_rare_given_names_and_common_word_family_names_stay_people() -> None:
    people = ("Seoyeon Park", "Oluwaseun Bankole", "Faith Summers", "Miriam Church", "Young Kim", "Trip Osei")
    for name in (*people, "Seo Yeon Park", "Jenna Marsh", "Seo Y Park", "Quill Mary Colleen"):
        assert not not_a_person(name), name


def test_a_title_or_a_credential_makes_a_person_whatever_the_words() -> None:
    assert [n.name for n in names_in("Speaker: Dr. Ocean Bookshelf")] == ["Ocean Bookshelf"]
    assert [n.name for n in names_in("Study lead: Infectious Disease")] == []


def test_a_display_name_with_its_field_is_the_name_alone() -> None:
    assert [n.name for n in names_in("Dr Oksana Quill Infectious Disease on TikTok")] == ["Oksana Quill"]
    assert [n.name for n in names_in("Dr. Miriam Church spoke")] == ["Miriam Church"]  # a one-word tail is hers


def test_a_phrase_the_page_writes_as_a_city_is_a_place() -> None:
    assert names_in("Hometown: Essex Junction, Vt.") == []
    assert [n.name for n in names_in("Ann Austin, TX")] == ["Ann Austin"]  # a given name first: maybe a person


def test_a_firms_partners_are_no_person() -> None:
    assert names_in("matched at Baylor Scott & White, Temple, TX") == []
    assert [n.name for n in names_in("Chloé & Luc Bissonnette hosted")] == ["Chloé Bissonnette", "Luc Bissonnette"]


def test_a_shops_review_page_is_about_the_author_its_headline_names() -> None:
    body = """<html><head><title>Review: Old Age, by Gerald Quillfeather – Ocean State Bookshelf</title>
    <meta property="og:title" content="Review: Old Age, by Gerald Quillfeather"></head><body>
    <header><h2>Ocean State Bookshelf</h2><p>Reading one book at a time</p></header>
    <article><p>★★★☆☆ Quillfeather, who practiced for forty years, has stories worth telling.</p></article>
    </body></html>"""
    assert _people(body) == ["Gerald Quillfeather"]


def test_a_description_naming_a_doctor_by_profession_names_the_page() -> None:
    body = """<html><head><title>My #1 trick for ear wax - Video</title>
    <meta name="description" content="Tulsa ENT doctor Mingyu Quill reveals the drops he uses at home."></head>
    <body></body></html>"""
    assert "Mingyu Quill" in _people(body)
    musician = body.replace("ENT doctor", "street musician")
    assert "Mingyu Quill" not in _people(musician)


def test_a_display_name_ending_in_a_profession_is_the_name() -> None:
    assert [n.name for n in names_in("Dr Faith Quill Rheumatologist (@dr.faith.quill) on TikTok")] == ["Faith Quill"]
    assert [n.name for n in names_in("Ann Lee Pediatrician")] == ["Ann Lee"]


def test_a_titled_given_name_with_its_field_is_the_titled_given_name() -> None:
    assert [(n.name, n.titled) for n in names_in("Dr Oksana Infectious Disease (@dr.oksana.id)")] == [
        ("Dr. Oksana", True)
    ]


def test_an_organisations_or_awards_words_keep_their_field() -> None:
    assert names_in("Renee Quill, DO Cardio-oncology Meijer Heart Pavilion, 200 Main St") == names_in("Renee Quill, DO")
    assert names_in("named Vermont Family Physician of the Year") == []


def test_a_plural_last_word_makes_a_heading_or_a_business_nobody() -> None:
    for phrase in ("Infectious Diseases", "Prairie Sky Cellars", "Allied Health Therapies"):
        assert not_a_person(phrase), phrase
    # a family name that looks like a plural stays a name, whatever the given name
    for name in ("Gail Rivers", "Kim Waters", "Brooks Wells", "Banks Fields", "Jordan Hughes"):
        assert not not_a_person(name), name


def test_a_greeting_before_a_name_is_not_part_of_it() -> None:
    assert [n.name for n in names_in("Congrats Libby Tollefsen, and thanks for the coffee!")] == ["Libby Tollefsen"]
    assert [n.name for n in names_in("Thanks Ana Reyes for the help.")] == ["Ana Reyes"]
    assert [n.name for n in names_in("Will Smith came to the clinic.")] == ["Will Smith"]  # a given name stays


def test_a_common_word_before_a_month_is_a_time_not_a_person() -> None:
    # "Every March our patients lose an hour": a time; "Ann May" and "Zora April" keep a given name first.
    assert [n.name for n in names_in("Every March our patients lose an hour. Last May we met.")] == []
    assert [n.name for n in names_in("Ann May said so, and Zora April agreed.")] == ["Ann May", "Zora April"]


def test_a_blogs_or_a_groups_name_is_nobody_and_its_byline_names_the_writer() -> None:
    body = """<html><head><title>Choosing a running shoe &#8211; Crossroads Blog</title></head><body>
    <header><p class="site-title">Crossroads Blog</p></header><h1>Choosing a running shoe</h1>
    <p>Posted on March 9, 2026 by Zora Quillfeather, MD</p><p>The one shoe I recommend to every runner.</p>
    <p>Join Prairie Parents on Facebook.</p></body></html>"""
    assert _people(body) == ["Zora Quillfeather"]


def test_a_phrase_after_an_article_is_a_things_name_unless_it_opens_with_a_given_name() -> None:
    # A check-in's "is drinking a Pine Belt Pils by Oak Hollow Brewing", "the Gulf Sour": what one drinks, eats or
    # visits; "a Sarah Jones called" still names a person, and a titled name is one after any word.
    said = "Zora Q. is drinking a Prairie Gold Pils by Oak Hollow Brewing, then the Gulf Sour. A Sarah Jones called."
    assert [n.name for n in names_in(said)] == ["Sarah Jones"]
    assert [n.name for n in names_in("We thank the Dr. Ann Roe fund.")] == ["Ann Roe"]


def test_a_clinic_named_for_what_it_treats_is_nobody() -> None:
    # "Sleep doc here (Wasatch Sleep)", "Kettleby Spine": a practice named by a place; a given name keeps a person.
    said = "Sleep doc here (Quillwater Sleep). Ask Kettleby Spine too, or Ann Heart."
    assert [n.name for n in names_in(said)] == ["Ann Heart"]


def test_a_congregations_hall_and_a_childrens_hospital_are_nobody() -> None:
    for phrase in ("Tavok Mason Methodist Fellowship Hall", "Narrows Children's", "Gurdwara Sahib Crest Pittsburgh"):
        assert not_a_person(phrase), phrase
    for name in ("Shirley Temple", "Miriam Church", "Ruth Parish", "John Baptist"):  # family names stay people
        assert not not_a_person(name), name
    minutes = (
        "<html><body><h1>June 2026 Minutes</h1><p>Wednesday, June 17, 2026, 7:00 pm · Harbor Mason Methodist "
        "Fellowship Hall</p><p>Directors present: Dorothy Kessler (Chair), Ian Fujimoto (Secretary).</p>"
        "<p>Dr. Ro at Narrows Children's says the goal is the parade route.</p></body></html>"
    )
    people = _people(minutes)
    assert "Dorothy Kessler" in people and "Ian Fujimoto" in people
    assert not any("Hall" in p or "Children" in p for p in people), people


def test_a_towns_two_word_name_is_a_place_unless_it_opens_with_a_given_name() -> None:
    for place in ("Breaux Bridge", "Eden Prairie", "Council Bluffs", "Des Moines"):
        assert not_a_person(place), place
    for name in ("Warren Park", "Beverly Hills", "Jenna Marsh"):
        assert not not_a_person(name), name


def test_a_possessive_before_the_last_word_is_a_place_or_a_channel() -> None:
    for thing in ("Bukky's Kitchen", "Joe's Garage"):
        assert not_a_person(thing), thing
    assert not not_a_person("Mary O'Shea")
