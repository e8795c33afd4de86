"""Warm a long-lived worker before its first subject.

A scan imports its later stages on a side thread and compiles its word
lists and patterns on first use (:mod:`footprint.pipeline`), which keeps a
one-off ``footprint scan`` quick to start. A ``footprint worker`` lives for
hours and scans thousands of subjects, so it pays that once at start
instead: :func:`warm_up` imports the stages and reads, matches and assesses
three small pages of its own (a ratings profile with JSON-LD, a news story,
a people-search record), offline. Until it has, the worker takes no
subject, so the first subject is as quick as the rest.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from footprint.models import Extracted, Identity, Match, Page, PageKind, Probe, ProbePurpose, ProbeSource

log = logging.getLogger(__name__)

_PROFILE = """<!doctype html><html><head><title>Dr. Wren Q. Ashdown, MD - Dermatology - Salem, OR</title>
<meta property="og:title" content="Dr. Wren Q. Ashdown, MD">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Physician",
"name": "Wren Q. Ashdown, MD", "medicalSpecialty": "Dermatology", "telephone": "(503) 555-0142",
"address": {"@type": "PostalAddress", "streetAddress": "12 Orchard Row", "addressLocality": "Salem",
"addressRegion": "OR", "postalCode": "97301"},
"aggregateRating": {"@type": "AggregateRating", "ratingValue": "2.1", "reviewCount": "9"}}</script>
</head><body><h1>Dr. Wren Q. Ashdown, MD</h1><p>Dermatology in Salem, OR</p>
<div class="review"><span class="rating">1 out of 5</span><p>Waited two hours and was rushed out.</p></div>
</body></html>"""

_ARTICLE = """<!doctype html><html><head><title>Salem clinic opens a second office</title>
<meta name="description" content="Dermatologist Wren Ashdown of Salem talks about the new office."></head>
<body><article><h1>Salem clinic opens a second office</h1><p class="byline">By a staff writer, March 3, 2025</p>
<p>Dr. Wren Ashdown, a dermatologist in Salem, Oregon, said the new office will open in May.</p>
<p>Ashdown, who lives on Birch Hollow Lane with her husband Tomas and their daughter Ivy, said weekend
hours were the most requested change.</p><p>"Patients asked for it," she said.</p></article></body></html>"""

_RECORD = """<!doctype html><html><head><title>Wren Ashdown, Age 47 - Salem, OR</title></head><body>
<div class="person"><h2>Wren Q Ashdown, 47</h2><div>Lives in: Salem, OR</div>
<div>Current Address: 88 Birch Hollow Ln, Salem, OR 97302</div><div>Phone: (503) 555-0177</div>
<div>Related to: Tomas Ashdown, Ivy Ashdown</div><div>Email: wren.ashdown@example.com</div></div></body></html>"""

PAGES = (
    ("https://ratings.example/doctor/wren-ashdown", PageKind.RATINGS_PROFILE, _PROFILE),
    ("https://news.example/2025/03/salem-clinic", PageKind.NEWS, _ARTICLE),
    ("https://people.example/name/wren-ashdown/salem-or", PageKind.PEOPLE_SEARCH, _RECORD),
)


@dataclass(frozen=True)
class WarmUp:
    pages: int  # pages read
    matched: int  # of them judged the subject's
    findings: int
    seconds: float


def warm_up() -> WarmUp:
    """Import and exercise reading, matching and assessing, offline; what it did, for the worker's log."""
    started = time.monotonic()
    from footprint import pipeline

    pipeline.warm_stages()
    from footprint import assess
    from footprint.assess.detectors.base import compile_word_lists
    from footprint.extract import extract
    from footprint.identity import make_subject, name_variants
    from footprint.match import match

    compile_word_lists()  # the pages below need only some of them
    subject = make_subject("Wren Q. Ashdown, MD", specialty="Dermatology", city="Salem", state="OR")
    who = Identity(subject, name_variants(subject))
    read: list[Extracted] = []
    for url, kind, body in PAGES:
        probe = Probe("", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
        read.append(extract(Page(probe, 200, body, "text/html; charset=utf-8", url), None))
    matches = [Match(page, match(who, page)) for page in read]
    findings = assess.assess(who, matches, {})
    done = WarmUp(len(read), sum(m.result.decision.is_match for m in matches), len(findings),
                  time.monotonic() - started)  # fmt: skip
    log.debug("warmed up in %.2f s: %d pages read, %d matched, %d findings", done.seconds, done.pages,
              done.matched, done.findings)  # fmt: skip
    return done
