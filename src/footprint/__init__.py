"""footprint: audit a physician's public digital footprint."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/footprint-audit/footprint"
