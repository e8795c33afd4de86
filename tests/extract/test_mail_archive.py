"""A mailing list's archive read message by message from its "From:" headers, whatever its markup.

The pages are hand-written after how list archives show mail (groups.io's message view, a Hypermail page with the
address in brackets and "Date:"): the physician's own message to a neighbourhood list, with her cell in the
signature, her children's ages and the road home, is her own words, assessed as her post is.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

HERS = (
    "Hi neighbors, we're looking for an after-school sitter two days a week for our 6 and 4 year olds. Pickup at"
    " Elm Crest Elementary and walk home to our place on Lower Willow, about 4 blocks. Thanks! Peggy --"
    " Peggy Quillfeather cell 701-555-0172 (please don't call the clinic, they will think I'm a patient)"
)
REPLY = "My granddaughter Lily sits for the Hansons. I'll send her your number."
GROUPS_IO = f"""<html><head><title>Elm Crest Neighbors - Message #4412: Sitter recs?</title></head><body>
<div class="navbar">groups.io</div><h3>Sitter recs?</h3><p>elm-crest-neighbors@groups.io</p>
<table><tr><td><b>From:</b> Peggy Quillfeather</td><td>Sep 2, 2025 8:14 PM</td></tr>
<tr><td colspan="2"><p>{HERS}</p></td></tr>
<tr><td><b>From:</b> Ruth Engstrom</td><td>Sep 2, 2025 9:02 PM</td></tr>
<tr><td colspan="2"><p>{REPLY}</p></td></tr></table>
<footer>Group Information · Terms of Service · Privacy</footer></body></html>"""
HYPERMAIL = f"""<html><head><title>Re: Sitter recs?</title></head><body><h1>Re: Sitter recs?</h1>
<ul><li><strong>From:</strong> Ruth Engstrom (<a href="mailto:ruth@example.org">ruth@example.org</a>)</li>
<li><strong>Date:</strong> Tue, 2 Sep 2025 21:02:11 -0500</li></ul>
<p>{REPLY}</p><p>Earlier:</p><ul><li><strong>From:</strong> Peggy Quillfeather &lt;peggy@example.org&gt;</li>
<li><strong>Date:</strong> Tue, 2 Sep 2025 20:14:00 -0500</li></ul><p>{HERS}</p></body></html>"""


def _page(body: str) -> Page:
    url = "https://groups.io/g/elm-crest-neighbors/message/4412"
    probe = Probe("groups.io", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", url)


def test_each_message_is_a_post_of_its_sender() -> None:
    page = extract(_page(GROUPS_IO), None)
    assert [(p.author, p.on_post_by, p.date) for p in page.posts] == [
        ("Peggy Quillfeather", "", "2025-09-02"),
        ("Ruth Engstrom", "Peggy Quillfeather", "2025-09-02"),
    ]
    assert page.posts[0].text.startswith("Hi neighbors") and "granddaughter" not in page.posts[0].text
    assert {"Peggy Quillfeather", "Ruth Engstrom"} <= {p.name for p in page.people}


def test_the_address_in_brackets_and_a_date_line_are_read_too() -> None:
    page = extract(_page(HYPERMAIL), None)
    assert [p.author for p in page.posts] == ["Ruth Engstrom", "Peggy Quillfeather"]
    assert "our 6 and 4 year olds" in page.posts[1].text and page.posts[1].date == "2025-09-02"


def test_a_letter_from_a_named_sender_without_a_date_is_no_message() -> None:
    body = "<html><body><p>From: Dr. Peggy Quillfeather, medical director.</p><p>We open Monday at 8.</p></body></html>"
    assert not extract(_page(body), None).posts


def test_her_own_message_exposes_her_cell_children_and_road_home() -> None:
    page = extract(_page(GROUPS_IO), None)
    me = next(p for p in page.people if p.name == "Peggy Quillfeather")
    subject = make_subject("Dr. Peggy Quillfeather", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, page.people.index(me)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert {"personal_phone", "family_information", "location_exposure"} <= found
