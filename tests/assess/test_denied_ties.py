"""A story quotes the physician praising a drug and says she has no financial relationship with its maker, while a
meeting's faculty page lists her on that maker's speakers bureau. A denial is no disclosure: the page is the
conflict itself. Another person's denial, or a denial naming a company she has no disclosed tie to, is not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

ME = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
WHO = Identity(make_subject("Dr. Peggy Quillfeather"), ())
FACULTY = Extracted(
    url="https://meeting.example/faculty", site_id="meeting.example", kind=PageKind.OTHER, title="Faculty",
    people=(ME,), text="Peggy Quillfeather, MD. Hyperkalemia in CKD. Disclosures: Speakers bureau, Orvane Pharma.",
)  # fmt: skip
STORY = (
    '"Kelvix changed how I manage potassium," said Dr. Peggy Quillfeather, a nephrologist in Fargo. "It should be '
    'first line." {denial} Other nephrologists were more cautious.'
)


def _conflicts(denial: str, kind: PageKind = PageKind.OTHER) -> list[str]:
    story = Extracted(url="https://trade.example/potassium-binders", site_id="trade.example", kind=kind,
                      title="Potassium binders | Kidney Practice Today", people=(ME,),
                      text=STORY.format(denial=denial))  # fmt: skip
    found = [Match(FACULTY, MatchResult(1.0, Decision.CONFIRMED, (), ME, 0)),
             Match(story, MatchResult(1.0, Decision.CONFIRMED, (), ME, 0))]  # fmt: skip
    return [f.title for f in assess(WHO, found, {}) if f.category == "undisclosed_conflict" and f.url == story.url]


def test_her_denial_of_a_tie_she_disclosed_elsewhere_is_the_conflict() -> None:
    for denial in (
        "Quillfeather said she has no financial relationship with Orvane Pharma, which makes the drug.",
        "Quillfeather said she is not paid by Orvane.",
    ):
        for kind in (PageKind.OTHER, PageKind.NEWS):
            titles = _conflicts(denial, kind)
            assert titles and "no tie to Orvane" in titles[0], (denial, kind)


def test_another_persons_denial_or_a_company_without_her_tie_is_not() -> None:
    assert not _conflicts("Dr. Ole Hanson, who also uses it, has no financial relationship with Orvane.", PageKind.NEWS)
    assert not _conflicts("Quillfeather said she has no financial relationship with Belcor, which makes the drug.")
    # Not caring for a company's news is no denial of a tie (nor, in a story, her own words about it)
    assert not _conflicts("Quillfeather said she has no interest in Orvane's merger talk.", PageKind.NEWS)
