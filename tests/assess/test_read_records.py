"""The new records reach the detectors: pages written here are read, matched and assessed end to end.

A friend's blog post whose figure shows the subject drinking; a news story's professional photo of
her at a screening (not a tagged photo, even on a beach); a relative's post that names her and
shows her with margaritas; her own reply under a stranger's post, read from a post page's
OpenGraph tags; a profile named only in its headline that presents as her; a school newsletter
naming her husband and children.
"""

from __future__ import annotations

import json

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import (
    Address,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
)
from footprint.sites import by_id

SUBJECT = make_subject("Dr. Peggy Quillfeather", specialty="Emergency Medicine", city="Fargo", state="ND")
ZORA = Identity(SUBJECT, name_variants(SUBJECT))


def _found(body: str, url: str, kind: PageKind = PageKind.OTHER, who: Identity = ZORA) -> set[str]:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    result = match(who, page)
    assert result.decision.is_match, result.reasons
    return {c for f in assess(who, [Match(page, result)], {}) for c in f.all_categories}


BLOG = """<html><head><title>Cancun with the ER crew! - Wander with Liv</title>
<meta property="og:type" content="article"></head><body><article><h1>Cancun with the ER crew!</h1>
<p>Five nurses and one brave attending escaped Fargo for four days of sun.</p>
<figure><img src="/uploads/shots.jpg" alt="Peggy Quillfeather and four women at a beach bar, each holding a shot">
<figcaption>Our fearless ER attending Dr. Peggy Quillfeather leading the tequila charge on night two.</figcaption>
</figure></article></body></html>"""


def test_a_friends_blog_photo_of_her_drinking_is_tagged_and_substance() -> None:
    found = _found(BLOG, "https://wanderwithliv.example/2024/03/cancun/")
    assert {"tagged_photo", "substance_imagery"} <= found


def test_a_news_photo_of_her_at_a_beach_screening_is_not_a_tagged_photo() -> None:
    body = """<html><head><title>Free skin checks draw hundreds | Fargo Forum</title>
    <meta property="og:type" content="article"></head><body><article><h1>Free skin checks draw hundreds</h1>
    <figure><img src="/img/screening.jpg" alt="Dr. Peggy Quillfeather examines a man's shoulder at Riverside Beach">
    <figcaption>Dr. Peggy Quillfeather, an emergency physician in Fargo, examines a beachgoer at the free
    screening.</figcaption></figure><p>Volunteers examined 140 beachgoers on Saturday.</p></article></body></html>"""
    assert "tagged_photo" not in _found(body, "https://fargoforum.example/2025/05/screening")


def test_a_wedding_announcement_names_her_family_and_its_photo_is_no_tagged_photo() -> None:
    body = """<html><head><title>Quillfeather - Brandvold | Celebrations | Fargo Forum</title>
    <meta property="og:type" content="article"></head><body><article><h1>Quillfeather - Brandvold</h1>
    <figure><img src="/img/couple.jpg" alt="Peggy Quillfeather and Anders Brandvold at their reception party">
    <figcaption>Dr. Peggy Quillfeather and Anders Brandvold at the reception party.</figcaption></figure>
    <p>Dr. Peggy Quillfeather, an emergency physician in Fargo, married Anders Brandvold on June 14. She is the
    daughter of Rolf and Ingrid Quillfeather of Moorhead.</p></article></body></html>"""
    found = _found(body, "https://fargoforum.example/celebrations/weddings/2019/06/16/quillfeather-brandvold/")
    assert "family_information" in found
    assert "tagged_photo" not in found  # the family placed the announcement, photo and all
    # The same photo on a friend's blog post is someone else's picture of her at a party.
    blog = body.replace("Celebrations | Fargo Forum", "Wander with Liv")
    assert "tagged_photo" in _found(blog, "https://wanderwithliv.example/2019/06/reception/")


def test_a_relatives_post_that_names_her_is_about_her_and_its_photo_tags_her() -> None:
    status = {
        "id": "1", "url": "https://social.example/@lena_q/1", "visibility": "public", "created_at": "2024-09-28",
        "content": "<p>Girls' weekend! Finally dragged my big sister Dr. Peggy Quillfeather out of the ER</p>",
        "account": {"id": "9", "acct": "lena_q", "display_name": "Lena Quillfeather"},
        "media_attachments": [{"type": "image", "url": "https://files.social.example/beach.jpg",
                               "description": "Four women on a beach raising margaritas"}],
        "mentions": [],
    }  # fmt: skip
    site = by_id()["mastodon"]
    url = "https://social.example/@lena_q/1"
    probe = Probe(site.id, "https://social.example/api/v1/statuses/1", ProbePurpose.API, ProbeSource.SEARCH_RESULT,
                  PageKind.SOCIAL_PROFILE, parser=Parser.MASTODON_STATUS, origin_url=url)  # fmt: skip
    page = extract(Page(probe, 200, json.dumps(status), "application/json", probe.url), site)
    result = match(ZORA, page)
    assert result.decision.is_match and result.person is not None and result.person.name == "Peggy Quillfeather"
    found = {c for f in assess(ZORA, [Match(page, result)], {}) for c in f.all_categories}
    assert {"tagged_photo", "substance_imagery"} <= found
    assert "personal_profile_public" not in found  # the sister's account is not the subject's


def test_her_reply_under_a_strangers_post_read_from_the_post_pages_tags() -> None:
    me = Identity(make_subject("Dr. Peggy Quillfeather", handles=["peggyq.social.example"]), ())
    body = """<html><head><title>Peggy Quillfeather, DO (@peggyq.social.example)</title>
    <meta property="og:title" content="Peggy Quillfeather, DO (@peggyq.social.example)">
    <meta property="og:description" content="@fargodad.social.example spare me, you absolute idiots."></head>
    <body><div id="root"></div></body></html>"""
    url = "https://social.example/profile/peggyq.social.example/post/3kx7"
    assert "personal_comment" in _found(body, url, PageKind.SOCIAL_PROFILE, me)


def test_a_profile_named_only_in_its_headline_that_presents_as_her_is_impersonation() -> None:
    me = Identity(make_subject("Dr. Peggy Quillfeather", specialty="Emergency Medicine", handles=["@peggyq"]), ())
    body = """<html><head><title>Dr Peggy Quillfeather MD (@dr.quill.glow) | ClipTok</title>
    <meta name="description" content="Board certified emergency physician. My miracle serum..."></head>
    <body></body></html>"""
    assert "impersonation" in _found(body, "https://cliptok.example/@dr.quill.glow", PageKind.SOCIAL_PROFILE, me)


def test_a_school_newsletter_naming_her_husband_and_children_is_family_information() -> None:
    body = """<html><head><title>March Newsletter - Lincoln Elementary PTO</title></head><body>
    <div>Lincoln Elementary PTO · Fargo, North Dakota</div><h1>March Newsletter</h1>
    <p>Thank you to Dr. Peggy Quillfeather (mom of Lars in 2nd grade and Ingrid in 4K) for her talk on
    the ER. Peggy and her husband Erik Quillfeather also hosted the carnival meeting.</p></body></html>"""
    assert "family_information" in _found(body, "https://lincolnpto.example/newsletter/2025-03")


def test_her_comment_under_a_friends_blog_post_is_a_personal_comment() -> None:
    body = """<html><head><title>Our lake weekend - Wander with Liv</title>
    <meta property="og:type" content="article"></head><body><article><h1>Our lake weekend</h1>
    <div class="byline">by <span class="author">Liv Berg</span></div><p>Sun, swimming and far too many s'mores.</p>
    </article><div id="comments"><ol class="comment-list">
    <li class="comment"><div class="comment-author"><b class="fn">Peggy Quillfeather</b> says:</div>
    <time datetime="2024-07-02">July 2, 2024</time><div class="comment-content"><p>Best weekend all summer!
    Back to the ER in Fargo tomorrow, sadly.</p></div></li>
    <li class="comment"><div class="comment-author"><b class="fn">Tomas Reyna</b> says:</div>
    <div class="comment-content"><p>Looks like a great trip, Liv.</p></div></li></ol></div></body></html>"""
    assert "personal_comment" in _found(body, "https://wanderwithliv.example/2024/07/lake/")


def test_a_listing_that_writes_the_npi_records_phone_and_street_its_own_way_is_consistent() -> None:
    from footprint.assess.detectors.base import Context
    from footprint.assess.detectors.listings import listing_inconsistency
    from footprint.models import Address, Decision, MatchResult, NpiRecord, PersonRecord

    office = Address("2211 MARSH LILY WAY STE 100", "Fargo", "ND", "58103", "LOCATION")
    record = NpiRecord("1234567893", "PEGGY", "QUILLFEATHER", phones=("701-555-0142",), addresses=(office,))
    who = Identity(SUBJECT, (), record)
    # A business record keeps its phone as the page shows it; a block read with its heading glued on.
    practice = PersonRecord(name="Dr. Peggy Quillfeather", phones=("(701) 555-0142",), addresses=(
        Address("11 ratings Red River ER2211 Marsh Lily Way Ste 100", "Fargo", "ND", "58103"),))  # fmt: skip
    other = PersonRecord(name="Dr. Peggy Quillfeather", addresses=(Address("12211 Marsh Lily Way", "Fargo", "ND"),))
    ctx = Context(who, {}, frozenset(), frozenset(), frozenset(), frozenset(), frozenset())

    def said(person: PersonRecord) -> list[str]:
        page = Extracted("https://ratings.example/dr-q", "ratings", PageKind.RATINGS_PROFILE, people=(person,))
        result = MatchResult(0.9, Decision.CONFIRMED, ("x",), person, 0)
        return [f.title for f in listing_inconsistency(ctx, [Match(page, result)])]

    assert said(practice) == []
    assert said(other) == ["ratings lists address 12211 Marsh Lily Way, Fargo, ND; the NPI record has "
                           "2211 MARSH LILY WAY STE 100, Fargo, ND 58103"]  # fmt: skip


def test_a_second_account_matched_as_hers_with_a_family_bio_is_a_public_personal_profile() -> None:
    subject = make_subject("Dr. Peggy Quillfeather", city="Fargo", state="ND", handles=["peggyq@mastodon.example"])
    me = Identity(subject, (), relatives=("Lars Quillfeather", "Ingrid Quillfeather"))  # from a confirmed record
    bio = "Fargo mom of Lars (7) and Ingrid (4). Runner by dawn, lake person by summer."
    body = f"""<html><head><title>Peggy Quillfeather (@peggyandthekids.bsky.social)</title>
    <meta property="og:title" content="Peggy Quillfeather (@peggyandthekids.bsky.social)">
    <meta property="og:description" content="{bio}"></head><body><div id="bsky_profile_summary">
    <p id="bsky_display_name">Peggy Quillfeather</p><p id="bsky_handle">peggyandthekids.bsky.social</p>
    <p id="bsky_profile_description">{bio}</p></div></body></html>"""
    url = "https://bsky.app/profile/peggyandthekids.bsky.social"
    probe = Probe("bluesky", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", url), by_id()["bluesky"])
    result = match(me, page)
    assert result.decision.is_match, result.reasons
    found = {c for f in assess(me, [Match(page, result)], by_id()) for c in f.all_categories}
    assert "personal_profile_public" in found


PARCEL = """<html><head><title>Parcel 1234-56-78 - Cass County Assessor</title></head><body><main>
<h1>Parcel 1234-56-78</h1><table>
<tr><th>Owner</th><td>QUILLFEATHER PEGGY<br>BRANDVOLD ANDERS<br></td></tr>
<tr><th>Property Address</th><td>1410 S 25TH ST, FARGO, ND 58103</td></tr>
<tr><th>Mailing Address</th><td>{mailing}</td></tr>
<tr><th>Class</th><td>Residential</td></tr></table></main></body></html>"""


def test_a_parcel_record_of_the_house_she_owns_and_lives_in_shows_her_home() -> None:
    body = PARCEL.format(mailing="1410 S 25TH ST, FARGO, ND 58103")
    assert "home_address" in _found(body, "https://assessor.cass.example/parcel/1234-56-78")


def test_a_parcel_record_of_the_building_she_practises_in_is_no_home() -> None:
    # She owns her clinic's building and gets its mail there: the registry gives that street as her practice.
    office = Address("1410 S 25th St", "Fargo", "ND", "58103", purpose="LOCATION")
    record = NpiRecord("1234567893", "Peggy", "Quillfeather", addresses=(office,), phones=("701-555-0100",))
    who = Identity(SUBJECT, name_variants(SUBJECT), npi_record=record)
    body = PARCEL.format(mailing="1410 S 25TH ST, FARGO, ND 58103")
    assert "home_address" not in _found(body, "https://assessor.cass.example/parcel/1234-56-78", who=who)
