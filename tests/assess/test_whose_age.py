"""Whose age a page gives: a sentence's age is whoever the sentence is about.

A doctor's post about a patient who died ("81 years old. I will miss him.") gives the patient's age, not
the doctor's; the writer's own words ("I'm 44 years old") and a field ("Age 44") give the person's.
"""

from __future__ import annotations

from footprint.models import PageKind
from tests.assess.test_phrasing import _as_hers, _html, _page


def _post(text: str) -> str:
    return _html(
        'Peggy Quillfeather, MD: "A long night" - Mastodon',
        f"<h1>Peggy Quillfeather, MD</h1><p>@erdocpeggy@mastodon.social</p><p>{text}</p><p>Oct 17, 2025</p>",
    )


def test_a_patients_age_in_her_post_is_not_hers() -> None:
    body = _post(
        "Mr. T died this morning. Twelve years of coming to our ER every winter with his lungs, and he always "
        "brought the night shift doughnuts. 81 years old. I will miss him."
    )
    page = _page(body, "https://mastodon.social/@erdocpeggy/115402271933804561", PageKind.SOCIAL_PROFILE)
    assert "birth_date" not in _as_hers(page)


def test_someone_elses_age_after_a_comma_in_her_post_is_not_hers() -> None:
    body = _post("Our charge nurse Mrs. Berg, age 67, retires Friday after forty years in the Fargo ER.")
    page = _page(body, "https://mastodon.social/@erdocpeggy/115402271933804562", PageKind.SOCIAL_PROFILE)
    assert "birth_date" not in _as_hers(page)


def test_her_own_age_in_her_own_words_is_hers() -> None:
    body = _post("I'm 44 years old and just ran my first marathon in Fargo. Never too late!")
    page = _page(body, "https://mastodon.social/@erdocpeggy/115402271933804563", PageKind.SOCIAL_PROFILE)
    assert "birth_date" in _as_hers(page)


def test_an_age_field_on_a_plain_record_page_is_hers() -> None:
    body = _html(
        "Peggy Quillfeather - Fargo Half Marathon results",
        "<h1>Peggy Quillfeather</h1><p>Age 44 · Female · Fargo, ND</p><p>Finish 1:52:10</p>",
    )
    assert "birth_date" in _as_hers(_page(body, "https://results.example/fargo-half/2026/1187"))


def test_an_age_said_of_her_name_on_a_ratings_card_is_hers() -> None:
    body = _html(
        "Dr. Peggy Quillfeather, MD - Emergency Medicine - Fargo, ND",
        "<h1>Dr. Peggy Quillfeather, MD</h1><p>Emergency Medicine · female · Dr. Quillfeather is 44 years old</p>"
        "<p>801 Broadway N, Fargo, ND 58102</p>",
    )
    page = _page(body, "https://ratings.example/physician/dr-peggy-quillfeather-x1", PageKind.OTHER)
    assert "birth_date" in _as_hers(page)


def test_an_age_after_the_sex_on_a_profile_card_is_hers() -> None:
    body = _html(
        "Dr. Peggy Quillfeather, MD - Emergency Medicine in Fargo, ND",
        "<h1>Dr. Peggy Quillfeather, MD</h1><p>Emergency Medicine</p><p>Female, age 44</p>"
        "<p>801 Broadway N, Fargo, ND 58102</p>",
    )
    page = _page(body, "https://ratings.example/doctors/Dr_Peggy_Quillfeather.html", PageKind.OTHER)
    assert "birth_date" in _as_hers(page)


def _ratings_card(age_line: str, review: str = "") -> str:
    return _html(
        "Dr. Peggy Quillfeather, MD | Emergency Medicine | Fargo, ND",
        f"<h1>Dr. Peggy Quillfeather, MD</h1><p>Emergency Medicine</p>{age_line}"
        f"<p>801 Broadway N, Fargo, ND 58102</p><div class='review'>{review}</div>",
    )


def test_an_age_field_on_a_ratings_sites_profile_is_hers() -> None:
    # A ratings site the catalog knows prints the doctor's age in its own field, as a broker does.
    page = _page(
        _ratings_card("<dl><dt>Age</dt><dd>44</dd></dl>"),
        "https://ratings.example/physician/dr-peggy-quillfeather-x1",
        PageKind.RATINGS_PROFILE,
    )
    assert "birth_date" in _as_hers(page)


def test_an_age_in_a_review_on_a_ratings_profile_is_not_hers() -> None:
    # The reviewers' words are about themselves and their families, not the doctor.
    page = _page(
        _ratings_card("", "Dr. Quillfeather saw my husband, 44 years old, at 3 a.m. and was kind."),
        "https://ratings.example/physician/dr-peggy-quillfeather-x1",
        PageKind.RATINGS_PROFILE,
    )
    assert "birth_date" not in _as_hers(page)
