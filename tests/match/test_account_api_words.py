"""An account's post read from the network's API answer (a Mastodon status) has no page text: its words are in the
post. The one account holder's own posts are the page's text, as the page a person opens shows them, so the town
and the field they write are evidence for the account as they would be on the HTML page."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord, Post

OFFICE = Address("2210 Marsh Professional Pkwy", "Savannah", "GA", "31406", "LOCATION")
RECORD = NpiRecord("1234567893", "HELEN", "QUARRY", "", "M.D.", ("Infectious Disease",), (OFFICE,))
WHO = Identity(make_subject("Dr. Helen Quarry", state="GA", specialty="Infectious Disease"), (), RECORD, 1)
HANDLE = "helenq_id@mastodon.social"
WORDS = "Fourth endocarditis admission this month, and another from Pooler needs a new valve. #IDTwitter #Savannah"


def _status(*posts: Post) -> Extracted:
    me = PersonRecord("Helen Quarry, MD", handle=HANDLE)
    return Extracted("https://mastodon.social/@helenq_id/1138", "mastodon", PageKind.SOCIAL_POST, people=(me,),
                     posts=posts, from_api=True)  # fmt: skip


def test_an_api_read_posts_own_words_place_and_field_the_account() -> None:
    result = match(WHO, _status(Post(HANDLE, WORDS, "https://mastodon.social/@helenq_id/1138")))
    assert result.decision.is_match, result.reasons
    # The same account with nothing written: the name and the degree alone leave it for review.
    assert not match(WHO, _status()).decision.is_match


def test_someone_elses_reply_is_not_the_account_holders_words() -> None:
    reply = Post("fan@mastodon.social", WORDS, "https://mastodon.social/@fan/1139", on_post_by=HANDLE)
    assert not match(WHO, _status(reply)).decision.is_match
