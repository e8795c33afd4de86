"""Specialty names as groups, so "Cardiovascular Disease" is cardiology.

Each group lists the words that name one field across NUCC taxonomy
descriptions (what NPPES returns) and the plain names ratings sites use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

GROUPS: dict[str, tuple[str, ...]] = {
    # NUCC 207RC0001X Clinical Cardiac Electrophysiology, 207RI0011X Interventional Cardiology sit under cardiology.
    "cardiology": (
        "cardiology",
        "cardiologist",
        "cardiovascular",
        "heart",
        "electrophysiology",
        "electrophysiologist",
    ),
    "dermatology": ("dermatology", "dermatologist", "skin", "mohs"),
    "family_medicine": ("family medicine", "family practice", "family physician", "general practice"),
    "internal_medicine": ("internal medicine", "internist", "hospitalist", "hospital medicine"),
    "pediatrics": (
        "pediatrics",
        "pediatric",
        "pediatrician",
        "paediatrics",
        "neonatal",
        "neonatology",
        "neonatologist",
    ),
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
        # NUCC 207VM0101X Maternal & Fetal Medicine sits under Obstetrics & Gynecology; its doctors say perinatologist.
        "maternal & fetal",
        "maternal and fetal",
        "maternal-fetal",
        "maternal fetal",
        "perinatology",
        "perinatologist",
        "high-risk pregnancy",
        "high-risk pregnancies",
        "high risk pregnancy",
    ),
    "orthopedics": ("orthopaedic", "orthopaedics", "orthopedic", "orthopedics", "sports medicine"),
    "psychiatry": ("psychiatry", "psychiatrist"),
    # NUCC 2084N0008X Neuromuscular Medicine sits under Psychiatry & Neurology.
    "neurology": ("neurology", "neurologist", "neuromuscular"),
    "oncology": ("oncology", "oncologist", "hematology", "hematologist", "heme/onc", "hem/onc", "heme-onc", "hem-onc"),
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
        "brain injury medicine",  # a PM&R subspecialty, which the NPI registry lists under PM&R
        # NUCC 2081S0010X Spinal Cord Injury Medicine, under PM&R: its doctors run a hospital's "spinal cord injury
        # program" or "unit", and say so rather than "physiatrist".
        "spinal cord injury",
    ),
    "allergy": ("allergy", "immunology", "allergist"),
    # NUCC 207YX0007X Laryngology, 207YX0901X Otology & Neurotology, 207YX0905X Otolaryngic Allergy (rhinology).
    "otolaryngology": (
        "otolaryngology",
        "ent",
        "ear, nose",
        "laryngology",
        "laryngologist",
        "otology",
        "otologist",
        "neurotology",
        "neurotologist",
        "rhinology",
        "rhinologist",
    ),
    "dentistry": ("dentistry", "dentist", "dental", "orthodontics", "orthodontist", "endodontics", "periodontics"),
    "optometry": ("optometry", "optometrist"),
    "podiatry": ("podiatry", "podiatrist", "foot and ankle"),
    "chiropractic": ("chiropractic", "chiropractor"),
    # ABMS fields the groups above lacked (NUCC lists each under its board's taxonomy).
    "infectious_disease": ("infectious disease", "infectious diseases", "infectiologist"),
    "geriatrics": ("geriatric medicine", "geriatrics", "geriatrician"),
    "pathology": ("pathology", "pathologist"),
    # NUCC specialisations (taxonomy code set, nucc.org; Allopathic & Osteopathic Physicians) that the
    # groups above read as their parent only or not at all, with the words patients and pages use for them.
    # Codes checked 2026-11-30 against public copies of the code set's table (code, classification,
    # specialization) in other projects' NPPES loaders: 207RS0012X Internal Medicine/Sleep Medicine,
    # 2086S0129X Surgery/Vascular Surgery, 208VP0000X Pain Medicine and 208VP0014X Interventional Pain
    # Medicine, 207RA0401X Internal Medicine/Addiction Medicine, 208C00000X Colon & Rectal Surgery.
    # Multi-word where one word is also a surname or an everyday word ("Pain", "Sleep").
    "sleep_medicine": (  # 207RS0012X, 207QS1201X, 2084S0012X, 2080S0012X, 207YS0012X
        "sleep medicine",
        "sleep specialist",
        "sleep physician",
        "sleep doctor",
        "sleep disorders medicine",
        "somnologist",
    ),
    "critical_care": ("critical care", "intensivist", "intensive care medicine"),  # 207RC0200X, 207LC0200X ...
    "palliative": ("palliative", "hospice"),  # 207RH0002X, 207QH0002X ... Hospice & Palliative Medicine
    # 208VP0000X, 208VP0014X
    "pain_medicine": ("pain medicine", "pain management", "pain specialist", "interventional pain"),
    "addiction_medicine": ("addiction medicine", "addiction psychiatry", "addiction specialist"),  # 207RA0401X
    "vascular": (  # 2086S0129X Vascular Surgery; 202K00000X Phlebology
        "vascular surgery",
        "vascular surgeon",
        "endovascular",
        "phlebology",
        "phlebologist",
        "vein specialist",
        "vein care",
        "vein doctor",
    ),
    "plastic_surgery": ("plastic surgery", "plastic surgeon", "plastic and reconstructive", "cosmetic surgery"),
    "neurosurgery": ("neurological surgery", "neurosurgery", "neurosurgeon"),  # 207T00000X
    "thoracic_surgery": ("thoracic surgery", "thoracic surgeon", "cardiothoracic"),  # 208G00000X
    "colorectal": ("colon & rectal", "colon and rectal", "colorectal", "proctology", "proctologist"),  # 208C00000X
    "nuclear_medicine": ("nuclear medicine",),  # 207U00000X
    "genetics": ("medical genetics", "clinical genetics", "geneticist"),  # 207SG0201X
    # 2083...; aerospace medicine was aviation medicine until the 1950s, and its doctors still say so
    "preventive_medicine": ("preventive medicine", "occupational medicine", "aerospace medicine", "aviation medicine"),
    # 207RB0002X, 207QB0002X, 2080B0002X, 2084B0002X Obesity Medicine (under internal, family and pediatric medicine
    # and psychiatry & neurology); its doctors and patients say "weight-loss doctor", "medical weight loss".
    "obesity_medicine": (
        "obesity medicine",
        "obesity specialist",
        "bariatric medicine",
        "bariatrician",
        "weight loss doctor",
        "weight-loss doctor",
        "weight loss doc",
        "weight-loss doc",
        "weight loss specialist",
        "weight-loss specialist",
        "medical weight loss",
        "weight management",
    ),
}

# A specialisation sits under the fields whose boards certify it (NUCC lists sleep medicine under internal
# medicine, family medicine, psychiatry & neurology, pediatrics and otolaryngology): a page saying "sleep
# medicine" of a registry record reading "Internal Medicine" is not a different field. Only the
# not-different test widens; agreement still needs the same group.
WITHIN: dict[str, frozenset[str]] = {
    "sleep_medicine": frozenset(
        {
            "internal_medicine",
            "family_medicine",
            "psychiatry",
            "neurology",
            "pediatrics",
            "otolaryngology",
            "pulmonology",
            "anesthesiology",
        }
    ),
    "critical_care": frozenset(
        {"internal_medicine", "pulmonology", "anesthesiology", "surgery", "pediatrics", "emergency", "neurology"}
    ),
    "palliative": frozenset(
        {
            "internal_medicine",
            "family_medicine",
            "oncology",
            "pediatrics",
            "geriatrics",
            "anesthesiology",
            "emergency",
            "psychiatry",
            "neurology",
            "physiatry",
            "surgery",
            "obgyn",
            "radiology",
        }
    ),
    "pain_medicine": frozenset({"anesthesiology", "physiatry", "neurology", "psychiatry", "family_medicine"}),
    "addiction_medicine": frozenset(
        {"psychiatry", "family_medicine", "internal_medicine", "preventive_medicine", "emergency"}
    ),
    "vascular": frozenset(
        {"surgery", "radiology", "internal_medicine", "cardiology", "dermatology", "family_medicine"}
    ),
    "plastic_surgery": frozenset({"surgery", "otolaryngology", "dermatology"}),
    "neurosurgery": frozenset({"surgery", "neurology"}),
    "thoracic_surgery": frozenset({"surgery", "cardiology"}),
    "colorectal": frozenset({"surgery", "gastroenterology"}),
    "nuclear_medicine": frozenset({"radiology"}),
    "genetics": frozenset({"pediatrics", "obgyn", "pathology", "internal_medicine"}),
    "preventive_medicine": frozenset({"family_medicine", "internal_medicine", "emergency"}),
    "obesity_medicine": frozenset({"internal_medicine", "family_medicine", "pediatrics", "psychiatry", "neurology"}),
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

# The fields as clinicians clip them in a bio, a staff list or a post ("peds endo", "derm", "heme/onc"), and the
# subspecialties whose one word names two boards (NUCC lists dermatopathology under dermatology and under pathology,
# transplant hepatology under internal medicine, certified by the gastroenterology board). Only clippings no family
# name or everyday word shares: "Endo" is a Japanese family name, so only "peds endo" and "endocrine" say the field.
_CLIPPED: dict[str, tuple[str, ...]] = {
    "pediatrics": ("peds", "paeds", "pedi"),
    "endocrinology": ("endocrine", "peds endo", "paeds endo", "pediatric endo"),
    "dermatology": ("derm", "dermatopathology", "dermatopathologist", "dermpath"),
    "pathology": ("dermatopathology", "dermatopathologist", "dermpath", "neuropathology", "hematopathology"),
    "gastroenterology": ("gastro", "hepatology", "hepatologist"),
    "orthopedics": ("ortho surgeon", "ortho surgery", "orthopod"),
    "rheumatology": ("rheum", "rheumatologic"),
    "pulmonology": ("pulm", "pulm/crit", "pulmcrit"),
    "nephrology": ("nephro",),
    "neurology": ("neuro",),
    "oncology": ("onc", "heme", "medical oncology"),
    "psychiatry": ("psych",),
    "urology": ("uro",),
    "obgyn": ("gyn", "ob/gyn"),
    "radiology": ("rads", "neuroradiology", "neuroradiologist"),
}
for _group, _words in _CLIPPED.items():
    GROUPS[_group] = (*GROUPS[_group], *_words)

# The fields as patients and doctors' own accounts name them by the organ or the complaint ("headache doc on
# TikTok", "your friendly eye doctor", "kidney doc, mom of 3"), and the subspecialties whose boards sit under one
# field (UCNS Headache Medicine, ABPN Epilepsy and Clinical Neurophysiology: neurology; NUCC 2084N0600X). Only
# with "doc", "doctor" or "specialist" after the word, or as the subspecialty's name: "cancer" or "eye" alone is
# a gala's or a poem's word, and a field read from it would be a false "different field".
_EVERYDAY: dict[str, tuple[str, ...]] = {
    "neurology": (
        "headache medicine",
        "headache doc",
        "headache doctor",
        "headache specialist",
        "migraine doc",
        "migraine doctor",
        "migraine specialist",
        "epilepsy doc",
        "epilepsy doctor",
        "epilepsy specialist",
        "epileptologist",
        "clinical neurophysiology",
        "neurophysiologist",
        "stroke doc",
        "stroke specialist",
    ),
    "ophthalmology": ("eye doc", "eye doctor", "eye surgeon", "eye specialist"),
    "nephrology": ("kidney doc", "kidney doctor", "kidney specialist"),
    "oncology": ("cancer doc", "cancer doctor", "cancer specialist"),
    "pulmonology": ("lung doc", "lung doctor", "lung specialist"),
    "gastroenterology": ("gut doc", "gut doctor", "stomach doctor", "liver doctor", "liver specialist"),
    "pediatrics": ("kid doc", "kids doc", "kids' doc", "kiddo doc", "children's doctor"),
    "podiatry": ("foot doc", "foot doctor"),
    "orthopedics": ("bone doc", "bone doctor", "bones doc", "kids' bones", "kids bones", "peds ortho", "pedsortho"),
    "sleep_medicine": ("sleep doc",),
    "pain_medicine": ("pain doc",),
    "obgyn": ("fertility doc", "fertility doctor", "fertility specialist"),
    "allergy": ("allergies & asthma", "allergy doc", "allergy doctor"),
}
for _group, _words in _EVERYDAY.items():
    GROUPS[_group] = (*GROUPS[_group], *_words)

# Capitals that name a field only as a field's value (a staff list's "Specialty: IM", a headline's "EM - Denver"),
# never in running text ("99.5 FM", "an IM injection", "your ID"): Wikipedia, "Specialty (medicine)", the table's
# codes, and the "GI" doctor patients are referred to.
_CODES = {"GI": "gastroenterology", "IM": "internal_medicine", "FM": "family_medicine", "EM": "emergency"}
_CODE = re.compile(r"\b(" + "|".join(_CODES) + r")\b")
_FIELD_VALUE = 40  # characters: a field's value, not a sentence


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per group, compiled once: any of its words, not inside a longer word; a doctor's word in the
    plural too, as a thread asks for them ("Hospitalists at St. Mary's", "retina docs", "good neurologists")."""
    return tuple(
        (group, re.compile(r"(?<![a-z])(?:" + "|".join(_word(w) for w in words) + r")(?![a-z])"))
        for group, words in GROUPS.items()
    )


def _word(word: str) -> str:
    return re.escape(word) + ("s?" if word.endswith(_PLURAL) else "")


_PLURAL = ("ist", "ian", "eon", "doc")  # the words for a doctor of a field, which take an "s" for several


@cache
def field_words() -> frozenset[str]:
    """Every word of every field's name in the table, folded ("pediatric", "orthopaedics", "injury"): the words that
    say which field, never which organisation."""
    from footprint.identity import fold

    words = {w for names in GROUPS.values() for n in names for w in fold(n).split()}
    return frozenset(words | {f"{w}s" for w in words if w.endswith(_PLURAL)})


@lru_cache(maxsize=4096)
def groups_of(text: str) -> frozenset[str]:
    """The specialty groups a free-text specialty or taxonomy description belongs to (the same few
    strings come back for every page of a scan: each is looked up once)."""
    low = text.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    found = {group for group, pattern in _patterns() if pattern.search(low)}
    if len(text) <= _FIELD_VALUE:
        found |= {_CODES[m.group(1)] for m in _CODE.finditer(text)}
    return frozenset(found)


def same_specialty(a: str, b: str) -> bool:
    ga, gb = groups_of(a), groups_of(b)
    if ga and gb:
        return bool(ga & gb)
    return a.strip().lower() == b.strip().lower()


def different_specialty(a: str, b: str) -> bool:
    """True only when both are recognised and share no group (unknown is not different)."""
    ga, gb = groups_of(a), groups_of(b)
    return bool(ga and gb and not widened(ga) & widened(gb))


def widened(groups: frozenset[str]) -> frozenset[str]:
    """``groups`` with the fields each specialisation sits under (for the not-different test only)."""
    return groups.union(*(WITHIN.get(g, frozenset()) for g in groups))


# Shorthand newsrooms, forums and blogs use for a field ("our ER attending", "OB here"), in capitals only.
SHORTHAND = {
    "ER": "emergency",
    "ED": "emergency",
    "OB": "obstetrics",
    "L&D": "obstetrics",  # labor and delivery: "a 24 on L&D"
    "MFM": "obstetrics",  # maternal-fetal medicine
    "GI": "gastroenterology",
    "ENT": "ent",
    # The units children's doctors work in, as parents and the doctors themselves write them ("our weeks in the
    # NICU", "rounds in the PICU"): neonatal and paediatric intensive care, both paediatrics.
    "NICU": "neonatal",
    "PICU": "pediatric",
}
SHORT = re.compile(r"\b(" + "|".join(SHORTHAND) + r")\b")


def shorthand_fields(text: str) -> list[str]:
    """The fields ``text`` names in shorthand, as words ("OB here" → ["obstetrics"])."""
    return [SHORTHAND[m.group(1)] for m in SHORT.finditer(text)]


# The organ or the patients an account's title names its field by ("Dr. Frankie | kid kidneys on TikTok", "tiny
# hearts", "bones & braces"): only in the line an account describes itself with, where the words can mean nothing
# else; in a page's running text "kidneys" is a patient's, not a field.
_ORGANS: dict[str, str] = {
    "kidney": "nephrology", "kidneys": "nephrology", "bone": "orthopedics", "bones": "orthopedics",
    "eye": "ophthalmology", "eyes": "ophthalmology", "lung": "pulmonology", "lungs": "pulmonology",
    "heart": "cardiology", "hearts": "cardiology", "skin": "dermatology", "brain": "neurology",
    "brains": "neurology", "headache": "neurology", "headaches": "neurology", "migraine": "neurology",
    "migraines": "neurology", "tummy": "gastroenterology", "tummies": "gastroenterology", "gut": "gastroenterology",
    "guts": "gastroenterology", "kid": "pediatrics", "kids": "pediatrics", "kiddos": "pediatrics",
    "tiny": "pediatrics", "little": "pediatrics", "baby": "pediatrics", "babies": "pediatrics",
}  # fmt: skip


def account_fields(title: str) -> frozenset[str]:
    """The fields the line an account describes itself with names: ``groups_of`` it, and its organs and patients
    (none for patients alone: "kids, coffee and hiking")."""
    words = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", title.lower()))
    found = {_ORGANS[w] for w in words if w in _ORGANS}
    return groups_of(title) | (frozenset(found) if found - {"pediatrics"} else frozenset())
