"""A club's newsletter names its host only under the photo ("Past president Dr. Leo Roe pouring the Rioja"), and the
reader of a page's main text leaves figures and their captions out: the caption's titled or given-named person is a
person of the page. A photographer's credit, a camera's model ("Canon Ra") and a caption that names the page's own
family another way ("Ann and Tom Roe" under a story of Ann Lee Roe) add no one."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

NEWSLETTER = """<html><head><title>Spring tasting recap | Prairie Wine Circle</title></head><body>
<div class="site-header">Prairie Wine Circle</div><div class="page"><h1>Spring tasting recap</h1>
<p class="byline">From the April newsletter</p>
<p>Thank you to the forty members who braved the wind for our spring tasting at the old mill. We went through nine
cases, which the board considers a success and the caterer considers a warning. The summer picnic is in July.
{prose}</p>
<figure><img src="/a.jpg" alt="A man in an apron pours red wine into a row of glasses held out by laughing guests at a
long table under strings of lights in the mill's courtyard"><figcaption>{caption}</figcaption></figure>
<p>Next up: the summer picnic on July 12. Members only; RSVP to the events chair.</p></div></body></html>"""


def _page(caption: str, prose: str = "") -> Extracted:
    url = "https://prairiewine.example/newsletter/spring"
    probe = Probe("prairiewine.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, NEWSLETTER.format(caption=caption, prose=prose), "text/html", url), None)


def test_the_person_a_caption_names_is_on_the_page() -> None:
    (person,) = _page("Past president Dr. Leo Roe pouring the Rioja. Third glass, by his own count.").people
    assert person.name == "Leo Roe" and "pouring the Rioja" in person.context


def test_a_credit_or_a_camera_in_a_caption_is_no_one() -> None:
    assert not _page("Photo by Ann Poe").people
    assert not _page("Two hours at the mill, Sky-Watcher mount, Canon Ra.").people


def test_a_caption_naming_the_pages_family_another_way_adds_no_one() -> None:
    prose = "Our new president, Ann Lee Roe, thanked the caterer."
    names = [p.name for p in _page("Ann and Tom Roe at the tasting", prose).people]
    assert "Ann Lee Roe" in names and "Ann Roe" not in names and "Tom Roe" not in names
