"""Score quotex on tuning sets disjoint from the dev set.

Rules are developed against these sets; `python -m quotex.scoring` (the dev set) is only for
reporting. Usage:

    python bench/tune.py [--n 60] [--offset 0] [--show-errors [KINDS]]   # WIKINEWS tuning set
    python bench/tune.py --standard [--show-errors [KINDS]]              # 781 DER STANDARD articles
    python bench/tune.py --check                                         # 20 held-out articles
    python bench/tune.py --check2                                        # 20 more held out
    python bench/tune.py --check3                                        # and 20 more
    python bench/tune.py --check4                                        # and 20 more

`--standard` scores the hand-annotated 10kGNAD articles in bench/standard/ (see its README)
instead of WIKINEWS. KINDS for --show-errors: a comma-separated choice of quotes, dates, entities
or all (default: quotes).

`--check` scores the held-out CHECK set in bench/check/standard/ (see bench/check/README.md):
scores only. Its errors are not to be read for rule development, so `--show-errors` refuses to
run with it. `--check2`, `--check3` and `--check4` do the same for the second, third and fourth
check sets in bench/check2/standard, bench/check3/standard and bench/check4/standard.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from quotex import scoring

BENCH_DIR = Path(__file__).resolve().parent


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


def error_kinds(spec: str) -> set[str]:
    wanted = {w.strip() for w in spec.split(",")}
    if "all" in wanted:
        wanted = {"quotes", "dates", "entities"}
    groups = {
        "quotes": scoring.QUOTE_ERRORS,
        "names": scoring.NAME_ERRORS,
        "dates": scoring.DATE_ERRORS,
        "entities": scoring.ENTITY_ERRORS,
    }
    unknown = wanted - set(groups)
    if unknown:
        raise SystemExit(f"--show-errors: unknown kind(s) {', '.join(sorted(unknown))}")
    return {kind for name in wanted for kind in groups[name]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=scoring.DEFAULT_CORPORA)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument(
        "--standard",
        action="store_true",
        help="score the 781 DER STANDARD (10kGNAD) tuning articles in bench/standard/",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="score the 20 held-out DER STANDARD check articles in bench/check/ (scores only)",
    )
    ap.add_argument(
        "--check2",
        action="store_true",
        help="score the 20 held-out articles of check set 2 in bench/check2/ (scores only)",
    )
    ap.add_argument(
        "--check3",
        action="store_true",
        help="score the 20 held-out articles of check set 3 in bench/check3/ (scores only)",
    )
    ap.add_argument(
        "--check4",
        action="store_true",
        help="score the 20 held-out articles of check set 4 in bench/check4/ (scores only)",
    )
    ap.add_argument("--show-errors", nargs="?", const="quotes", default=None, metavar="KINDS")
    args = ap.parse_args()
    if args.check2:
        args.check, check_dir = True, BENCH_DIR / "check2"
    elif args.check3:
        args.check, check_dir = True, BENCH_DIR / "check3"
    elif args.check4:
        args.check, check_dir = True, BENCH_DIR / "check4"
    else:
        check_dir = BENCH_DIR / "check"
    if args.check and args.show_errors:
        raise SystemExit(
            f"--show-errors is not available with --check: bench/{check_dir.name} is a held-out "
            "check set (scores only); read errors on --standard or the WIKINEWS tuning set instead"
        )
    if args.check and args.standard:
        raise SystemExit("--check and --standard are exclusive")
    if args.check:
        docs = scoring.load_10kgnad(args.corpora, check_dir)
        title = f"check (10kgnad bench/{check_dir.name}, held out: scores only)"
    elif args.standard:
        docs = scoring.load_10kgnad(args.corpora, BENCH_DIR)
        title = "tuning (10kgnad bench/standard, not dev)"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "wikinews.txt").write_text(
                "\n".join(tuning_ids(args.corpora, args.n, args.offset))
            )
            docs = scoring.load_wikinews(args.corpora, Path(tmp))
        title = "tuning (wikinews, not dev)"
    shown = error_kinds(args.show_errors) if args.show_errors else set()
    errors: list | None = [] if args.show_errors else None
    results = scoring.evaluate(docs, errors=errors)
    if errors:
        texts = {d.id: d.text for d in docs}
        order = {d.id: i for i, d in enumerate(docs)}
        errors = [e for e in errors if e.kind in shown]
        if args.standard:
            errors.sort(key=lambda e: (order[e.doc_id], e.start, e.end))
        for err in errors:
            print(scoring.format_error(err, texts[err.doc_id]))
    print(scoring.format_scores(title, results["all"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
