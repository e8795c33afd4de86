"""Who posted a video, how old a rating site says the doctor is, and what a reply to a review gives away.

A video page names its uploader in its markup (``<link itemprop="name" content="...">``, as YouTube writes
it): a hospital uploading its doctor's talk presents itself as the hospital, not as her, so it is no impostor;
a channel under a doctor's title posting her clip still is. A rating site's card prints the doctor's sex and
bare age as one field ("Female, 44"): her exact age, listed. A reply that names the child and how their
illness went ("Mia's lungs are clear after her admission on Aug 30") tells the world they were her patients.
"""

from __future__ import annotations

from footprint.extract.entities import page_age_in
from footprint.models import Decision, MatchResult, PageKind
from tests.assess._marta import excerpts, marta, read_page

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


def test_a_rating_cards_sex_and_bare_age_is_the_doctors_age() -> None:
    name = "Dr. Marta L. Quellweg, MD"
    assert page_age_in(f"{name} Pediatrics Female, 44 3100 Far Hills Ave, Dayton, OH", name) == 44
    assert page_age_in(f"{name} Pediatrics Female, 25-34 patients seen", name) is None
    assert page_age_in(f"{name} Pediatrics Female, 20 years experience", name) is None
    assert page_age_in(f"{name} Patients: Male, 52% Female, 48%", name) is None
    card = """<html><head><title>Dr. Marta L. Quellweg, MD - Pediatrics in Dayton, OH</title></head><body>
<h1>Dr. Marta L. Quellweg, MD</h1><p>Pediatrics</p><p class="gender-age">Female, 44</p>
<div>3100 Far Hills Ave Suite 200, Dayton, OH 45429</div></body></html>"""
    page = read_page(card, "https://ratings.example/doctors/Dr_Marta_Quellweg.html", PageKind.RATINGS_PROFILE)
    her = page.people[0]
    found = excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), her, 0))
    assert found.get("birth_date") == {f"{her.name}: Age 44"}
