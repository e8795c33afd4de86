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
    assert [n.name for n in names_in("Cary OB-GYN Caroline Quill on recovery")] == ["Caroline Quill"]


def test_a_rows_inverted_name_keeps_every_given_name() -> None:
    found = names_in("Farrelly, Mary Colleen — Riverfront Hospital, St. Louis, MO")
    assert found and found[0].name == "Mary Colleen Farrelly"
    assert names_in("Dallas, Texas — the city") == []


def test_a_register_that_splits_the_name_into_columns_is_read_row_by_row() -> None:
    from footprint.extract import extract
    from footprint.models import Address, Page, PageKind, Probe, ProbePurpose, ProbeSource

    body = """<html><body><h1>Licensee search results</h1><table>
    <tr><th>Last Name</th><th>First Name</th><th>MI</th><th>License</th><th>City</th></tr>
    <tr><td>QUILLFEATHER</td><td>MARY</td><td>C</td><td>DO.2025.0114</td><td>St. Louis, MO</td></tr>
    <tr><td>Lund</td><td>Ann</td><td></td><td>MD 1234</td><td>Joplin, MO</td></tr></table></body></html>"""
    url = "https://board.example/search"
    probe = Probe("board.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    people = {p.name: p for p in extract(Page(probe, 200, body, "text/html", url), None).people}
    assert set(people) == {"Mary C. Quillfeather", "Ann Lund"}  # the header's words are nobody
    assert people["Ann Lund"].addresses == (Address("", "Joplin", "MO"),)


def test_a_registers_heading_keeps_every_middle_name() -> None:
    """A board's licence page heads the record family name first with all the given and middle names the register
    keeps: two given names and the mother's family name, as Filipino and Hispanic names often have."""
    span = name_at_start("DIMACULANGAN, MARIA LOURDES CRUZ")
    assert span is not None and span.name == "Maria Lourdes Cruz Dimaculangan"
    assert name_at_start("Dallas, Texas Medical Center Campus") is None
