"""A blogger's post is hers whatever her readers say under it: "Posted on April 12 by Grace Roe", her words, signed
"— Li Na" (the name her family calls her), and a reader's comment. The sign-off is the writer's other name, and a
comment is no one the post names: the page is the writer's. A post that names someone else is judged as before."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

WORDPRESS = """<html><head><title>The cactus that would not flower – Sill Garden</title></head><body>
<header><a href="/" rel="home">Sill Garden</a></header><main><article class="post">
<h1 class="entry-title">The cactus that would not flower</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2026-04-12">April 12, 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/grace/">Grace Roe</a></span></span>
</div><div class="entry-content"><p>Four summers this cactus sat on the kitchen sill growing pads and never a bud.
</p>
<p>What worked: a dry, cold winter on the back porch, no water from October on, which in Austin takes nerve.
Buds in February, nine flowers by April.</p>{more}
<p>{signed}</p></div></article>
<div id="comments"><ol class="comment-list"><li class="comment"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Fern Fan</b> <span class="says">says:
</span></div></footer><div class="comment-content"><p>A dry winter does it every time. Well done!</p></div>
</article></li></ol></div></main></body></html>"""


def _post(signed: str, more: str = "") -> Extracted:
    url = "https://sillgarden.example/2026/04/the-cactus/"
    probe = Probe("sillgarden.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, WORDPRESS.format(signed=signed, more=more), "text/html", url), None)


def test_a_post_signed_with_the_writers_other_name_is_the_writers() -> None:
    people = {p.name: p for p in _post("— Li Na").people}
    assert "Grace Roe" in people and "Li Na" not in people
    assert people["Grace Roe"].aliases == ("Li Na",)


def test_a_readers_comment_does_not_take_the_post_from_its_writer() -> None:
    assert "Grace Roe" in [p.name for p in _post("Back in the spring.").people]


def test_a_post_naming_someone_else_is_still_theirs_to_be_judged_on() -> None:
    more = "<p>Ann Poe at the Austin Cactus Club told me to stop watering in winter.</p>"
    names = [p.name for p in _post("— Li Na", more).people]
    assert "Ann Poe" in names and "Li Na" in names and "Grace Roe" not in names
