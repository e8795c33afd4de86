"""Detectors: one small function per finding category, in modules named by what they read.

A page detector takes the context and one matched page; a site detector
takes every matched page, for what only shows across pages (negative
reviews grouped per site, listings against the NPI record, duplicates,
payments against the subject's disclosures, reviewers among friends). A
category may have one of each.
"""

from __future__ import annotations

from footprint.assess.detectors.accounts import impersonation, personal_profile_public
from footprint.assess.detectors.base import Context, PageDetector, SiteDetector, street_key
from footprint.assess.detectors.birthdays import birth_date
from footprint.assess.detectors.complaints import thread_complaint
from footprint.assess.detectors.family import family_information
from footprint.assess.detectors.listings import duplicate_or_unclaimed_profile, listing_inconsistency
from footprint.assess.detectors.paid_role import promoted_or_endorsed
from footprint.assess.detectors.patients import (
    boundary_violation,
    patient_information,
    patients_among_friends,
    review_reply_risk,
)
from footprint.assess.detectors.people import home_address, personal_email, personal_phone
from footprint.assess.detectors.photos import location_exposure, substance_imagery, tagged_photo
from footprint.assess.detectors.posts import offensive_content, online_medical_advice, personal_comment
from footprint.assess.detectors.records import disciplinary_action, undisclosed_conflict
from footprint.assess.detectors.reviews import negative_review

PAGE_DETECTORS: dict[str, PageDetector] = {
    "home_address": home_address,
    "personal_phone": personal_phone,
    "personal_email": personal_email,
    "family_information": family_information,
    "birth_date": birth_date,
    "tagged_photo": tagged_photo,
    "substance_imagery": substance_imagery,
    "location_exposure": location_exposure,
    "personal_comment": personal_comment,
    "offensive_content": offensive_content,
    "online_medical_advice": online_medical_advice,
    "patient_information": patient_information,
    "boundary_violation": boundary_violation,
    "review_reply_risk": review_reply_risk,
    "impersonation": impersonation,
    "personal_profile_public": personal_profile_public,
    "disciplinary_action": disciplinary_action,
    "undisclosed_conflict": promoted_or_endorsed,
    "negative_review": thread_complaint,
}
SITE_DETECTORS: dict[str, SiteDetector] = {
    "negative_review": negative_review,
    "listing_inconsistency": listing_inconsistency,
    "duplicate_or_unclaimed_profile": duplicate_or_unclaimed_profile,
    "undisclosed_conflict": undisclosed_conflict,
    "boundary_violation": patients_among_friends,
}

__all__ = ["PAGE_DETECTORS", "SITE_DETECTORS", "Context", "street_key"]
