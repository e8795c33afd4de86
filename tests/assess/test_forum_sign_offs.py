"""A doctor answering on a forum under a screen name and signing the post: a signature line with no dash ("... fit
you in. Marta Quellweg (peds, Dayton Children's) · see you Saturday") or a dash and the name the thread knows her
by ("-- Dr. Q (peds, Dayton)"). The match chose the signed name; the advice in the post is hers. A patient's post
that names her in a sentence ("Marta Quellweg (my kids' doctor) fixed it. Ask her.") is not hers. A course told to
one person ("double the hydrocortisone for 5 days") and a rash judged from a photo ("that looks infected") are
individual advice.
"""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord, Post
from tests.assess._marta import excerpts, marta

MARTA = marta()
URL = "https://talk.parents-dayton.example.org/t/rash-on-my-toddler/2291"


def _thread(reply: str, chosen: str) -> dict[str, set[str]]:
    opener = Post("dayton_dad", "Rash on my 2yo for a week now, derm waitlist is four months. Wait?", URL)
    answer = Post("peds_answers", reply, on_post_by="dayton_dad")
    page = Extracted(URL, "talk.parents-dayton.example.org", PageKind.OTHER, title="Rash on my toddler | Talk",
                     people=(PersonRecord("dayton_dad"), PersonRecord(chosen)), posts=(opener, answer),
                     text=f"{opener.text} {reply}")  # fmt: skip
    return excerpts(MARTA, page, MatchResult(0.9, Decision.LIKELY, (), PersonRecord(chosen), 1))


def test_a_reply_signed_with_her_name_on_its_last_line_gives_her_advice() -> None:
    signed = (
        "Don't wait. If she stops drinking or is hard to wake, go to the ER tonight. "
        "Marta Quellweg (peds, Dayton Children's) · see you at Saturday long run"
    )
    assert "online_medical_advice" in _thread(signed, "Marta Quellweg")


def test_a_dashed_sign_off_by_title_and_initial_is_the_name_the_match_chose() -> None:
    dashed = (
        "Stop the wraps for now, that looks infected. Start the mupirocin and double the hydrocortisone "
        "for 5 days. -- Dr. Q (peds, Dayton)"
    )
    assert "online_medical_advice" in _thread(dashed, "Dr. Q")


def test_a_patients_sentence_naming_her_is_not_her_post() -> None:
    told = "We went through this. Marta Quellweg (my kids' doctor) said go to the ER tonight if she stops drinking."
    assert "online_medical_advice" not in _thread(told, "Marta Quellweg")
