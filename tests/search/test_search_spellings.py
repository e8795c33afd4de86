"""What discovery asks the search engine and which results it opens when pages write the name
another way: the everyday name, another romanisation, the English name, particles run together,
a former name with a middle name, the user's handle, and a place only the NPI registry knows."""

from __future__ import annotations

import re
from typing import Any

from footprint.identity import make_subject, name_variants
from footprint.models import Address, Identity, NpiRecord, SearchResult
from footprint.results import plausible
from footprint.search.spellings import other_family_names, other_given_names, surname_parts
from footprint.search_queries import queries


def _who(name: str, record: NpiRecord | None = None, namesakes: tuple[NpiRecord, ...] = (), **given: Any) -> Identity:
    subject = make_subject(name, **given)
    return Identity(subject, name_variants(subject), record, npi_namesakes=namesakes)


def _result(title: str, snippet: str = "", url: str = "https://news.example/story") -> SearchResult:
    return SearchResult(1, url, title, snippet, "searxng")


def test_a_romanised_given_name_is_searched_in_another_romanisation_and_its_english_everyday_form() -> None:
    assert other_given_names("Evgeny") == ["Yevgeny", "Gene"]
    assert other_given_names("Eugene") == []  # an English Eugene is not a romanised Evgeny
    made = queries(_who("Dr. Evgeny Vronsky", state="MN"), 12)
    assert '"Yevgeny Vronsky" MN' in made and '"Gene Vronsky" MN' in made


def test_results_naming_him_by_another_romanisation_or_his_english_name_are_opened() -> None:
    who = _who("Dr. Evgeny Vronsky", state="MN")
    assert plausible(who, _result("Faculty", "Yevgeny Vronsky, MD, PhD, Professor"))
    assert plausible(who, _result("Girl beats leukemia", "said Dr. Gene Vronsky, her oncologist"))
    assert not plausible(who, _result("Club results", "Igor Vronsky won the title"))


def test_a_particle_surname_is_searched_run_together_and_never_split_into_its_particles() -> None:
    assert other_family_names("de la Cruz") == ["Delacruz"] and other_family_names("Whitfield") == []
    assert surname_parts("de la Cruz") == [] and surname_parts("Okonkwo-Reyes") == ["Okonkwo", "Reyes"]
    made = queries(_who("Dr. Isabel de la Cruz", city="Las Cruces", state="NM"), 12)
    assert '"Isabel Delacruz" Las Cruces' in made
    assert not any(re.search(r"Isabel (de|la) (?!la |Cruz)", q) for q in made)  # not "Isabel de family physician"
    who = _who("Dr. Isabel de la Cruz", state="NM")
    assert plausible(who, _result("Isabel Delacruz in Las Cruces, NM | Phone, Address"))


def test_a_former_name_is_searched_unquoted_alone_and_with_the_current_family_name() -> None:
    made = queries(_who("Dr. Caroline Pruitt", state="NC", also_known_as=["Caroline Hollis"]), 12)
    # "Dr. Caroline Elise Hollis and Andrew James Pruitt were married": the phrase would miss it.
    assert "Caroline Hollis Pruitt" in made and "Caroline Hollis" in made


def test_the_handle_the_user_gave_is_searched_and_a_result_at_that_handle_is_opened() -> None:
    who = _who("Dr. Isabel de la Cruz", handles=["@docdelacruz"])
    assert '"docdelacruz"' in queries(who, 12)
    video = "https://www.tiktok.com/@docdelacruz/video/7398812240913312042"
    assert plausible(who, _result("storytime | TikTok", "Dr. Isabel on TikTok: storytime from clinic", video))
    other = "https://www.tiktok.com/@docdlc.fan/video/1"
    assert not plausible(who, _result("dance | TikTok", "Dr. Isabel on TikTok", other))


def test_the_everyday_name_is_searched_quoted_with_the_state_written_out_in_the_unquoted_query() -> None:
    made = queries(_who("Dr. Robert Kowalski", state="OH"), 12)
    # "Rob Kowalski ran 9.7 km", "Pay Rob Kowalski on Venmo": the quoted form, ranked by the place.
    assert '"Rob Kowalski" OH' in made
    # "TOLEDO, Ohio -- ... named Robert A. Kowalski": pages write the state out.
    assert made[1] == "Robert Kowalski Ohio"


def test_place_and_specialty_come_from_the_npi_record_or_the_only_namesake_when_the_user_gave_none() -> None:
    record = NpiRecord("1234567893", "SEOYEON", "PARK", taxonomies=("Ophthalmology",),
                       addresses=(Address(city="CENTENNIAL", state="CO"),))  # fmt: skip
    assert queries(_who("Dr. Seoyeon Park", record), 12)[0] == '"Seoyeon Park" Ophthalmology Centennial CO'
    lone = _who("Dr. Seoyeon Park", namesakes=(record,))
    assert queries(lone, 12)[0] == '"Seoyeon Park" Ophthalmology Centennial CO'
    other = NpiRecord("1245319599", "SEOYEON", "PARK", addresses=(Address(city="FORT LEE", state="NJ"),))
    assert queries(_who("Dr. Seoyeon Park", namesakes=(record, other)), 12)[0] == '"Seoyeon Park"'


def test_a_page_opened_for_the_english_name_is_matched_by_the_same_table() -> None:
    # Discovery searches "Gene Vronsky" for Evgeny; the story it opens must not then be rejected for "Gene".
    from footprint.match.person import name_score

    who = _who("Dr. Evgeny Vronsky", state="MN")
    score, why = name_score(who, "Dr. Gene Vronsky")
    assert score >= 0.85 and "Gene is another romanisation or the English form of Evgeny" in why
    assert name_score(who, "Andrei Vronsky")[0] < 0.5  # another name of the table is still another name


def test_every_entry_of_the_given_name_table_says_where_it_comes_from() -> None:
    from footprint.givennames import groups

    assert groups() and all(g.source.strip() and g.romanised for g in groups())
    evgeny = next(g for g in groups() if "evgeny" in g.romanised)
    assert evgeny.english[-1] == "gene"  # the everyday form last: what discovery searches for


def test_a_handle_given_as_a_profile_address_is_searched_and_recognised_by_its_account_name() -> None:
    who = _who("Dr. Isabel de la Cruz", handles=["https://mastodon.social/@DocDelaCruz"])
    made = queries(who, 12)
    assert '"docdelacruz"' in made and not any("https:" in q for q in made)
    post = "https://www.tiktok.com/@docdelacruz/video/7398812240913312042"
    assert plausible(who, _result("storytime | TikTok", "from clinic", post))
    assert not plausible(who, _result("storytime | TikTok", "from clinic", "https://www.tiktok.com/@mastodon/video/1"))


def test_a_russian_language_result_naming_him_in_cyrillic_is_opened_and_names_him() -> None:
    from footprint.extract.mentions import people
    from footprint.match.person import name_score

    who = _who("Dr. Evgeny Zaitsev", state="MN")
    story = _result("Детский онколог из Миннеаполиса", "Евгений Зайцев тридцать лет лечит детей с лейкозом.")
    assert plausible(who, story)
    assert not plausible(who, _result("Шахматы", "Игорь Зайцев выиграл турнир"))  # another given name
    named = [p.name for p in people("Евгений Зайцев тридцать лет лечит детей с лейкозом.")]
    assert named == ["Евгений Зайцев"] and name_score(who, named[0])[0] >= 0.7


def test_results_spelling_either_name_another_way_are_opened() -> None:
    park = _who("Dr. Seoyeon Vantrell", state="CO")
    assert plausible(park, _result("Free eye screenings", "Dr. So-yeon Vantrell, an ophthalmologist, led the team"))
    mac = _who("Dr. Douglas McAllister", state="TN")
    assert plausible(mac, _result("H. Douglas MacAllister, MD - Urology | Provider Directory"))
    assert not plausible(mac, _result("Douglas County Tennessee news", "Allister Grey won"))


def test_a_russian_given_name_is_also_searched_in_cyrillic_and_another_name_is_not() -> None:
    made = queries(_who("Dr. Evgeny Vronsky", state="MN"), 12)
    assert '"Евгений Вронский"' in made
    assert not any(re.search("[а-я]", q, re.I) for q in queries(_who("Dr. Robert Vronsky", state="MN"), 12))
    assert not any(re.search("[а-я]", q, re.I) for q in queries(_who("Dr. Andrei Quinlan", state="MN"), 12))


def test_a_doctor_known_by_the_middle_name_is_found_under_the_registrys_first_name() -> None:
    from footprint.identity import make_subject
    from footprint.models import Identity, NpiRecord, SearchResult
    from footprint.results import plausible

    record = NpiRecord("1245319599", "James", "Quillby", middle_name="Wendell", credential="DO")
    known = Identity(make_subject("Dr. Wendell Quillby"), (), record)
    unknown = Identity(make_subject("Dr. Wendell Quillby"), ())
    hit = SearchResult(
        1, "https://ratings.example/dr-james-quillby-2wq7h", "Dr. James Quillby, DO | Bowling Green", "", "x"
    )
    assert plausible(known, hit)
    assert not plausible(unknown, hit)  # without the registry, James is another man's name


def test_a_doctor_who_goes_by_a_short_name_is_searched_as_directories_list_the_legal_one() -> None:
    # A hospital's providers page lists "Leopold M. Fairclough, MD" for the Leo the user typed: the phrase with the
    # registry's first name and middle initial is asked; not for a doctor who goes by the middle name (James W. is
    # "Wendell"), whose typed name's initial is no part of that phrase.
    from footprint.identity import make_subject
    from footprint.models import Identity, NpiRecord

    record = NpiRecord("1245319599", "LEOPOLD", "QUILLBY", middle_name="MARTIN", credential="MD")
    asked = queries(Identity(make_subject("Leo Quillby", state="NC"), (), record), 40)
    assert '"Leopold M. Quillby"' in asked
    wendell = NpiRecord("1245319599", "JAMES", "QUILLBY", middle_name="WENDELL", credential="DO")
    assert not any('"James W.' in q for q in queries(Identity(make_subject("Wendell Quillby"), (), wendell), 40))


def test_a_doctor_known_by_the_middle_name_is_also_searched_under_the_registrys_first_name() -> None:
    from footprint.identity import make_subject
    from footprint.models import Identity, NpiRecord
    from footprint.other_name_forms import other_names

    record = NpiRecord("1245319599", "JAMES", "QUILLBY", middle_name="WENDELL", credential="DO")
    assert "James Quillby" in other_names(Identity(make_subject("Dr. Wendell Quillby"), (), record))
    same = NpiRecord("1245319599", "WENDELL", "QUILLBY", credential="DO")
    assert not any(n.startswith("Wendell ") for n in other_names(Identity(make_subject("Wendell Quillby"), (), same)))


def test_a_yoruba_name_is_also_searched_opened_and_matched_in_its_everyday_form_without_oluwa() -> None:
    from footprint.match.person import name_score

    who = _who("Dr. Oluwatosin Adeyemi", state="TX")
    assert other_given_names("Oluwatosin") == ["Tosin"]
    assert '"Tosin Adeyemi" TX' in queries(who, 12)
    assert plausible(who, _result("Tosin Adeyemi and Kola Ade: the wedding", "Houston, April 2026"))
    assert name_score(who, "Tosin Adeyemi")[0] >= 0.85
    assert name_score(who, "Femi Adeyemi")[0] < 0.5  # another Oluwa- name's everyday form is another name
    assert not plausible(who, _result("Femi Adeyemi wins", "Oluwafemi Adeyemi, 17, took the title"))


def test_the_arabic_article_is_written_both_ways_only_for_an_arabic_name() -> None:
    assert other_family_names("Alkhatib", "Youssef") == ["Al-Khatib"]
    assert other_family_names("Al-Khatib") == ["Alkhatib"]  # written apart: the article is plain
    assert other_family_names("Allen", "Mark") == [] and other_family_names("Alvarez", "Jose") == []
    assert other_given_names("Youssef") == ["Yousef"]  # another romanisation, no English guess


def test_a_spanish_everyday_name_is_searched() -> None:
    assert other_given_names("Guillermo") == ["Memo"] and other_given_names("Gerald") == []


def test_the_given_name_a_handle_writes_before_the_family_name_is_searched_and_opened() -> None:
    # She typed her legal name; her accounts, her neighbours and the paper call her by the one her handle writes.
    who = _who("Dr. Henrietta Quarrington", city="Duluth", specialty="Pulmonology", handles=["@hettie.quarrington"])
    made = queries(who, 14)
    assert '"Hettie Quarrington" Duluth' in made and '"Dr. Hettie" pulmonologist Duluth' in made
    assert plausible(who, _result("PHOTOS: Lakefront 5K", "Dr. Hettie Quarrington and her sons, of Lakeside"))
    assert plausible(who, _result("Newsletter", "From our medical adviser, Dr. Hettie, a Duluth pulmonologist"))
    # Without such a handle the name is nobody's she goes by: the same results are not opened.
    plain = _who("Dr. Henrietta Quarrington", city="Duluth", specialty="Pulmonology")
    assert not any("Hettie" in q for q in queries(plain, 14))
    assert not plausible(plain, _result("PHOTOS: Lakefront 5K", "Dr. Hettie Quarrington and her sons, of Lakeside"))


def test_a_handle_without_the_family_name_or_with_a_filler_names_no_given_name() -> None:
    from footprint.nameforms import handle_givens

    def given(handle: str) -> list[str]:
        return handle_givens(make_subject("Dr. Henrietta Quarrington", handles=[handle]))

    assert given("@drhettiequarrington") == given("hettie_quarrington.md") == ["hettie"]
    assert given("@hettiemd") == given("@hquarrington") == given("@therealquarrington") == []
    assert given("@quarringtonlab") == []  # what follows the family name is not a given name


def test_a_residents_registry_taxonomy_is_no_specialty_in_a_query() -> None:
    # NUCC 390200000X names no field: "Student in an Organized Health Care ..." as query words finds nothing.
    record = NpiRecord("1234567893", "ODILE", "VANTERPOOL", middle_name="GRACE",
                       taxonomies=("Student in an Organized Health Care Education/Training Program",),
                       addresses=(Address(city="ROCHESTER", state="MN"),))  # fmt: skip
    made = queries(_who("Dr. Odile Vanterpool", record), 14)
    assert not any("Student" in q or "Training" in q for q in made)
    assert made[0] == '"Odile Vanterpool" Rochester MN'


def test_an_author_query_gives_the_middle_initial_as_author_lists_do() -> None:
    # PubMed writes "Vanterpool OG" for Odile Grace; an engine does not find it for the phrase "Vanterpool O".
    record = NpiRecord("1234567893", "ODILE", "VANTERPOOL", middle_name="GRACE", taxonomies=("Neurology",),
                       addresses=(Address(city="ROCHESTER", state="MN"),))  # fmt: skip
    made = queries(_who("Dr. Odile Vanterpool", record), 20)
    assert '"Vanterpool OG" Neurology' in made and not any(q.startswith('"Vanterpool O"') for q in made)
    assert '"Vanterpool O" Neurology' in queries(_who("Dr. Odile Vanterpool", specialty="Neurology"), 20)


def test_a_column_signed_with_the_subjects_initials_alone_is_searched_and_opened_with_its_credential() -> None:
    who = _who("Dr. Quentin R. Vandersloot, DO", city="Duluth", specialty="Sleep Medicine")
    assert '"Q.R.V." DO Duluth' in queries(who, 14)
    assert plausible(who, _result("Corner | Society Newsletter", "by Q.R.V., DO · the spring shift costs an hour"))
    assert plausible(who, _result("Letters | Lake Weekly", "Q.R.V., Duluth"))
    # The initials with nothing of the subject beside them are anyone's; other initials are not the subject's.
    assert not plausible(who, _result("Corner | Society Newsletter", "by Q.R.V. · the spring shift costs an hour"))
    assert not plausible(who, _result("Corner | Society Newsletter", "by Q.R.W., DO · the spring shift"))
    # Without a middle initial there is no monogram to look for.
    assert not any(q.startswith('"Q.V."') for q in queries(_who("Dr. Quentin Vandersloot", city="Duluth"), 20))


def test_the_town_of_the_registrys_only_physician_of_the_name_opens_a_titled_result() -> None:
    # No record pinned, one physician of the name: the queries rank by her town, and "Dr. Hettie" with it opens.
    record = NpiRecord("1234567893", "HENRIETTA", "QUARRINGTON", taxonomies=("Pulmonary Disease",),
                       addresses=(Address(city="DULUTH", state="MN"),))  # fmt: skip
    who = _who("Dr. Henrietta Quarrington", namesakes=(record,), handles=["@hettie.quarrington"])
    hit = _result("Summer Newsletter | Duluth Lung Support Group", "From our medical adviser, Dr. Hettie: why ...")
    assert plausible(who, hit)
    elsewhere = _result("Summer Newsletter | Fargo Book Club", "From our adviser, Dr. Hettie: why ...")
    assert not plausible(who, elsewhere)  # another town, no field: any Dr. Hettie
    assert not plausible(_who("Dr. Henrietta Quarrington", namesakes=(record,)), hit)  # no handle: not her name


def test_a_do_is_searched_as_a_do_when_the_registry_says_so_and_the_user_typed_no_degree() -> None:
    record = NpiRecord(
        "1245319599", "ANN", "QUILLBY", credential="D.O.", addresses=(Address(city="DULUTH", state="MN"),)
    )
    made = queries(_who("Ann Quillby", record), 40)
    assert '"Ann Quillby, DO" MN' in made and not any(", MD" in q for q in made)
    typed = queries(_who("Ann Quillby, MD", record), 40)  # the user's own degree wins over the record's
    assert '"Ann Quillby, MD" MN' in typed
    assert any(q.endswith('"Ann Quillby, MD"') for q in queries(_who("Ann Quillby"), 40))  # nothing known: MD


def test_both_everyday_forms_of_a_given_name_are_searched_but_not_their_pet_forms() -> None:
    # A Richard may go by Rich or by Rick; the podcast that says "Dr. Rick Keegan" is not found by "Rich Keegan".
    made = queries(_who("Dr. Richard Keegan", state="CT"), 15)
    assert '"Rich Keegan" CT' in made and '"Rick Keegan" CT' in made
    assert not any("Richie" in q or "Ricky" in q for q in made)  # a pet form finds what its short form does
    assert plausible(_who("Dr. Richard Keegan", state="CT"), _result("Ep. 4 with Dr. Rick Keegan", "colorectal"))


def test_a_former_family_name_is_searched_as_an_author_list_writes_it() -> None:
    # A fellowship paper from before the marriage: "Varnell CB, Oduya M." under the maiden name.
    record = NpiRecord("1234567893", "CAROLINE", "HOLMBERG", middle_name="BEATRIX", taxonomies=("Neurology",),
                       addresses=(Address(city="FARGO", state="ND"),))  # fmt: skip
    made = queries(_who("Dr. Caroline Holmberg", record, also_known_as=["Caroline Varnell"]), 20)
    assert '"Varnell CB" Neurology' in made
    assert not any(q.startswith('"Varnell') for q in queries(_who("Dr. Caroline Holmberg", record), 20))


def test_a_name_with_an_apostrophe_or_particles_is_searched_as_records_key_it_family_name_first() -> None:
    # A licence lookup lists "ODONNELL, BRENDAN JAMES", an assessor's roll "ODONNELL BRENDAN J & ANNE M", a court
    # index "VANDERMEER, HENDRIK P MD": letters only, family name first, which the typed name's words never find.
    made = queries(_who("Dr. Brendan O'Donnell", city="Worcester", specialty="Nephrology"), 18)
    assert "Odonnell Brendan" in made
    assert "Vandermeer Hendrik" in queries(_who("Dr. Hendrik Van Der Meer", state="MI"), 18)
    assert not any(q.startswith("Quinonesaponte") for q in queries(_who("Marisol Quinones Aponte"), 30))
    assert not any(q.lower().startswith(("bendavid", "ben-david yael")) for q in queries(_who("Yael Ben-David"), 30))
    who = _who("Dr. Brendan O'Donnell", city="Worcester")
    roll = _result("Parcel 118-07 | City of Worcester Assessor", "ODONNELL BRENDAN J & ANNE M 14 Elm St")
    assert plausible(who, roll)
