"""The hand-made handle page two matching test modules share: an account on a pin board at the handle the user
typed, showing a name and a bio, judged for a subject whose registry record gives one office."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord, ProbeSource


def decided(
    subject_name: str, handle: str, office: Address, field: str, shown: str, bio: str, source: ProbeSource
) -> tuple[Decision, str]:
    """The decision on the account page at ``handle`` showing ``shown`` and ``bio``, and its first reason."""
    given, family = subject_name.split()
    record = NpiRecord("1234567893", given, family, credential="MD", taxonomies=(field,), addresses=(office,))
    subject = make_subject(subject_name, handles=(f"@{handle}",))
    who = Identity(subject, name_variants(subject), record)
    person = PersonRecord(name=shown, context=bio, read_from=("name:og:title", "name:h1"))
    page = Extracted(url=f"https://pins.example/{handle}/", site_id="pins", kind=PageKind.OTHER, people=(person,),
                     text=f"{shown} {bio}", source=source,
                     handle=handle if source == ProbeSource.HANDLE else "")  # fmt: skip
    result = match(who, page)
    return result.decision, result.reasons[0]
