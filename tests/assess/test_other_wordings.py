"""Findings on matched pages that word an exposure the way real pages do, beyond plain English prose.

A board's lookup answers its discipline section under a sub-field ("Public Actions: None"); a business's page
opens with its own address under a name the subject shares; a directory bio says "their parents on anxiety,
ADHD"; a contact-data broker's FAQ spells out a "personal email" and a "mobile number"; a talk's video
description gives "(her cell)"; a neighbour is offered care at the house, no charge; a community paper in
Vietnamese, Greek or Chinese names the family in its own words and says whose house the pickup is at.
"""

from __future__ import annotations

from footprint.match import match
from footprint.models import (
    Decision,
    Extracted,
    MatchResult,
    PageKind,
    PersonRecord,
    Post,
)
from tests.assess._marta import excerpts, marta, read_page

MARTA = marta()


def _assessed(page: Extracted, person: PersonRecord | None = None) -> dict[str, set[str]]:
    """category -> the excerpts of its findings, the page taken as the subject's (a confirmed match)."""
    judged = match(MARTA, page)
    chosen = person if person is not None else judged.person
    sure = MatchResult(0.95, Decision.CONFIRMED, judged.reasons, chosen, judged.person_index)
    return excerpts(MARTA, page, sure)


def _found(body: str, url: str, kind: PageKind = PageKind.OTHER) -> dict[str, set[str]]:
    return _assessed(read_page(body, url, kind))


def _html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _lookup(discipline: str) -> str:
    return _html(
        "License Details - State Medical Board",
        f"""<h1>Practitioner Profile</h1><table>
<tr><th>Name</th><td>QUELLWEG, MARTA L</td></tr><tr><th>Status</th><td>Active</td></tr>
<tr><th>City</th><td>DAYTON</td></tr></table><h2>Disciplinary Actions</h2><p>{discipline}</p>
<h2>Malpractice</h2><p>None reported.</p>""",
    )


def test_a_lookups_discipline_section_answered_none_under_a_sub_field_is_no_action() -> None:
    none = _found(_lookup("Public Actions: None"), "https://board.example/v?lic=1", PageKind.OFFICIAL_RECORD)
    assert "disciplinary_action" not in none
    pending = _found(_lookup("Pending Actions: None"), "https://board.example/v?lic=2", PageKind.OFFICIAL_RECORD)
    assert "disciplinary_action" not in pending
    one = _found(
        _lookup("Public Actions: Consent order 03/2024, probation two years."),
        "https://board.example/v?lic=3",
        PageKind.OFFICIAL_RECORD,
    )
    assert "disciplinary_action" in one


def test_a_business_pages_letterhead_street_is_not_the_home_of_a_relative_it_names() -> None:
    staff = _html(
        "Our Staff | Quellweg-Barnes Hardware | Dayton, OH",
        """<p>Quellweg-Barnes Hardware · 200 S Brown Crest St, Dayton, OH 45402 · (937) 555-0190</p>
<h2>Our Staff</h2><p>Karl Quellweg, Owner. Karl is the third generation of Quellwegs at the store. He and his
wife, Dr. Marta Quellweg, have two grown sons.</p>""",
    )
    assert "home_address" not in _found(staff, "https://www.qbhardware.example/our-staff")
    meal_train = _html(
        "Meal train for the Quellwegs | Linden Crest Neighbors",
        """<p>Marta Quellweg is home recovering after a fall. Please drop meals at 77 Linden Crest Ct
between 4 and 6.</p>""",
    )
    assert "home_address" in _found(meal_train, "https://neighbors.example/meal-train")


def test_a_relation_followed_by_a_topic_names_no_relative() -> None:
    profile = _html(
        "Marta Quellweg, MD, Pediatrician, Dayton, OH",
        """<p>Marta Quellweg Pediatrician, MD Verified by the Directory Dayton, OH 45429 I work with children,
teens and their parents on anxiety, ADHD, OCD and the hard years in between.</p>""",
    )
    assert "family_information" not in _found(profile, "https://directory.example/marta-quellweg")
    bio = _html(
        "Club news, October | Dayton Runners Club",
        "<p>Our thanks to Marta Quellweg, who runs the Saturday group with her husband, fellow runner Tomas Reyes.</p>",
    )
    assert "family_information" in _found(bio, "https://runners.example/news/october")


def test_a_contact_brokers_faq_spelling_out_a_personal_email_and_mobile_number_is_flagged() -> None:
    broker = _html(
        "Marta Quellweg Email & Phone Number | Dayton Pediatrics Contact Information",
        """<h1>Marta Quellweg</h1><p>Pediatrician @ Dayton Pediatrics</p>
<p>Marta's Contact Details Work m••••@daytonpeds.example.com Personal m••••••@example.com Mobile (937) 555-01••</p>
<h2>Frequently Asked Questions</h2>
<p>What is Marta Quellweg's email? Marta Quellweg's personal email is marta.q.home@example.com; her work email
follows the first initial + last name format. What is Marta Quellweg's phone number? Marta Quellweg's mobile
number is (937) 555-0172.</p>""",
    )
    found = _found(broker, "https://contacts.example/marta-quellweg-email_1")
    assert [e for e in found.get("personal_email", ()) if "marta.q.home@example.com" in e]
    assert not [e for e in found.get("personal_email", ()) if "daytonpeds" in e]
    assert "personal_phone" in found
    masked = broker.split("<h2>")[0] + "</body></html>"
    assert not {"personal_email", "personal_phone"} & set(_found(masked, "https://contacts.example/marta-2"))


def test_a_phone_labelled_her_cell_in_a_video_description_is_flagged_and_the_main_line_is_not() -> None:
    def video(description: str) -> Extracted:
        return Extracted(
            "https://video.example/watch?v=1",
            "video.example",
            PageKind.SOCIAL_PROFILE,
            title="Screens and Sleep - Dr. Marta Quellweg - Dayton PTO",
            people=(PersonRecord("Marta Quellweg", read_from=("name:title",)),),
            text=f"Screens and Sleep - Dr. Marta Quellweg - Dayton PTO {description}",
        )

    cell = (
        "Parent night talk by pediatrician Dr. Marta Quellweg. "
        "She asked us to share: text her at (937) 555-0191 (her cell, please be kind)."
    )
    assert "personal_phone" in _assessed(video(cell))
    office = "Parent night talk by pediatrician Dr. Marta Quellweg. Appointments: (937) 555-0191 (main line)."
    assert "personal_phone" not in _assessed(video(office))


def _thread(reply: str) -> Extracted:
    return Extracted(
        "https://neighbors.example/p/1",
        "neighbors.example",
        PageKind.OTHER,
        title="Pediatrician with no waitlist??",
        people=(PersonRecord("Marta Quellweg", read_from=("name:comment",)),),
        posts=(
            Post("Dana Poe", "Our 6yo has had a cough for two weeks. Does anyone know someone who can see her soon?"),
            Post("Marta Quellweg", reply, on_post_by="Dana Poe"),
        ),
        text=f"Pediatrician with no waitlist?? Dana Poe Our 6yo has a cough. Marta Quellweg {reply}",
    )


def test_offering_a_neighbour_care_at_the_house_no_charge_is_a_boundary_problem() -> None:
    offer = (
        "Hi Dana, I'm the pediatrician on Linden. Bring her by the house Saturday morning and I can call in "
        "an inhaler. No charge for neighbors."
    )
    assert "boundary_violation" in _assessed(_thread(offer))
    referral = "Hi Dana, our clinic keeps same-day slots: call the front desk Monday morning and ask for one."
    assert "boundary_violation" not in _assessed(_thread(referral))


def _paper(text: str, title: str = "Cộng đồng") -> Extracted:
    return Extracted(
        "https://paper.example/2026/10/bac-si",
        "paper.example",
        PageKind.NEWS,
        title=title,
        people=(PersonRecord("Marta Quellweg", read_from=("name:text",)),),
        text=f"{title} {text}",
    )


def test_a_community_paper_in_another_language_naming_the_family_is_flagged() -> None:
    vietnamese = (
        "BS. Marta Quellweg (Marta Quellweg, MD) là bác sĩ nhi khoa ở Dayton. "
        "Chị và chồng, kỹ sư Trần Minh, có hai con, bé Ava và bé Leo."
    )
    assert "family_information" in _assessed(_paper(vietnamese))
    # Chinese: the Latin name once, then the paper goes on about her in characters, sentences ending in "。".
    chinese = (
        "十月講座由奎爾韋格醫師 (QUELLWEG Marta, MD) 主講，近六十位鄉親參加。"
        "奎醫師是代頓兒科的醫師。奎醫師是本會前會長與林美玲女士的長女。"
    )
    assert "family_information" in _assessed(_paper(chinese, "2026 秋季會訊"))
    # Armenian: sentences end in "։"; "ամուսինը" is her husband.
    armenian = (
        "Մանկաբույժ բժիշկ Մարտա Քուելվեգը (Marta Quellweg, MD) կիրակի դասախոսեց։ "
        "Նա Դեյթոնում է ապրում, ամուսինը՝ Կառլոն, ճարտարագետ է։"
    )
    assert "family_information" in _assessed(_paper(armenian, "Հայրենիք"))
    # A patient's family in the same words is the patient's.
    patient = "BS. Marta Quellweg (Marta Quellweg, MD) kể về bệnh nhân nhỏ và chồng của mẹ bé."
    assert "family_information" not in _assessed(_paper(patient))
    # Far from any sentence naming her, a relation is someone else's.
    far = (
        "BS. Marta Quellweg (Marta Quellweg, MD) là bác sĩ nhi khoa. Hội chợ rất đông. Trời đẹp. "
        "Có nhiều món ăn. Ông Lâm và vợ bán bánh."
    )
    assert "family_information" not in _assessed(_paper(far))


def test_a_news_storys_street_is_a_home_only_in_a_sentence_saying_it_is_a_house() -> None:
    greek = (
        "Ευχαριστίες στη Δρ. Μάρτα (Dr. Marta Quellweg) και στον σύζυγό της Κάρλο. "
        "Τα γλυκά παραλαμβάνονται στο σπίτι τους, 77 Linden Crest Ct, Dayton."
    )
    assert "home_address" in _assessed(_paper(greek, "Δελτίο"))
    clinic = "Dr. Marta Quellweg sees children at 3300 Brown Crest St, Dayton. She opened the practice in 2019."
    assert "home_address" not in _assessed(_paper(clinic, "Dayton Daily"))


def _link_page(offer: str) -> Extracted:
    return Extracted(
        "https://links.example/dr.marta.quellweg",
        "links.example",
        PageKind.OTHER,
        title="Dr. Marta Quellweg | Links",
        people=(PersonRecord("Marta Quellweg", read_from=("name:title", "name:h1")),),
        text=f"Dr. Marta Quellweg Board certified pediatrician, Dayton. {offer}",
    )


def test_a_page_under_the_doctors_name_selling_consults_paid_by_wire_app_or_crypto_is_an_impostor() -> None:
    # No account was listed: what the page sells is what gives the impostor away.
    scam = _link_page("Private consults, second opinions in 24h. Pay by Zelle. Book (WhatsApp +1 937 555 0116)")
    assert "impersonation" in _assessed(scam)
    crypto = _link_page("DM for sleep-training packages, $499 all inclusive, cash/crypto only.")
    assert "impersonation" in _assessed(crypto)
    practice = _link_page("Book a visit online or call the office. We take most insurance plans.")
    assert "impersonation" not in _assessed(practice)
