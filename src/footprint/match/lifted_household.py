"""A relative's page read once more when the subject's broker record is confirmed only by what other pages taught.

``rejudge.knowing`` reads the relatives' pages (a mother's Medium post "Imo, Rafa and Tess at the Hoover Dam", a
sister's Ghost post "Abdi and Faadumo with Hibaaq ... Mohamed and Sagal") against the household the first judgement's
confirmed people-search records list. A broker's record of the subject's name in the subject's town is often left
"possible" at first (a name and a nearby town) and confirmed in that same step, because it names the relatives a
likely record listed ("names Faadumo Hassan, listed as the subject's relative on another page"): its household then
taught nothing, and the family's own post stayed judged on its writer. Two broker records agreeing on the
household is what a careful reader goes by too, so the household the step's confirmed records list is read once
more on the pages still not the subject's: only the relatives' pages (``kin_page``), nothing else, and a page
never by the household its own record lists.
"""

from __future__ import annotations

from footprint.match import household, rejudge
from footprint.models import Identity, Match


def relatives_pages(identity: Identity, first: tuple[Match, ...], once: tuple[Match, ...]) -> tuple[Match, ...]:
    """``once`` (the pages after ``rejudge.knowing``), with each page not the subject's that the household of the
    broker records confirmed in that step makes a relative's page about them lifted; ``once`` when none was."""
    before, after = household.of(identity, first), household.of(identity, once)
    if after == before or not after:
        return once
    taught = rejudge.lessons(identity, first)
    out = []
    for m in once:
        if not m.result.decision.is_match and (why := rejudge.relatives_page(identity, taught, m, after)):
            m = Match(m.page, rejudge.lifted(m.result, why))
        out.append(m)
    return tuple(out)
