"""The days a family celebrates, named in its own language: "Khmer New Year", "Pchum Ben", "Lebaran di Fontana",
"Lotu Tamaiti", "Eid al-Fitr", "Diwali at the temple". A family blog's post is titled by the day and its caption and
labels repeat it; written with capitals, as names of days are, the words read like a person's ("Pchum Ben" ends in a
given name), and the post is then judged on a day instead of its writer and the people it names.

A holiday's name is no person's name. The words of the holidays below, of the communities a physician's family may
write from (Cambodian, Lao, Thai, Burmese, Tibetan, Nepali, Indian, Indonesian, Malay, Arab, Persian, Turkish,
Jewish, Chinese, Korean, Japanese, Vietnamese, Mongolian, Samoan, Tongan, Maori, Hawaiian, Mexican, Brazilian and
Christian calendars), in a row inside a name-shaped phrase, say the day. Single words that are also family names
("Christmas", "Easter", "Ramadan", "Pentecost") count only in a holiday of two or more words ("Easter Sunday",
"Ramadan Kareem"). "... New Year" and "... Year" after a common word are ``personhood``'s (a day's last word).
"""

from __future__ import annotations

from functools import cache

from footprint.identity import fold


def given_name(word: str) -> bool:
    from footprint.extract.personhood import given_name as known

    return known(word)


# One word, no person's name: a reader seeing it capitalised in a title sees the day.
_ONE_WORD = """
losar tet nowruz norooz navruz nauryz songkran thingyan seollal matariki hogmanay nyepi galungan kuningan
lebaran diwali deepavali dipavali holi navratri navaratri dussehra dasara onam pongal lohri vaisakhi baisakhi ugadi
janmashtami sankranti bihu chhath tihar dashain dashami vesak wesak waisak obon chuseok chuseog hanukkah chanukah
passover pesach purim shavuot sukkot kwanzaa juneteenth thanksgiving halloween carnaval fasching juhannus
midsommar nochebuena enkutatash mawlid naadam kojagiri kucios wigilia ganeshotsav
"""
# Two or more words, as the day is written: the words are any day's only together ("Pchum Ben", "Hari Raya").
_WORDS = """
pchum ben | phchum ben | chaul chnam thmey | chol chnam thmey | bon om touk | loy krathong | visak bochea
| meak bochea | pi mai | boun pi mai | tsagaan sar | rosh hashanah | rosh hashana | yom kippur | simchat torah
| tu bishvat | lag baomer | eid al fitr | eid al-fitr | eid ul fitr | eid ul-fitr | eid al adha | eid al-adha
| eid ul adha | eid ul-adha | eid mubarak | eid ul-azha | idul fitri | idul adha | idul fitr | hari raya
| ramadan kareem | ramadan mubarak | durga puja | lakshmi puja | laxmi puja | saraswati puja | kali puja
| chhath puja | raksha bandhan | karva chauth | ganesh chaturthi | gudi padwa | makar sankranti
| pohela boishakh | guru purab | magha puja | visakha bucha | mid-autumn | trung thu | lotu tamaiti
| white sunday | to'ona'i | lei day | mardi gras | dia de los muertos | dia de muertos | day of the dead
| cinco de mayo | las posadas | semana santa | festa junina | sao joao | noche buena | christmas eve
| christmas day | christmas morning | merry christmas | easter sunday | easter monday | happy easter
| palm sunday | good friday | ash wednesday | holy week | pentecost sunday | all saints | guy fawkes
| bonfire night | st patrick's | saint patrick's | happy holidays
"""


@cache
def _days() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    ones = frozenset(_ONE_WORD.split())
    many = tuple(tuple(fold(phrase).split()) for phrase in _WORDS.split("|") if phrase.strip())
    return ones, many


def a_holiday(words: list[str]) -> bool:
    """The words hold a holiday's name: one of its one-word names, or all the words of a longer one in a row
    ("Khmer New Year" is ``personhood``'s)."""
    folded = fold(" ".join(words)).split()  # "Eid al-Fitr", "to'ona'i": hyphens and apostrophes part words
    ones, many = _days()
    if any(w in ones for w in folded[:-1]) or (folded and folded[-1] in ones and not given_name(words[0])):
        return True  # "Ana Tet" may be Ana Tet: a given name before the day's one word keeps a person
    for day in many:
        size = len(day)
        if any(tuple(folded[i : i + size]) == day for i in range(len(folded) - size + 1)):
            return True
    return False
