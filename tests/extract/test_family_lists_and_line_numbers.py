"""A sponsor list's family entry sets its members off with a dash ("The Roe Family – Jane, Sam, Ava & Leo"): each is
a Roe. A number ending the line above a name ("1. Culvert at mile 9") is no house number of a name that opens a
sentence there ("Ann Roe (12 Elm Rd) reported ..."); a label under a figure ("12.4 mi" over "Moving Time") is still
no one."""

from __future__ import annotations

from footprint.extract.families import members_in
from footprint.extract.names import names_in


def test_a_family_entrys_members_after_a_dash_are_of_that_family() -> None:
    listed = members_in("Home Run ($1,000)\nThe Roe Family – Jane, Sam, Ava & Leo (go Cubs!)")
    assert [m.name for m in listed] == ["Jane Roe", "Sam Roe", "Ava Roe", "Leo Roe"]
    assert [m.name for m in members_in("The Roe family (Jane and Sam) won")] == ["Jane Roe", "Sam Roe"]


def test_a_name_under_a_line_ending_in_a_number_opens_its_sentence() -> None:
    minutes = "1. Culvert at mile 9\nAnn Roe (12 Elm Rd) reported the culvert washed out."
    assert [n.name for n in names_in(minutes)] == ["Ann Roe"]
    assert [n.name for n in names_in("Item 3\nAnn Roe reported it.")] == ["Ann Roe"]
    assert names_in("Distance 12.4\nMoving Time\n1:02:11") == []
    assert names_in("412 Harborview Terrace") == []
