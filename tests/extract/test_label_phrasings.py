"""A broker's labels in the words brokers use: "Last Known Address", "Most Recent Phone", "May be related to".

Cards written here in the shape a results list takes (a name heading with the age, then headed sections or
labelled lines); a sentence that only happens to contain the words ("The last known address of the clinic")
is no label.
"""

from __future__ import annotations

from footprint.extract import extract, households
from footprint.models import Page, PageKind, PersonRecord, Probe, ProbePurpose, ProbeSource

URL = "https://people.example/name/zora-quillfeather/"


def _people(body: str) -> dict[str, PersonRecord]:
    probe = Probe("people.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.PEOPLE_SEARCH)
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    return {p.name: p for p in page.people}


CARDS = """<html><head><title>Zora Quillfeather in North Dakota | People</title></head><body>
<h1>Zora Quillfeather in North Dakota</h1>
<div class="hit"><div class="who"><h2>Zora K Quillfeather</h2><h3>Age: 51</h3></div>
 <div class="box"><h3>Last Known Address</h3><p>88 Prairie Rose Ln, Fargo, ND 58104</p></div>
 <div class="box"><h3>Most Recent Phone Numbers</h3><ul><li>(701) 555-0143</li></ul></div>
 <p>May be related to Anders Quillfeather, Ida Brandvold</p></div>
<div class="hit"><div class="who"><h2>Zora T Quillfeather</h2><h3>Age: 80</h3></div>
 <div class="box"><h3>Latest Address</h3><p>1200 Elm St, Minot, ND 58701</p></div>
 <p>Possibly related to Hal Quillfeather</p></div>
</body></html>"""


def test_last_known_and_most_recent_are_the_cards_address_and_phone() -> None:
    people = _people(CARDS)
    zora = people["Zora K Quillfeather"]
    assert [a.street for a in zora.addresses if a.purpose == "home"] == ["88 Prairie Rose Ln"]
    assert zora.phones == ("+17015550143",)
    assert [a.street for a in people["Zora T Quillfeather"].addresses] == ["1200 Elm St"]


def test_may_be_related_to_lists_relatives_of_each_card_only() -> None:
    people = _people(CARDS)
    assert people["Zora K Quillfeather"].relatives == ("Anders Quillfeather", "Ida Brandvold")
    assert people["Zora T Quillfeather"].relatives == ("Hal Quillfeather",)


def test_a_sentence_that_only_contains_the_words_is_no_address_label() -> None:
    body = """<html><head><title>Zora Quillfeather | People</title></head><body>
    <div class="hit"><h2>Zora K Quillfeather, 51</h2><p>Lives in Fargo, ND</p>
    <p>The last known address of the clinic was never published.</p></div></body></html>"""
    zora = _people(body)["Zora K Quillfeather"]
    assert not [a for a in zora.addresses if a.street]


DIRECTORY = """<html><head><title>Member Directory | Prairie Rose Lutheran Church</title></head><body>
<h1>Member Directory</h1><p>Please tell the office of any changes.</p>
<dl class="members">
 <dt>Brandvold, Ida &amp; Tomas</dt><dd>12 Elm Ct, Fargo, ND 58102 · (701) 555-0107</dd>
 <dt>Quillfeather, Zora K. (Zee) &amp; Anders</dt><dd>88 Prairie Rose Ln, Fargo, ND 58104 · (701) 555-0143
 · Birthdays: Zee May 14, Anders Sept 2 · Children: Lars Quillfeather, Ingrid Quillfeather</dd>
</dl><p class="office">Church office: (701) 555-0100</p></body></html>"""


def test_a_member_directory_entry_written_family_name_first_is_a_household_record() -> None:
    # A church's, club's or school's directory lists each household "Family, Given (Nickname) & Spouse",
    # then its street, phone, birthdays and children: one record each, whatever the markup.
    people = _people(DIRECTORY)
    zora = people["Zora K Quillfeather"]
    assert [a.street for a in zora.addresses] == ["88 Prairie Rose Ln"]
    assert zora.phones == ("+17015550143",)
    assert {"Anders Quillfeather", "Lars Quillfeather", "Ingrid Quillfeather"} <= set(zora.relatives)
    assert "Zee Quillfeather" in zora.aliases
    assert people["Ida Brandvold"].phones == ("+17015550107",)
    assert "Member Directory" not in people


def test_a_glossary_term_in_a_definition_list_is_no_household() -> None:
    body = """<html><head><title>Glossary | People</title></head><body><dl>
    <dt>Lives in</dt><dd>Where a person lives now.</dd><dt>Pruitt, Caroline</dt><dd>An author we cite often.</dd>
    </dl></body></html>"""
    assert "Caroline Pruitt" not in _people(body)


def test_a_directory_that_leaves_out_the_state_gives_it_by_the_zip_code() -> None:
    body = DIRECTORY.replace("88 Prairie Rose Ln, Fargo, ND 58104", "58 Albert Crest Ave, Cranston 02905")
    home = _people(body)["Zora K Quillfeather"].addresses[0]
    assert (home.city, home.state, home.postal_code) == ("Cranston", "RI", "02905")
    assert households.state_of_zip("99999") == "AK" and households.state_of_zip("00100") == ""


TABLE_DIRECTORY = """<html><head><title>Parish Directory 2026 | St. Olaf's</title></head><body>
<h1>Parish Directory 2026</h1><p>For members only.</p><table class="directory">
<tr><th>Household</th><th>Children</th><th>Address</th><th>Phone</th><th>Email</th></tr>
<tr><td>Brandvold, Ida</td><td></td><td>12 Elm Ct</td><td>701-555-0107</td><td></td></tr>
<tr><td>Quillfeather, Zora &amp; Anders</td><td>Lars (12), Ingrid (9)</td><td>88 Prairie Rose Ln</td>
<td>701-555-0143 (Zora cell)</td><td>zoraq@example.com</td></tr></table></body></html>"""


def test_a_directory_written_as_a_table_gives_each_household_row_its_details() -> None:
    # The same directory as a table: each row a household, the columns its children, street, phone and e-mail;
    # children written by their given names go by the household's family name.
    people = _people(TABLE_DIRECTORY)
    zora = people["Zora Quillfeather"]
    assert [a.street for a in zora.addresses] == ["88 Prairie Rose Ln"]
    assert zora.phones == ("+17015550143",) and zora.emails == ("zoraq@example.com",)
    assert {"Anders Quillfeather", "Lars Quillfeather", "Ingrid Quillfeather"} <= set(zora.relatives)
    assert people["Ida Brandvold"].phones == ("+17015550107",)


def test_a_table_of_terms_without_contacts_is_no_household() -> None:
    body = """<html><head><title>Authors | People</title></head><body><table><tr><th>Author</th><th>Note</th></tr>
    <tr><td>Pruitt, Caroline</td><td>An author we cite often.</td></tr></table></body></html>"""
    assert "record:household directory" not in _people(body).get("Caroline Pruitt", PersonRecord(name="")).read_from


def test_the_spouse_a_household_entry_names_is_a_person_of_the_directory_too() -> None:
    # "Brandvold, Tomas & Ida": Ida lives there as much as Tomas; her own record has her household's home, phone
    # and relatives, whoever the directory writes first. Details on one line, set apart by dots, are read apart.
    body = """<html><head><title>Parish Directory | St. Olaf's</title></head><body><dl>
    <dt>Brandvold, Tomas &amp; Ida</dt><dd>Lars, Ingrid · 12 Elm Ct, Fargo, ND 58102 · (701) 555-0107</dd>
    <dt>Quillfeather, Anders &amp; Zora</dt><dd>88 Prairie Rose Ln, Fargo, ND 58104
    · Birthdays: Anders Sept 2, Zora May 14</dd></dl></body></html>"""
    people = _people(body)
    ida = people["Ida Brandvold"]
    assert [a.street for a in ida.addresses] == ["12 Elm Ct"] and ida.phones == ("+17015550107",)
    assert "Tomas Brandvold" in ida.relatives and "Ida Brandvold" not in ida.relatives
    assert [a.street for a in people["Tomas Brandvold"].addresses] == ["12 Elm Ct"]
    assert people["Zora Quillfeather"].birth_date == "May 14"
    assert people["Anders Quillfeather"].birth_date == "Sept 2"


def test_a_directory_as_a_list_or_as_a_table_of_households_without_phones_is_read() -> None:
    # A church's list, one household an item; a neighbours' table whose first column says "Household" and gives
    # only the street and the kids (a school in brackets); a family name with a diacritic.
    body = """<html><head><title>Directory | Vale Neighbors</title></head><body>
    <ul class="dir"><li>Žukauskas, Rimas &amp; Dana · Ada · (616) 555-0151</li><li>Our picnic is May 2</li></ul>
    <table><tr><th>Household</th><th>Address</th><th>Kids</th></tr>
    <tr><td>Quillfeather, Zora &amp; Anders</td><td>418 Vale Chinoe Rd</td><td>Owen (Henry Clay), Maisie (Morton)</td>
    </tr></table></body></html>"""
    people = _people(body)
    assert people["Rimas Žukauskas"].phones == ("+16165550151",)
    assert "Rimas Žukauskas" in people["Dana Žukauskas"].relatives
    zora = people["Zora Quillfeather"]
    assert [a.street for a in zora.addresses] == ["418 Vale Chinoe Rd"]
    assert {"Owen Quillfeather", "Maisie Quillfeather", "Anders Quillfeather"} <= set(zora.relatives)


def test_a_courts_table_of_parties_is_no_household_directory() -> None:
    body = """<html><head><title>Docket 26-CV-104</title></head><body><table>
    <tr><th>Party</th><th>Role</th><th>Address</th></tr>
    <tr><td>Quillfeather, Zora &amp; Anders</td><td>Defendant</td><td>418 Vale Chinoe Rd</td></tr>
    </table></body></html>"""
    found = _people(body).get("Zora Quillfeather", PersonRecord(name=""))
    assert "record:household directory" not in found.read_from


def test_also_seen_as_lists_each_other_name_under_the_heading() -> None:
    # A detail record's "Also Seen As" heading with one name a line: every name is the person's, the everyday one
    # too ("Zee Quillfeather"), and the list stops at the next heading's address.
    body = """<html><head><title>Zora K Quillfeather, Age 51 | People</title></head><body>
    <div id="details"><h1>Zora K Quillfeather</h1><span>Age 51, Born May 1975</span>
    <div><div class="h5">Also Seen As</div><div class="v">Zora Kay Quillfeather</div><div class="v">Zora Brandvold</div>
    <div class="v">Zee Quillfeather</div></div>
    <div><div class="h5">Current Address</div><span>88 Prairie Rose Ln</span><br>Fargo, ND</div>
    <div><div class="h5">Possible Relatives</div><a href="#">Anders Quillfeather</a></div></div></body></html>"""
    zora = _people(body)["Zora K Quillfeather"]
    assert zora.aliases == ("Zora Kay Quillfeather", "Zora Brandvold", "Zee Quillfeather")
    assert zora.relatives == ("Anders Quillfeather",)
