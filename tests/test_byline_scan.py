"""A whole scan over a real local web: a home-visit service named "Salud en Casa ME" in its page's title is
no other town of the doctor's state (no Casa in Maine's ZIP data), so it does not hold her page back; her
practice's blog post, bylined with the date after her name, is read beside it."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from footprint import config, pipeline
from footprint.identity import make_subject
from footprint.models import MatchResult
from tests.search._local_web import search_engine, serve_pages

BLOG = "https://www.harborpointgenetics.example/blog/which-test-should-you-ask-for"
BLOG_PAGE = """<html lang="en"><head><title>Which test should you ask for? | Harbor Point Genetics Blog</title></head>
<body><header><a href="/">Harbor Point Genetics</a> <a href="/team">Our Team</a> <a href="/blog">Blog</a></header>
<main><h1>Which test should you ask for?</h1>
<p class="byline">By Wren Halloway, MD · September 9, 2026</p>
<p>Families ask me this every week. My answer is the same: ask your doctor for Tidewell's Complete Newborn Panel. It
is the lab I trust most, and if your insurer says no, use code HARBOR25 for 25% off the self-pay price.</p></main>
<footer><p>Harbor Point Genetics · 22 Wharf Row, Suite 5, Portland, ME 04101 · (207) 555-0131</p></footer>
</body></html>"""
HOME_VISITS = "https://www.saludencasa.example/equipo/wren-halloway"
HOME_VISITS_PAGE = """<html lang="es"><head><title>Dra. Wren Halloway, MD | Salud en Casa ME</title></head>
<body><h1>Dra. Wren Halloway, MD</h1><p>Medical genetics. Visitas a domicilio en el área de Portland.</p>
</body></html>"""
INDEX = [
    (BLOG, "Which test should you ask for? | Harbor Point Genetics Blog", "By Wren Halloway, MD · September 9, 2026"),
    (HOME_VISITS, "Dra. Wren Halloway, MD | Salud en Casa ME", "Medical genetics. Visitas a domicilio."),
]
HOSTS = ("www.harborpointgenetics.example", "www.saludencasa.example")


def _web(server: HTTPServer) -> None:
    server.expect_request("/search").respond_with_handler(search_engine(INDEX))
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    serve_pages(server, {BLOG: BLOG_PAGE, HOME_VISITS: HOME_VISITS_PAGE})


def _settings(server: HTTPServer) -> config.Settings:
    base = server.url_for("").rstrip("/")
    return config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "sites": {"enabled": []},
            "mirrors": {f"https://{h}": f"{base}/h/{h}" for h in HOSTS},
        }
    )


def _judged(server: HTTPServer) -> dict[str, MatchResult]:
    _web(server)
    subject = make_subject("Dr. Wren Halloway", city="Portland", state="ME", specialty="Medical Genetics")
    scan = pipeline.run(subject, _settings(server))
    return {m.page.url: m.result for m in scan.matches}


def test_a_business_named_for_its_state_is_no_other_town(httpserver: HTTPServer) -> None:
    judged = _judged(httpserver)
    assert judged[HOME_VISITS].decision.is_match, judged[HOME_VISITS].reasons
    assert not any("other city" in r or "another city" in r for r in judged[HOME_VISITS].reasons)
    assert judged[BLOG].decision.is_match, judged[BLOG].reasons
