"""A given name cut short with nothing added ("Cal" for Callum, "Dora" for Teodora, "Sandra" for Alessandra) that is
itself a pet form of some name fits as the initial does: the page's field and town decide. A bare opening that is a
formal name of its own ("Jose" for Josefina) still does not fit, nor a pet form that is neither end of the name."""

from __future__ import annotations

from footprint.clipped import pet_clipping
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.namematch import CLIPPED, SubjectNames, fit


def test_a_pet_form_that_is_the_name_cut_at_its_start_or_its_end_is_a_cut_short_name() -> None:
    assert pet_clipping("Cal", "Callum") and pet_clipping("Dora", "Teodora") and pet_clipping("Sandra", "Alessandra")
    assert not pet_clipping("Jose", "Josefina")  # no pet form: a formal name of its own
    assert not pet_clipping("Ann", "Joanne")  # a pet form, but from the middle of the name
    assert not pet_clipping("Al", "Callum") and not pet_clipping("Callum", "Cal")


def test_a_cut_short_name_fits_as_its_initial() -> None:
    callum = SubjectNames.of(make_subject("Callum Brannock"))
    assert fit(callum, "Cal Brannock").score == fit(callum, "C. Brannock").score == CLIPPED
    teodora = SubjectNames.of(make_subject("Teodora Vrabie"))
    assert fit(teodora, "Dora Vrabie").score == CLIPPED
    assert fit(SubjectNames.of(make_subject("Josefina Ruiz")), "Jose Ruiz").score < 0.5


RECORD = NpiRecord(
    "1234567893",
    "TEODORA",
    "VRABIE",
    middle_name="M.",
    credential="MD",
    taxonomies=("Surgery, Vascular Surgery",),
    addresses=(Address("85 Seymour St", "Hartford", "CT", "06106", "LOCATION"),),
)
SUBJECT = Identity(make_subject("Dr. Teodora Vrabie", state="CT"), (), RECORD)


def _judge(body: str, kind: PageKind = PageKind.OTHER) -> bool:
    url = "https://somewhere.example/page"
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(SUBJECT, extract(Page(probe, 200, body, "text/html", url), None)).decision.is_match


def test_the_cut_short_name_with_her_field_and_town_is_her_and_without_them_is_not() -> None:
    run = """<html><head><title>Fern St loop | Run | Strava</title></head><body><main><h1>Fern St loop</h1>
    <p>Dora Vrabie, vascular surgeon, ran 9.6 km in Hartford, Connecticut. I tell people to walk; I should run.</p>
    </main></body></html>"""
    assert _judge(run)
    bare = """<html><head><title>Bake sale</title></head><body><main><h1>Bake sale</h1>
    <p>Thanks to Dora Vrabie for the walnut cake.</p></main></body></html>"""
    assert not _judge(bare)
