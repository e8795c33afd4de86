"""A page of the subject's rare name and town that agrees with a namesake's broker record, not hers, is the
namesake's: a local story about a shop owner of her name whose husband and age are the ones a broker lists for
the other woman of the name in town. Pages written for these tests, as papers and brokers lay them out."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import (
    Address,
    Decision,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

OFFICE = Address("90 Crest Harbor Way", "Bellingham", "WA", "98225", "LOCATION")
RECORD = NpiRecord(
    "1234567893", "MAREWA", "TIPOKI", "HINE", "MD", ("Pediatrics",), (OFFICE,), ("360-555-0148",), "2012-09-10"
)
MAREWA = Identity(make_subject("Marewa Tipoki", state="WA"), (), RECORD, npi_candidates=1)

BROKER = """<html><head><title>Marewa Tipoki in Washington | People</title></head><body>
<div><h2>Marewa H Tipoki, 44</h2><div>Lives in Bellingham, WA</div><div>Related to Rawiri Tipoki, Ana Tipoki</div></div>
<div><h2>Marewa J Tipoki, 41</h2><div>Lives in Bellingham, WA</div><div>Related to Tane Tipoki</div></div>
</body></html>"""

STORY = """<html><head><title>Fairhaven florist opens second shop | Bellingham Crest Ledger</title></head><body>
<article><h1>Fairhaven florist opens second shop</h1>
<p>Marewa Tipoki, 41, who has sold flowers on 11th Street since 2019, signed a lease for a second shop in
Bellingham this month. She and her husband, Tane, moved from Everett.</p></article></body></html>"""


def _page(body: str, url: str, kind: PageKind) -> Match:
    probe = Probe(url.split("/")[2], url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    return Match(page, match(MAREWA, page))


def _judged(story: str = STORY) -> tuple[Match, ...]:
    broker = _page(BROKER, "https://people.example/name/marewa-tipoki/wa", PageKind.PEOPLE_SEARCH)
    news = _page(story, "https://ledger.example/business/florist-second-shop", PageKind.NEWS)
    return with_kin(MAREWA, (broker, news))


def test_a_story_naming_the_namesakes_husband_is_not_hers() -> None:
    broker, news = _judged()
    assert broker.result.decision.is_match, broker.result.reasons
    assert broker.result.person is not None and broker.result.person.name == "Marewa H Tipoki"
    assert news.result.decision == Decision.POSSIBLE, news.result.reasons
    assert any("Tane" in r and "another record of the name" in r for r in news.result.reasons)


def test_the_namesakes_age_alone_tells_the_story_apart_too() -> None:
    story = STORY.replace(" She and her husband, Tane, moved from Everett.", "")
    _, news = _judged(story)
    assert news.result.decision == Decision.POSSIBLE, news.result.reasons
    assert any(r.startswith("age 41, as another record of the name gives") for r in news.result.reasons)


def test_a_story_naming_her_own_family_stays_hers() -> None:
    story = STORY.replace("41", "44").replace("Tane", "Rawiri")
    _, news = _judged(story)
    assert news.result.decision.is_match, news.result.reasons


def test_a_namesake_of_her_own_family_tells_nothing_apart() -> None:
    # The other record of the name is her mother's, listing her father: a story naming him is hers to review.
    broker = BROKER.replace("Related to Tane Tipoki", "Related to Rawiri Tipoki, Tane Tipoki")
    judged = with_kin(
        MAREWA,
        (
            _page(broker, "https://people.example/name/marewa-tipoki/wa", PageKind.PEOPLE_SEARCH),
            _page(STORY, "https://ledger.example/business/florist-second-shop", PageKind.NEWS),
        ),
    )
    assert not any("another record of the name" in r for r in judged[1].result.reasons)


def _record(name: str, age: int, relatives: str) -> str:
    return f"""<html><head><title>{name}, Age {age} - Bellingham, WA</title></head><body><div><h2>{name}, {age}</h2>
<div>Lives in Bellingham, WA 98226</div><div>Related to {relatives}</div></div></body></html>"""


def test_a_record_in_her_town_of_another_age_and_family_than_her_own_is_not_hers() -> None:
    hers = _page(
        _record("Marewa H Tipoki", 44, "Rawiri Tipoki, Ana Tipoki"), "https://a.example/p/1", PageKind.PEOPLE_SEARCH
    )
    other = _page(_record("Marewa Tipoki", 46, "Tane Tipoki"), "https://b.example/p/2", PageKind.PEOPLE_SEARCH)
    again = _page(_record("Marewa Tipoki", 44, "Rawiri Tipoki"), "https://c.example/p/3", PageKind.PEOPLE_SEARCH)
    assert other.result.decision.is_match  # the name and the town alone, judged by itself
    judged = with_kin(MAREWA, (hers, other, again))
    assert judged[0].result.decision.is_match
    assert judged[1].result.decision == Decision.POSSIBLE, judged[1].result.reasons
    assert any("another person of the name there" in r for r in judged[1].result.reasons)
    assert judged[2].result.decision.is_match, judged[2].result.reasons  # hers on another broker: her husband


def test_a_namesake_record_of_the_subjects_own_family_does_not_make_her_family_another_ones() -> None:
    # The son's record lists his father of the same name; the father's record (rejected beside it) lists the
    # mother. A record of the son listing the mother too is the son's, not the father's namesake page.
    from footprint.match.namesakes import Record, agrees_with_namesake
    from footprint.models import PersonRecord

    son = Record("Tomas A Rezende Filho", 51, ("Lia Rezende", "Tomas A Rezende"), "https://broker.example/a")
    father = Record("Tomas A Rezende", 78, ("Ines Araujo Rezende",), "https://broker.example/a")
    stranger = Record("Tomas J Rezende", 49, ("Vera Rezende",), "https://broker.example/a")
    page = PersonRecord("Tomas Araujo Rezende Filho", relatives=("Lia F Rezende", "Ines A Rezende"))
    assert agrees_with_namesake(page, [son], [father]) == ""
    other = PersonRecord("Tomas Rezende", relatives=("Vera Rezende",))
    assert "another record of the name lists" in agrees_with_namesake(other, [son], [father, stranger])


def test_a_relative_of_another_family_name_is_not_the_namesakes_relative_of_that_given_name() -> None:
    # "Hodan Warsame" on a page is not the namesake's "Hodan Idris": in a name chain (Somali, Arabic) the second name
    # is the father's, and a common given name is many families'. A given name alone still counts.
    from footprint.match.namesakes import Record, agrees_with_namesake
    from footprint.models import PersonRecord

    hers = Record("Idris Y Qorane", 51, ("Faadumo Ali", "Sagal Idris"), "https://broker.example/a")
    other = Record("Idris M Qorane", 49, ("Hodan Idris",), "https://broker.example/b")
    page = PersonRecord("Idris Qorane", relatives=("Hodan Warsame", "Sagal Idris"))
    assert agrees_with_namesake(page, [hers], [other]) == ""
    given_only = PersonRecord("Idris Qorane", relatives=("Hodan",))
    assert "another record of the name lists" in agrees_with_namesake(given_only, [hers], [other])
