"""The 60 sites of the local username web: which signal each uses, and whether drmaya has an account.

The signals are the ones WhatsMyName's ``wmn-data.json`` uses in practice
(716 entries, read 2026): 60% answer 200 for an account and 404 for none,
24% answer 200 either way and only the text differs, 10% redirect when the
account is missing (``m_code`` 301/302/303), 5% need request ``headers``
(an ``Accept`` for a JSON API, a consent cookie, a browser User-Agent), 3%
ask clients to ``strip_bad_char`` from the name first, a few use 400/410/500
for "missing". Here the rarer signals are over-represented so that each
shows up on several sites, one in three of them with the account:

=================  =====  =======  ==========================================
kind               sites  account  "missing" looks like
=================  =====  =======  ==========================================
status             18     7        404 (most with an ``m_string``, some none)
status_other       3      1        400, 410 or 500
message            18     6        200 with a "no such user" text
redirect           9      3        301/302/303 to ``/``, ``/login`` or ``/search``
headers_accept     3      1        a JSON API: without ``Accept: application/json``
                                   the site answers its JavaScript shell
headers_cookie     3      1        without ``Cookie: accept_rules=true`` a
                                   rules interstitial, whoever you ask for
headers_ua         3      1        without a browser User-Agent: 403
strip_bad_char     3      1        404; a name holding ``.`` is a 400
=================  =====  =======  ==========================================

21 sites have the account. footprint never sends a browser's User-Agent (it
names itself), so the headers_ua site with the account is one it may not
check by policy; the other 20 present sites every tool may check.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass, replace

ACCOUNT = "drmaya"
OTHER_ACCOUNTS = ("kestrel", "ottoline")  # every site has these: its "known" examples
UNCLAIMED = "noonewouldeverusethis7"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0"
DISPLAY_NAMES = ("Maya Test", "Dr. Maya Test, MD", "Maya T.", "Maya")  # how people fill in "display name"


class Kind(enum.StrEnum):
    STATUS = "status"
    STATUS_OTHER = "status_other"
    MESSAGE = "message"
    REDIRECT = "redirect"
    HEADERS_ACCEPT = "headers_accept"
    HEADERS_COOKIE = "headers_cookie"
    HEADERS_UA = "headers_ua"
    STRIP = "strip_bad_char"


LAYOUT: tuple[tuple[Kind, int, int], ...] = (
    (Kind.STATUS, 18, 7),
    (Kind.STATUS_OTHER, 3, 1),
    (Kind.MESSAGE, 18, 6),
    (Kind.REDIRECT, 9, 3),
    (Kind.HEADERS_ACCEPT, 3, 1),
    (Kind.HEADERS_COOKIE, 3, 1),
    (Kind.HEADERS_UA, 3, 1),
    (Kind.STRIP, 3, 1),
)

PROFILE_PATHS = ("/u/{account}", "/@{account}", "/users/{account}", "/{account}", "/profile/{account}/")
E_STRINGS = ('class="profile-card"', 'property="profile:username"', 'data-user-id="', "Joined <time")
M_STRINGS_404 = ("Page not found", "Sorry, this page isn&#39;t available.", "")
M_STRINGS_200 = ("This account doesn&#39;t exist", "user_is_not_found", "No user by that name", "Profile unavailable")
OTHER_CODES = (400, 410, 500)
REDIRECTS = ((302, "/login?next={path}"), (301, "/"), (303, "/search?q={account}"))
REDIRECT_BODIES = ("The document has moved", "", "Redirecting to")


@dataclass(frozen=True)
class Site:
    """One site: where its profiles live and how it says "no such account"."""

    index: int
    kind: Kind
    has_account: bool
    path: str  # the profile path, with {account}
    e_string: str
    m_code: int
    m_string: str
    delay_s: float
    display_name: str = ""
    api_path: str = ""  # headers_accept: the JSON endpoint the check uses (path is the page people see)
    redirect_to: str = ""  # redirect: where a missing account is sent, with {path} and {account}
    headers: tuple[tuple[str, str], ...] = ()  # what the check must send
    strip: str = ""  # strip_bad_char

    @property
    def name(self) -> str:
        return f"Site{self.index}"

    @property
    def address(self) -> str:
        return f"127.0.0.{10 + self.index}"

    @property
    def check_path(self) -> str:
        return self.api_path or self.path

    def accounts(self) -> tuple[str, ...]:
        return (*OTHER_ACCOUNTS, ACCOUNT) if self.has_account else OTHER_ACCOUNTS

    @property
    def browser_agent_only(self) -> bool:
        """The site answers only clients that claim to be a browser: footprint may not check it."""
        return self.kind is Kind.HEADERS_UA

    def expected(self, handle: str) -> bool:
        """Does a correct WhatsMyName check of ``handle`` find an account here?"""
        name = handle.strip().lstrip("@")
        for char in self.strip:
            name = name.replace(char, "")
        return name.lower() == ACCOUNT and self.has_account


def _site(index: int, kind: Kind, nth: int, present: bool, delay_s: float, names: list[str]) -> Site:
    path = PROFILE_PATHS[nth % len(PROFILE_PATHS)]
    e_string = E_STRINGS[nth % len(E_STRINGS)]
    display = names.pop(0) if present else ""
    base = Site(index, kind, present, path, e_string, 404, M_STRINGS_404[nth % 3], delay_s, display)
    if kind is Kind.STATUS_OTHER:
        return replace(base, m_code=OTHER_CODES[nth % 3], m_string="Invalid request" if nth % 3 == 0 else "")
    if kind is Kind.MESSAGE:
        return replace(base, m_code=200, m_string=M_STRINGS_200[nth % len(M_STRINGS_200)])
    if kind is Kind.REDIRECT:
        code, target = REDIRECTS[nth % 3]
        return replace(base, m_code=code, redirect_to=target, m_string=REDIRECT_BODIES[nth % 3])
    if kind is Kind.HEADERS_ACCEPT:
        return replace(
            base,
            path="/@{account}",
            api_path="/api/v1/users/{account}",
            e_string='"followers_count"',
            m_string='"error": "not_found"',
            headers=(("Accept", "application/json"),),
        )
    if kind is Kind.HEADERS_COOKIE:
        return replace(base, headers=(("Cookie", "accept_rules=true;"),))
    if kind is Kind.HEADERS_UA:
        return replace(base, headers=(("User-Agent", BROWSER_UA),))
    if kind is Kind.STRIP:
        return replace(base, path="/@{account}", strip=".")
    return base


def build(delay_s: float = 0.2, seed: int = 15) -> list[Site]:
    """The 60 sites, kinds shuffled over the addresses (the same every run)."""
    slots = [(kind, nth, nth < present) for kind, count, present in LAYOUT for nth in range(count)]
    random.Random(seed).shuffle(slots)
    names = [DISPLAY_NAMES[i % len(DISPLAY_NAMES)] for i in range(sum(p for _, _, p in LAYOUT))]
    return [_site(i, kind, nth, present, delay_s, names) for i, (kind, nth, present) in enumerate(slots)]
