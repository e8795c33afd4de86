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
        for name in ("Robert Hanlon", "Cordelia Vanterpool", "Samuel Idowu", "Linda Farrow")
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


def test_one_of_a_team_an_organisation_speaks_of_is_named_in_passing() -> None:
    team = (
        "Sierra Children's said its endocrinology team, led by Dr. Samuel Idowu and including Dr. Cordelia "
        "Vanterpool, had set up a separate clinic in Reno."
    )
    assert _story(team) == Decision.POSSIBLE
    # She speaks for the team herself: the story quotes her.
    spoke = "The team, including Dr. Cordelia Vanterpool, opened the clinic in Reno, Vanterpool said."
    assert _story(spoke).is_match


NURSE = (
    "Reno's school nurses will miss Linda Farrow. Farrow started at Moriarty School in 1994. Farrow plans to retire "
    "to Tahoe. "
)


def test_a_story_about_someone_else_who_worked_with_her_among_others_is_not_about_her() -> None:
    worked = (
        "She wrote the district's diabetes care plans with local pediatricians and the office of pediatric "
        "endocrinologist Cordelia Vanterpool in Reno."
    )
    assert _story(NURSE + worked, title="Rotary honours school nurse Linda Farrow") == Decision.POSSIBLE
    # What she did to the story's person is about her too.
    treated = "Farrow was treated with insulin and a pump prescribed by Dr. Cordelia Vanterpool in Reno."
    assert _story(NURSE + treated, title="Rotary honours school nurse Linda Farrow").is_match


def test_the_last_member_of_a_group_a_story_lists_is_named_in_passing() -> None:
    members = (
        "The new task force includes school nurses, two high school principals, a police officer and Dr. Cordelia "
        "Vanterpool of Sierra Children's in Reno."
    )
    assert _story(members, title="County forms teen vaping task force") == Decision.POSSIBLE
    # The group is hers alone: about her.
    alone = "The new task force includes Dr. Cordelia Vanterpool of Sierra Children's in Reno as its chair."
    assert _story(alone, title="County forms teen vaping task force").is_match
