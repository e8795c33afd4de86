"""Name orders the real web uses: family name first in capitals with the name in its own script beside it
("ZHOU Mingyu 周明宇, MD"), and a list's or record's row turned round ("Farrelly, Mary Colleen — ...")."""

from __future__ import annotations

from footprint.extract.names import name_at_start, names_in


def test_a_speakers_family_name_in_capitals_first_then_the_native_form() -> None:
    (span,) = names_in("ZHOU Mingyu 周明宇, MD Green Valley ENT, Tulsa")[:1]
    assert (span.name, span.credentials) == ("Mingyu Zhou", ("MD",))
    heading = name_at_start("WANG Lihua, MD, PhD")
    assert heading is not None and heading.name == "Lihua Wang"
    assert names_in("NASA Goddard said") == [] and names_in("Seen at MD Anderson today") == []


def test_a_rows_inverted_name_keeps_every_given_name() -> None:
    found = names_in("Farrelly, Mary Colleen — Riverfront Hospital, St. Louis, MO")
    assert found and found[0].name == "Mary Colleen Farrelly"
    assert names_in("Dallas, Texas — the city") == []
