"""A forum post signed on its last line, or in a signature block, with a name that is not the screen name.

Members of phpBB, vBulletin and Discourse forums sign off as e-mail taught ("-- Ann R., pediatrics, Duluth") or
in the signature the forum shows under each post; Discourse shows the member's full name beside the screen name,
and vBulletin and phpBB the town the member gives ("Location: Duluth"). That name is the writer's, and what
follows it (a field, a town) is theirs, so a doctor answering under "pedsdoc_ar" is judged on it.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from footprint.extract import extract
from footprint.extract.signoff import dashed, signer
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.specialties import groups_of

QUESTION = "My 6 year old has had a fever of 102 for three days and a cough. Should we go in tonight?"
ANSWER = "Pediatrician here. Give ibuprofen every 6 hours and bring her in tomorrow morning if it is still high."
THANKS = "Thank you so much, we will go in tomorrow."

PHPBB = """<html><head><title>Fever three days - Lakeside Parents Forum</title></head><body>
<div id="p11" class="post has-profile bg2"><div class="inner">
 <dl class="postprofile"><dt><a href="#" class="username">worried_mom88</a></dt></dl>
 <div class="postbody"><p class="author">by <strong><a href="#" class="username">worried_mom88</a></strong>
 <time datetime="2026-03-04T23:40:00+00:00">Wed Mar 04, 2026 11:40 pm</time></p>
 <div class="content">{q}</div></div></div></div>
<div id="p12" class="post has-profile bg1"><div class="inner">
 <dl class="postprofile"><dt><a href="#" class="username">pedsdoc_ar</a></dt>
 <dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> {town}</dd></dl>
 <div class="postbody"><p class="author">by <strong><a href="#" class="username">pedsdoc_ar</a></strong>
 <time datetime="2026-03-05T08:02:00+00:00">Thu Mar 05, 2026 8:02 am</time></p>
 <div class="content">{a}<br>{signoff}</div></div></div></div>
<div id="p13" class="post has-profile bg2"><div class="inner">
 <div class="postbody"><p class="author">by <strong><a href="#" class="username">worried_mom88</a></strong></p>
 <div class="content">{t}</div></div></div></div>
</body></html>"""

# Discourse's crawler view: each post a schema.org Comment in microdata, the opener in JSON-LD too.
DISCOURSE = """<html><head><title>Fever three days - Lakeside Parents</title>
<script type="application/ld+json">{ld}</script></head><body>
<div id="main-outlet" class="wrap" role="main">
<div id="post_1" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
 <a itemprop="url" href="/u/worried_mom88"><span itemprop="name">worried_mom88</span></a></span>
 <time itemprop="datePublished" datetime="2026-03-04T23:40:00Z" class="post-time">Mar 4, 2026</time></div>
 <div class="post" itemprop="text"><p>{q}</p></div></div>
<div id="post_2" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
 <a itemprop="url" href="/u/pedsdoc_ar"><span itemprop="name">pedsdoc_ar</span></a>{full}</span>
 <time itemprop="datePublished" datetime="2026-03-05T08:02:00Z" class="post-time">Mar 5, 2026</time></div>
 <div class="post" itemprop="text"><p>{a}
{signoff}</p></div></div>
<div id="post_3" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
 <a itemprop="url" href="/u/worried_mom88"><span itemprop="name">worried_mom88</span></a></span></div>
 <div class="post" itemprop="text"><p>{t}</p></div></div>
</div></body></html>"""

VBULLETIN = """<html><head><title>Fever three days</title></head><body><ol id="posts" class="posts">
<li class="postbitlegacy postbitim postcontainer" id="post_101">
 <div class="postdetails"><div class="userinfo"><a class="username" href="#"><strong>worried_mom88</strong></a></div>
 <div class="postbody"><div class="content"><div id="post_message_101">
 <blockquote class="postcontent restore">{q}</blockquote></div></div></div></div></li>
<li class="postbitlegacy postbitim postcontainer" id="post_102">
 <div class="postdetails"><div class="userinfo"><a class="username" href="#"><strong>pedsdoc_ar</strong></a>
 <dl class="userinfo_extra"><dt>Join Date</dt><dd>Nov 2009</dd><dt>Location</dt><dd>{town}</dd></dl></div>
 <div class="postbody"><div class="content"><div id="post_message_102">
 <blockquote class="postcontent restore">{a}</blockquote></div>
 <div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{signoff}</div>
 </blockquote></div></div></div></div></li>
<li class="postbitlegacy postbitim postcontainer" id="post_103">
 <div class="postdetails"><div class="userinfo"><a class="username" href="#"><strong>worried_mom88</strong></a></div>
 <div class="postbody"><div class="content"><div id="post_message_103">
 <blockquote class="postcontent restore">{t}</blockquote></div></div></div></div></li>
</ol></body></html>"""

URL = "https://forum.lakesideparents.example/t/fever-three-days/18842"


def _page(template: str, signoff: str, town: str = "", full: str = "") -> Extracted:
    ld = json.dumps(
        {
            "@context": "http://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": "Fever three days",
            "author": {"@type": "Person", "name": "worried_mom88"},
            "text": QUESTION,
        }
    )
    body = template.format(q=QUESTION, a=ANSWER, t=THANKS, signoff=signoff, town=town, full=full, ld=ld)
    probe = Probe("forum.lakesideparents.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", URL), None)


def _writer(page: Extracted) -> str:
    return next(p.name for p in page.people if p.handle == "pedsdoc_ar")


@pytest.mark.parametrize("template", [PHPBB, DISCOURSE], ids=["phpbb", "discourse"])
def test_a_post_signed_on_its_last_line_is_its_writers(template: str) -> None:
    page = _page(template, "-- Ann R., pediatrics, Duluth")
    writer = next(p for p in page.people if p.handle == "pedsdoc_ar")
    assert writer.name == "Ann R."
    assert "pediatrics, Duluth" in writer.context and "ibuprofen" in writer.context


def test_a_signature_block_with_the_given_name_and_family_initial_names_the_writer() -> None:
    page = _page(VBULLETIN, "Ann R. - pediatrician, Duluth. Lake Superior and good coffee.", town="Hermantown")
    writer = next(p for p in page.people if p.handle == "pedsdoc_ar")
    assert writer.name == "Ann R."
    assert "Hermantown" in writer.context  # the town the member's author block gives


def test_the_full_name_discourse_shows_beside_the_screen_name_is_the_writers() -> None:
    assert _writer(_page(DISCOURSE, "", full=' <span class="full-name">Ann Rowlands</span>')) == "Ann Rowlands"


@pytest.mark.parametrize("signoff", ["-- Go Bulldogs!", "~ sent from my phone", "-- Dr. G (peds, Duluth)"])
def test_a_sign_off_without_a_name_leaves_the_screen_name(signoff: str) -> None:
    assert _writer(_page(PHPBB, signoff)) == "pedsdoc_ar"


def test_a_name_after_a_dash_inside_the_post_signs_nothing() -> None:
    assert signer(dashed("My doctor -- Ann Rowlands -- said to wait and see.")) is None
    assert dashed("Thanks for the advice -- Ann R., pediatrics") == "Ann R., pediatrics"
    assert signer("Thanks A.") is None and signer("Quail, pheasant, and cabernet") is None


def _judged(page: Extracted) -> Decision:
    subject = make_subject("Dr. Ann Rowlands", city="Duluth", state="MN", specialty="Pediatrics")
    return match(Identity(subject, ()), page).decision


def test_a_doctor_signing_with_her_given_name_initial_field_and_town_is_likely_the_subject() -> None:
    assert _judged(_page(DISCOURSE, "-- Ann R., pediatrics, Duluth")) == Decision.LIKELY


def test_a_member_of_the_same_initials_in_another_town_is_not_the_subject() -> None:
    assert not _judged(_page(DISCOURSE, "-- Ann R., pediatrics, Fargo")).is_match


def test_a_thread_quoting_a_namesake_is_not_the_subjects() -> None:
    """The doctor answering quotes someone of the subject's name; the answer is signed by another member."""
    quoted = f'As Ann Rowlands put it in the paper: "fever is a symptom". {ANSWER}'
    page = _page(PHPBB.replace("{a}", quoted), "-- Ben K., family medicine, Fargo")
    assert _writer(page) == "Ben K."
    assert not _judged(page).is_match


def _judged_as(page: Extracted, name: str, specialty: str, city: str, state: str, creds: str = "") -> Decision:
    subject = make_subject(name, city=city, state=state, specialty=specialty)
    if creds:
        subject = replace(subject, credentials=(creds,))
    return match(Identity(subject, ()), page).decision


def test_an_everyday_given_name_with_the_initial_needs_the_subjects_degree_too() -> None:
    """ "Trish V., DO · SLC" answering as a sleep doctor: Patricia Vukovich, DO, in Salt Lake City (the town written
    short counts); without the degree, an everyday form shared by other names leaves the page for the user."""
    answer = "Sleep doc here. Give her 3 mg of melatonin an hour before bed."
    signed = _page(PHPBB.replace("{a}", answer), "-- Trish V., DO", town="SLC")
    unsigned = _page(PHPBB.replace("{a}", answer), "-- Trish V.", town="SLC")
    args = ("Patricia Vukovich", "Sleep Medicine", "Salt Lake City", "UT")
    assert _judged_as(signed, *args, creds="DO") == Decision.LIKELY
    assert not _judged_as(unsigned, *args, creds="DO").is_match


def test_brain_injury_medicine_is_the_physiatrists_field() -> None:
    assert groups_of("brain injury medicine") == groups_of("Physical Medicine & Rehabilitation")
