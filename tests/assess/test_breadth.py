"""Each finding category on phrasings of its whole family, not of one page.

The sentences are written here, one or two per class of wording the real web uses (a board's other names
for an order, a drink by its name, a kinship word of another register, a street in a yard-sale post), each
beside the look-alike a careful reviewer would not flag: a record saying the licence was never suspended, a
disclosed affiliate link, ginger ale, a business partner, the practice's address and line, the hospital's
press mailbox, "Dr. Smith's patients love her", a reply that confirms nothing.
"""

from __future__ import annotations

import pytest

from footprint.assess import assess
from footprint.assess.detectors.base import hit
from footprint.identity import make_subject
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Photo,
    Post,
    Rating,
    Review,
)

SUBJECT = make_subject("Dr. Peggy Quillfeather", handles=["peggyq"])
PEGGY = Identity(SUBJECT, ())
ME = PersonRecord(name="Peggy Quillfeather", handle="peggyq")


def _found(page: Extracted, me: PersonRecord = ME) -> set[str]:
    matched = Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))
    return {c for f in assess(PEGGY, [matched], {}) for c in f.all_categories}


def _post(text: str, on_post_by: str = "", me: PersonRecord = ME) -> set[str]:
    """Categories raised by one public post of hers on her own profile (a reply when ``on_post_by``)."""
    post = Post(author="peggyq", text=text, url="https://social.example/p/1", on_post_by=on_post_by, audience="public")
    page = Extracted(url="https://social.example/peggyq", site_id="social.example", kind=PageKind.SOCIAL_PROFILE,
                     people=(me,), posts=(post,))  # fmt: skip
    return _found(page, me)


def _photo(caption: str) -> set[str]:
    photo = Photo("https://social.example/p/2.jpg", caption=caption, posted_by="peggyq")
    page = Extracted(url="https://social.example/peggyq", site_id="social.example", kind=PageKind.SOCIAL_PROFILE,
                     people=(ME,), photos=(photo,))  # fmt: skip
    return _found(page)


# --- disciplinary_action: the names boards give their orders ---------------------------------------------


def _board(text: str, kind: PageKind = PageKind.OFFICIAL_RECORD) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
    page = Extracted(url="https://board.example/licensee/1", site_id="board.example", kind=kind,
                     title="Licensee detail", people=(me,), text=text)  # fmt: skip
    return _found(page, me)


@pytest.mark.parametrize(
    "text",
    [
        "2025-04-02 Public Reprimand and an order to complete a course in medical ethics.",
        "Her license was summarily suspended on June 3, 2024 pending a hearing.",
        "Voluntary relinquishment of license accepted by the Board, effective 1/15/2025.",
        "The physician was ordered by the Board to pay costs and complete 20 hours of prescribing CME.",
        "Remedial Plan entered 03/2025 (non-disciplinary).",
        "Assessed a civil penalty of $5,000 for record-keeping violations.",
    ],
)
def test_board_orders_under_their_other_names_are_actions(text: str) -> None:
    assert "disciplinary_action" in _board(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Quillfeather has no history of board action in any state. License status: Active.",
        "License in good standing; her license has never been suspended or restricted.",
        "Public Board Actions: None. Malpractice settlements: None.",
    ],
)
def test_a_record_saying_the_licence_is_clear_is_no_action(text: str) -> None:
    assert "disciplinary_action" not in _board(text)


def test_a_news_story_about_another_doctors_suspension_is_not_hers() -> None:
    text = "Dr. Quillfeather, who chairs the ethics panel, said Dr. Abernathy's license was summarily suspended."
    assert "disciplinary_action" not in _board(text, PageKind.NEWS)


def test_a_story_read_as_a_record_about_another_doctors_suspension_is_not_hers() -> None:
    text = (
        "The Oregon Medical Board has issued an emergency suspension of the license of Dr. Royan Petrakis, a "
        "Salem psychiatrist. Dr. Peggy Quillfeather, who was not involved, said such cases are rare."
    )
    assert "disciplinary_action" not in _board(text)


def test_a_board_record_listing_her_action_is_hers() -> None:
    text = "Dr. Peggy Quillfeather, MD. License suspended for 90 days on June 3, 2024. Dr. Poe: no action."
    assert "disciplinary_action" in _board(text)


# --- undisclosed_conflict: a paid link or code without the words that disclose it --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The only sunscreen my kids will wear. Shop my link: amzn.to/3xQpL2z",
        "My favourite compression socks, 20% off with my link in bio!",
        "Best stethoscope I've owned https://store.example/item?tag=drpeggy-20",
        "The scrubs I wear every shift, 15% off with PEGGY15",
    ],
)
def test_an_affiliate_link_without_a_disclosure_is_undisclosed(text: str) -> None:
    assert "undisclosed_conflict" in _post(text)


@pytest.mark.parametrize(
    "text",
    [
        "The only sunscreen my kids will wear. Shop my link: amzn.to/3xQpL2z #ad",
        "As an Amazon Associate I earn from qualifying purchases: amzn.to/3xQpL2z",
        "Paid partnership with SockCo: 20% off with my link in bio!",
        "This post contains affiliate links. https://store.example/item?tag=drpeggy-20",
    ],
)
def test_a_disclosed_affiliate_link_is_not_undisclosed(text: str) -> None:
    assert "undisclosed_conflict" not in _post(text)


@pytest.mark.parametrize(
    "text", ["Seniors get 10% off with AARP at the pharmacy downstairs.", "Flu shots are 20% off with Medicare Part B."]
)
def test_a_discount_with_a_membership_is_no_code_of_hers(text: str) -> None:
    assert "undisclosed_conflict" not in _post(text)


# --- substance_imagery: drinks by name, where they are drunk, how people say they drank -------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Flight of hazy IPAs at the taproom after the 10k",
        "Bottomless prosecco at Sunday brunch with the girls",
        "Wine tasting weekend in Sonoma 🍇",
        "Gin and tonics on the porch",
    ],
)
def test_a_photo_of_her_drinking_named_by_the_drink_or_the_place(caption: str) -> None:
    assert "substance_imagery" in _photo(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Ginger ale and rum cake at the church bake sale",
        "Donated two pints of blood today, go do yours",
        "Non-alcoholic beer and a bonfire, a dry January win",
        "Pulling weeds all afternoon in the garden",
    ],
)
def test_a_photo_of_no_drink(caption: str) -> None:
    assert "substance_imagery" not in _photo(caption)


def test_her_post_saying_she_drank_too_much() -> None:
    assert "substance_imagery" in _post("A bit tipsy after the reunion, one too many margaritas lol")


def test_her_post_about_the_science_of_hangovers_is_not_drinking() -> None:
    assert "substance_imagery" not in _post("Hangover cures: what the science says (spoiler: water and time).")


# --- family_information: kinship words of every register ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Date night with my hubby Dan, finally!",
        "Our youngest, Ava, lost her first tooth today",
        "So proud of my kiddos Max and Lily at the science fair",
        "Ten years with my better half Sam today",
    ],
)
def test_her_post_naming_a_relative_in_everyday_words(text: str) -> None:
    assert "family_information" in _post(text)


def _plain_page(text: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:title", "name:text"))
    page = Extracted(url="https://pins.example/peggyq/", site_id="pins.example", kind=PageKind.OTHER,
                     title="Peggy Quillfeather (peggyq) - Profile", people=(me,), text=text)  # fmt: skip
    return _found(page, me)


def test_a_profile_whose_blocks_run_together_names_her_child_in_its_bio() -> None:
    text = (
        "Peggy Quillfeather @peggyq ER doc, mom of Lena, Fargo ND Lena's big-girl room 88 Pins "
        "Moving her out of the nursery this spring Discharge tips for patients 143 Pins Garden beds 52 Pins"
    )
    assert "family_information" in _plain_page(text)


def test_a_patients_mother_named_beside_her_is_not_her_family() -> None:
    text = "Peggy Quillfeather treated a patient, mother of Ava Lund, after the crash on I-29"
    assert "family_information" not in _plain_page(text)


def test_a_relative_named_after_an_appositive() -> None:
    text = (
        "Dr. Quillfeather founded the clinic in 2004. She and her husband, cardiologist Dr. Paul Berg, "
        "have three children."
    )
    assert "family_information" in _plain_page(text)


def test_a_colleagues_wife_after_an_appositive_is_not_hers() -> None:
    text = "Dr. Quillfeather thanked Dr. Tom Poe and his wife, nurse Mary Poe, for the gift."
    assert "family_information" not in _plain_page(text)


def test_a_place_named_before_her_relative_leaves_her_the_one_it_is_about() -> None:
    text = (
        "Dr. Quillfeather will retire in June. She plans to spend summers at the cabin on West Lake Okoboji "
        "with her husband, cardiologist Dr. Paul Berg."
    )
    assert "family_information" in _plain_page(text)
    # A person named before "her" is still whose relative it is: "Ann Poe and her husband" are the Poes.
    other = "Dr. Quillfeather will retire in June. She thanked Ann Poe and her husband, Tom Poe, for the gift."
    assert "family_information" not in _plain_page(other)


def test_a_business_partner_is_not_family() -> None:
    assert "family_information" not in _post("Please welcome my partner Dr. Jordan Lee to the practice!")


# --- birth_date: the age or birthday in her own words ------------------------------------------------------


def _profile(bio: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", handle="peggyq", practice=bio)
    return _found(Extracted(url="https://social.example/peggyq", site_id="s", kind=PageKind.SOCIAL_PROFILE,
                            people=(me,)), me)  # fmt: skip


@pytest.mark.parametrize("bio", ["I just turned 40 and ran my first marathon", "Happy birthday to me 🎂 #blessed"])
def test_her_age_or_birthday_in_her_own_words(bio: str) -> None:
    assert "birth_date" in _profile(bio)


def test_a_friends_birthday_wish_to_her_with_her_age() -> None:
    assert "birth_date" in _profile("Happy 34th to Dr. Peggy Quillfeather, who drinks like a sailor on her birthday")


@pytest.mark.parametrize(
    "bio",
    [
        "Our practice turned 25 this year!",
        "Our son turned 10 and wants a puppy",
        "Happy 10th birthday to Max, our youngest!",
    ],
)
def test_an_anniversary_or_a_childs_age_is_not_her_birth_date(bio: str) -> None:
    assert "birth_date" not in _profile(bio)


def _news(text: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:title", "name:text"))
    page = Extracted(url="https://news.example/retire", site_id="news.example", kind=PageKind.NEWS,
                     title="Dr. Peggy Quillfeather to retire", people=(me,), text=text)  # fmt: skip
    return _found(page, me)


def test_her_birthday_in_a_story_about_her_gives_her_age() -> None:
    text = "Dr. Quillfeather will retire June 30, three months after her 66th birthday on March 3."
    assert "birth_date" in _news(text)
    colleague = "Dr. Quillfeather toasted Dr. Ann Poe at the party for her 60th birthday on Friday."
    assert "birth_date" not in _news(colleague)
    mother = "The hospital celebrates Dr. P. Quillfeather Sr. on her 90th birthday on July 24."
    assert "birth_date" not in _news(mother)  # the elder of the name: her mother's birthday, not hers


def test_a_bulletin_honouring_her_birthday_by_her_name_gives_her_age() -> None:
    text = "Kiddush is sponsored by Ole Hanson in honor of Dr. Peggy Quillfeather's 50th birthday (November 3)."
    assert "birth_date" in _news(text)
    colleague = "Dr. Quillfeather sponsors the Kiddush for Dr. Ann Poe's 60th birthday (May 2)."
    assert "birth_date" not in _news(colleague)


# --- home_address, personal_phone, personal_email: in her own posts ----------------------------------------


def test_a_yard_sale_at_her_house_gives_her_home() -> None:
    assert "home_address" in _post("Yard sale Saturday 8-noon at our place, 412 Larkspur Ln. Kids' bikes!")


def test_her_reply_giving_her_house_number_and_street_name_gives_her_home() -> None:
    text = "If she's still floppy in an hour, I'm at 3312 Quincy, bring her by and I'll look at her on the porch."
    assert "home_address" in _post(text, on_post_by="worried_mom")
    assert "home_address" not in _post("I'm at 5 Guys with the kids, come say hi", on_post_by="worried_mom")


def test_a_lost_dog_post_with_her_street_gives_her_home() -> None:
    assert "home_address" in _post("Lost dog! Biscuit slipped out near our house on 77 Birchwood Ct. Please share")


def test_the_clinics_new_address_in_her_post_is_not_her_home() -> None:
    assert "home_address" not in _post("Our new clinic opens Monday at 200 Main St, Suite 4. Come say hi!")


def test_a_house_on_a_numbered_street_gives_her_home() -> None:
    # Numbered streets ("E 97th Pl", "W 5th St") are streets as much as named ones are.
    assert "home_address" in _post("Yard sale Saturday at our house, 4417 E 97th Crest Pl. Cribs and toys!")


def test_the_clinic_on_a_numbered_street_is_not_her_home() -> None:
    assert "home_address" not in _post("Our clinic moves Monday to 412 W 5th St, Suite 2. Same phone!")


def test_her_own_cell_and_inbox_in_her_post() -> None:
    found = _post("Selling my road bike. Text me at 701-555-0199 or email me at peggy.q@yahoo.co.uk")
    assert {"personal_phone", "personal_email"} <= found


def test_the_office_line_in_her_post_is_not_personal() -> None:
    assert "personal_phone" not in _post("Flu shots in stock! Call my office at 701-555-0100 to book.")


def test_a_press_or_service_mailbox_is_not_personal() -> None:
    from footprint.assess.detectors.base import Context
    from footprint.assess.detectors.people import is_personal_email

    ctx = Context(PEGGY, {}, frozenset(), frozenset(), frozenset())
    assert not is_personal_email(ctx, "media.relations@sanfordhealth.org", broker=True)
    assert not is_personal_email(ctx, "newsroom@gmail.com", broker=True)
    assert is_personal_email(ctx, "pquill81@att.net", broker=False)
    assert is_personal_email(ctx, "peggy.q@yahoo.co.uk", broker=False)


# --- patient_information: a case told as a story ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Had a patient today who swallowed a magnet; foreign body out, kiddo fine.",
        "The guy in bed 4 rolled in with a GSW at 3am and walked out today.",
        "My last patient of the night was in labor in the parking lot.",
        "I actually saw Theo on Tuesday, and his peanut allergy is very likely to cause a real reaction.",
        "Sedation hit Mrs. Ortiz in 12 mid-story about her gallstones. Sweetest lady.",
        "Best patient of the week: 81, retired welder, asked for his hernia back in a jar.",
        "Lady from the fair-ride crash yesterday: six coins on her scout film, all swallowed on a dare.",
        "Huge day in clinic: Zayan Rahman (6) ate a whole peanut butter cracker at the end of his oral food challenge!",
    ],
)
def test_a_case_told_as_a_story_is_patient_information(text: str) -> None:
    assert "patient_information" in _post(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Smith's patients love her, and so do we!",
        "Great grand rounds on stroke care today.",
        "I saw it on Tuesday: the new allergy clinic wing looks great.",
        "Huge thanks to Mr. Dale from room 210, our unit clerk, for the birthday cake!",
        "Best podcast of the week: a surgeon explains appendectomy myths.",
        "Teaching pearl: look for the halo sign of a button battery on chest films.",
        "Her film debut at the Sundance festival was today!",
        "Congrats to Olivia Hansen (9) on her first piano recital!",
    ],
)
def test_praise_or_teaching_names_no_patient(text: str) -> None:
    assert "patient_information" not in _post(text)


# --- review_reply_risk: a reply that places the reviewer in the practice's care ------------------------------


def _reply(reply: str, stars: int = 2) -> set[str]:
    me = PersonRecord(name="Dr. Peggy Quillfeather", specialties=("Emergency Medicine",))
    review = Review(rating=stars, scale=5, text="Long wait.", date="2026-01-02", reply=reply)
    page = Extracted(url="https://rates.example/dr-peggy", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
                     people=(me,), reviews=(review,))  # fmt: skip
    return _found(page, me)


@pytest.mark.parametrize(
    "reply",
    [
        "We saw you twice last month and explained the wait each time.",
        "You have been a valued patient for years, so this is disappointing to read.",
        "Our records show you cancelled two appointments before this one.",
    ],
)
def test_a_reply_placing_the_reviewer_in_her_care(reply: str) -> None:
    assert "review_reply_risk" in _reply(reply)


def test_the_reply_privacy_guidance_recommends_confirms_nothing() -> None:
    reply = "We cannot discuss any patient's care online. Please call our office manager so we can help."
    assert "review_reply_risk" not in _reply(reply)


def _listing_text(text: str) -> set[str]:
    """A practice's page on a review site whose reviews are read without their replies, the text with them."""
    me = PersonRecord(name="Dr. Peggy Quillfeather", specialties=("Emergency Medicine",))
    review = Review(rating=1, scale=5, text="Waited three hours.", date="2025-07-14")
    page = Extracted(url="https://rates.example/biz/northside", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
                     people=(me,), reviews=(review,), text=text)  # fmt: skip
    return _found(page, me)


def test_an_owners_reply_under_a_label_in_the_text_is_read() -> None:
    text = (
        "Kyle T. Fargo, ND 7/14/2025 Waited three hours. Comment from Peggy Q. of Northside ER 7/16/2025 Kyle, "
        "I remember our conversation, and with your last lithium level I could not refill without labs. "
        "Marisa P. Fargo, ND 5/2/2025 Friendly nurses."
    )
    assert {"review_reply_risk", "patient_information"} <= _listing_text(text)


def test_an_answer_under_the_doctors_full_name_and_credential_is_read() -> None:
    # A site whose reviews carry no stars ("Worth It") labels the answer with the name the profile shows.
    me = PersonRecord(name="Dr. Peggy Quillfeather, DO", specialties=("Plastic Surgery",))
    text = (
        "Scar still red · Not Sure · It has been months. Dr. Peggy Quillfeather, DO responded Hi Sam, "
        "as we discussed, your incision reopened at two weeks and needs more time."
    )
    page = Extracted(url="https://rates.example/dr/peggy", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
                     people=(me,), text=text)  # fmt: skip
    assert "review_reply_risk" in _found(page, me)


@pytest.mark.parametrize(
    "reply",
    [
        "For anyone reading: Noah's ultrasound and stress test came back fine.",
        "The swelling was in the tendon, which is why I diagnosed tendinitis.",
    ],
)
def test_a_reply_naming_a_childs_tests_or_the_diagnosis_made_discloses_care(reply: str) -> None:
    assert {"patient_information", "review_reply_risk"} <= _reply(reply)


def test_a_colleagues_name_with_a_possessive_is_no_patients_test() -> None:
    assert not {"patient_information", "review_reply_risk"} & _reply("Dr. Lind's labs team will call the office.")


def test_a_reviewers_own_words_without_a_reply_label_are_no_reply() -> None:
    text = "Kyle T. Fargo, ND 7/14/2025 As we discussed at your desk, your wait times are too long. 1 star."
    assert not {"review_reply_risk", "patient_information"} & _listing_text(text)


def _rated(rating: Rating) -> set[str]:
    me = PersonRecord(name="Dr. Peggy Quillfeather", specialties=("Emergency Medicine",))
    page = Extracted(url="https://rates.example/dr-peggy", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
                     people=(me,), rating=rating)  # fmt: skip
    return _found(page, me)


def test_a_profile_nobody_rated_has_no_poor_average() -> None:
    assert "negative_review" not in _rated(Rating(0.0, 5.0, 0))  # "0 out of 5 · 0 ratings"
    assert "negative_review" not in _rated(Rating(0.0, 5.0))
    assert "negative_review" in _rated(Rating(1.5, 5.0, 4))


def test_a_five_star_review_is_not_negative() -> None:
    assert "negative_review" not in _reply("Thank you for the kind words!", stars=5)


# --- online_medical_advice: a dose, a drug or a diagnosis to one person -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Give her 5 ml of Tylenol every 6 hours and push fluids.",
        "Sounds like you have shingles, that rash along one side is classic.",
        "You need antibiotics for that, it won't clear by itself.",
        "Dá amoxicilina 90 mg/kg/dia dividido em 2 doses por 10 dias.",
        "drop the sertraline to 25 for a week, then stop.",
        "One tab usually means a sleepy kid. Check on her every couple of hours; no need for the ER tonight.",
    ],
)
def test_a_dose_a_drug_or_a_diagnosis_in_a_reply_is_advice(text: str) -> None:
    assert "online_medical_advice" in _post(text, on_post_by="worried_mom")


def test_a_reply_about_a_lecture_is_not_advice() -> None:
    assert "online_medical_advice" not in _post("Great talk on antibiotic stewardship, thanks!", on_post_by="ahmed")
    assert "online_medical_advice" not in _post("Weights dropped to 25 lb for a week after the race.", on_post_by="a")


# --- offensive_content: contempt for patients, masked profanity ---------------------------------------------


@pytest.mark.parametrize(
    "text", ["Another pill seeker at 3am. FML.", "Those junkies again, every single shift", "sh*t show tonight"]
)
def test_contempt_or_profanity_is_offensive(text: str) -> None:
    assert "offensive_content" in _post(text)


@pytest.mark.parametrize("text", ["New AF clinic opens Monday: rate vs rhythm", "Great work today, team!"])
def test_clinical_abbreviations_and_praise_are_not_offensive(text: str) -> None:
    assert "offensive_content" not in _post(text)


# --- location_exposure: a place pinned in her words -------------------------------------------------------


def test_a_place_pinned_in_her_post() -> None:
    assert "location_exposure" in _post("Sunset swim before the week starts 📍 Lake Tahoe, CA #weekend")


def test_her_post_giving_the_road_her_home_is_on() -> None:
    assert "location_exposure" in _post("Walk home to our place on Lower Willow, about 4 blocks from school.")
    assert "location_exposure" not in _post("Come by my place on Friday for the game.")


def test_her_post_giving_her_childrens_ages_names_her_family() -> None:
    for said in ("Looking for a sitter for our 6 and 4 year olds.", "Our 9-month-old is teething again."):
        assert "family_information" in _post(said), said
    for said in ("My 16-year-old Honda died again.", "Our 10 year anniversary trip!", "My 12-year-old dog is fine."):
        assert "family_information" not in _post(said), said


def test_a_proud_parents_post_naming_a_child_with_the_age_names_her_family() -> None:
    said = "Proud mom moment: Luka (14) took third in the U16 sprint at Kincaid Park. Neza (11) says she's next."
    assert "family_information" in _post(said)
    assert "family_information" not in _post("Proud mom moment: the U16 team took third at Kincaid Park.")
    assert "family_information" not in _post("Happy Mother's Day to every mom! Zayan (6) made cards for the nurses.")


def test_a_patient_in_another_sentence_leaves_her_children_hers() -> None:
    said = "Looking for a sitter for our 6 and 4 year olds. Don't call the clinic, they'll think I'm a patient."
    assert "family_information" in _post(said)
    assert "family_information" not in _post("My patient's 6 and 4 year olds were in the waiting room.")


def test_her_workplace_pinned_is_not_a_personal_place() -> None:
    assert "location_exposure" not in _post("Night shift crew 💪 📍 Sacred Heart Hospital")


# --- personal_profile_public: a bio about her private life ------------------------------------------------


def test_a_bio_in_other_words_of_private_life() -> None:
    assert hit("personal_life", "Boy mom x3. Peloton addict. Lake life.")
    assert not hit("personal_life", "Miriam Church MD. Internist, faculty at State.")


# --- an article whose byline is hers: her own words -----------------------------------------------------------


def _article(text: str, author_read_from: str = "name:author") -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", credentials=("MD",), read_from=(author_read_from,))
    page = Extracted(url="https://letters.example/p/night-shift", site_id="letters.example", kind=PageKind.NEWS,
                     title="What the night shift taught me", people=(me,), text=text)  # fmt: skip
    return _found(page, me)


def test_her_newsletter_telling_a_case_and_naming_her_daughter() -> None:
    text = (
        "What the night shift taught me - by Peggy Quillfeather, MD. Last Tuesday I admitted a 19-year-old "
        "from Casselton with DKA who had driven herself in. When my own daughter Lena was born, I had every "
        "advantage. 2 Comments Ann B. My husband Joe read this twice."
    )
    assert {"patient_information", "family_information"} <= _article(text)


def test_her_blog_naming_her_children_with_their_ages() -> None:
    text = (
        "Lunar New Year dumplings - by Peggy Quillfeather. After a long week of hospital consults I fold dumplings."
        " Every year Olivia (9) and Ethan (6) help, and they carried a tray to their classes at Elm Elementary."
    )
    assert "family_information" in _article(text)
    # Scores, rooms or a single name with a number are no children
    assert "family_information" not in _article("Notes - by Peggy Quillfeather. Table 3 (12) was loud. Room (4) too.")


def test_a_story_quoting_her_is_not_her_own_words() -> None:
    text = (
        "Last Tuesday staff admitted a 19-year-old with DKA, said Dr. Peggy Quillfeather. "
        "My own daughter Lena, said the nurse, was born here."
    )
    assert not {"patient_information", "family_information"} & _article(text, author_read_from="name:text")


def test_readers_comments_under_her_article_are_not_hers() -> None:
    text = "Notes on sleep - by Peggy Quillfeather, MD. Rest matters. 3 Comments Ann B. My husband Joe loved it."
    assert "family_information" not in _article(text)


# --- undisclosed_conflict across pages: a tie disclosed on one page, left out of her own ---------------------


def _page_of(url: str, text: str, kind: PageKind = PageKind.OTHER, title: str = "") -> Match:
    me = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
    page = Extracted(url=url, site_id="s.example", kind=kind, title=title, people=(me,), text=text)
    return Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))


FACULTY = (
    "Faculty Peggy Quillfeather, MD Northside ER. Fluids in sepsis. Disclosures: Consultant and speakers bureau, "
    "Acmevo Pharma (maker of Zentrifel). Tom Poe, MD State U. Airway tips. Disclosures: Speaker, Borvane Labs."
)


def _ties(*pages: Match) -> list[tuple[str, str]]:
    return [(f.url, f.category) for f in assess(PEGGY, list(pages), {}) if f.category == "undisclosed_conflict"]


def test_her_video_promoting_the_product_of_a_company_that_pays_her() -> None:
    video = _page_of("https://video.example/v/1", "Why I switched my patients to Zentrifel. Ask your doctor!")
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY), video) == [
        ("https://video.example/v/1", "undisclosed_conflict")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Why I switched my patients to Zentrifel. #ad I am a paid consultant for Acmevo.",
        "Why I switched my patients to the Borvane inhaler.",  # another speaker's tie, not hers
    ],
)
def test_a_disclosed_tie_or_another_speakers_tie_is_no_conflict(text: str) -> None:
    video = _page_of("https://video.example/v/1", text)
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY), video) == []


def test_a_news_story_naming_the_product_is_not_her_promotion() -> None:
    story = _page_of("https://news.example/a/1", "We asked Dr. Quillfeather about Zentrifel.", PageKind.NEWS)
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY), story) == []


FACULTY_CREST = (
    "Faculty Peggy Quillfeather, MD Northside ER. Fluids in sepsis. Disclosures: Consultant, Crest Pelvic Devices."
)


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("https://www.northsidecrestclinic.example/providers/peggy", "Peggy Quillfeather, MD"),
        ("https://clinic.example/providers/peggy", "Peggy Quillfeather, MD | Northside Crest Clinic"),
    ],
)
def test_a_company_word_in_the_sites_own_name_is_no_promotion(url: str, title: str) -> None:
    """Her practice's page named "Northside Crest Clinic" is not a page promoting Crest Pelvic Devices."""
    text = "Northside Crest Clinic. Our team: Dr. Quillfeather. We see women of all ages."
    practice = _page_of(url, text, title=title)
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY_CREST), practice) == []


def test_one_word_of_a_companys_name_is_no_mention_of_it() -> None:
    """ "Pelvic" on a pelvic-floor page does not name Crest Pelvic Devices."""
    video = _page_of("https://video.example/v/1", "I treat pelvic floor problems in my clinic.", title="My work | Vids")
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY_CREST), video) == []


def test_the_company_named_on_her_own_page_is_still_a_promotion() -> None:
    text = "Why I fit my patients with the Crest Pelvic ring."
    video = _page_of("https://video.example/v/1", text, title="My pick | Vids")
    assert _ties(_page_of("https://meeting.example/faculty", FACULTY_CREST), video) == [
        ("https://video.example/v/1", "undisclosed_conflict")
    ]


# --- negative_review: whose care a review on the practice's page is about -----------------------------------


def _practice_reviews(text: str, chosen: str = "Northside Family Medicine") -> set[str]:
    """A one-star review on a review site's page; the match chose ``chosen`` (the practice, or her)."""
    me = PersonRecord(name=chosen)
    review = Review(rating=1, scale=5, text=text, date="2025-07-14")
    page = Extracted(url="https://rates.example/biz/northside", site_id="rates.example", kind=PageKind.RATINGS_PROFILE,
                     people=(me,), reviews=(review,))  # fmt: skip
    return _found(page, me)


def test_a_bad_review_of_a_colleague_on_her_practices_page_is_not_hers() -> None:
    text = "Saw Dr. Okafor-Lind and he barely looked at my son. (We saw Dr. Quillfeather last year, she was great.)"
    assert "negative_review" not in _practice_reviews(text)


def test_a_bad_review_left_on_her_profile_about_a_colleague_is_not_hers() -> None:
    text = "Dr. Brennan in this group was curt and kept us an hour past the slot. Never again."
    assert "negative_review" not in _practice_reviews(text, chosen="Dr. Peggy Quillfeather")


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Brennan referred me here and this was the worst visit of my life.",  # sent by a colleague
        "Dr. Brennan is great but Dr. Q was dismissive and rushed.",  # names her too
        "Dr. Brennan's partner kept me waiting for two hours. Peggy never even apologized.",
    ],
)
def test_a_bad_review_on_her_profile_naming_her_or_a_referral_is_hers(text: str) -> None:
    assert "negative_review" in _practice_reviews(text, chosen="Dr. Peggy Quillfeather")


def test_a_bad_review_of_her_on_her_practices_page_or_her_own_profile_is_hers() -> None:
    assert "negative_review" in _practice_reviews("Dr. Quillfeather was rude, and Dr. Lind had to fix it.")
    assert "negative_review" in _practice_reviews("Front desk lost my referral twice.")
    text = "Saw Dr. Lind first, then Dr. Quillfeather, who was dismissive."
    assert "negative_review" in _practice_reviews(text, chosen="Peggy Quillfeather")
