"""Reproduce the 10kGNAD batches drawn from rows >= 600 (run from the repo root).

Batches of 20 DER STANDARD articles (16 in batch 10) were drawn, one after the other, each
scored unseen before anything was tuned on it: the third to seventh tuning batches
(bench/standard/), check set 2 (bench/check2/), as batch 8 check set 3 (bench/check3/), and
batches 9 to 18 (bench/standard/); batch 19 is drawn next.
Eligibility as in data/dev/draw_standard.py (batches 5-8 take up to 4,000 characters): rows of
10kgnad/test.csv of 800-2,500 characters with at least two reporting cues (see CUES; batches 14
to 19: at most one), index
>= MIN_ROW (rows below 400 hold the first two tuning batches, rows 400-599 were partly read
while probing), minus the dev set (data/dev/standard/), check set 1 (bench/check/standard/),
the first two tuning batches (EARLIER_TUNING, listed because bench/standard/ now holds the
later batches too) and every batch drawn before. Per batch: one article per section (labels
sorted, Random(seed).choice each), then more from the remaining eligible rows, 20 in all.
Prints: batch, row, label, length, first words; checks the rows against the committed sets.
"""

import csv
import json
import random
import re
import sys
from pathlib import Path

# (name, seed, longest text): the 800-2,500 pool ran dry after three batches, so the fifth
# batch takes articles of up to 4,000 characters.
BATCHES = (
    ("tuning batch 3 (bench/standard)", 20261128, 2500),
    ("tuning batch 4 (bench/standard)", 20261201, 2500),
    ("check set 2 (bench/check2)", 20261202, 2500),
    ("tuning batch 5 (bench/standard)", 20261203, 4000),
    ("unseen batch 6", 20261204, 4000),
    ("unseen batch 7", 20261205, 4000),
    ("unseen batch 8", 20261206, 4000),
    ("unseen batch 9", 20261207, 4000),
    # The pool up to 4,000 characters holds 11 rows after batch 9: batch 10 takes up to 5,000
    # and, its articles being longer, 16 of them.
    ("unseen batch 10", 20261208, 5000),
    # After batch 10 the pool up to 5,000 characters holds 20 rows, many of them in one section:
    # batch 11 takes up to 6,000, 16 of them.
    ("unseen batch 11", 20261209, 6000),
    # After batch 11 few rows up to 6,000 characters are left: batch 12 takes up to 8,000,
    # 12 of them.
    ("unseen batch 12", 20261210, 8000),
    # After batch 12 the pool up to 10,000 characters holds exactly 16 rows: batch 13 takes
    # all of them.
    ("unseen batch 13", 20261211, 10000),
    # After batch 13 no row with two cues is left up to 10,000 characters: batch 14 takes rows
    # with at most one cue (FEW_CUES), articles that test precision more than recall.
    ("unseen batch 14", 20261212, 10000),
    # Batch 15 takes 20 more of the rows with at most one cue.
    ("unseen batch 15", 20261213, 10000),
    # Batch 16 takes 20 more of the rows with at most one cue.
    ("unseen batch 16", 20261214, 10000),
    # Batch 17 takes 20 more of the rows with at most one cue.
    ("unseen batch 17", 20261215, 10000),
    # Batch 18 takes 20 more of the rows with at most one cue.
    ("unseen batch 18", 20261216, 10000),
    # Batch 19 takes 20 more of the rows with at most one cue.
    ("unseen batch 19", 20261217, 10000),
)
FEW_CUES = {
    "unseen batch 14",
    "unseen batch 15",
    "unseen batch 16",
    "unseen batch 17",
    "unseen batch 18",
    "unseen batch 19",
}
TOTAL = 20
TOTALS = {
    "unseen batch 10": 16,
    "unseen batch 11": 16,
    "unseen batch 12": 12,
    "unseen batch 13": 16,
}
MIN_ROW = 600
# Rows whose sentences were shown while probing a rule before batch 6 was drawn (session 9):
# not eligible for it.
READ_BEFORE_BATCH_6 = {760, 765}
# Rows >= 600 whose first-person sentences were printed by a probe in session 11 (before batch 9
# was drawn): not eligible for it.
READ_BEFORE_BATCH_9 = {
    623,
    639,
    690,
    697,
    736,
    744,
    760,
    761,
    765,
    782,
    800,
    825,
    929,
    961,
    984,
    1025,
}
EARLIER_TUNING = {
    *(17, 21, 27, 36, 87, 98, 147, 163, 168, 176, 219, 223, 244, 249, 269, 293, 299, 301),
    *(314, 317, 324, 325, 336, 351, 366, 375, 515, 530, 553, 696, 699, 768, 839, 844, 908),
}
CUES = re.compile(
    r"\b(sagte|sagt|erklärte|erklärt|betonte|betont|meinte|so|laut|zufolge|kritisierte|"
    r"forderte|teilte|berichtete|warnte|sprach)\b"
)
REPO = Path(__file__).resolve().parent.parent


def committed_rows(folder: str) -> set[int]:
    return {json.loads(p.read_text("utf-8"))["row"] for p in (REPO / folder).glob("gnad-*.json")}


path = Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared/corpora") / "10kgnad"
with open(path / "test.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";", quotechar="'"))
used = committed_rows("data/dev/standard") | committed_rows("bench/check/standard")
used |= EARLIER_TUNING
drawn: set[int] = set()
for name, seed, longest in BATCHES:
    if name == "unseen batch 6":
        used |= READ_BEFORE_BATCH_6
    if name == "unseen batch 9":
        used |= READ_BEFORE_BATCH_9
    eligible = [
        i
        for i, (label, text) in enumerate(rows)
        if i >= MIN_ROW
        and 800 <= len(text) <= longest
        and (len(CUES.findall(text)) <= 1 if name in FEW_CUES else len(CUES.findall(text)) >= 2)
        and i not in used
    ]
    rng = random.Random(seed)
    chosen = []
    for label in sorted({rows[i][0] for i in eligible}):
        chosen.append(rng.choice([i for i in eligible if rows[i][0] == label]))
    total = TOTALS.get(name, TOTAL)
    chosen += rng.sample([i for i in eligible if i not in chosen], total - len(chosen))
    for i in chosen:
        print(name, i, rows[i][0], len(rows[i][1]), rows[i][1][:60], sep="\t")
    used |= set(chosen)
    drawn |= set(chosen)
committed = committed_rows("bench/standard") - EARLIER_TUNING
committed |= committed_rows("bench/check2/standard") | committed_rows("bench/check3/standard")
# (A new batch is scored unseen from its own folder before it may join a committed set; rows
# below MIN_ROW come from bench/draw_low_rows.py.)
committed = {r for r in committed if r >= MIN_ROW}
assert not committed - drawn, sorted(committed - drawn)
