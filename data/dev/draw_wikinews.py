"""Reproduce data/dev/wikinews.txt (run from the repo root; needs ../shared/corpora)."""

import json
import random
import sys
from pathlib import Path

SEED = 20261128
N = 40

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora") / "wikinews-spkatt-train"
eligible = []
for path in sorted(folder.glob("wnt-*.json")):
    d = json.loads(path.read_text(encoding="utf-8"))
    if any(not q.get("nested") for q in d["quotes"]):
        eligible.append(d["id"])
for doc_id in sorted(random.Random(SEED).sample(eligible, N)):
    print(doc_id)
