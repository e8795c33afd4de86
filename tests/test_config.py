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
    assert settings.search.backends == ("searxng",)


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
