"""Exposures a practice's own pages hold: a post recommending a balm through an Amazon link tagged for the doctor, a
podcast episode of "Dr. Ewan" telling of "a patient he calls Dave, a roofer from Hooksett", and a hospice's business
page on which patients name the doctor, whose phone and name are the business's, not a listing of hers."""

from __future__ import annotations

import lxml.html

from footprint.assess import assess
from footprint.extract.affiliate_links import commission, mark
from footprint.identity import make_subject
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)


def test_affiliate_links_are_marked_where_they_stand() -> None:
    assert commission("https://www.amazon.com/dp/B0C1?tag=rozpicks-20") == "tag rozpicks-20"
    assert commission("https://amzn.to/3xYz") == "amzn.to"
    assert commission("https://www.amazon.com/dp/B0C1") == ""  # no associate tag: a plain link
    assert commission("https://www.radiacalm.example.com/balm?tag=x") == ""
    doc = lxml.html.fromstring(
        '<p>For moisturizer, I\'m a fan of <a href="https://www.amazon.com/dp/B0C1?tag=rozpicks-20">RadiaCalm Barrier'
        " Balm</a>. We stock it too.</p>"
    )
    mark(doc)
    assert "Barrier Balm [a link that pays its writer a commission: tag rozpicks-20]. We stock" in doc.text_content()


ROZ = Identity(make_subject("Dr. Rosalind Oosterhuis"), ())


def _found(page: Extracted, category: str, decision: Decision = Decision.LIKELY) -> list[str]:
    m = Match(page, MatchResult(0.8, decision, (), page.people[0], 0))
    return [f.excerpt for f in assess(ROZ, [m], {}) if category in f.all_categories]


def _post(text: str) -> Extracted:
    me = PersonRecord("Rosalind Oosterhuis", read_from=("name:author",))
    return Extracted("https://highplainscancer.com/patient-corner/skin-care/", "highplainscancer.com", PageKind.NEWS,
                     title="Taking care of your skin during radiation", people=(me,), text=text)  # fmt: skip


def test_her_post_recommending_a_product_through_her_tagged_link_is_an_undisclosed_conflict() -> None:
    said = (
        "Posted by Rosalind Oosterhuis. For moisturizer, I'm a fan of RadiaCalm Barrier Balm [a link that pays its "
        "writer a commission: tag rozpicks-20]. Use it twice a day."
    )
    assert _found(_post(said), "undisclosed_conflict")
    # The same link with the disclosure the FTC asks for, or a plain link, is none.
    assert not _found(_post(said + " As an Amazon Associate I earn a commission from qualifying purchases."),
                      "undisclosed_conflict")  # fmt: skip
    plain = said.replace(" [a link that pays its writer a commission: tag rozpicks-20]", "")
    assert not _found(_post(plain), "undisclosed_conflict")


EWAN = Identity(make_subject("Dr. Ewan Prothero"), ())
EPISODE = (
    "The Long Way Home · Granite Path Recovery. Dr. Ewan talks about his own relapse and about a patient who came "
    "back. Our medical director Dr. Ewan on a patient he calls Dave, a roofer from Hooksett in his fifties, who "
    "started using again after his daughter's funeral last March."
)


def _episode(text: str) -> list[str]:
    me = PersonRecord("Dr. Ewan", read_from=("name:text",))
    page = Extracted("https://podcasts.apple.com/us/podcast/x/id1?i=61", "podcasts.apple.com", PageKind.OTHER,
                     title="Ep. 61 - Relapse is not the end, with Dr. Ewan", people=(me,), text=text)  # fmt: skip
    m = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))
    return [f.excerpt for f in assess(EWAN, [m], {}) if "patient_information" in f.all_categories]


def test_his_podcast_telling_of_a_patient_he_calls_dave_with_his_trade_and_town_is_a_patients_case() -> None:
    assert _episode(EPISODE)
    # A patient with no trade or town told, or no relapse, is no one to recognise.
    assert not _episode(EPISODE.replace("a roofer from Hooksett in his fifties, who started using again", "who rests"))


def test_a_hospices_business_page_naming_the_doctor_in_a_review_is_not_her_listing() -> None:
    record = NpiRecord("1068472137", "Ingeborg", "Rognstad", credential="MD", phones=("701-555-0130",),
                       addresses=(Address("1210 Medical Pkwy", "Bismarck", "ND", "58501", "LOCATION"),))  # fmt: skip
    inga = Identity(make_subject("Dr. Ingeborg Rognstad"), (), record, 1)
    business = PersonRecord("", addresses=(Address("1210 Medical Pkwy", "Bismarck", "ND", "58501", "practice"),),
                            phones=("(701) 555-0135",), practice="Missouri Valley Hospice")  # fmt: skip
    me = PersonRecord("Dr. Inga", context="Dr. Inga sat at our kitchen table for an hour.", read_from=("name:text",))
    page = Extracted("https://www.yelp.com/biz/missouri-valley-hospice-bismarck", "yelp", PageKind.RATINGS_PROFILE,
                     title="Missouri Valley Hospice - Bismarck", people=(business, me), business=business,
                     text="Dr. Inga sat at our kitchen table for an hour.")  # fmt: skip
    m = Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 1))
    assert not [f for f in assess(inga, [m], {}) if "listing_inconsistency" in f.all_categories]
