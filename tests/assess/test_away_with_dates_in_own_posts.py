"""The subject's own post telling where the household will be, with the days told a sentence or two away: "Office is
closed Dec 21 through Jan 2. ... Greg, the kids and I will be at the cottage on Lake Wawasee". An empty house and
where the family is: location_exposure, as the physician-safety guidance on travel posts warns. Not the clinic, not a
conference, and not a place with no days."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post

WINNIE = Identity(
    make_subject("Dr. Winifred Okamura", handles=["@winnieoka.bsky.social"], city="Fort Wayne", state="IN"), ()
)
URL = "https://bsky.app/profile/winnieoka.bsky.social/post/3lm2xq7rtb52k"

CLOSED = (
    "Office is closed Dec 21 through Jan 2. Maple Pediatric Eye families: Dr. Patel has call, and yes, you can still "
    "reach us about the patching schedule. Greg, the kids and I will be at the cottage on Lake Wawasee with no wifi "
    "and no pink eye. Happy holidays from your kid eye doc"
)


def _away(text: str, author: str = "winnieoka.bsky.social") -> list[str]:
    me = PersonRecord("Winnie Okamura", handle="winnieoka.bsky.social")
    post = Post(author=author, text=text, url=URL)
    page = Extracted(URL, "bluesky", PageKind.SOCIAL_PROFILE, title="Winnie Okamura on Bluesky", people=(me,),
                     text=text, posts=(post,))  # fmt: skip
    match = Match(page, MatchResult(0.95, Decision.CONFIRMED, (), me, 0))
    return [f.excerpt for f in assess(WINNIE, [match], {}) if "location_exposure" in f.all_categories]


def test_her_post_with_the_closing_days_and_the_cottage_the_family_goes_to_exposes_where_they_are() -> None:
    assert _away(CLOSED)
    assert _away("We're headed to Maui! Back Jan 3, the clinic is closed from Dec 24 to Jan 2 and Dr. Patel has call.")
    assert _away("Closed Dec 22-28. We'll be up at the lake house, no phones.")


def test_no_days_a_workplace_a_conference_or_someone_elses_post_is_no_absence() -> None:
    # Where, but no days.
    assert not _away("Greg, the kids and I will be at the cottage on Lake Wawasee this winter. Happy holidays!")
    # Days, but the place is the clinic.
    assert not _away("Office hours change Dec 21 through Jan 2. I will be in the clinic on Mondays only.")
    # Days and a place, but a conference.
    assert not _away("I'll be at the AAPOS annual meeting in Denver, March 12-15. Come say hi at the poster session!")
    # A friend's post is the friend's household.
    assert not _away(CLOSED, author="gregoka.bsky.social")
