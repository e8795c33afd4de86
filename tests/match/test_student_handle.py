"""The user's handle held on one network by a student: an account whose own name or bio gives a school class
not yet graduated ("Eastview High '27"), with nothing medical on it, is for the user to answer, not theirs by
the handle alone. A resident's class year and a long-past class stay the user's. Hand-written profile pages."""

from __future__ import annotations

from datetime import date

from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id

HANDLE = "wilma.varga"
NEXT_CLASS = f"'{(date.today().year + 1) % 100:02d}"


def _page(bio: str, name: str = "Wilma Varga") -> Page:
    url = f"https://www.tiktok.com/@{HANDLE}"
    body = f"""<html><head><title>{name} (@{HANDLE}) | TikTok</title>
    <meta name="description" content="{bio}"></head>
    <body><h1>{HANDLE}</h1><h2>{name}</h2><p>{bio}</p></body></html>"""
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.HANDLE, PageKind.SOCIAL_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def _decided(bio: str) -> tuple[Decision, str]:
    subject = make_subject("Dr. Wilma Ines Varga, MD", state="ID", handles=(f"@{HANDLE}",))
    result = match(Identity(subject, name_variants(subject)), extract(_page(bio), by_id()["tiktok"]))
    return result.decision, result.reasons[0]


def test_a_students_account_at_the_users_handle_is_for_the_user_to_answer() -> None:
    decision, why = _decided(f"Eastview High {NEXT_CLASS} · do it for the team")
    assert decision == Decision.POSSIBLE and "student" in why and "Is this you?" in why


def test_a_residents_class_year_and_a_long_past_class_stay_the_users() -> None:
    for bio in (f"Peds resident, Boise {NEXT_CLASS}", "Eastview High '98 · volleyball mom"):
        assert _decided(bio)[0] == Decision.CONFIRMED, bio
