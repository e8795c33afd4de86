"""A patient's mother's blog: the night the ER called "the poison doctor" and "that is how we met Dr. Ferd", then her
son's birthday he came to, and "Photos below: ..., and Dr. Ferd and Travis with a couple of Busch Lights after
cornhole." The care and the party in different sentences are still a doctor at a patient's party, and a light beer by
its brewer is a drink, not a person."""

from __future__ import annotations

import lxml.html

from footprint.extract.names import names_in
from footprint.extract.photo_lists import listed
from footprint.models import PageKind, PersonRecord
from tests.assess._ferd import found, page

ME = PersonRecord(name="Dr. Ferd", read_from=("name:text",))
STORY = (
    "She picked up the phone, and the ER in Le Mars called the poison doctor at Lakeside in Duluth, and that is how "
    "we met Dr. Ferd. Hollis was home in two days. So when we planned Hollis's third birthday in July, Hollis said "
    "Dr. Ferd had to come, and we figured he'd say no. He came!"
)


def _blog(text: str) -> list[str]:
    return found(page(text, PageKind.NEWS, title="The night Hollis ate Grandma's pills", me=ME), "boundary_violation")


def test_the_doctor_who_cared_for_the_family_then_came_to_the_childs_party_crosses_a_boundary() -> None:
    excerpts = _blog(STORY)
    assert excerpts and "birthday" in excerpts[0]
    # No care of the family told: a friend who is a doctor at a party.
    assert not _blog(STORY.replace("the ER in Le Mars called the poison doctor at Lakeside in Duluth, and ", ""))
    # He said no.
    assert not _blog(STORY.replace("He came!", "He couldn't make it."))


def test_a_light_beer_by_its_brewer_is_a_drink_and_a_later_photo_line_ends_with_its_sentence() -> None:
    assert [n.name for n in names_in("Dr. Ferd and Travis with a couple of Busch Lights. Judith Light came.")] == [
        "Judith Light"
    ]
    html = """<html><body><article><p>He stayed for brats and the cornhole tournament. Photos below: Dr. Ferd and
    Hollis with the tractor cake, and Dr. Ferd and Travis with a couple of Busch Lights after cornhole. Tagged him on
    Facebook and he didn't even make me take them down.</p></article></body></html>"""
    photos = listed(lxml.html.fromstring(html), "https://kids.example.com/hollis/")
    assert [p.caption for p in photos] == [
        "Dr. Ferd and Hollis with the tractor cake",
        "Dr. Ferd and Travis with a couple of Busch Lights after cornhole",
    ]
    with_him = page(html, PageKind.NEWS, title="Hollis turns three", me=ME, photos=photos)
    assert found(with_him, "substance_imagery")
