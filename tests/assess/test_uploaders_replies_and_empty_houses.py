"""Who posted a video, what a reply to a review gives away, when the house is empty, whose child a bulletin names.

A video page names its uploader in its markup (``<link itemprop="name" content="...">``, as YouTube writes
it): a hospital uploading its doctor's talk presents itself as the hospital, not as her, so it is no impostor;
a channel under a doctor's title posting her clip still is. A reply that names the child and how their
illness went ("Mia's lungs are clear after her admission on Aug 30") tells the world they were her patients.
A blog post her household signed that gives the days the family is away tells the world when the house is empty.
"""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord
from tests.assess._marta import excerpts, marta, read_page, replied

LISTED = marta(handles=("@drmartaq",))


def _video(uploader: str) -> str:
    return f"""<html><head><title>Fever in toddlers: when to worry | Dr. Marta Quellweg - Video</title>
<meta property="og:title" content="Fever in toddlers: when to worry | Dr. Marta Quellweg">
<meta name="description" content="Pediatrician Dr. Marta Quellweg on fevers in toddlers."></head><body>
<div id="watch"><span itemprop="author" itemscope itemtype="http://schema.org/Person">
<link itemprop="url" href="https://video.example/@uploader"><link itemprop="name" content="{uploader}"></span></div>
</body></html>"""


def _found_on_video(uploader: str) -> dict[str, set[str]]:
    page = read_page(_video(uploader), "https://video.example/watch?v=Xq1", PageKind.SOCIAL_PROFILE)
    her = next(p for p in page.people if p.name == "Marta Quellweg")
    return excerpts(LISTED, page, MatchResult(0.9, Decision.LIKELY, ("test",), her, page.people.index(her)))


def test_a_video_names_its_uploader_and_a_hospitals_upload_of_its_doctor_is_no_impostor() -> None:
    page = read_page(_video("Dayton Childrens Hospital"), "https://video.example/watch?v=Xq1", PageKind.SOCIAL_PROFILE)
    assert "Dayton Childrens Hospital" in [p.name for p in page.people]
    assert "impersonation" not in _found_on_video("Dayton Childrens Hospital")
    assert "impersonation" in _found_on_video("Dr Quellweg Peds Official")


def _replied(reply: str) -> dict[str, set[str]]:
    return replied(reply, "Explained our son's illness in plain words.", 4.0, "Pediatrics")


def test_a_reply_naming_the_child_and_how_their_illness_went_discloses_their_care() -> None:
    lungs = "Thank you, Ana! Glad Mia's lungs are clear after her admission on Aug 30. Say hi to your mom."
    found = _replied(lungs)
    assert "patient_information" in found and "review_reply_risk" in found
    operation = "I am sorry about the callback. For the record, the fever after his orchiopexy was an ear infection."
    assert "patient_information" in _replied(operation)
    assert "patient_information" not in _replied("Thank you for the kind words. We are glad to help families.")
    assert "review_reply_risk" not in _replied("Thank you! Mother's Day at the clinic was fun for our whole staff.")


def _blog(byline: str, post: str) -> Extracted:
    return Extracted(
        "https://quellwegsontheroad.example.com/2026/07/week-two",
        "quellwegsontheroad.example.com",
        PageKind.NEWS,
        title="Week two on the coast",
        people=(PersonRecord("Marta Quellweg", specialties=("pediatrician",), read_from=("name:text",)),),
        text=f"Week two on the coast {byline} {post} About me: I'm Marta Quellweg, a pediatrician in Dayton.",
    )


def _found_on_blog(byline: str, post: str) -> dict[str, set[str]]:
    page = _blog(byline, post)
    return excerpts(marta(), page, MatchResult(0.9, Decision.LIKELY, ("test",), page.people[0], 0))


def test_a_household_blog_post_giving_the_dates_the_family_is_away_exposes_the_empty_house() -> None:
    posted = "Posted on July 12, 2026 by Sam Quellweg"
    away = "The kids are with Grandma in Xenia until we fly back on August 3. Marta finally took two weeks off."
    assert "location_exposure" in _found_on_blog(posted, away)
    assert "location_exposure" in _found_on_blog(posted, "We're here until August 12, then home.")
    light = "So if you see our porch light on in Oakwood then, it's on a timer."
    assert "location_exposure" in _found_on_blog(posted, light)
    # A stranger's blog: their own trip, not the subject's house.
    stranger = _blog("Posted on July 12, 2026 by Lee Poe", away)
    stranger = Extracted(stranger.url, stranger.site_id, stranger.kind, title=stranger.title,
                         people=stranger.people, text=stranger.text.replace("About me: I'm", "We saw"))  # fmt: skip
    sure = MatchResult(0.9, Decision.LIKELY, ("test",), stranger.people[0], 0)
    assert "location_exposure" not in excerpts(marta(), stranger, sure)
    # A trip with no day it ends says nothing of when the house is empty.
    assert "location_exposure" not in _found_on_blog(posted, "We loved the coast and will come back some day.")


def _bulletin(text: str) -> dict[str, set[str]]:
    page = Extracted(
        "https://pta.example.org/enews/2026-11",
        "pta.example.org",
        PageKind.OTHER,
        title="Oakwood Elementary PTA eNews",
        people=(PersonRecord("Marta Quellweg", read_from=("name:text",)),),
        text=text,
    )
    return excerpts(marta(), page, MatchResult(0.8, Decision.LIKELY, ("test",), page.people[0], 0))


def test_their_child_named_in_the_sentence_after_the_couple_is_the_subjects_family() -> None:
    couple = "Thanks to our volunteers, especially Marta Quellweg and Sam Poe, who ran the bake sale."
    found = _bulletin(f"{couple} Their daughter Nora (Mrs. Lee's 2nd grade) made the signs.")
    assert "family_information" in found
    assert "family_information" not in _bulletin(f"{couple} The fourth graders made the signs.")


def test_a_post_of_a_childs_first_day_of_school_by_name_names_the_family() -> None:
    from footprint.assess.detectors.kinship import own_kin

    assert own_kin("First day of 2nd grade for Nora at Oakwood Elementary! Mrs. Lee, she's all yours") != ""
    assert own_kin("Nora's first day of kindergarten 🎒") != ""
    assert own_kin("First day of school for our residents: welcome!") == ""
