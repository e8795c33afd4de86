"""A bulletin's mailbox in the subject's own name ("ferd.ashgrove@", "ferdinand.a.runs@") is their e-mail wherever the
page gives it, and "call or text me at ..." in a post their byline signs is their phone. A spouse's mailbox and an
office's line are not.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

SUBJECT = make_subject("Dr. Ferdinand Ashgrove", city="Duluth", state="MN")
FERD = Identity(SUBJECT, ())
ME = PersonRecord(name="Ferdinand Ashgrove")


def _page(text: str, kind: PageKind = PageKind.OTHER, title: str = "News | Lakeside Club", **more: object) -> Extracted:
    return Extracted(url="https://club.example/news/1", site_id="club.example", kind=kind, title=title,
                     people=(more.pop("me", ME),), text=text, **more)  # type: ignore[arg-type]  # fmt: skip


def _found(page: Extracted, category: str) -> list[str]:
    person = page.people[0] if page.people else None
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))
    return [f.excerpt for f in assess(FERD, [matched], {}) if category in f.all_categories]


def test_a_bulletins_mailbox_in_his_own_name_is_his_email_a_spouses_is_not() -> None:
    text = "Ferdinand Ashgrove led the choir. The youth group decorated the hall. Tickets: ferd.ashgrove@example.com."
    assert _found(_page(text), "personal_email")
    spouse = (
        "Ferdinand Ashgrove led the choir. The youth group decorated the hall. Tickets: kerem.ashgrove@example.com."
    )
    assert not _found(_page(spouse), "personal_email")


def test_a_school_newsletters_mailbox_of_his_given_name_and_initial_is_his_email() -> None:
    title = "Lakeside Cooperative Preschool Board eNews – November"
    text = f"{title} Treasurer is Ferdinand Ashgrove. Reach the treasurer at ferdinand.a.runs@example.com."
    assert _found(_page(text, PageKind.NEWS, title=title), "personal_email")
    story = "Clinic opens. Dr. Ferdinand Ashgrove cut the ribbon. Tips: ferdinand.a.desk@example.com."
    assert not _found(_page(story, PageKind.NEWS, title="Clinic opens"), "personal_email")


def test_his_own_blog_post_asking_readers_to_text_him_gives_his_phone() -> None:
    me = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:author",))
    post = "Swarm season is here. If you have a swarm in St. Louis County, call or text me at (218) 555-0133."
    assert _found(_page(post, PageKind.NEWS, title="A swarm in the lilac", me=me), "personal_phone")
    story = (
        "Swarm season is here. If you have a swarm in St. Louis County, call the extension office at (218) 555-0133."
    )
    assert not _found(_page(story, PageKind.NEWS, title="A swarm in the lilac", me=me), "personal_phone")
