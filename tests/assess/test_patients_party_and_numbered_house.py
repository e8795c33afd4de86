"""What people who know the subject write of them, read the way they write it: a patient's blog telling of the party
the doctor came to, a reply to a review that gives the reviewer's test values, an answer telling a stranger they are
a good candidate for an injection, a run on the subject's own public activity page, a street's blog placing the
doctor "at number 41"."""

from __future__ import annotations

from footprint.models import PageKind, PersonRecord, Post, Review
from tests.assess._ferd import found, page

PARTY = (
    'Last Saturday we threw a "walkiversary" party in the backyard, and my rehab doctor, Dr. Ferdinand Ashgrove of '
    "Lakeside Heart, came, with his wife and a cooler of beer. Photo below: me and my PT crew."
)


def test_a_patients_blog_telling_of_the_party_the_doctor_came_to_is_a_boundary_crossed() -> None:
    excerpts = found(page(PARTY, PageKind.NEWS, title="One year on my feet"), "boundary_violation")
    assert excerpts and "my rehab doctor" in excerpts[0]
    son = "My son's pediatrician, Dr. Ashgrove, stopped by the birthday party with a gift."
    assert found(page(son, PageKind.NEWS, title="Ten!"), "boundary_violation")


def test_a_party_he_kept_away_from_or_a_doctor_who_is_not_the_writers_raises_nothing() -> None:
    skip = "My doctor, Dr. Ferdinand Ashgrove, told me to skip the party this year, and I did."
    assert not found(page(skip, PageKind.NEWS, title="Quiet year"), "boundary_violation")
    not_mine = "Dr. Ferdinand Ashgrove came to the party with his wife and a cooler of beer."
    assert not found(page(not_mine, PageKind.NEWS, title="Block party"), "boundary_violation")
    other = "My surgeon came to the party. Dr. Ferdinand Ashgrove gave a talk in Duluth on Monday."
    assert not found(page(other, PageKind.NEWS, title="Notes"), "boundary_violation")


def test_a_reply_giving_the_reviewers_test_values_and_next_visit_confirms_a_patient() -> None:
    reply = (
        "Gary, I hear you. Your ABIs were 0.6 on the right, which is why a walking program comes first. "
        "Call Jen and we'll see you back in six weeks."
    )
    review = Review(
        rating=2.0, scale=5.0, text="Three months of waiting to be told to walk more.", author="Gary P.", reply=reply
    )
    listing = page("", PageKind.RATINGS_PROFILE, title="Lakeside Heart - Yelp", reviews=(review,))
    assert found(listing, "review_reply_risk")
    plain = Review(
        rating=2.0, scale=5.0, text="Long wait.", author="Gary P.", reply="Thank you for the feedback, Gary."
    )
    assert not found(page("", PageKind.RATINGS_PROFILE, title="Lakeside Heart - Yelp", reviews=(plain,)),
                     "review_reply_risk")  # fmt: skip


def test_an_answer_telling_a_stranger_he_is_a_good_candidate_is_advice_to_one_person() -> None:
    answer = Post(
        author="Ferdinand Ashgrove",
        text="With that echo, yes, you're a good candidate for an ablation. Keep doing the breathing exercises.",
        on_post_by="the person who asked",
    )
    writer = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:post author",))
    qa = page("", PageKind.OTHER, title="Should I get an ablation? - Quora", posts=(answer,), me=writer)
    assert found(qa, "online_medical_advice")
    general = Post(author="Ferdinand Ashgrove", text="Ablation works for many people with atrial fibrillation.",
                   on_post_by="the person who asked")  # fmt: skip
    assert not found(page("", PageKind.OTHER, title="Ablation? - Quora", posts=(general,), me=writer),
                     "online_medical_advice")  # fmt: skip


def test_his_own_run_on_a_public_activity_page_shows_his_account_is_public() -> None:
    run = "Ridge loop | Run | Strava. Ferdinand Ashgrove ran 9.6 km on Strava. Duluth, Minnesota. 5:15 /km Pace."
    assert found(page(run, PageKind.SOCIAL_POST, title="Ridge loop | Run | Strava"), "personal_profile_public")
    friend = "Ann Poe ran 9.6 km on Strava. Kudos from Ferdinand Ashgrove."
    assert not found(page(friend, PageKind.SOCIAL_POST, title="Loop | Run | Strava"), "personal_profile_public")
    story = "Ferdinand Ashgrove ran 26.2 miles in 3:41 on Sunday, his tenth Grandma's Marathon."
    assert not found(page(story, PageKind.NEWS, title="Doctors at Grandma's"), "personal_profile_public")


def test_a_streets_blog_placing_him_at_a_house_number_gives_his_home_address() -> None:
    blog = (
        "Our third Elmwood Street block party was the best one yet. Ferdinand Ashgrove (the cardiologist at number "
        "41, the blue colonial) ran the grill all afternoon."
    )
    excerpts = found(page(blog, PageKind.NEWS, title="Block party recap – Elmwood Street Notes"), "home_address")
    assert excerpts and "number 41" in excerpts[0]
    two_streets = (
        "The Elmwood Street and Birch Road block parties were the best yet. Ferdinand Ashgrove (the cardiologist at "
        "number 41) ran the grill."
    )
    assert not found(page(two_streets, PageKind.NEWS, title="Block parties"), "home_address")
    roster = "Our Elmwood Street softball team won again. Ferdinand Ashgrove, No. 12, pitched all seven innings."
    assert not found(page(roster, PageKind.NEWS, title="Elmwood Street Notes"), "home_address")
    no_number = "Our Elmwood Street block party was the best yet. Ferdinand Ashgrove ran the grill all afternoon."
    assert not found(page(no_number, PageKind.NEWS, title="Block party recap"), "home_address")


def test_their_children_named_in_the_sentence_after_his_are_his_family() -> None:
    """ "Ferdinand Ashgrove brought out his snowblower ... Ann brought cocoa, and their twins Hannah and little Ferd
    built a snow fort": the couple's twins, named the sentence after. Another household's "their" is not his."""
    blog = (
        "Our block was dug out by noon because Ferdinand Ashgrove brought out his snowblower. Ann brought cocoa, and "
        "their twins Hannah and little Ferd built a snow fort."
    )
    excerpts = found(page(blog, PageKind.NEWS, title="The big dig-out"), "family_information")
    assert excerpts and "their twins Hannah" in excerpts[0]
    others = (
        "Our block was dug out by noon because Ferdinand Ashgrove brought out his snowblower. The Hendersons brought "
        "cocoa, and their twins Hannah and Max built a snow fort."
    )
    assert not found(page(others, PageKind.NEWS, title="The big dig-out"), "family_information")


def test_a_communitys_own_doctor_at_its_party_is_no_patients_doctor() -> None:
    """ "Our own cardiologist Dr. Ferdinand Ashgrove leading the dance with a glass of rakia" on a community's blog is
    the community's pride, not a patient's doctor; "our family doctor" is a family's doctor."""
    pride = "Our own cardiologist Dr. Ferdinand Ashgrove came to the party, leading the dance with a glass of rakia."
    assert not found(page(pride, PageKind.NEWS, title="Flag Day"), "boundary_violation")
    family = "Our family doctor, Dr. Ferdinand Ashgrove, came to the party with a cooler of beer."
    assert found(page(family, PageKind.NEWS, title="Flag Day"), "boundary_violation")
