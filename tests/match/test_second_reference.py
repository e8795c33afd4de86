"""A story names a person in full once and gives the role at the family name later ("said Quillfeather, an
assistant professor of chemistry"): a namesake of another profession. A school's page that calls a person of the
subject's rare name "Coach Quillfeather" in the subject's town is not the subject's on the name and town alone.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893",
    "ROSALIND",
    "QUILLFEATHER",
    credential="MD",
    taxonomies=("Rheumatology",),
    addresses=(Address("410 Heron Bayou Rd", "Lafayette", "LA", "70503", "LOCATION"),),
)
ROSALIND = Identity(make_subject("Rosalind Quillfeather", city="Lafayette", state="LA"), (), RECORD, npi_candidates=1)


def _judge(url: str, title: str, body: str) -> tuple[Decision, str]:
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    probe = Probe("paper", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    result = match(ROSALIND, extract(Page(probe, 200, html, "text/html", url), None))
    return result.decision, "; ".join(result.reasons)


STORY = (
    "<p>Crawfish season in Lafayette, Louisiana leaves tons of shells behind. Dr. Rosalind Quillfeather wants them.</p>"
    '<p>"Chitin is everywhere," said Quillfeather, {role} at the university. "We throw it away."</p>'
)


def test_a_role_given_at_the_family_name_later_in_a_story_makes_a_namesake() -> None:
    url = "https://news.example/2025/02/03/shells-to-plastic"
    decision, why = _judge(
        url, "Lab turns shells into plastic", STORY.format(role="an assistant professor of chemistry")
    )
    assert decision == Decision.REJECTED, why
    assert "another profession (professor)" in why


def test_the_same_story_calling_her_a_physician_is_still_hers() -> None:
    url = "https://news.example/2025/02/03/shells-to-plastic"
    decision, why = _judge(url, "Lab turns shells into plastic", STORY.format(role="a rheumatologist"))
    assert decision.is_match, why


def test_a_relative_of_the_family_name_on_the_page_leaves_the_role_unassigned() -> None:
    """ "said Quillfeather" may be her husband, a chemist named on the same page: the role is nobody's for sure."""
    url = "https://news.example/2025/02/03/shells-to-plastic"
    body = STORY.format(role="an assistant professor of chemistry") + (
        "<p>Her husband, Tobias Quillfeather, runs the lab's reactor.</p>"
    )
    _, why = _judge(url, "Lab turns shells into plastic", body)
    assert "another profession" not in why


COACHES = (
    "<p>{name} enters his fourth season leading the Vikings in Lafayette, Louisiana. He teaches physical education.</p>"
    "<p>Tom Gaytan, Defensive Coordinator</p>"
)


def test_a_coach_of_the_subjects_rare_name_in_her_town_is_not_hers_on_name_and_town_alone() -> None:
    url = "https://northhigh.example/athletics/football/coaches"
    for name in ("Rosalind Quillfeather, Head Coach. Coach Quillfeather", "Coach Rosalind Quillfeather"):
        decision, why = _judge(url, "Football Coaching Staff | North High School", COACHES.format(name=name))
        assert not decision.is_match, why


def test_a_club_page_naming_her_in_her_town_without_a_post_still_counts() -> None:
    """The registry's one clinician of the name, in her town: a garden club's page naming her is likely hers."""
    url = "https://gardenclub.example/news/spring-show"
    body = (
        "<p>Rosalind Quillfeather of Lafayette, Louisiana, took first place for her camellias at the spring show.</p>"
    )
    decision, why = _judge(url, "Spring Show Winners | Acadiana Garden Club", body)
    assert decision.is_match, why
