"""A relative's caption calls the subject by the second name their family uses where it is no family's name
(Tibetan, Indonesian and other usage), with a kin word joined ("Dolkar-la") or cut short ("Wulan" for Wulandari),
beside two of the household's given names: the result the household's given-names query returned is opened, as the
snippet's words between its ellipses show it. One relative is any family's."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.learned import Learned
from footprint.models import Identity, SearchResult
from footprint.results import plausible

TAUGHT = Learned(kin=("Karma", "Tashi", "Pema"))


def _who(name: str = "Dr. Tsomo Dolkarpa") -> Identity:
    subject = make_subject(name, city="Queens", state="NY")
    return Identity(subject, name_variants(subject))


def _result(snippet: str) -> SearchResult:
    return SearchResult(9, "https://medium.example/@norbu/losar", "Losar in Woodside", snippet, "searxng")


def test_the_second_name_with_a_kin_word_or_cut_short_beside_two_relatives_opens_the_caption() -> None:
    assert plausible(_who(), _result("Dolkarpa-la and Karma with Tashi and Pema before the prayers"), TAUGHT)
    assert plausible(_who(), _result("Losar ... Dolka and Karma ... Tashi and Pema ..."), TAUGHT)


def test_one_relative_or_a_word_the_name_does_not_open_does_not() -> None:
    assert not plausible(_who(), _result("Dolkarpa-la and Karma at the prayers"), TAUGHT)
    assert not plausible(_who(), _result("Dol and Karma with Tashi and Pema before the prayers"), TAUGHT)
