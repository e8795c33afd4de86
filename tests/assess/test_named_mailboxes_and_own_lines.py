"""A bulletin's mailbox in the subject's own name ("ferd.ashgrove@", "ferdinand.a.runs@") is their e-mail wherever the
page gives it, and "call or text me at ..." in a post their byline signs is their phone. A spouse's mailbox and an
office's line are not.
"""

from __future__ import annotations

from footprint.models import PageKind, PersonRecord
from tests.assess._ferd import found as _found
from tests.assess._ferd import page as _page


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
