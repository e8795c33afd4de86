"""A faculty page discloses that a state pays the physician as an expert witness ("Expert witness fees, State of
Colorado"): a government is no maker, so the physician's own cooking blog "in a Colorado kitchen" promotes nothing
they are paid for. A company named in the same kind of disclosure still is one."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

ME = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
WHO = Identity(make_subject("Dr. Peggy Quillfeather"), ())


def _conflicts(disclosure: str, blog: str) -> list[str]:
    faculty = Extracted(url="https://meeting.example/faculty", site_id="meeting.example", kind=PageKind.OTHER,
                        title="Faculty", people=(ME,),
                        text=f"Peggy Quillfeather, MD. Child abuse pediatrics. Disclosures: {disclosure}.")  # fmt: skip
    own = PersonRecord(name="Peggy Quillfeather", read_from=("name:author",))
    post = Extracted(url="https://peggycooks.example.com/2026/02/buuz", site_id="peggycooks.example.com",
                     kind=PageKind.OTHER, title="Buuz day | Peggy Quillfeather", people=(own,), text=blog)  # fmt: skip
    found = [Match(faculty, MatchResult(1.0, Decision.CONFIRMED, (), ME, 0)),
             Match(post, MatchResult(1.0, Decision.CONFIRMED, (), own, 0))]  # fmt: skip
    return [f.title for f in assess(WHO, found, {}) if f.category == "undisclosed_conflict" and f.url == post.url]


def test_a_state_paying_expert_witness_fees_is_no_maker_her_blog_promotes() -> None:
    blog = "Home cooking in a Colorado kitchen. I made four hundred buuz for our guests."
    assert not _conflicts("Expert witness fees, State of Colorado", blog)
    assert _conflicts("Consultant, Zentrifel Pharma", "In my kitchen I keep Zentrifel next to the salt.")
