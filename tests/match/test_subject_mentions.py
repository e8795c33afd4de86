"""Community pages, programmes and minutes name the subject among others in shapes the generic reader reads as
no person: a family name with its small particle ("Owain ap Rhydderch"), a couple whose first has an initial
("Thomas R. and Jane Whitlock"), a household family name first inside a sentence ("(Brannock, Ellis & Mara)").
Matching reads the subject's own name there (``match.subject_mentions``), so the page is judged on the subject,
not on whoever else it names; a relative, a namesake or a firm of the family name is read as none of them."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.subject_mentions import with_subject_mentions
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

SCRANTON = Address("200 Mulberry St", "Scranton", "PA", "18503", "LOCATION")
OWAIN = NpiRecord("1234567893", "OWAIN", "AP RHYDDERCH", "", "MD", ("Orthopaedic Surgery",), (SCRANTON,))
WELSH = Identity(make_subject("Owain ap Rhydderch", city="Scranton", state="PA"), (), OWAIN, 1)
SAVANNAH = Address("10 Bull St", "Savannah", "GA", "31401", "LOCATION")
THOMAS = NpiRecord("1234567901", "THOMAS", "WHITLOCK", "REID", "MD", ("Vascular Surgery",), (SAVANNAH,))
# The user types the name the subject goes by; the registry keeps the formal one.
WHITLOCK = Identity(make_subject("Reid Whitlock", city="Savannah", state="GA"), (), THOMAS, 1)
MARA = NpiRecord("1234567919", "MARA", "BRANNOCK", "", "MD", ("Pediatrics",), ())
BRANNOCK = Identity(make_subject("Mara Brannock"), (), MARA, 1)


def _page(text: str, *names: str, kind: PageKind = PageKind.OTHER, title: str = "Club news") -> Extracted:
    people = tuple(PersonRecord(n, context=f"{n}. [page: {title}]", read_from=("name:text",)) for n in names)
    return Extracted("https://club.example.org/news", "club.example.org", kind, title=title, people=people, text=text)


def _added(identity: Identity, page: Extracted) -> list[str]:
    read = with_subject_mentions(identity, page)
    return [p.name for p in read.people[len(page.people) :]]


BEE = _page(
    "Spring spelling bee. Winner Cai Rhydderch-Lloyd spelled 'cwtch'. His parents, Dr. Nia Hughes and Owain ap "
    "Rhydderch of Dunmore, were in the front row. Also placing: Ella Park, Sam Boyd.",
    "Nia Hughes",
    "Ella Park",
    "Sam Boyd",
)


def test_a_family_name_with_its_small_particle_is_read_and_the_page_is_judged_on_it() -> None:
    assert _added(WELSH, BEE) == ["Owain ap Rhydderch"]
    judged = match(WELSH, with_subject_mentions(WELSH, BEE))
    assert judged.person is not None and judged.person.name == "Owain ap Rhydderch"
    assert "Dunmore" in judged.person.context


def test_a_faculty_heading_with_an_initial_and_a_credential_is_read() -> None:
    page = _page("Faculty & Speakers\nOwain T. ap Rhydderch, MD\nScranton Spine, Scranton, PA\nSpine surgery.")
    read = with_subject_mentions(WELSH, page)
    assert [(p.name, p.credentials) for p in read.people] == [("Owain T. ap Rhydderch", ("MD",))]


def test_a_couple_whose_first_has_an_initial_is_read_under_the_family_name_they_share() -> None:
    page = _page(
        "HPC-26-0412 · 41 E Gaston St · Petitioners: Thomas R. and Jane Whitlock, owners · Rear porch.", "Jane Whitlock"
    )
    assert _added(WHITLOCK, page) == ["Thomas R. Whitlock"]


def test_a_household_written_family_name_first_in_a_sentence_names_either_spouse() -> None:
    page = _page("Violations: Unit 9, 14 Elm Ct (Brannock, Ellis & Mara) – second notice for the trash bins.")
    assert _added(BRANNOCK, page) == ["Mara Brannock"]
    roster = _page("Team families\nBrannock, Mara & Ellis – Ivy (9) · timer\nNunez, Dee – Max (11) · ribbons")
    assert _added(BRANNOCK, roster) == ["Mara Brannock"]


def test_a_relative_a_firm_or_a_page_already_read_gets_nothing() -> None:
    kin = _page("Winner Cai ap Rhydderch spelled 'cwtch'; his sister Nia ap Rhydderch came second.")
    assert _added(WELSH, kin) == []  # the family name, other given names: the subject's kin or a namesake's
    listed = _page("Placing: Cai ap Rhydderch, Owain Evans and Ella Park.", "Owain Evans", "Ella Park")
    assert _added(WELSH, listed) == []  # a list's next whole name, not "ap Rhydderch, Owain"
    firm = _page("Thanks to our sponsors: Thomas R. Whitlock Surgery and Bay Street Dental.")
    assert _added(WHITLOCK, firm) == []  # a practice named for the family
    read = _page("Owain ap Rhydderch of Dunmore sang.", "Owain ap Rhydderch")
    assert with_subject_mentions(WELSH, read) == read  # the reader read the subject: nothing added
    broker = _page("Related to Megan Hughes, Owain ap Rhydderch", "Megan Hughes", kind=PageKind.PEOPLE_SEARCH)
    assert _added(WELSH, broker) == []  # a broker's relatives list: the subject on another person's record
