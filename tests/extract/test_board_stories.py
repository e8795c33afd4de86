"""A news story about a medical board's action is headlined like the board's own record ("Medical Board suspends
license of ..."), but it is a story: the doctors it quotes are read from its prose, and the board's own lookup page
stays an official record."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

STORY = """<html><head><title>State Medical Board suspends license of Elmira surgeon | WXYZ 4</title>
<meta name="description" content="The board says Dr. Carl Hume operated while impaired."></head><body>
<h1>State Medical Board suspends license of Elmira surgeon</h1><p>{byline}</p>
<p>ELMIRA, N.Y. - The State Medical Board suspended the license of Dr. Carl Hume, an Elmira surgeon, on Tuesday.
"Cases like this are rare, and the board acted quickly," said Dr. Nadia Okafor-Brandt, chief of surgery at
Chemung Valley Hospital, who was not involved in the case. Hume's lawyer said he would appeal.</p></body></html>"""


def _page(byline: str) -> Extracted:
    url = "https://www.wxyz4.example.com/news/health/board-suspends-elmira-surgeon"
    probe = Probe("wxyz4.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, STORY.format(byline=byline), "text/html", url), None)


def test_a_story_about_a_board_action_reads_the_doctors_it_quotes() -> None:
    page = _page("By Lena Marsh · June 3, 2025")
    assert page.kind == PageKind.NEWS
    assert "Nadia Okafor-Brandt" in {p.name for p in page.people}


def test_an_unsigned_board_page_stays_the_boards_record() -> None:
    page = _page("Public Board Order 2025-114")
    assert page.kind == PageKind.OFFICIAL_RECORD
