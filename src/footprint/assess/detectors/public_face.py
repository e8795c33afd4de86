"""The public face: what a photo, a check-in or a routine shows of the subject's work, which is no exposure (a
conference, an award, the practice's own address), told apart from a private scene that mentions the work only as
the time of day ("after a full day of patients")."""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, hit
from footprint.identity import fold

WORKPLACE_WORDS = re.compile(r"\b(?:clinic|hospital|office|practice|suite)\b", re.I)
ASIDE = re.compile(r"\([^()]{1,80}\)")
# When, not where: a caption that dates the scene by the day's work ("Teo carried the couch up the porch steps after a
# full day of patients", "before her night shift", "after clinic") shows a home or an outing; the work is the time
# of day, not the scene, and the picture is no conference or award for saying so.
WHEN_FROM_WORK = re.compile(
    r"\b(?:after|before|following)\s+(?:(?:a|an|the|his|her|their|my|our|another|one|long|full|busy|hard|late|early"
    r"|night|day|[\w]+-hour)\s+){0,4}(?:days?|shifts?|weeks?|nights?|call|clinic|work|rounds|surger(?:y|ies)|patients"
    r"|cases|appointments)\b(?:\s+(?:of|at|in|on|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    r"(?=\s*[,.;:!?)]|\s+(?:and|but|so|like)\b|$)",
    re.I,
)


def professional(text: str) -> bool:
    """A conference, an award or a practice announcement: the public face, not an exposure."""
    return bool(hit("professional_event", text) or hit("workplace", text) or hit("professional", text))


def at_practice(ctx: Context, place: str) -> bool:
    """A check-in at the practice's own (public) address or under its name is not personal."""
    folded = fold(place)
    if any(street and street in folded for street in ctx.practice_streets):
        return True
    return bool(hit("workplace", place))


def work_scene(text: str) -> bool:
    """A caption or an alt text that shows the work itself, once an aside naming who someone is ("Dr. Jane Roe (the
    club's lung doctor)") and the work as the time of day ("after clinic") are set aside."""
    return professional(ASIDE.sub(" ", WHEN_FROM_WORK.sub(" ", text)))
