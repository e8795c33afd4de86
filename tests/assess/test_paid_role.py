"""A maker's video gives the subject a paid role with it and has them praise its product, and says nothing of the pay:
"Dr. Ferdinand Ashgrove, a Duluth cardiologist and Corvane National Faculty trainer ... 'It's the only stent I use
now'". The role is a credential there, not a disclosure. A page that discloses, says nothing in praise, or is a
story in others' words raises nothing."""

from __future__ import annotations

from footprint.models import PageKind
from tests.assess._ferd import found, page

VIDEO = (
    "Dr. Ferdinand Ashgrove, a Duluth cardiologist and Corvane National Faculty trainer, shows his radial technique "
    'with the Corvane Flex. "It\'s the only stent I use in my practice now."'
)


def test_a_makers_video_with_his_paid_role_and_his_praise_is_an_undisclosed_conflict() -> None:
    excerpts = found(page(VIDEO, title="Radial masterclass | Corvane Medical"), "undisclosed_conflict")
    assert excerpts and "Corvane National Faculty trainer" in excerpts[0]
    bureau = (
        "Dr. Ashgrove has led the Kestrel Cardio speakers bureau since 2022. He shares why he now reaches for it first."
    )
    assert found(page(bureau), "undisclosed_conflict")


def test_a_disclosure_no_praise_or_a_news_story_raises_nothing() -> None:
    assert not found(page(VIDEO + " Sponsored by Corvane Medical."), "undisclosed_conflict")
    faculty = "Dr. Ferdinand Ashgrove, Corvane National Faculty trainer, teaches the radial course on May 4."
    assert not found(page(faculty), "undisclosed_conflict")
    assert not found(page(VIDEO, PageKind.NEWS, title="Duluth doctor trains others"), "undisclosed_conflict")
