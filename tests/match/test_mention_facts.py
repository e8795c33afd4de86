"""A page that only mentions the subject in running text is judged again knowing what confirmed pages taught:
her own phone or a relative by full name written on it makes it hers; under another first name, or on a page
naming neither, it stays where it was.

Read by the real extract stage: a parish bulletin's announcements naming a parishioner in a sentence.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

SUBJECT = Identity(make_subject("Dr. Olena Dovbush", state="PA", city="Pittsburgh"), ())
BULLETIN = """<html><head><title>Sunday Bulletin | St. Anne Parish</title></head><body><article>
<h1>Sunday Bulletin</h1><p>Blessing of baskets on Holy Saturday at ten and noon.</p>
<p>Pyrohy sale: call or text {who} on her cell, {phone}, by Wednesday. Pick-up in the hall Friday.</p>
<p>Congratulations to {son}, who passed his pharmacist licensing exam this month!</p>
<p>Parish office: (412) 555-0105</p></article></body></html>"""


def _judged(identity: Identity, who: str = "Olena Dovbush", phone: str = "412-555-0181",
            son: str = "Taras Dovbush") -> Decision:  # fmt: skip
    url = "https://stanne.example/bulletin/2026-03-29"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, BULLETIN.format(who=who, phone=phone, son=son), "text/html", url), None)
    return match(identity, page).decision


def test_the_page_alone_is_only_possible() -> None:
    assert _judged(SUBJECT) == Decision.POSSIBLE


def test_her_own_phone_from_a_confirmed_record_written_beside_a_mention_makes_it_hers() -> None:
    assert _judged(replace(SUBJECT, phones=("(412) 555-0181",))).is_match


def test_another_phone_leaves_it_possible() -> None:
    assert _judged(replace(SUBJECT, phones=("(412) 555-0199",))) == Decision.POSSIBLE


def test_a_relative_by_full_name_on_the_page_makes_it_hers() -> None:
    assert _judged(replace(SUBJECT, relatives=("Taras Dovbush",))).is_match


def test_a_relative_a_broker_lists_with_a_middle_initial_is_the_same_relative_written_without_it() -> None:
    assert _judged(replace(SUBJECT, relatives=("Taras M Dovbush",))).is_match
    assert _judged(replace(SUBJECT, relatives=("Taras M Dovbush",)), son="Taras Kovalenko") == Decision.POSSIBLE


def test_a_namesake_by_another_first_name_is_not_lifted_by_her_phone_or_kin() -> None:
    knowing = replace(SUBJECT, phones=("(412) 555-0181",), relatives=("Taras Dovbush",))
    assert not _judged(knowing, who="Marta Dovbush").is_match


def test_her_name_in_two_scripts_on_a_bilingual_page_is_one_person_not_a_tie() -> None:
    from footprint.match.strength import tied
    from footprint.models import MatchResult, PersonRecord

    latin = PersonRecord(name="Olena Dovbush", read_from=("name:text",))
    cyrillic = PersonRecord(name="Олена Довбуш", read_from=("name:text",))
    namesake = PersonRecord(name="Olena Dovbush", read_from=("name:text",))
    fits = [MatchResult(0.75, Decision.LIKELY, ()), MatchResult(0.75, Decision.LIKELY, ())]
    assert tied(fits, [latin, cyrillic], 0) is None
    assert tied(fits, [latin, namesake], 0) == 1  # two entries in one script: the page does not say which
