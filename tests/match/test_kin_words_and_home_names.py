"""A relative's page writes the subject as the family says them: with a kin word joined after the given name (Nepali
"Pemba-dai", elder brother; Japanese "Kenji-san"), by the Chinese given name the registry keeps as a middle name
("Xiu Ying" of MEI XIU YING TAN), or in the Somali orthography ("Cabdiraxmaan Faarax"). With two given names of the
household the broker record lists, a cousin's post is the household's page about the subject; a hyphenated given name
of another ("Pemba-Dawa") is not the subject's. Hand-made records: a geriatrician in Queens whose broker record lists
his wife Lhamu and children Norbu and Dolkar; an obstetrician in Austin with her husband Marcus and son Ethan Wong."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
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
)

PHONE = ("718-555-0126",)
QUEENS = (Address("80-02 Broadway", "Elmhurst", "NY", "11373", "LOCATION"),)
DORJE = Identity(
    make_subject("Dawa Sherpa"), (), NpiRecord("1245319599", "DAWA", "SHERPA", "", "MD", (), QUEENS, phones=PHONE)
)
AUSTIN = (Address("12 Main St", "Austin", "TX", "78705", "LOCATION"),)
MEI = Identity(
    make_subject("Mei Tan"), (), NpiRecord("1245319599", "MEI", "TAN", "XIU YING", "MD", (), AUSTIN, phones=PHONE)
)


def _broker(who: Identity, name: str, relatives: tuple[str, ...], home: Address) -> Match:
    record = PersonRecord(name, addresses=(home,), relatives=relatives, age=44, phones=PHONE)
    page = Extracted("https://people.example/record", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(who, page))
    assert found.result.decision == Decision.CONFIRMED, found.result.reasons
    return found


def _post(who: Identity, text: str, author: str) -> Match:
    person = PersonRecord(author, context=text[:80], read_from=("name:author",))
    page = Extracted("https://cousin.example/post", "blog", PageKind.OTHER, title="Losar", text=text, people=(person,))
    return Match(page, match(who, page))


def _after(who: Identity, broker: Match, page: Match) -> MatchResult:
    return {m.page.url: m.result for m in with_kin(who, (broker, page))}[page.page.url]


def _queens() -> Match:
    home = Address("34-18 77th St", "Jackson Heights", "NY", "11372", "home")
    return _broker(DORJE, "Dawa Sherpa", ("Lhamu Sherpa", "Norbu Sherpa", "Dolkar Sherpa"), home)


def test_the_given_name_with_a_kin_word_joined_and_two_relatives_is_the_households_page() -> None:
    post = _post(
        DORJE, "New Year at Dawa-dai's. Dawa-dai and Lhamu with Norbu and Dolkar by the shrine.", "Pasang Lama"
    )
    assert post.result.decision == Decision.REJECTED  # judged on its author
    assert _after(DORJE, _queens(), post).decision.is_match


def test_a_hyphenated_given_name_of_another_is_not_the_subjects() -> None:
    post = _post(DORJE, "Dinner at Dawa-Tsering's. Dawa-Tsering and Lhamu with Norbu and Dolkar.", "Pasang Lama")
    assert not _after(DORJE, _queens(), post).decision.is_match


def test_the_chinese_given_name_kept_as_the_middle_name_names_her_on_a_relatives_page() -> None:
    home = Address("7 Orchid Dr", "Austin", "TX", "78759", "home")
    broker = _broker(MEI, "Mei Xiu Ying Tan", ("Ethan Tan", "Chloe Tan"), home)
    post = _post(MEI, "Xiu Ying with Ethan and Chloe, noodle night in the Orchid Drive kitchen.", "Auntie Bee")
    assert _after(MEI, broker, post).decision.is_match


def test_a_name_in_the_somali_orthography_is_the_name_records_spell_in_english() -> None:
    record = NpiRecord("1245319599", "ABDIRAHMAN", "FARAH", "YUSUF", "MD", ("Infectious Disease",), QUEENS)
    who = Identity(make_subject("Abdirahman Farah"), (), record)
    somali = match(who, Extracted("https://tv.example/show", "tv", PageKind.OTHER, people=(
        PersonRecord("Dr. Cabdiraxmaan Yuusuf Faarax"),)))  # fmt: skip
    assert somali.decision != Decision.REJECTED, somali.reasons
    other = match(who, Extracted("https://tv.example/show", "tv", PageKind.OTHER, people=(
        PersonRecord("Dr. Maxamed Cali Faarax"),)))  # fmt: skip
    assert other.decision == Decision.REJECTED


def test_a_wife_who_kept_her_name_is_named_with_her_husbands_and_childs_given_names() -> None:
    home = Address("7 Orchid Dr", "Austin", "TX", "78759", "home")
    broker = _broker(MEI, "Mei Xiu Ying Tan", ("Marcus Wong", "Ethan Wong"), home)
    both = _post(MEI, "Xiu Ying and Marcus with Ethan, noodle night at their kitchen.", "Auntie Bee")
    assert _after(MEI, broker, both).decision.is_match
    one = _post(MEI, "Xiu Ying and her friends, noodle night at the community hall.", "Auntie Bee")
    assert not _after(MEI, broker, one).decision.is_match


ARJUN = Identity(
    make_subject("Arjun Venkatesan"),
    (),
    NpiRecord("1245319599", "ARJUN", "VENKATESAN", "", "MD", ("Cardiology",), AUSTIN, phones=PHONE),
)


def _arjun_home() -> Match:
    home = Address("7 Orchid Dr", "Austin", "TX", "78759", "home")
    return _broker(ARJUN, "Arjun Venkatesan", ("Meera Arjun", "Kavya Venkatesan"), home)


def test_a_wifes_family_name_that_is_his_given_name_does_not_name_him() -> None:
    # Tamil usage: a wife takes her husband's given name as her family name. Her own group's page names her, her
    # family name and the household's town: it is hers, not a relative's page about him.
    page = _post(ARJUN, "Dr. Meera Arjun sees children at Orchid Kids in Austin, Texas.", "Meera Arjun")
    assert not _after(ARJUN, _arjun_home(), page).decision.is_match


def test_his_given_name_on_its_own_beside_her_whole_name_still_names_him() -> None:
    page = _post(ARJUN, "Meera Arjun and Arjun at the lake near Austin, with Kavya.", "Priya Raman")
    assert _after(ARJUN, _arjun_home(), page).decision.is_match
