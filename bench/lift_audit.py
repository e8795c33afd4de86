"""Which rule lifted which page: every matched page of kept blind reports, by the lift rules its reasons cite.

Reads the reports ``blind_quality.py --keep DIR`` wrote and the dev labels; prints, per rule, the pages
judged "likely" or "confirmed" whose reasons cite that rule and whether the label agrees (a namesake lifted
is marked FALSE). Dev only: it reads ``bench/blind/dev/<slug>/labels.json`` for the slugs in DIR.

    python bench/lift_audit.py DIR [--rule NAME]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

DEV = Path(__file__).resolve().parent / "blind" / "dev"
ABOUT = {"likely", "confirmed"}
# A lift rule's name → words its reason always carries.
RULES: dict[str, str] = {
    "rarity": "the NPI registry lists one clinician of this name",
    "same_age": "same age and town as the subject's own record",
    "workplace": "where the subject works",
    "kin": "the subject's relative",
    "learned_phone": "same phone as the subject's record on another page",
    "field_in_words": "the subject's field in its own words",
    "same_account": "posted on the account",
    "practice_on_page": "the page shows the practice",
    "licence": "the NPI record's licence number",
    "both_names": "known by both the subject's names",
    "city_in_text": "city named near the name",
    "occupation": "occupation given as",
    "titled_given": "with the title, no family name",  # "Dr. Trish", lifted by field and town (match/titled.py)
    "titled_family": "with the title, no given name",  # "Dr. Vukovich", the same rule
    "registry_initial": "is the subject's NPI record's",  # a middle initial no other record of the name has
    "everyday_name": "the everyday name a confirmed page writes",  # match/everyday.py
    "consensus": "the subject taken to be NPI",  # a namesake record the pages agree on (match/consensus.py)
    "set_off_name": "the name the page sets off in quotes",  # 'H. Edward "Ned" Vorderbrook' (namematch)
    "middle_everyday": "whose everyday form is",  # "H. Edward Vorderbrook" for Ned (namematch)
    "across_state_line": "across the state line",  # an office in the next state's part of the metro area
    "former_town": "where the subject lived",  # a listing left in a town the confirmed broker record lists
    "initials_signed": "initials with the subject's credential",  # "P.H.V., DO" (match/initials.py)
    "english_form": "the English form of",  # Esther for Eszter, from the given-name table (namematch)
    "home_street": "the subject's home street",  # the confirmed broker record's house number and street (household)
    "household": "of the subject's household",  # a relative's given name and the subject's town (match/household.py)
}


def url_key(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path)
    parser.add_argument("--rule", action="append", default=[])
    args = parser.parse_args()
    rows: dict[str, list[str]] = defaultdict(list)
    for report_path in sorted(args.kept.glob("*/report.json")):
        slug = report_path.parent.name
        labels = json.loads((DEV / slug / "labels.json").read_text(encoding="utf-8"))
        canon = {url_key(u): url_key(lab.get("alias_of", u)) for u, lab in labels.items()}
        by_key = {url_key(u): lab for u, lab in labels.items() if "alias_of" not in lab}
        for page in json.loads(report_path.read_text(encoding="utf-8")).get("pages", []):
            if page["match"]["decision"] not in ABOUT:
                continue
            lab = by_key.get(canon.get(url_key(page["url"]), url_key(page["url"])))
            verdict = "unlabelled" if lab is None else ("ok" if lab["about_subject"] else "FALSE")
            reasons = page["match"]["reasons"]
            for rule, words in RULES.items():
                if (not args.rule or rule in args.rule) and any(words in r for r in reasons):
                    why = next(r for r in reasons if words in r)
                    rows[rule].append(f"  {verdict:10} {slug}: {page['url']} ({page['match']['decision']}: {why})")
    for rule in RULES:
        if rule in rows:
            false = sum(" FALSE " in f" {r.split()[0]} " for r in rows[rule])
            print(f"{rule}: {len(rows[rule])} pages, {false} false")
            print("\n".join(rows[rule]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
