"""The registry's middle name where it is no Western one, as its community writes it: a Chinese given name after an
English one (GRACE WEI LING LIM is "Wei Ling L.", "Lim Wei Ling", "W.L. Lim"), the next name of a Somali or Arabic
name chain (ABDIRAHMAN YUSUF FARAH is "Abdirahman Yusuf" on a community page).

Each fits weaker than the name typed: a profile under it needs the field and the town before it is the subject's,
and another given name, or another chain, stays another person.
"""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Decision, Identity, MatchResult, NpiRecord, PageKind, PersonRecord

HERE = (Address("1200 Orchard Row", "Austin", "TX", "78705", "LOCATION"),)
CHINESE = NpiRecord("1234567893", "MEI", "TAN", "XIU YING", "MD", ("Obstetrics & Gynecology",), HERE)
MEI = Identity(make_subject("Mei Tan"), (), CHINESE)
CHAIN = NpiRecord("1234567893", "ISMAIL", "WARSAME", "HUSSEIN", "MD", ("Infectious Disease",), HERE)
ISMAIL = Identity(make_subject("Ismail Warsame"), (), CHAIN)


def _profile(name: str, bio: str = "") -> PersonRecord:
    return PersonRecord(name=name, practice=bio, handle="someone.bsky.social", context=bio)


def _judged(identity: Identity, name: str, bio: str = "") -> MatchResult:
    text = f"{name} · {bio}" if bio else ""
    return match_person(identity, _profile(name, bio), page_text=text, kind=PageKind.SOCIAL_PROFILE)


def test_the_chinese_given_name_and_the_family_initial_with_field_and_town_is_the_subject() -> None:
    result = _judged(MEI, "Xiu Ying T.", "fertility doc · Austin TX · mum of two")
    assert result.decision.is_match, result.reasons
    assert not any("middle name Ying" in r for r in result.reasons), result.reasons


def test_the_chinese_given_name_and_the_family_initial_alone_is_not_enough() -> None:
    assert not _judged(MEI, "Xiu Ying T.").decision.is_match


def test_the_family_name_first_and_the_english_name_before_it_fit() -> None:
    for written in ("Tan Xiu Ying", "Mei Tan Xiu Ying", "Xiu Ying Tan"):
        assert _judged(MEI, written).decision != Decision.REJECTED, written
    # Its initials, as papers sign, weigh as an initial does: the field and the town must agree.
    assert _judged(MEI, "X.Y. Tan").decision == Decision.REJECTED
    assert _judged(MEI, "X.Y. Tan", "fertility doc · Austin TX").decision != Decision.REJECTED
    full = _judged(MEI, "Mei Tan Xiu Ying").score
    assert full > _judged(MEI, "Tan Xiu Ying").score


def test_another_chinese_given_name_is_another_person() -> None:
    for written in ("Li Na T.", "Xiu Ying Wong", "X.L. Tan", "Xiu Lan T."):
        assert _judged(MEI, written, "fertility doc · Austin TX").decision == Decision.REJECTED, written


def test_the_given_name_and_the_next_name_of_the_chain_fit_without_the_family_name() -> None:
    result = _judged(ISMAIL, "Ismail Hussein")
    assert result.decision != Decision.REJECTED, result.reasons
    assert any("next name Hussein" in r for r in result.reasons)
    assert result.score < _judged(ISMAIL, "Ismail Warsame").score


def test_another_chain_is_another_person() -> None:
    assert _judged(ISMAIL, "Ismail Abdi").decision == Decision.REJECTED
    assert _judged(ISMAIL, "Ismail Hussein Abdi").decision == Decision.REJECTED


def test_the_initials_of_the_chinese_given_name_are_no_other_middle_name() -> None:
    from footprint.match import conflicts
    from footprint.match.name_fit import subject_names

    names = subject_names(MEI.subject)
    for written in ("X.Y. Tan", "Xiu Ying T.", "Xiu Ying Tan"):
        assert conflicts.registry_name(CHINESE, names, written) == [], written
    assert conflicts.registry_name(CHINESE, names, "Mei L. Tan")  # another middle name still is another's
