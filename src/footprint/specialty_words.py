"""The words that name each medical field: NUCC taxonomy descriptions, ratings sites' plain names, Spanish
names, clinicians' clippings and patients' everyday words, as one table of groups (``GROUPS``), and the fields a
specialisation sits under (``WITHIN``). ``footprint.specialties`` reads text with them."""

from __future__ import annotations

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
        # "OB" alone in a doctor's own words: "I'm an OB here in Vegas", "OB here", "ob doc" (bare "ob" is a German
        # word and an obituary's clipping).
        "an ob",
        "ob here",
        "ob doc",
        "ob doctor",
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
        "rehab doctor",
        "rehabilitation doctor",
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
    # "MFM", as the Society for Maternal-Fetal Medicine abbreviates the subspecialty, and "high-risk OB", as its
    # doctors describe themselves; "OB" alone is a German word ("ob": whether) and a place's initials.
    "obgyn": ("gyn", "ob/gyn", "mfm", "high-risk ob", "high risk ob", "ob doc"),
    "radiology": ("rads", "neuroradiology", "neuroradiologist"),
}
for _group, _words in _CLIPPED.items():
    GROUPS[_group] = (*GROUPS[_group], *_words)

# A field named "... medicine" clipped to "med", as doctors write it in a bio ("Nuclear med doc in Wilmington",
# "family med residency", "sports med fellowship"): not pain or sleep, whose "pain med" and "sleep med" are a drug.
_DRUG_MED = ("pain", "sleep")
for _group, _words in list(GROUPS.items()):
    _meds = tuple(
        f"{w.removesuffix(' medicine')} med"
        for w in _words
        if w.endswith(" medicine") and not w.startswith(_DRUG_MED) and len(w.split()) == 2
    )
    GROUPS[_group] = (*GROUPS[_group], *_meds)
GROUPS["orthopedics"] = (*GROUPS["orthopedics"], "ortho doc")

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
