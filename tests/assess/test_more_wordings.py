"""Findings worded the ways more real pages word them: a story naming the doctor with a middle initial ("Dr. Marta L.
Quellweg ... agreed to a reprimand"), a results table that writes the family name first with the age after it, a
family run listed with the children's ages after commas, a blog post the doctor's husband signed, a reply naming the
test and the diagnosis the practice shared with the reviewer, and a case story told by the patient's age ("my
19-year-old patient ... tried to jump") or by a heart attack's words ("a 100% blocked LAD", "the statin I gave him").
"""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord, Post, Review
from tests.assess._marta import SHE, excerpts, marta
from tests.assess.test_other_wordings import _found, _html


def test_a_story_naming_her_with_a_middle_initial_reports_the_boards_action() -> None:
    story = _html(
        "Dayton pediatrician reprimanded over texts with a patient | Dayton Crest Register",
        """<article><h1>Dayton pediatrician reprimanded over texts with a patient</h1>
<p>By Dana Whitcomb · June 12, 2025</p><p>The State Medical Board of Ohio has reprimanded a Dayton pediatrician.</p>
<p>Dr. Marta L. Quellweg, 46, who practices on Far Hills Ave, agreed to a reprimand, a civil penalty and two years of
probation.</p></article>""",
    )
    found = _found(story, "https://www.daytoncrestregister.example.com/news/2025/06/12/reprimand", PageKind.NEWS)
    assert "disciplinary_action" in found
    other = story.replace("Dr. Marta L. Quellweg, 46,", "Dr. Alan P. Brody, 46,")
    assert "disciplinary_action" not in _found(
        other, "https://www.daytoncrestregister.example.com/news/2", PageKind.NEWS
    )


RESULTS = _html(
    "2025 Far Hills 10K Results",
    """<h1>2025 Far Hills 10K – Overall Results</h1><table><tr><th>Place</th><th>Name</th><th>Sex/Age</th>
<th>City</th><th>Time</th></tr><tr><td>211</td><td>Kessler, Aaron</td><td>M 44</td><td>Kettering OH</td>
<td>48:05</td></tr><tr><td>212</td><td>Quellweg, Marta</td><td>F 46</td><td>Dayton OH</td><td>48:12</td></tr></table>
<h2>Family Walk</h2><p>Team Quellweg (Marta, Karl, Lena, 12, and Theo, 9) walked the 4-mile course together.</p>""",
)


def test_a_results_table_that_writes_the_family_name_first_gives_her_age_and_the_family_run_her_family() -> None:
    found = _found(RESULTS, "https://www.farhills10k.example.org/2025/results")
    assert "birth_date" in found and any("46" in e for e in found["birth_date"])
    assert "family_information" in found and any("Lena, 12" in e for e in found["family_information"])


def test_a_list_of_adults_with_ages_is_no_family() -> None:
    roster = RESULTS.replace("Team Quellweg (Marta, Karl, Lena, 12, and Theo, 9) walked", "Marta Quellweg walked")
    assert "family_information" not in _found(roster, "https://www.farhills10k.example.org/2025/results")


def test_a_blog_post_her_husband_signed_ties_the_family_to_her() -> None:
    person = PersonRecord("Marta Quellweg", context="Marta took the afternoon off.", read_from=("name:text",))
    page = Extracted(
        "https://www.karlbakes.example.com/2025/09/lenas-birthday/",
        "karlbakes.example.com",
        PageKind.NEWS,
        title="Lena's ninth birthday cake",
        people=(person,),
        text="Lena's ninth birthday cake Posted on September 8, 2025 by Karl Quellweg. Marta took the afternoon off.",
    )
    kin = "names Karl Quellweg, listed as the subject's relative on another page; taught by https://broker.example/k"
    judged = MatchResult(0.95, Decision.CONFIRMED, ("name matches", kin), person, 0)
    assert "family_information" in excerpts(marta(), page, judged)
    unsigned = MatchResult(0.95, Decision.CONFIRMED, ("name matches",), person, 0)
    assert "family_information" not in excerpts(marta(), page, unsigned)


def _reply(reply: str) -> dict[str, set[str]]:
    page = Extracted(
        "https://ratings.example/dr/marta-quellweg",
        "ratings.example",
        PageKind.RATINGS_PROFILE,
        title="Dr. Marta L. Quellweg, MD",
        people=(SHE,),
        reviews=(Review(2.0, 5.0, "Refused to refill my medication.", "2025-08-19", "", reply),),
        text="Dr. Marta L. Quellweg, MD Pediatrics",
    )
    return excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), SHE, 0))


def test_a_reply_naming_the_test_and_the_diagnosis_the_practice_shared_discloses_the_reviewers_care() -> None:
    found = _reply(
        "After the urine screen we discussed in May, I could not keep prescribing a stimulant, especially with the "
        "bipolar diagnosis we confirmed in July."
    )
    assert "patient_information" in found and "review_reply_risk" in found
    assert "patient_information" not in _reply("We are sorry to hear this. Please call the office manager.")


def _own_post(text: str) -> dict[str, set[str]]:
    url = "https://social.example/@drmarta/1"
    her = PersonRecord("Marta Quellweg", handle="drmarta", read_from=("name:og:title",))
    page = Extracted(url, "social.example", PageKind.SOCIAL_PROFILE, title="Marta Quellweg (@drmarta)",
                     people=(her,), posts=(Post(author="drmarta", text=text, url=url),), text=text)  # fmt: skip
    return excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), her, 0))


def test_a_case_told_by_the_patients_age_or_a_heart_attacks_words_is_a_patients_case() -> None:
    assert "patient_information" in _own_post(
        "The insurer refused inpatient care for my 19-year-old patient, a freshman from Medford who tried to jump "
        "from the bridge on Sunday night."
    )
    assert "patient_information" in _own_post(
        "Last Thursday one of my patients, a 44-year-old firefighter, collapsed at the gym. We opened a 100% blocked "
        "LAD two hours later. He never took the statin I gave him."
    )
    assert "patient_information" not in _own_post("Statins are not candy. Ask your doctor before you stop one.")


def test_a_reply_counting_the_reviewers_treatments_and_the_lab_the_practice_drew_discloses_their_care() -> None:
    found = _reply(
        "Your 39 treatments to the prostate ended on March 14, and the PSA we drew on your follow-up is down to 0.4."
    )
    assert "patient_information" in found


def _forum(answer: str) -> dict[str, set[str]]:
    url = "https://forum.example/viewtopic.php?t=1"
    her = PersonRecord("Marta Quellweg", handle="DrMarta_OH", read_from=("name:post author",))
    asked = Post(author="marisa_b", text="Tapered to 5 mg and my knees are swollen again. What do I do?", url=url)
    said = Post(author="DrMarta_OH", text=answer, url=url, on_post_by="marisa_b")
    page = Extracted(url, "forum.example", PageKind.SOCIAL_POST, title="Flare after taper", people=(her,),
                     posts=(asked, said), text=f"{asked.text} {answer}")  # fmt: skip
    return excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), her, 0))


def test_a_dose_changed_for_a_stranger_and_when_is_medical_advice() -> None:
    assert "online_medical_advice" in _forum("Go back up to 20 mg tonight and stay there five days, then 15.")
    assert "online_medical_advice" not in _forum("So sorry, flares are miserable. Hang in there.")


STORY = _html(
    "Harold's story: five treatments, back on the lake - YouTube",
    """<p>Harold Greer, 71, a retired machinist from Derby, was told last spring that a biopsy showed prostate cancer.
Dr. {doctor} at the Cancer Institute treated him with five sessions of radiation in two weeks.</p>""",
)


def test_a_hospitals_story_naming_a_patient_with_his_age_and_her_as_his_doctor_identifies_him() -> None:
    url = "https://www.youtube.com/watch?v=bH7rQm2xTzA"
    assert "patient_information" in _found(STORY.format(doctor="Marta Quellweg"), url, PageKind.SOCIAL_PROFILE)
    unnamed = STORY.format(doctor="Marta Quellweg").replace("Harold Greer, 71,", "A retired machinist")
    assert "patient_information" not in _found(unnamed, url, PageKind.SOCIAL_PROFILE)


def _party(caption: str) -> dict[str, set[str]]:
    body = _html(
        "Festa Junina at the Quellwegs' | Saudade on the Plains",
        f"""<p>Posted on June 22, 2025 by Renata Souza</p><p>Forty people and two bonfires at the Quellwegs'.</p>
<figure><img src="/caipi.jpg" alt="Marta Quellweg behind a folding table, {caption}">
<figcaption>Dr. Marta on duty.</figcaption></figure>""",
    )
    return _found(body, "https://saudade.example.com/2025/06/festa-junina/")


def test_a_drink_of_another_kitchen_or_a_bottle_in_hand_in_a_friends_photo_is_drinking() -> None:
    assert "substance_imagery" in _party("pouring caipirinhas from a pitcher")
    assert "substance_imagery" in _party("a bottle of San Miguel in one hand, three empty bottles beside her")
    assert "substance_imagery" not in _party("handing out corn cakes")
