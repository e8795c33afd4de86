"""A court's case record lists each party in a block with the role and the address the court has for them. Such
a party is a person's own entry in a register that names no profession, judged by name, place and kin as a deed's
owner is: the subject's name at an address in her city is hers (a defendant served at home), the same name in
another city of the state is a namesake's, and a home street is never "another office" of hers."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1245319599", "Lorcan", "Ashgrove", "Tobias", "MD", ("Internal Medicine",),
    (Address("100 Main St", "Dayton", "OH", "45402", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Lorcan Ashgrove", state="OH"), (), RECORD, 1)


def _case(party: str, address: str) -> str:
    return f"""<html><head><title>Case 25CV00871 - Montgomery County Common Pleas - Public Case Search</title></head>
    <body><main><h1>Case 25CV00871</h1><table class="parties"><tr><th>Party</th><th>Type</th><th>Address</th>
    <th>Attorney</th></tr>
    <tr><td>PELLINGTON, MARGO</td><td>P-01 Plaintiff</td><td>55 RIDGE HOLLOW RD, DAYTON, OH 45409</td>
    <td>Brandt &amp; Lowe LLC</td></tr>
    <tr><td>{party}</td><td>D-01 Defendant</td><td>{address}</td><td>Okafor Hale PC</td></tr>
    </table><p>Case type: Boundary dispute. Status: Pending.</p></main></body></html>"""


def _read(body: str):  # type: ignore[no-untyped-def]
    url = "https://courts.example.gov/case/25CV00871"
    probe = Probe("courts.example.gov", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_a_defendant_of_her_name_at_a_home_in_her_city_is_hers() -> None:
    found = match(WHO, _read(_case("ASHGROVE, LORCAN T.", "61 WHITBY LN, DAYTON, OH 45409")))
    assert found.decision.is_match
    assert not any("street address differs" in r for r in found.reasons)


def test_a_defendant_of_her_name_in_another_city_of_the_state_is_not_hers() -> None:
    found = match(WHO, _read(_case("ASHGROVE, LORCAN T.", "9 LAKE ST, TOLEDO, OH 43604")))
    assert not found.decision.is_match


def test_another_middle_initial_in_her_city_stays_possible_at_most() -> None:
    found = match(WHO, _read(_case("ASHGROVE, LORCAN R.", "61 WHITBY LN, DAYTON, OH 45409")))
    assert found.decision in (Decision.POSSIBLE, Decision.REJECTED)
