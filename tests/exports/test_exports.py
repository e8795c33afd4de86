"""The four export readers against fixtures in each network's real file layout.

The fixtures are the demo physician's bundled sample exports
(``src/footprint/sandbox/exports/``), fictional content in real layouts,
plus copies changed per test. Positive and negative cases go through the
real assessment, as a scan would.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from footprint import assess
from footprint.exports import ExportResult, merge, read_export
from footprint.identity import make_subject
from footprint.models import Finding, Identity
from footprint.sandbox import sample_exports

SAMPLES = dict(sample_exports())


def _identity(name: str = "Dr. Imogen R. Castellwright, MD") -> Identity:
    return Identity(make_subject(name, specialty="Dermatology", city="Portland", state="OR"), variants=())


def _findings(result: ExportResult, who: Identity | None = None) -> list[Finding]:
    who = who or _identity()
    return list(
        merge.link_findings(
            assess.assess(merge.with_owner_handles(who, [result]), merge.matches(who, [result]), {}), [result]
        )
    )


def _by_title(findings: list[Finding], words: str) -> list[Finding]:
    return [f for f in findings if words in f.title]


@pytest.fixture(scope="module")
def facebook() -> ExportResult:
    return read_export(SAMPLES["facebook"])


def test_every_network_has_a_sample_in_its_real_layout() -> None:
    assert sorted(SAMPLES) == ["facebook", "instagram", "linkedin", "x"]
    for network, path in SAMPLES.items():
        assert read_export(path).network == network


def test_facebook_text_encoding_quirk_is_undone(facebook: ExportResult) -> None:
    raw = (SAMPLES["facebook"] / "personal_information/profile_information/profile_information.json").read_text()
    assert "N\\u00c3\\u00ba\\u00c3\\u00b1ez" in raw  # the file holds UTF-8 bytes as Latin-1 escapes
    profile = next(p for p in facebook.pages if p.title == "Facebook profile")
    assert profile.person is not None
    assert "Rafael Núñez (married)" in profile.person.relatives
    assert "Théo Castellwright-Núñez (son)" in profile.person.relatives
    texts = " ".join(p.text for p in facebook.pages)
    assert "Café opening" in texts and "🍹" in texts
    assert "Ã" not in texts


def test_facebook_profile_fields_and_friends(facebook: ExportResult) -> None:
    profile = next(p for p in facebook.pages if p.title == "Facebook profile")
    assert profile.url == "https://www.facebook.com/imogen.castellwright"
    assert profile.person is not None and profile.person.birth_date == "1981-03-14"
    for line in (
        "hometown: Ashland, Oregon",
        "current city: Portland, Oregon",
        "work: Dermatologist · Castellwright",
        "friends: 9",
    ):
        assert line in profile.text
    assert facebook.holds[0] == (
        "profile (birthday, hometown, current city, relationship, family members, education, work)"
    )
    assert "9 friends" in facebook.holds


def test_facebook_comment_on_someone_elses_post_is_a_personal_comment(facebook: ExportResult) -> None:
    found = _by_title(_findings(facebook), "Public comment you left on @Marta Olsen's post")
    assert len(found) == 1
    assert found[0].category == "personal_comment"
    assert found[0].source_ref == (
        "Facebook export: your_facebook_activity/comments_and_reactions/comments.json#comments_v2[0]"
    )
    assert found[0].url.startswith("export:facebook/")  # no URL in the export: a reference, never a link


def test_facebook_comment_on_your_own_practice_page_is_not(facebook: ExportResult) -> None:
    findings = _findings(facebook)
    assert not _by_title(findings, "Castellwright Dermatology")
    assert not [f for f in findings if "closed Friday" in f.excerpt]
    assert not [f for f in findings if "kind wishes" in f.excerpt]  # a reply under her own comment


def test_facebook_practice_page_comment_counts_only_because_the_page_is_hers(tmp_path: Path) -> None:
    copy = tmp_path / "facebook"
    shutil.copytree(SAMPLES["facebook"], copy)
    (copy / "your_facebook_activity/pages/your_pages.json").unlink()
    findings = _findings(read_export(copy))
    assert _by_title(findings, "@Castellwright Dermatology's post")


def test_facebook_tagged_vacation_photo_and_drinking(facebook: ExportResult) -> None:
    findings = _findings(facebook)
    # One photo, one finding: the drinking in it (high) names the tag too.
    tagged = _by_title(findings, "Photo showing drinking, posted by Marta Olsen")
    assert [f.all_categories for f in tagged] == [("substance_imagery", "tagged_photo")]
    assert tagged[0].url == "https://www.facebook.com/photo/?fbid=10161234567890123"
    assert "photos_and_videos_you're_tagged_in.json#[0]" in tagged[0].source_ref
    assert not _by_title(findings, "Photo of you posted by Marta Olsen")


def test_facebook_conference_photo_you_posted_is_not_a_tagged_photo(facebook: ExportResult) -> None:
    findings = _findings(facebook)
    assert not [f for f in findings if "AAD" in f.excerpt or "melanoma" in f.excerpt]
    # A professional photo someone else tagged you in (a board sworn in) is no exposure (issue #18).
    assert not _by_title(findings, "Oregon Medical Association")


def test_facebook_check_in_is_a_location_exposure_with_its_audience(facebook: ExportResult) -> None:
    places = [f for f in _findings(facebook) if f.category == "location_exposure"]
    assert [f.title for f in places] == ["Check-in at Laurelhurst Park (45.5215, -122.6253) on facebook"]
    post = next(p for p in facebook.pages if p.posts and p.posts[0].location)
    assert post.posts[0].audience == "Public"


def test_facebook_birthday_and_family_from_the_profile(facebook: ExportResult) -> None:
    findings = _findings(facebook)
    assert [f.category for f in _by_title(findings, "Birthday on your Facebook profile")] == ["birth_date"]
    family = _by_title(findings, "Family members named on your Facebook profile")
    assert family and "Maren Castellwright (sister)" in family[0].excerpt


def test_missing_files_are_tolerated_and_odd_ones_named(tmp_path: Path) -> None:
    copy = tmp_path / "facebook"
    shutil.copytree(SAMPLES["facebook"], copy)
    shutil.rmtree(copy / "personal_information")
    (copy / "your_facebook_activity/photos_and_videos/photos_and_videos_you're_tagged_in.json").unlink()
    comments = copy / "your_facebook_activity/comments_and_reactions/comments.json"
    comments.write_text(json.dumps({"comments_v3": {"changed": True}}))
    posts = copy / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    data = json.loads(posts.read_text())
    data[0]["unknown_new_field"] = {"x": 1}
    posts.write_text(json.dumps(data))
    result = read_export(copy)
    assert result.owner == ""
    assert any(p.title == "Facebook post" for p in result.pages)
    assert result.not_understood_line().startswith(
        "your_facebook_activity/comments_and_reactions/comments.json (unexpected shape)"
    )


def test_instagram_comments_tags_and_geotags() -> None:
    result = read_export(SAMPLES["instagram"])
    findings = _findings(result)
    assert _by_title(findings, "Public comment you left on @junebrightwater's post")
    assert not [f for f in findings if "book a skin check" in f.excerpt]  # on her own post
    assert [f.all_categories for f in _by_title(findings, "@rafa.nunez")] == [("substance_imagery", "tagged_photo")]
    places = [f for f in findings if f.category == "location_exposure"]
    # The post's geotag and its photo's own GPS give the same place away: one finding.
    assert [f.highlight for f in places] == ["45.5079, -122.6177"]
    profile = next(p for p in result.pages if p.title == "Instagram profile")
    assert profile.url == "https://www.instagram.com/dr.imogen.skin/"
    assert "account: public account" in profile.text


def test_x_replies_mentions_geo_and_links() -> None:
    result = read_export(SAMPLES["x"])
    findings = _findings(result)
    # The rude reply is one finding: offensive (high) and a personal comment under someone else's post.
    reply = [f for f in findings if "personal_comment" in f.all_categories and "1851000000000000001" in f.url]
    assert [f.all_categories for f in reply] == [("offensive_content", "personal_comment")]
    assert reply[0].url == "https://x.com/icastellwright_md/status/1851000000000000001"
    assert reply[0].source_ref == "X export: data/tweets.js#[0]"
    assert [f.highlight for f in findings if f.category == "offensive_content"] == ["idiot"]
    assert not [f for f in findings if "reapply" in f.excerpt]  # a reply in her own thread
    thread = next(p for p in result.pages if "Sunscreen thread" in p.text)
    assert thread.posts[0].mentions == ("aadskin",)
    assert [f.highlight for f in findings if f.category == "location_exposure"] == ["Portland, OR (45.5080, -122.6178)"]


def test_x_protected_account_posts_are_followers_only(tmp_path: Path) -> None:
    copy = tmp_path / "x"
    shutil.copytree(SAMPLES["x"], copy)
    rows = [{"protectedHistory": {"action": "Protect", "timestamp": "2025-01-01T00:00:00.000Z"}}]
    (copy / "data/protected-history.js").write_text("window.YTD.protected_history.part0 = " + json.dumps(rows))
    result = read_export(copy)
    assert {p.posts[0].audience for p in result.pages if p.posts} == {"followers"}
    assert "posts followers" in result.holds[0]


def test_x_data_files_are_parsed_never_evaluated(tmp_path: Path) -> None:
    copy = tmp_path / "x"
    shutil.copytree(SAMPLES["x"], copy)
    (copy / "data/tweets.js").write_text("window.YTD.tweets.part0 = (function(){ return [] })();")
    result = read_export(copy)
    assert "data/tweets.js (not a window.YTD data file)" in result.not_understood_line()


def test_linkedin_profile_positions_and_visibility() -> None:
    result = read_export(SAMPLES["linkedin"])
    profile = next(p for p in result.pages if p.title == "LinkedIn profile")
    assert (
        "position: Dermatologist and Owner · Castellwright Dermatology · Portland, Oregon (Jul 2015–now)"
        in profile.text
    )
    assert "connections: 4" in profile.text  # the Notes: preamble before the header is skipped
    assert "public by default: headline, summary, positions, education" in profile.text
    audiences = {p.posts[0].text[:20]: p.posts[0].audience for p in result.pages if p.title == "LinkedIn post"}
    assert audiences == {"May is Skin Cancer A": "public", "Proud of our team fo": "connections"}
    assert result.not_understood_line() == "1 other file(s) not read"
    assert [f.category for f in _findings(result)] == ["birth_date"]


def test_someone_elses_export_is_not_assessed() -> None:
    result = read_export(SAMPLES["facebook"])
    other = _identity("Dr. Walter Pennyfeather, MD")
    assert _findings(result, other) == []
    assert {m.result.decision.value for m in merge.matches(other, [result])} == {"possible"}
    row = merge.coverage(other, [result])[0]
    assert "does not look like the subject" in row.detail


def test_facebook_older_layout_is_read_too(tmp_path: Path) -> None:
    """Before 2022 the same files sat in top-level folders with shorter names."""
    src = SAMPLES["facebook"]
    old = tmp_path / "facebook-imogencastellwright"
    moves = {
        "personal_information/profile_information/profile_information.json": (
            "profile_information/profile_information.json"
        ),
        "connections/friends/your_friends.json": "friends/friends.json",
        "your_facebook_activity/comments_and_reactions/comments.json": "comments/comments.json",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": "posts/your_posts_1.json",
        "your_facebook_activity/pages/your_pages.json": "pages/your_pages.json",
    }
    for new_name, old_name in moves.items():
        (old / old_name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src / new_name, old / old_name)
    result = read_export(old)
    assert result.network == "facebook" and result.owner == "Imogen Castellwright"
    assert result.holds[:4] == (
        "profile (birthday, hometown, current city, relationship, family members, education, work)",
        "1 page you run",
        "9 friends",
        "4 comments",
    )
    assert _by_title(_findings(result), "Public comment you left on @Marta Olsen's post")
    assert not _by_title(_findings(result), "Castellwright Dermatology")
