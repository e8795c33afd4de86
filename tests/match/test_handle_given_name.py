"""The given name the user's own handle writes is a name the subject goes by.

A user who types "Dr. Prudence Quarrington" with the handle "dottie.quarrington" has said her accounts go by
Dottie: a practice page that names "Dr. Dottie Quarrington", with her field and town, is hers, as it would be
for a nickname the tables know. Without the handle "Dottie" is another given name; a handle that writes no
given name before the family name ("quarringtonlab") teaches nothing.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.namematch import SubjectNames

PAGE = """<html><head><title>Dr. Dottie Quarrington, MD - Pulmonology - Duluth, MN</title></head><body><main>
<h1>Dr. Dottie Quarrington, MD</h1><p>Pulmonology</p><p>412 Lakeview Crest Ave, Duluth, MN 55802</p>
<p>Dr. Quarrington sees adults with asthma and COPD at Lakeview Lung Clinic.</p></main></body></html>"""


def _judge(**typed: object) -> tuple[Decision, str]:
    subject = make_subject("Dr. Prudence Quarrington", city="Duluth", state="MN", specialty="Pulmonology", **typed)
    url = "https://lakeviewlung.example/team/quarrington"
    probe = Probe("lakeviewlung.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    result = match(Identity(subject, ()), extract(Page(probe, 200, PAGE, "text/html", url), None))
    return result.decision, "; ".join(result.reasons)


def test_the_name_her_handle_writes_names_her() -> None:
    decision, why = _judge(handles=["dottie.quarrington"])
    assert decision in (Decision.LIKELY, Decision.CONFIRMED), why
    assert "Dottie is the given name your handle writes" in why


def test_without_the_handle_billie_is_another_given_name() -> None:
    decision, why = _judge()
    assert decision not in (Decision.LIKELY, Decision.CONFIRMED), why
    assert "given name differs" in why


def test_a_handle_without_a_given_name_before_the_family_name_teaches_nothing() -> None:
    subject = make_subject("Dr. Prudence Quarrington", handles=["quarringtonlab", "dq.quarrington"])
    assert SubjectNames.of(subject).handle_givens == frozenset()
    # A title alone before the family name ("doc_quarrington", "dr.quarrington") is no given name either.
    titled = make_subject(
        "Dr. Prudence Quarrington", handles=["doc_quarrington", "dr.quarrington", "doctorquarrington"]
    )
    assert SubjectNames.of(titled).handle_givens == frozenset()


def test_a_handle_of_the_title_and_the_start_of_her_given_name_writes_the_short_name() -> None:
    """ "drnoe808" for Noelani: the title run into the start of the typed given name is the short name patients
    call her ("Dr. Noe"). Without the title, or a clipped form that is not the name's start, it teaches nothing."""
    assert SubjectNames.of(make_subject("Dr. Noelani Kapule", handles=["@drnoe808"])).handle_givens == {"noe"}
    assert SubjectNames.of(make_subject("Dr. Louisa Kapule", handles=["doclou"])).handle_givens == {"lou"}
    for handle in ("noe808", "drnoa", "drno", "drnoelani"):
        assert SubjectNames.of(make_subject("Dr. Noelani Kapule", handles=[handle])).handle_givens == frozenset()
