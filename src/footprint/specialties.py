"""Specialty names as groups, so "Cardiovascular Disease" is cardiology.

Each group lists the words that name one field across NUCC taxonomy
descriptions (what NPPES returns) and the plain names ratings sites use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

GROUPS: dict[str, tuple[str, ...]] = {
    "cardiology": ("cardiology", "cardiologist", "cardiovascular", "heart"),
    "dermatology": ("dermatology", "dermatologist", "skin", "mohs"),
    "family_medicine": ("family medicine", "family practice", "family physician", "general practice"),
    "internal_medicine": ("internal medicine", "internist", "hospitalist"),
    "pediatrics": ("pediatrics", "pediatric", "pediatrician", "paediatrics", "neonatal"),
    "obgyn": (
        "obstetrics",
        "gynecology",
        "ob/gyn",
        "ob-gyn",
        "ob gyn",
        "obgyn",
        "gynecologist",
        "obstetrician",
        "labor and delivery",
        "labor ward",
        "labour ward",
        "maternity ward",
    ),
    "orthopedics": ("orthopaedic", "orthopedic", "orthopedics", "sports medicine"),
    "psychiatry": ("psychiatry", "psychiatrist"),
    "neurology": ("neurology", "neurologist"),
    "oncology": ("oncology", "oncologist", "hematology"),
    "radiology": ("radiology", "radiologist"),
    "anesthesiology": ("anesthesiology", "anesthesiologist", "anaesthesia"),
    "emergency": ("emergency medicine", "emergency"),
    "surgery": ("general surgery", "surgeon", "surgery"),
    # An eye surgeon's page names the subspecialty ("Retina & Cataract Surgery"): each is ophthalmology.
    "ophthalmology": (
        "ophthalmology",
        "ophthalmologist",
        "retina",
        "retinal",
        "vitreoretinal",
        "cataract",
        "glaucoma",
        "cornea",
        "corneal",
        "oculoplastic",
        "oculoplastics",
        "uveitis",
        "strabismus",
    ),
    "urology": ("urology", "urologist", "urologic"),
    "gastroenterology": ("gastroenterology", "gastroenterologist"),
    "endocrinology": ("endocrinology", "endocrinologist", "diabetes"),
    "pulmonology": ("pulmonary", "pulmonology", "pulmonologist"),
    "nephrology": ("nephrology", "nephrologist"),
    "rheumatology": ("rheumatology", "rheumatologist"),
    # NUCC's "Physical Medicine & Rehabilitation"; doctors in it call themselves physiatrists or "PM&R".
    "physiatry": (
        "physical medicine",
        "physiatry",
        "physiatrist",
        "pm&r",
        "pm & r",
        "rehabilitation medicine",
        "rehab medicine",
        "rehab doc",
        "rehab physician",
    ),
    "allergy": ("allergy", "immunology", "allergist"),
    "otolaryngology": ("otolaryngology", "ent", "ear, nose"),
    "dentistry": ("dentistry", "dentist", "dental", "orthodontics", "orthodontist", "endodontics", "periodontics"),
    "optometry": ("optometry", "optometrist"),
    "podiatry": ("podiatry", "podiatrist", "foot and ankle"),
    "chiropractic": ("chiropractic", "chiropractor"),
    # ABMS fields the groups above lacked (NUCC lists each under its board's taxonomy).
    "infectious_disease": ("infectious disease", "infectious diseases", "infectiologist"),
    "geriatrics": ("geriatric medicine", "geriatrics", "geriatrician"),
    "pathology": ("pathology", "pathologist"),
}


# The same fields as Spanish-language pages write them (a US Hispanic paper quoting "la doctora ..., médica
# familiar"); accents are folded before comparing, so each is listed once, unaccented.
_SPANISH: dict[str, tuple[str, ...]] = {
    "family_medicine": ("medicina familiar", "medica familiar", "medico familiar", "medicina de familia"),
    "internal_medicine": ("medicina interna", "internista"),
    "pediatrics": ("pediatra", "pediatria"),
    "obgyn": ("ginecologa", "ginecologo", "ginecologia", "obstetra", "obstetricia"),
    "cardiology": ("cardiologa", "cardiologo", "cardiologia"),
    "dermatology": ("dermatologa", "dermatologo", "dermatologia"),
    "emergency": ("medicina de emergencia", "urgencias"),
    "oncology": ("oncologa", "oncologo", "oncologia"),
    "ophthalmology": ("oftalmologa", "oftalmologo", "oftalmologia"),
    "urology": ("urologa", "urologo", "urologia"),
    "psychiatry": ("psiquiatra", "psiquiatria"),
}
for _group, _words in _SPANISH.items():
    GROUPS[_group] = (*GROUPS[_group], *_words)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per group, compiled once: any of its words, not inside a longer word."""
    return tuple(
        (group, re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])"))
        for group, words in GROUPS.items()
    )


@lru_cache(maxsize=4096)
def groups_of(text: str) -> frozenset[str]:
    """The specialty groups a free-text specialty or taxonomy description belongs to (the same few
    strings come back for every page of a scan: each is looked up once)."""
    low = text.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return frozenset(group for group, pattern in _patterns() if pattern.search(low))


def same_specialty(a: str, b: str) -> bool:
    ga, gb = groups_of(a), groups_of(b)
    if ga and gb:
        return bool(ga & gb)
    return a.strip().lower() == b.strip().lower()


def different_specialty(a: str, b: str) -> bool:
    """True only when both are recognised and share no group (unknown is not different)."""
    ga, gb = groups_of(a), groups_of(b)
    return bool(ga and gb and not ga & gb)


# Shorthand newsrooms, forums and blogs use for a field ("our ER attending", "OB here"), in capitals only.
SHORTHAND = {"ER": "emergency", "ED": "emergency", "OB": "obstetrics", "GI": "gastroenterology", "ENT": "ent"}
SHORT = re.compile(r"\b(" + "|".join(SHORTHAND) + r")\b")


def shorthand_fields(text: str) -> list[str]:
    """The fields ``text`` names in shorthand, as words ("OB here" → ["obstetrics"])."""
    return [SHORTHAND[m.group(1)] for m in SHORT.finditer(text)]
