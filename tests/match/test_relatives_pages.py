"""Family write about the subject by a clipped name or a given name alone. The subject's confirmed broker record
lists the clipped name among its aliases ("AKA Leo Ashgrove" for Leopold): a donors' list "Leo & Mirela
Ashgrove (Tova #12)" in the subject's town is then theirs. A relative's own page (a daughter's essay naming "my dad,
Leo" and "Mom (Mirela)") is about the subject too. A namesake's alias, a given name opening another family's full
name, or a relative's page without a second tie of the household are not. Hand-made records: Leopold Ashgrove, a
cardiologist in Tulsa; the broker lists his Tulsa home, his wife Mirela and daughter Tova."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.everyday import taught
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

RECORD = NpiRecord(
    "1245319599", "LEOPOLD", "ASHGROVE", "QUILL", "MD", ("Cardiovascular Disease",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0140",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Leopold Ashgrove"), (), RECORD)
HOME = Address("118 Birch Ln", "Tulsa", "OK", "74105", "home")


def _broker(*aliases: str) -> Match:
    record = PersonRecord(
        "Leopold Quill Ashgrove", addresses=(HOME,), phones=("918-555-0140",),
        relatives=("Mirela Ashgrove", "Tova Ashgrove"), aliases=aliases,
    )  # fmt: skip
    page = Extracted("https://people.example/leopold-ashgrove", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(WHO, page))
    assert found.result.decision == Decision.CONFIRMED
    return found


def _community(url: str, text: str, *names: str) -> Match:
    people = tuple(PersonRecord(n, context=text[:80], read_from=("name:text",)) for n in names)
    page = Extracted(url, url.split("/")[2], PageKind.OTHER, title="News", text=text, people=people)
    return Match(page, match(WHO, page))


def _after(broker: Match, page: Match) -> MatchResult:
    return {m.page.url: m.result for m in with_kin(WHO, (broker, page))}[page.page.url]


def test_the_brokers_alias_of_the_clipped_given_name_is_taught_and_a_relatives_or_middle_alias_is_not() -> None:
    broker = _broker("Leo Ashgrove", "Leo J Ashgrove", "Mirela Ashgrove", "L Quill Ashgrove")
    assert taught(WHO, (broker,)) == {broker.page.url: ("Leo Ashgrove",)}


DONORS = "Gold donors: Leo & Mirela Ashgrove (Tova #12). Hy-Vee Tulsa. Senior night is October 15."


def test_a_donors_list_of_the_clipped_name_with_the_wife_in_the_town_is_his_beside_the_broker_record() -> None:
    donors = _community("https://boosters.example/donors", DONORS, "Leo Ashgrove", "Mirela Ashgrove")
    # "Leo" is no form of Leopold that a table knows: Leopold cut short, as good as an initial, left for the user.
    assert donors.result.decision == Decision.POSSIBLE
    # With the wife his broker record lists, in his town, it is his as "L. & Mirela Ashgrove" would be; the broker's
    # alias makes it his on the name alone.
    wife = DONORS.replace(" (Tova #12)", "")
    beside = _after(_broker(), _community("https://boosters.example/d", wife, "Leo Ashgrove", "Mirela Ashgrove"))
    assert beside.decision == Decision.LIKELY
    assert _after(_broker("Leo Ashgrove"), donors).decision.is_match
    # Without the wife nothing but the town is beside the name.
    alone = _community("https://boosters.example/a", "Gold donors: Leo Ashgrove. Hy-Vee Tulsa.", "Leo Ashgrove")
    assert not _after(_broker(), alone).decision.is_match


ESSAY = (
    "My dad builds boats. An essay by Tova Ashgrove. My dad, Leo, spends his days keeping hearts going. "
    "Leo, Mom (Mirela) and I launched number five at the lake."
)


def test_a_daughters_essay_naming_her_dad_by_his_clipped_name_and_her_mom_is_about_him() -> None:
    essay = _community("https://essays.example/boats", ESSAY, "Tova Ashgrove")
    assert essay.result.decision == Decision.REJECTED  # judged on its author
    after = _after(_broker("Leo Ashgrove"), essay)
    assert after.decision.is_match
    assert any("a relative's page: names Tova Ashgrove" in r for r in after.reasons)


def test_a_relatives_page_without_a_second_tie_or_naming_another_sander_is_not_his() -> None:
    alone = _community(
        "https://essays.example/a", "An essay by Tova Ashgrove. My dad, Leo, builds boats.", "Tova Ashgrove"
    )
    assert not _after(_broker("Leo Ashgrove"), alone).decision.is_match
    other = ESSAY.replace("My dad, Leo,", "My coach Leo Briggs").replace("Leo, Mom", "Coach, Mom")
    coach = _community("https://essays.example/b", other, "Tova Ashgrove", "Leo Briggs")
    assert not _after(_broker("Leo Ashgrove"), coach).decision.is_match


def _profile(text: str, name: str = "Leopold A.") -> Match:
    person = PersonRecord(name, context=text)
    page = Extracted("https://books.example/leopold-a", "books", PageKind.SOCIAL_PROFILE, title=name, text=text,
                     people=(person,))  # fmt: skip
    return Match(page, match(WHO, page))


def test_a_profile_signed_with_the_given_name_and_initial_in_his_town_naming_his_wife_is_his() -> None:
    profile = _profile("Leopold A. · Tulsa, OK · Retired tinkerer. Mirela's book club castoffs.")
    assert not profile.result.decision.is_match
    after = _after(_broker(), profile)
    assert after.decision.is_match
    assert any(r.startswith("signed Leopold A. and names Mirela and Tulsa") for r in after.reasons)


def test_a_profile_of_the_given_name_and_initial_without_a_relative_or_in_another_town_is_not_his() -> None:
    for text in ("Leopold A. · Tulsa, OK · Retired tinkerer.", "Leopold A. · Bend, OR · Mirela's book club castoffs."):
        assert not _after(_broker(), _profile(text)).decision.is_match, text


def test_a_relatives_story_about_a_niece_named_after_the_subject_is_not_his() -> None:
    story = (
        'Sophomore Leopold Ashgrove, 16, anchored both relays. "He\'s named after his uncle, the cardiologist," said'
        " his mother, Tova Ashgrove, of Tulsa. Leopold and Mirela cheered."
    )
    page = _community("https://news.example/relays", story, "Leopold Ashgrove", "Tova Ashgrove")
    assert not _after(_broker(), page).decision.is_match


def test_a_name_many_physicians_share_lends_no_relatives_page() -> None:
    from dataclasses import replace

    common = replace(WHO, npi_candidates=12)
    broker = _broker("Leo Ashgrove")
    essay = _community("https://essays.example/boats", ESSAY, "Tova Ashgrove")
    after = {m.page.url: m.result for m in with_kin(common, (broker, essay))}[essay.page.url]
    assert not after.decision.is_match


def test_a_relatives_blog_signed_with_her_given_name_and_initial_is_about_him() -> None:
    """ "Posted by Tova A.": a family blog signs with the given name and the family name's initial."""
    post = "Dad came to visit. Dad (Leopold, Tulsa's proudest cardiologist) and me on the bridge. Posted by Tova A."
    page = _community("https://tovaabroad.example/visit", post, "Tova A.")
    after = _after(_broker(), page)
    assert after.decision.is_match
    assert any("names Tova A. (Tova Ashgrove), Leopold and Tulsa" in r for r in after.reasons)
    # Signed by the initial of another family name: no relative's signature.
    other = _community("https://tovaabroad.example/b", post.replace("Tova A.", "Tova B."), "Tova B.")
    assert not _after(_broker(), other).decision.is_match


def test_a_page_naming_him_with_two_relatives_given_names_from_his_record_is_the_households() -> None:
    """An aunt's post names the family it need not introduce: "Leopold with Mirela and Tova", no surname."""
    post = "Polynesian Days! Leopold with Mirela and Tova after the final. Posted by Sara Quill."
    page = _community("https://sarasnotes.example/days", post, "Sara Quill")
    assert not page.result.decision.is_match  # judged on its author
    after = _after(_broker(), page)
    assert after.decision.is_match
    assert any("names Leopold, Mirela and Tova" in r for r in after.reasons)
    one = _community("https://sarasnotes.example/b", post.replace("Mirela and ", ""), "Sara Quill")
    assert not _after(_broker(), one).decision.is_match  # one relative's given name is any family's


def test_a_short_name_his_own_page_quotes_is_read_on_his_mothers_blog() -> None:
    """'Dr. Ashgrove ("Dr. Lo")' on his confirmed page: "Lo, Tova and me at the fair. Posted by Mirela A."."""
    bio = PersonRecord("Leopold Ashgrove", credentials=("MD",), context='Dr. Ashgrove ("Dr. Lo" to patients) · Tulsa')
    own_page = Extracted("https://heart.example/ashgrove", "heart", PageKind.OTHER, title="Leopold Ashgrove, MD",
                         people=(bio,))  # fmt: skip
    own = Match(own_page, MatchResult(1.0, Decision.CONFIRMED, ("x",), bio, 0))
    blog = _community("https://nanablog.example/fair", "Lo, Tova and me at the fair. Posted by Mirela A.", "Mirela A.")
    after = {m.page.url: m.result for m in with_kin(WHO, (_broker(), own, blog))}[blog.page.url]
    assert after.decision.is_match
    before = {m.page.url: m.result for m in with_kin(WHO, (_broker(), blog))}[blog.page.url]
    assert not before.decision.is_match  # "Lo" is his only once his own page quotes it


def _married_broker(*relatives: str) -> Match:
    record = PersonRecord("Leopold Quill Ashgrove", addresses=(HOME,), phones=("918-555-0140",), relatives=relatives)
    page = Extracted("https://people.example/leopold-ashgrove", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    return Match(page, match(WHO, page))


def test_a_bulletin_writing_him_under_his_spouses_family_name_beside_his_father_is_the_households() -> None:
    """ "Hamish Ashgrove, father of Leopold Okoro ... Nora and the children": the name the household goes by."""
    text = (
        "Prayers for Hamish Ashgrove of Inverness, father of Leopold Okoro. Leopold is with him; Nora and the kids"
        " are home."
    )
    page = _community("https://church.example/bulletin", text, "Hamish Ashgrove", "Leopold Okoro")
    household = _married_broker("Nora Okoro", "Adaeze Okoro", "Hamish Ashgrove")
    after = {m.page.url: m.result for m in with_kin(WHO, (household, page))}[page.page.url]
    assert after.decision.is_match
    # One relative of that name (a cousin's family) does not make it the household's name.
    cousin = _married_broker("Nora Okoro", "Adaeze Quill", "Hamish Ashgrove")
    after = {m.page.url: m.result for m in with_kin(WHO, (cousin, page))}[page.page.url]
    assert not after.decision.is_match


def test_the_brokers_alias_of_a_pet_form_of_her_given_name_is_taught() -> None:
    """ "AKA Harry Quill" on Harriet Quill's confirmed record: "Harr" with a doubled "r" and "y", no table's form."""
    from footprint.match.everyday import pet_form

    assert pet_form("Harry", "Harriet") and pet_form("Debbie", "Deborah") and pet_form("Rosie", "Rosalind")
    assert not pet_form("Mary", "Mark") and not pet_form("Ali", "Alison") and not pet_form("Harriet", "Harriet")
    who = Identity(make_subject("Dr. Harriet Quill"), (), None)
    record = PersonRecord("Harriet J Quill", addresses=(HOME,), aliases=("Harry Quill", "Owen Quill", "Hank Quill"))
    page = Extracted("https://people.example/harriet-quill", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    broker = Match(page, MatchResult(0.9, Decision.CONFIRMED, ("x",), record, 0))
    assert taught(who, (broker,)) == {page.url: ("Harry Quill",)}


def test_a_likely_page_naming_the_household_the_broker_lists_is_confirmed() -> None:
    """A likely page is judged again knowing what the confirmed pages taught: the wife the broker lists, named beside
    him, confirms it (and what it lists is then learned in turn)."""
    text = "Dr. Leopold Ashgrove of Tulsa and Mirela Ashgrove hosted the gala."
    page = _community("https://gala.example/2026", text, "Leopold Ashgrove", "Mirela Ashgrove")
    assert page.result.decision == Decision.LIKELY, page.result.reasons
    assert _after(_broker(), page).decision == Decision.CONFIRMED
