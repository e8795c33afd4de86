"""The plain records a page or a registry gives: an address, a rating, a review, a photo, a post,
a person as a page describes them, an industry payment.

Frozen, free of I/O, and holding scraped text as plain text; ``footprint.models`` re-exports them
with the types that carry them across stages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    purpose: str = ""  # "LOCATION", "MAILING", "home", "practice", ...

    def one_line(self) -> str:
        parts = [self.street, self.city, " ".join(p for p in (self.state, self.postal_code) if p)]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Rating:
    value: float
    scale: float = 5.0
    count: int | None = None

    @property
    def out_of_five(self) -> float:
        return round(self.value / self.scale * 5.0, 2) if self.scale else 0.0


@dataclass(frozen=True)
class Review:
    rating: float | None
    scale: float
    text: str
    date: str = ""
    author: str = ""
    reply: str = ""


@dataclass(frozen=True)
class Photo:
    url: str
    caption: str = ""
    alt: str = ""
    posted_by: str = ""
    tagged: tuple[str, ...] = ()
    date: str = ""
    location: str = ""
    gps: tuple[float, float] | None = None  # (latitude, longitude) from EXIF or a geotag


@dataclass(frozen=True)
class Post:
    """A post or comment. ``on_post_by`` is set when it replies to someone else's post."""

    author: str
    text: str
    url: str = ""
    on_post_by: str = ""
    date: str = ""
    audience: str = ""
    mentions: tuple[str, ...] = ()
    location: str = ""  # a check-in or place name attached to the post
    video: bool = False  # a video's description, its uploader's words (``extract.video_credits.uploaded``)


@dataclass(frozen=True)
class PersonRecord:
    """One person as a page describes them (a profile's subject, a broker listing)."""

    name: str
    credentials: tuple[str, ...] = ()
    specialties: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    npi: str | None = None
    age: int | None = None
    birth_date: str = ""
    relatives: tuple[str, ...] = ()
    practice: str = ""
    handle: str = ""
    aliases: tuple[str, ...] = ()  # "also known as" on a people-search record
    occupation: str = ""  # "Occupation: Physician" on a people-search record
    context: str = ""  # the headline or the sentences around a mention, for evidence read from text
    # Where each field was read from ("name:og:title", "record:labelled text", "record:schema.org"...).
    read_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Payment:
    """One industry payment (CMS Open Payments), summed per payer, year and nature."""

    payer: str
    amount_usd: float
    year: int
    nature: str = ""
