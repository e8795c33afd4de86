"""Open Payments' program years: discovered from the metastore, cached, queried one datastore per year.

Written from docs/evidence/open_payments.md; the answers are tests/data/real_web/open_payments/.
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from footprint.config import Settings
from footprint.extract import extract
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.models import Identity, Page, Parser, Probe, ProbePurpose, ProbeSource
from footprint.probes import site_probes
from footprint.sites import by_id
from footprint.sites.datasets import TTL_S, Datasets, read_catalog, resolve
from tests.real_web_api import case

SITE = by_id()["open_payments"]
ITEMS = "/api/1/metastore/schemas/dataset/items"


def _asked(httpserver: HTTPServer) -> int:
    return sum(1 for request, _ in httpserver.log if request.path == ITEMS)  # robots.txt aside


@pytest.fixture
def settings(httpserver: HTTPServer) -> Settings:
    # No robots.txt: pytest-httpserver's 500 for an unknown path would disallow the whole site.
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    base = Settings()
    fetch = replace(base.fetch, rate_limit_rps=50, retries=0)
    return replace(base, fetch=fetch, mirrors={"https://openpaymentsdata.cms.gov": httpserver.url_for("").rstrip("/")})


@pytest.fixture
def fetch(settings: Settings) -> Iterator[Fetcher]:
    # The HTTP cache off: what is counted here is the dataset list's own cache.
    fetcher = Fetcher(replace(settings, fetch=replace(settings.fetch, cache=False)))
    yield fetcher
    fetcher.close()


def _metastore(*extra: tuple[str, str]) -> bytes:
    """The evidence's metastore answer, with more general-payment years appended in the same shape."""
    items = json.loads(case("open_payments", "metastore_items").body)
    for year, ident in extra:
        items.append({**items[0], "identifier": ident, "title": f"{year} General Payment Data"})
    return json.dumps(items).encode()


def test_the_metastore_gives_one_general_payment_dataset_per_year_and_nothing_else() -> None:
    answer = case("open_payments", "metastore_items")
    found = dict(read_catalog(json.loads(answer.body), SITE.datasets.title))  # type: ignore[union-attr]
    assert found == answer.expected["general_payment_datasets"]
    assert not set(answer.expected["must_not_read"]) & set(found.values())  # research and profile datasets


def test_hostile_catalog_entries_are_left_out() -> None:
    title = SITE.datasets.title  # type: ignore[union-attr]
    data = [
        {"title": "2026 General Payment Data", "identifier": "../../admin?x=1"},
        {"title": "2026 General Payment Data ", "identifier": 7},
        {"title": ["2026 General Payment Data"], "identifier": "abc-123"},
        "not a dataset",
        {"title": "2026 General Payment Data", "identifier": "1f2e3d4c-0000-4000-8000-000000000026"},
    ]
    assert read_catalog(data, title) == (("2026", "1f2e3d4c-0000-4000-8000-000000000026"),)
    assert read_catalog({"results": []}, title) == ()


def test_a_scan_sees_every_year_the_metastore_lists_newest_first(
    httpserver: HTTPServer, settings: Settings, fetch: Fetcher
) -> None:
    body = _metastore(
        ("2021", "0380bbeb-aea1-58b6-b708-829f92a48202"), ("2026", "7c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e26")
    )
    httpserver.expect_request(ITEMS).respond_with_data(body, content_type="application/json")
    found = resolve(SITE, settings, fetch.fetch)
    assert [year for year, _ in found.ids] == ["2026", "2025", "2024", "2023", "2022", "2021"]
    assert found.note == "program years 2021-2026"
    subject = make_subject("Dr. Wren A. Halvorsen, MD", npi="1749023853", state="OR")
    probes = site_probes(Identity(subject, name_variants(subject)), [SITE], {SITE.id: found})
    assert [p.url.split("/")[7] for p in probes] == [ident for _, ident in found.ids]  # one query per year
    assert all("conditions[0][value]=1749023853" in p.url and "limit=500" in p.url for p in probes)
    assert {(p.purpose, p.parser) for p in probes} == {(ProbePurpose.API, Parser.OPEN_PAYMENTS)}


def test_the_list_is_cached_owner_only_in_the_user_cache_dir_and_read_again_within_its_ttl(
    httpserver: HTTPServer, settings: Settings, fetch: Fetcher
) -> None:
    httpserver.expect_request(ITEMS).respond_with_data(_metastore(), content_type="application/json")
    first = resolve(SITE, settings, fetch.fetch)
    again = resolve(SITE, settings, fetch.fetch)
    assert first.ids == again.ids and _asked(httpserver) == 1
    [cached] = Path(os.environ["XDG_CACHE_HOME"]).rglob("datasets-*.json")  # the test's temporary home
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    # Older than the TTL: asked again.
    data = json.loads(cached.read_text())
    cached.write_text(json.dumps({**data, "saved_at": time.time() - TTL_S - 60}))
    resolve(SITE, settings, fetch.fetch)
    assert _asked(httpserver) == 2


def test_no_cache_and_refresh_are_obeyed(httpserver: HTTPServer, settings: Settings, fetch: Fetcher) -> None:
    httpserver.expect_request(ITEMS).respond_with_data(_metastore(), content_type="application/json")
    off = replace(settings, fetch=replace(settings.fetch, cache=False))
    resolve(SITE, off, fetch.fetch)
    assert not list(Path(os.environ["XDG_CACHE_HOME"]).rglob("datasets-*.json"))
    resolve(SITE, settings, fetch.fetch)
    resolve(SITE, replace(settings, fetch=replace(settings.fetch, refresh=True)), fetch.fetch)
    assert _asked(httpserver) == 3


def test_a_metastore_that_fails_falls_back_to_a_stale_list_then_to_the_definition(
    httpserver: HTTPServer, settings: Settings, fetch: Fetcher
) -> None:
    httpserver.expect_request(ITEMS).respond_with_data("upstream timeout", status=503, content_type="text/plain")
    known = resolve(SITE, settings, fetch.fetch)
    assert [y for y, _ in known.ids] == ["2025", "2024", "2023", "2022", "2021", "2020", "2019"]
    assert known.note.startswith("program years 2019-2025 as last known (http_error: HTTP 503")
    [cached] = [_write_cache(settings, (("2024", "e6b17c6a-2534-4207-a4a1-6746a14911ff"),))]
    stale = resolve(SITE, settings, fetch.fetch)
    assert stale.ids == (("2024", "e6b17c6a-2534-4207-a4a1-6746a14911ff"),) and "from a cached list" in stale.note
    assert cached.exists()


def _write_cache(settings: Settings, ids: tuple[tuple[str, str], ...]) -> Path:
    from footprint.fetch.mirrors import to_mirror
    from footprint.sites.datasets import _CacheFile

    cache = _CacheFile(settings, to_mirror(SITE.datasets.catalog, settings.mirrors))  # type: ignore[union-attr]
    cache.write(ids)
    data = json.loads(cache.path.read_text())
    cache.path.write_text(json.dumps({**data, "saved_at": time.time() - 30 * 86_400}))  # a month old
    return cache.path


def _page(name: str) -> Page:
    answer = case("open_payments", name)
    probe = Probe(SITE.id, answer.expected["url"], ProbePurpose.API, ProbeSource.SITE_SEARCH, SITE.page_kind,
                  parser=Parser.OPEN_PAYMENTS)  # fmt: skip
    return Page(probe, answer.status, answer.body.decode(), "application/json", probe.url)


def test_a_years_rows_are_summed_per_payer_and_year() -> None:
    page = extract(_page("datastore_query"), SITE)
    totals: dict[tuple[str, int], float] = defaultdict(float)
    for p in page.payments:
        totals[(p.payer, p.year)] += p.amount_usd
    wanted = case("open_payments", "datastore_query").expected["payments"]
    assert {k: round(v, 2) for k, v in totals.items()} == {(w["payer"], w["year"]): w["total"] for w in wanted}
    assert page.people[0].npi == "1749023853"


def test_a_year_without_payments_names_nobody() -> None:
    page = extract(_page("datastore_query_empty"), SITE)
    assert page.payments == () and page.people == ()


def test_datasets_resolved_for_nobody_fall_back_to_the_known_ones() -> None:
    subject = make_subject("Dr. Wren A. Halvorsen, MD", npi="1749023853")
    probes = site_probes(Identity(subject, name_variants(subject)), [SITE])
    assert len(probes) == len(SITE.datasets.known) == 7  # type: ignore[union-attr]
    assert site_probes(Identity(subject, ()), [SITE], {SITE.id: Datasets(())}) == []


def test_a_year_with_more_rows_than_one_query_answers_is_read_to_the_end(httpserver: HTTPServer) -> None:
    """The datastore answers 500 rows at most: the rest of a year comes with offset, and the payer's total adds up."""
    from footprint import pipeline

    row = json.loads(case("open_payments", "datastore_query").body)["results"][2]  # one $38.12 meal
    year = ("2025", "fb0b1734-1410-429d-92f6-3f4b35218e5e")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    listed = json.dumps([{"identifier": year[1], "title": f"{year[0]} General Payment Data"}])
    httpserver.expect_request(ITEMS).respond_with_data(listed, content_type="application/json")
    offsets: list[int] = []

    def datastore(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        offset, limit = int(request.args["offset"]), int(request.args["limit"])
        offsets.append(offset)
        rows = [row] * max(0, min(limit, 1100 - offset))
        return Response(json.dumps({"results": rows, "count": 1100}), content_type="application/json")

    httpserver.expect_request(f"/api/1/datastore/query/{year[1]}/0").respond_with_handler(datastore)
    base = Settings()
    settings = replace(
        base,
        search=replace(base.search, backends=()),
        npi=replace(base.npi, enabled=False),
        sites=replace(base.sites, enabled=("open_payments",), username_candidates=0),
        browser=replace(base.browser, enabled=False),  # no evidence screenshots: they would load the pages again
        fetch=replace(base.fetch, rate_limit_rps=50, cache=False),
        mirrors={"https://openpaymentsdata.cms.gov": httpserver.url_for("").rstrip("/")},
    )
    subject = make_subject("Dr. Wren A. Halvorsen, MD", npi="1749023853", state="OR")
    scan = pipeline.run(subject, settings)
    assert sorted(offsets) == [0, 500, 1000]
    paid = sum(p.amount_usd for m in scan.matches if m.page.site_id == "open_payments" for p in m.page.payments)
    assert round(paid, 2) == round(1100 * 38.12, 2)
