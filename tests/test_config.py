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
