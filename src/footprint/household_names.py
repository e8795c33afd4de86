"""A household written by its family name in a search result: "the Tauiliili family", "The Owen-MacAulay Family".

A school's donor roll, a parish bulletin, a neighbourhood association's minutes or a club's newsletter thanks or
names a household, not a doctor: "Gold: The Tauiliili Family (Malia, 5th grade)", "coffee hour hosted by the
Castellane family", "the Gill family of Fox Chapel", "garden hosts: the Stricklers (5012)". Search shows that
phrase in the snippet, and no given name of the subject's, so no name rule opens the page; matching then reads the
children, the street or the town the page gives beside it. Such a result is opened when it writes one of the
subject's family names as a household (the article before it, "family" or the plural after it) and the household
is the subject's town's: the town is written beside it, or the household's query (the family name with the town,
``discover.household_query``) returned it. A business named for a family ("Ledbetter Family Dentistry") is none.
"""

from __future__ import annotations

import re

from footprint.identity import fold, plain
from footprint.models import Identity, SearchResult


def _household(family: str) -> re.Pattern[str]:
    """ "the Tauiliili family", "The Owen-MacAulay Family", "the Stricklers", "the Carmodys'", "Familia Nunes": the
    family name capitalised, after "the" (a hyphenated pair's second half too), not a business's name after it."""
    name = re.escape(plain(family))
    return re.compile(
        rf"(?:\b[Tt]he (?:[A-Z][\w'’]*-)?{name}(?:s|es)?['’]? [Ff]amily\b(?!\s+[A-Z][a-z])"
        rf"|\b[Tt]he (?:[A-Z][\w'’]*-)?{name}(?:s|es)['’]?(?![\w'’-])"
        rf"|\b[Ff]am[ií]lia {name}\b)"
    )


def written(identity: Identity, result: SearchResult, city: str = "") -> bool:
    """True when the result's title or snippet writes the subject's household by family name (``_household``) and
    names the subject's town (``city``, else the one search ranks by), or came back for the household's query."""
    from footprint import discover

    family, town, _ = discover.household_where(identity)
    town = city or town
    if not family or len(fold(family)) < 3 or not town:
        return False
    text = plain(f"{result.title} {result.snippet}")
    if not _household(family).search(text):
        return False
    asked = f" {fold(f'{family} {town}')} "
    if any(f" {fold(q)} " == asked for q in result.queries if '"' not in q):
        return True
    return f" {fold(town)} " in f" {fold(text)} "
