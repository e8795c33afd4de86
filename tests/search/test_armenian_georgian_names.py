"""A physician whose family name is Armenian ("-yan") or Georgian ("-shvili", "-dze") is searched in that script too,
as an Armenian paper or a Georgian community page writes its own, and such a page is read as naming the physician:
over a real local web whose engine, like a real one, finds a quoted phrase only in the page's own words."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from footprint import pipeline
from footprint.extract.mentions import people
from footprint.identity import fold, make_subject, name_variants
from footprint.match.person import name_score
from footprint.models import Decision, Identity, Scan
from footprint.search.spellings import native_query
from tests.search._local_web import fold as fold_words
from tests.search._local_web import local_settings, search_engine, serve_pages

PAPER = "https://www.asbarez-glendale.example/hy/2026/03/heart-talk"
OTHER_PAPER = "https://www.asbarez-glendale.example/hy/2026/04/chess"
SUPRA = "https://www.kartuli-ohio.example/news/spring-supra"
# "Cardiologist doctor Armen Grigoryan (the article -ը), of Glendale Heart Clinic, spoke about the heart; his wife..."
PAPER_PAGE = """<html><head><title>Բժիշկ Արմեն Գրիգորյանը սրտի մասին | Ասպարեզ</title></head><body>
<h1>Բժիշկ Արմեն Գրիգորյանը սրտի մասին</h1>
<p>Սրտաբան բժիշկ Արմեն Գրիգորյանը (Glendale Heart Clinic, Glendale, CA) կիրակի օրը դասախոսեց սրտի մասին։</p>
</body></html>"""
# "Chess: Armen Petrosyan won": another Armen.
OTHER_PAGE = """<html><head><title>Շախմատ | Ասպարեզ</title></head><body>
<p>Շախմատի մրցաշարում հաղթեց Արմեն Պետրոսյանը։</p></body></html>"""
# "This month's supra is hosted by Beridze Tamar (family name first, as a list writes it) and Giorgi at 412 Elm St."
SUPRA_PAGE = """<html><head><title>გაზაფხულის სუფრა – Georgian Community of Ohio</title></head><body>
<p lang="ka">ამ თვის სუფრას მასპინძლობენ ბერიძე თამარ და გიორგი. მისამართი: 412 Elm St, Columbus.
თამარი ექიმია.</p></body></html>"""
PAGES = {PAPER: PAPER_PAGE, OTHER_PAPER: OTHER_PAGE, SUPRA: SUPRA_PAGE}
HOSTS = ("www.asbarez-glendale.example", "www.kartuli-ohio.example")


# The engine indexes every script (as a real engine indexes Armenian and Georgian) and shows the page's first words.
INDEX = [(url, "", fold_words(page)[:200], page) for url, page in PAGES.items()]


def _web(server: HTTPServer, asked: list[str]) -> None:
    server.expect_request("/search").respond_with_handler(search_engine(INDEX, asked))
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    serve_pages(server, PAGES)


def _scan(server: HTTPServer, name: str, **given: str) -> tuple[Scan, list[str]]:
    asked: list[str] = []
    _web(server, asked)
    return pipeline.run(make_subject(name, **given), local_settings(server, HOSTS)), asked


def _about(scan: Scan) -> set[str]:
    return {m.page.url for m in scan.matches if m.result.decision in (Decision.LIKELY, Decision.CONFIRMED)}


def test_an_armenian_paper_writing_the_doctor_in_armenian_with_the_article_is_found_and_names_him(
    httpserver: HTTPServer,
) -> None:
    scan, asked = _scan(httpserver, "Dr. Armen Grigoryan", city="Glendale", state="CA", specialty="Cardiology")
    assert '"Արմեն" Գրիգորյան Գրիգորյանը Գրիգորյանի' in asked
    assert PAPER in _about(scan)
    assert OTHER_PAPER not in _about(scan)  # another Armen: the given name found it, the family name does not fit


def test_a_georgian_page_writing_the_doctor_family_name_first_is_found_and_names_her(httpserver: HTTPServer) -> None:
    scan, asked = _scan(httpserver, "Dr. Tamar Beridze", city="Columbus", state="OH")
    assert '"თამარ" ბერიძე ბერიძის ბერიძემ' in asked
    supra = next(m for m in scan.matches if m.page.url == SUPRA)
    assert supra.person is not None and fold(supra.person.name) == "beridze tamar"
    assert supra.result.decision is not Decision.REJECTED


def test_only_an_ending_that_says_the_language_asks_in_its_script() -> None:
    assert native_query("Anahit", "Sargsyan") == '"Անահիտ" Սարգսյան Սարգսյանը Սարգսյանի'
    assert native_query("Hovhannes", "Yeghiazaryan").startswith('"Հովհաննես" Եղիազարյան')  # "ye" opening: ե
    assert native_query("Nino", "Gelashvili") == '"ნინო" გელაშვილი გელაშვილის გელაშვილმა'
    assert native_query("Evgeny", "Sokolov") == '"Евгений Соколов"'  # the Russian form as before
    # "-ian" is English too (Brian, Julian) and "-ia" Spanish (Garcia): no script is guessed for them.
    assert native_query("Kevin", "Julian") == native_query("Maria", "Garcia") == native_query("Ann", "Lee") == ""


def test_armenian_and_georgian_names_fold_to_their_standard_romanisations() -> None:
    assert fold("Բժիշկ Անահիտ Սարգսյանը") == "bzhishk anahit sargsyan"  # the closing article -ը dropped
    assert fold("Երևան Ոսկանյան Ուիլմինգթոն") == "yerevan voskanyan uilmington"
    assert fold("გელაშვილი ნინო, ჩხეიძე") == "gelashvili nino chkheidze"
    who = Identity(make_subject("Anahit Sargsyan"), name_variants(make_subject("Anahit Sargsyan")), None)
    named = [p.name for p in people("Ալերգոլոգ բժիշկ Անահիտ Սարգսյանը կիրակի օրը դասախոսեց։")]
    assert named == ["Անահիտ Սարգսյանը"] and name_score(who, named[0])[0] == 1.0
    # Georgian has no capitals: the family name's ending finds the name, written in either order.
    assert [p.name for p in people("დღეს ნინო გელაშვილი")] == ["ნინო გელაშვილი"]
    assert "გელაშვილი ნინო" in [p.name for p in people("მასპინძლობენ გელაშვილი ნინო და ლევანი")]
    assert people("ამ თვის სუფრა შაბათს იქნება") == []  # no family name: no one


def test_kazakh_cyrillic_letters_fold_to_the_english_romanisation() -> None:
    """A Kazakh community page writes "Айгерим Жақсылықова" with Kazakh's own letters: Aigerim Zhaksylykova."""
    assert fold("Жақсылықова") == "zhaksylykova"
    assert fold("Нұрлан Әбдіров") == "nurlan abdirov"
