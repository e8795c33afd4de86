"""A board report no catalog knows, a forum post signed
by name under a screen name, a middle name written out; and the look-alikes a reader would not flag: a swim
meet's "100 Butterfly Place", a post's date after "Wed", a notice asking "os pais" (parents) to bring a card,
and the namesakes a donor lookup for the family name lists.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

SUBJECT = make_subject("Dr. Marit Q. Ostervold", specialty="Pediatrics", city="Fargo", state="ND")
MARIT = Identity(SUBJECT, name_variants(SUBJECT))


def _page(body: str, url: str, kind: PageKind = PageKind.OTHER, title: str = "A page") -> Extracted:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract(Page(probe, 200, html, "text/html", url), None)


def _findings(page: Extracted, who: Identity = MARIT) -> dict[str, str]:
    """Category -> excerpt of what is found when the page is taken as the subject's."""
    from footprint.match import match

    result = match(who, page)
    mine = MatchResult(0.9, Decision.CONFIRMED, result.reasons, result.person, result.person_index)
    return {f.category: f.excerpt for f in assess(who, [Match(page, mine)], {})}


def test_a_board_report_no_catalog_knows_raises_its_board_action() -> None:
    body = (
        "<p>Powered by the Federation of State Medical Boards</p><h1>Marit Q. Ostervold, MD</h1>"
        "<h2>Active Licenses</h2><p>North Dakota Active · Board Actions: Yes</p>"
        "<h2>Board Actions</h2><p>North Dakota Board of Medicine, 03/02/2026 (letter of reprimand; civil penalty).</p>"
    )
    page = _page(body, "https://boardreports.example/profile/881-marit-ostervold", title="Marit Q. Ostervold, MD")
    assert "disciplinary_action" in _findings(page)


def test_a_clean_board_report_raises_nothing() -> None:
    body = (
        "<p>Powered by the Federation of State Medical Boards</p><h1>Marit Q. Ostervold, MD</h1>"
        "<h2>Active Licenses</h2><p>North Dakota Active · None reported</p>"
        "<h2>Board Actions</h2><p>No actions reported by any state board.</p>"
    )
    page = _page(body, "https://boardreports.example/profile/881-marit-ostervold", title="Marit Q. Ostervold, MD")
    assert "disciplinary_action" not in _findings(page)


def _post(number: int, author: str, text: str) -> str:
    return (
        f'<div id="p{number}" class="post"><div class="inner"><div class="postbody">'
        f'<p class="author">by <strong><a href="#" class="username">{author}</a></strong> &raquo; '
        f'<time datetime="2026-03-0{number}T08:00:00+00:00">Mar 0{number}, 2026</time></p>'
        f'<div class="content">{text}</div></div></div></div>'
    )


def test_advice_signed_with_her_name_under_a_screen_name_is_hers() -> None:
    body = _post(1, "tired_dad_58", "My 4yo has had a fever of 104 since noon and the clinic is closed. What now?")
    body += _post(
        2,
        "kidsdoc_far",
        "Give him 15 ml of the children's ibuprofen now and alternate with acetaminophen every three hours"
        " tonight. — Marit Ostervold, MD, pediatrician, Fargo",
    )
    page = _page(body, "https://parents.example/t/fever-104/88", title="Fever of 104, what do I give?")
    from footprint.assess import context
    from footprint.assess.detectors.base import own_posts

    chosen = next(p for p in page.people if p.name.startswith("Marit"))
    mine = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), chosen, page.people.index(chosen)))
    assert {p.author for p in own_posts(context(MARIT, [mine], {}), mine)} == {"kidsdoc_far"}


def test_her_email_after_her_name_with_the_middle_name_written_out() -> None:
    who = make_subject("Dr. Ana Paula Lindqvist", state="MA")
    ana = Identity(who, name_variants(who))
    body = (
        "<h1>2014 Girls Elite</h1><p>Head Coach: Marco Vitale · Team Manager: Ana Paula Lindqvist"
        " (ap.lindqvist.family@example.net)</p><p>Practices Tue/Thu at the field.</p>"
    )
    page = _page(body, "https://clubfc.example/teams/2014-girls", title="2014 Girls Elite | Club FC")
    assert "personal_email" in _findings(page, ana)


def test_a_swim_meets_event_is_no_street() -> None:
    from footprint.assess.detectors.streets import STREET

    text = "Boys 100 Butterfly Place Name Age Team Time 1 Caleb Voss 17. Girls 400 Meter Relay Place"
    assert not STREET.search(text)
    assert STREET.search("They live at 118 Elm Crest Place.")


def test_a_forum_posts_date_after_wed_is_no_wedding() -> None:
    body = (
        "<h1>Unusual lesion</h1><p>kidsdoc_far Posts: 877 Location: Fargo</p>"
        "<p>Re: Unusual lesion by kidsdoc_far » Wed Sep 16, 2026 8:12 pm Had this one last week.</p>"
        "<p>Dr. Ostervold said she had seen two of these.</p>"
    )
    page = _page(body, "https://derm.example/viewtopic.php?t=30419", title="Unusual lesion")
    assert "family_information" not in _findings(page)


def test_parents_asked_to_bring_a_card_are_no_family_of_hers() -> None:
    body = (
        "<h1>Feira de vacinas na igreja</h1><p>A Dra. Marit Ostervold atendeu 80 crianças no sábado.</p>"
        "<p>Marit Ostervold pediu que os pais tragam a caderneta de vacinação para a próxima feira.</p>"
    )
    page = _page(body, "https://jornal.example/comunidade/feira", PageKind.NEWS, title="Feira de vacinas")
    assert "family_information" not in _findings(page)


def test_a_donor_lookup_for_her_family_name_lists_namesakes_not_family() -> None:
    body = (
        "<h1>Donor Lookup: ostervold</h1><table><tr><th>Name</th><th>City</th></tr>"
        "<tr><td>Marit Ostervold</td><td>Fargo, ND</td></tr><tr><td>Anna Ostervold</td><td>Chicago, IL</td></tr>"
        "</table>"
    )
    page = _page(body, "https://donors.example/lookup?name=ostervold&state=ND", title="Donor Lookup: ostervold")
    assert "family_information" not in _findings(page)


def test_a_court_records_date_of_birth_for_its_one_party_is_hers() -> None:
    body = (
        "<h1>Case 2026TR001234</h1><p>Party Role Address</p><p>STATE OF NORTH DAKOTA Plaintiff</p>"
        "<p>OSTERVOLD, MARIT Q Defendant 40 Elm Crest Ave, Fargo, ND 58102</p>"
        "<p>06/08/2026 Citation filed. Defendant date of birth 04-17-1982. Sex F.</p>"
    )
    page = _page(body, "https://courts.nd.gov/caseDetail?caseNo=2026TR001234", title="Case 2026TR001234")
    assert "04-17-1982" in _findings(page)["birth_date"]
    two = body.replace("Sex F.", "Sex F. Co-defendant date of birth 11-02-1979.")
    page = _page(two, "https://courts.nd.gov/caseDetail?caseNo=2026TR001234", title="Case 2026TR001234")
    assert "birth_date" not in _findings(page)


def test_her_video_caption_with_the_patients_consent_describes_a_patient() -> None:
    from footprint.assess.detectors.patients import patient_case

    assert patient_case("Meet Dana, 34, a bus driver from Moorhead. She said I could share her MRI and her bill")
    assert patient_case("Theo (9, 3rd grade) said I could share his x-rays! Casts off in 6 weeks.")
    assert not patient_case("My colleague said I could share her banana bread recipe. Best ever.")


def test_her_email_after_an_aside_naming_her_other_form_of_name() -> None:
    body = (
        "<h1>U14 Girls</h1><p>Team staff Head coach: Dan Fontaine. Team manager: Mari Ostervold (our team doc,"
        " Dr. Marit Ostervold, also covers the first-aid kit) · mari.ostervold@example.net</p>"
    )
    page = _page(body, "https://hockey.example/teams/u14/roster", title="U14 Girls Roster | Youth Hockey")
    assert "personal_email" in _findings(page)


def test_a_club_gallerys_caption_naming_her_job_in_brackets_is_still_a_photo_of_her() -> None:
    body = (
        '<h1>Gallery: Regatta</h1><figure><img src="/g/11.jpg" alt="A couple at the helm">'
        "<figcaption>Dr. Marit Ostervold (the club's kids' doctor) and Erik aboard Sea Smoke, leaving their"
        " mooring off Elm Point.</figcaption></figure>"
    )
    page = _page(body, "https://yachtclub.example/gallery/2026-regatta", PageKind.NEWS, title="Gallery: Regatta")
    assert "tagged_photo" in _findings(page)


def test_her_link_page_at_her_handle_pushing_a_code_without_a_disclosure() -> None:
    from dataclasses import replace

    who = Identity(replace(SUBJECT, handles=("@drmarit.peds",)), name_variants(SUBJECT))
    body = (
        "<h1>Dr. Marit</h1><p>peds doc · Fargo · my faves for your family's first-aid kit</p>"
        "<p>The only thermometer I trust – 20% off with MARIT20</p>"
    )
    page = _page(body, "https://links.example/drmarit.peds", title="Dr. Marit | Links")
    assert "undisclosed_conflict" in _findings(page, who)
    other = _page(body, "https://links.example/somebody.else", title="Dr. Marit | Links")
    assert "undisclosed_conflict" not in _findings(other, who)


def test_an_icu_doctors_post_of_a_patient_extubated_today_with_age_and_town_is_a_case() -> None:
    from footprint.assess.detectors.patients import patient_case

    post = (
        "Extubated today after 19 days: my 61yo retired Sandia engineer from Rio Rancho, the one whose wife brought "
        "green chile stew to the whole ICU. #criticalcare #COVID"
    )
    assert patient_case(post)
    assert not patient_case("Got my covid booster today, 45 years old and feeling it. #COVID")


def test_an_inflammation_or_a_valve_named_in_a_case_post_is_its_clinical_detail() -> None:
    """An infectious-disease or cardiac case story names "endocarditis", "osteomyelitis" or "a new valve", not the
    words "infection" or "surgery"."""
    from footprint.assess.detectors.patients import patient_case

    for post in (
        "Today a 31-year-old line cook from Pooler needs a new valve. Fourth this month.",
        "Today a 44-year-old roofer from Tybee came in with osteomyelitis of the heel.",
        "Tonight a 19-year-old from Garden City with bacteremia from a piercing.",
    ):
        assert patient_case(post), post
    assert not patient_case("Today a 31-year-old friend fixed the valve on our kayak pump.")


def test_a_patient_named_in_full_with_her_town_and_diagnosis_is_a_particular_case() -> None:
    """A hospital's video introduces its patient as "Jessica Vanderloop of De Pere was diagnosed with Hodgkin lymphoma"
    before the doctor walks through her treatment; a town's name alone ("Green Bay") is no patient."""
    from footprint.assess.detectors.patients import patient_case

    assert patient_case("Jessica Vanderloop of De Pere was diagnosed with Hodgkin lymphoma at 29.")
    assert patient_case("Marcus Bell of Green Bay, 61, was rushed in with a stroke in June.")
    assert not patient_case("Jessica Vanderloop of De Pere is the nurse who runs our chemo infusion suite.")


def test_a_rehab_doctors_essay_about_mr_surname_who_told_her_something_is_a_case() -> None:
    """ "He was fifty-eight, a welder from Breaux Bridge who ... broke his back at T12. Mr. Arceneaux told me on his
    first day on our unit ...": a patient by honorific and surname, his age spelt out and his injury."""
    from footprint.assess.detectors.patients import patient_case

    essay = (
        "He was fifty-eight, a welder from Breaux Bridge who fell from a rig platform and broke his back at T12. "
        "Mr. Arceneaux told me on his first day on our unit that he would walk his daughter down the aisle."
    )
    assert patient_case(essay)
    assert not patient_case("Mr. Arceneaux told me the welding shop closes at five on Fridays in June.")


def test_a_storytime_video_about_the_teen_who_came_in_last_week_is_a_case() -> None:
    """A doctor's "storytime" picks the patient out by the visit's time and a detail anyone at her school knows."""
    from footprint.assess.detectors.patients import patient_case

    story = (
        "storytime: the junior from Kaimuki High who came in last week convinced she had cancer bc of a lump in her "
        "armpit. it was her deodorant. she's the one with the pink braids #teendoc"
    )
    assert patient_case(story) == "cancer"
    assert not patient_case("the plumber who came in last week fixed the sink, and our cancer walk is Sunday")
