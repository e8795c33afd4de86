"""Someone else's video of the subject off duty: a brewery's open-mic night whose description says "Dr. Nate
Quarrington ... on guitar ..., a pint of our Hazy IPA on his amp". The video shows them as surely as a tagged photo
does, so its description is read as that picture's caption (``photos.tagged_photo`` and ``substance_imagery``)."""

from __future__ import annotations

from footprint.assess.detectors.base import Context, hit, own_handles
from footprint.assess.detectors.public_face import work_scene
from footprint.identity import fold
from footprint.models import Match, Photo


def videos_of_them(ctx: Context, m: Match) -> list[Photo]:
    """The videos on a page matched to the subject that another account posted, whose description names the person
    the match chose as the subject and tells a night out or a drink, not their work: each as a photo tagging that
    person. A video of them at work (a hospital's "Meet Dr. Roe", a talk on drinking) is not one."""
    person = m.person
    if person is None or not m.result.decision.is_match or len(fold(person.name).split()) < 2:
        return []
    mine = own_handles(ctx, m)
    name = fold(person.name)
    out = []
    for post in m.page.posts:
        if not post.video or not post.author or post.author in mine or fold(post.author) == name:
            continue  # their own channel's video is their own post
        if name not in fold(post.text):
            continue
        # A video of them at work (a talk, a clinic's segment) is their public face, whatever drink its topic names.
        if (hit("leisure", post.text) or hit("substance", post.text)) and not work_scene(post.text):
            out.append(Photo(url=post.url, caption=post.text, posted_by=post.author, tagged=(person.name,)))
    return out


def is_video(m: Match, photo: Photo) -> bool:
    return any(p.video and p.url == photo.url for p in m.page.posts)
