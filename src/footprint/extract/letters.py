"""The capital and small letters a name is written in, as regex class contents."""

from __future__ import annotations

# Latin with accents, Cyrillic (a Russian- or Ukrainian-language article names "Евгений Соколов") and Armenian
# ("Անահիտ Սարգսյան" in an Armenian paper). The capitals and small letters a name is written in: regex class contents.
# Latin beyond Latin-1 (Latin Extended-A and -B, Latin Extended Additional): Polish "Wiśniewska", "Łukasz", Czech
# "Dvořák", Romanian "Ștefan", Vietnamese "Nguyễn"; a name is never cut at such a letter ("Wi" for Wiśniewska).
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
UPPER = r"A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐԱ-Ֆ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = r"a-zß-öø-ÿа-яёєіїґա-և" + "".join(c for c in _EXTENDED if c.islower())
