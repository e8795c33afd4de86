"""negative_review: reviews at most 2 of 5 (or the same share of the site's scale).

Grouped per site, with the count and the most recent, so the finding keeps
its id as reviews come and go. A profile whose reviews are not listed but
whose average is at most 2 of 5 counts too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, site_name
from footprint.models import LISTING_KINDS, Finding, Match, Review

NEGATIVE_OUT_OF_FIVE = 2.0


def is_negative(review: Review) -> bool:
    if review.rating is None or not review.scale:
        return False
    return review.rating / review.scale * 5.0 <= NEGATIVE_OUT_OF_FIVE + 1e-9


def negative_review(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    by_site: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        if m.page.kind in LISTING_KINDS:
            by_site[m.page.site_id].append(m)
    for site_id, pages in by_site.items():
        seen: dict[tuple[str, str], tuple[Review, Match]] = {}
        for m in pages:
            for r in m.page.reviews:
                if is_negative(r):
                    seen.setdefault((r.text.strip(), r.date), (r, m))
        name = site_name(ctx, site_id)
        if seen:
            latest, where = max(seen.values(), key=lambda rm: rm[0].date)
            n = len(seen)
            rated = f"{latest.rating:g}/{latest.scale:g}"
            excerpt = f"Most recent ({latest.date or 'undated'}, {rated}): {latest.text}"
            title = f"{n} negative review{'s' if n > 1 else ''} on {name}"
            yield emit(ctx, where, "negative_review", rated, title, excerpt, key="negative reviews")
            continue
        low = [m for m in pages if m.page.rating and m.page.rating.out_of_five <= NEGATIVE_OUT_OF_FIVE]
        if low:
            m = low[0]
            rating = m.page.rating
            assert rating is not None
            shown = f"{rating.value:g}/{rating.scale:g}"
            count = f" from {rating.count} ratings" if rating.count else ""
            title = f"Average rating {shown} on {name}"
            yield emit(ctx, m, "negative_review", shown, title, f"Average {shown}{count}", key="negative reviews")
