"""A text the subject signed: the contact lines under their signature are their own.

A club's or a neighbourhood group's update ends with who wrote it ("— Jane Roe", her role, her cell
and e-mail). Those lines are the writer's own contact, as much as "text me at" would be; the same
signature under a clinic's newsletter gives the office's line, and a line the page gives every reader ("To report
an error, call ...") is the organisation's.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.models import Decision, Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

UPDATE = """<html><head><title>{title}</title></head><body><article><h1>Spring League Update</h1>
<p>Fields at Lindenwood Park open April 28. Captains, rosters are due Friday.</p>
<p>Questions? Text or e-mail me anytime.</p>
<p>— Ida Brandvold<br>Women's Division Coordinator<br>cell 701-555-0174 · ida.brandvold.nd@example.com</p>
<p>League e-mail: board@fargoultimate.example</p></article></body></html>"""


def _categories(title: str, role: str = "Women's Division Coordinator") -> set[str]:
    url = "https://fargoultimate.example/news/spring-update"
    probe = Probe("fargoultimate.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = UPDATE.replace("{title}", title).replace("Women's Division Coordinator", role)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


def test_her_cell_and_email_under_her_signature_on_a_club_page_are_personal() -> None:
    assert {"personal_phone", "personal_email"} <= _categories("Spring League Update | Fargo Ultimate")


def test_the_same_signature_on_a_clinics_page_gives_the_offices_line() -> None:
    assert not {"personal_phone", "personal_email"} & _categories("Clinic News | Red River Pediatrics Clinic")


def test_a_signature_that_gives_her_practice_gives_work_contacts() -> None:
    found = _categories("Spring League Update | Fargo Ultimate", role="Team physician, Red River Family Medicine")
    assert not {"personal_phone", "personal_email"} & found


NOTES = """<html><head><title>Class Notes, Spring 2019 | Alumni Association</title></head><body><ul>
<li><strong>Ann Poe, M.D. '15</strong> completed a residency in Tucson.</li>
<li><strong>Harold Vance, M.D. '71</strong> retired from his Pendleton practice after 44 years of rural care.</li>
<li><strong>Lucinda Ferraro, M.D. '88</strong> was named chief medical officer of Bay Area Hospital.</li>
<li><strong>Ida Brandvold, M.D. '13</strong>, married Hal Quint in Fargo last August, with classmates in the
wedding party.</li></ul>
<p>Send your news to alumni@medschool.example.</p></body></html>"""


def test_a_list_item_that_opens_with_her_name_is_no_signature() -> None:
    url = "https://medschool.example/alumni/class-notes"
    probe = Probe("medschool.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, NOTES, "text/html", url), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert "personal_email" not in found  # the alumni office's address under the list is not hers


def test_the_organisations_line_given_to_every_reader_under_her_signature_is_not_hers() -> None:
    body = UPDATE.replace(
        "cell 701-555-0174 · ida.brandvold.nd@example.com</p>",
        "</p><p>We list every volunteer we can. To report an error or omission, call 701-555-0112.</p>",
    ).replace("{title}", "Spring League Update | Fargo Ultimate")
    url = "https://fargoultimate.example/news/spring-update"
    probe = Probe("fargoultimate.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    me = next(p for p in page.people if p.name == "Ida Brandvold")
    subject = make_subject("Dr. Ida Brandvold", city="Fargo", state="ND")
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), me, page.people.index(me)))
    found = {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}
    assert "personal_phone" not in found
