"""A post or a letter signed by name: the lines under the signature (role, cell, e-mail) are the signer's,
an organisation's contact line is not, and a name in the middle of a sentence signs nothing."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

UPDATE = """<html><head><title>Spring League Update | Prairie Ultimate</title></head><body><article>
<h1>Spring League Update</h1>
<p>Fields open April 28. Captains, rosters are due Friday. New this year: a women's division pickup every
Sunday at 10. Bring a light and a dark shirt. Questions? Text or e-mail me anytime.</p>
<p>{signature}<br>Women's Division Coordinator<br>cell 701-555-0174 · zora.q@example.com<br>
League e-mail: board@prairieultimate.example</p></article></body></html>"""


def _read(signature: str) -> Extracted:
    url = "https://prairieultimate.example/news/spring"
    probe = Probe("prairieultimate.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, UPDATE.format(signature=signature), "text/html", url), None)


def _zora(page: Extracted):  # type: ignore[no-untyped-def]
    return next(p for p in page.people if p.name == "Zora Quillfeather")


def test_a_signatures_lines_are_the_signers() -> None:
    zora = _zora(_read("— Zora Quillfeather"))
    assert zora.phones == ("+17015550174",)
    assert zora.emails == ("zora.q@example.com",)  # the league's board address is not hers


def test_a_closing_word_then_the_name_signs_too() -> None:
    assert _zora(_read("Thanks,<br>Zora Quillfeather")).phones == ("+17015550174",)


def test_a_name_inside_a_sentence_signs_nothing() -> None:
    zora = _zora(_read("Thanks to Zora Quillfeather for the fields."))
    assert zora.phones == () and zora.emails == ()


def test_the_signers_phone_known_from_her_broker_record_makes_the_post_hers() -> None:
    page = _read("— Zora Quillfeather")
    who = Identity(make_subject("Dr. Zora Quillfeather", state="ND"), (), phones=("(701) 555-0174",))
    assert match(who, page).decision.is_match
    other = Identity(make_subject("Dr. Zora Quillfeather", state="ND"), (), phones=("(701) 555-0999",))
    assert match(other, page).decision == Decision.POSSIBLE
    assert not match(replace(who, phones=()), page).decision.is_match


LETTER = """<html><head><title>LETTER: Fix the bridge | Valley Daily</title></head><body><article>
<h1>LETTER: Fix the bridge</h1><p>I have crossed that bridge for thirty years. The county must act before winter.</p>
<p>{signature}</p><p>{town}</p><p>Reader comments</p></article></body></html>"""


def _letter(signature: str, town: str) -> Extracted:
    url = "https://valleydaily.example/opinion/letters/fix-the-bridge"
    probe = Probe("valleydaily.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, LETTER.format(signature=signature, town=town), "text/html", url), None)


def test_a_letter_signed_on_its_own_line_takes_the_town_under_it() -> None:
    page = _letter("J.W. Quillfeather Jr., D.O.", "Fargo")
    signer = next(p for p in page.people if p.name.startswith("J.W."))
    assert "Fargo" in signer.context.split(" [page: ")[0]


def test_a_letter_signed_with_the_registry_initials_of_a_doctor_who_goes_by_the_middle_name() -> None:
    from footprint.models import Address, NpiRecord

    record = NpiRecord("1234567893", "JAMES", "QUILLFEATHER", "WENDELL", credential="DO", suffix="Jr.",
                       addresses=(Address("1 Elm St", "Fargo", "ND", "58103", "LOCATION"),))  # fmt: skip
    who = Identity(make_subject("Dr. Wendell Quillfeather"), (), record)
    assert match(who, _letter("J.W. Quillfeather Jr., D.O.", "Fargo")).decision.is_match
    assert not match(who, _letter("J.W. Quillfeather Sr., D.O.", "Fargo")).decision.is_match  # his father
    assert not match(who, _letter("J.K. Quillfeather Jr., D.O.", "Fargo")).decision.is_match  # another middle


COLUMN = """<html><head><title>Sleep Corner | Prairie Medical Society Bulletin</title></head><body><article>
<h1>Sleep Corner: your patients and the clock change</h1>
<p class="meta">by <span itemprop="author">Z.K.Q., DO</span>, Spring 2026</p>
<div class="body"><p>Every March our patients lose an hour of sleep, and most of them do not get it back for a week.
Move bedtime fifteen minutes earlier for four nights before the change, and get outside in the morning light.</p>
<p><em>Z.K.Q. is a sleep physician in Fargo and a society member since 2013.</em></p>
<p>Reviewed by the M.D., Ph.D. panel of the society.</p></div></article></body></html>"""


def test_a_column_signed_with_initials_and_a_credential_is_read_as_its_writer() -> None:
    # A society column or a letter signed "Z.K.Q., DO": the initials are its writer, and the line that names
    # them again ("Z.K.Q. is a sleep physician in Fargo") says who they are; a credential's letters are nobody.
    url = "https://prairiemed.example/bulletin/sleep-corner"
    probe = Probe("prairiemed.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    people = extract(Page(probe, 200, COLUMN, "text/html", url), None).people
    (writer,) = [p for p in people if p.name == "Z.K.Q."]
    assert "DO" in writer.credentials and "sleep physician in Fargo" in writer.context
    assert not any(p.name in ("M.D.", "Every March") for p in people)
    unsigned = COLUMN.replace("Z.K.Q., DO", "the editors")
    assert not any(p.name == "Z.K.Q." for p in extract(Page(probe, 200, unsigned, "text/html", url), None).people)


LETTERS = """<html><head><title>Letters: Drones, the bridge | Valley Daily</title></head><body><article>
<h1>Letters: Drones, the bridge</h1><p>Readers write.</p>
<h2>Drone hobbyists are going to hurt someone</h2>
<p>Twice this month a drone came within a few hundred feet of aircraft on final. After thirty years in aviation
medicine I have seen what a bird strike does. The county should confiscate their toys.</p>
<p>— Z.K.Q., D.O., West Fargo</p>
<h2>Fix the bridge</h2><p>Enough already. — Lois Kamp, Wyoming</p></article></body></html>"""


def _letters() -> Extracted:
    url = "https://valleydaily.example/opinion/letters/drones"
    probe = Probe("valleydaily.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    return extract(Page(probe, 200, LETTERS, "text/html", url), None)


def test_a_letters_page_gives_each_writer_their_own_letter_and_town() -> None:
    """Several letters, each signed under its last paragraph: a writer's words are the letter above their sign-off,
    not the next letter's heading and signer; a town a state's name after a signer is no city called by their name."""
    people = {p.name: p for p in _letters().people}
    writer = people["Z.K.Q."].context.split(" [page: ")[0]
    assert "thirty years in aviation medicine" in writer and "West Fargo" in writer
    assert "Lois Kamp" not in writer and "Fix the bridge" not in writer
    assert all(a.city != "Lois Kamp" for p in people.values() for a in p.addresses)


def test_a_doctors_letter_signed_with_initials_town_and_field_is_theirs() -> None:
    from footprint.models import Address, NpiRecord

    record = NpiRecord("1234567893", "ZORA", "QUILLFEATHER", "KAY", credential="DO", taxonomies=("Aerospace Medicine",),
                       addresses=(Address("1 Elm St", "Fargo", "ND", "58103", "LOCATION"),))  # fmt: skip
    who = Identity(make_subject("Dr. Zora Quillfeather"), (), record)
    assert match(who, _letters()).decision.is_match
