"""A life a physician does not lead: the namesake a page presents as a student or as the keeper of a shop.

A name the NPI registry gives one physician tells the subject from the registry's namesakes only: it says nothing of
the many people of that name who are not clinicians. Written with the subject's town on a page that never says
"doctor" (a race's results, a club's page), the name is taken for the subject; but a page that gives its person a
student's status ("a UW-Green Bay senior studying kinesiology", "a nursing student") or a business of another trade
they opened, own or run ("Helen Vo opened Thornwick Nail Bar on Abercorn Street in 2015"), or a job they work as
("he works as an HVAC technician") presents someone else: a
practising physician is neither. Only the person's own sentences count: the one writing the full name, and the next
one when it goes on about them ("..., she has taught since she was 19"). A practice the person opened ("opened
Lexington Internal Medicine") is a physician's.
"""

from __future__ import annotations

import re

from footprint.identity import fold

# A student's status: a student of any kind, a class year with what or where they study.
_STUDENT = re.compile(
    r"\b(?:student|undergraduate|undergrad|majoring in|(?:freshman|sophomore|junior|senior)\s+(?:studying|majoring"
    r"|at\s+(?:\w+\s+){0,3}(?:high|university|college|school)))\b"
)
# "mentors a student", "teaches medical students": the person teaches them.
_TEACHES = re.compile(
    r"\b(?:mentor|teach|taught|supervis|advis|train|precept)\w*\s+(?:\w+\s+){0,3}(?:student|undergrad)"
)
# Another trade's business the person opened, owns or runs ("opened Thornwick Nail Bar", "owner of the Oak Street
# Bakery"), or whose owner they are named as ("nail bar owner Helen Vo").
_OWNS = re.compile(
    r"\b(?:opened|owns|own|founded|runs|started|bought|owner\s+of|co\s+owner\s+of)\s+(?:(?:the|her|his|a|an|their)\s+)?"
    r"(?P<business>(?:\w+\s+){0,3}\w+)"
)
_OWNER_BEFORE = re.compile(r"(?P<business>(?:\w+\s+){0,2}\w+)\s+(?:owner|co\s+owner|proprietor)\s*$")

# A job the person works as ("Off the field he works as an HVAC technician"): another calling unless it is medicine's.
_WORKS_AS = re.compile(r"\b(?:works?|worked|working)\s+as\s+(?:a|an)\s+(?P<job>(?:[\w-]+\s+){0,2}[\w-]+)")

# The trades a shop, a studio or a restaurant names itself by ("Thornwick Nail Bar", "Kapiolani Yoga", "Wabash
# Realty"), shared with match/workplace.py, which reads a practice's word opening one of them as that business.
OTHER_TRADES = frozenset(
    {"nail", "nails", "salon", "spa", "barber", "barbershop", "studio", "yoga", "pilates", "fitness", "gym", "cafe",
     "coffee", "bakery", "restaurant", "grill", "kitchen", "pizza", "pub", "tavern", "brewery", "winery", "realty",
     "insurance", "bank", "market", "boutique", "florist", "floral", "auto", "motors", "plumbing", "roofing",
     "landscaping", "hardware", "books", "bookstore", "church", "school", "academy", "dance", "martial", "karate",
     "golf", "marina", "inn", "hotel", "lodge", "apartments", "storage", "cleaners", "laundry", "pet", "grooming",
     # Main Street's other shops and trades ("Brackenfield Yarn & Fiber", "Oak Street Quilts", "Ridge Bike Shop").
     "yarn", "fiber", "fibre", "quilt", "quilts", "quilting", "knitting", "fabric", "fabrics", "crafts", "gifts",
     "antiques", "jewelry", "jewelers", "jewellers", "toys", "bikes", "bicycle", "cycles", "outfitters", "tackle",
     "garden", "tire", "tires", "construction", "electric", "heating", "catering", "deli", "donuts", "creamery",
     "candy", "chocolate", "chocolates", "tea", "wine", "wines", "liquor", "vineyard", "vineyards", "orchard",
     "photography", "printing", "tattoo", "guitar", "travel", "tours", "trucking", "towing", "flowers", "bridal",
     "tailor", "shoes", "thrift", "consignment", "furniture", "flooring", "pawn", "lawn", "pools", "moving",
     # Other callings' clinics: a physician does not work at the animal hospital or the dental office of the name.
     "animal", "veterinary", "vet", "dental", "dentistry", "orthodontics", "chiropractic"}
)  # fmt: skip

_MEDICAL_JOB = re.compile(
    r"\b(?:physician|doctor|surgeon|hospitalist|intensivist|internist|resident|fellow|attending|locum|medical"
    r"|[a-z]+ologist|[a-z]+iatrist|pediatrician|obstetrician|gynecologist|anesthesiologist|consultant)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_GOES_ON = re.compile(r"\b(?:she|he|they)\b", re.I)


def other_life(name: str, page_text: str) -> str:
    """What the page's own sentences about ``name`` (the full name as written) make of that person besides a
    physician: "a student", "owner of <business>"; "" when they say neither."""
    for own in _own_sentences(name, page_text):
        said = fold(own)
        if (student := _STUDENT.search(said)) and not _TEACHES.search(said[: student.end()]):
            return "a student"
        for m in _OWNS.finditer(said):
            if any(w in OTHER_TRADES for w in m.group("business").split()):
                return f"owner of {m.group('business')}"
        job = _WORKS_AS.search(said)
        if job is not None and not _MEDICAL_JOB.search(job.group("job")):
            return job.group("job")
        at = fold(name)
        before = _OWNER_BEFORE.search(said[: said.index(at)]) if at in said else None
        if before is not None and any(w in OTHER_TRADES for w in before.group("business").split()):
            return f"owner of {before.group('business')}"
    return ""


def _own_sentences(name: str, text: str) -> list[str]:
    """The sentence writing ``name`` whole, and the next one when it goes on about that person (a pronoun)."""
    words = name.split(",")[0].split()
    if len(words) < 2:
        return []
    full = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.I)
    sentences = _SENTENCE_END.split(text[:50_000])
    found: list[str] = []
    for i, sentence in enumerate(sentences):
        if full.search(sentence):
            found.append(sentence)
            following = sentences[i + 1] if i + 1 < len(sentences) else ""
            if _GOES_ON.search(following) and not full.search(following):
                found.append(following)
    return found
