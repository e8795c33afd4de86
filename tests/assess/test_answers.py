"""Answers on a question-and-answer page, read from the page's QAPage markup and its visible text.

The markup gives an answer's author, its date and often only its opening; the page shows the rest. The
subject's answer is theirs in public: advice to whoever asked is advice, and an answer is no comment under
someone's post. Someone else's answer on the same page is not the subject's.
"""

from __future__ import annotations

import json
from dataclasses import replace

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://answers.example/Is-it-safe-to-double-my-inhaler"


def _page(author: str) -> Page:
    data = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {
        "@type": "Question", "name": "Is it safe to double my inhaler on a bad day?",
        "acceptedAnswer": {"@type": "Answer", "text": "Short answer, for most adults yes, up to a point.",
                           "dateCreated": "2025-05-18", "author": {"@type": "Person", "name": author}}}}  # fmt: skip
    body = f"""<html><head><title>{author}'s answer to Is it safe to double my inhaler on a bad day?</title>
    <script type="application/ld+json">{json.dumps(data)}</script></head><body>
    <h1>Is it safe to double my inhaler on a bad day?</h1>
    <div><a>{author}</a> · Pulmonologist in Fargo</div><div>May 18, 2025</div>
    <div class="a"><p>Short answer, for most adults yes, up to a point.</p>
    <p>If you are still tight after eight puffs, or your lips look blue, go to an ER tonight.</p></div>
    <div>9.4K views · 133 upvotes</div></body></html>"""
    probe = Probe("answers.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", URL)


def _categories(author: str) -> set[str]:
    subject = make_subject("Dr. Ida Brandvold", specialty="Pulmonology", city="Fargo", state="ND")
    page = extract(_page(author), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    matched = Match(page, MatchResult(0.9, Decision.LIKELY, (), me, page.people.index(me)))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


def test_her_answer_is_read_whole_and_its_advice_to_the_asker_is_hers() -> None:
    page = extract(_page("Ida Brandvold"), None)
    (answer,) = page.posts
    assert answer.author == "Ida Brandvold" and answer.date == "2025-05-18"
    assert answer.text.endswith("go to an ER tonight.")  # the markup gave only the first sentence
    found = _categories("Ida Brandvold")
    assert "online_medical_advice" in found and "personal_comment" not in found


def test_someone_elses_answer_that_names_her_is_not_her_advice() -> None:
    subject = make_subject("Dr. Ida Brandvold", specialty="Pulmonology", city="Fargo", state="ND")
    body = _page("Hal Quint").body.replace("<p>Short answer", "<p>My own pulmonologist Dr. Ida Brandvold in Fargo "
                                           "once told me this. Short answer")  # fmt: skip
    page = extract(replace(_page("Hal Quint"), body=body), None)
    (answer,) = page.posts
    assert answer.author == "Hal Quint"
    her = next(p for p in page.people if p.name == "Ida Brandvold")
    matched = Match(page, MatchResult(0.9, Decision.LIKELY, (), her, page.people.index(her)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert "online_medical_advice" not in found


THREAD = """<html><head><title>Inhaler result - what does it mean? - Parents Forum</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"Inhaler result","author":{"@type":"Person","name":"theos_mama"},"datePublished":"2025-10-09",
"text":"Our pulmonologist's portal says FEV1 is 61 percent for our 9 y/o. Is that bad??"}</script></head><body>
<div itemscope itemtype="http://schema.org/Comment"><span itemprop="author" itemscope
 itemtype="http://schema.org/Person"><span itemprop="name">DrIdaB</span></span>
<div itemprop="text"><p>{reply}</p></div></div></body></html>"""


def _thread(reply: str) -> Page:
    url = "https://forum.example/t/inhaler-result/77"
    probe = Probe("forum.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, THREAD.replace("{reply}", reply), "text/html", url)


def test_a_reply_signed_in_its_text_under_a_screen_name_is_hers_and_answers_the_threads_opener() -> None:
    reply = (
        "Hi! Ida Brandvold here (pulmonologist, Fargo). I actually saw Theo on Tuesday: his asthma is not controlled."
    )
    page = extract(_thread(reply), None)
    answer = next(p for p in page.posts if p.author == "DrIdaB")
    assert answer.on_post_by == "theos_mama"
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    assert me.handle == "DrIdaB"
    subject = make_subject("Dr. Ida Brandvold", specialty="Pulmonology", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.9, Decision.LIKELY, (), me, page.people.index(me)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert "patient_information" in found
    # Someone else's reply that praises her is not her post.
    praise = extract(_thread("Ida Brandvold is the best pulmonologist in Fargo, saw Theo on Tuesday."), None)
    her = next(p for p in praise.people if p.name == "Ida Brandvold")
    assert her.handle == "" and "name:post author" not in her.read_from


def test_an_answer_directing_a_strangers_fathers_dose_and_care_is_advice() -> None:
    """ "150 is a reasonable dose ... Make sure he has been off his levothyroxine ... have him sleep alone": what to do
    about one person's treatment. An invitation to dinner is none."""
    from footprint.assess.detectors.base import hit

    answer = "For your dad, 150 is a reasonable dose. Make sure he has been off his levothyroxine for two weeks."
    assert hit("advice", answer)
    assert hit("advice", "and have him sleep alone for 5 nights after")
    assert not hit("advice", "have them stay for dinner, and make sure he has his homework done")
