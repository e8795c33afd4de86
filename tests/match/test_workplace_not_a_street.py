"""A practice known by one proper word ("Kapiolani" for Kapiolani Medical Center) is named by that word, but not
where the word opens a street's name: "Kapiolani Blvd", "Thistlewick Coulee Drive" are streets named like the
practice, no mention of it (``workplace.shortened``)."""

from __future__ import annotations

from footprint.match.workplace import on_page

PLACES = ("Kapiolani Medical Center for Women & Children",)


def test_the_practices_one_word_names_it_but_a_street_of_that_word_does_not() -> None:
    assert on_page(PLACES, "We saw Dr. Keala at Kapiolani last week.")
    assert not on_page(PLACES, "We live at 900 Kapiolani Blvd in Honolulu.")
    assert not on_page(("Thistlewick Rehab & Spine",), "The boil was at their place on Thistlewick Coulee Drive.")


def test_nor_where_the_word_opens_another_business_name() -> None:
    """ "Thornwick Nail Bar", "Kapiolani Yoga": a shop or a studio named with the practice's word is that business."""
    assert not on_page(
        ("Coastal Thornwick Infectious Disease",), "Helen opened Thornwick Nail Bar on Abercorn in 2015."
    )
    assert not on_page(PLACES, "Classes at Kapiolani Yoga start at six.")
    assert on_page(("Coastal Thornwick Infectious Disease",), "She sees patients at Thornwick on Tuesdays.")
    # Another calling's clinic of the practice's word: the animal hospital, the dental office.
    assert not on_page(PLACES, "Meet Dr. Zeke, our newest veterinarian at Kapiolani Animal Hospital.")
    assert not on_page(PLACES, "Book a cleaning at Kapiolani Dental.")
