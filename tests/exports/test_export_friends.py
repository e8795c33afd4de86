"""Reviewers among the physician's own friends and connections, read from their data exports.

The Facebook and LinkedIn readers keep the names of the owner's friends and
connections on the profile item (``people[1:]``); the assessment finds a
reviewer (a patient, by their own account) among them as a
``boundary_violation``. Each case builds a copy of the bundled sample export
with its own friends list and goes through the real reader and assessment.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from footprint import assess
from footprint.exports import ExportResult, merge, read_export
from footprint.exports.interface import MAX_LISTED
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Finding, Identity, Match, MatchResult, PageKind, PersonRecord, Review
from footprint.sandbox import sample_exports
from footprint.sites import by_id

SAMPLES = dict(sample_exports())
FRIENDS = "connections/friends/your_friends.json"
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
)


def _who(**kw: object) -> Identity:
    subject = make_subject(
        "Dr. Imogen R. Castellwright, MD", specialty="Dermatology", city="Portland", state="OR", **kw
    )
    return Identity(subject, variants=())


def _mojibake(name: str) -> str:
    """How Facebook writes a name in its export: each UTF-8 byte as its own character."""
    return name.encode("utf-8").decode("latin-1")


def _facebook(tmp_path: Path, *names: str, owner_file: str | None = None) -> ExportResult:
    copy = tmp_path / "facebook"
    shutil.copytree(SAMPLES["facebook"], copy)
    entries = [{"name": _mojibake(n), "timestamp": 1600000000 + i} for i, n in enumerate(names)]
    (copy / FRIENDS).write_text(json.dumps({"friends_v2": entries}), encoding="utf-8")
    if owner_file is not None:
        (copy / "personal_information/profile_information/profile_information.json").write_text(owner_file)
    return read_export(copy)


def _linkedin(tmp_path: Path, *names: tuple[str, str]) -> ExportResult:
    copy = tmp_path / "linkedin"
    shutil.copytree(SAMPLES["linkedin"], copy)
    rows = "".join(f"{first},{last},https://www.linkedin.com/in/x{i},,Acme,Nurse,01 Jan 2020\n" for i, (first, last) in
                   enumerate(names))  # fmt: skip
    (copy / "Connections.csv").write_text(NOTES + CONNECTIONS_HEADER + rows, encoding="utf-8")
    return read_export(copy)


def _listing(*authors: str) -> Match:
    page = Extracted(
        url="https://www.healthgrades.com/physician/dr-imogen-castellwright-y4kx9",
        site_id="healthgrades",
        kind=PageKind.RATINGS_PROFILE,
        people=(PersonRecord("Dr. Imogen R. Castellwright, MD", specialties=("Dermatology",)),),
        reviews=tuple(Review(5, 5, "Kind, and explained my treatment well.", "2026-05-01", a) for a in authors),
    )
    return Match(page, MatchResult(0.95, Decision.CONFIRMED, ("test",)))


def _among_friends(exports: list[ExportResult], crawled: list[Match], who: Identity | None = None) -> list[Finding]:
    who = who or _who()
    matches = [*crawled, *merge.matches(who, exports)]
    found = assess.assess(merge.with_owner_handles(who, exports), matches, by_id())
    return [f for f in found if f.category == "boundary_violation"]


def test_reviewer_among_facebook_friends(tmp_path: Path) -> None:
    export = _facebook(tmp_path, "Marta Olsen", "Lena Hartwell", "Oskar Lindqvist")
    found = _among_friends([export], [_listing("Lena Hartwell", "Verified patient")])
    assert [f.title for f in found] == [
        "Lena Hartwell, who reviewed you on Healthgrades, is among your friends on Facebook"
    ]
    assert found[0].site == "facebook" and found[0].match_confidence == 1.0
    assert "Review on Healthgrades by Lena Hartwell" in found[0].excerpt


def test_reviewer_among_linkedin_connections(tmp_path: Path) -> None:
    export = _linkedin(tmp_path, ("Priya", "Raman"), ("Lena", "Hartwell"))
    profile = next(p for p in export.pages if p.title == "LinkedIn profile")
    assert [p.name for p in profile.people[1:]] == ["Priya Raman", "Lena Hartwell"]  # the Notes: preamble skipped
    found = _among_friends([export], [_listing("Lena Hartwell")])
    assert [f.title for f in found] == [
        "Lena Hartwell, who reviewed you on Healthgrades, is among your connections on LinkedIn"
    ]


def test_accent_and_case_variant_of_the_reviewers_name_still_matches(tmp_path: Path) -> None:
    # Facebook's export escapes "Léa" byte by byte; the ratings site dropped the accent.
    export = _facebook(tmp_path, "Léa Fontaine", "Tom Varga")
    profile = next(p for p in export.pages if p.title == "Facebook profile")
    assert "Léa Fontaine" in [p.name for p in profile.people[1:]]
    found = _among_friends([export], [_listing("LEA fontaine")])
    assert [f.title for f in found] == [
        "Léa Fontaine, who reviewed you on Healthgrades, is among your friends on Facebook"
    ]


def test_friend_with_only_a_first_name_is_not_matched(tmp_path: Path) -> None:
    export = _facebook(tmp_path, "Lena", "Tom Varga")
    assert _among_friends([export], [_listing("Lena Hartwell", "Lena")]) == []


def test_anonymous_reviewer_is_never_a_friend(tmp_path: Path) -> None:
    export = _facebook(tmp_path, "Verified Patient", "Tom Varga")
    linkedin = _linkedin(tmp_path, ("Verified", "patient"))
    assert _among_friends([export, linkedin], [_listing("Verified patient")]) == []


def test_friends_on_a_crawled_profile_of_someone_else_do_not_count(tmp_path: Path) -> None:
    export = _facebook(tmp_path, "Tom Varga")
    # A friend's profile the crawl matched (it names the doctor): her friends are not the doctor's.
    kate = Extracted(
        url="https://mastodon.social/@kate.m",
        site_id="mastodon",
        kind=PageKind.SOCIAL_PROFILE,
        people=(PersonRecord("Kate Morrow", handle="kate.m@mastodon.social"), PersonRecord("Lena Hartwell")),
    )
    crawled = [_listing("Lena Hartwell"), Match(kate, MatchResult(0.7, Decision.LIKELY, ("test",)))]
    assert _among_friends([export], crawled) == []
    assert _among_friends([], crawled, _who(handles=["@icastellwright@mastodon.social"])) == []


def test_someone_elses_export_is_not_assessed_for_friends(tmp_path: Path) -> None:
    other = json.dumps({"profile_v2": {"name": {"full_name": "Bartholomew Quince"}, "username": "bquince"}})
    export = _facebook(tmp_path, "Lena Hartwell", owner_file=other)
    assert export.owner == "Bartholomew Quince"
    assert _among_friends([export], [_listing("Lena Hartwell")]) == []


def test_a_huge_friends_list_is_capped_and_says_so(tmp_path: Path) -> None:
    names = [f"Friend Number{i}" for i in range(MAX_LISTED + 3)]
    export = _facebook(tmp_path, *names)
    profile = next(p for p in export.pages if p.title == "Facebook profile")
    assert len(profile.people) == 1 + MAX_LISTED
    assert f"{MAX_LISTED + 3} friends" in export.holds
    assert f"names of 3 friends past the first {MAX_LISTED} not kept" in export.not_understood_line()
