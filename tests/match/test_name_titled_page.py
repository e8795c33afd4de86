"""A page titled with its person's name and nothing else ("Roe, Jane (Warwick, Rhode Island) - Ocean State Lookup") is
that person's record: a people finder written as a paragraph says what she does in sentences that leave her out ("Works
in rheumatology at a Warwick practice"), and those are hers though the page names a husband too. A coach's page titled
so that gives him another job ("Off the field he works as an HVAC technician") is another person of the name."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("40 Mill Rd", "Warwick", "RI", "02886", "LOCATION")
RECORD = NpiRecord("1234567893", "ELENI", "QUARRELL", "", "M.D.", ("Rheumatology",), (OFFICE,))
# The registry's other Eleni Quarrell is a family physician in Warwick too: the town tells no one apart, the field does.
NAMESAKE = NpiRecord("1245319599", "ELENI", "QUARRELL", "", "M.D.", ("Family Medicine",),
                     (Address("9 Oak Ave", "Warwick", "RI", "02889", "LOCATION"),))  # fmt: skip
WHO = Identity(make_subject("Dr. Eleni Quarrell", state="RI", specialty="Rheumatology"), (), RECORD, 2,
               registry_others=(NAMESAKE,))  # fmt: skip


def _page(title: str, headline: PersonRecord, text: str, other: PersonRecord) -> Extracted:
    return Extracted("https://lookup.example/p/quarrell-eleni", "lookup.example", PageKind.OTHER, title=title,
                     people=(headline, other), text=f"{title} {text}")  # fmt: skip


def test_a_prose_people_finder_titled_with_her_name_gives_her_its_sentences() -> None:
    title = "Quarrell, Eleni (Warwick, Rhode Island) - Ocean State Lookup"
    her = PersonRecord("Eleni Quarrell", addresses=(Address(city="Warwick", state="RI"),), context=title,
                       read_from=("name:title", "name:h1"))  # fmt: skip
    text = (
        "Eleni, 47, lives in Warwick with Nikolaos Quarrell (49) and two younger members of the household. "
        "Works in rheumatology at a Warwick practice."
    )
    him = PersonRecord("Nikolaos Quarrell", context=text, read_from=("name:text",))
    assert match(WHO, _page(title, her, text, him)).decision.is_match
    # The same page under a headline that is a sentence, not her name: a story, whose other words may be anyone's.
    story = "Warwick neighbours plant a pond garden - Ocean State News"
    assert not match(WHO, _page(story, her, text, him)).decision.is_match


def test_a_name_titled_page_giving_him_another_job_is_a_namesake() -> None:
    title = "Coach Eleni Quarrell | Warwick United Youth Soccer"
    coach = PersonRecord("Coach Eleni Quarrell", context=title, read_from=("name:title", "name:h1"))
    text = (
        "Coach Eleni Quarrell has coached our U12 girls in Warwick since 2019. Off the field she works as an HVAC"
        " technician. Practices are Tuesday and Thursday at the park."
    )
    other = PersonRecord("Coach Eleni", context=text, read_from=("name:text",))
    assert not match(WHO, _page(title, coach, text, other)).decision.is_match
