"""The fetch stage: HTTP with mirrors, robots.txt, rate limits and block detection."""

from footprint.fetch.fetcher import Fetcher

__all__ = ["Fetcher"]
