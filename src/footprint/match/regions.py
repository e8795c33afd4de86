"""The vernacular regions people name instead of their town ("a rehab doctor in Acadiana", "serving the Treasure
Valley", "Twin Cities mom", Hawaii's islands: "Oahu weddings"), each with its state and its principal towns.

A doctor's blog tagline, a profile's bio or a practice's "about" line often names the region, not the city: for a
subject whose city is one of the region's towns, the region written near the name places them as a nearby town does.
Only names that are no ordinary words and that mean one region in that state are listed ("the Panhandle" is five
states'; "Upstate" is New York's and South Carolina's, so neither is). Compared on folded text (lower case,
punctuation as spaces). The towns are each region's principal cities, written on 2026-12-04 from common
geographic knowledge and not yet checked against a gazetteer or the regions' own planning bodies (a source to record
here when they are); a town outside the list gives no tie, so a missing town costs a tie, never adds a false one.
"""

from __future__ import annotations

import re
from functools import cache

# Region (folded) -> (state, towns (folded)).
REGIONS: dict[str, tuple[str, frozenset[str]]] = {
    name: (state, frozenset(towns.split(", ")))
    for name, state, towns in (
        ("acadiana", "LA", "lafayette, new iberia, opelousas, abbeville, crowley, breaux bridge, eunice, youngsville, "
         "broussard, scott, carencro, st martinville, jennings, ville platte"),
        ("twin cities", "MN", "minneapolis, saint paul, st paul, bloomington, edina, roseville, woodbury, eagan, "
         "maple grove, plymouth, eden prairie, minnetonka, burnsville, brooklyn park, st louis park"),
        ("hampton roads", "VA", "norfolk, virginia beach, chesapeake, portsmouth, suffolk, hampton, newport news, "
         "williamsburg"),
        ("inland empire", "CA", "riverside, san bernardino, ontario, rancho cucamonga, fontana, corona, "
         "moreno valley, temecula, murrieta, redlands, loma linda"),
        ("lehigh valley", "PA", "allentown, bethlehem, easton"),
        ("research triangle", "NC", "raleigh, durham, chapel hill, cary"),
        ("piedmont triad", "NC", "greensboro, winston salem, high point"),
        ("upper peninsula", "MI", "marquette, escanaba, sault ste marie, houghton, iron mountain, ishpeming, "
         "menominee"),
        ("treasure valley", "ID", "boise, nampa, meridian, caldwell, eagle"),
        ("wasatch front", "UT", "salt lake city, ogden, provo, orem, layton, sandy, west jordan, murray"),
        ("front range", "CO", "denver, boulder, colorado springs, fort collins, aurora, lakewood, longmont, "
         "loveland, pueblo, greeley"),
        ("western slope", "CO", "grand junction, montrose, glenwood springs, durango"),
        ("rio grande valley", "TX", "mcallen, brownsville, harlingen, edinburg, mission, weslaco"),
        ("permian basin", "TX", "midland, odessa"),
        ("hill country", "TX", "kerrville, fredericksburg, boerne, new braunfels, san marcos"),
        ("coachella valley", "CA", "palm springs, palm desert, indio, rancho mirage, la quinta, cathedral city"),
        ("bay area", "CA", "san francisco, oakland, san jose, berkeley, palo alto, fremont, walnut creek, hayward"),
        ("silicon valley", "CA", "san jose, palo alto, mountain view, sunnyvale, santa clara, cupertino"),
        ("central valley", "CA", "fresno, modesto, bakersfield, stockton, visalia, merced"),
        ("space coast", "FL", "melbourne, titusville, cocoa, palm bay, rockledge, merritt island"),
        ("treasure coast", "FL", "port st lucie, stuart, vero beach, fort pierce"),
        ("emerald coast", "FL", "destin, fort walton beach, niceville, panama city beach"),
        ("lowcountry", "SC", "charleston, beaufort, mount pleasant, summerville, bluffton, hilton head island"),
        ("low country", "SC", "charleston, beaufort, mount pleasant, summerville, bluffton, hilton head island"),
        ("grand strand", "SC", "myrtle beach, conway"),
        ("outer banks", "NC", "kill devil hills, nags head, kitty hawk, manteo"),
        ("mississippi gulf coast", "MS", "gulfport, biloxi, ocean springs, pascagoula"),
        ("finger lakes", "NY", "ithaca, geneva, canandaigua, auburn"),
        ("hudson valley", "NY", "poughkeepsie, kingston, newburgh, beacon, new paltz"),
        ("southern tier", "NY", "binghamton, elmira, corning, olean, jamestown"),
        ("north country", "NY", "plattsburgh, watertown, potsdam, saranac lake"),
        ("iron range", "MN", "hibbing, virginia, eveleth, grand rapids"),
        ("fox cities", "WI", "appleton, oshkosh, neenah, menasha, kaukauna"),
        ("fox valley", "WI", "appleton, oshkosh, neenah, menasha, kaukauna"),
        ("mat su", "AK", "wasilla, palmer"),
        ("kenai peninsula", "AK", "soldotna, kenai, homer, seward"),
        ("big island", "HI", "hilo, kailua kona, kona, waimea"),
        # Hawaii's islands, named as a state's other regions are ("Oahu weddings", "a Maui mom"): each is a county
        # (Honolulu is Oahu's), and an islander names the island before the town.
        ("oahu", "HI", "honolulu, kailua, kaneohe, pearl city, waipahu, aiea, kapolei, mililani, ewa beach, "
         "waianae, hauula, haleiwa, wahiawa"),
        ("maui", "HI", "kahului, wailuku, kihei, lahaina, makawao, pukalani, paia, hana"),
        ("kauai", "HI", "lihue, kapaa, koloa, princeville, hanalei, waimea, hanapepe"),
        ("molokai", "HI", "kaunakakai"),
    )
}  # fmt: skip


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True)) + r")\b")


def region_of(folded: str, places: frozenset[tuple[str, str]]) -> str:
    """The region ``folded`` (folded text) names whose state and towns hold one of the subject's ``places`` (city,
    state), as written ("acadiana"); "" when none."""
    for found in _pattern().finditer(folded):
        state, towns = REGIONS[found.group(1)]
        if any(s == state and _fold_city(c) in towns for c, s in places):
            return found.group(1)
    return ""


def _fold_city(city: str) -> str:
    from footprint.identity import fold

    return " ".join(fold(city).replace(".", " ").split())
