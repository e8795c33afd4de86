"""A personal blog whose posts are signed by the owner's login ("wrenh") and whose copyright line names the owner
("© 2026 Wren Halloway · Duluth, Minnesota"): the post is the owner's, and the line's town is theirs. A login of
someone else (a guest's) or a copyright held by a company names no author."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>First honey of the year &#8211; Lake Bees</title></head><body>
<header><p class="site-title"><a href="/">Lake Bees</a></p></header><article><h1>First honey of the year</h1>
<div class="entry-meta"><span class="posted-on">Posted on June 3, 2026</span> <span class="byline">by
<span class="author vcard"><a class="url fn n" href="/author/{login}/">{login}</a></span></span></div>
<div class="entry-content"><p>Forty pounds off two hives. If you have a swarm in the county, call me and I'll come
get it for free.</p><hr><p><small>Lake Bees &copy; 2026 {holder} &middot; Duluth, Minnesota</small></p></div>
</article></body></html>"""


def _page(login: str, holder: str) -> Extracted:
    url = "https://lakebees.example/2026/06/first-honey/"
    probe = Probe("lakebees.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    return extract(Page(probe, 200, POST.format(login=login, holder=holder), "text/html", url), None)


def _authors(page: Extracted) -> list[str]:
    return [p.name for p in page.people if "name:author" in p.read_from]


def test_the_copyright_holder_whose_login_signs_the_post_is_its_author() -> None:
    assert _authors(_page("wrenh", "Wren Halloway")) == ["Wren Halloway"]
    assert _authors(_page("whbees", "Wren Halloway")) == ["Wren Halloway"]  # the login opens with the initials
    page = _page("halloway", "Wren Halloway")
    record = NpiRecord("1234567893", "WREN", "HALLOWAY", credential="MD", taxonomies=("Ophthalmology",))
    wren = Identity(make_subject("Wren Halloway", city="Duluth", state="MN"), (), record, npi_candidates=1)
    # her name and her town in her own blog's footer, and the registry knows no other clinician of the name
    assert match(wren, page).decision.is_match


def test_a_guests_login_or_a_companys_copyright_names_no_author() -> None:
    assert _authors(_page("jpratt", "Wren Halloway")) == []
    assert _authors(_page("wrenh", "Lake Bees LLC")) == []
