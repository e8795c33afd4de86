"""An article's author list: each author a person, with the affiliation their footnote marker points to."""

from __future__ import annotations

import lxml.html

from footprint.extract import extract
from footprint.extract.authors import listed
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

ARTICLE = """<html><head><title>Oral step-down therapy in endocarditis - an index</title></head><body>
<h1>Oral step-down therapy in endocarditis</h1>
<div class="authors-list">
 <span class="authors-list-item"><a href="/?term=Roe+A">Ann Roe</a><sup>1</sup>, </span>
 <span class="authors-list-item"><a href="/?term=Poe+J">Jon Poe</a><sup>1,2</sup>, </span>
 <span class="authors-list-item"><a href="/?term=Lim+M">Mara Lim</a><sup>2</sup></span>
</div>
<ul class="affiliations">
 <li><sup>1</sup>Division of Infectious Diseases, Mercy Ridge Hospital, Pittsburgh, PA, USA.</li>
 <li><sup>2</sup>Department of Pharmacy, Lakeside Clinic, Duluth, MN, USA.</li>
</ul>
<p>Background: guidelines now allow oral step-down for some patients.</p>
</body></html>"""


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_each_author_is_read_with_their_own_affiliation() -> None:
    people = {p.name: p for p in listed(_doc(ARTICLE))}
    assert set(people) == {"Ann Roe", "Jon Poe", "Mara Lim"}
    assert [(a.city, a.state) for a in people["Ann Roe"].addresses] == [("Pittsburgh", "PA")]
    assert ("Duluth", "MN") in [(a.city, a.state) for a in people["Mara Lim"].addresses]
    assert ("Pittsburgh", "PA") not in [(a.city, a.state) for a in people["Mara Lim"].addresses]
    assert "Pittsburgh" in people["Jon Poe"].context and "Duluth" in people["Jon Poe"].context


def test_the_article_page_names_its_authors_not_the_division() -> None:
    url = "https://journals.example.org/article/123"
    probe = Probe("journals", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, ARTICLE.encode(), "text/html", url), None)
    names = [p.name for p in page.people]
    assert "Ann Roe" in names and "Mara Lim" in names
    assert not any("Diseases" in n for n in names)


def test_highwire_tags_give_the_authors_when_the_markup_lists_none() -> None:
    html = """<html><head>
    <meta name="citation_author" content="Roe, Ann B">
    <meta name="citation_author_institution" content="Mercy Ridge Hospital, Pittsburgh, PA">
    <meta name="citation_author" content="Jon Poe">
    <meta name="citation_author_institution" content="Lakeside Clinic, Duluth, MN">
    </head><body><p>Abstract text.</p></body></html>"""
    people = {p.name: p for p in listed(_doc(html))}
    assert set(people) == {"Ann B Roe", "Jon Poe"}  # Highwire's "Roe, Ann B" turned
    assert [(a.city, a.state) for a in people["Jon Poe"].addresses] == [("Duluth", "MN")]


def test_a_byline_of_one_name_is_no_author_list() -> None:
    html = '<html><body><p class="authors">By Ann Roe</p><p>A story.</p></body></html>'
    assert listed(_doc(html)) == []


def test_a_list_of_words_is_no_author_list() -> None:
    html = '<html><body><div class="author-list">Editorial Board, Staff Writers, Contributors</div></body></html>'
    assert listed(_doc(html)) == []


def test_a_hostile_author_list_is_read_within_its_limits() -> None:
    # a run of markers with no end (quadratic for a naive trailing-marker pattern) and names after the limit
    html = '<html><body><div class="authors-list">Ann Roe, Jon Poe ' + "9" * 100_000 + "x</div></body></html>"
    assert listed(_doc(html)) == []  # one whole name is no list; the over-long piece is nobody
    many = ", ".join(f"Ann Roe{i}" for i in range(5000))
    assert len(listed(_doc(f'<html><body><div class="authors-list">{many}</div></body></html>'))) <= 40
