"""A community page naming the subject by full name is theirs when it writes their home's house number and street,
or a relative's given name and their town, as their confirmed broker record lists them; a relative's given name in
another town, or on a page that gives the person another profession, stays a namesake's. Hand-made records: the
subject practises in Tulsa, OK; the broker lists the home at 118 Birch Ln and a wife, Margit Pellworth."""

from __future__ import annotations

from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Match, PageKind, PersonRecord
from tests.match._orson import WHO, broker

BROKER = broker("Margit Pellworth", "Al Pellworth")


def _community(text: str, url: str = "https://parish.example/news") -> Extracted:
    person = PersonRecord("Orson Pellworth", context=text.split(". ")[0], read_from=("name:text",))
    return Extracted(url, "parish", PageKind.OTHER, title="Prayer & Care List", text=text, people=(person,))


def _after(page: Extracted) -> tuple[Decision, tuple[str, ...]]:
    broker, other = Match(BROKER, match(WHO, BROKER)), Match(page, match(WHO, page))
    assert broker.result.decision == Decision.CONFIRMED
    assert other.result.decision == Decision.POSSIBLE
    result = {m.page.url: m.result for m in with_kin(WHO, (broker, other))}[page.url]
    return result.decision, result.reasons


def test_a_prayer_list_writing_the_subjects_home_street_is_theirs() -> None:
    decision, reasons = _after(
        _community("Orson Pellworth is home with the flu. Leave meals in the cooler at 118 Birch Ln, please.")
    )
    assert decision.is_match
    assert any("118 Birch Ln, the subject's home street" in r for r in reasons)


def test_a_ride_log_naming_the_wife_in_the_subjects_town_is_theirs_and_in_another_town_is_not() -> None:
    decision, reasons = _after(
        _community("Orson Pellworth rode the river loop. Tulsa, Oklahoma. Margit kept the dog home.")
    )
    assert decision.is_match and any("names Margit and Tulsa" in r for r in reasons)
    elsewhere = _community("Orson Pellworth rode the river loop. Bend, Oregon. Margit kept the dog home.")
    assert _after(elsewhere)[0] == Decision.POSSIBLE


def test_a_town_alone_or_a_short_given_name_is_no_household_tie() -> None:
    assert _after(_community("Orson Pellworth won the pie contest in Tulsa. Al brought the forks."))[0] == (
        Decision.POSSIBLE
    )


def test_a_page_giving_the_person_another_profession_stays_a_namesakes() -> None:
    text = "Listed by Orson Pellworth, realtor, Tulsa. Call Margit at the office."
    for occupation, context in (
        ("Realtor", "Orson Pellworth, realtor, Tulsa"),
        ("", "Orson Pellworth, a realtor in Tulsa"),
    ):
        person = PersonRecord("Orson Pellworth", occupation=occupation, context=context, read_from=("name:text",))
        page = Extracted(
            "https://homes.example/1", "homes", PageKind.OTHER, title="Listing", text=text, people=(person,)
        )
        # Rejected by the profession itself, before any household tie is looked for, and after it too.
        broker, other = Match(BROKER, match(WHO, BROKER)), Match(page, match(WHO, page))
        assert other.result.decision == Decision.REJECTED, occupation
        assert not {m.page.url: m.result for m in with_kin(WHO, (broker, other))}[page.url].decision.is_match


def test_a_ratings_profiles_reviews_naming_a_relatives_given_name_in_the_town_are_no_household_tie() -> None:
    """A ratings page's reviews and staff lists name strangers in the practice's town ("Margit at the front desk"):
    the page is decided by its record's own fields, never by a given name in its text; a club's page is not."""
    from footprint.match import household

    house = household.of(WHO, (Match(BROKER, match(WHO, BROKER)),))
    person = PersonRecord("Orson Pellworth")
    text = "Orson Pellworth. Margit at the front desk was lovely, best office in Tulsa."
    for kind in (PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.PEOPLE_SEARCH):
        page = Extracted("https://ratings.example/orson", "ratings", kind, text=text, people=(person,))
        assert household.tie(house, page, person) == "", kind
    club = Extracted("https://club.example/news", "club", PageKind.OTHER, text=text, people=(person,))
    assert "names Margit and Tulsa" in household.tie(house, club, person)


def _written(name: str, text: str) -> Extracted:
    person = PersonRecord(name, context=text.split(". ")[0], read_from=("name:text",))
    return Extracted(
        "https://civic.example/minutes", "civic", PageKind.OTHER, title="Minutes", text=text, people=(person,)
    )


def _judged(page: Extracted, broker: Extracted = BROKER) -> Decision:
    first = (Match(broker, match(WHO, broker)), Match(page, match(WHO, page)))
    return {m.page.url: m.result for m in with_kin(WHO, first)}[page.url].decision


def test_a_clipped_given_name_or_its_initial_at_the_home_street_is_the_subject() -> None:
    # "Margit and O. Pellworth (118 Birch Ln) reported standing water": the club writes the household as it knows it.
    assert _judged(_written("O. Pellworth", "Margit and O. Pellworth (118 Birch Ln) reported standing water.")).is_match
    assert _judged(_written("Orsi Pellworth", "Orsi Pellworth of 118 Birch Ln offered the driveway.")).is_match
    # A relative's name and the town are a namesake household's too: a clipped name needs the street.
    town = _written("O. Pellworth", "O. Pellworth rode the river loop. Tulsa, Oklahoma. Margit kept the dog home.")
    assert not _judged(town).is_match


def test_a_clipped_name_a_relative_at_home_fits_too_stays_possible() -> None:
    # The daughter Olive lives at 118 Birch Ln too: "O. Pellworth" there may be either.
    record = BROKER.people[0]
    family = PersonRecord(record.name, addresses=record.addresses, relatives=("Margit Pellworth", "Olive Pellworth"))
    broker = Extracted(BROKER.url, BROKER.site_id, BROKER.kind, people=(family,))
    assert not _judged(_written("O. Pellworth", "O. Pellworth (118 Birch Ln) reported water."), broker).is_match


def _broker_at(street: str) -> Extracted:
    home = Address(street, "Tulsa", "OK", "74105", "home")
    record = PersonRecord("Orson Quill Pellworth", addresses=(home,), phones=("918-555-0140",))
    return Extracted("https://people.example/orson-pellworth", "people", PageKind.PEOPLE_SEARCH, people=(record,))


def test_the_home_written_with_or_without_a_word_before_the_streets_name_is_the_subjects() -> None:
    # Minutes write "2207 Kestrel Court" where the broker lists "2207 W Kestrel Ct", or the other way round; a
    # hyphenated house number ("34-18 77th St", as Queens writes them) is one number.
    for listed, written in (
        ("2207 W Kestrel Ct", "2207 Kestrel Court"),
        ("2207 Kestrel Ct", "2207 W. Kestrel Ct"),
        ("34-18 77th St", "34-18 77th Street"),
        ("12 N 3rd St", "12 3rd Street"),  # a numbered street past the compass point
    ):
        minutes = _written("Orson Pellworth", f"Orson Pellworth, {written}, spoke against the oak removal.")
        assert _judged(minutes, _broker_at(listed)).is_match, listed
    # Another house on the street is a neighbour's.
    neighbour = _written("Orson Pellworth", "Orson Pellworth, 2209 Kestrel Court, spoke against the oak removal.")
    assert not _judged(neighbour, _broker_at("2207 W Kestrel Ct")).is_match
