"""Display names on a doctor's own social account are short: a double family name cut to its initials ("Teo B-K"
for Teodora Brannigan-Kessel), the everyday form of the given name (Teo, Theo for Teodora), or the title with the
everyday form of the middle name the doctor goes by ("Dr. Bea" for CAROLINE BEATRIX Holmgren, "MFM in South
Dakota"). Each is read as what it is, weak on its own (the account's field and town must agree); none is a
"family name differs" rejection, and another person's initials or name stay another's."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.name_fit import subject_names
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord
from footprint.namematch import fit
from footprint.specialties import groups_of

TEO = NpiRecord(
    "1750117390", "TEODORA", "BRANNIGAN-KESSEL", "", "MD", ("Psychiatry & Neurology, Psychiatry",),
    (Address("2418 SE Alder Cove St Suite 4", "Portland", "OR", "97214", "LOCATION"),),
)  # fmt: skip
BEA = NpiRecord(
    "1750117408", "CAROLINE", "HOLMGREN", "BEATRIX", "MD", ("Obstetrics & Gynecology, Maternal & Fetal Medicine",),
    (Address("1700 S Cliff Hollow Ave Suite 400", "Sioux Falls", "SD", "57105", "LOCATION"),),
)  # fmt: skip


def _account(name: str, bio: str, handle: str) -> Extracted:
    person = PersonRecord(name, handle=handle, context=f"{name} {bio}", read_from=("name:og:title",))
    return Extracted(
        f"https://bsky.app/profile/{handle}.bsky.social", "", PageKind.SOCIAL_PROFILE,
        title=f"{name} (@{handle}.bsky.social) — Bluesky", text=f"{name} @{handle}.bsky.social {bio}",
        people=(person,),
    )  # fmt: skip


def test_a_double_family_name_cut_to_its_initials_is_as_weak_as_one_initial() -> None:
    names = subject_names(make_subject("Teodora Brannigan-Kessel"))
    for written in ("Teodora B-K", "Teodora BK"):
        found = fit(names, written)
        assert 0.5 <= found.score < 0.7, found
        assert "initials" in found.reasons[0]
    assert fit(names, "Teodora BKS").score == 0.0  # not her initials
    assert fit(subject_names(make_subject("Teodora Kessel")), "Teodora B-K").score == 0.0  # one family name


def test_teo_and_theo_are_teodora_but_not_a_teodoro() -> None:
    names = subject_names(make_subject("Teodora Brannigan-Kessel"))
    assert fit(names, "Teo Brannigan-Kessel").score >= 0.8
    assert fit(names, "Theo Brannigan-Kessel").score >= 0.8
    assert fit(subject_names(make_subject("Teodoro Ruiz")), "Teo Ruiz").score < 0.5  # the table is Teodora's


def test_her_own_account_under_initials_with_her_field_and_town_is_hers() -> None:
    who = Identity(make_subject("Dr. Teodora Brannigan-Kessel", state="OR"), (), TEO)
    page = _account("Teo B-K", "Psychiatrist at a small clinic in Portland, Oregon. Twin mom, bad gardener.", "teobk")
    result = match(who, page)
    assert result.decision.is_match, result.reasons
    other = _account("Teo B-K", "Ceramics and sourdough in Duluth. He/him.", "teobk")
    assert not match(who, other).decision.is_match


def test_dr_and_the_middle_names_everyday_form_is_read_not_called_another_family() -> None:
    who = Identity(make_subject("Dr. Caroline Holmgren", state="SD"), (), BEA)
    page = _account("Dr. Bea", "high-risk OB. MFM in South Dakota. Not medical advice. Mom of 2.", "dr.bea.mfm")
    result = match(who, page)
    assert not any(r.startswith("family name differs") for r in result.reasons), result.reasons
    assert any("middle name" in r for r in result.reasons), result.reasons
    assert any("field in its own words" in r for r in result.reasons), result.reasons
    assert result.decision == Decision.POSSIBLE  # the title and one name, the state but not her town: to review
    stranger = _account("Dr. Wren", "high-risk OB. MFM in South Dakota.", "dr.wren.mfm")
    assert match(who, stranger).decision == Decision.REJECTED


def test_mfm_and_high_risk_ob_name_obstetrics_but_the_german_ob_does_not() -> None:
    assert groups_of("MFM in South Dakota") == frozenset({"obgyn"})
    assert groups_of("your friendly high-risk OB") == frozenset({"obgyn"})
    assert groups_of("Ob die Sonne morgen scheint") == frozenset()


def test_a_short_form_and_the_family_initial_are_as_weak_as_a_nickname_and_it() -> None:
    names = subject_names(make_subject("Folasade Ogunleye"))
    short, nickname = fit(names, "Sade O."), fit(subject_names(make_subject("Katherine Lowe")), "Kate L.")
    assert short.score == 0.5 and nickname.score >= 0.5
    assert fit(names, "Sade K.").score == 0.0  # another family's initial
