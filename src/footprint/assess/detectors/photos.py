"""Photos and places: tagged_photo, substance_imagery, location_exposure.

A tagged photo is one somebody else posted that tags the subject; a photo
that reads as professional (a conference, an award, grand rounds) is not an
exposure. Drinking shows in a photo's caption or alt text, or in the
subject's own words about being drunk. Places come from check-ins, geotags
and the GPS position in images the subject posted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.activity_start import route_from_home
from footprint.assess.detectors.away import away_announced, away_with_dates, own_routine, wedding_day
from footprint.assess.detectors.base import (
    SOCIAL_KINDS,
    Context,
    emit,
    hit,
    is_public,
    names_family,
    own_handles,
    own_posts,
    photo_item,
    post_item,
    poster,
    site_name,
    words_up_to,
)
from footprint.assess.detectors.caption_names import captioned_by_short_name
from footprint.assess.detectors.home_street import home_road_told
from footprint.assess.detectors.public_face import WORKPLACE_WORDS, at_practice, work_scene
from footprint.assess.detectors.schedules import room_and_hours
from footprint.assess.detectors.video_scenes import is_video, videos_of_them
from footprint.assess.detectors.weekly_whereabouts import routine, routine_told_of_them, weekly_whereabouts
from footprint.identity import fold, given_name_forms
from footprint.models import Finding, Match, PageKind, Photo, Post


def photo_text(photo: Photo) -> str:
    return f"{photo.caption} [photo: {photo.alt}]" if photo.alt else photo.caption


def tags_subject(ctx: Context, m: Match, photo: Photo) -> bool:
    """The photo tags the subject: by handle, or by a name that is theirs (a caption's "Dr. Peggy Doyle"), or
    by the name of the person the match chose on this page as the subject ("Dr. Ming Zhou" for Mingyu)."""
    from footprint.match.person import name_score

    names = {fold(v) for v in ctx.identity.variants} | {fold(ctx.identity.subject.name)}
    if m.person is not None and m.result.decision.is_match and m.person.name.strip():
        names |= {fold(m.person.name), *(fold(a) for a in m.person.aliases)}
    mine = own_handles(ctx, m)
    if any(t in mine or fold(t) in names or name_score(ctx.identity, t)[0] >= _SAME_NAME for t in photo.tagged):
        return True
    return captioned_by_short_name(ctx, m, photo)


_SAME_NAME = 0.85  # the subject's name, or a nickname of it ("Peggy" for Margaret)
# Photos in a news story or a blog post are judged like a social post's: someone else's picture of you.
_PHOTO_KINDS = SOCIAL_KINDS | {PageKind.NEWS}


def _social_photos(m: Match) -> list[Photo]:
    return list(m.page.photos) if m.page.kind in _PHOTO_KINDS else []


def _announcement(m: Match) -> bool:
    """A news site's announcements page (weddings, engagements): the family placed it, photo and all."""
    if m.page.kind not in (PageKind.NEWS, PageKind.OTHER):
        return False
    path = re.sub(r"[/_-]+", " ", urlsplit(m.page.url).path)
    return bool(hit("announcement", f"{m.page.title} {path}"))


def tagged_photo(ctx: Context, m: Match) -> Iterator[Finding]:
    mine = own_handles(ctx, m)
    if _announcement(m):
        return  # the family named there is the exposure (family_information), not the picture
    for photo in [*_social_photos(m), *videos_of_them(ctx, m)]:
        if photo.posted_by in mine or not tags_subject(ctx, m, photo):
            continue
        text = photo_text(photo)
        leisure = hit("leisure", text) or hit("substance", text)
        # A news photo at a public event is the public face even on a beach; drinking is not.
        editorial = m.page.kind == PageKind.NEWS and not hit("substance", text)
        # Who they are in brackets after the name ("Dr. Jane Roe (the club's lung doctor) and Sam aboard ...")
        # names the person, not the setting.
        if (not leisure or editorial) and work_scene(text):
            continue
        by = poster(photo.posted_by)
        shot = "Video" if is_video(m, photo) else "Photo"
        title = f"{shot} of you posted by {by}" + (" (vacation or party)" if leisure else "")
        shown = leisure or words_up_to(photo.caption, 80) or words_up_to(photo.alt, 80)
        yield emit(ctx, m, "tagged_photo", shown, title, text, key=photo.url or text[:80], item=photo_item(m, photo))


def substance_imagery(ctx: Context, m: Match) -> Iterator[Finding]:
    mine = own_handles(ctx, m)
    for photo in [*_social_photos(m), *videos_of_them(ctx, m)]:
        if photo.posted_by not in mine and not tags_subject(ctx, m, photo):
            continue
        text = photo_text(photo)
        drink = hit("substance", text) or hit("intoxication", text) or _cup_at_a_party(text, m.page.text)
        if drink:
            yours = photo.posted_by in mine
            shot = "Video" if is_video(m, photo) else "Photo"
            title = f"{shot} showing drinking, posted by {'you' if yours else poster(photo.posted_by)}"
            key, item = photo.url or text[:80], photo_item(m, photo)
            fix = "own_post" if yours else ""
            yield emit(ctx, m, "substance_imagery", drink, title, text, key=key, item=item, fix=fix)
    checked = check_in(m)
    if checked is not None and (checked[1].startswith(("is drinking", "drank")) or hit("substance", checked[1])):
        title = f"A check-in shows you drinking, on {site_name(ctx, m.page.site_id)}"
        yield emit(ctx, m, "substance_imagery", checked[1], title, checked[2], key=f"check-in {m.page.url}")
    for post in own_posts(ctx, m):
        said = hit("intoxication", post.text)
        if said:
            title = "Your post describes being drunk or hungover"
            key, item = post.url or post.text, post_item(m, post)
            fix = "own_post"
            yield emit(ctx, m, "substance_imagery", said, title, post.text, url=post.url, key=key, item=item, fix=fix)


# A cup or glass in hand, with nothing said to be in it: "Neil with a red cup and the birthday crown".
_CUP = re.compile(
    r"\bwith (?:a|an|his|her|their) (?:red (?:solo )?cup|solo cup|plastic cup|glass|pint glass|wine glass|flute|"
    r"tumbler|can|bottle)\b(?! of (?:water|coffee|tea|cocoa|lemonade|juice|milk|soda|pop|punch|cider)\b)",
    re.I,
)


def _cup_at_a_party(caption: str, page: str) -> str:
    """The cup in hand a photo's caption shows, where the page it is on says drink was served ("Rachel hid a keg of hazy
    IPA in the garage"): at that party, the cup holds it. "" otherwise."""
    cup = _CUP.search(caption)
    return cup.group() if cup is not None and hit("substance", page) else ""


# "Jane Roe is drinking a Tank 7 by Boulevard Brewing Co. at Okoboji Yacht Club": a check-in app's page.
_CHECK_IN = re.compile(
    r"^(?P<who>.+?) (?P<verb>is drinking|drank|is having|checked in|is checking in|is eating) (?P<what>.*?)"
    r"\bat (?P<venue>[A-Z0-9][\w'’&.-]*(?: [\w'’&.-]+){0,6}?)(?: on [A-Z][\w.]*)?$"
)


def check_in(m: Match) -> tuple[str, str, str] | None:
    """(venue, what, sentence) when the page's title checks the matched person in at a place, or, on their own
    profile's feed, one of its check-ins does ("Zeke M. is drinking a Trolley Haze IPA by ... at 1207 W
    Brackenfield Ave": Untappd's feed lines run together in the page's text)."""
    person = m.person
    if person is None or not person.name:
        return None
    found = _CHECK_IN.match(" ".join(m.page.title.split()))
    if found is not None and fold(found["who"]) == fold(person.name):
        return found["venue"], f"{found['verb']} {found['what']}".strip(), found.group(0)
    feed = re.compile(rf"(?<![\w.]){re.escape(person.name.strip())} {_FEED_LINE}")
    line = feed.search(" ".join(m.page.text.split()))
    if line is None:
        return None
    return line["venue"], f"{line['verb']} {line['what']}".strip(), line.group(0)


# One check-in of a feed: the verb, what, and the venue's capitalised words (a street address's number included),
# up to the next word in lower case or a sentence's capital after a street's or a venue's own last word.
_FEED_LINE = (
    r"(?P<verb>is drinking|drank|checked in|is checking in|is eating|is having) (?P<what>[^.]{0,120}?)\bat "
    r"(?P<venue>[A-Z0-9][\w'’&.-]*(?: (?:[A-Z0-9][\w'’&.-]*|of|the|and|&)){0,6}?"
    r"(?: (?:Ave|Avenue|St|Street|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Way|Pl|Ct|Taproom|Brewery|Brewing|Bar|Pub|Tavern"
    r"|Saloon|Lounge|Cafe|Café|Kitchen|Grill|Club|Park|Stadium|Field|Arena|Hall|Inn|Hotel)\b|(?= [a-z]|$)))"
)


def location_exposure(ctx: Context, m: Match) -> Iterator[Finding]:
    """Check-ins and geotags on the subject's posts and photos, except at the practice."""
    mine = own_handles(ctx, m)
    where = site_name(ctx, m.page.site_id)
    checked = check_in(m)
    if checked is not None and not at_practice(ctx, checked[0]):
        title = f"Check-in at {checked[0]} on {where}"
        yield emit(ctx, m, "location_exposure", checked[0], title, checked[2], key=f"check-in {m.page.url}")
    from footprint.assess.detectors.own_words import opening_post

    opener = opening_post(m)
    for post in [*own_posts(ctx, m), *([opener] if opener is not None else [])]:
        place = post.location or place_in_text(post.text)
        if place and not at_practice(ctx, place) and not hit("professional_event", f"{place} {post.text}"):
            title = f"Check-in at {place} on {where}"
            excerpt, item = f"{post.text} — at {place}", post_item(m, post)
            yield emit(ctx, m, "location_exposure", place, title, excerpt, url=post.url, item=item)
        elif (pointer := _own_house(post.text)) and not WORKPLACE_WORDS.search(pointer):
            title = f"Your post on {where} tells readers which house is yours"
            yield emit(ctx, m, "location_exposure", pointer, title, post.text, url=post.url, item=post_item(m, post))
        elif empty := empty_home(post.text):
            title = f"Your post on {where} says your home is empty"
            yield emit(ctx, m, "location_exposure", empty, title, post.text, url=post.url, item=post_item(m, post))
        elif away := away_with_dates(post.text):
            title = f"Your post on {where} says where your household will be, and on which days"
            yield emit(ctx, m, "location_exposure", away, title, post.text, url=post.url, item=post_item(m, post))
        elif (
            (habit := routine(post.text))
            and not at_practice(ctx, habit)
            and not hit("professional_event", habit.lower())
        ):
            title = f"Your post on {where} gives your weekly routine: where and when to find you"
            yield emit(ctx, m, "location_exposure", habit, title, post.text, url=post.url, item=post_item(m, post))
    yield from _home_pointed_out(ctx, m)
    yield from routine_told_of_them(ctx, m)
    yield from home_road_told(ctx, m)
    yield from room_and_hours(ctx, m)
    yield from away_announced(ctx, m)
    yield from own_routine(ctx, m)
    yield from weekly_whereabouts(ctx, m)
    yield from wedding_day(ctx, m)
    yield from route_from_home(ctx, m)
    for photo in _social_photos(m):
        if photo.posted_by not in mine:
            yield from _tagged_where(ctx, m, photo)
            continue
        if photo.gps is not None:
            lat, lon = photo.gps
            shown = f"GPS {lat:.5f}, {lon:.5f}"
            title = f"Your photo on {where} carries its GPS position"
            excerpt = f"{photo_text(photo)} — {shown}"
            key, item = photo.url or shown, photo_item(m, photo)
            yield emit(ctx, m, "location_exposure", shown, title, excerpt, key=key, item=item)
        elif photo.location and not at_practice(ctx, photo.location):
            title = f"Your photo on {where} is geotagged {photo.location}"
            excerpt = f"{photo_text(photo)} — at {photo.location}"
            key, item = photo.url or photo.location, photo_item(m, photo)
            yield emit(ctx, m, "location_exposure", photo.location, title, excerpt, key=key, item=item)


def _tagged_where(ctx: Context, m: Match, photo: Photo) -> Iterator[Finding]:
    """Someone else's photo that tags the subject and says where it was taken (a relative's photo of the new house,
    geotagged to the neighbourhood): where the subject is, told by another's post, as the guidance on friends'
    tags warns. Not a news picture, and not one at the practice or at a professional event."""
    text = photo_text(photo)
    moved = _MOVED_IN.search(text)
    place = photo.location or (moved["road"] if moved else "")
    if m.page.kind == PageKind.NEWS or not place or at_practice(ctx, place):
        return
    if not tags_subject(ctx, m, photo) or work_scene(text):
        return
    where = site_name(ctx, m.page.site_id)
    title = f"A photo of you on {where} is geotagged {photo.location}"
    if not photo.location:  # "Finally moved into the blue house on NE Wiberg Hollow": the household's new road
        title = f"A photo of you on {where} says which road your new home is on"
    key, item = f"where {photo.url or place}", photo_item(m, photo)
    yield emit(ctx, m, "location_exposure", place, title, f"{text} — at {place}", key=key, item=item)


# A move into a house on a named road: "Finally moved into the blue house on NE Wiberg Hollow", "we moved into our new
# place off Elm Crest Rd". Told by the household (their post, a relative's photo tagging them), it is their home road.
_MOVED_IN = re.compile(
    r"\b(?i:moved|moving|move)\s+(?i:into|in\s+to)\s+(?i:the|our|their|a|my|her|his)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:house|home|place|condo|apartment|townhouse|farmhouse|cottage)\s+(?i:on|off)\s+"
    r"(?P<road>(?:(?:NE|NW|SE|SW|N|S|E|W)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


# A place the post's own words pin: the pin emoji platforms and people use for a location, "checked in at",
# "currently at" (a place's capitalised name after them).
_PLACE_SAID = re.compile(
    r"📍\s*(?P<pin>[^\n#@|]{3,60}?)\s*(?=$|[#@\n|]|[.!?](?:\s|$))"
    r"|\b(?:checked in at|checking in at|currently at|right now at)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|on|at|the|&)){0,5})"
)


# A post announcing the house stands empty or the household is away until a day: where they are not.
_EMPTY_HOME = re.compile(
    r"\b(?:(?:the |our |my )?(?:house|home|place|apartment|condo)"
    # "House in the Heights is empty", "house in town sits empty": where the house is, then that it is empty.
    r"(?:\s+(?:in|on|at|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:'s| is| will be| sits| stays)\s+(?:empty|vacant)"
    r"|nobody(?:'s| is| will be) (?:home|at the house)"
    r"|(?:out of town|away from home|away|gone)\s+(?:until|till|til|through|thru)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # At the second home till a month's end: "At the cabin through the end of July, stop by".
    r"|\bat\s+(?:the|our|my)\s+(?:cabin|lake\s+house|beach\s+house|cottage|camp|ranch|condo)\s+(?:until|till|til|through|thru)"
    r"\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r")\b",
    re.I,
)


# The writer pointing out their own house: "I'm the house on 96th with the trailer rig in the driveway", "we're the
# blue house at the end of Elm, come by".
_OWN_HOUSE = re.compile(
    r"\b(?:i(?:'|’)?m|i am|we(?:'|’)?re|we are|ours is|mine is)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:house|home|place|two-story|ranch|bungalow|colonial|townhouse|cottage|duplex|farmhouse)"
    r"\s+(?:on|at|with|next to|across from|behind|at the end of|on the corner of)\s+[^.!?;]{2,60}",
    re.I,
)


# The writer's own house by its road: "walk home to our place on Lower Beaver", "my house off Elm Crest".
_OWN_ROAD = re.compile(
    r"\b(?i:our|my)\s+(?i:place|house|home|farm|cabin|ranch|cottage)\s+(?i:on|off)\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Christmas|Easter|Thanksgiving)\b)(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
)


def _own_house(text: str) -> str:
    found = _OWN_HOUSE.search(text) or _OWN_ROAD.search(text) or _MOVED_IN.search(text)
    return found.group().strip() if found else ""


def empty_home(text: str) -> str:
    """The words of a post saying the writer's home is empty or they are away until a day, or ""."""
    found = _EMPTY_HOME.search(text)
    return found.group() if found else ""


def place_in_text(text: str) -> str:
    """The place a post pins in its words ("📍 Lake Tahoe", "checked in at Blue Fin Sushi"), or ""."""
    found = _PLACE_SAID.search(text)
    if found is None:
        return ""
    return (found["pin"] or found["name"] or "").strip(" ,.-")


def _home_pointed_out(ctx: Context, m: Match) -> Iterator[Finding]:
    """Someone else's public post that names the subject and tells readers which house is theirs: a neighbour
    on a neighbourhood site or a parents' forum answering "can anyone recommend a doctor?" with "she lives on
    Elm, the green house at the end, just knock". Nextdoor and local forums are where neighbours write this
    (the home-address exposure physician-safety guidance warns of is as often written by a neighbour as by a
    broker); their words are the exposure, whoever wrote them."""
    where = site_name(ctx, m.page.site_id)
    for pointer, post in pointed_out(ctx, m):
        title = f"A post on {where} tells readers where your home is"
        yield emit(ctx, m, "location_exposure", pointer, title, post.text, url=post.url, item=post_item(m, post))


def pointed_out(ctx: Context, m: Match) -> list[tuple[str, Post]]:
    """(the words that point, the post) for each public post of someone else that names the subject and tells
    readers which house is theirs."""
    owned = own_posts(ctx, m)
    mine = own_handles(ctx, m) | {p.author for p in owned}
    out = []
    for post in m.page.posts:
        if post.author in mine or post in owned or not is_public(post.audience):
            continue
        pointer = hit("home_pointer", post.text)
        if pointer and _names_subject(ctx, m, post.text):
            out.append((pointer, post))
    return out


# The house number a neighbour gives ("the transplant doctor at 1712", "at #3 with the blue door", "5318 with the
# red maple"); not an hour ("at 7:15", "at 5 am").
_HOUSE_NUMBER = re.compile(
    r"(?:\bat\s+#?|#)(?P<n>\d{1,5})\b(?!\s*(?:am\b|pm\b|a\.m|p\.m|o'?clock|:\d|%|\.\d))|\b(?P<m>\d{2,5})\s+with\s+the\b",
    re.I,
)


def house_number(text: str) -> str:
    found = _HOUSE_NUMBER.search(text)
    return (found["n"] or found["m"]) if found else ""


_NOT_A_NAME = frozenset({"dr", "dra", "doctor", "doc", "md", "do", "mr", "mrs", "ms"})


def _names_subject(ctx: Context, m: Match, text: str) -> bool:
    """The post names the subject: their family name, or a name of the person the match chose on this page
    ("Dr. Esther" for Eszter, "Dr. Kay" for Kanokwan)."""
    said = fold(text).split()
    family = fold(ctx.identity.subject.family_name or "")
    if family and names_family(family, " ".join(said)):
        return True
    shown = {w for w in fold(m.person.name).split() if len(w) > 2 and w not in _NOT_A_NAME} if m.person else set()
    return bool(shown & set(said)) or _doctor_by_given_name(ctx, text)


def _doctor_by_given_name(ctx: Context, text: str) -> bool:
    """ "Dr. Cori", "Dr. Tina", "Dr. Tam": neighbours call a doctor by title and given name, a nickname or its
    first letters (three at least) included."""
    given = ctx.identity.subject.given_name or ""
    forms = given_name_forms(given) | ({fold(given)} if given else set())
    for found in re.finditer(r"\b(?:Dr|Doc|Doctor)\.?\s+([A-Z][\w-]+)", text):
        name = fold(found.group(1))
        if name in forms or (len(name) >= 3 and fold(given).startswith(name)):
            return True
    return False
