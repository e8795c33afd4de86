"""A second place a doctor works, said as one: "She also does clinic in Tuba City", "he also sees patients in
Kearney on Fridays", "an outreach clinic in Ely". A patient recommending a surgeon names the town of the practice
and then the other town she visits; that town is her second office, not a sign that the page means a namesake
practising there. Read by the rules that hold a page for another city (``text_evidence.another_city``,
``titled.elsewhere``)."""

from __future__ import annotations

import re

# The clause before a place says the doctor works there as well: "also" before a verb or noun of practising ("she
# also does clinic in", "he also sees patients in", "also has an office in"), or an outreach or satellite clinic.
# Not "also" alone: "my sister also saw a Dr. Roe in Lincoln" is another doctor of the name there.
_ALSO = re.compile(
    r"\balso\s+(?:\w+\s+){0,2}?(?:does|do|holds|runs|has|have|sees|see|works|work|practi[cs]es|operates|covers|"
    r"visits|rounds|staffs|clinic|clinics|office|offices)\b"
    r"|\b(?:outreach|satellite|branch|visiting)\s+(?:clinic|clinics|office|offices|site|sites)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;]\s")


def also_there(own: str, at: int) -> bool:
    """True when the clause of ``own`` that a place written at ``at`` closes says it is another place the doctor
    also works ("also does clinic in", "an outreach clinic in"), not where the doctor is."""
    before = own[:at]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    return bool(_ALSO.search(clause))


# A time just before "in <City>": an event's day and place ("Lasered Wednesday in Boston", "last weekend in Denver").
_WHEN_IN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|weekend|morning|afternoon"
    r"|evening|overnight|last (?:week|month|year|night))\s+(?:in\s+)?$",
    re.IGNORECASE,
)


def happened_there(own: str, at: int) -> bool:
    """True when a time stands right before the place written at ``at`` ("Lasered Wednesday in Boston"): where a
    thing happened that day, not where the person lives or works."""
    return bool(_WHEN_IN.search(own[:at]))
