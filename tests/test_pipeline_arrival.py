"""Pages are read as they come in, yet the scan does not depend on the order the answers arrive in."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from footprint import pipeline
from footprint.fetch import Fetcher
from footprint.models import Page, Probe, Scan, Skipped
from footprint.sandbox import Sandbox, demo_subject


class Reordered(Fetcher):
    """A fetcher whose answers come in the reverse of the order the probes were given (or in that order)."""

    reverse = True

    def fetch_each(self, probes: Sequence[Probe]) -> Iterator[tuple[int, Page | Skipped]]:
        answers = sorted(super().fetch_each(probes))
        yield from reversed(answers) if self.reverse else answers


class InOrder(Reordered):
    reverse = False


def _scan(kind: type[Reordered]) -> Scan:
    with Sandbox() as web:
        settings = web.settings()
        sites = pipeline.sites_in_scope(settings)
        fetcher = kind(settings, sites)
        try:
            return pipeline.run(demo_subject(), settings, fetcher=fetcher)
        finally:
            fetcher.close()


def _what_it_found(scan: Scan) -> tuple[object, ...]:
    return (
        [(m.page.url, m.result.decision, m.result.score) for m in scan.matches],
        [(f.category, f.severity, f.url, f.excerpt) for f in scan.findings],
        [(c.site, c.status, c.detail) for c in scan.coverage],
        scan.risk,
    )


def test_answers_in_any_order_make_the_same_scan() -> None:
    backwards, forwards = _scan(Reordered), _scan(InOrder)
    assert [m.page.url for m in backwards.matches]  # the demo finds pages: the comparison means something
    assert _what_it_found(backwards) == _what_it_found(forwards)
