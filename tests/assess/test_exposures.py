"""Findings that read right: one exposure, one finding; a fix that fits its source; highlights on word
boundaries; a professional photo is no exposure; the score stays below 100 (issue #18)."""

from __future__ import annotations

from footprint.assess import assess, risk
from footprint.identity import make_subject
from footprint.models import (
    Extracted,
    Finding,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Photo,
    Post,
    Remediation,
    Review,
    Severity,
)
from tests.assess_cases import _identity, sites

WHO = _identity({})  # Dr. Daniel K. Ashworth, @dashworth@mastodon.social, his NPI record
HANDLE = "dashworth@mastodon.social"


def _match(page: Extracted, score: float = 0.95) -> Match:
    from footprint.match.person import decide

    return Match(page, MatchResult(score, decide(score), ("labelled",)))


def _findings(*pages: Extracted) -> tuple[Finding, ...]:
    return assess(WHO, [_match(p) for p in pages], sites())


def test_a_review_reply_that_discloses_care_is_one_critical_finding_naming_both_categories() -> None:
    reply = "Thank you for coming in last Tuesday; your biopsy results are back and look fine."
    page = Extracted(
        url="https://www.healthgrades.com/physician/dr-daniel-ashworth-xyz12",
        site_id="healthgrades",
        kind=PageKind.RATINGS_PROFILE,
        people=(PersonRecord("Dr. Daniel K. Ashworth, MD"),),
        reviews=(Review(5.0, 5.0, "Great doctor", "2026-10-01", "K.L.", reply),),
    )
    found = [f for f in _findings(page) if f.category != "negative_review"]
    assert len(found) == 1, [f.title for f in found]
    one = found[0]
    assert one.severity == Severity.CRITICAL and one.category == "patient_information"
    assert one.all_categories == ("patient_information", "review_reply_risk")
    # The fix carries both categories' steps: remove the disclosure, and reply generically from now on.
    steps = " ".join(one.remediation.steps)
    assert "privacy officer" in steps and "Never confirm a visit" in steps


def test_a_friends_drinking_photo_is_one_finding_not_a_tagged_photo_and_a_substance_one() -> None:
    photo = Photo(
        "https://files.mastodon.social/media/cabo.jpg",
        caption="Cabo girls' trip! Margaritas on the beach",
        posted_by="junebright@mastodon.social",
        tagged=(HANDLE,),
    )
    page = Extracted(
        url="https://mastodon.social/@junebright/1134",
        site_id="mastodon",
        kind=PageKind.SOCIAL_POST,
        photos=(photo,),
    )
    found = _findings(page)
    assert len(found) == 1, [f.title for f in found]
    assert found[0].severity == Severity.HIGH
    assert set(found[0].all_categories) == {"substance_imagery", "tagged_photo"}


def test_a_check_in_and_its_photos_gps_on_one_exported_post_are_one_place() -> None:
    post = Post(HANDLE, "Sunday run", url="export:instagram/posts_1.json#[0]", location="45.5079, -122.6177")
    photo = Photo("media/posts/run.jpg", caption="Sunday run", posted_by=HANDLE, gps=(45.5079, -122.6177))
    page = Extracted(
        url="export:instagram/posts_1.json#[0]",
        site_id="instagram",
        kind=PageKind.EXPORT_ITEM,
        posts=(post,),
        photos=(photo,),
    )
    found = [f for f in _findings(page) if f.category == "location_exposure"]
    assert len(found) == 1, [f.title for f in found]


def test_separate_exposures_on_one_page_stay_separate_findings() -> None:
    posts = (
        Post(HANDLE, "Lovely dinner", url="https://mastodon.social/@dashworth/1", on_post_by="ann@mastodon.social"),
        Post(HANDLE, "Happy birthday!", url="https://mastodon.social/@dashworth/2", on_post_by="bo@mastodon.social"),
    )
    page = Extracted(
        url="https://mastodon.social/@dashworth", site_id="mastodon", kind=PageKind.SOCIAL_PROFILE, posts=posts
    )
    assert len([f for f in _findings(page) if f.category == "personal_comment"]) == 2


def test_a_board_sworn_in_is_a_professional_photo_not_a_tagged_one() -> None:
    photo = Photo(
        "https://www.facebook.com/photo/?fbid=456",
        caption="Our new board of trustees, sworn in today",
        posted_by="Ohio Medical Association",
        tagged=("Daniel Ashworth",),
    )
    page = Extracted(
        url="https://www.facebook.com/photo/?fbid=456", site_id="facebook", kind=PageKind.SOCIAL_POST, photos=(photo,)
    )
    assert not [f for f in _findings(page) if f.category == "tagged_photo"]


def test_a_highlight_ends_at_the_end_of_a_word() -> None:
    text = (
        "@tomvarga Honestly the council vote last night was a disgrace. Whoever pushed the new parking garage "
        "through should be voted out at the next election, and I will say so at every meeting."
    )
    post = Post(HANDLE, text, url="https://mastodon.social/@dashworth/9", on_post_by="tomvarga@mastodon.social")
    page = Extracted(url=post.url, site_id="mastodon", kind=PageKind.SOCIAL_POST, posts=(post,))
    comment = next(f for f in _findings(page) if "personal_comment" in f.all_categories)
    assert comment.highlight and text.startswith(comment.highlight)
    following = text[len(comment.highlight) : len(comment.highlight) + 1]
    assert following in (" ", ""), f"highlight cut inside a word: …{comment.highlight[-12:]!r}"


def _family_page(site: str, kind: PageKind) -> Extracted:
    person = PersonRecord("Daniel K. Ashworth", relatives=("Mara Ashworth", "Leo Ashworth"), handle="dashworth")
    return Extracted(url=f"https://www.{site}.com/daniel-ashworth", site_id=site, kind=kind, people=(person,))


def test_a_profile_field_is_fixed_in_the_profiles_settings_a_broker_listing_on_its_opt_out_page() -> None:
    listed = _findings(_family_page("spokeo", PageKind.PEOPLE_SEARCH))
    broker = next(f for f in listed if f.category == "family_information")
    assert broker.remediation.url == "https://www.spokeo.com/optout"
    assert "opt-out" in " ".join(broker.remediation.steps)
    profile = Extracted(
        url="https://www.facebook.com/daniel.ashworth",
        site_id="facebook",
        kind=PageKind.SOCIAL_PROFILE,
        people=(
            PersonRecord(
                "Daniel Ashworth", relatives=("Mara Ashworth",), handle=HANDLE, practice="Dad, runner, cyclist"
            ),
        ),
    )
    own = next(f for f in _findings(profile) if f.category == "family_information")
    assert own.remediation.url == "https://www.facebook.com/settings/?tab=privacy"
    assert "opt-out" not in " ".join((own.remediation.summary, *own.remediation.steps)).lower()
    assert "broker" not in own.remediation.summary.lower()


def test_the_score_stays_below_100_however_many_findings() -> None:
    many = [
        Finding(str(i), "home_address", Severity.CRITICAL, "t", "u", "s", "e", Remediation("fix"), 1.0)
        for i in range(60)
    ]
    assert risk(many).score < 100


def test_two_profiles_on_one_site_flag_the_stale_one_not_the_current_one() -> None:
    from footprint.models import Address

    def profile(url: str, specialty: str, street: str, claimed: bool | None) -> Match:
        me = PersonRecord(
            name="Dr. Daniel Ashworth, MD", credentials=("MD",), specialties=(specialty,),
            addresses=(Address(street, "Columbus", "OH", "43212", "practice"),), phones=("+16145550130",),
        )  # fmt: skip
        page = Extracted(url=url, site_id="healthgrades", kind=PageKind.RATINGS_PROFILE, people=(me,), claimed=claimed)
        return _match(page, 0.97)

    current = profile("https://hg.example/dr-daniel-ashworth-a", "Internal Medicine", "1200 Olentangy River Rd", None)
    stale = profile("https://hg.example/dr-daniel-ashworth-z", "Pediatrics", "77 Old Clinic Way", None)
    found = [f for f in assess(WHO, [current, stale], sites()) if "duplicate_or_unclaimed_profile" in f.all_categories]
    assert [(f.title, f.url) for f in found] == [("2 profiles for you on Healthgrades", stale.page.url)]


def test_without_a_registry_record_the_unclaimed_one_of_two_profiles_is_the_stale_one() -> None:
    from footprint.models import Address

    def profile(url: str, street: str, claimed: bool | None) -> Match:
        me = PersonRecord(
            name="Dr. Daniel Ashworth, MD", credentials=("MD",), specialties=("Internal Medicine",),
            addresses=(Address(street, "Columbus", "OH", "43212", "practice"),),
        )  # fmt: skip
        page = Extracted(url=url, site_id="healthgrades", kind=PageKind.RATINGS_PROFILE, people=(me,), claimed=claimed)
        return _match(page, 0.97)

    current = profile("https://hg.example/dr-daniel-ashworth-a", "1200 Olentangy River Rd", None)
    old = profile("https://hg.example/dr-daniel-ashworth-b", "77 Old Clinic Way", False)
    no_record = Identity(make_subject("Dr. Daniel Ashworth"), ())
    found = [
        f for f in assess(no_record, [current, old], sites()) if "duplicate_or_unclaimed_profile" in f.all_categories
    ]
    assert {f.url for f in found} == {old.page.url}


def test_advice_read_on_his_timeline_and_on_the_replys_own_page_is_reported_at_the_replys_address() -> None:
    text = "@jenna_w Four days of fever at three needs a look. Tonight give her 7.5 mL of ibuprofen every 6 hours."
    post = Post(HANDLE, text, url="https://mastodon.social/@dashworth/77", on_post_by="jenna_w@mastodon.social")
    timeline = Extracted(
        url="https://mastodon.social/api/v1/accounts/1/statuses?limit=40",
        site_id="mastodon",
        kind=PageKind.SOCIAL_PROFILE,
        posts=(post,),
    )
    own = Extracted(url=post.url, site_id="mastodon", kind=PageKind.SOCIAL_PROFILE, posts=(post,))
    advice = [f for f in _findings(timeline, own) if "online_medical_advice" in f.all_categories]
    assert [f.url for f in advice] == [post.url]
