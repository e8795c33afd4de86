"""An account at the user's handle that is a shop taking orders somewhere that is not the subject's place.

A handle built from a name is taken on each network by whoever came first, and a small business often did:
"Bakery in Vientiane. Orders by WhatsApp.", "Bridal and Ankara designs, Lekki, Lagos. DM for custom orders.",
"Cakes and sweets · Cebu City · message for prices". Such a bio says what it sells only in passing (designs,
cakes, a bakery), so no list of trades finds it; what marks it is that it takes orders, and says where. A
physician's account does not take orders in a city that is neither the subject's nor in the subject's state;
a physician's side shop in the subject's own town, or a bio that says anything medical, stays the user's.
Held at "possible" for the user to answer ('Is this you?'), as ``handle_trade`` holds a trade practised
elsewhere.
"""

from __future__ import annotations

import re

from footprint.match import handle_trade
from footprint.models import Extracted, Identity, PersonRecord
from footprint.specialties import groups_of

# A bio asking for orders: "DM for custom orders", "Orders by WhatsApp", "message for prices", "commissions open".
# Not bookings or calls: a practice's account books appointments ("Call to book"), and "we deliver" is obstetrics.
_ORDERS = re.compile(
    r"\b(?:dm|message|inbox|text|whatsapp|email)\s+(?:me\s+|us\s+)?(?:for|to)\s+(?:\w+\s+)?"
    r"(?:orders?|prices?|pricing|commissions?|quotes?)\b"
    r"|\borders?\s*(?:by|via|on|through|at|:)\s*(?:whatsapp|dm|telegram|line|wechat|instagram|messenger|viber)\b"
    r"|\b(?:custom|bulk|wholesale)\s+orders?\b|\bcommissions?\s+(?:are\s+)?open\b"
    r"|\b(?:ships?|shipping)\s+(?:worldwide|nationwide)\b",
    re.I,
)
# Where the shop is: "Bakery in Vientiane", or a clause that ends with the place, ", Lekki, Lagos."
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_PLACE = rf"(?P<place>{_NAME}(?:,\s*{_NAME})?)"
_IN_PLACE = re.compile(rf"\b(?:in|based in|located in)\s+{_PLACE}")
_TRAILING_PLACE = re.compile(rf",\s*{_PLACE}\s*(?:[.·|•]|$)")


def sells_elsewhere(identity: Identity, person: PersonRecord, page: Extracted) -> str:
    """What the account's bio says of a shop taking orders in a place that is not the subject's city or state
    ("the account's bio takes orders, in Vientiane"), when the bio says nothing medical; "" otherwise."""
    bio = handle_trade.bio(person, page)
    if handle_trade.medical(bio) or groups_of(bio):
        return ""
    orders = _ORDERS.search(bio)
    if orders is None:
        return ""
    for found in (*_IN_PLACE.finditer(bio), *_TRAILING_PLACE.finditer(bio)):
        place = found.group("place")
        if not handle_trade.subjects_place(identity, place):
            return f"the account's bio takes orders ({orders.group(0)}) for a shop in {place}"
    return ""
