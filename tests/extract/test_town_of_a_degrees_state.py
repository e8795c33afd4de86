"""A town of Maryland or Pennsylvania written with its state ("Silver Spring, MD", "Bethlehem, PA") reads like a name
with the MD or PA degree: on a people-search card it is where the person lives, never the person."""

from __future__ import annotations

import lxml.html

from footprint.extract import labelled
from footprint.extract.names import name_at_start
from footprint.extract.places import places_in

CARDS = """<html><body><ol class="serp-list">
<li class="serp-result"><a href="/name/Colm-T-Fennimore/Washington-DC/1">
 <div class="name-wrapper"><span class="full-name">Colm T Fennimore</span> <span class="age">Age 46</span></div>
 <div class="address-wrapper"><span class="street">3519 Macomb St NW</span>, <span>Washington, DC 20016</span></div>
 <div class="relatives-wrapper">Related to: Aoife Fennimore, Colm J Fennimore</div></a></li>
<li class="serp-result"><a href="/name/Colm-J-Fennimore/Silver-Spring-MD/2">
 <div class="name-wrapper"><span class="full-name">Colm J Fennimore</span> <span class="age">Age 77</span></div>
 <div class="address-wrapper"><span class="city-state">Silver Spring, MD</span></div>
 <div class="relatives-wrapper">Related to: Colm T Fennimore, Brigid Fennimore</div></a></li>
</ol></body></html>"""


def test_a_cards_silver_spring_md_is_where_the_person_lives_not_a_person() -> None:
    found = {p.name: p for p in labelled.people(lxml.html.fromstring(CARDS))}
    assert set(found) == {"Colm T Fennimore", "Colm J Fennimore"}
    father = found["Colm J Fennimore"]
    assert father.age == 77 and [(a.city, a.state) for a in father.addresses] == [("Silver Spring", "MD")]


def test_a_town_with_its_state_is_no_name_and_a_doctor_with_the_degree_still_is() -> None:
    assert name_at_start("Silver Spring, MD") is None and name_at_start("Bethlehem, PA") is None
    doctor = name_at_start("Jane Roe, MD")
    assert doctor is not None and doctor.name == "Jane Roe" and doctor.credentials == ("MD",)
    assert [(a.city, a.state) for a in places_in("Silver Spring, MD")] == [("Silver Spring", "MD")]
    assert places_in("Dr. Jane Roe, MD") == ()
