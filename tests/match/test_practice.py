"""A page about the subject's practice (a business page on a ratings site) is theirs when it names them.

The business is the practice when it sits at the NPI record's street or has its phone (or is
the practice the user named); the page must still name the subject, since a group practice has
other doctors. Its reviews are then the subject's, and its business is never read as a listing
of the subject (no "name differs" alarm).
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),), phones=("701-555-0142",),
)  # fmt: skip
ZORA = Identity(make_subject("Dr. Zora Quillfeather", specialty="Pediatrics", city="Fargo", state="ND"), (), RECORD)


def _business(street: str, review: str, reply: str = "") -> str:
    answer = f'<div class="o"><span>Comment from Zora Q. of Red River Pediatrics</span> <span>{reply}</span></div>'
    return f"""<html><head><title>Red River Pediatrics - Fargo, ND - Reviews</title></head><body>
    <div itemscope itemtype="http://schema.org/LocalBusiness"><h1 itemprop="name">Red River Pediatrics</h1>
    <address itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
    <span itemprop="streetAddress">{street}</span>, <span itemprop="addressLocality">Fargo</span>,
    <span itemprop="addressRegion">ND</span></address>
    <div class="rv"><span class="st" title="1.0 star rating"></span><span>2/3/2025</span><p>{review}</p>
    {answer if reply else ""}</div>
    <div class="rv"><span class="st" title="5.0 star rating"></span><span>1/3/2025</span><p>Lovely front desk.</p></div>
    </div></body></html>"""


def _page(body: str):  # type: ignore[no-untyped-def]
    url = "https://reviews.example/biz/red-river-pediatrics-fargo"
    probe = Probe("reviews.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_her_practices_page_that_names_her_is_likely_and_its_reviews_are_hers() -> None:
    reply = "Thank you for bringing Mia in last Tuesday; her strep test was negative."
    page = _page(_business("1200 Elm Prairie Rd", "Dr. Quillfeather rushed us out in five minutes.", reply))
    result = match(ZORA, page)
    assert result.decision == Decision.LIKELY
    assert "the page names Dr. Quillfeather" in result.reasons
    found = {c for f in assess(ZORA, [Match(page, result)], {}) for c in f.all_categories}
    assert {"negative_review", "review_reply_risk", "patient_information"} <= found
    assert "listing_inconsistency" not in found  # the business is not a listing of her with another name


def test_her_practices_page_that_never_names_her_is_only_possible() -> None:
    page = _page(_business("1200 Elm Prairie Rd", "The waiting room was packed and nobody told us why."))
    assert match(ZORA, page).decision == Decision.POSSIBLE


def test_another_business_that_names_a_dr_quillfeather_is_not_her_practice() -> None:
    page = _page(_business("77 Riverside Ave", "Dr. Quillfeather rushed us out in five minutes."))
    result = match(ZORA, page)
    assert not result.decision.is_match  # "Dr. Quillfeather" in Fargo alone is at most worth a look
    assert not any("your practice" in r for r in result.reasons)


def _plain_business(name: str, review: str) -> str:
    """A business page with no schema.org: its name only in the title and the heading."""
    return f"""<html><head><title>{name} - Fargo, ND - Reviews</title>
    <meta property="og:title" content="{name}"></head><body><h1>{name}</h1>
    <p>14 reviews · Pediatricians · 1200 Elm Prairie Rd, Fargo, ND 58103 · (701) 555-0142</p>
    <div class="rv"><span>Kyle T.</span> <span>2/3/2025</span> <p>{review}</p></div></body></html>"""


def test_a_business_named_only_in_the_headline_is_the_practice_not_a_namesake() -> None:
    for name in ("Red River Pediatrics", "Red River Heart &amp; Lung"):
        page = _page(_plain_business(name, "Dr. Quillfeather rushed us out in five minutes."))
        assert page.business is not None and page.business.practice.startswith("Red River"), name
        assert not any(p.name.startswith("Red River") for p in page.people)  # never "a namesake called Heart"
        assert match(ZORA, page).decision.is_match, name
    assert "&" in _page(_plain_business("Red River Heart &amp; Lung", "x")).business.practice  # type: ignore[union-attr]


def test_her_practices_page_naming_her_by_given_name_or_half_a_double_family_name() -> None:
    double = Identity(make_subject("Dr. Zora Quill-Feather", city="Fargo", state="ND"), (), RECORD)
    page = _page(_plain_business("Red River Pediatrics", "Dr. Zora is the first doctor who listened."))
    assert match(ZORA, page).decision.is_match
    page = _page(_plain_business("Red River Pediatrics", "Dr. Feather is the first doctor who listened."))
    assert match(double, page).decision.is_match
    page = _page(_plain_business("Red River Pediatrics", "The front desk is slow."))
    assert match(ZORA, page).decision == Decision.POSSIBLE


def test_a_business_a_site_definition_reads_as_the_pages_name_is_the_business() -> None:
    from footprint.extract.business import split_business
    from footprint.models import PersonRecord

    read = PersonRecord(
        "Red River Psychiatry", phones=("+17015550142",), read_from=("record:site selectors", "name:h1")
    )
    business, people = split_business([read], "Red River Psychiatry", (), ())
    assert business is not None and business.practice == "Red River Psychiatry" and not people
    doctor = PersonRecord("Zora Quillfeather", read_from=("record:site selectors", "name:h1"))
    assert split_business([doctor], "Zora Quillfeather", (), ()) == (None, [doctor])


def test_her_practices_page_signed_with_the_name_she_goes_by_and_her_initial_names_her() -> None:
    """Yelp signs an owner's reply "Delia V., Business Owner": the everyday form of Cordelia the name tables know, or
    the short name her handle writes, with her family initial. Another given name with her initial does not."""
    delia = Identity(make_subject("Dr. Cordelia Quillfeather", city="Fargo", state="ND"), (), RECORD)
    reply = "Jenn, I'm sorry about the wait, that's on us. Call Tina for the first slot next time."
    body = _business("1200 Elm Prairie Rd", "Waited 50 minutes.", reply).replace("Zora Q.", "Delia Q.")
    result = match(delia, _page(body))
    assert result.decision == Decision.LIKELY and "the page names Delia Q." in result.reasons
    noe = Identity(make_subject("Dr. Noelani Quillfeather", handles=["@drnoe808"], state="ND"), (), RECORD)
    assert match(noe, _page(body.replace("Delia Q.", "Noe Q."))).decision == Decision.LIKELY
    assert match(delia, _page(body.replace("Delia Q.", "Marisa Q."))).decision == Decision.POSSIBLE
