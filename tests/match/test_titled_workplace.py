"""A patient's "Dr. Vellacott at Lakemont Ortho": a title with one name, beside the workplace a confirmed page gives.

Read by the real extract stage: the practice's own page for the subject (found by a search, its title naming the
practice and the town after a comma), then a runner's blog, a forum thread and neighbourhood posts that name the
doctor by the title and one name part and the practice as people write it short.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Decision, Identity, Match, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "TAMSIN", "VELLACOTT", credential="MD", taxonomies=("Orthopaedic Surgery, Foot and Ankle Surgery",)
)
TAMSIN = Identity(make_subject("Tamsin Vellacott", city="Duluth", state="MN"), (), RECORD)
OWN = """<html><head><title>Tamsin Vellacott, MD – Foot &amp; Ankle | Lakemont Orthopaedics, Duluth</title></head>
<body><h1>Tamsin Vellacott, MD</h1><p>Foot and ankle surgery. Lakemont Orthopaedics, 12 Superior St, Duluth, MN.
</p></body></html>"""
BLOG = """<html><head><title>The Achilles year</title></head><body><article><h1>The Achilles year</h1>
<p>Posted on May 18, 2026 by Jo Pratt</p><p>I heard it before I felt it, at mile two. I had surgery with
{who} at {where}, six weeks in a boot and a lot of crying. This post is for anyone in the boot now.</p>
</article></body></html>"""


def _read(url: str, body: str, source: ProbeSource = ProbeSource.SEARCH_RESULT) -> Match:
    probe = Probe("web", url, ProbePurpose.PROFILE, source, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    return Match(page, match(TAMSIN, page))


def _judged(body: str) -> Decision:
    own = _read("https://www.lakemontortho.example/physicians/tamsin-vellacott-md", OWN)
    assert own.result.decision == Decision.CONFIRMED
    page = _read("https://runnerblog.example/2026/05/achilles-year", body)
    return {m.page.url: m.result.decision for m in with_kin(TAMSIN, (own, page))}[page.page.url]


def test_the_family_name_with_the_title_at_the_practice_written_short_is_hers() -> None:
    assert _judged(BLOG.format(who="Dr. Vellacott", where="Lakemont Ortho")).is_match


def test_the_given_name_with_the_title_at_the_practice_is_hers() -> None:
    assert _judged(BLOG.format(who="Dr. Tamsin", where="Lakemont Ortho")).is_match


def test_the_title_and_one_name_at_another_practice_is_not_hers() -> None:
    assert not _judged(BLOG.format(who="Dr. Vellacott", where="Harbor Foot Clinic")).is_match
    # A dentist called Tamsin on the same lake: another profession, another practice.
    assert not _judged(BLOG.format(who="Dr. Tamsin", where="Lakemont Family Dental")).is_match


def test_a_town_alone_is_no_short_form_of_a_practice_named_after_it() -> None:
    from footprint.identity import fold
    from footprint.match.workplace import shortened

    assert shortened("Duluth Orthopaedic Clinic", fold("We moved to Duluth last spring").split()) == ""
    assert shortened("Lakemont Orthopaedics", fold("at Lakemont Ortho, six weeks").split()) == "Lakemont Ortho"
    # A word English writes in lower case is no name on its own: "Aviation" for Lakeshore Aviation Medicine.
    assert shortened("Lakeshore Aviation Medicine", fold("aviation safety week").split()) == ""


def test_a_thread_naming_two_doctors_of_that_given_name_at_the_practice_stays_unsure() -> None:
    thread = BLOG.format(
        who="Dr. Tamsin", where="Lakemont Ortho. Careful, there is also Dr. Tamsin Rhodes at Lakemont Ortho now"
    )
    assert not _judged(thread).is_match


def test_a_hospitals_team_page_teaches_the_hospital_by_the_name_its_host_spells() -> None:
    from footprint import practice_names

    title = "Pediatric Hospital Medicine – Our Team | Kapalua Medical Center for Women & Children"
    url = "https://www.kapalua.example.org/pediatrics/our-team"
    assert (
        practice_names.own_site_name(url, "kapalua.example.org", title) == "Kapalua Medical Center for Women & Children"
    )
    title = "Tamsin Vellacott, MD – Foot & Ankle | Lakemont Orthopaedics, Duluth"
    url = "https://www.lakemontortho.example/physicians/tamsin-vellacott-md"
    assert practice_names.own_site_name(url, "lakemontortho.example", title) == "Lakemont Orthopaedics"


def test_the_family_initial_with_the_title_at_the_practice_is_hers_and_nowhere_else() -> None:
    """ "Dr. V at Lakemont Ortho": patients shorten a long family name to its initial. Beside the workplace a confirmed
    page gives, it is hers; at another practice, or with another given name after it ("Dr. V. Moss"), it is not."""
    assert _judged(BLOG.format(who="Dr. V", where="Lakemont Ortho")).is_match
    assert not _judged(BLOG.format(who="Dr. V", where="Harbor Foot Clinic")).is_match
    assert not _judged(BLOG.format(who="Dr. K", where="Lakemont Ortho")).is_match
    assert not _judged(BLOG.format(who="Dr. V. Moss", where="Lakemont Ortho")).is_match


def test_the_family_initial_in_the_field_and_town_alone_stays_for_review() -> None:
    """ "-- Dr. V (foot & ankle ortho, Duluth)": the field and the town fit any doctor of that initial there."""
    signed = BLOG.format(who="a surgeon", where="the clinic").replace(
        "This post is for anyone in the boot now.", "This post is for anyone in the boot now. -- Dr. V (ortho, Duluth)"
    )
    assert _judged(signed) in (Decision.POSSIBLE, Decision.REJECTED)


def test_a_place_written_without_the_word_its_name_opens_with_is_that_place() -> None:
    from footprint.identity import fold
    from footprint.match.workplace import shortened

    # "Prairie Breast Center" for North Plains Prairie Breast Center: the owner's word left off, as patients write it.
    said = fold("my surgeon, Dr. Roe at Prairie Breast Center, said").split()
    assert shortened("Northplains Prairie Breast Center", said) == "Prairie Breast Center"
    # Two words left are no name of their own: "Breast Center" is any hospital's.
    assert shortened("Northplains Prairie Breast Center", fold("the Breast Center desk").split()) == ""


def test_the_initial_with_the_title_at_one_proper_word_of_the_practice_is_hers() -> None:
    """ "Ask for Dr. V at Bellwether": patients name the clinic by its own word after "at"; a word every care place
    has ("at the clinic"), another place's word, or a town's name ("at Lakemont") is no workplace."""
    own = _read(
        "https://www.bellwetherortho.example/physicians/tamsin-vellacott-md", OWN.replace("Lakemont", "Bellwether")
    )
    assert own.result.decision == Decision.CONFIRMED

    def judged(where: str) -> bool:
        page = _read("https://runnerblog.example/2026/05/achilles-year", BLOG.format(who="Dr. V", where=where))
        return {m.page.url: m.result for m in with_kin(TAMSIN, (own, page))}[page.page.url].decision.is_match

    assert judged("Bellwether, Duluth")
    assert not judged("the clinic in Duluth")
    assert not judged("Harborview, Duluth")
    assert not _judged(BLOG.format(who="Dr. V", where="Lakemont, Duluth")).is_match
