"""Reviews read by their structure on ratings pages no site definition knows, one layout per class.

Each page is written here with class names nobody's selector uses: the reader must find each
review's rating (sub-scores, star glyphs, an aria-label, star icons, "rated it 1/5"), its date,
its text and the practice's reply, and must not take a list of other doctors' averages for
reviews. A page's average written only in words is its rating.
"""

from __future__ import annotations

import lxml.html
import pytest

from footprint.extract import extract
from footprint.extract.reviews import average, read
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource, Rating


def _reviews(body: str):  # type: ignore[no-untyped-def]
    return read(lxml.html.document_fromstring(body))


SUB_SCORES = """<html><body><h1>Dr. Zora Quillfeather</h1>
<div class="x9"><div class="q1"><span>Staff</span> <span>2</span></div>
 <div class="q1"><span>Punctuality</span> <span>1</span></div>
 <div class="q1"><span>Helpfulness</span> <span>1</span></div>
 <div class="q1"><span>Knowledge</span> <span>2</span></div>
 <p class="t">She lectured me for twenty minutes and barely examined my son.</p>
 <div class="r"><b>Dr. Quillfeather responded:</b>
 <span>I went over your son's strep test with you on Tuesday.</span></div>
 <p class="d"><span>Submitted</span> <span>Feb 20, 2025</span></p></div>
<div class="x9"><div class="q1"><span>Staff</span> <span>5</span></div>
 <div class="q1"><span>Knowledge</span> <span>5</span></div>
 <p class="t">Best pediatrician we have had in Fargo.</p><p class="d">Jul 7, 2024</p></div>
</body></html>"""


def test_sub_scores_make_a_reviews_rating_and_the_labelled_answer_is_its_reply() -> None:
    first, second = _reviews(SUB_SCORES)
    assert first.rating == 1.5 and first.scale == 5.0 and first.date == "2025-02-20"
    assert first.text == "She lectured me for twenty minutes and barely examined my son."
    assert first.reply == "I went over your son's strep test with you on Tuesday."
    assert second.rating == 5.0 and second.reply == "" and second.date == "2024-07-07"


@pytest.mark.parametrize(
    ("block", "rating"),
    [
        ('<span class="s">★☆☆☆☆</span>', 1.0),
        ('<span class="s" aria-label="2 out of 5 stars"></span>', 2.0),
        ('<span title="1.0 star rating" class="k"></span>', 1.0),
        ('<i class="ic-star ic-star--on"></i><i class="ic-star ic-star--on"></i><i class="ic-star ic-star--off"></i>'
         '<i class="ic-star ic-star--off"></i><i class="ic-star ic-star--off"></i>', 2.0),
        ('<span class="score" data-score="2"></span>', 2.0),
        ("<em>Rating: 2/5</em>", 2.0),
    ],
)  # fmt: skip
def test_a_rating_in_any_of_its_forms(block: str, rating: float) -> None:
    body = f"""<html><body><ul><li class="a1">{block}<span class="w">03/02/2024</span>
    <p>Waited ninety minutes and the visit was rushed.</p>
    <div class="zz"><span>Response from Red River Pediatrics</span> <span>03/04/2024</span>
    <span>We are sorry about the wait; please call the office so we can talk.</span></div></li>
    <li class="a1"><span class="s">★★★★★</span><span class="w">01/02/2024</span>
    <p>Kind and thorough with my twins.</p></li>
    </ul></body></html>"""
    first = _reviews(body)[0]
    assert first.rating == rating and first.date == "2024-03-02"
    assert first.text == "Waited ninety minutes and the visit was rushed."
    assert first.reply == "We are sorry about the wait; please call the office so we can talk."


def test_reviews_as_paragraphs_between_rules_on_an_old_site() -> None:
    body = """<html><body><h2>Quillfeather, Zora MD (Pediatrics)</h2>
    <p><b>Average score:</b> 2.3 / 5 (6 votes)</p><hr>
    <p><b>fargo_dad</b> wrote on 2023-11-02 &ndash; rated it 1/5:<br>Felt dismissed when I asked about my son.</p><hr>
    <p><b>prairie</b> wrote on 2024-04-17 &ndash; rated it 2/5:<br>Office never returns calls. Doctor is fine.</p><hr>
    <p><small>Also rated in Fargo: <a href="/x">Brandvold, Ida DO</a> (4.5/5)</small></p></body></html>"""
    found = _reviews(body)
    assert [(r.rating, r.date) for r in found] == [(1.0, "2023-11-02"), (2.0, "2024-04-17")]
    assert found[0].text == "Felt dismissed when I asked about my son."


def test_a_list_of_other_doctors_averages_is_not_reviews() -> None:
    body = """<html><body><ul><li><a href="/d/1">Dr. Ida Brandvold, DO</a> <span>Pediatrics</span>
    <span class="starRating">1.9 stars</span> <span>Moorhead, MN</span></li>
    <li><a href="/d/2">Dr. Tomas Reyna, MD</a> <span>Pediatrics</span> <span class="starRating">4.8 stars</span></li>
    </ul></body></html>"""
    assert _reviews(body) == ()


def test_comments_dated_by_month_and_day_are_no_sub_scores() -> None:
    body = """<html><body><div class="comments">
    <div class="comment"><span class="who">Ole Hanson</span> · <span class="when">Nov 2</span>
    <p>Is the bench still for sale on Friday night? My wife wants it.</p></div>
    <div class="comment"><span class="who">Peggy Quillfeather</span> · <span class="when">Nov 3</span>
    <p>For you Ole, yes. Come after six.</p></div></div></body></html>"""
    assert _reviews(body) == ()


def test_an_average_stated_only_in_words_is_the_pages_rating() -> None:
    text = "Dr. Zora Quillfeather, MD has received 6 ratings with an average rating of 2 out of 5 stars."
    assert average(text) == Rating(2.0, 5.0, 6)
    assert average("Average score: 2.3 / 5 (6 votes)") == Rating(2.3, 5.0, 6)
    assert average("Rated 4.5/5 by colleagues elsewhere") is None


def test_an_unknown_site_with_reviews_is_a_ratings_page() -> None:
    url = "https://fargodocratings.example/peds/quillfeather-zora.html"
    probe = Probe("fargodocratings.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, SUB_SCORES, "text/html", url), None)
    assert page.kind == PageKind.RATINGS_PROFILE and len(page.reviews) == 2


def test_a_site_selector_that_missed_the_stars_takes_them_from_the_review_block() -> None:
    from footprint.extract.reviews import with_replies
    from footprint.models import Review

    marked = [Review(None, 5.0, "He spent four minutes with me.", "2017-03-04")]
    found = (Review(1.0, 5.0, "He spent four minutes with me.", "2017-03-04", reply="We are sorry."),)
    (review,) = with_replies(marked, found)
    assert review.rating == 1.0 and review.scale == 5.0 and review.reply == "We are sorry."
    kept = with_replies([Review(4.0, 5.0, "Fine.", "")], (Review(1.0, 5.0, "Fine.", ""),))
    assert kept[0].rating == 4.0  # the markup's own rating stands


def test_stars_given_only_by_a_class_and_a_head_holding_the_author_are_one_review() -> None:
    body = """<html><body><section id="reviews">
    <article class="review"><div class="review-head"><div class="star-rating star-rating-10"></div>
    <span class="review-author">Verified Patient</span></div>
    <div class="review-text"><p>He barely looked at my X-ray and sent me home.</p></div>
    <em class="review-date">07/21/2024</em></article>
    <article class="review"><div class="review-head"><div class="stars-4-half"></div>
    <span class="review-author">Verified Patient</span></div>
    <div class="review-text"><p>Quick and kind on a busy night.</p></div>
    <em class="review-date">10/30/2023</em></article>
    </section></body></html>"""
    found = read(lxml.html.fromstring(body))
    assert [(r.rating, r.text, r.date) for r in found] == [
        (1.0, "He barely looked at my X-ray and sent me home.", "2024-07-21"),
        (4.5, "Quick and kind on a busy night.", "2023-10-30"),
    ]


def test_an_answer_the_markup_marks_as_the_owners_is_the_reply_whatever_its_label() -> None:
    body = """<html><body><ul>
    <li class="rv"><a href="/u/1">Jalen B.</a><div role="img" aria-label="2 star rating"></div>
    <span class="dt">Sep 14, 2025</span><p class="c1">The doctor was great but the therapist was on his phone.</p>
    <div class="q-owner-reply"><p>Business owner information</p><p>Zora Q.</p><span>Sep 16, 2025</span>
    <p>Jalen, your tendon looked much better on the ultrasound last week, call me.</p></div></li>
    <li class="rv"><div role="img" aria-label="5 star rating"></div><span class="dt">Jul 2, 2025</span>
    <p class="c1">Kind and thorough with my knee, best in town.</p>
    <div class="responsive-footer"><p>Was this review helpful to you at all?</p></div></li></ul></body></html>"""
    first, second = _reviews(body)
    assert first.text == "The doctor was great but the therapist was on his phone."
    assert first.reply == "Jalen, your tendon looked much better on the ultrasound last week, call me."
    assert first.date == "2025-09-14" and first.rating == 2.0
    assert second.reply == "" and second.text == "Kind and thorough with my knee, best in town."


VERDICTS = """<html><body><section class="provider-reviews"><h2>Reviews (2)</h2>
<article class="review-card"><h3>Calmer skin at last</h3>
<p class="review-meta"><span>IPL Photofacial</span> · <span>Worth It</span> · <span>$1,100</span> ·
<time>Sep 4, 2026</time></p>
<div class="review-body">Three sessions and my cheeks are calm for the first time in years, truly.</div></article>
<article class="review-card"><h3>Not what I was told</h3>
<p class="review-meta"><span>CO2 Laser</span> · <span>Not Worth It</span> · <span>$3,400</span> ·
<time>Jul 2, 2026</time></p>
<div class="review-body">Took six weeks to heal and I still have pink patches along my jaw.</div>
<div class="provider-response"><p>Response from the doctor</p>
<p>I am sorry the recovery was slow; please come back.</p></div>
</article></section></body></html>"""


def test_a_procedure_sites_worth_it_verdict_is_the_reviews_rating() -> None:
    found = read(lxml.html.fromstring(VERDICTS))
    assert [(r.rating, r.text[:10]) for r in found] == [(5.0, "Three sess"), (1.0, "Took six w")]
