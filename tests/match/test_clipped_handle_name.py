"""The user's own handle whose account shows the given name clipped ("Dr. Ev Haskins" for Everett Haskins) stays
the user's; an account there showing another given name is for the user to answer. Hand-written profile pages."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Decision, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id

HANDLE = "drbrannockbones"


def _decided(shown: str) -> tuple[Decision, str]:
    url = f"https://www.tiktok.com/@{HANDLE}"
    body = f"""<html><head><title>{shown} (@{HANDLE}) | TikTok</title>
    <meta property="og:title" content="{shown} | kids' bones on TikTok"></head>
    <body><h1>{HANDLE}</h1><h2>{shown}</h2><p>Casts, x-rays and trampoline season.</p></body></html>"""
    probe = Probe("tiktok", url, ProbePurpose.PROFILE, ProbeSource.HANDLE, PageKind.SOCIAL_PROFILE)
    subject = make_subject("Everett Brannock", handles=(f"@{HANDLE}",))
    result = match(
        Identity(subject, name_variants(subject)), extract(Page(probe, 200, body, "text/html", url), by_id()["tiktok"])
    )
    return result.decision, result.reasons[0]


def test_the_given_name_clipped_at_the_users_handle_is_still_the_user() -> None:
    assert _decided("Dr. Ev Brannock")[0] == Decision.CONFIRMED
    assert _decided("Ev Brannock")[0] == Decision.CONFIRMED


def test_another_given_name_at_the_users_handle_is_for_the_user_to_answer() -> None:
    decision, why = _decided("Dr. Owen Brannock")
    assert decision == Decision.POSSIBLE and "Is this you?" in why
