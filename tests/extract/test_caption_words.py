"""What a team page's or a society page's photo caption says of a person is that person's own words: a club lists
"Head Coach: Ruth Calloway" in a roster line, and only the team photo's caption says "(yes, the kidney doctor!)".
Only the caption's words from the person's name (and a title right before it) to the next name it gives count, so
the doctor a caption calls "Dr." is never lent to the neighbour beside her. Hand-written pages."""

from __future__ import annotations

from footprint.extract import captions, extract
from footprint.models import Extracted, Page, PageKind, PersonRecord, Photo, Probe, ProbePurpose, ProbeSource

URL = "https://www.riverbendsoccer.example.org/teams/u8-girls-comets"


def _read(caption: str) -> Extracted:
    body = f"""<h1>U8 Girls Comets - Fall</h1>
<p>Head Coach: Ruth Calloway · Assistant Coach: Dale Pruett · Team Parent: Ana Ruiz</p>
<figure><img src="/media/comets.jpg" alt="A team of girls with two coaches">
<figcaption>{caption}</figcaption></figure>
<p>Saturdays at Hollis Park, field 2, 9:00 am.</p>"""
    probe = Probe("club", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), None)


def _context(page: Extracted, name: str) -> str:
    return next(p.context for p in page.people if p.name == name)


def test_a_team_photos_caption_tells_what_the_coach_is() -> None:
    page = _read("Season champs! Coaches Ruth Calloway (yes, the kidney doctor!) and Dale Pruett.")
    assert "Ruth Calloway (yes, the kidney doctor!)" in _context(page, "Ruth Calloway")


def test_the_words_and_title_about_the_next_name_are_that_persons_not_the_one_before() -> None:
    caption = "Coaches Dale Pruett with Dr. Ruth Calloway, the kidney doctor, after the final."
    photo = Photo("https://club.example/comets.jpg", caption=caption, tagged=("Dale Pruett", "Ruth Calloway"))
    ruth, dale = captions.told([PersonRecord("Ruth Calloway"), PersonRecord("Dale Pruett")], (photo,))
    assert ruth.context == "Dr. Ruth Calloway, the kidney doctor, after the final."
    assert dale.context == ""  # "with Dr." before the next name is that name's
