"""A relative's blog or a family's site captions a photo of the subject's household by given names alone: "Ida and
Tom with Nils and Greta at the lake". The subject, a partner and their children: family information, as only
a relative writes it. Two couples, the other one by its family name, are friends; a page that is no family's says
nothing of whose children they are."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Ida Brandvold", city="Fargo", state="ND"), ())


def _family(text: str, called: str = "Ida Brandvold", who: Identity = WHO) -> set[str]:
    person = PersonRecord(called)
    page = Extracted("https://mormorskitchen.example.com/2026/07/lake-week", "mormorskitchen.example.com",
                     PageKind.OTHER, title="Lake week | Mormor's Kitchen", text=text, people=(person,))  # fmt: skip
    found = assess(who, [Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))], {})
    return {f.highlight for f in found if f.category == "family_information"}


def test_a_mothers_blog_captions_her_daughters_household_by_given_names() -> None:
    text = ("Two weeks at the lake with my daughter's family. Ida and Tom with Nils and Greta, pancake morning on "
            "the dock. Recipe below.")  # fmt: skip
    assert _family(text) == {"Ida and Tom with Nils and Greta"}
    # A kin suffix and the name the page calls her by: "Idu-didi".
    cousins = "Brandvold Cousins. Idu-didi and Tom with Nils, Greta and Alma at the lake, July 2026."
    assert _family(cousins, called="Idu-didi") == {"Idu-didi and Tom with Nils, Greta and Alma"}
    # One child, and the first syllables of his name his family calls him by: "Uncle Sio" for Dr. Sionetal.
    one = "My brother's oldest graduated. Uncle Sio and Mele with Nils (18) after the commencement."
    sione = Identity(make_subject("Dr. Sionetal Brandvold", city="Fargo", state="ND"), ())
    assert _family(one, called="Dr. Sionetal", who=sione) == {"Sio and Mele with Nils"}


def test_two_couples_or_a_page_that_is_no_familys_name_no_children() -> None:
    friends = "Lake week with my family. Ida and Tom with Sam and Ann Poe on the dock."
    assert _family(friends) == set()
    assert _family("Lake week with my family. Ida and Tom with Sam Poe on the dock.") == set()
    club = "Fargo Paddlers. Ida and Tom with Nils and Greta took the canoe race."
    assert _family(club) == set()


def test_a_thank_you_list_naming_her_and_her_husband_in_full_with_their_children_by_given_names() -> None:
    # Every adult on the list is named in full, with the courtesy title of the community's language; the names
    # alone after the couple are their children's.
    text = ("Terima kasih! Thank you to the volunteers: Pak Agus Lestari and Bu Sari (food); Pak Tomas Halim and Bu "
            "Ida Brandvold, with Nils and Greta (the children's corner); Mrs. Ann Poe (parking).")  # fmt: skip
    assert _family(text) == {"Pak Tomas Halim and Bu Ida Brandvold, with Nils and Greta"}
    plain = "Thank you to Ida Brandvold and Tom Halim with Nils (face painting) and to Ann Poe (parking)."
    assert _family(plain) == {"Ida Brandvold and Tom Halim with Nils"}


def test_a_list_with_another_couple_after_her_or_a_workplaces_page_names_no_children() -> None:
    couples = "Thank you to our hosts: Ida Brandvold and Tom Halim, with Sam and Ann Poe, and Bo Li (music)."
    assert _family(couples) == set()
    person = PersonRecord("Ida Brandvold")
    page = Extracted("https://fargoderm.example.com/news/thanks", "fargoderm.example.com", PageKind.OTHER,
                     title="Staff news | Fargo Dermatology Clinic",
                     text="Thank you to Dr. Ida Brandvold and Dr. Tom Halim, with Nils and Greta at the front desk.",
                     people=(person,))  # fmt: skip
    found = assess(WHO, [Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))], {})
    assert not [f for f in found if f.category == "family_information"]


def test_a_caption_calling_her_by_the_middle_name_the_registry_gives_names_her_household() -> None:
    from footprint.models import NpiRecord

    record = NpiRecord("1234567893", "IDA", "BRANDVOLD", middle_name="MAREN")
    who = Identity(make_subject("Dr. Ida Brandvold", city="Fargo", state="ND"), (), npi_record=record)
    text = "Two weeks at the lake with my daughter's family. Maren and Tom with Nils and Greta on the dock."
    assert _family(text, who=who) == {"Maren and Tom with Nils and Greta"}
    assert _family(text) == set()  # no middle name known: Maren could be anyone


def test_a_caption_calls_her_by_her_given_name_cut_short_with_a_pet_ending() -> None:
    """ "Dilu and Tom with Nils and Greta": Dilvara's family's name for her, which no nickname table lists."""
    dilvara = Identity(make_subject("Dr. Dilvara Brandvold", city="Fargo", state="ND"), ())
    text = "Lantern night with my cousins. Dilu and Tom with Nils and Greta at the lantern contest."
    assert _family(text, called="Renske V.", who=dilvara) == {"Dilu and Tom with Nils and Greta"}


def test_a_caption_calls_her_by_her_second_name_with_a_kin_word() -> None:
    """ "Dolkarpa-la and Karma with Tashi and Pema": the second name her family calls her by, the polite "-la"."""
    tsomo = Identity(make_subject("Dr. Tsomo Dolkarpa", city="Queens", state="NY"), ())
    text = "My sister's kitchen was all khapse. Dolkarpa-la and Karma with Tashi and Pema before the prayers."
    assert _family(text, called="Tsering Norbu", who=tsomo) == {"Dolkarpa-la and Karma with Tashi and Pema"}
