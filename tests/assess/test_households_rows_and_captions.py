"""How community pages and a family's blog name a physician's family without the sentences the older readers wait
for, and the look-alikes that name none.

A street's minutes give the house in brackets before "his son" ("Jane Roe (4418 W Hillside Dr) asked ... where his
son crosses": the street is no person); a school's chaperone sheet has a "Child" column; a bulletin thanks a couple
for hosting "at their home"; a son calls his father by a clipping ("my dad, Ferd"); a niece's blog says "Uncle
Ferdinand"; a grandmother's caption lists the family by given names with the children's ages.
"""

from __future__ import annotations

from footprint.models import PageKind, PersonRecord
from tests.assess._ferd import found as _found
from tests.assess._ferd import page as _page


def test_a_street_in_brackets_before_her_son_is_no_person_the_son_is_his() -> None:
    minutes = (
        "1. Hillside traffic. Ferdinand Ashgrove (4418 W Hillside Dr) asked again for a crosswalk at Hillside and "
        "36th, where his son Theo and a dozen other kids cross to school."
    )
    assert _found(_page(minutes, PageKind.NEWS), "family_information")
    neighbour = (
        "1. Hillside traffic. Ferdinand Ashgrove (4418 W Hillside Dr) seconded Sam Poe, who asked for a crosswalk "
        "where his son Max crosses."
    )
    assert not _found(_page(neighbour, PageKind.NEWS), "family_information")


def test_a_chaperone_sheets_child_column_names_his_child() -> None:
    title = "Fall field trip chaperones | Lakeside Elementary PTO"
    sheet = (
        "Class Chaperone Child Cell Room 12 (Ms. Vang) Ferdinand Ashgrove Nora A. (218) 555-0127 Room 14 Al Berg Kai B."
    )
    assert any("Nora A." in e for e in _found(_page(sheet, title=title), "family_information"))
    volunteers = "Shift Volunteer Cell 9-11 Ferdinand Ashgrove Al B. (218) 555-0127 11-1 Ann Cole"
    assert not _found(_page(volunteers, title=title), "family_information")


def test_a_couple_thanked_for_hosting_at_their_home_is_his_household() -> None:
    hosts = "Many thanks to Ferdinand Ashgrove and Kerem Aydin for hosting the potluck at their Vilas Avenue home."
    assert any("Kerem Aydin" in e for e in _found(_page(hosts), "family_information"))
    friends = "October was Ferdinand and Kerem's turn. Forty of us fit around their kitchen table."
    assert _found(_page(friends), "family_information")
    chairs = "Many thanks to Ferdinand Ashgrove and Kerem Aydin, who chaired the gala at the Kitchi Gammi Club."
    assert not _found(_page(chairs), "family_information")


def test_a_sons_essay_calling_him_by_a_clipping_names_his_family() -> None:
    essay = "An essay by Declan Ashgrove. My dad, Ferd, spends his days in the cath lab and his nights building canoes."
    assert _found(_page(essay, PageKind.NEWS), "family_information")
    other = (
        "An essay by Declan Ashgrove. My dad, Fergus, spends his days in the cath lab and his nights building canoes."
    )
    assert not _found(_page(other, PageKind.NEWS), "family_information")


def test_a_family_blog_calling_him_uncle_or_listing_the_family_with_ages_names_his_family() -> None:
    me = PersonRecord(name="Uncle Ferdinand")
    uncle = "Uncle Ferdinand with Nora (15) and Aoife (12) after the U16 girls' final."
    assert _found(_page(uncle, me=me), "family_information")
    caption = "Ferdinand (Ferd to us), Owen, Theo (14) and Mabel (11) at the Split Rock overlook."
    assert _found(_page(caption, PageKind.NEWS), "family_information")
    results = "Results: Ferdinand Ashgrove (45), Sam Dunmore (38), Al Berg (41)."
    assert not _found(_page(results), "family_information")


def test_a_portuguese_bulletin_naming_the_children_after_os_filhos_names_his_family() -> None:
    bulletin = (
        "Parabéns a Ferdinand Ashgrove e Paulo Lopes, que celebram 20 anos de casamento, com os filhos Inês e Rafael."
    )
    assert _found(_page(bulletin), "family_information")
    notice = "Ferdinand Ashgrove falou na reunião. Pedimos que os filhos tragam a caderneta."
    assert not _found(_page(notice), "family_information")
