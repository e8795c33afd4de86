"""Which blind physicians a run takes: ``--only`` and ``--batch`` together are both sets, as a lead measuring
"batches 7, 9 and 11 and these ten physicians" means, not the physicians that are in both."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from blind_quality import CORPUS, chosen, dev_batches  # noqa: E402


def test_only_and_batch_together_take_both_sets() -> None:
    folders = sorted(p for p in (CORPUS / "dev").iterdir() if p.is_dir())
    batches = dev_batches()
    seventh = {name for name, n in batches.items() if n == 7}
    outside = next(name for name, n in batches.items() if n == 2)
    names = [p.name for p in chosen(folders, [outside], [7])]
    assert set(names) == seventh | {outside}
    assert names == sorted(names)  # each once, in the corpus's order
    assert [p.name for p in chosen(folders, [outside], [])] == [outside]
    assert chosen(folders, [], []) == folders
