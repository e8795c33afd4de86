"""A sponsor's video discloses that the physician is its maker's paid speaker, and names the drug by its brand with the
generic name in brackets ("Menovya (relugalix combination)"); her own short-video profile, whose captions live in its
posts, urges viewers to ask for that brand and says nothing of the tie: the undisclosed conflict is the brand's too."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post

ME = PersonRecord(name="Shanice Quillfeather", handle="dr.shanice.obgyn", credentials=("MD",))
WHO = Identity(make_subject("Dr. Shanice Quillfeather"), ())
SPONSOR = Extracted(
    url="https://video.example/watch?v=1", site_id="video.example", kind=PageKind.SOCIAL_PROFILE,
    title="Heavy Menstrual Bleeding: A New Option", people=(ME,),
    text="Dr. Shanice Quillfeather explains how {drug} can reduce heavy bleeding from fibroids. Dr. Quillfeather is a "
    "paid speaker for Halcyra Pharmaceuticals. This program is sponsored by Halcyra.",
)  # fmt: skip


def _conflicts(drug: str, caption: str) -> list[str]:
    url = "https://short.example/@dr.shanice.obgyn"
    profile = Extracted(url=url, site_id="short.example", kind=PageKind.SOCIAL_PROFILE,
                        title="Dr. Shanice | OB/GYN (@dr.shanice.obgyn)", people=(ME,),
                        posts=(Post(author="dr.shanice.obgyn", text=caption, url=f"{url}/video/1"),),
                        text="Dr. Shanice | OB/GYN. Periods, pregnancy, real talk.")  # fmt: skip
    sponsor = Extracted(**{**SPONSOR.__dict__, "text": SPONSOR.text.format(drug=drug)})
    found = [Match(sponsor, MatchResult(1.0, Decision.CONFIRMED, (), ME, 0)),
             Match(profile, MatchResult(1.0, Decision.CONFIRMED, (), ME, 0))]  # fmt: skip
    return [f.title for f in assess(WHO, found, {}) if f.category == "undisclosed_conflict" and f.url == url]


CAPTION = "Soaking through a pad every hour? Ask your doctor about Menovya, it's changed my patients' lives"


def test_her_caption_urging_the_sponsors_brand_is_an_undisclosed_conflict() -> None:
    titles = _conflicts("Menovya (relugalix combination)", CAPTION)
    assert titles and "Menovya" in titles[0]
    assert _conflicts("Menovya®", CAPTION)


def test_a_brand_the_sponsors_page_does_not_present_as_a_drug_is_no_tie() -> None:
    assert not _conflicts("a new pill", CAPTION)
    assert not _conflicts("Menovya (relugalix combination)", "What a glucose test actually checks.")
