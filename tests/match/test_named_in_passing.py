"""A hospital story names the subject once, among other doctors ("where Drs. Cordelia Vanterpool and Samuel Idowu will
see patients from April"): it shows her but is not about her, so it stays "possible" for the user. A story that
quotes her, names her twice or reports a board's action against doctors it lists is about her."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1234567893", "CORDELIA", "VANTERPOOL", credential="MD", taxonomies=("Pediatrics, Pediatric Endocrinology",),
    addresses=(Address("1350 Mill Rd", "Reno", "NV", "89502", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Cordelia Vanterpool", specialty="Pediatric Endocrinology", state="NV"), (), RECORD, 1)
OPENING = (
    "After three years of construction, Sierra Children's Hospital of Reno opened its West Tower on Monday, adding 90 "
    'beds. "Families will no longer be sent to Sacramento," said chief executive Robert Hanlon. '
)


def _story(text: str, title: str = "Sierra Children's opens its new West Tower") -> Decision:
    people = tuple(
        PersonRecord(name, context=text, read_from=("name:text",))
        for name in ("Robert Hanlon", "Cordelia Vanterpool", "Samuel Idowu")
        if name.split()[-1] in text
    )
    page = Extracted("https://news.example.org/2026/03/west-tower", "news.example.org", PageKind.NEWS, title=title,
                     text=OPENING + text, people=people)  # fmt: skip
    return match(WHO, page).decision


LISTED = (
    "The fourth floor houses pediatric endocrinology and neurology clinics in Reno, where Drs. Cordelia Vanterpool "
    "and Samuel Idowu will see patients from April."
)


def test_a_story_naming_her_once_among_other_doctors_is_not_about_her() -> None:
    assert _story(LISTED) == Decision.POSSIBLE
    among = "Pediatric endocrinologists in Reno, among them Dr. Cordelia Vanterpool, will see patients there."
    assert _story(among) == Decision.POSSIBLE


def test_a_story_quoting_her_or_naming_her_again_is_about_her() -> None:
    quoted = LISTED + ' "We finally have room for the diabetes camp families," Vanterpool said.'
    assert _story(quoted).is_match
    alone = "Pediatric endocrinologist Dr. Cordelia Vanterpool of Reno will run the new diabetes clinic there."
    assert _story(alone).is_match


def test_a_board_action_listing_doctors_is_about_each_of_them() -> None:
    board = (
        "The Nevada board placed Drs. Cordelia Vanterpool and Samuel Idowu, pediatric endocrinologists in Reno, on "
        "probation."
    )
    assert _story(board, title="Board disciplines two Reno doctors").is_match


def test_an_event_roundup_naming_her_team_last_of_many_participants_is_not_about_her() -> None:
    fair = (
        "Local pharmacies will offer blood pressure checks, the senior center will run balance screenings, and the "
        "diabetes team led by Dr. Cordelia Vanterpool will offer glucose tests in Reno."
    )
    assert _story(fair, title="Reno health fair returns Saturday") == Decision.POSSIBLE
    # The clinic she leads as the story's subject, no list of others: about her.
    alone = "The diabetes clinic led by Dr. Cordelia Vanterpool will offer free glucose tests in Reno on Saturday."
    assert _story(alone, title="Reno health fair returns Saturday").is_match
