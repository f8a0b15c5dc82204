"""Reproduce the choice of the 10kGNAD dev articles (run from the repo root).

Eligible: rows of 10kgnad/test.csv of 800-2,500 characters with at least two reporting cues
(see CUES). One article per section (labels sorted, Random(SEED).choice each), then three more
drawn from the remaining eligible rows. Prints: row, label, length, first words.
"""

import csv
import random
import re
import sys
from pathlib import Path

SEED = 20261128
EXTRA = 3
CUES = re.compile(
    r"\b(sagte|sagt|erklärte|erklärt|betonte|betont|meinte|so|laut|zufolge|kritisierte|"
    r"forderte|teilte|berichtete|warnte|sprach)\b"
)

path = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora") / "10kgnad" / "test.csv"
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";", quotechar="'"))
eligible = [
    i
    for i, (label, text) in enumerate(rows)
    if 800 <= len(text) <= 2500 and len(CUES.findall(text)) >= 2
]
rng = random.Random(SEED)
chosen = []
for label in sorted({rows[i][0] for i in eligible}):
    chosen.append(rng.choice([i for i in eligible if rows[i][0] == label]))
chosen += rng.sample([i for i in eligible if i not in chosen], EXTRA)
for i in chosen:
    print(i, rows[i][0], len(rows[i][1]), rows[i][1][:70], sep="\t")
