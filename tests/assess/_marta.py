"""The paediatrician two assessment test modules judge pages for, and how they read a page.

Dr. Marta L. Quellweg practises at 3100 Far Hills Ave in Dayton, Ohio; a module that needs the registry's
residential mailing address or her handle as well passes it to :func:`marta`.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
    Review,
)

PRACTICE = Address("3100 Far Hills Ave Suite 200", "Dayton", "OH", "45429", "LOCATION")


def marta(*more: Address, handles: tuple[str, ...] = ()) -> Identity:
    """The subject with her registry record: the practice, then any further addresses; ``handles`` she gave."""
    subject = make_subject(
        "Dr. Marta Quellweg", specialty="Pediatrics", city="Dayton", state="OH", handles=list(handles)
    )
    record = NpiRecord(
        number="1629384756",
        first_name="MARTA",
        last_name="QUELLWEG",
        middle_name="L",
        credential="M.D.",
        taxonomies=("Pediatrics",),
        addresses=(PRACTICE, *more),
        phones=("937-555-0140",),
    )
    return Identity(subject, name_variants(subject), record, 1)


def read_page(body: str, url: str, kind: PageKind = PageKind.OTHER) -> Extracted:
    """The page as a search result footprint opened and read."""
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return extract(Page(probe, 200, body, "text/html", url), None)


def excerpts(identity: Identity, page: Extracted, result: MatchResult) -> dict[str, set[str]]:
    """category -> the excerpts of its findings, the page matched as ``result`` says."""
    out: dict[str, set[str]] = {}
    for f in assess(identity, [Match(page, result)], {}):
        for c in f.all_categories:
            out.setdefault(c, set()).add(f.excerpt)
    return out


SHE = PersonRecord("Dr. Marta L. Quellweg", credentials=("MD",), read_from=("name:h1",))


def replied(reply: str, review: str, stars: float, field: str) -> dict[str, set[str]]:
    """What her ratings profile (its text naming ``field``) is found to expose, with one review of ``stars`` and
    her ``reply`` to it."""
    page = Extracted(
        "https://ratings.example/dr/marta-quellweg",
        "ratings.example",
        PageKind.RATINGS_PROFILE,
        title="Dr. Marta L. Quellweg, MD",
        people=(SHE,),
        reviews=(Review(stars, 5.0, review, "2026-03-04", "", reply),),
        text=f"Dr. Marta L. Quellweg, MD {field}",
    )
    return excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), SHE, 0))
