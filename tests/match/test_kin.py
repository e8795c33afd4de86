"""Relatives known from a confirmed page corroborate another page; a family initial alone is weak.

A personal account "Kate L." with the subject's city and field is only possible; the same account
naming a child the subject's confirmed people-search record lists as a relative is likely. A
search result naming "Kate L." with the city is worth opening.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    SearchResult,
)
from footprint.results import plausible

KATE = Identity(make_subject("Dr. Katherine Lindqvist, MD", specialty="Pediatrics", city="Madison", state="WI"), ())
ACCOUNT = Extracted(
    url="https://bsky.example/profile/kateandthekids",
    site_id="bsky",
    kind=PageKind.SOCIAL_PROFILE,
    people=(
        PersonRecord(
            name="Kate L.",
            handle="kateandthekids",
            practice="Madison mom of Lars (7) & Ingrid (4). Pediatrician by day.",
            relatives=("Lars", "Ingrid"),
        ),
    ),
    text="Madison mom of Lars (7) & Ingrid (4). Pediatrician by day.",
)
BROKER = Extracted(
    url="https://people.example/katherine-lindqvist",
    site_id="people",
    kind=PageKind.PEOPLE_SEARCH,
    people=(PersonRecord(name="Katherine M Lindqvist", relatives=("Erik Lindqvist", "Lars Lindqvist")),),
)


def test_a_family_initial_with_her_city_and_field_is_only_possible() -> None:
    result = match(KATE, ACCOUNT)
    assert result.decision == Decision.POSSIBLE
    assert "family name given only as its initial L." in result.reasons


def test_a_child_named_as_on_her_confirmed_record_makes_the_account_likely() -> None:
    confirmed = Match(BROKER, MatchResult(0.9, Decision.CONFIRMED, ("x",), BROKER.people[0], 0))
    possible = Match(ACCOUNT, match(KATE, ACCOUNT))
    _, again = with_kin(KATE, (confirmed, possible))
    assert again.result.decision == Decision.LIKELY
    assert any("Lars" in r for r in again.result.reasons)


def test_a_likely_record_lends_its_relatives_as_a_confirmed_one_does() -> None:
    likely = Match(BROKER, MatchResult(0.72, Decision.LIKELY, ("x",), BROKER.people[0], 0))
    _, again = with_kin(KATE, (likely, Match(ACCOUNT, match(KATE, ACCOUNT))))
    assert again.result.decision == Decision.LIKELY and any("Lars" in r for r in again.result.reasons)


def test_relatives_from_a_page_that_is_only_possible_prove_nothing() -> None:
    maybe = Match(BROKER, MatchResult(0.6, Decision.POSSIBLE, ("x",), BROKER.people[0], 0))
    possible = Match(ACCOUNT, match(KATE, ACCOUNT))
    assert with_kin(KATE, (maybe, possible))[1].result.decision == Decision.POSSIBLE


def test_a_result_with_her_given_name_family_initial_and_city_is_opened() -> None:
    hit = SearchResult(1, "https://bsky.example/profile/kateandthekids", "Kate L. (@kateandthekids)",
                       "Madison mom of two. Pediatrician by day.", "searxng")  # fmt: skip
    elsewhere = SearchResult(2, "https://bsky.example/profile/kl", "Kate L. (@kl)", "Knitting in Leeds.", "searxng")
    assert plausible(KATE, hit) and not plausible(KATE, elsewhere)


def test_a_brokers_namesake_of_another_age_than_her_surest_record_is_held_at_possible() -> None:
    def broker(url: str, age: int, score: float, decision: Decision) -> Match:
        person = PersonRecord(name="Katherine Lindqvist", age=age)
        page = Extracted(url=url, site_id="p", kind=PageKind.PEOPLE_SEARCH, people=(person,))
        return Match(page, MatchResult(score, decision, ("name matches",), person, 0))

    surest = broker("https://a.example/1", 44, 1.0, Decision.CONFIRMED)
    same = broker("https://b.example/2", 45, 0.85, Decision.CONFIRMED)
    other = broker("https://c.example/3", 71, 0.85, Decision.CONFIRMED)
    _, kept, held = with_kin(KATE, (surest, same, other))
    assert kept.result.decision == Decision.CONFIRMED
    assert held.result.decision == Decision.POSSIBLE and "age 71, but the subject is 44" in held.result.reasons[-1]


def test_a_doctor_named_with_her_children_and_a_broker_record_listing_them_prove_each_other() -> None:
    from footprint.models import Address

    newsletter = Extracted(
        url="https://pta.example/newsletter",
        site_id="pta",
        kind=PageKind.OTHER,
        people=(
            PersonRecord(
                name="Katherine Lindqvist",
                relatives=("Lars", "Ingrid"),
                context="Thanks to Dr. Katherine Lindqvist (mom of Lars and Ingrid) for the flu clinic.",
                read_from=("name:text",),
            ),
        ),
        text="Thanks to Dr. Katherine Lindqvist (mom of Lars and Ingrid) for the flu clinic. Madison, WI",
    )
    home = (Address("12 Elm St", "Madison", "WI", "53703", "home"),)
    namesake = PersonRecord(name="Katherine Lindqvist", age=71, addresses=home, relatives=("Olaf Lindqvist",))
    her = PersonRecord(name="Katherine Lindqvist", age=44, addresses=home, relatives=("Lars Lindqvist", "Erik Berg"))
    broker = Extracted(
        url="https://people.example/katherine-lindqvist/wi/madison",
        site_id="people",
        kind=PageKind.PEOPLE_SEARCH,
        people=(namesake, her),
    )
    before = (Match(newsletter, match(KATE, newsletter)), Match(broker, match(KATE, broker)))
    assert [m.result.decision for m in before] == [Decision.POSSIBLE, Decision.POSSIBLE]  # two of her in Madison
    after = with_kin(KATE, before)
    assert after[1].result.decision.is_match and after[1].result.person == her
    # Alone, the newsletter's own children prove nothing about the newsletter.
    alone = with_kin(KATE, before[:1])
    assert alone[0].result == before[0].result


def test_a_broker_record_with_her_matched_records_phone_is_her_and_a_middle_initial_is_the_same_relative() -> None:
    from footprint.models import Address

    madison = (Address("12 Elm St", "Middleton", "WI", "53562", "home"),)  # a suburb: alone, only possible
    known = PersonRecord("Katherine M Lindqvist", age=44, addresses=madison, phones=("+16085550177",),
                         relatives=("Erik M Lindqvist",))  # fmt: skip
    matched = Extracted("https://people.example/a", "people", PageKind.PEOPLE_SEARCH, people=(known,))
    other_site = Extracted(
        "https://phonebook.example/katherine-lindqvist", "phonebook", PageKind.PEOPLE_SEARCH,
        people=(PersonRecord("Katherine Lindqvist", age=44, addresses=madison, phones=("(608) 555-0177",)),),
    )  # fmt: skip
    by_kin = Extracted(
        "https://lookup.example/katherine-lindqvist", "lookup", PageKind.PEOPLE_SEARCH,
        people=(PersonRecord("Katherine Lindqvist", age=44, addresses=madison, relatives=("Erik Lindqvist",)),),
    )  # fmt: skip
    first = (
        Match(matched, MatchResult(0.9, Decision.CONFIRMED, ("x",), known, 0)),
        Match(other_site, match(KATE, other_site)),
        Match(by_kin, match(KATE, by_kin)),
    )
    assert first[1].result.decision == first[2].result.decision == Decision.POSSIBLE
    _, phoned, kinned = with_kin(KATE, first)
    assert phoned.result.decision.is_match
    assert any(r.startswith("same phone as the subject's record on another page") for r in phoned.result.reasons)
    assert any("names Erik M Lindqvist" in r for r in kinned.result.reasons)


def test_a_relative_who_bears_her_own_name_corroborates_nobody() -> None:
    """Her confirmed broker record lists her mother, who bears her name with another middle initial: a police
    log naming "Katherine Lindqvist" of Madison names her, her mother or a third namesake, so that name on it
    lifts nothing. Her son's full name on such a page still does."""
    kate = replace(KATE, relatives=("Katherine R Lindqvist", "Lars Lindqvist"))

    def story(text: str) -> Extracted:
        people = tuple(PersonRecord(name=n, context=text) for n in ("Katherine Lindqvist", "Katherine R Lindqvist")
                       if n in text)  # fmt: skip
        return Extracted(url="https://news.example/log", site_id="news", kind=PageKind.NEWS, people=people, text=text)

    log = match(kate, story("Katherine Lindqvist, 24, of Madison, cited. Katherine R Lindqvist posted bond."))
    assert not any("listed as the subject's relative" in r for r in log.reasons), log.reasons
    assert not log.decision.is_match, log.reasons
    fair = match(kate, story("Pediatrician Katherine Lindqvist of Madison with her son Lars Lindqvist."))
    assert any("Lars Lindqvist, listed as the subject's relative" in r for r in fair.reasons), fair.reasons


def test_a_relative_written_by_the_everyday_form_of_the_given_name_is_the_same_relative() -> None:
    """Her confirmed broker record lists her husband "Daniel J Lindqvist"; a school's room-parent list writes
    "Kate Lindqvist & Dan Lindqvist": the same man by his everyday name. "Dana Lindqvist" is someone else."""
    kate = replace(KATE, relatives=("Daniel J Lindqvist",))

    def roster(row: str) -> Extracted:
        person = PersonRecord(name="Kate Lindqvist", context=f"Grade 3, Room 14 | {row} | kl@example.com")
        return Extracted(url="https://pto.example/room-parents", site_id="pto", kind=PageKind.OTHER,
                         people=(person,), text=row)  # fmt: skip

    with_dan = match(kate, roster("Kate Lindqvist (Lars's mom) & Dan Lindqvist"))
    assert any("names Dan Lindqvist, as the subject's relative Daniel J Lindqvist" in r for r in with_dan.reasons)
    other = match(kate, roster("Kate Lindqvist (Lars's mom) & Dana Lindqvist"))
    assert not any("subject's relative" in r for r in other.reasons), other.reasons


def test_a_post_by_the_subjects_husband_naming_her_is_hers_though_the_answer_has_no_text() -> None:
    """An API's post answer has no page text: the author ("Dan Lindqvist", whom the confirmed broker record lists
    as Daniel) is a person the page names, beside the subject named by full name in the post."""
    who = replace(KATE, relatives=("Daniel Lindqvist",))
    post = Extracted(
        url="https://social.example/@dlind/1",
        site_id="social",
        kind=PageKind.SOCIAL_POST,
        people=(
            PersonRecord(name="Dan Lindqvist", handle="dlind"),
            PersonRecord(
                name="Katherine Lindqvist",
                context="So proud of Katherine Lindqvist for finishing the marathon!",
                read_from=("name:text",),
            ),
        ),
    )
    assert any("Daniel Lindqvist" in r for r in match(who, post).reasons)
    stranger = replace(post, people=(replace(post.people[0], name="Tom Berg"), post.people[1]))
    assert not any("relative" in r for r in match(who, stranger).reasons)


def test_a_relative_written_family_name_first_on_a_temples_list_is_the_relative() -> None:
    # Khmer, Vietnamese, Chinese and Korean lists write the family name first: "Keo Sreymom" is Sreymom Keo.
    who = Identity(make_subject("Sokha Prak", state="ME"), (), relatives=("Sreymom Keo", "Vannak Prak"))
    line = "Mr. Prak Sokha and Mrs. Keo Sreymom (Vannak) – $300"
    person = PersonRecord(name="Prak Sokha", context=line, read_from=("name:text",))
    page = Extracted(url="https://wat.example/newsletter", site_id="wat", kind=PageKind.OTHER, people=(person,),
                     text=f"Temple newsletter, Maine. Offerings for the roof. {line}")  # fmt: skip
    reasons = match(who, page).reasons
    assert any("names Sreymom Keo, listed as the subject's relative" in r for r in reasons)
    assert any("names Vannak too" in r for r in reasons)
