"""Slugs split into name, place and id; provenance; places and occupations read from text; the chosen person."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, same_account, slug_name
from footprint.match.person import match_person
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    ProbeSource,
)

ANN = Identity(make_subject("Dr. Ann Lee, MD", specialty="Internal Medicine", city="Austin", state="TX"), ())


def _page(people: tuple[PersonRecord, ...], url: str = "https://x.example/p", **kw: object) -> Extracted:
    return Extracted(url=url, site_id="x", kind=kw.pop("kind", PageKind.OTHER), people=people, **kw)  # type: ignore[arg-type]


def test_a_slug_with_the_city_is_read_as_name_and_place() -> None:
    url = "https://www.ratemds.com/doctor-ratings/3391827/Dr-Ann-Lee-Austin-TX.html"
    assert slug_name(url, ANN.subject) == "Ann Lee"
    result = match(ANN, _page((PersonRecord(name=""),), url, kind=PageKind.RATINGS_PROFILE))
    assert result.decision.is_match
    assert any("same city: Austin, TX" in r for r in result.reasons)


def test_a_slug_written_family_name_first_and_an_id_slug() -> None:
    subject = make_subject("Marisol Okonkwo-Reyes", city="Tucson", state="AZ")
    assert slug_name("https://t.example/ob-gyn/okonkwo-reyes-marisol.html", subject) == "Marisol Okonkwo Reyes"
    assert slug_name("https://f.example/marisol-okonkwo-reyes_id_G-5021937745512", subject) == "Marisol Okonkwo Reyes"


def test_the_users_handle_decides_whatever_the_page_names() -> None:
    me = Identity(make_subject("Maya Test", handles=["drmaya"]), ())
    page = _page((PersonRecord(name="drmaya on Site 0"),), "https://site0.example/drmaya", source=ProbeSource.HANDLE)
    result = match(me, page)
    assert result.decision == Decision.CONFIRMED and result.reasons[0].startswith("your handle @drmaya")


def test_a_post_found_by_search_under_the_users_handle_is_theirs_and_another_accounts_is_not() -> None:
    me = Identity(make_subject("Maya Test", handles=["@drmaya"]), ())
    video = _page((), "https://clips.example/@drmaya/video/7398812240913312042", source=ProbeSource.SEARCH_RESULT)
    result = match(me, video)
    assert result.decision == Decision.CONFIRMED and "your handle @drmaya" in result.reasons[0]
    other = _page((), "https://clips.example/@drmaya2/video/1", source=ProbeSource.SEARCH_RESULT)
    assert match(me, other).decision == Decision.REJECTED
    mention = _page((), "https://clips.example/tag/drmaya/video/1", source=ProbeSource.SEARCH_RESULT)
    assert match(me, mention).decision == Decision.REJECTED  # a tag page, not the account's post


def test_a_derived_handle_stays_possible_without_more_evidence() -> None:
    page = _page((PersonRecord(name="Ann Lee"),), "https://site.example/annlee", source=ProbeSource.DERIVED_HANDLE)
    page_with_place = _page(
        (PersonRecord(name="Ann Lee", context="Internist in Austin"),),
        "https://site.example/annlee",
        source=ProbeSource.DERIVED_HANDLE,
    )
    assert match(ANN, page).decision != Decision.CONFIRMED
    assert match(ANN, page_with_place).decision == Decision.POSSIBLE
    assert any("guessed from the name" in r for r in match(ANN, page_with_place).reasons)


def test_a_city_in_the_sentence_around_a_mention_is_evidence() -> None:
    near = PersonRecord(name="Ann Lee", context='"I wanted longer visits," said Dr. Ann Lee, an internist in Austin.')
    bare = PersonRecord(name="Ann Lee", context='"I wanted longer visits," said Dr. Ann Lee.')
    with_city, without = match_person(ANN, near), match_person(ANN, bare)
    assert with_city.score > without.score
    assert "city named near the name: Austin" in with_city.reasons


def test_a_broker_record_that_says_physician_counts_for() -> None:
    plain = PersonRecord(name="Ann S Lee", age=51)
    doctor = PersonRecord(name="Ann S Lee", age=51, aliases=("Dr Ann Lee",))
    assert match_person(ANN, doctor).score > match_person(ANN, plain).score


def test_the_match_names_the_person_it_chose_on_a_page_of_several() -> None:
    others = PersonRecord(name="Ann M Lee", specialties=("Psychiatry",))
    her = PersonRecord(name="Ann Lee", specialties=("Internal Medicine",), context="Austin, TX")
    result = match(ANN, _page((others, her)))
    assert result.person == her and result.person_index == 1


def test_a_post_under_a_matched_account_takes_the_accounts_decision() -> None:
    profile = Match(
        _page((PersonRecord(name="Ann Lee"),), "https://b.example/profile/ann", kind=PageKind.SOCIAL_PROFILE),
        MatchResult(0.8, Decision.LIKELY, ("name matches",)),
    )
    post = Match(_page((), "https://b.example/profile/ann/post/1"), MatchResult(0.5, Decision.POSSIBLE, ("x",)))
    elsewhere = Match(_page((), "https://b.example/profile/bob/post/1"), MatchResult(0.5, Decision.POSSIBLE, ("x",)))
    _, mine, theirs = same_account((profile, post, elsewhere))
    assert mine.result.decision == Decision.LIKELY and theirs.result.decision == Decision.POSSIBLE


def test_a_board_list_naming_the_records_licence_number_is_the_subject_and_a_zip_is_not_a_licence() -> None:
    from footprint.extract import extract
    from footprint.models import Address, NpiRecord, Page, Probe, ProbePurpose

    record = NpiRecord(
        "1245319599", "Ansel", "Marrowby", credential="MD", taxonomies=("Urology",),
        addresses=(Address("9 Elm St", "Fargo", "ND", "58103", "LOCATION"),), licenses=("MD 58103",),
    )  # fmt: skip
    who = Identity(make_subject("Dr. Ansel Marrowby", state="ND"), (), record)
    url = "https://health.example/board-actions-october"
    body = """<html><head><title>Board of Medical Examiners Disciplinary Actions</title></head><body><main>
    <h1>Board of Medical Examiners Disciplinary Actions</h1>
    <p>Marrowby, Ansel, M.D., Lic. No. MD 58103, Fargo. Reprimand; fined $1,000.</p>
    <p>Larkin, Joan E., M.D., Lic. No. 4471, Minot. Probation.</p></main></body></html>"""
    probe = Probe("health.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    result = match(who, extract(Page(probe, 200, body, "text/html", url), None))
    assert "the NPI record's licence number MD 58103 is given with the name" in result.reasons
    assert not any("different state" in r for r in result.reasons)  # "No. MD 58103" is no place in Maryland
    zip_only = PersonRecord("Ansel Marrowby", context="Ansel Marrowby of Fargo, ND 58103 won the pie contest.")
    assert not any("licence" in r for r in match_person(who, zip_only).reasons)


def test_a_licence_lookups_label_and_value_cells_give_the_records_licence_in_english_or_spanish() -> None:
    """A board's lookup lays its record out as label and value cells ("License No. · 388120"), and Puerto Rico's
    board writes "Número de Licencia MD-20417": both give the record's licence; another number does not."""
    from footprint.models import NpiRecord

    for licence, context in (
        ("388120", "PELLWORTH ORSON QUILL · Profession · Medicine · License No. · 388120 · Status · Registered"),
        ("MD-20417", "PELLWORTH, ORSÓN · Tipo de Licencia Médico · Número de Licencia MD-20417 · Estado Activa"),
        ("MD-20417", "Orson Pellworth · Licencia: MD-20417"),
    ):
        record = NpiRecord("1245319599", "Orson", "Pellworth", credential="MD", licenses=(licence,))
        who = Identity(make_subject("Dr. Orson Pellworth"), (), record)
        person = PersonRecord("Orson Pellworth", context=context)
        assert any("the NPI record's licence number" in r for r in match_person(who, person).reasons), context
        other = Identity(who.subject, (), replace(record, licenses=("MD-99999",)))
        assert not any("licence number" in r for r in match_person(other, person).reasons), context


def test_a_record_known_by_her_name_and_her_maiden_name_is_her_and_one_name_alone_is_not_enough() -> None:
    from footprint.models import Address

    who = Identity(make_subject("Dr. Zora Marrowby", state="ND", also_known_as=["Zora Quillfeather"]), ())
    home = (Address("", "Fargo", "ND", "", "home"),)
    both = PersonRecord("Zora Marrowby", age=41, addresses=home, aliases=("Zora E Quillfeather", "Zora Elise Marrowby"))
    one = PersonRecord("Zora Marrowby", age=41, addresses=home, aliases=("Zora Elise Marrowby",))
    assert "known by both the subject's names: Zora Marrowby and Zora E Quillfeather" in match_person(who, both).reasons
    assert match_person(who, both).score >= match_person(who, one).score + 0.2


def test_ob_gyn_written_with_a_hyphen_is_the_field() -> None:
    from footprint.specialties import same_specialty

    assert same_specialty("Obstetrics & Gynecology", "OB-GYN")


def test_the_users_handle_on_a_page_naming_another_person_is_only_possible() -> None:
    """A handle is unique on one network: the same letters elsewhere may be a stranger's account."""
    me = Identity(make_subject("Dr. Maya Test", handles=["@drmaya"]), ())
    stranger = PersonRecord(name="Maya Oakes", context="Dialysis nurse in Tulsa", read_from=("name:og:title",))
    for source in (ProbeSource.HANDLE, ProbeSource.SEARCH_RESULT):
        result = match(me, _page((stranger,), "https://pins.example/drmaya/", source=source))
        assert result.decision == Decision.POSSIBLE, source
        assert "the page names Maya Oakes" in result.reasons[0]
    own = _page((PersonRecord(name="Maya Test, DO"),), "https://pins.example/drmaya/", source=ProbeSource.HANDLE)
    assert match(me, own).decision == Decision.CONFIRMED
    brand = _page((PersonRecord(name="Kidneys"),), "https://pins.example/drmaya/", source=ProbeSource.HANDLE)
    assert match(me, brand).decision == Decision.CONFIRMED  # one word: no other person named
    short = _page((PersonRecord(name="Maya T.", read_from=("name:h1",)),), "https://pins.example/drmaya/",
                  source=ProbeSource.HANDLE)  # fmt: skip
    assert match(me, short).decision == Decision.CONFIRMED  # her own name with the family initial
    for source in (ProbeSource.HANDLE, ProbeSource.SEARCH_RESULT):
        other = _page((PersonRecord(name="Maya R.", read_from=("name:h1",)),), "https://pins.example/drmaya/",
                      source=source)  # fmt: skip
        assert match(me, other).decision == Decision.POSSIBLE, source  # another family initial: another Maya
        brother = _page((PersonRecord(name="Dominic Test", read_from=("name:h1",)),), "https://pins.example/drmaya/",
                        source=source)  # fmt: skip
        assert match(me, brother).decision == Decision.POSSIBLE, source  # another given name: another Test
        particle = _page((PersonRecord(name="Dominic de Test", read_from=("name:h1",)),),
                         "https://pins.example/drmaya/", source=source)  # fmt: skip
        assert match(me, particle).decision == Decision.POSSIBLE, source  # a family name with a particle
    said = PersonRecord(name="Joined March", read_from=("name:text",))
    mention = _page((said,), "https://pins.example/drmaya/", source=ProbeSource.HANDLE)
    assert match(me, mention).decision == Decision.CONFIRMED  # a phrase in the text is not the account's name


def test_the_users_handle_under_the_networks_own_domain_is_their_handle_and_another_domain_is_not() -> None:
    me = Identity(make_subject("Maya Test", handles=["@drmaya"]), ())
    shown = (PersonRecord(name="Maya Test"),)
    mine = _page(shown, "https://skies.app/profile/drmaya.skies.social", source=ProbeSource.SEARCH_RESULT)
    assert "your handle @drmaya" in match(me, mine).reasons[0]
    shown_handle = _page((PersonRecord(name="Maya Test", handle="drmaya.skies.social"),),
                         "https://skies.app/profile/drmaya.skies.social", source=ProbeSource.SEARCH_RESULT)  # fmt: skip
    chosen = match(me, shown_handle).person
    assert chosen is not None and chosen.handle == "drmaya"  # the account as the user wrote it: assessment knows it
    for url in ("https://skies.app/profile/drmaya.example.com", "https://skies.app/profile/drmaya2.skies.social"):
        theirs = match(me, _page(shown, url, source=ProbeSource.SEARCH_RESULT))
        assert not any("your handle" in r for r in theirs.reasons), url


def test_an_account_found_by_search_under_a_networks_profile_folder_at_the_users_handle_is_theirs() -> None:
    me = Identity(make_subject("Maya Test", handles=["@drmaya"]), ())
    shown = (PersonRecord(name="Dr. Maya"),)  # a display name with the given name alone
    for url in ("https://snaps.example/add/drmaya", "https://forum.example/members/drmaya"):
        result = match(me, _page(shown, url, source=ProbeSource.SEARCH_RESULT))
        assert result.decision == Decision.CONFIRMED and "your handle @drmaya" in result.reasons[0], url
    for url in ("https://snaps.example/tag/drmaya", "https://snaps.example/add/drmaya2"):
        assert match(me, _page(shown, url, source=ProbeSource.SEARCH_RESULT)).decision == Decision.REJECTED, url


def test_a_title_and_the_given_name_or_its_short_form_at_the_users_handle_leaves_it_theirs() -> None:
    me = Identity(make_subject("Dr. Adeoluwa Okafor", handles=["@oluwamoves"]), ())

    def decided(shown: str) -> Decision:
        page = _page((PersonRecord(name=shown, read_from=("name:og:title",)),), "https://snaps.example/oluwamoves")
        return match(me, replace(page, source=ProbeSource.HANDLE)).decision

    assert decided("Dr. Oluwa") == Decision.CONFIRMED  # the end of Adeoluwa, as friends say it
    assert decided("Dr. Adeoluwa") == Decision.CONFIRMED
    assert decided("Dr. Chidi Eze") == Decision.POSSIBLE  # another person's full name: the handle may be theirs
    # A title and one name the tables do not tie to Adeoluwa (an English name, what a display name keeps before its
    # tagline: "Dr. Ade | peds" is "Dr. Ade") names no other person: the handle stays theirs.
    assert decided("Dr. Tolu") == Decision.CONFIRMED


def test_a_lookups_table_gives_the_records_licence_whole_under_its_header_and_a_bare_number_does_not() -> None:
    """A credential search shows its record as a table: "Credential Number | Type | Status" over "MD60417723 |
    Physician And Surgeon License | ACTIVE". The number written whole, its letters with it, is the registry's
    licence for the subject; the same digits alone (a ZIP, a phone's tail, another board's number) are not."""
    from footprint.models import NpiRecord

    record = NpiRecord("1245319599", "Orson", "Pellworth", credential="MD", licenses=("MD60417723",))
    who = Identity(make_subject("Dr. Orson Pellworth"), (), record)
    table = "PELLWORTH, ORSON QUILL · Credential Number Credential Type Status · MD60417723 Physician And Surgeon"
    assert any(
        "licence number MD60417723" in r
        for r in match_person(who, PersonRecord("Orson Pellworth", context=table)).reasons
    )
    for other in (
        "Orson Pellworth · 60417723 · Seattle",
        "Orson Pellworth · DMD60417723X",
        "Orson Pellworth · MD60417724",
    ):
        assert not any(
            "licence" in r for r in match_person(who, PersonRecord("Orson Pellworth", context=other)).reasons
        )


def test_a_lookup_of_one_licensee_gives_the_licence_in_a_cell_apart_from_the_name() -> None:
    """A board's lookup of one licensee: the name in its cell ("Pellworth, Orson Q"), the licence in another. The
    number anywhere on that page is the person's; on a page naming two people it is nobody's in particular."""
    from footprint.models import NpiRecord

    record = NpiRecord("1245319599", "Orson", "Pellworth", credential="MD", licenses=("MD31877",))
    who = Identity(make_subject("Dr. Orson Pellworth"), (), record)
    person = PersonRecord("Orson Pellworth", context="Pellworth, Orson Q", read_from=("name:text",))
    text = "License Verification Name Pellworth, Orson Q License MD31877 (Physician, MD) Status Active"
    page = _page((person,), "https://board.example.gov/verify/MD31877", kind=PageKind.OFFICIAL_RECORD)
    found = match(who, replace(page, text=text))
    assert "the NPI record's licence number MD31877 is given with the name" in found.reasons
    two = replace(page, text=text, people=(person, PersonRecord("Joan Larkin", read_from=("name:text",))))
    assert not any("licence" in r for r in match(who, two).reasons)
