"""How long reading a large Facebook export takes, against plainly parsing its JSON.

Builds a zip with 20,000 comments and 5,000 posts (plus 2,000 media
members that must be left alone), then times ``read_export`` on it and, as
the peer measured in the same run, ``zipfile`` + ``json.loads`` of the same
two files. The last line is the ratio: the cost of safety, decoding and
building pages over the bare minimum.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from footprint.exports import read_export

COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"
POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"


def build(path: Path) -> None:
    comments = {
        "comments_v2": [
            {
                "timestamp": 1_700_000_000 + i,
                "data": [{"comment": {"comment": f"Comment n\u00c3\u00bamero {i}", "author": "Jane Doe"}}],
                "title": f"Jane Doe commented on Friend {i % 300}'s post.",
            }
            for i in range(20_000)
        ]
    }
    posts = [
        {"timestamp": 1_700_000_000 + i, "data": [{"post": f"Post {i}"}], "title": "Jane Doe updated her status."}
        for i in range(5_000)
    ]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(COMMENTS, json.dumps(comments))
        zf.writestr(POSTS, json.dumps(posts))
        for i in range(2_000):
            zf.writestr(f"your_facebook_activity/posts/media/{i}.jpg", b"\xff\xd8\xff" + b"\0" * 2_000)


def best_of(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facebook.zip"
        build(path)

        def peer() -> None:
            with zipfile.ZipFile(path) as zf:
                json.loads(zf.read(COMMENTS))
                json.loads(zf.read(POSTS))

        ours = best_of(lambda: read_export(path))
        bare = best_of(peer)
        items = len(read_export(path).pages)
    print(f"read_export: {ours:.3f}s for {items} items; zipfile+json.loads: {bare:.3f}s")
    print(f"ratio read_export / bare parse: {ours / bare:.1f}")


if __name__ == "__main__":
    main()
