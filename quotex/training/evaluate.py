"""Evaluate a German spaCy pipeline on quotex's held-out sets.

    python -m quotex.training.evaluate MODEL [--corpora ../shared/corpora] [--json out.json]
        [--quotex]

MODEL is a path or an installed package name. Prints

- NER precision/recall/F per label and micro over PER/ORG/LOC (exact spans; MISC is reported
  but excluded from micro) on CoNLL-2003 German test, GermEval 2014 test (outer level:
  OTH -> MISC, *deriv/*part -> O) and UNER German PUD; with --quotex also the entities quotex
  itself outputs (the model's plus its entity rules) on the same sets;
- UPOS, morphological features, Mood on finite verbs (gold VerbForm=Fin), lemma accuracy,
  UAS/LAS and sentence-boundary F on UD German GSD test (raw text, spaCy tokenisation aligned
  to gold);
- words per second on one CPU thread over 10kGNAD test.csv.

Held-out sets are never used for training (see models/README.md).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.training.converters import conllu_to_docs  # noqa: E402

from . import corpora as C  # noqa: E402

MICRO_LABELS = ("PER", "ORG", "LOC")


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start = None
    label = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if label is not None:
            spans.add((start, i, label))
            label = None
        if tag.startswith("B-") or tag.startswith("I-"):
            start, label = i, tag[2:]
    return spans


def eval_ner(nlp, sents: list[C.Sentence], labels=("PER", "ORG", "LOC", "MISC")) -> dict:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    docs = (Doc(nlp.vocab, words=w, spaces=[True] * len(w)) for w, _ in sents)
    # Everything that writes entities stays on: the ner, what it listens to, entity rulers.
    rulers = {n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory == "entity_ruler"}
    keep = {"ner"} | _ner_deps(nlp) | rulers
    disable = [n for n in nlp.pipe_names if n not in keep]
    with nlp.select_pipes(disable=disable):
        for (_, tags), doc in zip(sents, nlp.pipe(docs, batch_size=256), strict=True):
            gold = bio_spans(tags)
            _count({(e.start, e.end, e.label_) for e in doc.ents}, gold, tp, fp, fn)
    return _ner_scores(tp, fp, fn, labels)


def _count(pred: set, gold: set, tp: Counter, fp: Counter, fn: Counter) -> None:
    """Exact-span counts per label (the label is each span's last field)."""
    for s in pred:
        if s in gold:
            tp[s[-1]] += 1
        else:
            fp[s[-1]] += 1
    for s in gold - pred:
        fn[s[-1]] += 1


def _ner_scores(tp: Counter, fp: Counter, fn: Counter, labels) -> dict:
    """P/R/F per label with its support, and micro over PER/ORG/LOC."""
    out: dict = {}
    for lab in labels:
        out[lab] = prf(tp[lab], fp[lab], fn[lab])
        out[lab]["support"] = tp[lab] + fn[lab]
    out["micro"] = prf(
        sum(tp[lab] for lab in MICRO_LABELS),
        sum(fp[lab] for lab in MICRO_LABELS),
        sum(fn[lab] for lab in MICRO_LABELS),
    )
    return out


def eval_ner_quotex(model: str, docs: list[list[C.Sentence]], labels=("PER", "ORG", "LOC")) -> dict:
    """NER of the whole quotex pipeline (model + entity rules) on gold-tokenised documents.

    Each document's sentences are joined (words by spaces, sentences by line breaks) and run
    as one article, so the rules that use article context (a surname seen with its first name
    earlier) work as far as the document gives them context; a set without document breaks
    is run one sentence at a time, a lower bound for articles. Predicted spans count only
    where they start and end on gold word boundaries of one sentence; the rest are false
    positives.
    """
    from quotex.pipeline import load, process_many, result_from_doc

    nlp = load(model)
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    texts, golds, starts_of, ends_of = [], [], [], []
    for sents in docs:
        starts, ends, gold, pos, pieces = {}, {}, set(), 0, []
        for k, (words, tags) in enumerate(sents):
            for i, w in enumerate(words):
                starts[pos], ends[pos + len(w)] = (k, i), (k, i + 1)
                pos += len(w) + 1
            gold |= {(k, a, b, lab) for a, b, lab in bio_spans(tags)}
            pieces.append(" ".join(words))
        texts.append("\n".join(pieces))
        golds.append(gold)
        starts_of.append(starts)
        ends_of.append(ends)
    genitive = 0
    processed = process_many(nlp, texts, batch_size=32)
    for text, gold, starts, ends, doc in zip(
        texts, golds, starts_of, ends_of, processed, strict=True
    ):
        pred = set()
        for e in result_from_doc(doc).entities:
            if e.label not in labels:
                continue
            (k, a), (k2, b) = starts.get(e.start, (-1, -1)), ends.get(e.end, (-2, -1))
            pred.add((k, a, b, e.label) if k == k2 else (-1, e.start, e.end, e.label))
            # quotex leaves a genitive -s out of the span ("[Israel]s"); the NER sets keep it.
            k3, b3 = ends.get(e.end + 1, (-3, -1))
            if k != k2 and k == k3 and text[e.end : e.end + 1] == "s":
                genitive += (k, a, b3, e.label) in gold
        _count(pred, gold, tp, fp, fn)
    out = _ner_scores(tp, fp, fn, labels)
    out["micro"]["genitive_s"] = genitive
    return out


def _ner_deps(nlp) -> set[str]:
    """Components the NER listens to (a shared tok2vec), which must stay enabled."""
    return {
        name for name, proc in nlp.pipeline if "ner" in getattr(proc, "listening_components", [])
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def eval_ud(nlp, conllu: Path) -> dict:
    text = conllu.read_text(encoding="utf-8")
    refs = list(conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True))
    # move the gold docs into the model's vocab (the converter uses its own StringStore)
    refs = list(DocBin(docs=refs, store_user_data=False).get_docs(nlp.vocab))
    preds = nlp.pipe((nlp.make_doc(ref.text) for ref in refs), batch_size=64)
    examples = [Example(pred, ref) for pred, ref in zip(preds, refs, strict=True)]
    scores = Scorer(nlp).score(examples)
    mood_ok = mood_n = 0
    for eg in examples:
        y2x = eg.alignment.y2x
        for tok in eg.reference:
            feats = tok.morph.to_dict()
            if feats.get("VerbForm") != "Fin":
                continue
            mood_n += 1  # tokenisation mismatches count as errors
            aligned = list(y2x[tok.i])
            if len(aligned) != 1:
                continue
            pred = eg.predicted[int(aligned[0])].morph.to_dict()
            if pred.get("Mood") == feats.get("Mood"):
                mood_ok += 1
    keys = [
        "pos_acc",
        "morph_acc",
        "lemma_acc",
        "dep_uas",
        "dep_las",
        "sents_p",
        "sents_r",
        "sents_f",
        "tag_acc",
    ]
    out = {k: scores.get(k) for k in keys if k in scores}
    out["mood_fin_acc"] = mood_ok / mood_n if mood_n else 0.0
    out["mood_fin_n"] = mood_n
    return out


def eval_speed(nlp, root: Path, limit: int = 0) -> dict:
    """Words per second on one thread. Reports wall-clock and process CPU time: on a shared
    machine the CPU-time figure is the one that says what one free core would do."""
    texts = C.read_10kgnad(root)
    if limit:
        texts = texts[:limit]
    for _ in nlp.pipe(texts[:5]):  # warm-up
        pass
    n_words = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for doc in nlp.pipe(texts, batch_size=64):
        n_words += sum(1 for t in doc if not t.is_space)
    dt = time.perf_counter() - t0
    dc = time.process_time() - c0
    return {
        "words": n_words,
        "seconds": dt,
        "cpu_seconds": dc,
        "wps": n_words / dt,
        "wps_cpu": n_words / dc,
    }


def print_ner(name: str, res: dict) -> None:
    print(f"\nNER {name}")
    print(f"  {'label':6} {'P':>6} {'R':>6} {'F':>6} {'support':>8}")
    for lab, v in res.items():
        sup = v.get("support", "")
        print(f"  {lab:6} {v['p']:6.3f} {v['r']:6.3f} {v['f']:6.3f} {sup:>8}")
    if res["micro"].get("genitive_s"):
        print(
            f"  ({res['micro']['genitive_s']} gold names end in a genitive -s that quotex leaves "
            "out of the span, as its guideline says: scored as misses)"
        )


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description="Evaluate a German pipeline on quotex's held-out sets")
    ap.add_argument("model")
    ap.add_argument("--corpora", type=Path, default=C.DEFAULT_CORPORA)
    ap.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    ap.add_argument("--skip", action="append", default=[], choices=["ner", "ud", "speed"])
    ap.add_argument(
        "--speed-limit", type=int, default=0, help="articles for the speed test (0=all)"
    )
    ap.add_argument(
        "--quotex",
        action="store_true",
        help="also score the entities of the whole quotex pipeline (model + entity rules)",
    )
    a = ap.parse_args(argv)
    root = a.corpora
    if not root.is_dir():
        sys.exit(f"corpora folder not found: {root} (use --corpora)")
    nlp = spacy.load(a.model)
    res: dict = {"model": a.model, "pipeline": nlp.pipe_names}
    if "ner" not in a.skip and "ner" in nlp.pipe_names:
        sets = {
            "conll2003-de test": list(C.conll2003(root, "test")),
            "germeval2014 test": list(C.germeval(root, "test", train_mapping=False)),
            "uner-german-pud": list(C.uner_pud(root)),
        }
        res["ner"] = {}
        for name, sents in sets.items():
            r = eval_ner(nlp, sents)
            res["ner"][name] = r
            print_ner(name, r)
            if a.quotex:
                r = eval_ner_quotex(a.model, [[s] for s in sents])
                res.setdefault("ner_quotex", {})[name] = r
                print_ner(f"{name}, quotex entities (model + rules, one sentence at a time)", r)
        if a.quotex:
            name = "conll2003-de test"
            r = eval_ner_quotex(a.model, list(C.conll2003_documents(root, "test")))
            res["ner_quotex"][f"{name}, documents"] = r
            print_ner(f"{name}, quotex entities (model + rules, whole documents)", r)
    if "ud" not in a.skip:
        r = eval_ud(nlp, root / "ud-german-gsd" / "de_gsd-ud-test.conllu")
        res["ud"] = r
        print("\nUD German GSD test")
        for k, v in r.items():
            print(f"  {k:14} {v:.4f}" if isinstance(v, float) else f"  {k:14} {v}")
    if "speed" not in a.skip:
        r = eval_speed(nlp, root, a.speed_limit)
        res["speed"] = r
        print(
            f"\nSpeed (10kGNAD test, 1 thread): {r['words']} words in {r['seconds']:.1f}s wall "
            f"= {r['wps']:.0f} words/s; {r['cpu_seconds']:.1f}s CPU = {r['wps_cpu']:.0f} words/s"
        )
    if a.json:
        a.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
