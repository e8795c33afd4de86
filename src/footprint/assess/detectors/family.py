"""family_information: relatives a broker or a profile lists, or that a community page, the subject's
posts or their own newsletter name (:mod:`kinship`, :mod:`kin_lists`).
"""

from __future__ import annotations

from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, own_posts, post_item, site_name
from footprint.assess.detectors.broker_told import kin_told
from footprint.assess.detectors.kinship import kin_in_another_language, kin_sentence, own_kin
from footprint.assess.detectors.own_words import own_article
from footprint.assess.detectors.people import page_key, personal_page
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.relatives_page import household_named, relative_posting
from footprint.models import Finding, Match, PageKind, PersonRecord

# Pages of a community (a school newsletter, a club, a parish bulletin): their words about the subject's
# family ("mom of Lars and Ingrid", "her husband Erik") are as exposed as a broker's list.
COMMUNITY_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})


def family_information(ctx: Context, m: Match) -> Iterator[Finding]:
    person = personal_page(ctx, m)
    if person is None and m.page.kind in COMMUNITY_KINDS and m.result.person is not None:
        person = m.result.person
    title = f"Relatives named on {site_name(ctx, m.page.site_id)}"
    if person is None or not person.relatives or _read_from_prose(m, person):
        relation, sentence = kin_sentence(ctx, m)  # a wedding announcement, an obituary, a bulletin
        if not relation:  # a community paper in the family's language: "con gái ông Nguyễn Văn Lộc"
            relation, sentence = kin_in_another_language(ctx, m)
        if relation:
            yield emit(ctx, m, "family_information", relation, title, sentence, key=f"{m.page.url} {relation}")
            return
        if named := household_named(m):  # a relative's page: the subject beside relatives a broker lists
            yield emit(ctx, m, "family_information", named, title, f"Names {named}", key=f"{m.page.url} {named}")
            return
        if poster := relative_posting(m):  # a spouse's public post about the subject: the family tied to them
            said = f"{poster}, your relative, posted about you"
            yield emit(ctx, m, "family_information", poster, title, said, key=f"{m.page.url} {poster}")
            return
        if m.page.kind != PageKind.PEOPLE_SEARCH and (kin := kin_told(ctx, m))[0]:
            # "Paul and the twins (Hannah and Eli ...)" after "Meg is the doctor ...": a broker's relatives of hers
            yield emit(ctx, m, "family_information", kin[0], title, kin[1], key=f"{m.page.url} {kin[0]}")
            return
        for post in own_posts(ctx, m):  # "Happy anniversary to my husband Erik!" on the subject's account
            relation = own_kin(post.text)
            if relation:
                item = post_item(m, post)
                yield emit(ctx, m, "family_information", relation, title, post.text, url=post.url, key=item, item=item)
        article = own_article(ctx, m)  # their newsletter: "when my own daughter Josie was born"
        for sentence in sentences(article.text) if article is not None else ():
            relation = own_kin(sentence)
            if relation:
                yield emit(ctx, m, "family_information", relation, title, sentence, key=f"{m.page.url} {relation}")
                break
        return
    names = ", ".join(person.relatives)
    yield emit(ctx, m, "family_information", names, title, f"{person.name}, relatives: {names}", key=page_key(m, names))


def _read_from_prose(m: Match, person: PersonRecord) -> bool:
    """Relatives read from running text on a community page: whose relatives a sentence names is for the
    sentence's grammar to say ("Dr. Roe thanked Dr. Poe and his wife Mary": Mary is not Roe's)."""
    read = person.read_from
    return m.page.kind in COMMUNITY_KINDS and "name:text" in read and not any(r.startswith("record:") for r in read)
