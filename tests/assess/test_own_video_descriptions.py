"""A video's description is its uploader's post: a surgeon's own channel telling the story of "my patient Gary, a
61-year-old corn farmer from Wahoo" after his lobectomy for an adenocarcinoma is the surgeon describing a patient's
case, as the same words in a post would be. The description on a hospital's channel naming the surgeon is not his
post, and a video page whose markup names no uploading account gives no post.

Pages written in YouTube's watch-page shape (the uploader as a microdata ``author`` with the channel's "/@handle",
``og:type`` video, the whole description in the player's script state, cut short in the meta tags).
"""

from __future__ import annotations

import json

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

STORY = (
    "My patient Gary, a 61-year-old welder from Fremont, was up and walking four hours after we removed the upper "
    "lobe of his left lung for a stage I adenocarcinoma found on a screening scan. Home on day two!"
)
WATCH = """<!DOCTYPE html><html lang="en"><head><title>{title} - YouTube</title>
<meta name="description" content="{cut}"><meta property="og:type" content="video.other">
<meta property="og:title" content="{title}"><meta property="og:description" content="{cut}"></head>
<body><div id="watch7-content">{author}<meta itemprop="uploadDate" content="2025-02-11"></div>
<script>var ytInitialPlayerResponse = {state};</script></body></html>"""
AUTHOR = """<span itemprop="author" itemscope itemtype="http://schema.org/Person">
<link itemprop="url" href="http://www.youtube.com/@{handle}"><link itemprop="name" content="{channel}"></span>"""


def _video(channel: str, handle: str, description: str = STORY) -> Page:
    title = "Walking 4 hours after lung surgery"
    state = json.dumps({"videoDetails": {"videoId": "Zx8Qw2Er4Ty", "title": title, "shortDescription": description}})
    author = AUTHOR.format(channel=channel, handle=handle) if handle else ""
    body = WATCH.format(title=title, cut=description[:140], author=author, state=state)
    url = "https://www.youtube.com/watch?v=Zx8Qw2Er4Ty"
    probe = Probe("youtube", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def _categories(page: Page) -> set[str]:
    subject = make_subject("Dr. Marek Halvorsen", city="Omaha", state="NE")
    who = Identity(subject, name_variants(subject))
    read = extract(page, None)
    at = next(i for i, p in enumerate(read.people) if "Marek" in p.name)
    sure = Match(read, MatchResult(0.9, Decision.CONFIRMED, ("test",), read.people[at], at))
    return {c for f in assess(who, [sure], {}) for c in f.all_categories}


def test_the_description_on_his_own_channel_is_his_post_and_tells_a_patients_case() -> None:
    read = extract(_video("Dr. Marek Halvorsen", "drmarekhalvorsen"), None)
    assert [p.author for p in read.posts] == ["drmarekhalvorsen"]
    assert "Home on day two" in read.posts[0].text  # the whole description, not the meta tags' cut
    assert "patient_information" in _categories(_video("Dr. Marek Halvorsen", "drmarekhalvorsen"))


def test_a_cancer_named_by_its_kind_and_a_lung_lobe_are_clinical_details() -> None:
    plain = "My patient Ruth, 58, went home two days after we took out the lower lobe of her right lung."
    assert "patient_information" in _categories(_video("Dr. Marek Halvorsen", "drmarekhalvorsen", plain))
    sarcoma = "My patient, a 19-year-old runner, is back on the track a year after her liposarcoma was removed."
    assert "patient_information" in _categories(_video("Dr. Marek Halvorsen", "drmarekhalvorsen", sarcoma))


def test_no_uploader_in_the_markup_gives_no_post() -> None:
    assert extract(_video("", ""), None).posts == ()


def test_a_hospitals_channel_telling_his_patients_story_is_not_his_post() -> None:
    told = "Dr. Marek Halvorsen's patient Gary, 61, was walking four hours after his lobectomy for an adenocarcinoma."
    page = _video("Brackenloe Health", "brackenloehealth", told)
    assert [p.author for p in extract(page, None).posts] == ["brackenloehealth"]
    assert "patient_information" not in _categories(page)


def test_his_practices_video_selling_with_his_discount_code_is_still_his_undisclosed_promotion() -> None:
    sold = "Dr. Marek Halvorsen shares the sunscreen he tells every patient to buy. Use code DRMAREK15 for 15% off."
    assert "undisclosed_conflict" in _categories(_video("Halvorsen Skin & Laser", "halvorsenskin", sold))
