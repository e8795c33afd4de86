"""A friend's or a cousin's blog names the subject in full once and captions the photo by a title or a kin word and
the short form of the given name: "Recovery protocol with Dr. Tom W. at the brewery" under a post about Tomasz
Wróblewski, "Aunty Sade and Uncle Tunde ... champagne" under one about Dr. Folasade Ogunleye. The caption is of the
subject: a tagged photo, and drinking. Not when another person the page names has that given name, nor on a page
not matched to the subject."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>{title}</title></head><body><article><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Posted on October 1, 2024 by {by}</div><div class="entry-content">
<p>{text}</p><figure class="wp-block-image"><img src="/wp-content/uploads/2024/10/p.jpg" alt="{alt}">
<figcaption>{caption}</figcaption></figure></div></article></body></html>"""


def _found(
    name: str, text: str, caption: str, alt: str, decision: Decision = Decision.LIKELY, by: str = "Marek Zielinski"
) -> set[str]:
    subject = make_subject(name, city="Omaha", state="NE")
    who = Identity(subject, name_variants(subject))
    url = "https://www.mileswithmarek.example.com/2024/10/recap/"
    body = POST.format(title="Marathon recap", text=text, caption=caption, alt=alt, by=by)
    probe = Probe("mileswithmarek.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    judged = match(who, page)
    assert judged.person is not None, judged.reasons
    sure = MatchResult(0.8, decision, judged.reasons, judged.person, judged.person_index)
    return {c for f in assess(who, [Match(page, sure)], {}) for c in f.all_categories}


TEXT = "Huge thanks to my old friend Tomasz Wróblewski of Omaha, who paced me through the last six miles."


def test_a_title_and_the_everyday_given_name_in_a_friends_caption_is_the_subject_drinking() -> None:
    found = _found("Dr. Tomasz Wroblewski", TEXT, "Recovery protocol with Dr. Tom W. at the brewery.",
                   "Two runners at a brewery table with medals and two large beers")  # fmt: skip
    assert {"tagged_photo", "substance_imagery"} <= found


def test_a_kin_word_and_the_given_names_short_form_is_the_subject() -> None:
    text = "Thank you to my cousin Dr. Folasade Ogunleye for hosting the engagement at her house in Omaha."
    found = _found("Dr. Folasade Ogunleye", text, "Aunty Sade and Uncle Tunde owned the dance floor.",
                   "Sade and Tunde dancing, each holding a glass of champagne")  # fmt: skip
    assert {"tagged_photo", "substance_imagery"} <= found


def test_another_tom_on_the_page_or_a_page_not_matched_keeps_the_caption_anyones() -> None:
    other = TEXT + " My brother Tom Zielinski drove us home."
    found = _found("Dr. Tomasz Wroblewski", other, "Recovery protocol with Uncle Tom at the brewery.",
                   "Two runners at a brewery table with two large beers")  # fmt: skip
    assert "tagged_photo" not in found and "substance_imagery" not in found
    possible = _found("Dr. Tomasz Wroblewski", TEXT, "Recovery protocol with Dr. Tom W. at the brewery.",
                      "Two runners at a brewery table with two large beers", Decision.POSSIBLE)  # fmt: skip
    assert "tagged_photo" not in possible


def test_the_title_and_the_family_initial_in_a_neighbours_caption_and_his_sons_ages_told_next() -> None:
    text = (
        "My neighbor Tomasz Wróblewski of Omaha finally agreed to La Luz if his sons could come. Davit (12) beat "
        "us all to the crest."
    )
    found = _found("Dr. Tomasz Wroblewski", text, "Summit toast for Dr. W and me, Gatorade for the boys.",
                   "Two men at the crest raising small flasks, two boys beside them")  # fmt: skip
    assert {"tagged_photo", "family_information"} <= found
    other = _found("Dr. Tomasz Wroblewski", text.replace("his sons", "the boys"), "Summit toast for Dr. W. Roe.",
                   "Two men at the crest")  # fmt: skip
    assert "tagged_photo" not in other and "family_information" not in other


def test_the_subjects_own_given_name_bare_in_a_sisters_caption_is_the_subject() -> None:
    """A sister's cooking blog: "My brother Xeng (Dr. Sam to his patients) and Mai brought the kids", and the photo
    "Xeng, Mai, Nkauj Hli and Tou Pheng at the RiverCentre." The page calls him by his given name, no one else on it
    has it: the caption tags him. Not when the page never calls the chosen person by it, nor on a page he wrote."""
    text = "We made egg rolls for the family table. My brother Xeng Yang of Omaha and Mai brought the kids."
    caption, alt = "Xeng, Mai and the kids at the RiverCentre.", "A family of four in Hmong clothes at the New Year"
    assert "tagged_photo" in _found("Dr. Xeng Yang", text, caption, alt)
    other = text.replace("My brother Xeng Yang of Omaha", "My brother Dr. Yang of Omaha")
    assert "tagged_photo" not in _found("Dr. Xeng Yang", other, caption, alt)
    own = "We made egg rolls for the family table. I am Xeng Yang of Omaha and Mai brought the kids."
    assert "tagged_photo" not in _found("Dr. Xeng Yang", own, caption, alt, by="Xeng Yang")


def test_a_bare_everyday_given_name_the_page_calls_her_by_with_a_kin_word_is_the_subject() -> None:
    """ "My little sister Tess finally took a week off. The ICU survived without Dr. Q." then a caption "Tess and me on
    the dock, round two of margaritas": the page calls her Tess with a kin word; the bare name in the caption is
    hers."""
    text = "My little sister Tess finally took a whole week off. The Omaha ICU survived without Dr. Teresa Quarry."
    found = _found("Dr. Teresa Quarry", text, "Tess and me on the dock at Mom's place, round two of margaritas.",
                   "Two women with margarita glasses on a dock")  # fmt: skip
    assert {"tagged_photo", "substance_imagery"} <= found
    no_kin = "Our neighbour Tess came by. The Omaha ICU survived without Dr. Teresa Quarry this week."
    found = _found("Dr. Teresa Quarry", no_kin, "Tess and me on the dock, round two of margaritas.",
                   "Two women with margarita glasses on a dock")  # fmt: skip
    assert "substance_imagery" not in found
