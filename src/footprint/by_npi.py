"""A physician given by NPI alone: the name the registry keeps for that number.

A consultant's roster or a credentialing file often carries the NPI and nothing else, and
patients search by name, so a scan needs one: NPPES answers a number with the record's first
and last name and credential ("HARUKA NISHIMOTO, M.D." is "Haruka Nishimoto, MD"). The
registry is asked once, through the scan's own fetcher rules (its ``[npi] base_url``, the
cache, the rate limit); the scan asks it again by number and finds the answer cached.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from types import TracebackType
from typing import Any

from footprint.config import Settings
from footprint.errors import FootprintError, SubjectError
from footprint.identity import FetchFn, validate_npi
from footprint.models import Page
from footprint.npi_api import ask_registry, npi_record_from_api

_MC = re.compile(r"\bMc([a-z])")
_NAME_PART = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?")  # letters, with spaces, hyphens, apostrophes


class RegistryUnavailableError(FootprintError):
    """The registry could not say whose the number is: the scan cannot start without a name."""

    hint = "give the physician's name too, or try again later"


def name_of(npi: str, settings: Settings, fetch: FetchFn) -> str:
    """The physician's name and credential as the registry keeps them for ``npi``; SubjectError when the
    number is no individual's record, RegistryUnavailableError when the registry did not answer."""
    number = validate_npi(npi) or ""
    if not settings.npi.enabled:
        raise SubjectError("a scan by NPI alone needs the NPI registry, which [npi] disables", "give the name too")
    got = ask_registry(settings, {"version": "2.1", "number": number}, fetch)
    if not isinstance(got, Page):
        raise RegistryUnavailableError(f"could not look up NPI {number} in the NPI registry: {got.detail}")
    try:
        data = json.loads(got.body)
    except json.JSONDecodeError:
        raise RegistryUnavailableError(f"the NPI registry's answer for {number} is not JSON") from None
    items = data.get("results") if isinstance(data, dict) else None
    item = next((i for i in items or [] if isinstance(i, dict) and str(i.get("number")) == number), None)
    if item is None:
        raise SubjectError(f"NPI {number} is not in the NPI registry", "check the number, or give the name too")
    basic = item.get("basic")
    if str(item.get("enumeration_type") or "") == "NPI-2" or (
        isinstance(basic, dict) and basic.get("organization_name") and not basic.get("first_name")
    ):
        raise SubjectError(f"NPI {number} is an organisation's, not a physician's", "give the physician's own NPI")
    record = npi_record_from_api(item)
    if record is None or not all(_NAME_PART.fullmatch(p) for p in (record.first_name, record.last_name)):
        raise SubjectError(f"the NPI registry gives no name for NPI {number}", "give the name too")
    name = _MC.sub(lambda m: "Mc" + m.group(1).upper(), f"{record.first_name} {record.last_name}")
    credential = record.credential if re.fullmatch(r"[A-Z]{2,8}", record.credential) else ""
    return f"{name}, {credential}" if credential else name


class RegistryNames:
    """``with RegistryNames(settings) as name_of:`` ``name_of(npi)`` for a roster's rows that give only the NPI.

    One fetcher for all of them, so the registry's rate limit and the cache hold across rows; ``asked``
    counts the names taken from the registry.
    """

    def __init__(self, settings: Settings, heard: Callable[[str, str], None] | None = None) -> None:
        self.settings = settings
        self.heard = heard  # told each (NPI, name) as it is found: a roster of NPIs takes a while
        self.asked = 0
        self._fetcher: Any = None

    def __enter__(self) -> RegistryNames:
        return self

    def __call__(self, npi: str) -> str:
        if self._fetcher is None:
            from footprint.fetch import Fetcher

            self._fetcher = Fetcher(self.settings, {})
        name = name_of(npi, self.settings, self._fetcher.fetch)
        self.asked += 1
        if self.heard is not None:
            self.heard(npi, name)
        return name

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
