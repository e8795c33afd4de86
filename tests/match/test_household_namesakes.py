"""A page of the subject's private life is theirs by their household even where the first reading rejected it for
the name alone: a fishing rodeo's caption "Ted Pellworth of Bixby and his wife Margit" never says "doctor", and
three physicians share the name, but his confirmed broker record lists his home in Bixby and his wife Margit. The
traps a reader avoids stay out: a name many physicians (and so many households) share, a same-name neighbour of
another family or town, and the son of the same name who lives in the household. Hand-made records: Dr. Theodore
Pellworth practises in Tulsa, OK, and lives in Bixby."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1245319599", "THEODORE", "PELLWORTH", "QUILL", "MD", ("Vascular Surgery",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0140",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Theodore Pellworth"), (), RECORD, npi_candidates=3)
HOME = PersonRecord(
    "Theodore Quill Pellworth",
    age=52,
    addresses=(Address("118 Birch Ln", "Bixby", "OK", "74008", "home"), Address("", "Tulsa", "OK")),
    phones=("918-555-0140",),
    relatives=("Margit Pellworth", "Dylan Pellworth"),
)


def _broker(person: PersonRecord = HOME) -> Extracted:
    return Extracted("https://people.example/theodore-pellworth", "people", PageKind.PEOPLE_SEARCH, people=(person,))


def _caption(text: str) -> Extracted:
    person = PersonRecord(text.split(" of ")[0], context=text, read_from=("name:text",))
    return Extracted("https://rodeo.example/photos", "rodeo", PageKind.OTHER, title="Weigh-In Photos", text=text,
                     people=(person,))  # fmt: skip


def _after(text: str, *, candidates: int = 3, broker: Extracted | None = None) -> Decision:
    who = replace(WHO, npi_candidates=candidates)
    broker = broker or _broker()
    known, page = Match(broker, match(WHO, broker)), _caption(text)
    first = Match(page, match(who, page))
    assert known.result.decision == Decision.CONFIRMED
    assert first.result.decision == Decision.REJECTED  # the name alone, shared by a few physicians
    return {m.page.url: m.result for m in with_kin(who, (known, first))}[page.url].decision


def test_a_caption_naming_his_wife_in_his_town_is_his_though_a_few_physicians_share_the_name() -> None:
    assert _after("Ted Pellworth of Bixby and his wife Margit with a 38 lb king mackerel.") == Decision.LIKELY


def test_a_name_many_physicians_share_is_shared_by_many_households_too() -> None:
    text = "Ted Pellworth of Bixby and his wife Margit with a 38 lb king mackerel."
    assert _after(text, candidates=12) == Decision.REJECTED


def test_a_same_name_neighbour_of_another_family_or_town_stays_rejected() -> None:
    for text in (
        "Ted Pellworth of Bixby and his son Brandon with a 38 lb king mackerel.",
        "Ted Pellworth of Broken Arrow and his wife Margit with a 38 lb king mackerel.",
    ):
        assert _after(text) == Decision.REJECTED, text


def test_the_son_of_the_same_name_in_the_household_stays_rejected() -> None:
    """The subject's son bears his name and lives with his mother: "Ted Pellworth Jr. of Bixby and his mother Margit"
    is the son, whatever the household agrees on."""
    broker = _broker(replace(HOME, relatives=("Margit Pellworth", "Theodore Pellworth Jr")))
    text = "Ted Pellworth Jr. of Bixby and his mother Margit with a 38 lb king mackerel."
    assert _after(text, broker=broker) == Decision.REJECTED


def test_an_office_street_that_is_the_households_home_is_no_other_person() -> None:
    """A state's business record lists the practice's company at the subject's home street (its mailing address):
    the street differs from the registry's office, and it is where the subject lives, not another person's office."""
    from footprint.match import rejudge

    person = PersonRecord(
        "Theodore Q Pellworth",
        addresses=(Address("118 Birch Ln", "Tulsa", "OK", "74103"),),
        context="Pellworth Vascular LLC · Registered agent: Theodore Q Pellworth, 118 Birch Ln, Tulsa, OK",
        read_from=("record:labelled text",),
    )
    page = Extracted("https://sos.example/biz/1", "sos", PageKind.OTHER, title="Business Entity Detail",
                     text=person.context, people=(person,))  # fmt: skip
    broker = _broker(replace(HOME, addresses=(Address("118 Birch Ln", "Tulsa", "OK", "74103", "home"),)))
    known, first = Match(broker, match(WHO, broker)), Match(page, match(WHO, page))
    assert any(r.startswith("street address differs") for r in first.result.reasons)
    after = {m.page.url: m.result for m in with_kin(WHO, (known, first))}[page.url]
    assert after.decision.is_match
    assert any(rejudge.household.HOME in r for r in after.reasons)
