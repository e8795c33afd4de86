"""Weak evidence stays weak: namesake pages that satisfy every loose rule are not "likely".

For each rule that can raise a decision, a page about somebody else that would satisfy it: a
same-name doctor in another city's staff directory, a news story about a same-name person, a
people-search record of a namesake who is not a physician, a relative with the same surname, a
"similar doctors" block on a namesake's profile, and a page whose only evidence is the name (or
the name and the state). Each page is read by the real extract stage, then matched. The last
tests show the same rules still find the subject when the page does say who she is.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893",
    "ZORA",
    "QUILLFEATHER",
    credential="MD",
    taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),),
    phones=("701-555-0142",),
)
ZORA = Identity(make_subject("Dr. Zora Quillfeather, MD", specialty="Pediatrics", city="Fargo", state="ND"), (), RECORD)


def _judge(body: str, url: str = "https://somewhere.example/page", kind: PageKind = PageKind.OTHER) -> Decision:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(ZORA, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_a_same_name_doctor_in_another_citys_staff_directory() -> None:
    body = """<html><head><title>Our Doctors | Lakes Regional Clinic</title></head><body><main><h1>Our Doctors</h1>
    <div><h2>Zora Quillfeather, MD</h2><p>Family medicine. Bemidji, MN.</p></div>
    <div><h2>Ida Brandvold, DO</h2><p>Family medicine.</p></div></main></body></html>"""
    assert _judge(body) in (Decision.REJECTED, Decision.POSSIBLE)


def test_a_news_story_about_a_same_name_person_in_her_city() -> None:
    body = """<html><head><title>Local baker wins state fair ribbon | Fargo Forum</title></head><body><article>
    <h1>Local baker wins state fair ribbon</h1>
    <p>Zora Quillfeather, 34, of Fargo took the blue ribbon for her rhubarb pie on Saturday.</p>
    <p>She has baked since she was nine, she said.</p></article></body></html>"""
    assert _judge(body, "https://fargoforum.example/2025/08/baker") == Decision.POSSIBLE


def test_a_people_search_record_of_a_namesake_who_is_not_a_physician() -> None:
    body = """<html><head><title>Zora Quillfeather - Fargo, ND</title></head><body>
    <div class="r"><h2>Zora Quillfeather, 29</h2><div>Lives in Fargo, ND</div><div>Occupation: Barista</div>
    <div>Related to Lena Quillfeather</div></div></body></html>"""
    assert _judge(body, kind=PageKind.PEOPLE_SEARCH) in (Decision.REJECTED, Decision.POSSIBLE)


def test_a_relative_with_the_same_surname_is_not_her() -> None:
    body = """<html><head><title>Quillfeather family - Fargo, ND</title></head><body>
    <div><h2>Lena Quillfeather, 61</h2><div>Lives in Fargo, ND</div>
    <div>Related to Zora Quillfeather, Tomas Quillfeather</div></div></body></html>"""
    assert _judge(body, kind=PageKind.PEOPLE_SEARCH) == Decision.REJECTED


def test_a_similar_doctors_block_on_a_namesakes_profile() -> None:
    body = """<html><head><title>Dr. Zora Quillfeather, MD - Dermatology - Denver, CO</title></head><body>
    <h1>Dr. Zora Quillfeather, MD</h1><p>Dermatology · Denver, CO</p>
    <section><h2>Similar doctors near you</h2><div><h3>Dr. Zora Quillfeather, MD</h3>
    <p>Pediatrics · Fargo, ND · 1200 Elm Prairie Rd · (701) 555-0142</p></div></section></body></html>"""
    assert _judge(body, kind=PageKind.RATINGS_PROFILE) == Decision.REJECTED


def test_a_page_whose_only_evidence_is_the_name() -> None:
    body = "<html><head><title>Zora Quillfeather</title></head><body><h1>Zora Quillfeather</h1></body></html>"
    assert _judge(body) in (Decision.REJECTED, Decision.POSSIBLE)


def test_the_name_and_the_state_are_not_enough() -> None:
    body = """<html><head><title>Zora Quillfeather, MD - North Dakota</title></head>
    <body><h1>Zora Quillfeather, MD</h1><p>North Dakota</p></body></html>"""
    assert _judge(body, "https://www.example-profiles.com/zora-quillfeather") == Decision.POSSIBLE


def test_the_name_with_a_credential_on_a_page_built_from_the_name() -> None:
    body = "<html><head><title>Dr. Zora Quillfeather</title></head><body><h1>Dr. Zora Quillfeather, MD</h1></body>"
    assert _judge(body, "https://social.example/public/Zora-Quillfeather", PageKind.SOCIAL_PROFILE) == Decision.POSSIBLE


def test_two_records_on_one_page_that_fit_equally_are_not_told_apart() -> None:
    body = """<html><head><title>Zora Quillfeather in Fargo, ND</title></head><body>
    <div><h2>Zora Quillfeather, 41</h2><div>Lives in Fargo, ND</div><div>Phone: (701) 555-0199</div></div>
    <div><h2>Zora Quillfeather, 44</h2><div>Lives in Fargo, ND</div><div>Phone: (701) 555-0123</div></div>
    </body></html>"""
    assert _judge(body, kind=PageKind.PEOPLE_SEARCH) == Decision.POSSIBLE


def test_a_namesake_of_another_profession_in_her_city_and_field_is_rejected() -> None:
    nurse = """<html><head><title>Zora Quillfeather - Pediatric Nurse - Fargo</title></head><body>
    <h1>Zora Quillfeather</h1><p>Pediatric nurse at Sanford Children's, Fargo, ND.</p></body></html>"""
    vet = """<html><head><title>Dr. Zora Quillfeather, DVM | Fargo Animal Hospital</title></head><body>
    <h1>Dr. Zora Quillfeather, DVM</h1><p>Veterinarian in Fargo, ND. Small animals.</p></body></html>"""
    dentist = """<html><head><title>Dr. Zora Quillfeather - Pediatric Dentist in Fargo, ND</title></head><body>
    <h1>Dr. Zora Quillfeather</h1><p>Pediatric dentistry for kids in Fargo, ND.</p></body></html>"""
    rn = """<html><head><title>Zora Quillfeather, RN</title></head><body><h1>Zora Quillfeather, RN</h1>
    <p>Pediatrics, Fargo, ND.</p></body></html>"""
    for body in (nurse, vet, dentist, rn):
        assert _judge(body, "https://clinic.example/team/zora") == Decision.REJECTED, body[:60]


def test_a_news_story_about_a_same_name_professor_in_her_city_is_rejected() -> None:
    story = """<html><head><title>NDSU chemist wins grant | Fargo Forum</title></head><body><article>
    <h1>NDSU chemist wins grant</h1><p>Dr. Zora Quillfeather, a professor of chemistry at North Dakota State
    University in Fargo, received a $2 million grant on Tuesday.</p></article></body></html>"""
    assert _judge(story, "https://fargoforum.example/2025/01/grant", PageKind.NEWS) == Decision.REJECTED
    hers = story.replace(
        "a professor of chemistry at North Dakota State\n    University", "a pediatrician at Red River"
    )
    assert _judge(hers, "https://fargoforum.example/2025/01/grant", PageKind.NEWS).is_match


# -- the same rules, when the page does say who she is --------------------------------------------
def test_her_own_practice_team_page_is_her() -> None:
    body = """<html><head><title>Our Team | Red River Pediatrics</title></head><body><main><h1>Our Team</h1>
    <div><h2>Zora Quillfeather, MD</h2><p>Founder.</p></div><div><h2>Ida Brandvold, DO</h2><p>Partner.</p></div>
    </main><footer>Red River Pediatrics · 1200 Elm Prairie Rd, Fargo, ND 58103</footer></body></html>"""
    assert _judge(body).is_match


def test_a_news_story_quoting_her_as_a_fargo_pediatrician_is_her() -> None:
    body = """<html><head><title>RSV arrives early | Fargo Forum</title></head><body><article>
    <h1>RSV arrives early</h1>
    <p>"We see cases already," said Dr. Zora Quillfeather, a pediatrician in Fargo.</p></article></body></html>"""
    assert _judge(body, "https://fargoforum.example/2025/10/rsv").is_match


def test_the_record_in_her_city_among_namesakes_elsewhere_is_her() -> None:
    # Her city alone is where anyone of the name may live (``match.broker_place``): with her office's number among
    # the record's phones it is hers.
    body = """<html><head><title>Zora Quillfeather - 2 records</title></head><body>
    <div><h2>Zora Quillfeather, 44</h2><div>Lives in Fargo, ND</div><div>Related to Tomas Quillfeather</div>
    <div>Phone: (701) 555-0142</div></div>
    <div><h2>Zora Quillfeather, 71</h2><div>Lives in Tucson, AZ</div></div></body></html>"""
    assert _judge(body, kind=PageKind.PEOPLE_SEARCH).is_match
    alone = body.replace("<div>Phone: (701) 555-0142</div>", "")
    assert _judge(alone, kind=PageKind.PEOPLE_SEARCH) == Decision.POSSIBLE


def test_a_url_footprint_built_from_her_name_says_nothing_about_the_page() -> None:
    # A site's search for "Zora Quillfeather, Fargo" that shows nothing readable: its URL is our own query.
    url = "https://people.example/name/Zora-Quillfeather/Fargo-ND"
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SITE_SEARCH, PageKind.PEOPLE_SEARCH)
    page = extract(Page(probe, 200, "<html><body><div id='app'></div></body></html>", "text/html", url), None)
    assert match(ZORA, page).decision == Decision.REJECTED


def test_a_brokers_street_address_is_a_home_not_another_office() -> None:
    body = """<html><head><title>Zora Quillfeather</title></head><body>
    <div><h2>Zora Quillfeather, 44</h2><div>Lives at 77 Birch Hollow Ln, Fargo, ND 58104</div>
    <div>Phone: (701) 555-0142</div></div></body></html>"""
    url = "https://people.example/p/1"
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.PEOPLE_SEARCH)
    result = match(ZORA, extract(Page(probe, 200, body, "text/html", url), None))
    assert result.decision.is_match and not any("differs from the NPI record" in r for r in result.reasons)


def test_a_broker_record_younger_than_her_npi_allows_is_someone_else() -> None:
    issued = Identity(ZORA.subject, (), replace(RECORD, enumerated="2006-11-06"))
    body = """<html><head><title>Zora Quillfeather - Fargo, ND</title></head><body>
    <div><h2>Zora Quillfeather, 31</h2><div>Lives in Fargo, ND</div></div></body></html>"""
    url = "https://people.example/p/2"
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.PEOPLE_SEARCH)
    result = match(issued, extract(Page(probe, 200, body, "text/html", url), None))
    assert result.decision == Decision.REJECTED and any("since 2006" in r for r in result.reasons)


def test_the_sentence_about_the_headlines_person_is_read_with_the_headline() -> None:
    # The title names her; only the sentence says what she does and where: both are one person's.
    episode = """<html><head><title>Episode 12: Fevers, with Dr. Zora Quillfeather | Parenting Plains Podcast</title>
    </head><body><article><h1>Episode 12: Fevers</h1><p>This week we talk with Dr. Zora Quillfeather, {role}, about
    when a fever is an emergency.</p></article></body></html>"""
    hers = episode.format(role="a pediatrician at Red River Pediatrics in Fargo")
    assert _judge(hers, "https://parentingplains.example/ep12").is_match
    chemist = episode.format(role="a professor of chemistry at North Dakota State University in Fargo")
    assert _judge(chemist, "https://parentingplains.example/ep12") == Decision.REJECTED


def _reasons(body: str, kind: PageKind = PageKind.PEOPLE_SEARCH) -> tuple[str, ...]:
    url = "https://somewhere.example/page"
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(ZORA, extract(Page(probe, 200, body, "text/html", url), None)).reasons


def test_a_home_in_a_suburb_of_the_practice_city_is_near_it_and_one_across_the_state_is_not() -> None:
    card = """<html><head><title>Zora Quillfeather</title></head><body>
    <div class="r"><h2>Zora Quillfeather, 41</h2><div>Lives in {city}, ND</div>
    <div>Related to Lena Quillfeather</div></div></body></html>"""
    near = _reasons(card.format(city="Casselton"))
    assert any(r.startswith("nearby city: Casselton, ND") for r in near), near
    assert not any("other city" in r for r in near)
    far = _reasons(card.format(city="Minot"))
    assert any("other city: Minot vs Fargo" in r for r in far), far
    assert not any(r.startswith("nearby city") for r in far)


def test_an_abbreviated_city_name_is_the_city_for_distance() -> None:
    from footprint.match import geo

    assert geo.distance_km("St. Paul", "MN", "Minneapolis", "MN") == geo.distance_km(
        "Saint Paul", "MN", "Minneapolis", "MN"
    )
    assert (geo.distance_km("St. Paul", "MN", "Minneapolis", "MN") or 99) < geo.COMMUTE_KM
    assert geo.distance_km("Nowhere Gulch", "MN", "Minneapolis", "MN") is None  # unknown: no evidence either way


# -- the subject's own registry record and places disagree: a namesake however well the field fits -----------
def _judge_as(who: Identity, body: str, kind: PageKind = PageKind.RATINGS_PROFILE) -> Decision:
    url = "https://ratings.example/doctor/zora-quillfeather"
    probe = Probe("ratings.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(who, extract(Page(probe, 200, body, "text/html", url), None)).decision


PROFILE = """<html><head><title>Dr. {name}, MD - Pediatrics - {city}, ND</title></head><body>
<h1>Dr. {name}, MD</h1><p>Pediatrics · {city}, ND</p>{extra}</body></html>"""


def test_another_middle_initial_than_her_registry_record_gives_is_a_namesake() -> None:
    # She typed "Zora Quillfeather"; the registry knows her as ZORA E QUILLFEATHER.
    who = Identity(ZORA.subject, (), replace(RECORD, middle_name="E"))
    other = PROFILE.format(name="Zora J. Quillfeather", city="Fargo", extra="")
    assert _judge_as(who, other) == Decision.POSSIBLE
    assert _judge_as(ZORA, other).is_match  # without the registry's middle name nothing tells them apart
    assert _judge_as(who, PROFILE.format(name="Zora E. Quillfeather", city="Fargo", extra="")).is_match
    assert _judge_as(who, PROFILE.format(name="Zora Quillfeather", city="Fargo", extra="")).is_match
    # Her own practice phone outweighs a middle initial a site got wrong.
    phoned = PROFILE.format(name="Zora J. Quillfeather", city="Fargo", extra="<p>Phone: (701) 555-0142</p>")
    assert _judge_as(who, phoned).is_match


def test_a_same_name_doctor_of_her_field_across_the_state_is_a_namesake_unless_something_only_hers_agrees() -> None:
    far = PROFILE.format(name="Zora Quillfeather", city="Minot", extra="")
    assert _judge_as(ZORA, far) == Decision.POSSIBLE
    phoned = PROFILE.format(name="Zora Quillfeather", city="Minot", extra="<p>Phone: (701) 555-0142</p>")
    assert _judge_as(ZORA, phoned).is_match


def test_an_encyclopedia_article_on_a_same_name_economist_or_an_accountant_in_her_city_is_rejected() -> None:
    # "Dr." and "practice" present a person as a physician; the disambiguation and "CPA" say otherwise.
    wiki = """<html><head><title>Dr. Zora Quillfeather (economist) - Wikipedia</title></head><body>
    <h1>Dr. Zora Quillfeather (economist)</h1><p>Zora Quillfeather (born 1971 in Fargo) is an American
    economist.</p></body></html>"""
    cpa = """<html><head><title>Zora Quillfeather, CPA | Quillfeather Tax Practice, Fargo, ND</title></head><body>
    <h1>Zora Quillfeather, CPA</h1><p>Tax preparation for families in Fargo, ND.</p></body></html>"""
    for body in (wiki, cpa):
        result = match(
            ZORA,
            extract(
                Page(
                    Probe("x", "https://x.example/z", ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER),
                    200,
                    body,
                    "text/html",
                    "https://x.example/z",
                ),
                None,
            ),
        )
        assert result.decision == Decision.REJECTED and any("another profession" in r for r in result.reasons), body
    hers = wiki.replace("(economist)", "(physician)").replace("American\n    economist", "American pediatrician")
    assert _judge(hers, "https://x.example/z").is_match


def test_a_handle_in_brackets_after_her_name_is_no_other_profession() -> None:
    pin = """<html><head><title>Zora Quillfeather (zoraquillfeathermd) - Profile | Pinterest</title></head><body>
    <h1>Zora Quillfeather</h1><p>Pediatrician in Fargo, ND. Pins about kids' health.</p></body></html>"""
    url = "https://pins.example/zoraquillfeathermd/"
    probe = Probe("pins.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    result = match(ZORA, extract(Page(probe, 200, pin, "text/html", url), None))
    assert result.decision.is_match and not any("another profession" in r for r in result.reasons)


def test_a_story_about_her_namesake_father_that_names_her_in_passing_is_not_hers() -> None:
    story = """<html><head><title>Moorhead doctor marks 50 years of house calls | Valley News</title></head><body>
    <article><h1>Dr. Zora Quillfeather marks 50 years of house calls</h1><p>Dr. Zora Quillfeather, 81,
    still visits patients in Moorhead. Her daughter, a Fargo pediatrician, joined her on a call.</p>
    </article></body></html>"""
    assert not _judge(story, "https://valleynews.example/2016/zora", PageKind.NEWS).is_match


def test_a_doctor_known_by_the_middle_name_is_found_under_the_legal_one_but_not_his_father() -> None:
    from dataclasses import replace as _replace

    from footprint.identity import make_subject, name_variants
    from footprint.match.person import match_person
    from footprint.models import Address, Identity, NpiRecord, PersonRecord
    from footprint.registry import _legal_name

    record = NpiRecord("1245319599", "JAMES", "QUILLBY", middle_name="WENDELL", credential="DO",
                       taxonomies=("Orthopaedic Surgery",), suffix="Jr.")  # fmt: skip
    subject = make_subject("Dr. Wendell Quillby Jr.")
    assert _legal_name(subject, record) == "James Wendell Quillby"
    assert _legal_name(make_subject("Dr. James Quillby"), record) == ""  # he goes by the first name
    subject = _replace(subject, also_known_as=("James Wendell Quillby",))
    who = Identity(subject, name_variants(subject), record)
    here = (Address("", "Bowling Green", "KY"),)
    son = PersonRecord("Dr. James Quillby, DO", specialties=("Orthopedic Surgery",), addresses=here)
    father = PersonRecord("Dr. James Quillby, MD", specialties=("General Surgery",), addresses=here)
    assert match_person(who, son).decision.is_match
    assert not match_person(who, father).decision.is_match  # same name, town and field: another credential


def test_a_namesake_titled_with_another_calling_in_her_town_is_not_her() -> None:
    # The registry's only physician of the name practises in Fargo; a charter captain, a judge or an officer of the
    # name there is another person, though the town and the rare name agree.
    sole = replace(ZORA, npi_candidates=1, subject=replace(ZORA.subject, specialty="", city="", state=""))
    for titled in ("Captain Zora Quillfeather has fished the Red River for 22 years.",
                   "Judge Zora Quillfeather swore in the new council on Monday.",
                   "Officer Zora Quillfeather led the bike rodeo at the park."):  # fmt: skip
        body = f"""<html><head><title>Our Team | Red River Charters Fargo</title></head><body><h1>Our Team</h1>
        <p>Born and raised in Fargo, North Dakota. {titled}</p></body></html>"""
        url = "https://charters.example/team"
        probe = Probe("charters.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
        page = extract(Page(probe, 200, body, "text/html", url), None)
        assert not match(sole, page).decision.is_match, titled
    # A walk team's "Captain:" label is no calling: its captain in her town is still her.
    body = """<html><head><title>Team Zora | Walk to Defeat ALS - Fargo</title></head><body><h1>Team Zora</h1>
    <p>Walk to Defeat ALS, Fargo, North Dakota. Captain: Zora Quillfeather. Raised $6,100.</p></body></html>"""
    url = "https://walk.example/fargo/team/zora"
    probe = Probe("walk.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    assert match(sole, extract(Page(probe, 200, body, "text/html", url), None)).decision.is_match


def test_a_physician_of_his_field_under_his_rare_name_placed_nowhere_is_him_or_presents_as_him() -> None:
    # An account "Dr Matt Quillfeather, pediatrician" (Matt: the English form of the registered Matej) with no town:
    # the registry, asked across the country, lists no other clinician of the name, so it is his or an impostor's;
    # either way a page about him. The exact name and the field already are.
    body = """<html><head><title>Dr Matt Quillfeather Pediatrician (@dr.matt.kids) | TikTok</title>
    <meta property="og:title" content="Dr Matt Quillfeather Pediatrician (@dr.matt.kids)"></head><body>
    <h1>Dr Matt Quillfeather Pediatrician</h1><p>Pediatrician 20 yrs. DM for consult.</p></body></html>"""
    record = replace(RECORD, first_name="MATEJ")
    nationwide = Identity(make_subject("Dr. Matej Quillfeather"), (), record, npi_candidates=1)
    url = "https://www.tiktok.com/@dr.matt.kids"
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.SOCIAL_PROFILE)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    assert match(nationwide, page).decision.is_match
    # Asked in one state only, or with namesakes in the registry, the name tells nobody apart.
    in_state = replace(nationwide, subject=replace(nationwide.subject, state="ND"))
    assert not match(in_state, page).decision.is_match
    assert not match(replace(nationwide, npi_candidates=2), page).decision.is_match
