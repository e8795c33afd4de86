"""Names inside handles: "drzoraquillfeather", "zoraquillfeather_md", "quillfeatherzora" spell the subject;
a handle with another given name, or the name as part of a longer word, does not."""

from __future__ import annotations

import pytest

from footprint.identity import make_subject
from footprint.match import slug_name

ZORA = make_subject("Dr. Zora Quillfeather")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.instagram.com/drzoraquillfeather/",
        "https://www.tiktok.com/@zoraquillfeather_md",
        "https://www.tiktok.com/@zoraquillfeathermd",
        "https://x.com/zora_quillfeather_do",
    ],
)
def test_a_handle_running_her_names_together_names_her(url: str) -> None:
    assert slug_name(url, ZORA) == "Zora Quillfeather"


def test_family_first_handle_names_her_family_first() -> None:
    assert slug_name("https://www.instagram.com/quillfeatherzora", ZORA) == "Quillfeather Zora"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.instagram.com/drerikquillfeather/",  # her husband
        "https://www.instagram.com/drzoraquillfeatherson/",  # a longer word
        "https://www.instagram.com/peds_doc_zora/",  # the given name alone
    ],
)
def test_other_handles_do_not(url: str) -> None:
    assert "Zora" not in slug_name(url, ZORA).split() or "Quillfeather" not in slug_name(url, ZORA).split()
