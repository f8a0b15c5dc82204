"""Reproduce the choice of the fifth batch of 10kGNAD *tuning* articles (run from the repo root).

Same eligibility as data/dev/draw_standard.py: rows of 10kgnad/test.csv of 800-2,500
characters with at least two reporting cues (see CUES), but only rows with index >= MIN_ROW
(rows below 400 hold the first two batches, rows 400-599 were partly read while probing),
minus every row already used by the dev set (data/dev/standard/), the check set
(bench/check/standard/) and the earlier tuning batches (bench/standard/, four batches).
One article per section (labels sorted, Random(SEED).choice each), then more drawn from the
remaining eligible rows, 20 in all. The batch is scored once, unseen, before any rule is tuned
on it (see bench/standard/README.md).
Prints: row, label, length, first words.
"""

import csv
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261202
TOTAL = 20
MIN_ROW = 600
CUES = re.compile(
    r"\b(sagte|sagt|erklärte|erklärt|betonte|betont|meinte|so|laut|zufolge|kritisierte|"
    r"forderte|teilte|berichtete|warnte|sprach)\b"
)
REPO = Path(__file__).resolve().parent.parent

path = Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared/corpora") / "10kgnad"
with open(path / "test.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";", quotechar="'"))
used = {
    json.loads(p.read_text(encoding="utf-8"))["row"]
    for folder in ("data/dev/standard", "bench/check/standard", "bench/standard")
    for p in (REPO / folder).glob("gnad-*.json")
}
eligible = [
    i
    for i, (label, text) in enumerate(rows)
    if i >= MIN_ROW and 800 <= len(text) <= 2500 and len(CUES.findall(text)) >= 2 and i not in used
]
rng = random.Random(SEED)
chosen = []
for label in sorted({rows[i][0] for i in eligible}):
    chosen.append(rng.choice([i for i in eligible if rows[i][0] == label]))
chosen += rng.sample([i for i in eligible if i not in chosen], TOTAL - len(chosen))
assert not set(chosen) & used
for i in chosen:
    print(i, rows[i][0], len(rows[i][1]), rows[i][1][:70], sep="\t")
