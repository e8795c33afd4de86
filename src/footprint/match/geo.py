"""How far apart two US cities are, from the ZIP codes' centroids (the ``zipcodes`` dataset).

A physician's practice city is where they work; a people-search record, a wedding page or a
fundraiser gives where they live, often a suburb: Perrysburg for a Toledo doctor. A city within
commuting distance of the practice is the same place for matching; one across the state is not.
"""

from __future__ import annotations

import math
from functools import cache

from footprint.identity import fold

COMMUTE_KM = 40  # a suburb of the practice city, or the next town: the same metro area


_ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


def _key(city: str) -> str:
    """A city's folded name with its first word spelled out: "St. Paul" is "saint paul", as ZIP data writes it."""
    words = fold(city).split()
    return " ".join([_ABBREVIATED.get(words[0], words[0]), *words[1:]]) if words else ""


@cache
def _centroids() -> dict[tuple[str, str], tuple[float, float]]:
    """(folded city, state) → mean latitude and longitude of its ZIP codes (also the cities a ZIP accepts)."""
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    rows: list[dict[str, object]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # its __init__ is untyped
    for z in rows:
        try:
            lat, lon = float(str(z["lat"])), float(str(z["long"]))
        except (KeyError, TypeError, ValueError):
            continue
        state = str(z.get("state") or "")
        also = z.get("acceptable_cities")
        for city in [z.get("city"), *(also if isinstance(also, list) else [])]:
            if city:
                points.setdefault((_key(str(city)), state), []).append((lat, lon))
    return {key: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)) for key, pts in points.items()}


def distance_km(city_a: str, state_a: str, city_b: str, state_b: str) -> float | None:
    """Great-circle km between two cities' centres; None when either is not a known US city."""
    table = _centroids()
    a, b = table.get((_key(city_a), state_a.upper())), table.get((_key(city_b), state_b.upper()))
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def nearest(city: str, state: str, cities: list[tuple[str, str]]) -> tuple[float, str] | None:
    """The closest of ``cities`` to (city, state) within commuting distance: (km, its name), else None."""
    found = [(d, c) for c, s in cities if (d := distance_km(city, state, c, s)) is not None and d <= COMMUTE_KM]
    return min(found) if found else None


def known(city: str, state: str) -> bool:
    """True when ``city`` is a US city of ``state`` in the ZIP data."""
    return (_key(city), state.upper()) in _centroids()


def a_place_name(word: str) -> bool:
    """True when the folded ``word`` is the name of a US city (in the ZIP data) or of a state."""
    return word in _sizes() or word in _state_names()


@cache
def _state_names() -> frozenset[str]:
    from footprint.identity import US_STATES

    return frozenset(fold(n) for n in US_STATES.values())


BIG_CITY_ZIPS = 20  # a city with this many ZIP codes is a large city, known by its name alone ("Denver")
_NAMESAKE_CITY_ZIPS = 5  # a city of the same name elsewhere with this many makes the name ambiguous


@cache
def _sizes() -> dict[str, dict[str, int]]:
    """Folded city name → {state: how many ZIP codes the city has there}."""
    import zipcodes

    out: dict[str, dict[str, int]] = {}
    rows: list[dict[str, object]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # its __init__ is untyped
    for z in rows:
        city, state = str(z.get("city") or ""), str(z.get("state") or "")
        if city and state:
            per = out.setdefault(_key(city), {})
            per[state] = per.get(state, 0) + 1
    return out


def namesake_states(city: str, states: set[str]) -> list[str]:
    """The other states with a town of this name large enough to be known by it ("Springfield": IL, MA, MO, OH, ...
    for a subject in Springfield, MO); [] when the name is the subject's town's alone."""
    per = _sizes().get(_key(city), {})
    return sorted(s for s, n in per.items() if s not in states and n >= _NAMESAKE_CITY_ZIPS)


def big_city_state(city: str) -> str:
    """The state of the one large US city of this name ("Denver" → "CO"); "" when there is none, or when
    another state has a city of that name too (Portland, OR and Portland, ME; Columbia, SC and MO)."""
    per = _sizes().get(_key(city), {})
    big = [s for s, n in per.items() if n >= BIG_CITY_ZIPS]
    if len(big) != 1 or any(n >= _NAMESAKE_CITY_ZIPS for s, n in per.items() if s != big[0]):
        return ""
    return big[0]


@cache
def _counties() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, frozenset[str]]]:
    """(folded city, state) → the counties its ZIP codes are in; folded county name → the states that have one."""
    import zipcodes

    of_city: dict[tuple[str, str], set[str]] = {}
    states: dict[str, set[str]] = {}
    rows: list[dict[str, object]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # its __init__ is untyped
    for z in rows:
        county, state = str(z.get("county") or ""), str(z.get("state") or "")
        if not county.endswith(" County") or not state:
            continue
        states.setdefault(fold(county), set()).add(state)
        if z.get("city"):
            of_city.setdefault((_key(str(z["city"])), state), set()).add(county)
    return (
        {k: frozenset(v) for k, v in of_city.items()},
        {k: frozenset(v) for k, v in states.items()},
    )


def counties_of(city: str, state: str) -> frozenset[str]:
    """The counties a US city lies in ("Greenville", "NC" → {"Pitt County"}); empty when it is not known."""
    return _counties()[0].get((_key(city), state.upper()), frozenset())


def county_states(county: str) -> frozenset[str]:
    """The states with a county of this name ("Lee County": a dozen; "Pitt County": NC alone)."""
    return _counties()[1].get(fold(county), frozenset())
