"""A relative's own public post about the doctor: her husband (the relative a people-search record of hers lists)
posts her birthday from his account. The post ties the family to her in public, as a relatives page does, though
no sentence says "my wife". A stranger's post about her, or her relative merely named in someone else's, is not."""

from __future__ import annotations

from dataclasses import replace

from footprint.assess import assess
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, Match, PageKind, PersonRecord, Post

SUBJECT = make_subject("Dr. Peggy Quillfeather", city="Fargo", state="ND")
PEGGY = Identity(SUBJECT, name_variants(SUBJECT), relatives=("Daniel J Hanson",))
SAID = "Happy birthday to the smartest person I know, Dr. Peggy Quillfeather, who fixes babies' hearts all week."


def _family(poster: str, handle: str) -> bool:
    post = Post(author=handle, text=SAID, url="https://social.example/@x/1", audience="public")
    people = (PersonRecord(name=poster, handle=handle), PersonRecord(name="Peggy Quillfeather", context=SAID,
                                                                     read_from=("name:text",)))  # fmt: skip
    page = Extracted(url="https://social.example/@x/1", site_id="social.example", kind=PageKind.SOCIAL_PROFILE,
                     title=f"{poster} (@{handle})", text=f"{poster} @{handle} {SAID}", people=people,
                     posts=(post,))  # fmt: skip
    judged = match(PEGGY, page)  # the page names her and her husband, whom her people-search record lists
    judged = replace(judged, decision=Decision.LIKELY, person=people[1], person_index=1)
    return any("family_information" in f.all_categories for f in assess(PEGGY, [Match(page, judged)], {}))


def test_her_relatives_own_post_about_her_names_her_family() -> None:
    assert _family("Dan Hanson", "dhanson_pt")


def test_a_strangers_post_about_her_does_not() -> None:
    assert not _family("Ole Berg", "oberg")
