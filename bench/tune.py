"""Score quotex on a tuning set of WIKINEWS articles disjoint from the dev set.

Rules are developed against this set; `python -m quotex.scoring` (the dev set) is only for
reporting. Usage: python bench/tune.py [--n 60] [--offset 0] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from quotex import scoring


def tuning_ids(corpora: Path, n: int, offset: int) -> list[str]:
    folder = corpora / "wikinews-spkatt-train"
    dev = set(scoring.read_manifest(scoring.DEV_DIR / "wikinews.txt"))
    ids = []
    for path in sorted(folder.glob("wnt-*.json")):
        if path.stem in dev:
            continue
        quotes = json.loads(path.read_text(encoding="utf-8"))["quotes"]
        if any(not q.get("nested") for q in quotes):
            ids.append(path.stem)
    random.Random(7).shuffle(ids)
    return ids[offset : offset + n]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=scoring.DEFAULT_CORPORA)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "wikinews.txt").write_text(
            "\n".join(tuning_ids(args.corpora, args.n, args.offset))
        )
        docs = scoring.load_wikinews(args.corpora, Path(tmp))
    errors: list | None = [] if args.show_errors else None
    results = scoring.evaluate(docs, errors=errors)
    if errors:
        texts = {d.id: d.text for d in docs}
        for err in errors:
            print(scoring.format_error(err, texts[err.doc_id]))
    print(scoring.format_scores("tuning (wikinews, not dev)", results["all"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
