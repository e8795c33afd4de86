"""Which stored subject a scan belongs to.

A subject is known by its NPI when there is one (given by the user or found
in the registry): ``npi:1729483051``. Without one, by a name key: the folded
given and family names and the state, ``name:imogen castellwright|OR``.
Middle names, titles and credentials are left out because users write them
inconsistently from one month to the next; the state is kept so that two
doctors of the same name in different states stay apart.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from footprint.identity import fold
from footprint.models import Identity, Subject


def name_key(subject: Subject) -> str:
    names = " ".join(fold(n) for n in (subject.given_name or "", subject.family_name or "") if n) or fold(subject.name)
    return f"name:{names}|{(subject.state or '').upper()}"


def npi_of(identity: Identity) -> str | None:
    if identity.subject.npi:
        return identity.subject.npi
    return identity.npi_record.number if identity.npi_record else None


def subject_key(identity: Identity) -> str:
    """``npi:<NPI>`` when the NPI is known, else :func:`name_key`."""
    npi = npi_of(identity)
    return f"npi:{npi}" if npi else name_key(identity.subject)


def subject_to_json(subject: Subject) -> str:
    return json.dumps(asdict(subject), sort_keys=True)


def subject_from_json(text: str) -> Subject:
    raw: dict[str, Any] = json.loads(text)
    for name in ("credentials", "handles", "known_urls", "also_known_as", "not_me_urls"):
        raw[name] = tuple(raw.get(name) or ())
    return Subject(**raw)
