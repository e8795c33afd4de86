"""A call-in show's or a podcast's notes give the doctor's answers to named listeners: "For Jess in Ohio, whose boy
goes low at night: drop his overnight basal by 20 percent tonight", "Dot from Knightsville: ... 'take 25 twice a
day'". Each is individual advice to someone the doctor never examined, in public. An episode that answers listener
questions in general ("why more melatonin isn't better") advises no one."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Orla Vantreece", specialty="Pediatric Endocrinology", city="Omaha", state="NE"), ())
URL = "https://podcasts.example.com/sugar-kids/ep-12"


def _advice(notes: str) -> list[str]:
    person = PersonRecord("Orla Vantreece", read_from=("name:text",))
    page = Extracted(URL, "podcasts.example.com", PageKind.OTHER, title="Ep. 12: Dr. Orla answers your questions",
                     text=notes, people=(person,))  # fmt: skip
    found = assess(WHO, [Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))], {})
    return [f.title for f in found if f.category == "online_medical_advice"]


def test_a_podcasts_answer_to_a_named_listener_is_medical_advice() -> None:
    notes = ("Pediatric endocrinologist Dr. Orla Vantreece takes listener questions. For Jess in Ohio, whose "
             "9-year-old goes low every night: drop his overnight basal by 20 percent tonight, no need to wait for "
             "his own endo. For Marcus: yes, you can stop the Synthroid for the summer.")  # fmt: skip
    assert _advice(notes) == ["Medical advice you gave Jess on podcasts.example.com"]


def test_an_episode_answering_questions_in_general_advises_no_one() -> None:
    notes = ("Dr. Orla Vantreece busts five insulin myths and answers listener questions about summer camp: why "
             "more snacks aren't better, and when a low needs a doctor.")  # fmt: skip
    assert _advice(notes) == []


def test_a_ratings_profiles_answers_questions_score_is_no_show() -> None:
    person = PersonRecord("Orla Vantreece", read_from=("record:schema.org",))
    text = ("Dr. Orla Vantreece, MD Pediatric Endocrinology Answers questions 3 out of 5. Jess: she told us to "
            "take 200 mg of ibuprofen twice a day and it worked.")  # fmt: skip
    page = Extracted(URL, "ratings.example", PageKind.RATINGS_PROFILE, title="Dr. Orla Vantreece | Ratings", text=text,
                     people=(person,))  # fmt: skip
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    assert not [f for f in found if f.category == "online_medical_advice"]
