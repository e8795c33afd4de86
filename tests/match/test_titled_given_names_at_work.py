"""A doctor called by the title and the given name alone on a page of their workplace: a practice's podcast, "The Long
Way Home · Granite Path Recovery ... Our medical director Dr. Ewan"; the practice's "Patient Corner" post by "Dr. Roz"
(a name form no table links except as another name's English form). And "Inga" for Ingeborg, a short form no nickname
table lists, read as the initial it begins with so the page's town and field decide."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.rejudge import knowing
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord
from footprint.namematch import SubjectNames, fit

EWAN = Identity(make_subject("Dr. Ewan Prothero", practice="Granite Path Recovery"), (), None, 1)
EPISODE = (
    "The Long Way Home · Granite Path Recovery. Ep. 61 - Relapse is not the end, with Dr. Ewan. Our medical director "
    "Dr. Ewan on the night he relapsed two years into recovery."
)


def _episode(text: str, *others: str) -> Extracted:
    said = "Our medical director Dr. Ewan on the night he relapsed two years into recovery."  # the practice not in it
    people = (PersonRecord("Dr. Ewan", context=said, read_from=("name:text",)),)
    people += tuple(PersonRecord(o, read_from=("name:text",)) for o in others)
    return Extracted("https://podcasts.apple.com/us/podcast/the-long-way-home/id1?i=61", "podcasts.apple.com",
                     PageKind.OTHER, title="Ep. 61 - Relapse is not the end, with Dr. Ewan", people=people,
                     text=text)  # fmt: skip


def test_dr_ewan_on_a_page_naming_his_practice_is_likely_him() -> None:
    known = replace(EWAN, workplaces=("Granite Path Recovery",))
    assert match(known, _episode(EPISODE)).decision == Decision.LIKELY
    # Without the practice on the page, "Dr. Ewan" is anyone's; another Ewan on the page makes it unsure.
    elsewhere = EPISODE.replace("Granite Path Recovery", "Seacoast Radio")
    assert not match(known, _episode(elsewhere)).decision.is_match
    assert match(known, _episode(EPISODE, "Ewan Lachlan")).decision != Decision.LIKELY


ROZ = Identity(make_subject("Dr. Rosalind Oosterhuis"), (), None, 1)
TEAM = Extracted(
    "https://www.highplainscancer.com/our-team/rosalind-oosterhuis-md", "highplainscancer.com", PageKind.OTHER,
    title="Rosalind Oosterhuis, MD | High Plains Cancer Center",
    people=(PersonRecord("Rosalind Oosterhuis", credentials=("MD",), practice="High Plains Cancer Center",
                         read_from=("name:h1",)),),
    text="Rosalind Oosterhuis, MD, Radiation Oncology, High Plains Cancer Center, Casper, WY",
)  # fmt: skip
CORNER = (
    "Patient Corner · High Plains Cancer Center. Taking care of your skin during radiation. Posted by Dr. Roz. What I "
    "tell every patient on the first day of treatment. - Dr. Roz"
)


def _lifted(text: str) -> Decision:
    post = Extracted("https://highplainscancer.com/patient-corner/skin-care/", "highplainscancer.com", PageKind.NEWS,
                     title="Taking care of your skin during radiation",
                     people=(PersonRecord("Dr. Roz", context=text, read_from=("name:text",)),), text=text)  # fmt: skip
    team = Match(TEAM, MatchResult(1.0, Decision.CONFIRMED, ("the page you gave",), TEAM.people[0], 0))
    first = (team, Match(post, match(ROZ, post)))
    assert first[1].result.decision == Decision.REJECTED  # "Dr. Roz" alone, before the team page taught the workplace
    return knowing(ROZ, first)[1].result.decision


def test_dr_roz_on_her_practices_own_post_is_read_again_knowing_her_workplace() -> None:
    assert _lifted(CORNER) == Decision.LIKELY
    assert not _lifted(CORNER.replace("High Plains Cancer Center", "Casper Public Library")).is_match


def test_inga_for_ingeborg_is_as_good_as_the_initial_and_maria_is_no_clipping_of_marivic() -> None:
    inga = fit(SubjectNames.of(make_subject("Dr. Ingeborg Rognstad")), "Inga Rognstad")
    assert 0.5 <= inga.score < 0.85 and "clipped" in inga.reasons[0]
    assert fit(SubjectNames.of(make_subject("Dr. Marivic Santos")), "Maria Santos").score < 0.5
    assert fit(SubjectNames.of(make_subject("Dr. Julian Moss")), "Julia Moss").score < 0.5
    # Beside a short formal name an "-a" name is a name of its own: Inga is no clipping of Ingrid.
    assert fit(SubjectNames.of(make_subject("Dr. Ingrid Achterberg")), "Inga Achterberg").score < 0.5
