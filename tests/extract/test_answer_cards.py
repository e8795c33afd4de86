"""A Q&A site's answers, each a block with the answering doctor's card (name, field, years, town) above the answer.

HealthTap and the doctors' answer sites like it show the doctor's field and town on lines of their own under the
name, and the answer below; nothing marks the page up. The answering doctor is a person of the page with what their
card says of them, their answer a post answering whoever asked: public advice to a stranger, once the page is theirs.
A neighbourhood site's commenter card ("Ann Roe · Nob Hill · Jul 19") gives their neighbourhood, never a job.
"""

from __future__ import annotations

from footprint.extract.media import ASKER
from footprint.match import match
from footprint.models import Decision, Extracted, PageKind
from tests.assess._marta import excerpts, marta, read_page

QUESTION = """<html><head><title>My 4 year old has had a fever for 5 days. Should I worry? | AskaDoc</title>
<meta name="description" content="Dr. Marta Quellweg answered: Five days of fever needs an exam today.">
</head><body><header><a href="/">AskaDoc</a> <a href="/login">Ask a doctor free</a></header>
<main><section class="question"><div class="asker">A 34-year-old female asked</div>
<h1>My 4 year old has had a fever for 5 days. Should I worry?</h1>
<p class="question-details">
Fever of 102 since Saturday, red eyes and cracked lips now. Motrin helps a bit.</p></section>
<section class="{block}" id="a1">
<div class="answer-doctor"><a class="doctor-name" href="/doctors/1">Dr. Marta Quellweg</a>
<div class="doctor-specialty">Pediatrics</div>
<div class="doctor-experience">22 years in practice · Dayton, OH</div></div>
<div class="answer-text"><p>Take her to the ER today: five days of fever with red eyes and cracked lips can be
Kawasaki disease. Give ibuprofen 10 mg/kg every 6 hours until she is seen.</p></div>
<div class="answer-meta"><span>Answered Sep 3, 2026</span> · <span>4 doctors agree</span> · <span>12 thanks</span></div>
</section>
<section class="{block}" id="a2"><div class="answer-doctor"><a class="doctor-name" href="/doctors/2">Dr. Alan Brody</a>
<div class="doctor-specialty">Family Medicine</div><div class="doctor-experience">19 years in practice</div></div>
<div class="answer-text"><p>Agree, she needs to be seen today. Don't wait on this one.</p></div>
<div class="answer-meta"><span>Answered Sep 4, 2026</span> · <span>2 doctors agree</span></div></section>
</main></body></html>"""

URL = "https://www.askadoc.example.com/questions/7710482-my-4-year-old-has-had-a-fever"


def _page(block: str = "answer-card") -> Extracted:
    return read_page(QUESTION.format(block=block), URL)


def test_the_answering_doctors_card_says_their_field_and_town() -> None:
    page = _page()
    marta_q = next(p for p in page.people if p.name == "Marta Quellweg")
    assert "Pediatrics" in marta_q.context and "Dayton, OH" in marta_q.context
    brody = next(p for p in page.people if p.name == "Alan Brody")
    assert "Family Medicine" in brody.context and "Dayton" not in brody.context
    assert "Sep 4, 2026" not in brody.context and "agree" not in brody.context  # the answer's date and counts
    assert not brody.occupation  # the card is what the site says of them, not a job line after the name


def test_each_answer_is_a_post_answering_whoever_asked() -> None:
    posts = {p.author: p for p in _page().posts}
    assert posts["Marta Quellweg"].on_post_by == ASKER
    assert "Kawasaki" in posts["Marta Quellweg"].text
    assert posts["Alan Brody"].on_post_by == ASKER


def test_the_card_makes_the_answer_the_subjects_and_its_advice_a_finding() -> None:
    page = _page()
    judged = match(marta(), page)
    assert judged.decision in (Decision.CONFIRMED, Decision.LIKELY)
    assert judged.person is not None and judged.person.name == "Marta Quellweg"
    found = excerpts(marta(), page, judged)
    assert "online_medical_advice" in found


def test_a_block_no_answer_or_comment_is_not_read_as_one() -> None:
    page = _page(block="card")
    assert not page.posts


def test_a_neighbourhood_sites_commenter_card_gives_their_neighbourhood_not_a_job() -> None:
    thread = """<html><head><title>Loose dog on Crest Ridge | Nextdoor</title></head><body><main>
<div class="post"><span class="author-name">Pam Riddle</span> · <span>Chevy Chase</span>
<p>Brown lab, no collar, heading toward the park. Anyone know him?</p></div>
<div class="comment"><span class="comment-author">Jeff Tolliver</span><span class="neighborhood">Chevy Chase</span>
<span class="comment-date">Oct 3</span>
<p class="comment-text">That's Biscuit, he lives two doors down from us.</p></div>
</main></body></html>"""
    page = read_page(thread, "https://nextdoor.example.com/p/Tq8mV3xKd2Ln", PageKind.OTHER)
    jeff = next(p for p in page.people if p.name == "Jeff Tolliver")
    assert "Chevy Chase" in jeff.context and "Oct 3" not in jeff.context
    assert not jeff.occupation
