"""A club's notes wish members a happy birthday with their age and the day ("Happy birthday to Jane Roe, 39 on
October 14"): the subject's age, published like a broker's. A club's or a school's notes that tell members where to
find the subject every week ("every Wednesday at 7:50 from the corner of Elm and Pine", "7 am from the Roe porch on
Elm St") expose a routine, as the subject's own post would; a clinic's weekly hours do not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

NOTES = """<html><head><title>October Club Notes | Fargo Trail Runners</title></head><body><h1>October Club Notes</h1>
<h2>Birthdays</h2><p>Happy birthday to Ida Brandvold, 41 on October 9 (our resident skin doctor), and to Hal
Quint, 55 on October 20.</p><h2>Saturday long run</h2><p>7 am from the Lindenwood shelter.</p></body></html>"""
ROUTINE = """<html><head><title>Room 12 News | Lindenwood Elementary PTO</title></head><body><h1>Room 12 News</h1>
<p>Thank you to Ida Brandvold and Hal Quint (Nora's parents), who lead the walking bus every Tuesday at 7:45 from
the corner of Elm Crest and 9th.</p><p>Book fair next week.</p></body></html>"""
CLINIC = ROUTINE.replace("who lead the walking bus", "who see walk-in patients at the clinic")


def test_a_clubs_birthday_list_gives_her_age() -> None:
    url = "https://fargotrail.example/news/october"
    probe = Probe("fargotrail.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, NOTES, "text/html", url), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    found = {f.category: f.excerpt for f in assess(Identity(subject, ()), [matched], {})}
    assert "41" in found.get("birth_date", "") and "55" not in found.get("birth_date", "")


def _categories(body: str) -> set[str]:
    url = "https://lindenwoodpto.example/news/room-12"
    probe = Probe("lindenwoodpto.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    me = next(p for p in page.people if "Brandvold" in p.name)
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


def test_a_schools_notes_saying_where_she_is_every_week_expose_her_routine() -> None:
    assert "location_exposure" in _categories(ROUTINE)
    assert "location_exposure" not in _categories(CLINIC)


PARTY = """<html><head><title>Spring Newsletter | Fargo Rotary</title></head><body><h1>Spring Newsletter</h1>
<p>Thanks to Ida Brandvold and Hal Quint for hosting 90 Rotarians at their place on Elm Crest Dr. The club meets
Thursday noon at the Elks Lodge on Main Ave.</p></body></html>"""


def test_a_newsletter_naming_the_street_of_her_house_exposes_her_home_address_but_not_the_clubs_venue() -> None:
    url = "https://fargorotary.example/news/spring"
    probe = Probe("fargorotary.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, PARTY, "text/html", url), None)
    me = next(p for p in page.people if "Brandvold" in p.name)
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    homes = [f.excerpt for f in assess(Identity(subject, ()), [matched], {}) if "home_address" in f.all_categories]
    assert homes and all("Main Ave" not in h.split("Elm Crest Dr")[0] for h in homes)


DIRECTORY = """<html><head><title>2026 Neighbor Directory | Lindenwood Vale</title></head><body>
<h1>2026 Neighbor Directory</h1><table><tr><th>Household</th><th>Address</th><th>Kids</th></tr>
<tr><td>Brandvold, Tomas &amp; Ida</td><td>418 Vale Chinoe Rd</td><td>Nora (Lindenwood Elementary)</td></tr>
<tr><td>Quint, Hal</td><td>431 Vale Chinoe Rd</td><td></td></tr></table></body></html>"""


def test_a_neighbours_directory_gives_her_households_street_as_her_home() -> None:
    # The household entry names her as the spouse; its street, with no phone or town beside it, is her home.
    url = "https://lindenwoodvale.example/directory"
    probe = Probe("lindenwoodvale.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, DIRECTORY, "text/html", url), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    found = assess(Identity(subject, ()), [matched], {})
    homes = [f.excerpt for f in found if "home_address" in f.all_categories]
    assert homes and all("418 Vale Chinoe Rd" in h for h in homes) and not any("431" in h for h in homes)
    assert "family_information" in {c for f in found for c in f.all_categories}


NEIGHBOURS = """<html><head><title>Elm Crest Neighbors - May 2026</title></head><body><h1>Elm Crest Neighbors</h1>
<h2>May birthdays</h2><p>Ida Brandvold of Larkspur Lane turns 41 on May 9 (Tom says cake, not flowers),
and Hal Quint of Birch Road turns 80.</p><h2>Lost cat</h2><p>Grey, answers to Pip.</p></body></html>"""


def test_a_neighbours_newsletter_saying_she_turns_41_gives_her_age_and_not_the_neighbours() -> None:
    url = "https://elmcrest.example/newsletter/2026-05"
    probe = Probe("elmcrest.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, NEIGHBOURS, "text/html", url), None)
    me = next(p for p in page.people if "Brandvold" in p.name)
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    born = [f for f in assess(Identity(subject, ()), [matched], {}) if f.category == "birth_date"]
    assert len(born) == 1 and "turns 41 on May 9" in born[0].highlight and "80" not in born[0].highlight
    neighbour = make_subject("Dr. Hal Quint", city="Fargo", state="ND")
    him = next(p for p in page.people if "Quint" in p.name)
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), him, page.people.index(him)))
    born = [f for f in assess(Identity(neighbour, ()), [matched], {}) if f.category == "birth_date"]
    assert len(born) == 1 and "turns 80" in born[0].highlight and "41" not in born[0].highlight


KIDS_BIRTHDAY = """<html><head><title>Neighbors - March 2026 | Larkspur Lane News</title></head><body><h1>Neighbors</h1>
<p>Happy birthday to Nora Brandvold of Larkspur Lane, who turns 9 on March 4, and to Greta Brandvold, who turns 63
on March 20.</p><p>The Brandvold family (Ida, Tomas, Nora) is away until April 2.</p>
<p>Dr. Ida Brandvold's daughter Nora had her 9th birthday at the rink.</p></body></html>"""


def test_a_relatives_birthday_in_a_neighbours_newsletter_is_no_age_of_hers() -> None:
    # Nora and Greta bear her family name, but neither is a name she goes by, and 9 is a child's age: the
    # family is exposed (family_information), her own age is not on the page.
    url = "https://larkspur.example/news/2026-03"
    probe = Probe("larkspur.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, KIDS_BIRTHDAY, "text/html", url), None)
    me = next(p for p in page.people if p.name.endswith("Ida Brandvold"))
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert "birth_date" not in found and "family_information" in found


def test_a_friends_birthday_post_to_her_by_name_with_her_age_and_day_gives_her_age() -> None:
    from footprint.models import Extracted, PersonRecord, Post

    wish = ("Happy birthday to the kindest person I know, Dr. Ida Brandvold, who fixes skin all week and still "
            "bakes on Sundays. 47 on 11/22 and still out-skis me. Nora made the cake.")  # fmt: skip
    url = "https://social.example/@hal/1"
    me = PersonRecord(name="Ida Brandvold")
    post = Post(author="hal@social.example", text=wish, url=url, audience="public")
    page = Extracted(url, "social.example", PageKind.SOCIAL_POST, people=(me,), posts=(post,))
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    born = [
        f.highlight
        for f in assess(Identity(subject, ()), [Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))], {})
        if f.category == "birth_date"
    ]
    assert born == ["47 on 11/22"]
    # A wish to someone else that names her later is no age of hers.
    other = Post(author="hal@social.example", text="Happy birthday to Hal Quint, 55 on 11/22! Dr. Ida Brandvold baked.",
                 url=url, audience="public")  # fmt: skip
    page = Extracted(url, "social.example", PageKind.SOCIAL_POST, people=(me,), posts=(other,))
    found = assess(Identity(subject, ()), [Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))], {})
    assert not [f for f in found if f.category == "birth_date"]
    # The practice's birthday is no age of hers.
    clinic = Post(author="hal@social.example", text="Happy birthday to Dr. Brandvold's clinic, which turns 25 today!",
                  url=url, audience="public")  # fmt: skip
    page = Extracted(url, "social.example", PageKind.SOCIAL_POST, people=(me,), posts=(clinic,))
    found = assess(Identity(subject, ()), [Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))], {})
    assert not [f for f in found if f.category == "birth_date"]


def test_a_recap_shouting_that_she_turned_50_on_race_day_gives_her_age() -> None:
    from footprint.assess.detectors.birthdays import _TURNS

    assert _TURNS.match(", who turned 50 ON RACE DAY (April 12, 1976)")
    assert not _TURNS.match(" turned 40 patients away")
