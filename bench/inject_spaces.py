"""Robustness check: score the bench/standard articles with every Nth single space doubled.

Line-wrapped or justified copy (a fifth of the 10kGNAD articles) has such runs. Gold offsets
are shifted with the text, so the scores compare directly with `bench/tune.py --standard`.

    python bench/inject_spaces.py [--every 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import bisect
import copy
import random
from pathlib import Path

from quotex import scoring

BENCH_DIR = Path(__file__).resolve().parent


def _shift(item: dict, shift) -> None:
    if "start" in item:
        item["start"], item["end"] = shift(item["start"]), shift(item["end"])
    for key in ("cue", "speaker_mention"):
        if isinstance(item.get(key), dict):
            _shift(item[key], shift)
    for part in item.get("parts") or []:
        _shift(part, shift)


def inject(doc: scoring.GoldDoc, every: int, rng: random.Random) -> scoring.GoldDoc:
    t = doc.text
    spaces = [i for i in range(1, len(t) - 1) if t[i] == " " and t[i - 1] != " " != t[i + 1]]
    chosen = sorted(rng.sample(spaces, max(1, len(spaces) // every)))
    pieces, last = [], 0
    for i in chosen:
        pieces += [t[last : i + 1], " "]
        last = i + 1
    new = copy.deepcopy(doc)
    new.text = "".join(pieces) + t[last:]

    def shift(p: int) -> int:
        return p + bisect.bisect_left(chosen, p)

    for kind in ("quotes", "entities", "dates"):
        for item in getattr(new, kind) or []:
            _shift(item, shift)
            for sub in (item, item.get("cue"), item.get("speaker_mention")):
                if isinstance(sub, dict) and "text" in sub and "start" in sub:
                    sub["text"] = new.text[sub["start"] : sub["end"]]
    return new


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=scoring.DEFAULT_CORPORA)
    ap.add_argument("--every", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = [inject(d, args.every, rng) for d in scoring.load_10kgnad(args.corpora, BENCH_DIR)]
    print(scoring.format_scores("bench/standard, spaces doubled", scoring.evaluate(docs)["all"]))


if __name__ == "__main__":
    main()
