"""Throughput of batch extraction: raw spaCy vs quotex (1 worker) vs quotex (N workers).

    .venv/bin/python bench/bench_batch.py                     # whole 10kGNAD test.csv
    .venv/bin/python bench/bench_batch.py --limit 200         # a subset
    .venv/bin/python bench/bench_batch.py --limit 200 --profile   # + rule-layer profile

Each variant runs in a fresh Python process over the same texts with the same model; times
are whole runs, model loading included (imports excluded). Words are whitespace tokens.

  (a) raw spaCy: spacy.load(model) + nlp.pipe(texts), one process, quotex components excluded
  (b) quotex, 1 worker:  quotex.batch.run_batch over the CSV (in-process), all components
  (c) quotex, N workers: the same with --workers N (default 2)

Targets: (b) >= 0.90 x (a), (c) >= 1.7 x (b), peak RSS <= 1 GB per worker, model load <= 3 s.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "10kgnad" / "test.csv"
DEFAULT_MODEL = REPO / "models" / "de_quotex_news"
CSV_FORMAT = {"delimiter": ";", "quotechar": "'"}


def read_texts(corpus: Path, limit: int | None) -> list[str]:
    with corpus.open(newline="", encoding="utf-8") as f:
        rows = itertools.islice(csv.reader(f, **CSV_FORMAT), limit)
        return [row[1] for row in rows if len(row) > 1]


def write_subset(corpus: Path, limit: int | None, dest: Path) -> Path:
    """The first `limit` rows as a CSV file of the same format (for the batch variants)."""
    if limit is None:
        return corpus
    with corpus.open(newline="", encoding="utf-8") as f, dest.open("w", newline="") as g:
        csv.writer(g, lineterminator="\r\n", **CSV_FORMAT).writerows(
            itertools.islice(csv.reader(f, **CSV_FORMAT), limit)
        )
    return dest


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


# ----------------------------------------------------------------------------------------------
# Variants (each in its own process)
# ----------------------------------------------------------------------------------------------


def variant_raw(model: str, corpus: Path, limit: int | None, batch_size: int) -> dict:
    import spacy

    texts = read_texts(corpus, limit)
    words = sum(len(t.split()) for t in texts)
    start, cpu0 = time.perf_counter(), cpu_s()
    nlp = spacy.load(model)
    quotex_pipes = [n for n in nlp.pipe_names if n.startswith("quotex_")]
    for name in quotex_pipes:
        nlp.remove_pipe(name)
    load = time.perf_counter() - start
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    return {
        "docs": n,
        "words": words,
        "seconds": seconds,
        "cpu_s": cpu_s() - cpu0,
        "load_s": load,
        "rss_mb": {"main": rss_mb()},
        "pipes": nlp.pipe_names,
    }


def variant_quotex(model: str, csv_path: Path, workers: int, batch_size: int, out: Path) -> dict:
    from quotex.batch import ReadOptions, run_batch

    opts = ReadOptions(text_field="1", csv_header=False, csv_delimiter=";", csv_quotechar="'")
    start, cpu0 = time.perf_counter(), cpu_s()
    stats = run_batch(
        [str(csv_path)], out, model=model, workers=workers, read_options=opts,
        batch_size=batch_size,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    main_pid = os.getpid()
    cpu = cpu_s() - cpu0 + sum(w["cpu_s"] for p, w in stats.workers.items() if p != main_pid)
    rss = {str(pid): round(w["rss_mb"], 1) for pid, w in stats.workers.items() if pid != main_pid}
    rss["main"] = round(rss_mb(), 1)
    return {
        "docs": stats.documents,
        "failed": stats.failed,
        "words": stats.words,
        "quotes": stats.quotes,
        "entities": stats.entities,
        "seconds": seconds,
        "cpu_s": cpu,
        "load_s": max((w["load_s"] for w in stats.workers.values()), default=0.0),
        "rss_mb": rss,
    }


# ----------------------------------------------------------------------------------------------
# Profile of the rule layer
# ----------------------------------------------------------------------------------------------


RULE_MODULES = ("quotex/", "quotex\\")
NOT_RULES = ("batch.py", "model.py", "resources.py")


def profile_rules(model: str, corpus: Path, limit: int | None, batch_size: int) -> None:
    """Child process: the model over all texts, then the rule components alone, timed per
    component (wall clock); py-spy (when the parent runs this under it) samples the stacks."""
    import quotex
    from quotex.pipeline import _run_model

    texts = read_texts(corpus, limit)
    nlp = quotex.load(model)
    t = time.perf_counter()
    docs = []
    for i in range(0, len(texts), batch_size):
        docs += _run_model(nlp, [nlp.make_doc(x) for x in texts[i : i + batch_size]], batch_size)
    model_s = time.perf_counter() - t
    per = _rules_stage(nlp, docs)
    total = sum(per.values())
    print(f"\nrule layer over {len(docs)} docs: {total:.2f} s; model part alone {model_s:.2f} s")
    for name, s in sorted(per.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {s:7.2f} s  {s / model_s:6.1%} of model time")
    print(f"  {'all of quotex':22s} {total:7.2f} s  {total / model_s:6.1%} of model time")


def _rules_stage(nlp, docs) -> dict[str, float]:
    """quotex's components and result_from_doc over model-processed docs (the profiled part)."""
    from quotex.pipeline import result_from_doc

    rules = [(name, proc) for name, proc in nlp.pipeline if name.startswith("quotex_")]
    per: dict[str, float] = {name: 0.0 for name, _ in rules}
    per["result_from_doc"] = 0.0
    for doc in docs:
        for name, proc in rules:
            t = time.perf_counter()
            doc = proc(doc)
            per[name] += time.perf_counter() - t
        t = time.perf_counter()
        result_from_doc(doc, nlp)
        per["result_from_doc"] += time.perf_counter() - t
    return per


def _frame(frame: str) -> tuple[str, str] | None:
    """'func (path/to/file.py:12)' -> ('module.py', 'func') when it is a quotex rule module."""
    head, _, rest = frame.rpartition(" (")
    path = rest.rsplit(":", 1)[0]
    if not any(m in path for m in RULE_MODULES) or path.endswith(NOT_RULES):
        return None
    return path.replace("\\", "/").rsplit("quotex/", 1)[-1], head


def summarize_pyspy(raw: Path, rate: int, top: int = 25) -> None:
    """Where the rule layer's samples are: per function, inclusive and 'own' (the innermost
    quotex frame, i.e. the function itself plus the spaCy/C code it calls directly)."""
    from collections import Counter

    own: Counter = Counter()
    incl: Counter = Counter()
    modules: Counter = Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        if "_rules_stage (" not in stack:
            continue  # imports, model loading, the statistical model
        frames = [f for f in (_frame(x) for x in stack.split(";")) if f]
        if not frames:
            continue
        n = int(count)
        total += n
        own[frames[-1]] += n
        modules[frames[-1][0]] += n
        for f in set(frames):
            incl[f] += n
    if not total:
        print("py-spy recorded no samples in quotex's rule modules")
        return
    print(f"\npy-spy: {total} samples ({total / rate:.1f} s) inside quotex rule modules")
    print("by module (own time):")
    for mod, n in modules.most_common():
        print(f"  {n / total:6.1%}  {mod}")
    print(f"top {top} functions by own time (incl. the spaCy/C calls they make directly):")
    for (mod, fn), n in own.most_common(top):
        print(f"  {n / total:6.1%}  {n / rate:6.2f} s  {mod}:{fn}")
    print(f"top {top} functions by inclusive time:")
    for (mod, fn), n in incl.most_common(top):
        print(f"  {n / total:6.1%}  {n / rate:6.2f} s  {mod}:{fn}")


def run_profile(common: list[str]) -> None:
    import shutil

    pyspy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    child = [sys.executable, __file__, *common, "--_variant", "profile"]
    if not Path(pyspy).exists():
        print("(pip install py-spy for a per-function profile)")
        subprocess.run(child, cwd=REPO, check=True)
        return
    rate = 250
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "profile.txt"
        subprocess.run(
            [pyspy, "record", "-f", "raw", "-r", str(rate), "-o", str(raw), "--", *child],
            cwd=REPO,
            check=True,
            stderr=subprocess.DEVNULL,
        )
        summarize_pyspy(raw, rate)


# ----------------------------------------------------------------------------------------------


def run_child(args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, cwd=REPO
    )
    if proc.returncode != 0:
        sys.exit(f"variant {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=os.environ.get("QUOTEX_MODEL") or str(DEFAULT_MODEL))
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, default=2, help="workers of variant (c)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--variants", default="abc", help="which of a, b, c to run (default abc)")
    ap.add_argument("--profile", action="store_true", help="profile the rule components")
    ap.add_argument("--profile-only", action="store_true", help="only the profile, no timings")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--_variant", help=argparse.SUPPRESS)
    ap.add_argument("--_csv", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._variant:  # child process
        if args._variant == "profile":
            profile_rules(args.model, args.corpus, args.limit, args.batch_size)
            return
        if args._variant == "a":
            res = variant_raw(args.model, args.corpus, args.limit, args.batch_size)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                res = variant_quotex(
                    args.model, Path(args._csv), int(args._variant[1:]), args.batch_size,
                    Path(tmp) / "out.jsonl",
                )  # fmt: skip
        print(json.dumps(res))
        return

    if not Path(args.model).exists() and os.sep in args.model:
        sys.exit(f"model {args.model} not found (is the bundled model trained yet?)")
    print(f"model {args.model}\ncorpus {args.corpus} limit {args.limit or 'all'}")
    print(f"cpu cores {os.cpu_count()}; load average {os.getloadavg()[0]:.2f}")
    results: dict[str, dict] = {}
    common = ["--model", args.model, "--corpus", str(args.corpus), "--batch-size",
              str(args.batch_size)]  # fmt: skip
    if args.limit:
        common += ["--limit", str(args.limit)]
    if args.profile_only:
        args.variants, args.profile = "", True
    with tempfile.TemporaryDirectory() as tmp:
        subset = write_subset(args.corpus, args.limit, Path(tmp) / "subset.csv")
        names = {"a": "a", "b": "w1", "c": f"w{args.workers}"}
        labels = {
            "a": "(a) raw spaCy nlp.pipe",
            "b": "(b) quotex, 1 worker",
            "c": f"(c) quotex, {args.workers} workers",
        }
        for key in args.variants:
            res = run_child([*common, "--_variant", names[key], "--_csv", str(subset)])
            res["words_per_s"] = res["words"] / res["seconds"]
            res["docs_per_s"] = res["docs"] / res["seconds"]
            res["words_per_cpu_s"] = res["words"] / res["cpu_s"]
            results[key] = res
            rss = ", ".join(f"{k} {v:.0f}" for k, v in res["rss_mb"].items())
            print(
                f"{labels[key]:28s} {res['docs']:5d} docs {res['words']:8,d} words "
                f"{res['seconds']:7.1f} s  {res['words_per_s']:8,.0f} words/s "
                f"{res['docs_per_s']:6.2f} docs/s  CPU {res['cpu_s']:6.1f} s "
                f"({res['words_per_cpu_s']:,.0f} words/CPU-s)  load {res['load_s']:.2f} s  "
                f"peak RSS MB: {rss}",
                flush=True,
            )
    checks = []
    if "a" in results and "b" in results:
        r = results["b"]["words_per_s"] / results["a"]["words_per_s"]
        checks.append(f"(b)/(a) = {r:.2f}  (target >= 0.90) {'ok' if r >= 0.9 else 'MISSED'}")
        r = results["b"]["words_per_cpu_s"] / results["a"]["words_per_cpu_s"]
        checks.append(f"(b)/(a) per CPU second = {r:.2f}  (robust to a busy machine)")
    if "b" in results and "c" in results:
        r = results["c"]["words_per_s"] / results["b"]["words_per_s"]
        checks.append(f"(c)/(b) = {r:.2f}  (target >= 1.70) {'ok' if r >= 1.7 else 'MISSED'}")
    worker_rss = [
        v for res in results.values() for k, v in res["rss_mb"].items() if k != "main"
    ] or [res["rss_mb"]["main"] for res in results.values()]
    if worker_rss:
        m = max(worker_rss)
        checks.append(f"peak RSS per worker {m:.0f} MB (target <= 1024) "
                      f"{'ok' if m <= 1024 else 'MISSED'}")  # fmt: skip
    loads = [res["load_s"] for res in results.values()]
    if loads:
        m = max(loads)
        checks.append(f"model load {m:.2f} s (target <= 3) {'ok' if m <= 3 else 'MISSED'}")
    for line in checks:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.profile:
        run_profile(common)


if __name__ == "__main__":
    main()
