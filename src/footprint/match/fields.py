"""A field written as patients say it: the body part or the patient group, then "doctor" or "surgeon".

"Kidney doctor 38 yrs", "our lung specialist", "a children's doctor", "anesthesia resident": a bio, a
caption or a story names the field by what the doctor treats, not by the board's word. Only that form
counts (a body part alone is anyone's: "a kidney donor", "heart of the community"), and only for
agreement with the subject's own field, never against it.
"""

from __future__ import annotations

import re
from functools import cache

from footprint.identity import fold

# What a field treats, as the specialty groups of ``footprint.specialties`` name the fields.
TREATS: dict[str, tuple[str, ...]] = {
    "nephrology": ("kidney", "kidneys", "renal", "dialysis"),
    "cardiology": ("heart",),
    "dermatology": ("skin",),
    "pulmonology": ("lung", "lungs", "breathing"),
    "neurology": ("brain", "nerve", "nerves", "headache", "epilepsy", "stroke"),
    "ophthalmology": ("eye", "eyes"),
    "orthopedics": ("bone", "bones", "joint", "joints", "knee", "hip", "spine", "sports"),
    "gastroenterology": ("stomach", "gut", "liver", "digestive", "colon"),
    "oncology": ("cancer", "blood cancer", "tumor", "tumour"),
    # Adolescent medicine's own doctors call themselves "teen doc" ("Teen doc here", "the teen health doctor").
    "pediatrics": ("children's", "childrens", "kids", "kid", "peds", "paeds", "teen", "teens", "teen health"),
    "obgyn": ("women's", "womens", "pregnancy", "baby catching"),
    "endocrinology": ("hormone", "thyroid", "diabetes"),
    "anesthesiology": ("anesthesia", "anaesthesia", "gas"),
    "psychiatry": ("mental health", "psych"),
    "urology": ("bladder", "prostate"),
    "rheumatology": ("arthritis", "lupus", "autoimmune"),
    # The group is "otolaryngology", as ``specialties`` names it (an "ent" key here matched no subject's field).
    "otolaryngology": ("ear nose and throat", "ear nose throat", "sinus", "ent"),
    "emergency": ("er", "emergency room"),
    # What the doctor is for, as patients and doctors say it ("sleep doc here", "my pain doctor", "our family doc",
    # "addiction doc", "the foot doctor", "a vein specialist", "ICU doc", "hospice doctor").
    "sleep_medicine": ("sleep",),
    "pain_medicine": ("pain",),
    # Addiction medicine as its doctors call their work: "recovery doc", "harm reduction doctor", "substance use MD".
    "addiction_medicine": ("addiction", "recovery", "harm reduction", "substance use", "suboxone"),
    "allergy": ("allergy", "allergies"),
    "family_medicine": ("family",),
    "podiatry": ("foot", "feet"),
    "vascular": ("vein", "veins", "vascular"),
    "critical_care": ("icu",),
    "palliative": ("hospice", "palliative"),
    # Occupational medicine as its doctors say it: "occ med doc", "the DOT doctor" (the transport department's
    # driver physicals), "occupational health physician".
    # What it treats, as its doctors and their patients say it: "work injury doc", "the workers' comp doctor".
    "preventive_medicine": (
        "occ med",
        "occupational",
        "occupational health",
        "dot",
        "work injury",
        "work injuries",
        "workplace injury",
        "on the job injury",
        "workers comp",
        "workers' comp",
        "workers compensation",
    ),
    # The treatment only nuclear medicine gives, as thyroid patients name its doctor: "RAI doctor", "the
    # radioactive iodine doctor" (radioiodine for an overactive thyroid or after thyroid cancer surgery).
    "nuclear_medicine": ("rai", "radioactive iodine", "radioiodine", "nuclear"),
}
_ROLE = r"(?:doctor|doctors|doc|specialist|surgeon|physician|md|resident|fellow|attending)"
# Fields written as "<what it is for> medicine" by their own doctors, where no board's name is ("recovery medicine"
# for addiction medicine): a body part before "medicine" is a patient's pills ("my heart medicine"), never counted.
AS_MEDICINE: dict[str, tuple[str, ...]] = {"addiction_medicine": ("recovery", "harm reduction", "substance use")}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Two fields may stand together before the role ("peds ER doc", "kids heart surgeon"): each is said.
    every = "|".join(re.escape(fold(w)) for words in TREATS.values() for w in words)
    return tuple(
        (group, re.compile(rf"\b(?:{'|'.join(re.escape(fold(w)) for w in words)})\s+(?:(?:{every})\s+)?{_ROLE}\b"))
        for group, words in TREATS.items()
    )


def spoken(text: str) -> frozenset[str]:
    """The specialty groups ``text`` names as "<what it treats> doctor" ("kidney doctor": nephrology), or by the
    procedures it calls its writer's own, many of them ("Tom Pike is covering my vasectomies")."""
    said = fold(text)
    named = {g for g, words in AS_MEDICINE.items() if re.search(rf"\b(?:{'|'.join(words)})\s+medicine\b", said)}
    mine = {g for g, words in _OWN_PROCEDURES.items() if re.search(rf"\bmy\s+(?:{'|'.join(words)})\b", said)}
    parts = [m.group("part") or m.group("inside") for m in _OPERATES.finditer(said)]
    cut = {_OPERATED[p] for p in parts if p in _OPERATED}
    return frozenset(group for group, pattern in _patterns() if pattern.search(said)) | named | mine | cut


# A surgeon's work told by the part of the body they operate on, as a friend writes it: "she operates on ovaries all
# week", "spends her weekdays inside people's skulls". Only the surgical fields, and only the parts one field operates
# on; "operates on" a schedule, a budget or a hunch names no part.
_OPERATED: dict[str, str] = {
    "ovaries": "obgyn", "ovary": "obgyn", "uteruses": "obgyn", "wombs": "obgyn",
    "skulls": "neurosurgery", "brains": "neurosurgery", "spines": "neurosurgery",
    "hearts": "thoracic_surgery", "lungs": "thoracic_surgery",
    "knees": "orthopedics", "hips": "orthopedics", "shoulders": "orthopedics",
    "eyes": "ophthalmology", "retinas": "ophthalmology", "cataracts": "ophthalmology",
    "colons": "colorectal", "sinuses": "otolaryngology", "tonsils": "otolaryngology", "prostates": "urology",
}  # fmt: skip
_OPERATES = re.compile(
    r"\b(?:operates?|operating|operated|cuts|cutting)\s+on\s+(?:(?:people|kids|children|women|men|patients)\s+s?\s*)?"
    r"(?P<part>[a-z]+)"
    r"|\binside\s+(?:people|kids|children|women|men|patients)\s+s?\s*(?P<inside>[a-z]+)"
)


# The hospital unit a person runs or works in, as a story introduces a doctor: "Dr. Tess Quackenbush, who directs the
# medical ICU", "head of the NICU", "works in the ER", or as they say it of themself ("I run an occupational health
# clinic"). Each unit is one field's; "the clinic" or "the hospital" is
# anyone's, so only the units named here count (compared folded: "L&D" is "l d"). A nurse runs a unit too: this
# agrees with a physician's field (``unit_worked``) and never presents anyone as a physician.
_UNIT_ROLE = (
    r"(?:directs|directed|runs|ran|leads|led|heads|headed|oversees|oversaw|manages|managed|(?:medical )?director of"
    r"|chief of|head of|works in|worked in|attending in|i run|i direct|i lead|i head|i manage|i own)"
)
_WHOSE = r"(?:the|our|its|their|his|her|my|an?)"
_UNIT_KIND = r"(?:(?:medical|surgical|pediatric|neonatal|cardiac|adult|new|busy)\s+)?"
_UNITS: dict[str, tuple[str, ...]] = {
    "critical_care": ("icu", "micu", "sicu", "intensive care unit", "critical care unit"),
    "pediatrics": ("nicu", "picu", "newborn nursery"),
    "emergency": ("er", "ed", "emergency department", "emergency room"),
    "cardiology": ("cath lab", "ccu", "cardiac care unit", "heart failure clinic"),
    "nephrology": ("dialysis unit", "dialysis center", "kidney transplant program"),
    "sleep_medicine": ("sleep lab", "sleep center"),
    "obgyn": ("labor and delivery", "l d", "birth center", "maternity ward"),
    "psychiatry": ("psych ward", "psychiatric unit", "inpatient psychiatry unit"),
    "neurology": ("stroke unit", "stroke center", "epilepsy center", "epilepsy monitoring unit"),
    # "I run an occupational health clinic off 273": a reader's comment saying whose clinic it is.
    "preventive_medicine": (
        "occupational health clinic",
        "occupational medicine clinic",
        "occ med clinic",
        "occ health clinic",
        "work injury clinic",
    ),
}


def unit_worked(text: str) -> frozenset[str]:
    """The specialty groups of the hospital units ``text`` says a person runs or works in ("directs the medical ICU":
    critical care)."""
    said = fold(text)
    return frozenset(group for group, pattern in _unit_patterns() if pattern.search(said))


@cache
def _unit_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (group, re.compile(rf"\b{_UNIT_ROLE}\s+{_WHOSE}\s+{_UNIT_KIND}(?:{'|'.join(units)})\b"))
        for group, units in _UNITS.items()
    )


# A field's procedures in the plural after "my": only the doctor who performs them has many ("covering my vasectomies",
# "booked solid with my colonoscopies"); a patient's is one ("my colonoscopy is Tuesday").
_OWN_PROCEDURES: dict[str, tuple[str, ...]] = {
    "urology": ("vasectomies", "vasectomy patients", "prostatectomies", "cystoscopies"),
    "gastroenterology": ("colonoscopies", "endoscopies", "scopes"),
    "obgyn": ("c sections", "cesareans", "deliveries", "hysterectomies"),
    "ophthalmology": ("cataract surgeries", "cataracts", "lasik patients"),
    "otolaryngology": ("tonsillectomies", "ear tubes cases"),
    "orthopedics": ("knee replacements", "hip replacements", "acls"),
}


# The patients a physician's own words say they care for ("I spend my days with children", "every summer I admit
# toddlers", "twenty-five years taking care of teenagers"): the field whose patients they are. Children are also a
# teacher's and a parent's, so this counts only for a person the page gives a physician's degree ("M.E.H., M.D.").
_CARE = (
    r"(?:care for|caring for|cared for|take care of|taking care of|took care of|look after|looking after|treat|treating"
    r"|treated|admit|admitting|admitted|spend my days with|spent my days with|spend my nights with)"
)
_CARED_FOR: dict[str, tuple[str, ...]] = {
    "pediatrics": ("children", "kids", "toddlers", "babies", "infants", "newborns", "preemies", "teenagers", "teens",
                   "adolescents"),
    "geriatrics": ("seniors", "the elderly", "elderly patients", "older adults", "nursing home residents"),
}  # fmt: skip
_WHO_CARES = r"\b(?:i|we|i ve|i have|i d|my|our|years?|decades?|career)\b"


@cache
def _cared_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (group, re.compile(rf"{_WHO_CARES}[^.!?]{{0,40}}?\b{_CARE}\s+(?:(?:sick|young|little|these|the)\s+)?"
                           rf"(?:{'|'.join(re.escape(w) for w in words)})\b"))
        for group, words in _CARED_FOR.items()
    )  # fmt: skip


def cared_for(text: str) -> frozenset[str]:
    """The specialty groups whose patients ``text`` says, in the first person, the writer cares for."""
    said = fold(text)
    return frozenset(group for group, pattern in _cared_patterns() if pattern.search(said))
