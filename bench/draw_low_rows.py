"""Reproduce unseen batches 20 to 26: 20 DER STANDARD articles each from rows < 400.

Run from the repo root: `python bench/draw_low_rows.py [--batch 20|21|...|29] [CORPORA]`.

Rows < 400 of 10kgnad/test.csv were the pool of the first two tuning batches (35 articles, see
bench/standard/README.md); the rest of them were never annotated, and rule development read the
annotated sets only. After batch 19 the pool of rows >= 600 (bench/draw_fresh_batches.py) is
nearly empty, so batch 20 comes from here. Eligibility as in data/dev/draw_standard.py: 800-2,500
characters, at least two reporting cues (CUES of draw_fresh_batches.py), minus every row in a
committed set (dev, tuning, check sets 1-3). One article per section (labels sorted,
Random(seed).choice each), then more with rng.sample, 20 in all. Prints: row, label, length,
first words.

Batch 21 (seed 20261230) is drawn the same way from what batch 20 left (batch 20's rows are
excluded as well); batch 22 (seed 20261130) from what batches 20 and 21 left; batch 23 (seed
20261201) from what batches 20 to 22 left, with articles of up to 4,000 characters; batch 24
(seed 20261202) likewise from what batches 20 to 23 left, batch 25 (seed 20261203) from what
batches 20 to 24 left, batch 26 (seed 20261204) from what batches 20 to 25 left.

Batch 27 (seed 20261205): the rows below 400 are used up (two eligible left), so it comes from
rows 400-599, the probing rows of the first session (a few of them were read then, none since;
rule development read the annotated sets only), with the same eligibility and up to 4,000
characters, minus every committed row (check sets 2 and 3 included). Batch 28 (seed 20261206)
likewise from what batch 27 left, batch 29 (seed 20261207) from what batches 27 and 28 left.

Batch 30 (seed 20261208): rows 400-599 hold 16 eligible rows after batch 29, so it returns to
the rows below 400 and takes their longer articles, up to 8,000 characters, 15 of them. Batch 31
(seed 20261209) likewise from what batch 30 left, batch 32 (seed 20261210) from what batches 30
and 31 left. Batch 33 (seed 20261211): fewer than 15 such rows below 400 are left, so it
returns to rows 400-599 (42 eligible rows of up to 8,000 characters), 15 of them; batch 34
(seed 20261212) likewise from what batch 33 left. Batch 35 (seed 20261213): 12 such rows are
left in rows 400-599 and 5 below 400, so it draws its 15 from all rows below 600.

Batch 36 (seed 20261214): 2 such rows are left below 600 and 9 at 600 and above, so it takes
all 11 from every row of the file, minus every committed row (check sets 2-4 and the tuning rows
of 600 and above included). Batch 37 (seed 20261215): no row with two cues is left, so it draws 15
articles with one cue from what batch 36 left (800-8,000 characters). Batch 38 (seed 20261216)
likewise from what batch 37 left, batch 39 (seed 20261217) from what batches 37 and 38 left,
batch 40 (seed 20261219; 20261218 is batch 20's) from what batches 37 to 39 left, batch 41
(seed 20261220) from what batches 37 to 40 left, batch 42 (seed 20261221) from what batches
37 to 41 left, batch 43 (seed 20261222) from what batches 37 to 42 left.

Batch 44 (seed 20261223): 9 rows with one cue are left, so it draws its 15 from every row of
800-8,000 characters not yet committed, with or without a cue (MIN_CUES 0; 112 rows have none).
Every earlier batch needed a cue, so the tuning set never showed an article without reported
speech; these test what the rules invent where there is nothing to find. Batch 45 (seed
20261224) likewise from what batch 44 left, batch 46 (seed 20261225) from what batches 44
and 45 left, batch 47 (seed 20261226) from what batches 44 to 46 left.
"""

import csv
import functools
import json
import random
import re
import sys
from pathlib import Path

SEEDS = {
    20: 20261218,
    21: 20261230,
    22: 20261130,
    23: 20261201,
    24: 20261202,
    25: 20261203,
    26: 20261204,
    27: 20261205,
    28: 20261206,
    29: 20261207,
    30: 20261208,
    31: 20261209,
    32: 20261210,
    33: 20261211,
    34: 20261212,
    35: 20261213,
    36: 20261214,
    37: 20261215,
    38: 20261216,
    39: 20261217,
    40: 20261219,
    41: 20261220,
    42: 20261221,
    43: 20261222,
    44: 20261223,
    45: 20261224,
    46: 20261225,
    47: 20261226,
}
# The 800-2,500 pool holds 7 rows after batch 22: batch 23 takes articles of up to 4,000.
LONGEST = {
    23: 4000,
    24: 4000,
    25: 4000,
    26: 4000,
    27: 4000,
    28: 4000,
    29: 4000,
    30: 8000,
    31: 8000,
    32: 8000,
    33: 8000,
    34: 8000,
    35: 8000,
    36: 8000,
    37: 8000,
    38: 8000,
    39: 8000,
    40: 8000,
    41: 8000,
    42: 8000,
    43: 8000,
    44: 8000,
    45: 8000,
    46: 8000,
    47: 8000,
}
# Batches 27-29, 33 and 34 draw from the probing rows 400-599 (see above), batch 35 from all
# rows < 600, batches 36 to 38 from all rows; the others from rows < 400.
ROWS = {
    27: range(400, 600),
    28: range(400, 600),
    29: range(400, 600),
    33: range(400, 600),
    34: range(400, 600),
    35: range(600),
    36: range(10**6),
    37: range(10**6),
    38: range(10**6),
    39: range(10**6),
    40: range(10**6),
    41: range(10**6),
    42: range(10**6),
    43: range(10**6),
    44: range(10**6),
    45: range(10**6),
    46: range(10**6),
    47: range(10**6),
}
# Batches 37 to 43 take articles with one cue (batch 36 used up those with two), 44 to 47 any.
MIN_CUES = {37: 1, 38: 1, 39: 1, 40: 1, 41: 1, 42: 1, 43: 1, 44: 0, 45: 0, 46: 0, 47: 0}
TOTAL = 20
# Batch 30's articles are longer (up to 8,000 characters): 15 of them.
TOTALS = {
    30: 15,
    31: 15,
    32: 15,
    33: 15,
    34: 15,
    35: 15,
    36: 11,
    37: 15,
    38: 15,
    39: 15,
    40: 15,
    41: 15,
    42: 15,
    43: 15,
    44: 15,
    45: 15,
    46: 15,
    47: 15,
}
MAX_ROW = 400
CUES = re.compile(
    r"\b(sagte|sagt|erklärte|erklärt|betonte|betont|meinte|so|laut|zufolge|kritisierte|"
    r"forderte|teilte|berichtete|warnte|sprach)\b"
)
REPO = Path(__file__).resolve().parent.parent
# The first two tuning batches (bench/standard/, rows < 400; as in draw_fresh_batches.py).
EARLIER_TUNING = {
    *(17, 21, 27, 36, 87, 98, 147, 163, 168, 176, 219, 223, 244, 249, 269, 293, 299, 301),
    *(314, 317, 324, 325, 336, 351, 366, 375),
}


def committed_rows(folder: str) -> set[int]:
    return {json.loads(p.read_text("utf-8"))["row"] for p in (REPO / folder).glob("gnad-*.json")}


args = sys.argv[1:]
batch = 20
if args[:1] == ["--batch"]:
    batch, args = int(args[1]), args[2:]
path = Path(args[0] if args else REPO.parent / "shared/corpora") / "10kgnad"
with open(path / "test.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";", quotechar="'"))
BASE = committed_rows("data/dev/standard") | committed_rows("bench/check/standard") | EARLIER_TUNING
# Rows 400-599 of the first tuning batch (draw_tune_standard.py); dev rows 449 and 577 are in BASE.
FIRST_BATCH_PROBING_ROWS = {515, 530, 553}
# From batch 36 on, draws cover all rows: every committed row is excluded, whatever its origin.
ALL_ROWS_FROM = 36
EVERY_COMMITTED = BASE | {
    r
    for folder in ("bench/check2/standard", "bench/check3/standard", "bench/check4/standard")
    for r in committed_rows(folder)
}

# The rows of batches drawn over all rows that have since joined the tuning set; a draw excludes
# the tuning set as it was before the batch joined, so it stays reproducible (checked below).
JOINED = {
    36: (266, 402, 639, 690, 744, 760, 765, 782, 800, 961, 1025),
    37: (41, 52, 90, 113, 185, 199, 242, 263, 359, 406, 421, 562, 573, 589, 736),
    38: (34, 38, 181, 203, 231, 246, 248, 312, 348, 409, 445, 528, 548, 587, 595),
    39: (23, 44, 45, 76, 154, 178, 322, 344, 384, 394, 408, 429, 450, 540, 544),
    40: (95, 122, 241, 257, 268, 283, 285, 292, 331, 337, 367, 478, 518, 561, 825),
    41: (2, 3, 108, 160, 170, 188, 217, 224, 278, 493, 539, 556, 586, 599, 929),
    42: (26, 28, 67, 75, 144, 167, 196, 210, 279, 313, 361, 458, 474, 483, 503),
    43: (16, 77, 89, 123, 233, 274, 276, 343, 400, 444, 476, 517, 554, 557, 594),
    44: (9, 18, 79, 148, 194, 198, 205, 273, 281, 315, 390, 488, 525, 564, 697),
    45: (4, 6, 70, 162, 186, 218, 220, 385, 407, 470, 516, 519, 527, 536, 588),
    46: (5, 66, 182, 227, 298, 321, 350, 397, 411, 422, 441, 462, 484, 499, 567),
    47: (61, 65, 124, 145, 153, 272, 275, 288, 308, 330, 379, 453, 534, 549, 984),
}


@functools.cache
def draw(batch: int) -> list[int]:
    """The rows of one batch; a later batch excludes the earlier draws (the tuning rows < 400
    when it was drawn), so each stays reproducible after joining the tuning set."""
    used = BASE | {r for b in SEEDS if b < batch for r in draw(b)}
    if batch in ROWS:
        used |= FIRST_BATCH_PROBING_ROWS
    if batch >= ALL_ROWS_FROM:
        joined_since = {r for b, rs in JOINED.items() if b >= batch for r in rs}
        used |= EVERY_COMMITTED | (committed_rows("bench/standard") - joined_since)
    eligible = [
        i
        for i, (_label, text) in enumerate(rows)
        if i in ROWS.get(batch, range(MAX_ROW))
        and 800 <= len(text) <= LONGEST.get(batch, 2500)
        and len(CUES.findall(text)) >= MIN_CUES.get(batch, 2)
        and i not in used
    ]
    rng = random.Random(SEEDS[batch])
    chosen = []
    for label in sorted({rows[i][0] for i in eligible}):
        chosen.append(rng.choice([i for i in eligible if rows[i][0] == label]))
    total = TOTALS.get(batch, TOTAL)
    chosen += rng.sample([i for i in eligible if i not in chosen], total - len(chosen))
    return chosen


for i in draw(batch):
    print(f"unseen batch {batch}", i, rows[i][0], len(rows[i][1]), rows[i][1][:60], sep="\t")
# Rows < 600 of the tuning set beyond the first two batches are the drawn batches, nothing else.
later = {r for r in committed_rows("bench/standard") if r < 600}
later -= EARLIER_TUNING | FIRST_BATCH_PROBING_ROWS
drawn = {r for b in SEEDS for r in draw(b)}
assert later <= drawn, sorted(later - drawn)
assert all(sorted(draw(b)) == sorted(rs) for b, rs in JOINED.items())
