"""An honorific before a relative's name in an obituary or a profile is no name: "her son, Dr. Alan Hollis" names
Alan Hollis, never a relative called "Dr"."""

from __future__ import annotations

import pytest

from footprint.extract.entities import relatives_in


@pytest.mark.parametrize(
    ("text", "relatives"),
    [
        ("She is survived by her husband, Dr. Mark Vellacott, and her son, Dr Alan Vellacott.",
         ("Mark Vellacott", "Alan Vellacott")),
        ("He leaves his daughter, Rev. Ann Pike.", ("Ann Pike",)),
        ("proud mother of Dr. Kate and Paul", ("Kate", "Paul")),
        ("her children, Dr. Ann and Bob", ("Ann", "Bob")),
        ("her husband, Mark", ("Mark",)),
    ],
)  # fmt: skip
def test_a_title_before_a_relative_is_skipped(text: str, relatives: tuple[str, ...]) -> None:
    assert relatives_in(text) == relatives


def test_a_title_alone_is_no_relative() -> None:
    assert relatives_in("survived by her husband, Dr.") == ()
    assert all(not r.startswith(("Dr", "Rev")) for r in relatives_in("her son, Dr. and Mrs. Pike"))
