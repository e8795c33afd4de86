"""A public workout that starts at the subject's front door: "Out the front door, up the ridge, back before the kids
wake up" on a run's Strava page. The map of such an activity begins and ends at home, which is what the fitness apps'
privacy zones ("hide the start and end of your activities") exist to hide; the words say the map does show it.

Only a page that presents an activity of the matched person ("Neil Hartigan ran 8.4 km", as an activity's summary
reads), and only where the words say the route leaves from home: a race, a trailhead or a gym says nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, site_name
from footprint.assess.detectors.records import sentences
from footprint.models import Finding, Match

_FROM_HOME = re.compile(
    r"\b(?:out|from|straight out)\s+(?:the|my|our)\s+(?:front\s+|back\s+)?(?:door|doorstep|driveway|gate)\b"
    r"|\bfrom\s+(?:my|our)\s+(?:house|home)\b|\bfrom\s+home\b|\bhome\s+loop\b",
    re.IGNORECASE,
)
_DID = r"(?:ran|rode|cycled|biked|hiked|swam|walked|rowed|skied)"


def own_activity(m: Match) -> bool:
    """The page presents a workout of the matched person's own ("Dora Vrabie ran 9.6 km"), as a fitness app's public
    activity page does: their account, its activities shown to anyone."""
    person = m.person
    if not m.result.decision.is_match or person is None or not person.name.strip() or not m.page.text:
        return False
    said = f"{m.page.text} {person.context}"
    return bool(re.search(rf"{re.escape(person.name.strip())}\s+{_DID}\s+\d", said))


def public_activity(ctx: Context, m: Match) -> Iterator[Finding]:
    """The subject's own workout on a public activity page: the account is theirs and anyone sees what it posts (the
    route, the hour, the pace). Only as the app's own page words it ("Dora Vrabie ran 9.6 km on Strava"), the
    distance and the app: a story or a club's results ("Dr. Roe ran 26.2 miles in 3:41") say nothing of an account."""
    person = m.person
    if (
        own_activity(m)
        and person is not None
        and re.search(
            rf"{re.escape(person.name.strip())}\s+{_DID}\s+[\d.,]+\s*(?:km|mi|miles?|kilometers?|kilometres?)\s+on\s+[A-Z]",
            f"{m.page.text} {person.context}",
        )
    ):
        where = site_name(ctx, m.page.site_id)
        title = f"Your activities on {where} are public"
        said = m.page.title or m.page.url
        yield emit(ctx, m, "personal_profile_public", said, title, said, key=f"activity {m.page.site_id}")


def route_from_home(ctx: Context, m: Match) -> Iterator[Finding]:
    """The subject's public activity whose own words say it starts at their door."""
    if not own_activity(m):
        return  # no activity of theirs: a club's page, a friend's post
    for sentence in sentences(m.page.text):
        found = _FROM_HOME.search(sentence)
        if found:
            title = f"Your public activity on {site_name(ctx, m.page.site_id)} starts at your door: its map shows home"
            yield emit(ctx, m, "location_exposure", found.group(), title, sentence, key=f"from home {m.page.url}")
            return
