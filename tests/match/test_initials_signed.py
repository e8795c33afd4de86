"""A society newsletter's column or a letter to the editor signed with initials and a credential ("K.J.W., DO") is
the subject's when the initials are the registry's given, middle and family names in order, the credential is
the subject's, and the field, the town or the practice agrees; never on the initials alone, nor when another
name on the page has those initials. Pages written here, read by the generic layer, then judged."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

HERS = NpiRecord(
    "1366042817", "Kestrel", "Wraybourne", "Juniper", "D.O.", ("Sleep Medicine",),
    (Address("40 Ore Cart Ln", "Provo", "UT", "84604", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Kestrel Wraybourne"), (), HERS)

COLUMN = """<html><head><title>Night Notes: the clocks go back | Tri-County Osteopathic Bulletin</title></head><body>
<h1>Night Notes: the clocks go back</h1><p class="by">By {initials}, {degree} · Autumn 2026</p>
<p>Every autumn our patients gain an hour and lose a week of rhythm. Keep the alarm where it was for three days.</p>
<p>{initials} is a {field} in {town} and a bulletin member since 2011.</p>{extra}
<footer>© Tri-County Osteopathic Bulletin</footer></body></html>"""


def _judge(initials: str = "K.J.W.", degree: str = "DO", field: str = "sleep physician", town: str = "Provo",
           extra: str = "") -> tuple[Decision, tuple[str, ...]]:  # fmt: skip
    url = "https://tcob.example.org/bulletin/2026-autumn/night-notes"
    body = COLUMN.format(initials=initials, degree=degree, field=field, town=town, extra=extra)
    probe = Probe("tcob.example.org", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    result = match(WHO, extract(Page(probe, 200, body, "text/html", url), None))
    return result.decision, result.reasons


def test_the_registry_initials_with_the_credential_and_the_field_and_town_are_the_subject() -> None:
    decision, reasons = _judge()
    assert decision.is_match
    assert any("initials with the subject's credential" in r for r in reasons)


def test_the_town_alone_ties_a_letter_signed_so() -> None:
    decision, _ = _judge(field="physician")
    assert decision.is_match


def test_initials_without_field_town_or_practice_are_at_most_possible() -> None:
    decision, _ = _judge(field="physician", town="a small town")
    assert not decision.is_match
    # Weak hints that would otherwise lift the score (a state, a credential) do not: only a tie only the subject
    # has does (today's weights keep such a page below "likely" anyway; the hold keeps it so if they change).
    from footprint.match.initials import WHY, hold
    from footprint.match.strength import NAME_ONLY_CAP, Tally
    from footprint.namematch import NameFit

    signed = NameFit(0.75, (f"K.J.W.: {WHY} DO",))
    weak = Tally(0.45)
    weak.add(0.1, "same state: UT", strong=True)
    assert hold(signed, weak, 0.8) == NAME_ONLY_CAP
    tied = Tally(0.45)
    tied.add(0.25, "same city: Provo, UT", strong=True)
    assert hold(signed, tied, 0.8) == 0.8


def test_another_credential_is_not_the_subject() -> None:
    decision, _ = _judge(degree="DDS", field="dentist")
    assert not decision.is_match


def test_initials_in_another_order_are_not_the_subject() -> None:
    decision, _ = _judge(initials="K.W.J.")
    assert not decision.is_match


def test_another_person_on_the_page_with_those_initials_keeps_it_from_the_subject() -> None:
    extra = "<p>Dr. Keith J. Walcott, DO, of Provo, reviewed this column.</p>"
    decision, _ = _judge(extra=extra)
    assert not decision.is_match
