"""Each detector on its own, over the labelled set in tests/data/assess/, and the set as a whole."""

from __future__ import annotations

from collections import Counter

import pytest

from footprint.assess import context
from footprint.assess.detectors import PAGE_DETECTORS, SITE_DETECTORS
from footprint.assess.taxonomy import REMEDIATION_LINK, categories
from footprint.models import Finding
from footprint.report.json_report import schema
from tests.assess_cases import Case, categories_for, findings_for, load_cases, sites

CASES = load_cases()
# variants.yaml was written after the detectors to measure how they generalise;
# its misses show in the bench, so only the other files must be exact.
CORE = [c for c in CASES if c.file != "variants.yaml"]


def run_detector(category: str, case: Case) -> list[Finding]:
    """One detector alone on the case's matched pages."""
    mine = [m for m in case.matches if m.result.decision.is_match]
    ctx = context(case.identity, mine, sites())
    found = list(SITE_DETECTORS[category](ctx, mine)) if category in SITE_DETECTORS else []
    if category in PAGE_DETECTORS:
        found += [f for m in mine for f in PAGE_DETECTORS[category](ctx, m)]
    return found


def _pairs() -> list[tuple[str, Case]]:
    return [(cat, case) for case in CORE for cat in sorted(case.expect | case.near)]


@pytest.mark.parametrize(("category", "case"), _pairs(), ids=lambda x: x if isinstance(x, str) else x.id)
def test_detector_finds_exactly_the_labelled_exposures(category: str, case: Case) -> None:
    found = run_detector(category, case)
    if category in case.expect:
        assert found, f"{category} missed in {case.id}"
        assert all(f.category == category for f in found)
    else:
        assert not found, f"{category} falsely found in {case.id}: {found[0].title}"


def test_every_schema_category_has_a_detector_and_a_taxonomy_entry() -> None:
    enum = set(schema()["properties"]["findings"]["items"]["properties"]["category"]["enum"])
    assert set(categories()) == enum
    assert set(PAGE_DETECTORS) | set(SITE_DETECTORS) == enum
    for cat in categories().values():
        assert cat.description and cat.source and cat.why and cat.remediation.summary
        assert len(cat.remediation.steps) >= 1
        # The fix has a link: the taxonomy's own, or the site definition's key for it.
        assert (cat.remediation.url or "").startswith("https://") or REMEDIATION_LINK.get(cat.name), cat.name


def test_every_category_has_three_positive_and_three_look_alike_fixtures() -> None:
    positives = Counter(c for case in CASES for c in case.expect)
    look_alikes = Counter(c for case in CASES for c in case.near)
    for cat in categories():
        assert positives[cat] >= 3, f"{cat}: {positives[cat]} positive fixtures"
        assert look_alikes[cat] >= 3, f"{cat}: {look_alikes[cat]} look-alike negatives"
    assert not [case.id for case in CASES if case.expect & case.near]


def test_the_labelled_set_meets_the_quality_targets() -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for case in CASES:
        got = categories_for(case)
        tp.update(got & case.expect)
        fp.update(got - case.expect)
        fn.update(case.expect - got)
    total_tp = sum(tp.values())
    assert total_tp / (total_tp + sum(fp.values())) >= 0.9
    assert total_tp / (total_tp + sum(fn.values())) >= 0.9
    for cat in categories():
        assert tp[cat] / max(1, tp[cat] + fp[cat]) >= 0.8, cat
        assert tp[cat] / max(1, tp[cat] + fn[cat]) >= 0.8, cat


def _case(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)


def test_finding_ids_are_stable_and_name_category_site_and_thing() -> None:
    first = findings_for(_case("broker-home-address"))
    again = findings_for(load_cases()[[c.id for c in CASES].index("broker-home-address")])
    assert [f.id for f in first] == [f.id for f in again]
    other_site = findings_for(_case("personal-site-home-address"))
    assert first[0].id != other_site[0].id


def test_a_brokers_list_and_record_page_each_show_the_address_and_keep_their_ids() -> None:
    case = _case("broker-list-and-record-page")
    homes = [f for f in findings_for(case) if f.category == "home_address"]
    assert sorted(f.url for f in homes) == sorted(m.page.url for m in case.matches)
    assert len({f.id for f in homes}) == 2
    assert [f.id for f in homes] == [f.id for f in findings_for(case) if f.category == "home_address"]


def test_negative_reviews_are_one_finding_per_site_whose_id_survives_new_reviews() -> None:
    two = findings_for(_case("two-reviews-at-two-stars"))
    (negative,) = [f for f in two if f.category == "negative_review"]
    assert negative.title == "2 negative reviews on RateMDs"
    assert "2026-06-12" in negative.excerpt  # the most recent one
    one = [f for f in findings_for(_case("one-star-review")) if f.category == "negative_review"]
    assert one[0].title == "1 negative review on Healthgrades"


def test_listing_inconsistency_shows_a_field_table_against_the_npi_record() -> None:
    (f,) = findings_for(_case("listing-old-phone"))
    assert f.excerpt == "phone | Sharecare: (614) 555-0199 | NPI record: (614) 555-0130"
    assert f.highlight == "(614) 555-0199"
    assert f.remediation.url == "https://providers.sharecare.com/claim-your-profile"


def test_home_address_fix_is_the_brokers_opt_out_page_and_the_address_is_marked() -> None:
    (f,) = findings_for(_case("broker-home-address"))
    assert f.remediation.url == "https://www.fastpeoplesearch.com/removal"
    assert f.highlight == "77 Brevoort Rd, Columbus, OH 43214" and f.highlight in f.excerpt
    assert f.match_confidence == 0.95
    assert f.severity == "high"


def test_large_payments_are_high_and_each_payer_is_its_own_finding() -> None:
    (big,) = findings_for(_case("large-speaker-fees"))
    assert big.severity == "high" and "$64,000" in big.title
    (mid,) = findings_for(_case("consulting-fees-undisclosed"))
    assert mid.severity == "medium" and mid.remediation.url == "https://openpayments" + "data.cms.gov/"


def test_tagged_photo_fix_links_the_networks_tag_review_settings() -> None:
    (f,) = findings_for(_case("friend-beach-photo-tags-subject"))
    assert f.remediation.url == "https://mastodon.social/settings/privacy"
    assert "kate.m@mastodon.social" in f.title and "vacation or party" in f.title


def test_risk_score_combines_severity_and_confidence_like_independent_chances() -> None:
    from footprint.assess import risk

    findings = findings_for(_case("broker-home-address")) + findings_for(_case("broker-cell-phone"))
    # high (0.30) and medium (0.12), each at confidence 0.95
    expected = round(100 * (1 - (1 - 0.30 * 0.95) * (1 - 0.12 * 0.95)), 1)
    assert risk(findings).score == expected
    assert risk(findings).level == "moderate"
    assert risk(()).score == 0.0 and risk(()).level == "low"


def test_every_finding_marks_its_exposed_part_in_a_short_excerpt() -> None:
    for case in CASES:
        for f in findings_for(case):
            assert f.highlight and f.highlight in f.excerpt, (case.id, f.category)
            assert len(f.excerpt) <= 282, (case.id, f.category)
            assert f.why and f.remediation.summary and f.remediation.steps
            assert 0.0 < f.match_confidence <= 1.0


def test_a_poster_is_named_by_handle_or_by_display_name_never_an_at_before_a_full_name() -> None:
    from footprint.assess.detectors.base import poster

    assert poster("junebrightwater@mastodon.social") == "@junebrightwater@mastodon.social"
    assert poster("@rafa.nunez") == "@rafa.nunez"
    assert poster("Marta Olsen") == "Marta Olsen"
    assert poster("") == "someone else"


def test_a_particle_surname_run_together_is_the_same_name_but_a_dropped_part_is_not() -> None:
    from footprint.assess import assess
    from footprint.identity import make_subject
    from footprint.match.person import decide
    from footprint.models import Extracted, Identity, Match, MatchResult, NpiRecord, PageKind, PersonRecord

    record = NpiRecord("1245319599", "Isadora", "De La Vega", credential="DO", taxonomies=("Family Medicine",))
    who = Identity(make_subject("Dr. Isadora de la Vega"), (), record)

    def flagged(name: str) -> bool:
        page = Extracted(
            "https://www.healthgrades.example/p", "healthgrades", PageKind.RATINGS_PROFILE,
            people=(PersonRecord(name, specialties=("Family Medicine",)),),
        )  # fmt: skip
        found = assess(who, (Match(page, MatchResult(0.95, decide(0.95), ("labelled",))),), sites())
        return any(f.category == "listing_inconsistency" for f in found)

    assert not flagged("Dr. Isadora Delavega")
    assert not flagged("Isadora De La Vega, DO")
    assert flagged("Dr. Isadora Vega")
