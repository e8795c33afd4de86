"""Results signed the way forums, neighbourhood sites and bios sign: the given name and the family
initial ("Dr. Marta V. replied", "drmartav: OB here"). Opened when the result also says doctor or
gives the subject's place or field; never on the initial alone."""

from __future__ import annotations

import re

from footprint.identity import make_subject, name_variants
from footprint.models import Address, Identity, NpiRecord, SearchResult
from footprint.results import plausible

RECORD = NpiRecord(
    "1234567893", "MARTA", "VELLANOVA", taxonomies=("Obstetrics & Gynecology",),
    addresses=(Address(street="1 Main St", city="Raleigh", state="NC", postal_code="27607"),),
)  # fmt: skip


def _who(record: NpiRecord | None = RECORD) -> Identity:
    subject = make_subject("Dr. Marta Vellanova", state="NC")
    return Identity(subject, name_variants(subject), record)


def _result(title: str, snippet: str) -> SearchResult:
    return SearchResult(1, "https://forum.example/t/123", title, snippet, "searxng")


def test_titled_given_name_with_the_family_initial_is_opened() -> None:
    assert plausible(_who(), _result("Spotting at 7 weeks - Forum", "Dr. Marta V. replied: I saw him Tuesday"))


def test_a_handle_of_dr_given_and_initial_is_opened() -> None:
    assert plausible(_who(), _result("Cramping - Pregnancy forum", "drmartav: with cramping you should call"))


def test_the_field_in_shorthand_or_the_registry_city_opens_a_signed_post() -> None:
    assert plausible(_who(), _result("Cramping - forum", "Marta V. · OB here, with cramping you should call"))
    assert plausible(_who(), _result("Lost cat - Nextdoor", "Marta V. · Raleigh. Our tabby slipped out"))


def test_the_initial_alone_is_not_enough() -> None:
    assert not plausible(_who(), _result("Lost cat - Nextdoor", "Marta V. · Heritage Hill. Our tabby slipped out"))
    assert not plausible(_who(None), _result("Cramping - forum", "Marta V. · OB here"))  # no record: no field
    assert not plausible(_who(), _result("Cramping - forum", "Marta K. · OB here, call your doctor"))


def test_another_given_name_with_the_initial_and_title_is_not_opened() -> None:
    assert not plausible(_who(), _result("Forum", "Dr. Martin V. replied: rest and fluids"))
    assert not plausible(_who(), _result("Forum", "drmarkv: rest and fluids"))


def test_the_signed_forms_are_searched_with_the_place() -> None:
    from footprint.search_queries import queries

    made = queries(_who(), 30)
    assert '"Dr. Marta V." Raleigh' in made
    assert '"Marta V." gynecologist Raleigh' in made  # the field's word ranks, the place too
    from footprint.config import SearchSettings

    # Every page that writes "Dr. Marta V." has "Marta V.": the plain form is asked within the default budget,
    # the titled one only ranks and comes after it, among the forms asked when the budget has room.
    assert made.index('"Marta V." gynecologist Raleigh') < SearchSettings().max_queries
    assert made.index('"Dr. Marta V." Raleigh') > made.index('"Marta V." gynecologist Raleigh')


def test_initials_of_the_registry_names_are_searched() -> None:
    from footprint.search_queries import queries

    record = NpiRecord("1234567893", "JAMES", "VELLANOVA", "WENDELL", addresses=RECORD.addresses)
    subject = make_subject("Dr. Wendell Vellanova")
    made = queries(Identity(subject, name_variants(subject), record), 20)
    assert '"J. W. Vellanova" Raleigh' in made
    # Without the record no middle initial is guessed: only the byline of the typed given name ("W. Vellanova").
    unpinned = queries(Identity(subject, name_variants(subject)), 20)
    assert not any(re.match(r'"[A-Z]\. [A-Z]\. ', q) for q in unpinned)
    assert '"W. Vellanova" MD' in unpinned


# Papers list authors by family name and initials: "Vellanova M, Okafor J, et al."


def test_an_author_list_naming_the_subject_family_first_is_opened_and_searched() -> None:
    from footprint.config import SearchSettings
    from footprint.search_queries import queries

    paper = _result("Oral step-down for endocarditis", "Vellanova M, Okafor-Lind J, Reyes AB. Obstet Gynecol. 2025.")
    assert plausible(_who(), paper)
    assert plausible(_who(), _result("Preterm labour outcomes", "Vellanova MT et al. Am J Obstet Gynecol"))
    made = queries(_who(), 20)
    assert made.index('"Vellanova M" Obstetrics & Gynecology') < SearchSettings().max_queries


def test_the_family_name_and_an_initial_outside_an_author_list_or_of_another_given_name_stay_closed() -> None:
    assert not plausible(_who(), _result("Vellanova M - auto parts", "Vellanova M series brake pads, in stock"))
    assert not plausible(_who(), _result("Paper", "Vellanova K, Okafor-Lind J, Reyes AB. Obstet Gynecol. 2025."))


def test_a_member_name_of_the_given_name_and_a_capital_initial_is_opened_with_the_field_or_town() -> None:
    assert plausible(_who(), _result("Spotting at 7 weeks - Forum", "MartaV_DO: OB here. Call your office today"))
    assert plausible(_who(), _result("Pool reopening - Forum", "MartaV: the Raleigh pool opens Friday"))
    assert plausible(_who(), _result("Cramping - forum", "drmarta_ob: with cramping, OB here, call"))
    # Without the field or the town it is anyone's; lower case, the same letters are a word, not a member name.
    assert not plausible(_who(), _result("Pool reopening - Forum", "MartaV: the pool opens Friday"))
    assert not plausible(_who(), _result("Pool reopening - Forum", "martav: the Raleigh pool opens Friday"))


def test_the_member_names_of_the_name_the_subject_goes_by_are_searched_with_the_field_and_town() -> None:
    from footprint.config import SearchSettings
    from footprint.search_queries import member_names, queries

    who = _who()
    assert member_names(who) == ["drmartav", "martav"]
    made = queries(who, SearchSettings().max_queries)
    assert '"drmartav" gynecologist Raleigh' in made and '"martav" gynecologist Raleigh' in made
    handled = make_subject("Dr. Wilhelmina Vellanova", state="NC", handles=["@billie.vellanova"])
    assert member_names(Identity(handled, name_variants(handled), None))[0] == "drbilliev"


def test_a_maternal_fetal_specialists_signed_post_opens_beside_labor_and_delivery_shorthand() -> None:
    # NUCC files Maternal & Fetal Medicine under Obstetrics & Gynecology; its doctors write "L&D" and "MFM".
    record = NpiRecord("1234567893", "MARTA", "VELLANOVA", taxonomies=("Maternal & Fetal Medicine",))
    assert plausible(_who(record), _result("Marta V. at Iron Gym - Swarm", "5am after a 24 on L&D. rower first"))
    assert plausible(_who(record), _result("Marta V. - Forum", "MFM here: aspirin at 12 weeks is standard"))
    assert not plausible(_who(record), _result("Marta V. at Iron Gym - Swarm", "5am after a long shift. rower"))


def test_a_letter_signed_with_the_given_and_family_initials_the_credential_and_the_town_is_opened() -> None:
    # The record has no middle name: a letter to the editor signs "M.V., M.D., Raleigh".
    assert plausible(_who(), _result("Letters: the bypass", "... call it what it is. — M.V., M.D., Raleigh"))
    assert plausible(_who(), _result("Letters", "— M.V., MD, Raleigh"))
    # Two initials say less than three: without the credential, or without the town, nothing is opened.
    assert not plausible(_who(), _result("Letters: the bypass, the library", "... call it what it is. — M.V., Raleigh"))
    assert not plausible(_who(), _result("Letters: the bypass, the library", "... call it what it is. — M.V., M.D."))


def test_a_letter_signed_with_three_initials_and_the_credential_in_full_stops_is_opened() -> None:
    # "A.S.K., M.D., Metuchen": a doctor's letter to the editor signs so, in a town the registry does not give; the
    # credential after the three initials is written "M.D." as often as "MD".
    record = NpiRecord("1234567893", "MARTA", "VELLANOVA", "SOFIA", addresses=RECORD.addresses)
    assert plausible(_who(record), _result("Letter: Sign the organ donor registry", "M.S.V., M.D., Cary ..."))
    assert plausible(_who(record), _result("Letter: Sign the organ donor registry", "M.S.V., MD, Cary ..."))
    assert not plausible(_who(record), _result("Letter: Sign the organ donor registry", "M.S.V., Cary ..."))


def test_a_given_name_signed_with_the_initial_of_a_married_name_confirmed_pages_give_is_opened() -> None:
    from footprint.learned import Learned

    # A run log signs "Marta O." where confirmed pages write her married name "Marta Okafor".
    run = _result("Loop before rounds | Strava", "Marta O. ... Raleigh, North Carolina ...")
    assert plausible(_who(), run, Learned(families=("Okafor",)))
    assert not plausible(_who(), run, Learned())  # another family initial with the town: anyone's
    assert not plausible(
        _who(), _result("Loop | Strava", "Marta O. ... Heritage Hill ..."), Learned(families=("Okafor",))
    )


def test_dr_mac_is_asked_and_opened_for_a_mac_family_name_with_the_field_or_town() -> None:
    from footprint.search_queries import queries

    record = NpiRecord("1234567893", "MAIRI", "MACLEOD", taxonomies=("Psychiatry",), addresses=RECORD.addresses)
    subject = make_subject("Dr. Mairi MacLeod", state="NC")
    who = Identity(subject, name_variants(subject), record)
    asked = '"Dr. Mac" psychiatrist Raleigh'
    assert asked in queries(who, 30)
    assert not any('"Dr. Mac"' in q for q in queries(_who(), 30))  # Vellanova has no Mac prefix
    url = "https://waitingroom.example/the-bad-week"
    blog = SearchResult(3, url, "The bad week", "the psychiatrist ... Dr. Mac ...", "searxng", queries=(asked,))
    assert plausible(who, blog)
    assert not plausible(who, replace_snippet(blog, "ICU ... Dr. Mac ..."))  # neither the field nor the town


def replace_snippet(result: SearchResult, snippet: str) -> SearchResult:
    from dataclasses import replace

    return replace(result, snippet=snippet)
