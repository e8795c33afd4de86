"""A page's chrome and a community's institutions are nobody; a member's display name ("Lucy T.") is somebody.

A site's header runs its "Log In" and "Sign Up" links into the words around them; a parish bulletin heads itself
"Boletim Paroquial", a listing walks "to Classical High's bus", a newsletter signs "Birch Lane Montessori", a run
starts "on Juniper St": none is a person. A Portuguese "a" ("Parabéns a ...") is "to", not an article. A profile
that keeps the family name back heads itself with the given name and the initial, the handle or the town in
brackets, and an activity's description opens with it: that member is the page's person.
"""

from __future__ import annotations

import json

from footprint.extract import extract
from footprint.extract.names import names_in
from footprint.extract.personhood import not_a_person
from footprint.models import Page, PageKind, Parser, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id


def _page(body: str, kind: PageKind = PageKind.OTHER) -> list[tuple[str, tuple[str, ...], str]]:
    url = "https://unknown.example/page"
    probe = Probe("unknown.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    people = extract(Page(probe, 200, body, "text/html", url), None).people
    return [(p.name, tuple(a.city for a in p.addresses), p.handle) for p in people]


def test_a_sites_links_papers_schools_and_streets_are_nobody() -> None:
    for phrase in ("Trailmark Log In Sign Up", "Boletim Paroquial", "Parish Bulletin", "Classical High",
                   "Birch Lane Montessori", "Juniper St", "Escola Primária"):  # fmt: skip
        assert not_a_person(phrase), phrase
    for name in ("Ann High", "Miriam Church", "Sigga Holm", "Lucy Tavora"):
        assert not not_a_person(name), name
    body = """<html><head><title>Evening loop | Trailmark</title></head><body>
    <header><a href="/">Trailmark</a> <a href="/login">Log In</a> <a href="/register">Sign Up</a></header>
    <p>From the porch on Juniper St, down to the river. Walk to Westfield High's bus.</p></body></html>"""
    assert _page(body) == []


def test_to_in_portuguese_is_no_article() -> None:
    said = "Parabéns a Lucinda Tavora e Paulo Mendes, que celebram 20 anos de casamento."
    assert [n.name for n in names_in(said)] == ["Lucinda Tavora", "Paulo Mendes"]
    assert [n.name for n in names_in("We were drinking a Pine Belt Pils.")] == []


def test_a_display_name_with_the_family_initial_is_the_profiles_person() -> None:
    body = """<html><head><title>Lucy T. (Providence, RI)'s Profile | Shelfmark</title>
    <meta property="og:title" content="Lucy T.'s profile"></head><body><h1>Lucy T.</h1>
    <p>Details: Providence, RI. Birthday April 17, 1979</p></body></html>"""
    assert _page(body, PageKind.SOCIAL_PROFILE) == [("Lucy T.", ("Providence",), "")]
    pinned = """<html><head><title>Iñaki G. (inakig_boise) - Profile | Pinboard</title></head>
    <body><h1>Iñaki G.</h1><p>Boise · eye surgeon</p><h2>Camino del Norte 2026</h2></body></html>"""
    assert [p[0] for p in _page(pinned, PageKind.SOCIAL_PROFILE)] == ["Iñaki G."]
    ran = """<html><head><title>Capitol loop | Run | Trailmark</title>
    <meta property="og:description" content="Bron C. ran 8.1 km on Trailmark."></head>
    <body><h1>Capitol loop</h1></body></html>"""
    assert [p[0] for p in _page(ran)] == ["Bron C."]
    assert _page("<html><head><title>Chapter B. | Notes</title></head><body></body></html>") == []


def test_a_mastodon_bio_is_the_profiles_text() -> None:
    account = {"id": "9", "username": "siggah", "acct": "siggah", "display_name": "Sigga H.",
               "note": "<p>Hospitalist · Sioux Falls, SD</p>", "fields": []}  # fmt: skip
    api = "https://m.example/api/v1/accounts/lookup?acct=siggah"
    probe = Probe("mastodon", api, ProbePurpose.API, ProbeSource.HANDLE, PageKind.SOCIAL_PROFILE,
                  parser=Parser.MASTODON_ACCOUNT, origin_url="https://m.example/@siggah")  # fmt: skip
    page = extract(Page(probe, 200, json.dumps(account), "application/json", api), by_id()["mastodon"])
    assert page.text == "Hospitalist · Sioux Falls, SD"


def test_a_display_names_pictographs_and_clipped_field_are_no_part_of_the_name() -> None:
    """ "Dr. Solveig ENT 🦻" is Dr. Solveig, an ENT: no family name "🦻" or "ENT"; what is left is its tagline."""
    from footprint.extract.social import display_name, tagline

    assert display_name("Dr. Solveig ENT 🦻") == "Dr. Solveig" and tagline("Dr. Solveig ENT 🦻") == "ENT 🦻"
    assert display_name("🏃 Bea Lundeen") == "Bea Lundeen" and tagline("🏃 Bea Lundeen") == "🏃"
    assert display_name("Dr. Michael Foot") == "Dr. Michael Foot"  # a family name that is a word stays
