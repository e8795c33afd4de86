"""A date's year right before a name is no house number: the name after it is read."""

from __future__ import annotations

import pytest

from footprint.extract.names import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On March 3, 2026 Sovann Chea, 44, opened a bakery on Elm.", "Sovann Chea"),
        ("In 2019 Maria Lopez joined the practice.", "Maria Lopez"),
        ("Class of 1998 Ann Roe gave the address.", "Ann Roe"),
        ("3 June 2025 Tomas Varga, MD, spoke first.", "Tomas Varga"),
        ("© 2026 Siobhan Brien · Columbus, Georgia", "Siobhan Brien"),
    ],
)
def test_a_name_after_a_dates_year_is_read(text: str, name: str) -> None:
    assert name in [span.name for span in names_in(text)]


@pytest.mark.parametrize(
    "text", ["Call 412 Harborview Terrace", "Moved to 2019 Maria Lopez Way", "Unit 2026 Elm Ridge"]
)
def test_a_house_number_still_starts_a_street(text: str) -> None:
    assert names_in(text) == []
