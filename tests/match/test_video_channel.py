"""A video whose channel is the subject's workplace: "Foot surgeon Dr. Tamsin Vellacott shows..." uploaded by
Lakemont Orthopaedics, whose own page confirmed her. A viewer takes the practice's channel as the practice's word:
the video is about its surgeon. A channel of her name that is no workplace of hers (a namesake's vlog) is not.

A description that features several clinicians by their profession and credential ("Featuring foot surgeon Ann Roe,
MD, foot surgeon Tamsin Vellacott, MD, and ...") names each of them, not only the first.

Read by the real extract stage, pages written in YouTube's shape (a schema.org ``author`` in microdata, the
description in the meta tags).
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Decision, Identity, Match, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "TAMSIN", "VELLACOTT", credential="MD", taxonomies=("Orthopaedic Surgery, Foot and Ankle Surgery",)
)
TAMSIN = Identity(make_subject("Tamsin Vellacott", state="MN"), (), RECORD)
OWN = """<html><head><title>Tamsin Vellacott, MD – Foot &amp; Ankle | Lakemont Orthopaedics, Duluth</title></head>
<body><h1>Tamsin Vellacott, MD</h1><p>Foot and ankle surgery. Lakemont Orthopaedics, 12 Superior St, Duluth, MN.
</p></body></html>"""
VIDEO = """<!DOCTYPE html><html lang="en"><head><title>{title} - YouTube</title>
<meta name="description" content="{about}"><meta property="og:type" content="video.other">
<meta property="og:title" content="{title}"><meta property="og:description" content="{about}"></head>
<body><div id="watch7-content"><span itemprop="author" itemscope itemtype="http://schema.org/Person">
<link itemprop="url" href="http://www.youtube.com/@{handle}"><link itemprop="name" content="{channel}"></span>
<meta itemprop="uploadDate" content="2026-05-02"></div></body></html>"""


def _read(url: str, body: str, kind: PageKind = PageKind.OTHER) -> Match:
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    return Match(page, match(TAMSIN, page))


def _judged(channel: str, about: str) -> Decision:
    own = _read("https://www.lakemontortho.example/physicians/tamsin-vellacott-md", OWN)
    assert own.result.decision == Decision.CONFIRMED
    body = VIDEO.format(
        title="Ankle sprain or fracture?", about=about, channel=channel, handle=channel.replace(" ", "")
    )
    video = _read("https://www.youtube.com/watch?v=aB3dE5fG7hJ", body, PageKind.SOCIAL_PROFILE)
    return {m.page.url: m.result.decision for m in with_kin(TAMSIN, (own, video))}[video.page.url]


def test_a_video_on_her_practices_channel_naming_her_is_hers() -> None:
    about = "Dr. Tamsin Vellacott shows the three tests that tell a sprain from a fracture."
    assert _judged("Lakemont Orthopaedics", about).is_match


def test_a_video_on_a_channel_of_her_name_is_no_workplace_of_hers() -> None:
    about = "Tamsin Vellacott bakes a rhubarb pie and talks about her week on the lake."
    assert not _judged("Tamsin Vellacott", about).is_match


def test_a_video_on_another_practices_channel_is_not_taken_for_hers() -> None:
    about = "Dr. Tamsin Vellacott shows the three tests that tell a sprain from a fracture."
    assert not _judged("Harbor Foot Clinic", about).is_match


def test_a_video_featuring_her_after_a_colleague_is_hers() -> None:
    about = "Your surgery day. Featuring anesthesiologist Jo Pratt, MD, foot surgeon Tamsin Vellacott, MD,"
    assert _judged("Lakemont Orthopaedics", about).is_match
    # Each person the description features is read with the field written before their own name.
    body = VIDEO.format(title="Surgery day", about=about, channel="Lakemont Orthopaedics", handle="lakemont")
    people = {p.name: p for p in _read("https://www.youtube.com/watch?v=aB3dE5fG7hK", body).page.people}
    assert people["Tamsin Vellacott"].specialties == ("surgeon",)
    assert people["Tamsin Vellacott"].credentials == ("MD",)
