"""Train small floret vectors on the raw corpus text and turn them into a spaCy vectors model.

python -m quotex.training.vectors [--raw training/corpus/raw.txt] [--out training/vectors]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from .corpora import REPO


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", type=Path, default=REPO / "training" / "corpus" / "raw.txt")
    ap.add_argument("--out", type=Path, default=REPO / "training" / "vectors")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=50000)
    ap.add_argument("--epoch", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args(argv)
    import floret

    a.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    model = floret.train_unsupervised(
        str(a.raw),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=a.bucket,
        minn=4,
        maxn=5,
        minCount=3,
        dim=a.dim,
        epoch=a.epoch,
        thread=a.threads,
    )
    vec_file = a.out / "de_floret.floret"
    model.save_floret_vectors(str(vec_file))
    print(f"floret trained in {time.time() - t0:.0f}s -> {vec_file}")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "de",
            str(vec_file),
            str(a.out / "model"),
            "--mode",
            "floret",
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
