"""A kin word families write before a name, in any of their languages ("Tita Malou Quint", "Auntie Grace Roe",
"Bubbe Ruth Adler", "Makcik Grace Roe"), is no given name: the person is the name after it. A word that is also a
given name ("Lola", "Tia") stays one."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.family_sites import with_family
from footprint.extract.names import names_in
from footprint.models import Page, PageKind, PersonRecord, Probe, ProbePurpose, ProbeSource


def _names(text: str) -> list[str]:
    return [s.name for s in names_in(text)]


def test_a_kin_word_before_a_whole_name_is_no_given_name() -> None:
    assert _names("We ate at Tita Malou Quint's on Sunday.") == ["Malou Quint"]
    assert _names("Auntie Grace Roe drove up from Austin.") == ["Grace Roe"]
    assert _names("Makcik Grace Roe cooked for twenty.") == ["Grace Roe"]
    assert _names("Bubbe Ruth Adler baked the challah.") == ["Ruth Adler"]
    assert _names("Tía Carmen Ruiz sang.") == ["Carmen Ruiz"]


def test_a_kin_word_that_is_also_a_given_name_stays_one() -> None:
    assert _names("Lola Nena Cruz sang.") == ["Lola Nena Cruz"]
    assert _names("Tia Maria Lopez sang.") == ["Tia Maria Lopez"]
    assert _names("Grandma Sue Mar 12, 2026") == ["Grandma Sue"]  # a kin word and a given name alone: kept


def test_a_blog_captions_auntie_is_read_as_herself() -> None:
    body = """<html><head><title>Pancit night</title><meta property="og:type" content="article"></head><body>
    <article><h1>Pancit night</h1><p>Tita Malou Quint brought the pancit and stayed until midnight.</p></article>
    </body></html>"""
    url = "https://kitchen.example/2026/05/pancit-night/"
    probe = Probe("kitchen.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    assert "Malou Quint" in [p.name for p in page.people]


def test_a_family_sites_kin_word_in_another_language_is_the_familys_member() -> None:
    (malou,) = with_family([PersonRecord(name="Tita Malou")], "Quint")
    assert malou.name == "Malou Quint" and malou.aliases == ("Tita Malou",)
