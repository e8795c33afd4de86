"""An account under a doctor's name that sells the way counterfeit-remedy impostors do, with no account listed by
the user: orders taken below the post or by direct message ("Order below 👇 DM for bulk"), a discount that ends
today ("50% off today only"). The doctor's own promotion names a code for a lasting discount, which is
undisclosed_conflict's, not an impostor's."""

from __future__ import annotations

from footprint.match import match
from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord
from tests.assess._marta import excerpts, marta

MARTA = marta()


def _video(pitch: str) -> dict[str, set[str]]:
    page = Extracted(
        "https://video.example/@dr.marta.quellweg.peds",
        "video.example",
        PageKind.SOCIAL_PROFILE,
        title="Dr Marta Quellweg Pediatrician (@dr.marta.quellweg.peds) | Video",
        people=(
            PersonRecord(
                "Marta Quellweg",
                specialties=("Pediatrician",),
                handle="dr.marta.quellweg.peds",
                read_from=("name:title",),
            ),
        ),
        text=f"Dr Marta Quellweg Pediatrician (@dr.marta.quellweg.peds) {pitch}",
    )
    judged = match(MARTA, page)
    return excerpts(MARTA, page, MatchResult(0.95, Decision.CONFIRMED, judged.reasons, page.people[0], 0))


def test_orders_taken_by_message_or_a_discount_ending_today_give_the_impostor_away() -> None:
    assert "impersonation" in _video(
        "Doctor approved sleep drops 🌙 my patients swear by them. Order below 👇 DM for bulk"
    )
    assert "impersonation" in _video("The drops she uses on her own kids 👶 Get DreamEase 50% off today only")
    assert "impersonation" in _video("Sleep in 3 nights with my method ✨ link in bio 💰 DM for consults")


def test_a_doctors_own_code_for_a_discount_is_no_impostors_pitch() -> None:
    assert "impersonation" not in _video("The thermometer I trust at home: use code MARTA15 for 15% off, link in bio")
