"""The field of a doctor a patient's story names by a title and one name, read from the condition or treatment the
story is about: "A T10 para ... Dr. Korhonen sitting on the end of my bed" (a spinal cord injury: physical medicine
and rehabilitation), "home hemo on the NxStage ... Dr. Kulkarni" (dialysis: nephrology), "Eighteen months on
Keytruda ... Dr. Fifita" (oncology). A patient's blog says what it is about more often than what the doctor is.

Only words one field owns (a condition or treatment that field's doctors manage, as its patients write it), only
when every field the story's words name is the subject's, when the mention's own sentence names no field of its
own, and when the story names no second doctor by title (the story's surgeon and its oncologist both "treat the
cancer"). It tells the field, as "kidney doctor" does (``fields``), never a town: "at most possible" stays so
unless the page's town and the registry's answer agree too (``titled.hold``, ``titled.sole_in_field``)."""

from __future__ import annotations

import re
from functools import cache

from footprint.identity import fold
from footprint.match import fields
from footprint.match.strength import Tally
from footprint.models import PersonRecord
from footprint.specialties import groups_of

STORY_WHY = "the story's condition or treatment is the subject's field's"

# Folded words of a condition or treatment, by the specialty group that manages it (``specialties`` names the groups).
_OWNS: dict[str, tuple[str, ...]] = {
    # A spinal cord injury by level ("T10 para", "C5 quad"), as the injured write it.
    "physiatry": (r"[ct]\d{1,2} (?:para|quad|paraplegic|quadriplegic|tetraplegic)", "paraplegic", "quadriplegic",
                  "tetraplegic", "spinal cord injury", "spinal cord injuries"),
    "nephrology": ("dialysis", "hemodialysis", "home hemo", "nxstage", "fistula for dialysis"),
    # The blood cancers and their marrow, which a hematologist-oncologist treats (a child's leukemia journal: "Day 29
    # bone marrow came back"); not "remission", which Crohn's and lupus reach too.
    "oncology": ("chemo", "chemotherapy", "immunotherapy", "keytruda", "opdivo", "stage iv", "scanxiety",
                 "oncologist", "leukemia", "leukaemia", "lymphoma", "myeloma", "bone marrow"),
    # Not "RAI" alone, a family name ("Dr. Rai") and a broadcaster's: "RAI doctor" is ``fields``'s.
    "nuclear_medicine": ("radioactive iodine", "radioiodine"),
    "urology": ("hypospadias", "vasectomy", "kidney stone", "kidney stones"),
    # The scopes and the bowel diseases a gastroenterologist performs and manages (the American College of
    # Gastroenterology's patient pages: "Colonoscopy", "Upper Endoscopy", "Crohn's Disease", "Ulcerative Colitis").
    "gastroenterology": ("colonoscopy", "colonoscopies", "upper endoscopy", "crohn s", "crohns", "ulcerative colitis"),
    "addiction_medicine": ("suboxone", "buprenorphine", "bupe", "methadone clinic", "sublocade"),
    "pediatrics": ("nicu", "preemie", "micro preemie"),
    "ophthalmology": ("cataract", "cataracts", "retinopathy", "macular degeneration", "glaucoma"),
    # A knee or shoulder torn in sport, a joint replaced: what an orthopaedic or sports-medicine clinic treats, as
    # its patients write it (AAOS OrthoInfo's patient pages are named so: "Meniscus Tears", "Rotator Cuff Tears").
    "orthopedics": ("torn meniscus", "meniscus tear", "meniscal tear", "torn acl", "acl tear", "acl reconstruction",
                    "rotator cuff", "knee replacement", "hip replacement"),
    # A birth told by the mother ("birth story" is the genre's own name on parenting blogs), her prenatal visits,
    # her caesarean: the obstetrician's.
    "obgyn": ("birth story", "prenatal visit", "prenatal visits", "c-section", "c section", "cesarean"),
    # Latent tuberculosis and its months of rifampin or isoniazid (CDC's "Treatment for Latent TB Infection"),
    # managed by an infectious-disease or a county TB clinic's doctor.
    "infectious_disease": ("latent tb", "latent tuberculosis", "rifampin", "isoniazid"),
    # The inflammatory joint and connective-tissue diseases a rheumatologist manages (the American College of
    # Rheumatology's patient fact sheets, "Diseases & Conditions"), as a patient or a charity's gala writes them.
    "rheumatology": ("lupus", "rheumatoid arthritis", "juvenile arthritis", "juvenile idiopathic arthritis",
                     "scleroderma", "vasculitis", "psoriatic arthritis", "ankylosing spondylitis"),
}  # fmt: skip
# Fields whose doctors operate, so that a patient calls the doctor "the surgeon" ("The surgeon, Dr. Straughan,
# sat with me" of a glaucoma operation): the word says no other field than the story's.
_OPERATING = frozenset(
    {"ophthalmology", "orthopedics", "urology", "otolaryngology", "obgyn", "neurosurgery", "plastic_surgery",
     "thoracic_surgery", "colorectal", "vascular", "surgery"}
)  # fmt: skip
# A doctor the story names by a title and a name: a second one makes the story's field whose it is unsure.
_TITLED = re.compile(r"\bDr\.?\s+([A-Z][\w-]+)")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((group, re.compile(rf"\b(?:{'|'.join(words)})\b")) for group, words in _OWNS.items())


def named(text: str) -> frozenset[str]:
    """The specialty groups whose conditions or treatments ``text`` names."""
    said = fold(text[:20_000])
    return frozenset(group for group, pattern in _patterns() if pattern.search(said))


def story(
    mine: tuple[str, ...], person: PersonRecord, page_text: str, tally: Tally, *, strong: tuple[str, ...]
) -> None:
    """Add the subject's field to ``tally`` when the story around a titled one-name mention is about a condition
    only the subject's field manages. ``strong``: the reasons that already give the field (then nothing is added)."""
    if not mine or not page_text or any(r.startswith(strong) for r in tally.strong):
        return
    own = person.context.split(" [page: ")[0]
    ours = frozenset().union(*(groups_of(m) for m in mine))
    told = groups_of(own) | fields.spoken(own) | frozenset().union(*(groups_of(s) or {s} for s in person.specialties))
    if told and not (told == {"surgery"} and ours & _OPERATING - {"surgery"}):
        return  # "my surgeon, Dr. Roe": the mention says its own field (an eye surgeon's patient says "surgeon" too)
    if len({m.group(1) for m in _TITLED.finditer(page_text[:20_000])}) > 1:
        return
    said = named(page_text)
    if said and said <= ours:
        tally.add(0.1, f"{STORY_WHY}: {sorted(said)[0].replace('_', ' ')}", strong=True)
