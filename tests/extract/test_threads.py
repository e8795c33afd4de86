"""A forum thread read post by post: each post's writer, date, text and signature, on the big engines' markup.

The threads are hand-written after the markup phpBB (prosilver), vBulletin 4, XenForo 2 and Discourse's
no-JavaScript view give a post. A doctor answering a patient's question there writes under a screen name;
their signature or their own introduction says who they are, and then the advice is theirs.
"""

from __future__ import annotations

import json

import pytest

from footprint.assess import assess
from footprint.extract import extract
from footprint.extract.media import self_named
from footprint.extract.screennames import screen_name
from footprint.identity import make_subject
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

QUESTION = "My 6 year old has had a fever of 102 for three days and a cough. Should we go in tonight?"
ANSWER = "Pediatrician here. You should take her in tomorrow morning and give ibuprofen every 6 hours for the fever."
THANKS = "Thank you so much, we will go in tomorrow."

PHPBB = """<html><head><title>Fever three days - Lakeside Parents Forum</title></head><body>
<h2 class="topic-title">Fever three days</h2>
<div id="p11" class="post has-profile bg2"><div class="inner">
 <dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&u=7" class="username">worried_mom88</a></dt>
 <dd class="profile-posts"><strong>Posts:</strong> 3</dd></dl>
 <div class="postbody"><h3><a href="#p11">Fever three days</a></h3>
 <p class="author"><span class="responsive-hide">by <strong><a href="#" class="username">worried_mom88</a>
 </strong> &raquo; </span>
 <time datetime="2026-03-04T23:40:00+00:00">Wed Mar 04, 2026 11:40 pm</time></p>
 <div class="content">{q}</div></div></div></div>
<div id="p12" class="post has-profile bg1"><div class="inner">
 <dl class="postprofile"><dt>
 <a href="./memberlist.php?mode=viewprofile&u=9" class="username-coloured">pedsdoc_ar</a></dt></dl>
 <div class="postbody"><h3><a href="#p12">Re: Fever three days</a></h3>
 <p class="author">by <strong><a href="#" class="username-coloured">pedsdoc_ar</a></strong> &raquo;
 <time datetime="2026-03-05T08:02:00+00:00">Thu Mar 05, 2026 8:02 am</time></p>
 <div class="content">{a}</div>
 <div id="sig12" class="signature">{sig}</div></div></div></div>
<div id="p13" class="post has-profile bg2"><div class="inner">
 <div class="postbody"><p class="author">by <strong><a href="#" class="username">worried_mom88</a></strong> &raquo;
 <time datetime="2026-03-05T09:00:00+00:00">Thu Mar 05, 2026 9:00 am</time></p>
 <div class="content">{t}</div></div></div></div>
</body></html>"""

VBULLETIN = """<html><head><meta name="generator" content="vBulletin 4.2.5"><title>Fever three days</title>
 </head><body>
<ol id="posts" class="posts">
<li class="postbitlegacy postbitim postcontainer" id="post_101">
 <div class="posthead"><span class="postdate"><span class="date">03-04-2026, 11:40 PM</span></span></div>
 <div class="postdetails"><div class="userinfo"><div class="username_container">
 <a class="username" href="/members/worried_mom88.html"><strong>worried_mom88</strong></a></div></div>
 <div class="postbody"><div class="content"><div id="post_message_101">
 <blockquote class="postcontent restore">{q}</blockquote></div></div></div></div>
</li>
<li class="postbitlegacy postbitim postcontainer" id="post_102">
 <div class="posthead"><span class="postdate"><span class="date">03-05-2026, 08:02 AM</span></span></div>
 <div class="postdetails"><div class="userinfo"><div class="username_container">
 <a class="username" href="/members/pedsdoc_ar.html"><strong>pedsdoc_ar</strong></a></div></div>
 <div class="postbody"><div class="content"><div id="post_message_102">
 <blockquote class="postcontent restore">{a}</blockquote></div>
 <div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{sig}</div>
 </blockquote></div></div></div></div>
</li>
<li class="postbitlegacy postbitim postcontainer" id="post_103">
 <div class="postdetails"><div class="userinfo"><div class="username_container">
 <a class="username" href="/members/worried_mom88.html"><strong>worried_mom88</strong></a></div></div>
 <div class="postbody"><div class="content"><div id="post_message_103">
 <blockquote class="postcontent restore">{t}</blockquote></div></div></div></div>
</li></ol></body></html>"""

XENFORO = """<html><head><title>Fever three days | Lakeside Parents</title></head><body>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post" data-author="worried_mom88" data-content="post-1" id="js-post-1">
 <div class="message-inner"><div class="message-cell message-cell--user"><h4 class="message-name">
 <a href="/members/worried_mom88.7/" class="username">worried_mom88</a></h4></div>
 <div class="message-cell message-cell--main"><header class="message-attribution">
 <time class="u-dt" datetime="2026-03-04T23:40:00+0000">Mar 4, 2026</time></header>
 <article class="message-body js-selectToQuote"><div class="bbWrapper">{q}</div></article></div></div>
</article>
<article class="message message--post" data-author="pedsdoc_ar" data-content="post-2" id="js-post-2">
 <div class="message-inner"><div class="message-cell message-cell--main"><header class="message-attribution">
 <time class="u-dt" datetime="2026-03-05T08:02:00+0000">Mar 5, 2026</time></header>
 <article class="message-body js-selectToQuote"><div class="bbWrapper">{a}</div></article>
 <aside class="message-signature"><div class="bbWrapper">{sig}</div></aside></div></div>
</article>
<article class="message message--post" data-author="worried_mom88" data-content="post-3" id="js-post-3">
 <div class="message-inner"><div class="message-cell message-cell--main">
 <article class="message-body js-selectToQuote"><div class="bbWrapper">{t}</div></article></div></div>
</article></div></body></html>"""

DISCOURSE = """<html><head><title>Fever three days - Lakeside Parents</title></head><body>
<div id="main-outlet" class="wrap" role="main">
<div class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator"><a href="/u/worried_mom88">
 <span itemprop="name">worried_mom88</span></a></span>
 <span class="crawler-post-infos">
 <time class="post-time" datetime="2026-03-04T23:40:00Z">March 4, 2026</time></span></div>
 <div class="post" itemprop="text"><p>{q}</p></div></div>
<div class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator"><a href="/u/pedsdoc_ar">
 <span itemprop="name">pedsdoc_ar</span></a></span>
 <span class="crawler-post-infos">
 <time class="post-time" datetime="2026-03-05T08:02:00Z">March 5, 2026</time></span></div>
 <div class="post" itemprop="text"><p>{a}</p><p>{sig}</p></div></div>
<div class="topic-body crawler-post">
 <div class="crawler-post-meta"><span class="creator"><a href="/u/worried_mom88">
 <span itemprop="name">worried_mom88</span></a></span></div>
 <div class="post" itemprop="text"><p>{t}</p></div></div>
</div></body></html>"""

SIGNATURE = "Ann Rowlands, MD · pediatrics, Duluth"


def _page(template: str, answer: str = ANSWER, signature: str = SIGNATURE) -> Extracted:
    url = "https://forum.lakesideparents.example/viewtopic.php?t=18842"
    probe = Probe("forum.lakesideparents.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = template.format(q=QUESTION, a=answer, t=THANKS, sig=signature)
    return extract(Page(probe, 200, body, "text/html", url), None)


@pytest.mark.parametrize("template", [PHPBB, VBULLETIN, XENFORO], ids=["phpbb", "vbulletin", "xenforo"])
def test_each_post_is_read_with_its_writer_and_answers_the_threads_opener(template: str) -> None:
    page = _page(template)
    assert [(p.author, p.on_post_by) for p in page.posts] == [
        ("worried_mom88", ""),
        ("pedsdoc_ar", "worried_mom88"),
        ("worried_mom88", ""),
    ]
    answer = page.posts[1]
    assert answer.text.startswith("Pediatrician here.") and "Rowlands" not in answer.text  # the signature is apart
    assert answer.date == "2026-03-05"


@pytest.mark.parametrize("template", [PHPBB, VBULLETIN, XENFORO], ids=["phpbb", "vbulletin", "xenforo"])
def test_a_signature_that_opens_with_a_name_names_the_writer_behind_the_screen_name(template: str) -> None:
    page = _page(template)
    writer = next(p for p in page.people if p.handle == "pedsdoc_ar")
    assert writer.name == "Ann Rowlands"
    assert "pediatrics, Duluth" in writer.context  # what the writer says of themself, for matching


def test_a_signature_without_a_name_leaves_the_screen_name() -> None:
    page = _page(PHPBB, signature="Four kids, two dogs, one minivan")
    assert {p.name for p in page.people if p.handle} >= {"pedsdoc_ar", "worried_mom88"}


def test_discourse_posts_are_read_from_its_no_javascript_view() -> None:
    page = _page(DISCOURSE)
    assert [p.author for p in page.posts] == ["worried_mom88", "pedsdoc_ar", "worried_mom88"]
    assert page.posts[1].on_post_by == "worried_mom88" and page.posts[1].date == "2026-03-05"


@pytest.mark.parametrize(
    ("creator", "name", "credentials"),
    [
        # The name in brackets after the screen name's link, as Discourse's crawler view writes it.
        ('<a href="/u/pedsdoc_ar"><span itemprop="name">pedsdoc_ar</span></a> (Ann Rowlands)', "Ann Rowlands", ()),
        # A member who keeps the family name private shows its initial and a credential.
        ('<a href="/u/pedsdoc_ar"><span itemprop="name">pedsdoc_ar</span></a> (Ann R., MD)', "Ann R.", ("MD",)),
        ('<a href="/u/pedsdoc_ar">pedsdoc_ar</a> <span class="full-name">Ann R., MD</span>', "Ann R.", ("MD",)),
        # The older view: the screen name in <b itemprop="author">.
        (
            '<a href="/u/pedsdoc_ar"><b itemprop="author">pedsdoc_ar</b></a> (Ann Rowlands) <time>2026</time>',
            "Ann Rowlands",
            (),
        ),
        # No name shown: the screen name stays.
        ('<a href="/u/pedsdoc_ar"><span itemprop="name">pedsdoc_ar</span></a>', "pedsdoc_ar", ()),
    ],
)
def test_the_name_discourse_shows_beside_a_screen_name_names_its_writer(
    creator: str, name: str, credentials: tuple[str, ...]
) -> None:
    shown = DISCOURSE.replace(
        '<span class="creator"><a href="/u/pedsdoc_ar">\n <span itemprop="name">pedsdoc_ar</span></a></span>',
        f'<span class="creator">{creator}</span>',
    )
    assert shown != DISCOURSE
    page = _page(shown, signature="")
    writer = next(p for p in page.people if p.handle == "pedsdoc_ar")
    assert (writer.name, writer.credentials) == (name, credentials)
    assert [p.author for p in page.posts] == ["worried_mom88", "pedsdoc_ar", "worried_mom88"]


def test_a_full_name_that_holds_the_screen_name_is_still_the_full_name() -> None:
    shown = DISCOURSE.replace(
        '<span class="creator"><a href="/u/pedsdoc_ar">\n <span itemprop="name">pedsdoc_ar</span></a></span>',
        '<span class="creator"><a href="/u/kay"><span itemprop="name">Kay</span></a>'
        ' <span class="full-name">Hannah Kay</span></span>',
    )
    assert shown != DISCOURSE
    writer = next(p for p in _page(shown, signature="").people if p.handle == "Kay")
    assert writer.name == "Hannah Kay"


def _categories(page: Extracted, name: str) -> set[str]:
    subject = make_subject("Dr. Ann Rowlands", city="Duluth", state="MN", specialty="Pediatrics")
    me = next(p for p in page.people if p.name == name)
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, page.people.index(me)))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


@pytest.mark.parametrize("template", [PHPBB, VBULLETIN, XENFORO], ids=["phpbb", "vbulletin", "xenforo"])
def test_advice_the_subject_signed_on_a_forum_is_online_medical_advice(template: str) -> None:
    assert "online_medical_advice" in _categories(_page(template), "Ann Rowlands")


def test_the_askers_post_is_not_the_subjects_words() -> None:
    """The page matched on the asker (a namesake asking for her child): the doctor's answer is not hers."""
    page = _page(PHPBB, signature="")
    assert "online_medical_advice" not in _categories(page, "worried_mom88")


def test_a_writer_who_introduces_themself_in_brackets_is_self_named() -> None:
    assert self_named("Sports doc here (Dr. Seun at Crescent). That sounds like IT band.") == "Dr. Seun"
    assert self_named("I'm an infectious disease doctor (Dr. Ann Roe, Duluth), so I'll answer.") == "Dr. Ann Roe"
    assert self_named("My doctor (Dr. Roe) said to wait.") == ""  # someone the writer talks about
    assert self_named("I'm seeing my doctor (Dr. Roe) tomorrow.") == ""
    assert self_named("Thank you Dr. Roe!! We went in.") == ""


@pytest.mark.parametrize(
    ("screen", "name", "credentials"),
    [
        ("DrAnnR", "Dr. Ann R.", ()),
        ("AnnR_MD", "Ann R.", ("MD",)),
        ("AnnRowlandsMD", "Ann Rowlands", ("MD",)),
        ("dr_ann_r", "Dr. Ann R.", ()),
        ("Ann.Rowlands", "Ann Rowlands", ()),
        ("DrAnn", "Dr. Ann", ()),
        ("DrÉloïseR", "Dr. Éloïse R.", ()),  # accented letters are letters
    ],
)
def test_a_screen_name_made_of_a_name_is_read_as_that_name(
    screen: str, name: str, credentials: tuple[str, ...]
) -> None:
    assert screen_name(screen) == (name, credentials)


@pytest.mark.parametrize(
    "screen", ["worried_mom88", "pedsdoc_ar", "SugarhouseMom", "lakeside_dad", "DocAnn_DLH", "TXmom"]
)
def test_a_screen_name_that_spells_no_name_stays_a_screen_name(screen: str) -> None:
    assert screen_name(screen) == ("", ())


def test_a_repliers_screen_name_that_spells_a_name_is_that_writer() -> None:
    page = _page(PHPBB.replace("pedsdoc_ar", "DrAnnR_MD"), signature="")
    writer = next(p for p in page.people if p.handle == "DrAnnR_MD")
    assert (writer.name, writer.credentials) == ("Dr. Ann R.", ("MD",))
    assert next(p for p in page.people if p.handle == "worried_mom88").name == "worried_mom88"


def test_a_post_author_in_schema_org_given_as_a_screen_name_is_read_as_the_name_it_spells() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": "Fever three days",
        "text": QUESTION,
        "author": {"@type": "Person", "name": "worried_mom88"},
        "comment": [{"@type": "Comment", "text": ANSWER, "author": {"@type": "Person", "name": "DrAnnR"}}],
    }
    body = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    url = "https://community.lakesideparents.example/t/fever-three-days/88"
    probe = Probe("community.lakesideparents.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    writer = next(p for p in page.people if p.handle == "DrAnnR")
    assert writer.name == "Dr. Ann R."


NUMBERED = """<html><head><meta name="generator" content="vBulletin 4.2.5">
<title>Duluth Minnesota pediatrician? - Lakeside Parents</title></head><body>
<h1>Duluth Minnesota pediatrician?</h1>
<ol id="posts" class="posts">
<li class="postbitlegacy postcontainer" id="post_201">
 <div class="posthead"><span class="postdate"><span class="date">03-04-2026, 11:40 PM</span></span>
 <span class="nodecontrols"><a name="post201" href="#post201" class="postcounter">#1</a></span></div>
 <div class="userinfo"><a class="username" href="/members/new_in_duluth.html"><strong>new_in_duluth</strong></a></div>
 <div class="content"><blockquote class="postcontent restore">We just moved. Who is good for a toddler?
 </blockquote></div>
</li>
<li class="postbitlegacy postcontainer" id="post_202">
 <div class="posthead"><span class="postdate"><span class="date">03-05-2026, 08:02 AM</span></span>
 <span class="nodecontrols"><a name="post202" href="#post202" class="postcounter">#2</a></span></div>
 <div class="userinfo"><a class="username" href="/members/mom_of_3.html"><strong>mom_of_3</strong></a></div>
 <div class="content"><blockquote class="postcontent restore">Dr. Ann Rowlands at Lakeside Kids has seen all three
 of mine. She calls back the same day.</blockquote></div>
</li></ol></body></html>"""


def test_a_doctor_a_patient_recommends_after_the_posts_number_is_read_and_the_titles_town_is_nobody() -> None:
    """vBulletin and XenForo print each post's number ("#2") just before its text: the number is no house
    number, so the name after it is read; the thread's title names a town and its state, not a person."""
    url = "https://forum.lakesideparents.example/threads/duluth-minnesota-pediatrician.5521/"
    probe = Probe("forum.lakesideparents.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, NUMBERED, "text/html", url), None)
    names = {p.name for p in page.people}
    assert "Ann Rowlands" in names
    assert not any("Minnesota" in n or "Duluth" in n for n in names)


def test_new_members_post_counts_are_no_sub_ratings_and_the_thread_stays_a_thread() -> None:
    """phpBB shows "Posts: 1" and "Posts: 2" beside two new members: counts, not an average of 1.5 stars making the
    thread a ratings page whose one "review" is the doctor's answer."""
    second = '<dl class="postprofile"><dt>'
    counted = PHPBB.replace(second, f'{second}<dd class="profile-posts"><strong>Posts:</strong> 2</dd>', 1)
    counted = counted.replace("<strong>Posts:</strong> 3", "<strong>Posts:</strong> 1")
    page = _page(counted)
    assert page.kind != PageKind.RATINGS_PROFILE and not page.reviews
    assert [p.author for p in page.posts] == ["worried_mom88", "pedsdoc_ar", "worried_mom88"]
