"""A patient thanks "Dr. Baek and the nurses at Pine Country": the subject's practice, Pine Country Fertility,
named by the run of its words a patient says after "at", though neither word alone tells it ("Pine" is a town's
name and short, "Country" follows it). Beside the titled family name, the workplace makes the page likely hers
(``workplace.named_at``, ``titled.pinned``); a run that is a town's name as a whole ("at Lone Star") does not.
Hand-made records: Nora Baek, a reproductive endocrinologist in Boise."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1245319599", "Nora", "Baek", credential="MD", taxonomies=("Obstetrics & Gynecology, Reproductive Endocrinology",),
    addresses=(Address("5 River Rd", "Boise", "ID", "83702", "LOCATION"),),
)  # fmt: skip
SUBJECT = make_subject("Dr. Nora Baek", state="ID")
WHO = replace(Identity(SUBJECT, (), RECORD, 1), workplaces=("Pine Country Fertility",))


def _story(sentence: str, who: Identity = WHO) -> Decision:
    text = f"Two lines at last. {sentence} Writing through infertility in Boise."
    doctor = PersonRecord("Dr. Baek", read_from=("name:text",), context=f"{sentence} [page: Two lines]")
    writer = PersonRecord("Jess Ortega", read_from=("name:author",), context="Jess Ortega · Boise")
    page = Extracted("https://medium.example/@jess/two-lines", "medium", PageKind.NEWS, title="Two lines",
                     text=text, people=(writer, doctor))  # fmt: skip
    return match(who, page).decision


def test_the_titled_name_beside_a_run_of_her_practices_words_after_at_is_likely_hers() -> None:
    assert _story("Thank you to Dr. Baek and the nurses at Pine Country, who never rushed me.") == Decision.LIKELY


def test_a_run_that_is_a_towns_name_or_no_run_of_her_practice_leaves_it_for_the_user() -> None:
    lone = replace(WHO, workplaces=("Lone Star Fertility",))
    assert _story("Thank you to Dr. Baek and the nurses at Lone Star, who never rushed me.", lone) == Decision.POSSIBLE
    assert _story("Thank you to Dr. Baek and the nurses at Pine Harbor, who never rushed me.") == Decision.POSSIBLE
