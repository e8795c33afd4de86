"""The user typed a name and their practice page's URL, no town, no state; the registry chose no record. The
practice page says where they practise ("... Little Rock, AR 72205"), as surely as typing it would: pages of the
name in that town are theirs; pages of the name elsewhere are not. A page of the user's giving two towns says
none."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import by_own_town, match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    ProbeSource,
)

WHO = Identity(make_subject("Dr. Jay Baek", known_urls=["https://ent.example/doctors/jay-baek"]), ())


def _own(*towns: tuple[str, str]) -> Match:
    me = PersonRecord("Jay Baek, MD", addresses=tuple(Address("", c, s) for c, s in towns))
    page = Extracted("https://ent.example/doctors/jay-baek", "ent.example", PageKind.PERSONAL_SITE,
                     people=(me,), source=ProbeSource.KNOWN_URL)  # fmt: skip
    return Match(page, MatchResult(1.0, Decision.CONFIRMED, ("known URL https://ent.example/doctors/jay-baek",), me, 0))


def _broker(city: str, state: str) -> Match:
    person = PersonRecord("Jay Baek", age=47, addresses=(Address("12 Elm St", city, state, "", "home"),),
                          occupation="Physician")  # fmt: skip
    page = Extracted(f"https://people.example/jay-baek/{city}", "people", PageKind.PEOPLE_SEARCH, people=(person,))
    return Match(page, match(WHO, page))


def test_the_town_of_the_users_own_page_makes_a_record_of_the_name_there_theirs() -> None:
    here, there = _broker("Little Rock", "AR"), _broker("Fresno", "CA")
    assert not here.result.decision.is_match  # the name alone
    who, judged = by_own_town(WHO, (_own(("Little Rock", "AR")), here, there), lambda known, page: match(known, page))
    assert (who.subject.city, who.subject.state) == ("Little Rock", "AR")
    assert judged[1].result.decision.is_match
    assert not judged[2].result.decision.is_match


def test_an_own_page_giving_two_towns_says_none() -> None:
    here = _broker("Little Rock", "AR")
    own = _own(("Little Rock", "AR"), ("Conway", "AR"))
    who, judged = by_own_town(WHO, (own, here), lambda known, page: match(known, page))
    assert who is WHO and judged[1] is here
