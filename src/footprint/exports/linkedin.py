"""LinkedIn's data export ("Get a copy of your data"): CSV files at the top of the zip.

Files read: ``Profile.csv`` (First Name, Last Name, Birth Date, Headline,
Summary, Industry, Geo Location, Websites), ``Positions.csv`` (Company
Name, Title, Location, Started On, Finished On), ``Education.csv`` (School
Name, Degree Name), ``Connections.csv`` (First Name, Last Name, URL, Email
Address, Company, Position, Connected On, after a "Notes:" preamble: counted,
and the names kept on the profile item after its owner, so the assessment can
tell a reviewer who is also a connection), ``Shares.csv`` (Date, ShareLink,
ShareCommentary, Visibility) and ``Comments.csv`` (Date, Link, Message).

What is public: a LinkedIn profile's headline, summary, positions and
education are shown to anyone by default; each share records its own
visibility ("MEMBER_NETWORK" is connections only).
"""

from __future__ import annotations

from footprint.exports.archive import Archive
from footprint.exports.interface import Collector, ExportResult
from footprint.exports.parsing import first, load_csv
from footprint.extract.social import normalise_handle
from footprint.models import Address, PersonRecord, Post

PROFILE = ("Profile.csv",)
POSITIONS = ("Positions.csv",)
EDUCATION = ("Education.csv",)
CONNECTIONS = ("Connections.csv",)
SHARES = ("Shares.csv",)
COMMENTS = ("Comments.csv",)
VISIBILITY = {"MEMBER_NETWORK": "connections", "CONNECTIONS": "connections", "PUBLIC": "public", "ANYONE": "public"}


class LinkedInReader:
    network = "linkedin"
    label = "LinkedIn"

    def recognises(self, archive: Archive) -> bool:
        return bool(archive.find(*PROFILE, *POSITIONS)) and bool(archive.find(*PROFILE, *CONNECTIONS, *SHARES))

    def read(self, archive: Archive) -> ExportResult:
        out = Collector(self.network)
        rows = [r for n in archive.find(*PROFILE) for r in load_csv(archive, n, out, "First Name")]
        profile = rows[0] if rows else {}
        owner = " ".join(x for x in (profile.get("First Name", ""), profile.get("Last Name", "")) if x)
        out.owner_handle = normalise_handle(f"linkedin:{owner or 'owner'}")
        _profile_item(archive, out, profile, owner)
        _shares(archive, out)
        _comments(archive, out)
        return out.result(archive, self.label, "LinkedIn data export (CSV)", owner)


def _profile_item(archive: Archive, out: Collector, profile: dict[str, str], owner: str) -> None:
    positions = [r for n in archive.find(*POSITIONS) for r in load_csv(archive, n, out, "Company Name")]
    schools = [r for n in archive.find(*EDUCATION) for r in load_csv(archive, n, out, "School Name")]
    connections = [r for n in archive.find(*CONNECTIONS) for r in load_csv(archive, n, out, "First Name")]
    if not profile and not positions:
        return
    jobs = [
        " · ".join(x for x in (r.get("Title", ""), r.get("Company Name", ""), r.get("Location", "")) if x)
        + (f" ({r.get('Started On', '')}–{r.get('Finished On', '') or 'now'})" if r.get("Started On") else "")
        for r in positions
    ]
    lines = [
        f"{k.lower()}: {profile[k]}" for k in ("Headline", "Industry", "Geo Location", "Birth Date") if profile.get(k)
    ]
    lines += [f"position: {j}" for j in jobs]
    lines += [f"education: {first((r.get('School Name', ''),))}" for r in schools if r.get("School Name")]
    lines.append("public by default: headline, summary, positions, education")
    if connections:
        lines.append(f"connections: {len(connections)}")
    present = [k.lower() for k in ("Headline", "Summary", "Birth Date", "Geo Location") if profile.get(k)]
    out.holds.append("profile (" + ", ".join(present) + ")" if present else "profile")
    out.count(len(positions), "position", "positions")
    out.count(len(schools), "school", "schools")
    out.count(len(connections), "connection", "connections")
    city = profile.get("Geo Location", "")
    person = PersonRecord(
        name=owner,
        birth_date=profile.get("Birth Date", ""),
        practice="; ".join(jobs),
        addresses=(Address(city=city, purpose="profile location"),) if city else (),
        handle=out.owner_handle,
    )
    source = first(archive.find(*PROFILE)) or first(archive.find(*POSITIONS))
    # Only the names: a connection's e-mail or employer is theirs, never the owner's detail.
    names = [f"{r.get('First Name', '')} {r.get('Last Name', '')}" for r in connections]
    listed = out.listed(first(archive.find(*CONNECTIONS)), names, "connections")
    out.item(source, "1", title="LinkedIn profile", text="\n".join(lines), people=(person, *listed))


def _shares(archive: Archive, out: Collector) -> None:
    n = public = 0
    for name in archive.find(*SHARES):
        for i, row in enumerate(load_csv(archive, name, out, "ShareCommentary")):
            text = row.get("ShareCommentary", "")
            if not text:
                continue
            audience = VISIBILITY.get(row.get("Visibility", "").upper(), row.get("Visibility", "").lower())
            post = Post(
                author=out.owner_handle,
                text=text,
                url=row.get("ShareLink", ""),
                date=row.get("Date", "")[:10],
                audience=audience,
            )
            out.item(name, str(i + 2), url=post.url, title="LinkedIn post", text=text, posts=(post,))
            n += 1
            public += audience == "public"
    out.count(n, "post", "posts")
    out.count(public, "public post", "public posts")


def _comments(archive: Archive, out: Collector) -> None:
    n = 0
    for name in archive.find(*COMMENTS):
        for i, row in enumerate(load_csv(archive, name, out, "Message")):
            if not row.get("Message"):
                continue
            # The export names the post but not its author, so whose post it was stays unknown.
            post = Post(
                author=out.owner_handle, text=row["Message"], url=row.get("Link", ""), date=row.get("Date", "")[:10]
            )
            out.item(name, str(i + 2), url=post.url, title="LinkedIn comment", text=post.text, posts=(post,))
            n += 1
    out.count(n, "comment", "comments")
