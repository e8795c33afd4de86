"""Hostile archives: every way a downloaded "export" can try to hurt the machine reading it.

Nothing is ever extracted: these tests also check that no file appears
outside (or inside) the working folder while reading.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from footprint.errors import ExportError
from footprint.exports import Limits, read_export
from footprint.sandbox import sample_exports

FB_COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"


def _comments(text: str = "Nice photo!", whose: str = "Marta Olsen") -> bytes:
    entry = {"timestamp": 1, "data": [{"comment": {"comment": text, "author": "Imogen Castellwright"}}]}
    entry["title"] = f"Imogen Castellwright commented on {whose}'s post."
    return json.dumps({"comments_v2": [entry]}).encode()


def _zip(path: Path, members: dict[str, bytes], *, symlinks: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return path


def _texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in result.pages]


def test_a_zip_bomb_by_size_is_refused_naming_the_file(tmp_path: Path) -> None:
    bomb = _zip(
        tmp_path / "facebook.zip", {FB_COMMENTS: _comments(), "your_facebook_activity/x/big.json": b"0" * 3_000_000}
    )
    assert bomb.stat().st_size < 50_000  # tiny on disk, 3 MB unpacked
    with pytest.raises(ExportError, match=r"facebook\.zip: .*unpack to 3\d+ bytes, over the limit"):
        read_export(bomb, limits=Limits(max_total_bytes=1_000_000, max_member_bytes=10_000_000))


def test_many_members_each_small_but_too_big_together_are_refused(tmp_path: Path) -> None:
    members = {
        FB_COMMENTS: _comments(),
        **{f"your_facebook_activity/posts/your_posts_{i}.json": b"[]" + b" " * 4000 for i in range(5)},
    }
    path = _zip(tmp_path / "many.zip", members)
    with pytest.raises(ExportError, match="over the limit of 9000"):
        read_export(path, limits=Limits(max_total_bytes=9_000))


def test_too_many_files_is_refused(tmp_path: Path) -> None:
    members = {FB_COMMENTS: _comments(), **{f"your_facebook_activity/posts/media/{i}.jpg": b"x" for i in range(60)}}
    path = _zip(tmp_path / "crowded.zip", members)
    with pytest.raises(ExportError, match=r"crowded\.zip: 61 files is over the limit of 50"):
        read_export(path, limits=Limits(max_files=50))
    folder = tmp_path / "crowded"
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(zf.read(name))
    with pytest.raises(ExportError, match="more than 50 files"):
        read_export(folder, limits=Limits(max_files=50))


def test_an_oversized_member_is_skipped_and_named_the_rest_is_read(tmp_path: Path) -> None:
    big = json.dumps([{"timestamp": 1, "data": [{"post": "x" * 5000}]}]).encode()
    path = _zip(
        tmp_path / "facebook.zip",
        {
            FB_COMMENTS: _comments("Lovely!"),
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": big,
        },
    )
    result = read_export(path, limits=Limits(max_member_bytes=2000))
    assert "Lovely!" in _texts(result)
    assert not any("x" * 100 in t for t in _texts(result))
    line = result.not_understood_line()
    assert "your_posts__check_ins__photos_and_videos_1.json" in line and "limit" in line


@pytest.mark.parametrize(
    "evil",
    [
        "../../evil.json",
        "your_facebook_activity/../../../evil.json",
        "..\\..\\evil.json",
        "/etc/evil.json",
        "/tmp/your_facebook_activity/comments_and_reactions/comments.json",
        "C:/Windows/your_facebook_activity/comments_and_reactions/comments.json",
    ],
    ids=["dotdot", "dotdot-inside", "backslashes", "absolute", "absolute-known-name", "drive-letter"],
)
def test_traversal_and_absolute_names_are_never_read_or_written(tmp_path: Path, evil: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = _zip(work / "facebook.zip", {FB_COMMENTS: _comments("Real comment"), evil: _comments("EVIL comment")})
    before = sorted(p for p in tmp_path.rglob("*"))
    result = read_export(path)
    assert "Real comment" in _texts(result)
    assert "EVIL comment" not in _texts(result)
    assert "unsafe name ignored" in result.not_understood_line()
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert not Path("/etc/evil.json").exists()


def test_symlink_entries_in_a_zip_are_ignored(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "facebook.zip",
        {FB_COMMENTS: _comments("Real comment")},
        symlinks={"your_facebook_activity/posts/your_posts_1.json": "/etc/passwd"},
    )
    result = read_export(path)
    assert "symbolic link ignored: your_facebook_activity/posts/your_posts_1.json" in result.not_understood_line()
    assert all("root:" not in t for t in _texts(result))


def test_symlinks_in_an_unpacked_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "comments.json").write_bytes(_comments("SECRET outside the export"))
    folder = tmp_path / "export"
    real = folder / "your_facebook_activity" / "comments_and_reactions"
    real.mkdir(parents=True)
    (real / "comments.json").write_bytes(_comments("Real comment"))
    posts = folder / "your_facebook_activity" / "posts"
    posts.mkdir()
    os.symlink(outside / "comments.json", posts / "your_posts_1.json")
    os.symlink(outside, folder / "your_facebook_activity" / "linked_dir")
    result = read_export(folder)
    assert _texts(result) == ["Real comment"]
    line = result.not_understood_line()
    assert "symbolic link ignored: your_facebook_activity/posts/your_posts_1.json" in line
    assert "symbolic link ignored: your_facebook_activity/linked_dir" in line


def test_a_nested_zip_is_ignored(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr(FB_COMMENTS, _comments("INNER comment"))
    path = _zip(
        tmp_path / "facebook.zip", {FB_COMMENTS: _comments("Outer comment"), "part2/inner.zip": inner.getvalue()}
    )
    result = read_export(path)
    assert _texts(result) == ["Outer comment"]
    assert "nested archive ignored: part2/inner.zip" in result.not_understood_line()


def test_a_corrupt_zip_is_one_error_naming_the_file(tmp_path: Path, run_cli) -> None:
    good = _zip(tmp_path / "good.zip", {FB_COMMENTS: _comments()})
    corrupt = tmp_path / "facebook-corrupt.zip"
    data = bytearray(good.read_bytes())
    corrupt.write_bytes(bytes(data[: len(data) // 2]))  # truncated download
    result = run_cli("export", "inspect", str(corrupt))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "facebook-corrupt.zip" in result.err and "Traceback" not in result.err


def test_a_corrupt_member_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = _zip(tmp_path / "facebook.zip", {FB_COMMENTS: _comments("A" * 2000)})
    data = bytearray(path.read_bytes())
    at = data.find(b"comments.json") + len("comments.json") + 10  # inside the compressed data
    data[at : at + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    with pytest.raises(ExportError, match=r"facebook\.zip: member .*comments\.json is corrupt"):
        read_export(path)


@pytest.mark.parametrize("kind", ["pdf", "unrelated-zip", "empty-folder"])
def test_an_unrelated_file_is_one_error_naming_it(tmp_path: Path, run_cli, kind: str) -> None:
    if kind == "pdf":
        path = tmp_path / "statement.pdf"
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    elif kind == "unrelated-zip":
        path = _zip(tmp_path / "photos.zip", {"IMG_0001.jpg": b"\xff\xd8\xff", "notes.json": b"{}"})
    else:
        path = tmp_path / "empty"
        path.mkdir()
    result = run_cli("export", "inspect", str(path))
    assert result.code == 2, result.err
    assert len(result.err.strip().splitlines()) == 1
    assert str(path) in result.err
    assert "not a" in result.err


def test_the_wrong_network_is_named(tmp_path: Path, run_cli) -> None:
    instagram = dict(sample_exports())["instagram"]
    result = run_cli("scan", "Dr. Imogen Castellwright", "--export", f"facebook={instagram}")
    assert result.code == 2
    assert "not a Facebook export (it looks like Instagram's)" in result.err


def test_zip_and_unpacked_folder_read_the_same(tmp_path: Path) -> None:
    folder = dict(sample_exports())["facebook"]
    # Real downloads are sometimes wrapped in a folder named after the account.
    archive = Path(shutil.make_archive(str(tmp_path / "facebook-imogen"), "zip", folder.parent, folder.name))
    from_zip, from_folder = read_export(archive), read_export(folder)
    assert from_zip.holds == from_folder.holds
    assert [p.source_ref for p in from_zip.pages] == [f"facebook/{p.source_ref}" for p in from_folder.pages]
    assert [p.text for p in from_zip.pages] == [p.text for p in from_folder.pages]


def test_the_not_understood_line_stays_one_short_line(tmp_path: Path) -> None:
    members = {FB_COMMENTS: _comments(), "your_facebook_activity/posts/evil\nname.zip": b"{}"}
    members |= {f"../escape{i}.json": b"{}" for i in range(40)}
    result = read_export(_zip(tmp_path / "facebook.zip", members))
    line = result.not_understood_line()
    assert "\n" not in line
    assert line.endswith("36 more ignored member(s)")
