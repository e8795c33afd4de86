"""Regenerate the README's table of supported sites from the site definitions.

Run: python scripts/update_readme_sites.py   (tests/sites/test_cli_sites.py fails when it is stale)
"""

from __future__ import annotations

from pathlib import Path

from footprint.cli.sites import README_END, README_START, markdown_table
from footprint.sites import catalog

README = Path(__file__).resolve().parents[1] / "README.md"

text = README.read_text(encoding="utf-8")
head, rest = text.split(README_START, 1)
_, tail = rest.split(README_END, 1)
README.write_text(f"{head}{README_START}\n{markdown_table(list(catalog()))}\n{README_END}{tail}", encoding="utf-8")
print(f"{README.name}: {len(catalog())} sites")
