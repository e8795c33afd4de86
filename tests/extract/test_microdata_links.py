"""Microdata on links: a directory that links each place and field to its listing page still says the words.

Microdata gives an <a> element's href as its value, so <a itemprop="addressLocality"
href="/directory/md/location/baltimore-md">Baltimore</a> read literally makes a URL the city; read as a person
would, the city is Baltimore. A link whose property is a URL (``url``, ``sameAs``) keeps its href.
"""

from __future__ import annotations

from footprint.extract import structured

PROFILE = """<html><head><title>Dr. Ann Q. Roe, MD</title></head><body>
<div itemscope itemtype="http://schema.org/Physician">
 <h1 itemprop="name">Dr. Ann Q. Roe, MD</h1>
 <a class="subtitle" href="/directory/md/specialty/neurology" itemprop="medicalSpecialty">Neurology</a>
 <a itemprop="url" href="https://directory.example/pub/ann-roe-md">profile</a>
 <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
  <span itemprop="streetAddress">12 Harbor Crest Rd</span>
  <a href="/directory/md/location/duluth-mn" itemprop="addressLocality">Duluth</a>,
  <a href='/directory/md/location/mn' itemprop='addressRegion'>MN</a> <span itemprop="postalCode">55802</span>
 </div>
 <a itemprop="telephone" href="tel:+12185550142">(218) 555-0142</a>
</div></body></html>"""


def test_linked_place_field_and_phone_are_read_as_their_words() -> None:
    (person,) = structured.read(PROFILE, "https://directory.example/pub/ann-roe-md").people
    assert person.specialties == ("Neurology",)
    (address,) = person.addresses
    assert (address.city, address.state, address.postal_code) == ("Duluth", "MN", "55802")
    assert person.phones == ("(218) 555-0142",)


def test_a_link_whose_property_is_a_url_keeps_its_href() -> None:
    html = PROFILE.replace('itemprop="url"', 'itemprop="sameAs"')
    changed = structured._links_as_words(html)
    assert '<a itemprop="sameAs" href="https://directory.example/pub/ann-roe-md">profile</a>' in changed
    assert (
        "<span" in changed
        and 'href="/directory/md/location/duluth-mn" itemprop="addressLocality">Duluth</span>' in changed
    )


def test_a_link_never_closed_is_left_as_it_is_and_the_next_one_is_still_read() -> None:
    html = '<a itemprop="name" href="/x">Ann ' + "words " * 500 + '<a itemprop="addressLocality" href="/l">Duluth</a>'
    changed = structured._links_as_words(html)
    assert changed.startswith('<a itemprop="name" href="/x">Ann ')
    assert changed.endswith('<span itemprop="addressLocality" href="/l">Duluth</span>')
