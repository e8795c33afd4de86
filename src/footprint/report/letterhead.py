"""Who prepared a report: the PDF's cover and running header (``[report] prepared_by`` and ``logo``).

Its own small module, so that the report stage's interface names it without
loading the HTML renderer (Jinja2, Pillow) before a report is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from footprint.config import ReportSettings


@dataclass(frozen=True)
class Letterhead:
    """Who prepared the report, for the printed cover and running header."""

    prepared_by: str = ""
    logo: str = ""  # a path to a raster image, checked when the settings were read

    @classmethod
    def of(cls, settings: ReportSettings) -> Letterhead:
        return cls(settings.prepared_by, settings.logo)
