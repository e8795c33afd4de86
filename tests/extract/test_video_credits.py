"""A video's page cuts its description at about 150 characters in its meta tags and shows none of it in its markup;
its script state holds the whole. A community channel names its guest after the show's blurb and a society names its
players in the chapter list: those people are read, each with the line that names them, so the page is judged on
them and not on the channel. A page that is no video's, or whose meta tags already show the whole description, gains
nobody. The pages here are hand-written in the shape of a watch page (a player response and an initial-data script).
"""

from __future__ import annotations

import json

from footprint.extract import extract
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id

GUEST = (
    "Caafimaadkaaga, barnaamij 12. Waa barnaamij caafimaad oo af Soomaali ah, laga sii daayo Minneapolis "
    "todobaad kasta, khamiista fiidkii. Our guest is Dr. Hodan Warsame Ali, kidney doctor at Lakeview Renal, on "
    "dialysis at home. In Somali."
)
CHAPTERS = (
    "Our Burns Supper at the Granite Club.\n0:00 Piping in the Haggis (Isla Munro)\n2:40 Selkirk Grace\n"
    "11:02 Fiddle set: The Mason's Apron – Morag Lindsay\n16:30 Toast to the Lassies"
)


def _watch(description: str, og_type: str = "video.other", channel: str = "Somali Health TV") -> Page:
    url = "https://www.youtube.com/watch?v=Ab3dEf5Gh7i"
    cut = description[:150]
    player = {"videoDetails": {"videoId": "Ab3dEf5Gh7i", "title": "Episode 12", "shortDescription": description,
                               "author": channel}}  # fmt: skip
    body = f"""<html><head><title>Episode 12 - YouTube</title>
    <meta property="og:type" content="{og_type}"><meta property="og:title" content="Episode 12">
    <meta name="description" content="{cut}"><meta property="og:description" content="{cut}"></head>
    <body><div id="watch7-content"><span itemprop="author" itemscope itemtype="http://schema.org/Person">
    <link itemprop="name" content="{channel}"></span></div>
    <script>var ytInitialPlayerResponse = {json.dumps(player)};</script></body></html>"""
    probe = Probe("youtube", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def _names(page: Page) -> list[str]:
    return [p.name for p in extract(page, by_id()["youtube"]).people]


def test_the_guest_named_past_the_cut_is_read_with_the_words_about_them() -> None:
    people = extract(_watch(GUEST), by_id()["youtube"]).people
    (guest,) = [p for p in people if p.name == "Hodan Warsame Ali"]
    assert "kidney doctor at Lakeview Renal" in guest.context


def test_the_players_a_chapter_list_names_are_read() -> None:
    names = _names(_watch(CHAPTERS, channel="St Andrew's Society of Granite Falls"))
    assert "Morag Lindsay" in names and "Isla Munro" in names


def test_a_page_that_is_no_video_or_shows_the_whole_description_gains_nobody() -> None:
    assert "Hodan Warsame Ali" not in _names(_watch(GUEST, og_type="profile"))
    short = "Our guest is Dr. Hodan Warsame Ali on dialysis."  # the meta tags show all of it
    assert _names(_watch(short)).count("Hodan Warsame Ali") <= 1
