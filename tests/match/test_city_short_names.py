"""The short names people write for their city in a bio ("OB/GYN in MKE", "peds doc, STL", "Cincy runner") are the
city, as "NOLA" is New Orleans; a word that only starts like one is not."""

from __future__ import annotations

from footprint.match.city_names import with_city_names


def test_a_citys_short_name_in_a_bio_is_the_city() -> None:
    assert with_city_names("ob gyn in mke lakefront miles").endswith("milwaukee")
    assert with_city_names("peds doc stl").endswith("st louis")
    assert with_city_names("cincy runner and mom").endswith("cincinnati")
    assert with_city_names("sleep doc in pgh").endswith("pittsburgh")
    assert with_city_names("mkelly runs") == "mkelly runs"


def test_a_citys_own_nickname_in_a_forums_or_papers_name_is_the_city() -> None:
    """ "Rocket City Talk" is a Huntsville forum and "Music City" Nashville; a nickname several cities share ("Queen
    City", "Magic City") names none."""
    assert with_city_names("dad on a ventilator rocket city talk").endswith("huntsville")
    assert with_city_names("music city marathon results").endswith("nashville")
    assert with_city_names("queen city runners") == "queen city runners"
    assert with_city_names("magic city classic") == "magic city classic"
