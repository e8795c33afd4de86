"""A review that rates several questions (staff, punctuality, helpfulness, knowledge) and marks two of them two
stars or fewer is a complaint the reader sees, though a top knowledge mark lifts its mean to three stars ("Great
surgeon, but the office billed us twice": Staff 2, Punctuality 1, Helpfulness 3, Knowledge 5). One low mark in a
warm review (a long wait, worth it) is no negative review."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import (
    Decision,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)
from footprint.sites import defs_dir, load_file

URL = "https://www.ratemds.com/doctor-ratings/4455667/Dr-Orla-Vantreece-Boise-ID.html"
WHO = Identity(make_subject("Dr. Orla Vantreece", specialty="Orthopedic Surgery", city="Boise", state="ID"), ())


def _review(scores: tuple[int, int, int, int], text: str) -> str:
    marks = "".join(
        f'<div class="rating-number"><span class="name">{name}</span> <span class="value">{score}</span></div>'
        for name, score in zip(("Staff", "Punctuality", "Helpfulness", "Knowledge"), scores, strict=True)
    )
    return f"""<div class="rating"><div class="rating-numbers-compact">{marks}</div>
<div class="rating-comment"><p class="rating-comment-body"><span>{text}</span></p>
<p class="rating-comment-created"><span>Submitted</span> <span>Mar 3, 2026</span></p></div></div>"""


def _profile(*reviews: str) -> str:
    return f"""<html><head><title>Dr. Orla Vantreece - Boise, ID - Orthopedic Surgery - Ratings</title></head>
<body><div class="container doctor-profile"><h1>Dr. Orla Vantreece</h1>
<div class="doctor-address">1180 Tamarack Ridge Dr Suite 200, Boise, ID 83706</div>{"".join(reviews)}</div>
</body></html>"""


def _negative(body: str, *, site: bool = True) -> list[str]:
    definition = load_file(defs_dir() / "ratemds.yaml", bundled=True) if site else None
    probe = Probe("ratemds", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", URL), definition)
    person = page.people[0] if page.people else None
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    return [f.excerpt for f in found if f.category == "negative_review"]


COMPLAINT = _review((2, 1, 3, 5), "Great surgeon, but the office billed us twice and nobody called back.")
WARM = _review((5, 2, 4, 5), "The wait is long but she fixed my knee. Worth it.")


def test_a_three_star_review_with_two_low_marks_is_a_negative_review() -> None:
    for site in (True, False):
        found = _negative(_profile(COMPLAINT, WARM), site=site)
        assert len(found) == 1 and "billed us twice" in found[0], site


def test_one_low_mark_in_a_warm_review_is_none() -> None:
    for site in (True, False):
        assert _negative(_profile(WARM), site=site) == [], site
