"""Convert the shared German corpora into spaCy DocBin files under ``training/corpus/``.

    python -m quotex.training.convert [--corpora ../shared/corpora] [--out training/corpus]

Outputs (never commit them; ``training/corpus/`` is git-ignored):

- ``ud/train/gsd.spacy``, ``ud/train/pud.spacy``  UD training data (GSD dev minus a dev slice, PUD)
- ``ud/lit/lit.spacy``                          UD German-LIT (optional extra training data)
- ``ud/dev.spacy``                              model-selection slice (news part of GSD dev)
- ``ud/test.spacy``                             UD GSD test (evaluation only)
- ``ner/<source>.spacy``                        one file per NER training source
- ``ner/dev.spacy``                             model-selection slice (CoNLL val + GermEval dev)
- ``raw.txt``                                   raw text for floret vectors (no held-out test text)
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

from . import corpora as C

REPO = C.REPO
DEFAULT_OUT = REPO / "training" / "corpus"
NER_DEV_CONLL = 600  # sentences of CoNLL val kept for model selection
NER_DEV_GERMEVAL = 400  # sentences of GermEval dev kept for model selection
UD_DEV_SENTS = 150  # last news sentences of GSD dev kept for model selection


def ud_docs(path: Path, n_sents: int = 10) -> list[Doc]:
    text = path.read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=True, no_print=True))


def harmonise_pud(docs: list[Doc]) -> list[Doc]:
    """UD German PUD marks verbs differently from GSD (the evaluation treebank): finite verbs lack
    VerbForm=Fin, participles carry only Tense=Past, infinitives no features. Map to GSD style."""
    for doc in docs:
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            feats = tok.morph.to_dict()
            if "Mood" in feats:
                feats["VerbForm"] = "Fin"
            elif feats == {"Tense": "Past"} or tok.tag_ == "VBN":
                feats = {"VerbForm": "Part"}
            elif not feats or tok.tag_ == "VB":
                feats = {"VerbForm": "Inf"}
            tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())) or None)
    return docs


def syntax_only(docs: list[Doc]) -> list[Doc]:
    """UD German-LIT has almost no morphological features (finite verbs carry none, determiners
    no case/gender), which would teach the morphologizer to predict none: keep only heads,
    dependency labels and lemmas, and mark UPOS/features as missing."""
    out = []
    for doc in docs:
        arr = doc.to_array(["HEAD", "DEP", "LEMMA", "SENT_START", "SPACY"])
        new = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        new.from_array(["HEAD", "DEP", "LEMMA", "SENT_START", "SPACY"], arr)
        out.append(new)
    return out


def split_conllu(path: Path, keep_last: int) -> tuple[str, str]:
    """Split a CoNLL-U file into (head, last `keep_last` sentences)."""
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return "\n\n".join(blocks[:-keep_last]) + "\n\n", "\n\n".join(blocks[-keep_last:]) + "\n\n"


def sents_to_docs(vocab, sents: Iterable[C.Sentence]) -> list[Doc]:
    docs = []
    for words, tags in sents:
        if not words:
            continue
        docs.append(Doc(vocab, words=words, spaces=[True] * len(words), ents=tags))
    return docs


def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    n_ents = sum(len(d.ents) for d in docs)
    print(
        f"  {path.relative_to(REPO) if path.is_relative_to(REPO) else path}: "
        f"{len(docs)} docs, {sum(len(d) for d in docs)} tokens, {n_ents} entities"
    )


def smartdata(nlp, root: Path) -> list[Doc]:
    docs = []
    for text, spans in C.smartdata_docs(root):
        doc = nlp.make_doc(text)
        ents = []
        for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
            # trim whitespace at the edges (entities must not start or end with a space token)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end or "\n" in text[start:end]:
                continue
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or any(span.start < e.end and e.start < span.end for e in ents):
                continue
            ents.append(span)
        doc.set_ents(ents, default="outside")
        # split at newlines / long docs into sentence-sized chunks is unnecessary: docs are short
        docs.append(doc)
    return docs


def convert_ud(root: Path, out: Path) -> None:
    print("UD:")
    gsd_dev = root / "ud-german-gsd" / "de_gsd-ud-dev.conllu"
    head, tail = split_conllu(gsd_dev, UD_DEV_SENTS)
    save(
        list(conllu_to_docs(head, n_sents=10, merge_subtokens=True, no_print=True)),
        out / "ud" / "train" / "gsd.spacy",
    )
    save(
        list(conllu_to_docs(tail, n_sents=10, merge_subtokens=True, no_print=True)),
        out / "ud" / "dev.spacy",
    )
    save(
        harmonise_pud(ud_docs(root / "ud-german-pud" / "de_pud-ud-test.conllu")),
        out / "ud" / "train" / "pud.spacy",
    )
    save(
        syntax_only(ud_docs(root / "ud-german-lit" / "de_lit-ud-test.conllu")),
        out / "ud" / "lit" / "lit.spacy",
    )
    save(ud_docs(root / "ud-german-gsd" / "de_gsd-ud-test.conllu"), out / "ud" / "test.spacy")


def convert_ner(root: Path, out: Path) -> None:
    print("NER:")
    nlp = spacy.blank("de")
    v = nlp.vocab
    conll_val = list(C.conll2003(root, "val"))
    ge_dev = list(C.germeval(root, "dev"))
    rng = random.Random(13)
    rng.shuffle(ge_dev)
    save(sents_to_docs(v, C.conll2003(root, "train")), out / "ner" / "conll.spacy")
    save(sents_to_docs(v, conll_val[NER_DEV_CONLL:]), out / "ner" / "conllval.spacy")
    save(sents_to_docs(v, ge_dev[NER_DEV_GERMEVAL:]), out / "ner" / "germeval.spacy")
    save(
        sents_to_docs(v, conll_val[:NER_DEV_CONLL] + ge_dev[:NER_DEV_GERMEVAL]),
        out / "ner" / "dev.spacy",
    )
    wn = list(C.wikineural(root, "val")) + list(C.wikineural(root, "test"))
    save(sents_to_docs(v, wn), out / "ner" / "wikineural.spacy")
    wa = (
        list(C.wikiann(root, "train"))
        + list(C.wikiann(root, "val"))
        + list(C.wikiann(root, "test"))
    )
    save(sents_to_docs(v, wa), out / "ner" / "wikiann.spacy")
    ep = (
        list(C.europarl(root, "train"))
        + list(C.europarl(root, "dev"))
        + list(C.europarl(root, "test"))
    )
    save(sents_to_docs(v, ep), out / "ner" / "europarl.spacy")
    # German LER: keep only sentences with a PER/ORG/LOC entity plus a sample of the rest
    ler = [s for s in C.german_ler(root, "train")]
    with_ent = [s for s in ler if any(t != "O" for t in s[1])]
    rng.shuffle(with_ent)
    save(sents_to_docs(v, with_ent[:8000]), out / "ner" / "ler.spacy")
    save(smartdata(nlp, root), out / "ner" / "smartdata.spacy")


def write_raw(root: Path, out: Path) -> None:
    """Raw text for floret vectors. Held-out evaluation text (GermEval test, CoNLL test,
    PUD, GSD test) is left out."""
    lines: list[str] = []
    lines += C.read_10kgnad(root)
    for sents in (
        C.conll2003(root, "train"),
        C.conll2003(root, "val"),
        C.germeval(root, "dev"),
        C.wikineural(root, "val"),
        C.wikineural(root, "test"),
        C.wikiann(root, "train"),
        C.europarl(root, "train"),
        C.german_ler(root, "train"),
    ):
        lines += [" ".join(w) for w, _ in sents]
    lines += list(C.read_conllu_text(root / "ud-german-gsd" / "de_gsd-ud-dev.conllu"))
    lines += list(C.read_conllu_text(root / "ud-german-lit" / "de_lit-ud-test.conllu"))
    import json

    for p in sorted((root / "wikinews-spkatt-train").glob("*.json")):
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
        t = d.get("text") if isinstance(d, dict) else None
        if isinstance(t, str):
            lines += t.split("\n")
    for text, _ in C.smartdata_docs(root):
        lines += text.split("\n")
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    with open(out / "raw.txt", "w", encoding="utf-8") as f:
        for doc in nlp.tokenizer.pipe((ln for ln in lines if ln.strip()), batch_size=1000):
            f.write(" ".join(t.text for t in doc if not t.is_space) + "\n")
    print(f"  raw.txt: {len(lines)} lines")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=C.DEFAULT_CORPORA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--only", choices=["ud", "ner", "raw"], action="append")
    a = ap.parse_args(argv)
    only = a.only or ["ud", "ner", "raw"]
    if not a.corpora.is_dir():
        raise SystemExit(f"corpora folder not found: {a.corpora}")
    if "ud" in only:
        convert_ud(a.corpora, a.out)
    if "ner" in only:
        convert_ner(a.corpora, a.out)
    if "raw" in only:
        write_raw(a.corpora, a.out)


if __name__ == "__main__":
    main()
