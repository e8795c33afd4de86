"""A page about one person of the subject's name that gives them another profession and nothing medical (an
attorney's bio on the firm's site, a professor's faculty page) is a namesake's; a physician's page that names
a lawyer among other people is still hers."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Extracted,
    Identity,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
)

OFFICE = Address("700 Harbor Crest Dr", "Savannah", "GA", "31404", "LOCATION")
RECORD = NpiRecord("1234567893", "LUCIAN", "FERNHALLOW", "", "M.D.", ("Pediatrics, Pediatric Critical Care",),
                   (OFFICE,))  # fmt: skip
LUCIAN = Identity(make_subject("Lucian Fernhallow", city="Savannah", state="GA"), (), RECORD)


def _page(url: str, title: str, body: str) -> str:
    return f"""<html><head><title>{title}</title></head><body><div class="header">{title.split("|")[-1]}</div>
    <h1>Lucian Fernhallow</h1>{body}</body></html>"""


def _judge(url: str, html: str) -> MatchResult:
    probe = Probe("site", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return match(LUCIAN, extract(Page(probe, 200, html, "text/html", url), None))


def test_an_attorneys_bio_or_a_professors_page_of_his_name_in_his_city_is_rejected() -> None:
    pages = (
        ("https://www.fernhallowlaw.example.com/attorneys/lucian-fernhallow",
         "Lucian Fernhallow | Fernhallow Law, Savannah",
         "<p>Partner · Admiralty</p><p>Lucian has represented boaters along the coast of Savannah since 2006. He is a "
         "graduate of Mercer Law School and a member of the State Bar of Georgia.</p>"),
        ("https://music.savannah-state.example.edu/people/lucian-fernhallow", "Lucian Fernhallow | Department of Music",
         "<p>Lucian Fernhallow, PhD, is an associate professor of music theory in Savannah.</p>"),
    )  # fmt: skip
    for url, title, body in pages:
        result = _judge(url, _page(url, title, body))
        assert result.decision.value == "rejected", result.reasons
        assert any("another profession" in r for r in result.reasons)


def test_his_own_practice_page_naming_a_lawyer_is_still_his() -> None:
    url = "https://www.coastalpicu.example.com/team/lucian-fernhallow"
    body = ("<p>Dr. Lucian Fernhallow is a pediatric critical care physician in Savannah. Before medicine he worked "
            "as a paralegal for an attorney.</p>")  # fmt: skip
    result = _judge(url, _page(url, "Lucian Fernhallow, MD | Coastal Pediatric Critical Care", body))
    assert result.decision.is_match, result.reasons


def test_the_role_after_the_age_a_story_writes_is_read() -> None:
    from footprint.models import PersonRecord

    story = "Lucian Fernhallow, 61, a retired Savannah teacher, has read at the branch library every Saturday."
    person = PersonRecord("Lucian Fernhallow", context=story, read_from=("name:text",))
    page = Extracted("https://news.example/library", "news", PageKind.NEWS, title="Reading to kids", text=story,
                     people=(person,))  # fmt: skip
    result = match(LUCIAN, page)
    assert result.decision.value == "rejected" and any("another profession (teacher)" in r for r in result.reasons)


def test_the_profession_the_title_writes_after_the_name_is_read() -> None:
    from footprint.models import PersonRecord

    text = "Lucian Fernhallow has sold homes in Savannah for nine years. Call or text to talk about your next move."
    person = PersonRecord("Lucian Fernhallow", context=text, read_from=("name:text",))
    title = "About Lucian Fernhallow, Realtor | Savannah Homes"
    page = Extracted("https://homes.example/about", "homes", PageKind.OTHER, title=title, text=text, people=(person,))
    result = match(LUCIAN, page)
    assert result.decision.value == "rejected" and any("another profession (realtor)" in r for r in result.reasons)


def test_a_trade_business_named_after_the_family_gives_its_owner_that_trade() -> None:
    url = "https://www.fernhallowroofing.example.com/about-lucian"
    html = (
        "<html><head><title>About Lucian | Fernhallow Roofing, Savannah</title></head><body><h2>About Lucian</h2>"
        "<p>Lucian Fernhallow has roofed Savannah homes for 22 years. Licensed and insured in Georgia. Free "
        "estimates: (912) 555-0117.</p><p>Fernhallow Roofing LLC, Savannah, GA</p></body></html>"
    )
    result = _judge(url, html)
    assert result.decision.value == "rejected", result.reasons
    assert any("another profession" in r for r in result.reasons)
    # A roofer's suit against him names the trade beside him, not as his: no profession read from it.
    suit = html.replace("Fernhallow Roofing, Savannah", "Savannah Crest Roofing LLC vs Fernhallow").replace(
        "Lucian Fernhallow has roofed Savannah homes", "Savannah Crest Roofing sued Lucian Fernhallow over roofs"
    )
    assert not any("another profession" in r for r in _judge(url, suit).reasons)


def test_a_trades_emergency_line_is_no_emergency_medicine_and_a_plumber_is_another_profession() -> None:
    url = "https://www.fernhallowplumbing.example.com/about"
    html = (
        "<html><head><title>About Us | Fernhallow Plumbing &amp; Heating | Savannah, GA</title></head><body>"
        "<h2>About Us</h2><p>Fernhallow Plumbing &amp; Heating has fixed pipes in Savannah since 1962. Lucian "
        "Fernhallow took over the business in 2019 and still answers the emergency line himself.</p>"
        "<p>Fernhallow Plumbing &amp; Heating · Savannah, GA · 24-hour emergency service</p></body></html>"
    )
    result = _judge(url, html)
    assert result.decision.value == "rejected", result.reasons
    assert any("another profession" in r for r in result.reasons)
    # The role a sentence gives him, on a page whose title names no trade.
    role = html.replace("Fernhallow Plumbing &amp; Heating | Savannah", "Our team | Savannah").replace(
        "Lucian Fernhallow took over", "His grandson Lucian Fernhallow, a licensed P-1 plumber since 2014, took over"
    )
    assert any("another profession (plumber)" in r for r in _judge(url, role).reasons)
