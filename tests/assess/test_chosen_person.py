"""Assessment judges the person the match chose on the page: a photo captioned with that person's name, as the
page writes it ("Dr. Ming Quill" for Mingyu), is a photo of the subject; on a page not matched, it is nobody's."""

from __future__ import annotations


def test_a_photo_of_the_person_the_match_chose_is_the_subjects() -> None:
    from footprint.assess import assess
    from footprint.identity import make_subject
    from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Photo

    ming = PersonRecord(name="Ming Quill")  # the syllable of "Mingyu" a society page writes
    photo = Photo(
        "https://mag.example/1.jpg", caption="Dr. Ming Quill sabers a magnum of champagne.", tagged=("Ming Quill",)
    )
    other = Photo("https://mag.example/2.jpg", caption="Rita Lund with a glass of champagne.", tagged=("Rita Lund",))
    page = Extracted("https://mag.example/gala", "mag.example", PageKind.NEWS, title="Gala photos",
                     people=(ming,), photos=(photo, other))  # fmt: skip
    who = Identity(make_subject("Dr. Mingyu Quill"), ())
    findings = assess(who, [Match(page, MatchResult(0.8, Decision.LIKELY, (), ming, 0))], {})
    drinking = [f for f in findings if f.category == "substance_imagery"]
    assert len(drinking) == 1 and "Ming Quill" in drinking[0].excerpt
    unmatched = assess(who, [Match(page, MatchResult(0.5, Decision.POSSIBLE, (), ming, 0))], {})
    assert not [f for f in unmatched if f.category == "substance_imagery"]


def test_the_registrys_own_mailing_address_on_a_mirror_is_no_stale_listing() -> None:
    from footprint.assess import assess
    from footprint.identity import make_subject
    from footprint.models import (
        Address,
        Decision,
        Extracted,
        Identity,
        Match,
        MatchResult,
        NpiRecord,
        PageKind,
        PersonRecord,
    )

    office = Address("2215 Bend Rd Suite 200", "Bowling Green", "KY", "42104", "LOCATION")
    mailing = Address("418 Chestnut Ridge Trace", "Bowling Green", "KY", "42103", "MAILING")
    record = NpiRecord("1234567893", "WENDELL", "QUILL", addresses=(office, mailing))
    who = Identity(make_subject("Dr. Wendell Quill"), (), record)

    def stale(shown: Address) -> list[str]:
        me = PersonRecord("Wendell Quill", credentials=("DO",), addresses=(office, shown))
        page = Extracted("https://npi.example/1234567893", "npi.example", PageKind.DIRECTORY_LISTING, people=(me,))
        found = assess(who, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})
        return [f.title for f in found if f.category == "listing_inconsistency"]

    assert stale(Address("418 Chestnut Ridge Trace", "Bowling Green", "KY", "42103")) == []
    assert stale(Address("9 Old Mill Rd", "Bowling Green", "KY", "42101")) != []
