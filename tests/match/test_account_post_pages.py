"""A post's own page often shows the text and no author's name: under an account already judged the subject's, it
is theirs; rejected for anything the page says, it stays rejected. A video's page names its channel as its author's
address ("/@handle"): the user's handle there decides, as on the channel's own page.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, same_account
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    PersonRecord,
    Post,
    Probe,
    ProbePurpose,
    ProbeSource,
)

PROFILE = "https://bsky.app/profile/quill.bsky.social"


def _at(url: str, result: MatchResult, kind: PageKind = PageKind.SOCIAL_POST) -> Match:
    people = (PersonRecord(name="Rosalind Quillfeather"),) if kind == PageKind.SOCIAL_PROFILE else ()
    return Match(Extracted(url=url, site_id="bluesky", kind=kind, people=people), result)


def test_a_nameless_post_under_the_subjects_account_is_theirs() -> None:
    account = _at(PROFILE, MatchResult(0.8, Decision.LIKELY, ("name matches",)), PageKind.SOCIAL_PROFILE)
    post = _at(f"{PROFILE}/post/3lb2", MatchResult(0.0, Decision.REJECTED, ("no person named on the page",)))
    _, judged = same_account((account, post))
    assert judged.result.decision == Decision.LIKELY, judged.result.reasons


def test_a_post_rejected_for_what_it_says_stays_rejected() -> None:
    account = _at(PROFILE, MatchResult(0.8, Decision.LIKELY, ("name matches",)), PageKind.SOCIAL_PROFILE)
    post = _at(f"{PROFILE}/post/3lb2", MatchResult(0.1, Decision.REJECTED, ("name matches", "different state: TX")))
    _, judged = same_account((account, post))
    assert judged.result.decision == Decision.REJECTED


VIDEO = """<html><head><title>Walking after surgery - YouTube</title>
<meta property="og:type" content="video.other"></head><body>
<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Walking after surgery">
<span itemprop="author" itemscope itemtype="http://schema.org/Person">
<link itemprop="url" href="http://www.youtube.com/@{handle}"><link itemprop="name" content="Dr. Rosalind Quillfeather">
</span></div><p>My patient, a farmer from Wahoo, walked four hours after surgery.</p></body></html>"""


def _video(handle: str) -> MatchResult:
    who = Identity(make_subject("Dr. Rosalind Quillfeather", city="Omaha", state="NE", handles=("@drquill",)), ())
    url = "https://www.youtube.com/watch?v=Qm7fK2pL9xA"
    probe = Probe("youtube", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    return match(who, extract(Page(probe, 200, VIDEO.format(handle=handle), "text/html", url), None))


def test_a_video_whose_author_is_the_users_channel_is_theirs() -> None:
    result = _video("drquill")
    assert result.decision == Decision.CONFIRMED, result.reasons


def test_a_video_of_another_channel_is_not_made_theirs_by_the_name() -> None:
    result = _video("quillfeatherfarms")
    assert result.decision != Decision.CONFIRMED, result.reasons


def test_a_nameless_post_under_her_account_is_her_own_post_and_its_patient_case_a_finding() -> None:
    """The post's page names nobody: the account's person, by their handle, wrote it ("Patient this morning (3rd grade
    teacher in Broussard, lupus since she was 19) ..." is her case story, told with a chronic condition's name)."""
    from footprint.assess import assess

    who = Identity(make_subject("Dr. Rosalind Quillfeather", city="Lafayette", state="LA"), ())
    her = PersonRecord(name="Rosalind Q.", handle="quill.bsky.social")
    account = Match(
        Extracted(url=PROFILE, site_id="bluesky", kind=PageKind.SOCIAL_PROFILE, people=(her,)),
        MatchResult(0.8, Decision.LIKELY, ("name matches",), her, 0),
    )
    said = (
        "Patient this morning (3rd grade teacher in Broussard, lupus since she was 19) told me she quit her "
        "Plaquenil because a video said it blinds you. Now her kidneys are involved."
    )
    url = f"{PROFILE}/post/3lb2"
    post = Match(
        Extracted(url=url, site_id="bluesky", kind=PageKind.SOCIAL_PROFILE, text=said,
                  posts=(Post(author="quill.bsky.social", text=said, url=url),)),
        MatchResult(0.0, Decision.REJECTED, ("no person named on the page",)),
    )  # fmt: skip
    judged = same_account((account, post))
    assert judged[1].result.person is not None and judged[1].result.person.handle == "quill.bsky.social"
    found = {(f.url, c) for f in assess(who, list(judged), {}) for c in f.all_categories}
    assert (url, "patient_information") in found
