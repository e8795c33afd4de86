"""With no registry record to compare listings with (a name the registry does not answer for), the subject's
listings are compared with each other: a listing alone in the phone or street it gives, while the practice's own
site or two sites agree on another, sends patients to a wrong number; a second office two sites agree on does not.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Finding, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource


def _profile(street: str, postal: str, phone: str) -> str:
    """A profile marked up as ratings sites do (a schema.org Physician) that says nothing of being claimed."""
    return f"""<html><head><title>Dr. Marta L. Quellweg, MD - Pediatrics - Ratings</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Physician",
"name": "Dr. Marta L. Quellweg, MD", "medicalSpecialty": "Pediatrics", "telephone": "{phone}",
"address": {{"@type": "PostalAddress", "streetAddress": "{street}", "addressLocality": "Dayton",
"addressRegion": "OH", "postalCode": "{postal}"}}}}</script></head>
<body><h1>Dr. Marta L. Quellweg, MD</h1><p>Pediatrics</p></body></html>"""


CURRENT = _profile("3100 Far Hills Ave Suite 200", "45429", "(937) 555-0140")
OLD_OFFICE = _profile("845 Wayne Crest Blvd", "45410", "(937) 555-0177")
OLD_PHONE_ONLY = _profile("3100 Far Hills Ave Suite 200", "45429", "(937) 555-0177")

PRACTICE_SITE = "https://quellweg-pediatrics.example/our-doctors/marta-quellweg"
NO_RECORD = Identity(
    make_subject("Dr. Marta Quellweg", specialty="Pediatrics", city="Dayton", state="OH", known_urls=[PRACTICE_SITE]),
    name_variants(make_subject("Dr. Marta Quellweg")),
)
NOW_URL = "https://ratings-one.example/doctor/marta-quellweg-1x9"
OLD_URL = "https://ratings-two.example/doctor/marta-quellweg-8k2"
THIRD_URL = "https://ratings-three.example/doctor/marta-quellweg-5q1"


def _on(findings: list[Finding], url: str) -> set[str]:
    return {c for f in findings if f.url == url for c in f.all_categories}


def _without_record(*pages: tuple[str, str]) -> list[Finding]:
    matches = []
    for body, url in pages:
        site = urlsplit(url).hostname or ""
        kind = PageKind.PERSONAL_SITE if url == PRACTICE_SITE else PageKind.RATINGS_PROFILE
        probe = Probe(site, url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
        page = extract(Page(probe, 200, body, "text/html", url), None)
        judged = match(NO_RECORD, page)
        matches.append(Match(page, MatchResult(0.95, decide(0.95), judged.reasons, judged.person, 0)))
    return list(assess(NO_RECORD, matches, {}))


def test_without_a_registry_record_a_listing_alone_in_its_phone_disagrees_with_her_others() -> None:
    found = _without_record((CURRENT, PRACTICE_SITE), (CURRENT, NOW_URL), (OLD_PHONE_ONLY, OLD_URL))
    odd = [f for f in found if f.url == OLD_URL and f.category == "listing_inconsistency"]
    assert len(odd) == 1 and "(937) 555-0177" in odd[0].excerpt
    assert "(937) 555-0140" in odd[0].title
    assert "listing_inconsistency" not in _on(found, NOW_URL) | _on(found, PRACTICE_SITE)


def test_without_a_registry_record_two_offices_the_sites_agree_on_are_no_inconsistency() -> None:
    # Her second office, on two sites: a phone and street two sites give is hers, not a stale one.
    found = _without_record((CURRENT, PRACTICE_SITE), (OLD_OFFICE, OLD_URL), (OLD_OFFICE, THIRD_URL))
    assert not [f for f in found if f.category == "listing_inconsistency"]


def test_without_a_registry_record_a_lone_listing_is_compared_with_nothing() -> None:
    assert not [f for f in _without_record((OLD_OFFICE, OLD_URL)) if f.category == "listing_inconsistency"]


NAMESAKE = (
    _profile("77 Saguaro Crest Dr", "85701", "(520) 555-0190").replace("Dayton", "Tucson").replace('"OH"', '"AZ"')
)
NAMESAKE_URL = "https://ratings-four.example/doctor/marta-quellweg-77"


def _with_decisions(*pages: tuple[str, str, float]) -> list[Finding]:
    """Pages judged as matching would: the practice's site and a listing surely hers, others only likely."""
    matches = []
    for body, url, score in pages:
        site = urlsplit(url).hostname or ""
        kind = PageKind.PERSONAL_SITE if url == PRACTICE_SITE else PageKind.RATINGS_PROFILE
        probe = Probe(site, url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
        page = extract(Page(probe, 200, body, "text/html", url), None)
        judged = match(NO_RECORD, page)
        matches.append(Match(page, MatchResult(score, decide(score), judged.reasons, judged.person, 0)))
    return list(assess(NO_RECORD, matches, {}))


def test_without_a_registry_record_a_likely_namesake_in_another_town_is_not_her_wrong_number() -> None:
    # A doctor of her name and specialty in Tucson, only likely hers (nothing but the name and specialty agree):
    # his phone and office are his own, not a listing of hers that sends patients to a wrong number.
    found = _with_decisions((CURRENT, PRACTICE_SITE, 0.95), (CURRENT, NOW_URL, 0.95), (NAMESAKE, NAMESAKE_URL, 0.8))
    assert "listing_inconsistency" not in _on(found, NAMESAKE_URL)


def test_without_a_registry_record_a_likely_listing_at_her_office_with_another_phone_is_still_odd() -> None:
    found = _with_decisions((CURRENT, PRACTICE_SITE, 0.95), (CURRENT, NOW_URL, 0.95), (OLD_PHONE_ONLY, OLD_URL, 0.8))
    odd = [f for f in found if f.url == OLD_URL and f.category == "listing_inconsistency"]
    assert len(odd) == 1 and "(937) 555-0177" in odd[0].excerpt


MAIDEN_URL = "https://ratings-five.example/doctor/marta-brenner-31"
MAIDEN = (
    _profile("410 Olentangy River Rd", "43214", "(614) 555-0123")
    .replace("Quellweg", "Brenner")
    .replace("Dayton", "Columbus")
)
WITH_FORMER_NAME = Identity(
    make_subject(
        "Dr. Marta Quellweg",
        specialty="Pediatrics",
        city="Dayton",
        state="OH",
        known_urls=[PRACTICE_SITE],
        also_known_as=["Marta Brenner"],
    ),
    name_variants(make_subject("Dr. Marta Quellweg", also_known_as=["Marta Brenner"])),
)


def test_without_a_registry_record_a_likely_listing_under_her_former_name_is_her_old_listing() -> None:
    # She told footprint she was Marta Brenner before: the listing under that name, at the Columbus office she
    # left, is hers even though it shares no phone, street or town with her listings now; patients calling it
    # reach an office she no longer works at.
    matches = []
    pages = ((CURRENT, PRACTICE_SITE, 0.95), (CURRENT, NOW_URL, 0.95), (MAIDEN, MAIDEN_URL, 0.8))
    for body, url, score in pages:
        kind = PageKind.PERSONAL_SITE if url == PRACTICE_SITE else PageKind.RATINGS_PROFILE
        probe = Probe(urlsplit(url).hostname or "", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
        page = extract(Page(probe, 200, body, "text/html", url), None)
        judged = match(WITH_FORMER_NAME, page)
        matches.append(Match(page, MatchResult(score, decide(score), judged.reasons, judged.person, 0)))
    found = list(assess(WITH_FORMER_NAME, matches, {}))
    odd = [f for f in found if f.url == MAIDEN_URL and f.category == "listing_inconsistency"]
    assert {f.title.split(";")[0] for f in odd} >= {"ratings-five.example lists phone (614) 555-0123"}
    # The same listing, only likely, from someone who gave no former name: a namesake's, left alone.
    assert "listing_inconsistency" not in _on(
        _with_decisions((CURRENT, PRACTICE_SITE, 0.95), (CURRENT, NOW_URL, 0.95), (MAIDEN, MAIDEN_URL, 0.8)),
        MAIDEN_URL,
    )


def test_a_registry_name_without_its_apostrophe_is_the_same_family_name() -> None:
    """The registry writes "OSULLIVAN"; a profile listing "Denis P. O'Sullivan" lists no other name."""
    from footprint.assess.detectors.listed_names import same_family_name

    assert same_family_name("OSULLIVAN", "Denis P. O'Sullivan")
    assert same_family_name("O'Sullivan", "Denis Osullivan")
    assert not same_family_name("OSULLIVAN", "Denis P. Sullivan")
