"""A relative's blog captions the subject's household by the names the family uses: the subject by their given name cut
short ("Dilu" for Dilvara, "Vann" for Sorivann, "Lu" for Lusanna), the spouse and children by given name. With two or
more of the relatives the subject's confirmed broker record lists, in the same sentence, the page is the household's
page about the subject; one relative, relatives in another sentence, or a form a relative's name clips too are not.
Hand-made records: Dilvara Ostrand, a nephrologist in Tulsa; the broker lists her husband Kasimir and children Nelia
and Tobin."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.family_nicknames import clipped_caption, clips
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

RECORD = NpiRecord(
    "1245319599", "DILVARA", "OSTRAND", "", "MD", ("Nephrology",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0140",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Dilvara Ostrand"), (), RECORD)
HOME = Address("118 Birch Ln", "Tulsa", "OK", "74105", "home")


def _broker(*relatives: str) -> Match:
    record = PersonRecord("Dilvara Ostrand", addresses=(HOME,), phones=("918-555-0140",), relatives=relatives)
    page = Extracted("https://people.example/dilvara-ostrand", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(WHO, page))
    assert found.result.decision == Decision.CONFIRMED
    return found


def _cousins_post(text: str) -> MatchResult:
    """A cousin's Tumblr post signed by its writer, judged after the broker record teaches the household."""
    author = PersonRecord("Renske V.", read_from=("name:author",))
    page = Extracted("https://lanternsandcousins.example.com/post/1", "lanternsandcousins.example.com", PageKind.OTHER,
                     title="Lanterns", text=text, people=(author,))  # fmt: skip
    first = Match(page, match(WHO, page))
    assert not first.result.decision.is_match  # judged on its writer
    broker = _broker("Kasimir Ostrand", "Nelia Ostrand", "Tobin Ostrand", "Luana Ostrand")
    return {m.page.url: m.result for m in with_kin(WHO, (broker, first))}[page.url]


def test_a_given_name_cut_short_with_a_pet_ending_or_to_its_last_syllable_clips_it() -> None:
    assert clips("dilvara", "dilu") and clips("ashwini", "ashu") and clips("ricardo", "rico")
    assert clips("lusanna", "lu") and clips("sorivann", "vann") and clips("sorivann", "van")
    assert not clips("dilvara", "dilvara") and not clips("dilvara", "dan") and not clips("ricardo", "rio")


def test_a_cousins_caption_of_the_clipped_name_with_her_husband_and_children_is_the_households() -> None:
    after = _cousins_post("Lantern night. Photo: Dilu and Kasimir with Nelia and Tobin and the winning lantern.")
    assert after.decision.is_match
    assert any("names Dilu, Kasimir, Nelia and Tobin" in r for r in after.reasons)


def test_one_relative_or_relatives_in_another_sentence_do_not_tie_a_clipped_name() -> None:
    assert not _cousins_post("Lantern night. Photo: Dilu with Nelia and the winning lantern.").decision.is_match
    split = "Dilu made the kokis. Later Kasimir took Nelia and Tobin to the lanterns."
    assert not _cousins_post(split).decision.is_match


def test_a_clipped_form_a_relatives_name_clips_too_is_no_ones() -> None:
    relatives = {"kasimir", "nelia", "tobin", "luana"}
    assert clipped_caption("Lusanna", "Lu and Kasimir with Nelia and Tobin.", relatives)[0] == ""  # Luana's too
    assert clipped_caption("Lusanna", "Lu and Kasimir with Nelia and Tobin.", relatives - {"luana"})[0] == "Lu"


def test_relatives_written_by_their_given_names_cut_short_count_too() -> None:
    """ "Imo, Rafa and Tess at the Hoover Dam": her husband Rafael as the family writes him, and their daughter."""
    relatives = {"hugo", "rafael", "tess"}
    assert clipped_caption("Imogen", "Imo, Rafa and Tess at the Hoover Dam.", relatives) == ("Imo", ("rafael", "tess"))
    assert clipped_caption("Imogen", "Imo, Ra and Tess at the Hoover Dam.", relatives) == ("", ())


def test_the_second_name_a_family_calls_them_by_with_a_kin_word_or_cut_short_is_theirs() -> None:
    """ "Dolkar-la and Karma with Tashi and Pema", "Wulan dan Budi dengan Rizky dan Ayu": the subject's second name
    as their family calls them; written whole and alone ("the Dolkar kids") it is the household's name, not theirs."""
    relatives = {"karma", "tashi", "pema"}
    text = "Dolkarpa-la and Karma with Tashi and Pema before the prayers."
    assert clipped_caption("Tsomo", text, relatives, "Dolkarpa") == ("Dolkarpa", ("karma", "pema", "tashi"))
    assert clipped_caption("Tsomo", text, relatives)[0] == ""  # not without the second name
    short = "Dolka and Karma with Tashi and Pema before the prayers."
    assert clipped_caption("Tsomo", short, relatives, "Dolkarpa")[0] == "Dolka"
    alone = "The Dolkarpa kids Tashi and Pema with Karma."
    assert clipped_caption("Tsomo", alone, relatives, "Dolkarpa") == ("", ())
