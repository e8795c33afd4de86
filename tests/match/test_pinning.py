"""A page the user gave picks the subject's NPI record among namesakes, and every page is judged again."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import by_own_pages, match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    PageKind,
    PersonRecord,
    ProbeSource,
)

FARGO = NpiRecord(
    "1245319599", "Zora", "Quillfeather", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),), phones=("701-555-0142",),
)  # fmt: skip
TULSA = NpiRecord(
    "1234567893", "Zora", "Quillfeather", credential="MD", taxonomies=("Anesthesiology",),
    addresses=(Address("9 Cedar Way", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0100",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Zora Quillfeather"), (), None, 2, (FARGO, TULSA))


def _page(url: str, source: ProbeSource, person: PersonRecord) -> Extracted:
    return Extracted(url, "somewhere", PageKind.DIRECTORY_LISTING, people=(person,), source=source)


def _judged(pages: list[Extracted]) -> tuple[Identity, tuple[Match, ...]]:
    first = tuple(Match(p, match(WHO, p)) for p in pages)
    return by_own_pages(WHO, first, lambda who, page: match(who, page))


def test_the_page_the_user_gave_picks_the_record_and_the_others_are_judged_knowing_it() -> None:
    own = _page(
        "https://clinic.example/zora", ProbeSource.KNOWN_URL,
        PersonRecord("Zora Quillfeather, MD", addresses=(Address("", "Fargo", "ND"),)),
    )  # fmt: skip
    other = _page(
        "https://ratings.example/zora", ProbeSource.SEARCH_RESULT,
        PersonRecord("Zora Quillfeather", specialties=("Pediatrics",), addresses=(Address("", "Fargo", "ND"),)),
    )  # fmt: skip
    assert match(WHO, other).decision == Decision.POSSIBLE  # before: which of the two is she?
    who, judged = _judged([own, other])
    assert who.npi_record == FARGO and not who.npi_namesakes
    assert judged[1].result.decision.is_match


def test_a_page_that_fits_no_record_or_a_search_result_picks_nothing() -> None:
    elsewhere = _page(
        "https://clinic.example/zora", ProbeSource.KNOWN_URL,
        PersonRecord("Zora Quillfeather, MD", addresses=(Address("", "Boise", "ID"),)),
    )  # fmt: skip
    found = _page(
        "https://ratings.example/zora", ProbeSource.SEARCH_RESULT,
        PersonRecord("Zora Quillfeather", addresses=(Address("", "Fargo", "ND"),), phones=("701-555-0142",)),
    )  # fmt: skip
    who, _ = _judged([elsewhere, found])
    assert who.npi_record is None and len(who.npi_namesakes) == 2


def test_the_bio_of_the_users_own_account_naming_a_records_city_and_field_picks_it() -> None:
    bio = "Zora Quillfeather, MD (@drzora) · Pediatrician in Fargo since 1999. Views mine."
    own = _page("https://social.example/@drzora", ProbeSource.HANDLE, PersonRecord("Zora Quillfeather", context=bio))
    who, _ = _judged([own])
    assert who.npi_record == FARGO
    city_only = PersonRecord("Zora Quillfeather", context="Loves Fargo winters and long runs.")
    who, _ = _judged([_page("https://social.example/@drzora", ProbeSource.HANDLE, city_only)])
    assert who.npi_record is None  # a town alone may be another namesake's of the same name


def test_the_users_account_found_by_search_picks_the_record_like_one_fetched_for_the_handle() -> None:
    me = Identity(make_subject("Dr. Zora Quillfeather", handles=["@drzora"]), (), None, 2, (FARGO, TULSA))
    bio = PersonRecord("Zora Quillfeather", practice="Anesthesiologist in Tulsa. Runner.")  # an API account note
    found = _page("https://social.example/@drzora", ProbeSource.SEARCH_RESULT, bio)
    someone = _page("https://social.example/@zq", ProbeSource.SEARCH_RESULT, bio)  # not the user's handle
    who, _ = by_own_pages(me, (Match(found, match(me, found)),), lambda w, p: match(w, p))
    assert who.npi_record == TULSA
    who, _ = by_own_pages(me, (Match(someone, match(me, someone)),), lambda w, p: match(w, p))
    assert who.npi_record is None


NEW_ORLEANS = NpiRecord(
    "1194614716", "Ada", "Okonjo", credential="DO", taxonomies=("Physical Medicine & Rehabilitation",),
    addresses=(Address("3 Levee Way", "New Orleans", "LA", "70115", "LOCATION"),),
)  # fmt: skip
BATON_ROUGE = NpiRecord(
    "1124539760", "Ada", "Okonjo", credential="MD", taxonomies=("Anesthesiology",),
    addresses=(Address("7 Perkins Rd", "Baton Rouge", "LA", "70808", "LOCATION"),),
)  # fmt: skip


def test_a_bio_writing_the_city_short_and_the_field_as_doctors_say_it_picks_the_record() -> None:
    me = Identity(make_subject("Dr. Ada Okonjo", handles=["@adamoves"]), (), None, 2, (NEW_ORLEANS, BATON_ROUGE))

    def pinned(bio: str) -> NpiRecord | None:
        own = _page("https://social.example/@adamoves", ProbeSource.HANDLE, PersonRecord("Dr. Ada | PM&R", context=bio))
        who, _ = by_own_pages(me, (Match(own, match(me, own)),), lambda w, p: match(w, p))
        return who.npi_record

    assert pinned("rehab doc in NOLA. backs, knees & bad posture") == NEW_ORLEANS
    assert pinned("physiatrist, Philly born and raised") is None  # the field, but no city of either record
    assert pinned("nolan's mom. coffee first") is None  # a word that merely starts like the short name


def _own(person: PersonRecord, text: str = "") -> Extracted:
    return Extracted(
        "https://clinic.example/zora", "clinic.example", PageKind.OTHER, people=(person,), text=text,
        source=ProbeSource.KNOWN_URL,
    )  # fmt: skip


def test_the_records_phone_in_the_footer_of_the_users_own_page_picks_it() -> None:
    footer = "Zora Quillfeather, MD. Call us: (918) 555-0100 · 9 Cedar Way"
    who, _ = _judged([_own(PersonRecord("Zora Quillfeather, MD"), footer)])
    assert who.npi_record == TULSA
    who, _ = _judged([_own(PersonRecord("Zora Quillfeather, MD"), "Call us: (918) 555-0199")])
    assert who.npi_record is None  # a number neither record has picks nothing


def test_the_degree_and_field_only_one_namesake_has_pick_it_on_the_users_own_page() -> None:
    doctor = PersonRecord("Zora Quillfeather, MD", credentials=("MD",), specialties=("Anesthesiology",))
    who, _ = _judged([_own(doctor)])
    assert who.npi_record == TULSA
    nurse = PersonRecord("Zora Quillfeather, NP", credentials=("NP",), specialties=("Anesthesiology",))
    assert _judged([_own(nurse)])[0].npi_record is None  # another degree: not that record's holder


RICHMOND_RESIDENT = NpiRecord(
    "1613696438", "Noor", "Haddadin", credential="MD",
    taxonomies=("Student in an Organized Health Care Education/Training Program",),
    addresses=(Address("1300 E Marshall St", "Richmond", "VA", "23298", "LOCATION"),),
)  # fmt: skip


def test_the_users_own_bio_saying_resident_in_the_records_city_picks_a_trainees_record() -> None:
    # The registry has one physician of the name, in training: the user's own account names the city
    # and says they are a resident; a trainee's record names no field to agree with.
    me = Identity(make_subject("Dr. Noor Haddadin", handles=["@noorrads"]), (), None, 1, (RICHMOND_RESIDENT,))

    def pinned(bio: str) -> NpiRecord | None:
        own = _page("https://social.example/@noorrads", ProbeSource.HANDLE, PersonRecord("Noor H.", context=bio))
        who, _ = by_own_pages(me, (Match(own, match(me, own)),), lambda w, p: match(w, p))
        return who.npi_record

    assert pinned("Rads resident in RVA. Amman ✈️ Richmond. Coffee.") == RICHMOND_RESIDENT
    assert pinned("PGY-3, Richmond. Views mine.") == RICHMOND_RESIDENT
    assert pinned("Proud resident of Richmond since 2001.") is None  # where one lives, not a training post
    assert pinned("Rads resident in Baltimore.") is None  # another programme's city


def _account(title: str, handle: str = "drzora", source: ProbeSource = ProbeSource.HANDLE) -> Extracted:
    """A video page at a handle: no person in its markup, only the account's self-description."""
    return Extracted(f"https://video.example/@{handle}/video/1", "video", PageKind.SOCIAL_PROFILE, title=title,
                     source=source, handle=handle)  # fmt: skip


def test_the_field_the_users_own_account_names_in_its_title_picks_the_one_namesake_practising_it() -> None:
    me = Identity(make_subject("Dr. Zora Quillfeather", handles=["@drzora"]), (), None, 2, (FARGO, TULSA))

    def pinned(*pages: Extracted, who: Identity = me) -> NpiRecord | None:
        first = tuple(Match(p, match(who, p)) for p in pages)
        return by_own_pages(who, first, lambda w, p: match(w, p))[0].npi_record

    assert pinned(_account("Dr. Zora | peds on VideoSite")) == FARGO
    assert pinned(_account("Dr. Zora | anesthesiology on VideoSite")) == TULSA
    assert pinned(_account("Dr. Zora | coffee & running")) is None  # no field: nothing chooses
    assert pinned(_account("Dr. Zora | peds", "zq", ProbeSource.SEARCH_RESULT)) is None  # not the user's account
    # Her namesake is a pediatrician too (a same-name doctor in a same-named town of another state): no guess.
    fargo_ga = NpiRecord("1234567893", "Zora", "Quillfeather", credential="MD", taxonomies=("Pediatrics",),
                         addresses=(Address("1 Main St", "Fargo", "GA", "31631", "LOCATION"),))  # fmt: skip
    twins = Identity(me.subject, (), None, 2, (FARGO, fargo_ga))
    assert pinned(_account("Dr. Zora | peds on VideoSite"), who=twins) is None


MIDTOWN_MD = NpiRecord(
    "1760483117", "Wilhelmina", "Strand", credential="MD", taxonomies=("Pediatric Cardiology",),
    addresses=(Address("40 Union Ave Ste 3", "Memphis", "TN", "38103", "LOCATION"),), phones=("901-555-0171",),
)  # fmt: skip
EAST_PHD = NpiRecord(
    "1518962337", "Wilhelmina", "Strand", credential="PHD", taxonomies=("Psychologist",),
    addresses=(Address("6100 Poplar Ave", "Memphis", "TN", "38119", "LOCATION"),), phones=("901-555-0199",),
)  # fmt: skip


def test_two_namesakes_of_one_city_are_told_apart_by_the_office_the_users_own_page_gives() -> None:
    """A physician and a psychologist of one name in Memphis: the city on the user's practice page fits both,
    its phone or its street only one."""
    me = Identity(make_subject("Wilhelmina Strand"), (), None, 2, (MIDTOWN_MD, EAST_PHD))

    def pinned(person: PersonRecord, text: str = "") -> NpiRecord | None:
        own = Extracted("https://clinic.example/strand", "web", PageKind.PERSONAL_SITE, people=(person,),
                        source=ProbeSource.KNOWN_URL, text=text)  # fmt: skip
        who, _ = by_own_pages(me, (Match(own, match(me, own)),), lambda w, p: match(w, p))
        return who.npi_record

    memphis = Address("", "Memphis", "TN")
    assert pinned(PersonRecord("Wilhelmina Strand, MD", addresses=(memphis,))) is None  # the city fits both
    footer = "Call us: (901) 555-0171 · Memphis, TN"
    assert pinned(PersonRecord("Wilhelmina Strand, MD", addresses=(memphis,)), footer) == MIDTOWN_MD
    street = Address("40 Union Avenue, Suite 3", "Memphis", "TN", "38103")
    assert pinned(PersonRecord("Wilhelmina Strand", addresses=(street,))) == MIDTOWN_MD
    shared = PersonRecord("Wilhelmina Strand", addresses=(memphis,), phones=("901-555-0171", "901-555-0199"))
    assert pinned(shared) is None  # both offices' numbers: still neither


def test_of_two_namesakes_in_one_city_the_one_whose_phone_the_users_page_shows_is_picked() -> None:
    """A physician and a psychologist of one name in one city: the user's own practice page, in that city, with
    the physician's phone, is the physician's; one with only the town both share picks neither."""
    therapist = NpiRecord(
        "1386655231", "Zora", "Quillfeather", credential="PHD", taxonomies=("Psychologist",),
        addresses=(Address("5 Oak Ave", "Fargo", "ND", "58104", "LOCATION"),), phones=("701-555-0199",),
    )  # fmt: skip
    who = Identity(make_subject("Dr. Zora Quillfeather"), (), None, 2, (FARGO, therapist))
    here = (Address("1200 Elm Prairie Rd", "Fargo", "ND"),)

    def pinned(person: PersonRecord) -> NpiRecord | None:
        own = _page("https://clinic.example/zora", ProbeSource.KNOWN_URL, person)
        return by_own_pages(who, (Match(own, match(who, own)),), lambda w, p: match(w, p))[0].npi_record

    assert pinned(PersonRecord("Zora Quillfeather, MD", addresses=here, phones=("701-555-0142",))) == FARGO
    assert pinned(PersonRecord("Zora Quillfeather", addresses=(Address("", "Fargo", "ND"),))) is None
