from __future__ import annotations

import re
from pathlib import Path

import pytest

from footprint import config
from footprint.errors import ConfigError


def test_defaults_without_a_file() -> None:
    settings = config.load(None, environ={})
    assert settings.fetch.obey_robots is True
    assert settings.fetch.rate_limit_rps == 1.0
    assert settings.fetch.user_agent.startswith("footprint/")
    # A fresh machine has no SearXNG and no key: the chain ends with DuckDuckGo, which needs neither.
    assert settings.search.backends == ("searxng", "brave", "duckduckgo")
    assert settings.search.searxng_url == ""


def test_the_issue_example_config_loads(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[search]\nbackends = ["searxng"]\nsearxng_url = "http://127.0.0.1:8888"\n\n'
        '[npi]\nbase_url = "https://npiregistry.cms.hhs.gov/api/"\n\n'
        '[mirrors]\n"https://www.healthgrades.com" = "http://127.0.0.1:8000/healthgrades"\n\n'
        "[fetch]\nobey_robots = true\n"
    )
    settings = config.load(path)
    assert settings.mirrors == {"https://www.healthgrades.com": "http://127.0.0.1:8000/healthgrades"}
    assert settings.npi.base_url == "https://npiregistry.cms.hhs.gov/api/"


def test_environment_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[fetch]\nrate_limit_rps = 2\n")
    assert config.load(None, environ={"FOOTPRINT_CONFIG": str(path)}).fetch.rate_limit_rps == 2.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fetc]\n", "unknown table [fetc]"),
        ("[fetch]\nobey_robot = true\n", "unknown key 'obey_robot'"),
        ("[fetch]\nobey_robots = 'yes'\n", "obey_robots must be true or false"),
        ("[fetch]\nrate_limit_rps = 'fast'\n", "rate_limit_rps must be a number"),
        ('[search]\nbackends = "searxng"\n', "backends must be a list of strings"),
        ('[mirrors]\n"https://a.example" = "file:///etc"\n', "not an http(s) URL"),
        ("[fetch\n", "not valid TOML"),
    ],
)
def test_mistakes_are_errors_that_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        config.load(path)


def test_environment_sets_any_key_of_a_table_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[fetch]\nrate_limit_rps = 2\nretries = 5\n")
    environ = {
        "FOOTPRINT_CONFIG": str(path),
        "FOOTPRINT_FETCH_RATE_LIMIT_RPS": "3.5",
        "FOOTPRINT_FETCH_OBEY_ROBOTS": "false",
        "FOOTPRINT_SEARCH_BACKENDS": "searxng, brave",
        "FOOTPRINT_SEARCH_MAX_RESULTS": "7",
        "FOOTPRINT_SITES_DISABLED": "",
        "FOOTPRINT_NOTIFY_WEBHOOK_URL": "https://hooks.example/footprint",
        "PATH": "/usr/bin",
    }
    settings = config.load(None, environ=environ)
    assert settings.fetch.rate_limit_rps == 3.5  # the environment over the file
    assert settings.fetch.retries == 5  # the file over the defaults
    assert settings.fetch.obey_robots is False
    assert settings.search.backends == ("searxng", "brave")
    assert settings.search.max_results == 7
    assert settings.sites.disabled == ()
    assert settings.notify.webhook_url == "https://hooks.example/footprint"


def test_environment_without_a_file_sets_keys_over_the_defaults() -> None:
    settings = config.load(None, environ={"FOOTPRINT_FETCH_CACHE": "no", "FOOTPRINT_BROWSER_MAX_SCREENSHOTS": "2"})
    assert settings.fetch.cache is False and settings.browser.max_screenshots == 2
    assert settings.fetch.rate_limit_rps == 1.0


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FOOTPRINT_FETCH_RATE_LIMT_RPS", "2", "unknown environment variable FOOTPRINT_FETCH_RATE_LIMT_RPS: [fetch] "),
        ("FOOTPRINT_FECTH_RATE_LIMIT_RPS", "2", "unknown environment variable FOOTPRINT_FECTH_RATE_LIMIT_RPS: "),
        ("FOOTPRINT_FETCH_RATE_LIMIT_RPS", "fast", "FOOTPRINT_FETCH_RATE_LIMIT_RPS must be a number, not 'fast'"),
        ("FOOTPRINT_FETCH_RATE_LIMIT_RPS", "inf", "FOOTPRINT_FETCH_RATE_LIMIT_RPS must be a number"),
        ("FOOTPRINT_FETCH_RETRIES", "2.5", "FOOTPRINT_FETCH_RETRIES must be a whole number"),
        ("FOOTPRINT_FETCH_OBEY_ROBOTS", "maybe", "FOOTPRINT_FETCH_OBEY_ROBOTS must be true or false"),
        ("FOOTPRINT_MIRRORS_HEALTHGRADES", "http://127.0.0.1:8000", "[mirrors] maps URLs"),
        ("FOOTPRINT_NOTIFY_SMTP_SECURITY", "ssl", "[notify] smtp_security must be one of"),
    ],
)
def test_environment_mistakes_are_errors_that_name_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        config.load(None, environ={name: value})


def test_variables_that_are_not_settings_are_left_alone() -> None:
    environ = {
        "FOOTPRINT_DB": "/tmp/h.sqlite3",
        "FOOTPRINT_SMTP_PASSWORD": "s3cret",
        "FOOTPRINT_WEBHOOK_SECRET": "s3cret",
        "FOOTPRINT_BROKER": "redis://127.0.0.1:6379/0",
        # A webhook secret kept under a name of the user's choosing.
        "FOOTPRINT_NOTIFY_WEBHOOK_SECRET_ENV": "FOOTPRINT_HOOK_KEY",
        "FOOTPRINT_HOOK_KEY": "s3cret",
    }
    settings = config.load(None, environ=environ)
    assert settings.notify.webhook_secret_env == "FOOTPRINT_HOOK_KEY"
    assert "s3cret" not in repr(settings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fetch]\nrate_limit_rps = 0\n", "[fetch] rate_limit_rps must be more than 0, not 0.0"),
        ("[fetch]\nrate_limit_rps = -1\n", "[fetch] rate_limit_rps must be more than 0, not -1.0"),
        ("[fetch]\nrate_limit_rps = nan\n", "[fetch] rate_limit_rps must be more than 0, not nan"),
        ("[fetch]\nrate_limit_rps = inf\n", "[fetch] rate_limit_rps must be more than 0, not inf"),
        ("[fetch]\nmax_redirects = -1\n", "[fetch] max_redirects must be at least 0, not -1"),
        ("[fetch]\nmax_workers = 0\n", "[fetch] max_workers must be at least 1, not 0"),
        ("[fetch]\ntotal_timeout_s = 0\n", "[fetch] total_timeout_s must be more than 0"),
        ("[fetch]\nconnect_timeout_s = -5\n", "[fetch] connect_timeout_s must be more than 0"),
        ("[fetch]\nread_timeout_s = nan\n", "[fetch] read_timeout_s must be more than 0"),
        ("[fetch]\nretries = -1\n", "[fetch] retries must be at least 0"),
        ("[fetch]\nmax_bytes = 0\n", "[fetch] max_bytes must be at least 1"),
        ("[fetch]\nbackoff_s = -0.5\n", "[fetch] backoff_s must be at least 0"),
        ("[browser]\ntimeout_s = 0\n", "[browser] timeout_s must be more than 0"),
        ("[search]\nmax_results = 0\n", "[search] max_results must be at least 1"),
        ("[notify]\nsmtp_port = 70000\n", "[notify] smtp_port must be from 1 to 65535, not 70000"),
    ],
)
def test_numbers_out_of_range_are_errors_that_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(f"{path}: {message}")):
        config.load(path)


@pytest.mark.parametrize(
    ("name", "value"),
    [("FOOTPRINT_FETCH_RATE_LIMIT_RPS", "0"), ("FOOTPRINT_FETCH_MAX_WORKERS", "-2"), ("FOOTPRINT_FETCH_RETRIES", "-1")],
)
def test_numbers_out_of_range_from_the_environment_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=rf"^{name} must be (more than|at least)"):
        config.load(None, environ={name: value})


def test_the_edges_of_each_range_are_allowed(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[fetch]\nretries = 0\nmax_redirects = 0\nrate_limit_rps = 0.01\nmax_workers = 1\n")
    fetch = config.load(path).fetch
    assert (fetch.retries, fetch.max_redirects, fetch.rate_limit_rps, fetch.max_workers) == (0, 0, 0.01, 1)


def test_flags_are_held_to_the_same_ranges() -> None:
    with pytest.raises(ConfigError, match=re.escape("[fetch] max_workers must be at least 1, not 0")):
        config.Settings().with_overrides(fetch={"max_workers": 0})


@pytest.mark.parametrize("key", ["enabled", "disabled"])
def test_an_unknown_site_id_is_one_line_naming_the_known_ones(run_cli, tmp_path: Path, key: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(f'[sites]\n{key} = ["healthgrades", "healthgrade"]\n')
    out = tmp_path / "batch"
    roster = tmp_path / "r.csv"
    roster.write_text("name\nAda Quill\n")
    for args in (["scan", "Ada Quill"], ["batch", str(roster), "--out", str(out)], ["watch", "add", "Ada Quill"]):
        result = run_cli(*args, "--config", str(path), "--db", str(tmp_path / "h.db"))
        assert result.code == 2, (args, result.err)
        assert result.err.count("\n") == 1, result.err
        assert f"[sites] {key} names unknown site id(s) 'healthgrade' (did you mean 'healthgrades'?)" in result.err
        assert "known: " in result.err and "fastpeoplesearch" in result.err and "sharecare" in result.err
    assert not out.exists()  # refused before the batch folder was made
