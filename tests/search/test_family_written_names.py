"""The ways family, friends and hobby pages write a doctor they know: the nickname a practice page quotes
('Walter J. "Skip" Brennan'), the given name cut short ("my daughter Rosa" for Rosalind), "Doc Brennan" with
the town, and the given name alone with both the town and the field. Each only opens a result or asks a query;
matching judges the page."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.learned import learn, queries
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
from footprint.results import plausible

RECORD = NpiRecord(
    "1234567893", "WALTER", "BRENNAN", taxonomies=("Orthopaedic Surgery",),
    addresses=(Address(street="1 Main St", city="Bozeman", state="MT", postal_code="59715"),),
)  # fmt: skip


def _who(name: str = "Dr. Walter Brennan", record: NpiRecord | None = RECORD) -> Identity:
    subject = make_subject(name, state="MT")
    return Identity(subject, name_variants(subject), record)


def _result(title: str, snippet: str) -> SearchResult:
    return SearchResult(1, "https://blog.example/2026/05/post", title, snippet, "searxng")


def _confirmed(text: str) -> Match:
    person = PersonRecord("Walter Brennan")
    url = "https://practice.example/team"
    page = Extracted(url, "practice.example", PageKind.OTHER, "Our team", (person,), text=text)
    return Match(page, MatchResult(0.9, Decision.CONFIRMED, (), person, 0))


def test_a_quoted_nickname_on_a_confirmed_page_is_learned_and_searched() -> None:
    seen = _confirmed('Walter J. "Skip" Brennan, MD. Dr. Brennan, "Dr. Skip" to his patients, treats knees.')
    taught = learn(_who(), (seen,))
    assert taught.givens == ("Skip",)
    made = queries(_who(), taught, [], 8)
    assert '"Skip Brennan" Bozeman' in made
    assert any(q.startswith('"Dr. Skip"') for q in made)
    assert plausible(_who(), _result("Porch jam on Vimeo", "Fiddle: Skip Brennan · Banjo: Earl Tate"), taught)


def test_another_persons_quoted_nickname_is_not_learned() -> None:
    seen = _confirmed("Our nurse Margaret \"Peg\" Olsen and Walter Brennan, MD. Robert 'Bob' Brennan, his father.")
    assert not learn(_who(), (seen,)).givens


def test_the_given_name_cut_short_beside_the_family_name_is_opened() -> None:
    who = _who("Dr. Rosalind Brennan", None)
    assert plausible(who, _result("Grandma in the desert | by Ann Brennan", "My daughter Rosa moved to Reno"))
    assert not plausible(who, _result("Grandma in the desert | by Ann Brennan", "My daughter Ro moved to Reno"))
    assert not plausible(who, _result("Grandma in the desert", "My daughter Rosa moved to Reno"))  # no family name


def test_doc_and_the_family_name_is_opened_with_the_town_or_the_field() -> None:
    assert plausible(_who(), _result("Opening week | Hunters forum", "Doc Brennan ... the bone doctor in Bozeman"))
    assert not plausible(_who(), _result("Opening week | Hunters forum", "Doc Brennan ... shot a gobbler"))


def test_the_given_name_with_both_the_town_and_the_field_is_opened() -> None:
    said = "My dad (Walter, Bozeman's best orthopaedic surgeon, he says) came to visit"
    assert plausible(_who(), _result("Dad came to visit", said))
    assert not plausible(_who(), _result("Dad came to visit", "My dad (Walter, Bozeman's best baker) came"))
    assert not plausible(_who(), _result("Dad came to visit", "Walter, the orthopaedic surgeon from Helena"))


def _record_with_kin() -> Match:
    person = PersonRecord("Walter J Brennan", relatives=("Lorna K Brennan", "Wyatt Brennan", "Carla Reyes"))
    url = "https://people.example/walter-brennan"
    page = Extracted(url, "people.example", PageKind.PEOPLE_SEARCH, "Walter J Brennan", (person,))
    return Match(page, MatchResult(0.9, Decision.CONFIRMED, (), person, 0))


def test_the_household_is_searched_and_opened_by_its_given_names() -> None:
    taught = learn(_who(), (_record_with_kin(),))
    assert taught.kin == ("Lorna", "Wyatt", "Carla")
    assert "Walter Lorna Wyatt Carla" in queries(_who(), taught, [], 8)
    caption = "Grandpa Walter teaching Wyatt (7) to fish while Grandma Lorna made pie"
    assert plausible(_who(), _result("Fourth of July at the lake", caption), taught)
    assert plausible(_who(), _result("Brennan family blog", "Lorna and Wyatt on the porch"), taught)
    assert not plausible(_who(), _result("Fourth of July", "Walter and Wyatt went fishing"), taught)  # one relative
    assert not plausible(_who(), _result("Fourth of July", "Lorna and Wyatt on the porch"), taught)  # nobody else


def test_the_household_with_the_doctor_by_title_and_initial_is_opened() -> None:
    # A gala's or a team's caption writes the doctor as friends and colleagues do ("Dr. B") beside the family's
    # given names: opened; the title with another initial, or the initial without the title, is not the subject.
    taught = learn(_who(), (_record_with_kin(),))
    caption = "Dr. B and Lorna closing down the dance floor. (Wyatt, your grandpa has moves.)"
    assert plausible(_who(), _result("Gallery: Spring Gala", caption), taught)
    assert not plausible(_who(), _result("Gallery: Spring Gala", "Dr. K and Lorna, with Wyatt"), taught)
    assert not plausible(_who(), _result("Gallery: Spring Gala", "Table B: Lorna and Wyatt"), taught)
    assert not plausible(_who(), _result("Gallery: Spring Gala", "Dr. B with Lorna"), taught)  # one relative
