"""Community pages, programmes and minutes name the subject among others in shapes the generic reader reads as
no person: a family name with its small particle ("Owain ap Rhydderch"), a couple whose first has an initial
("Thomas R. and Jane Whitlock"), a household family name first inside a sentence ("(Brannock, Ellis & Mara)").
Matching reads the subject's own name there (``match.subject_mentions``), so the page is judged on the subject,
not on whoever else it names; a relative, a namesake or a firm of the family name is read as none of them."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.subject_mentions import with_subject_mentions
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord, Subject

SCRANTON = Address("200 Mulberry St", "Scranton", "PA", "18503", "LOCATION")
OWAIN = NpiRecord("1234567893", "OWAIN", "AP RHYDDERCH", "", "MD", ("Orthopaedic Surgery",), (SCRANTON,))
# As the registry names him: the particle is part of the family name.
OWAIN_AP = Subject("Owain ap Rhydderch", "Owain", None, "ap Rhydderch", city="Scranton", state="PA")
WELSH = Identity(OWAIN_AP, (), OWAIN, 1)
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
    "Regional chess final. Cai Rhydderch-Pryce took the under-12 title. Cheering from the bleachers: Dr. Nia Pryce "
    "and Owain ap Rhydderch of Dunmore, the champion's parents. Also placing: Ella Park, Sam Boyd.",
    "Nia Pryce",
    "Ella Park",
    "Sam Boyd",
)


def test_a_family_name_with_its_small_particle_is_read_and_the_page_is_judged_on_it() -> None:
    assert _added(WELSH, BEE) == ["Owain ap Rhydderch"]
    judged = match(WELSH, with_subject_mentions(WELSH, BEE))
    assert judged.person is not None and judged.person.name == "Owain ap Rhydderch"
    assert "Dunmore" in judged.person.context


def test_a_faculty_heading_with_an_initial_and_a_credential_is_read() -> None:
    page = _page("Course directors\nOwain T. ap Rhydderch, MD\nScranton Spine, Scranton, PA\nSpine surgery.")
    read = with_subject_mentions(WELSH, page)
    assert [(p.name, p.credentials) for p in read.people] == [("Owain T. ap Rhydderch", ("MD",))]


def test_the_subject_named_twice_is_one_person_not_two_who_fit_as_well() -> None:
    page = _page(
        "Opening talk: Owain ap Rhydderch, MD, spine surgeon in Scranton. Closing talk: Owain T. ap Rhydderch, MD, "
        "spine surgeon in Scranton.",
        "Ella Park",
    )
    assert _added(WELSH, page) == ["Owain T. ap Rhydderch"]
    judged = match(WELSH, with_subject_mentions(WELSH, page))
    assert judged.decision.is_match and not any("fits as well" in r for r in judged.reasons)


def test_a_couple_whose_first_has_an_initial_is_read_under_the_family_name_they_share() -> None:
    page = _page(
        "Variance 7-B, 41 Oak St: applicants Thomas R. and Jane Whitlock ask to widen the driveway.", "Jane Whitlock"
    )
    assert _added(WHITLOCK, page) == ["Thomas R. Whitlock"]


def test_a_household_written_family_name_first_in_a_sentence_names_either_spouse() -> None:
    page = _page("Architectural review: fence at 14 Elm Ct (Brannock, Ellis & Mara) approved with conditions.")
    assert _added(BRANNOCK, page) == ["Mara Brannock"]
    roster = _page("Carpool list\nBrannock, Mara & Ellis: Ivy (grade 4), pickup 3:10\nNunez, Dee: Max (grade 5)")
    assert _added(BRANNOCK, roster) == ["Mara Brannock"]


def test_a_videos_credits_name_the_subject_beside_its_channel() -> None:
    channel = PersonRecord("St Teilo Parish Video", read_from=("record:schema.org",))
    video = Extracted(
        "https://video.example/watch?v=abc",
        "video.example",
        PageKind.SOCIAL_PROFILE,
        title="Harvest service",
        people=(channel,),
        text="Harvest service, Scranton. Programme: hymn; a reading by Owain ap Rhydderch; organist Ella Park.",
    )
    assert _added(WELSH, video) == ["Owain ap Rhydderch"]
    account = Extracted(
        "https://social.example/@cai",
        "social.example",
        PageKind.SOCIAL_PROFILE,
        people=(PersonRecord("Cai Pryce", handle="cai"),),
        text="Cai Pryce. Proud of my uncle Owain ap Rhydderch today!",
        handle="cai",
    )
    assert _added(WELSH, account) == []  # an account is its holder's page: the subject is only named in it


def test_a_relative_a_firm_or_a_page_already_read_gets_nothing() -> None:
    kin = _page("Winner Cai ap Rhydderch spelled 'cwtch'; his sister Nia ap Rhydderch came second.")
    assert _added(WELSH, kin) == []  # the family name, other given names: the subject's kin or a namesake's
    glued = _page("Placing: Skipper Owain ap Rhydderch on Second Opinion.")
    assert _added(WELSH, glued) == ["Owain ap Rhydderch"]  # a word glued before the given name is no given name
    listed = _page("Placing: Cai ap Rhydderch, Owain Evans and Ella Park.", "Owain Evans", "Ella Park")
    assert _added(WELSH, listed) == []  # a list's next whole name, not "ap Rhydderch, Owain"
    firm = _page("Thanks to our sponsors: Thomas R. Whitlock Surgery and Bay Street Dental.")
    assert _added(WHITLOCK, firm) == []  # a practice named for the family
    read = _page("Owain ap Rhydderch of Dunmore sang.", "Owain ap Rhydderch")
    assert with_subject_mentions(WELSH, read) == read  # the reader read the subject: nothing added
    broker = _page("Related to Nia Pryce, Owain ap Rhydderch", "Nia Pryce", kind=PageKind.PEOPLE_SEARCH)
    assert _added(WELSH, broker) == []  # a broker's relatives list: the subject on another person's record
    colleague = _page(
        "Dana Cole, PA-C. Emergency Medicine. Care team: Owain T. ap Rhydderch, MD · Spine",
        "Dana Cole",
        kind=PageKind.RATINGS_PROFILE,
    )
    assert _added(WELSH, colleague) == []  # a colleague's profile: its person is hers, the subject her colleague
