"""Readers for the German corpora in ``../shared/corpora`` (see each folder's README.md).

Every NER reader yields ``(words, tags)`` sentences with strict BIO tags over the labels
PER, ORG, LOC and MISC. The harmonisation choices are documented in ``models/README.md``.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = Path(os.environ.get("QUOTEX_CORPORA", REPO.parent / "shared" / "corpora"))
LABELS = ("PER", "ORG", "LOC", "MISC")

Sentence = tuple[list[str], list[str]]


def strict_bio(tags: list[str]) -> list[str]:
    """Turn IOB1 / sloppy BIO into strict BIO: an I-X that does not follow X starts an entity."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O" or tag == "":
            out.append("O")
            prev = "O"
            continue
        prefix, label = tag.split("-", 1)
        if prefix == "I" and prev == label:
            out.append("I-" + label)
        else:
            out.append("B-" + label)
        prev = label
    return out


def map_tags(tags: list[str], mapping: dict[str, str | None]) -> list[str]:
    """Map entity labels (without prefix); labels mapped to None become O."""
    out = []
    for tag in tags:
        if tag in ("O", ""):
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        new = mapping.get(label, label if label in LABELS else None)
        out.append(f"{prefix}-{new}" if new else "O")
    return strict_bio(out)


def read_columns(
    path: Path,
    word_col: int,
    tag_col: int,
    sep: str | None = "\t",
    encoding: str = "utf-8",
    comments: bool = False,
    doc_breaks: bool = False,
) -> Iterator[Sentence]:
    """Column files: one token a line, blank line between sentences, '#' comment lines.
    With doc_breaks, each -DOCSTART- line yields an empty sentence as a document break."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding=encoding) as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if (
                comments
                and line.startswith("#")
                and (line.startswith("# ") or line.startswith("#\t"))
            ):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split()
            word = cols[word_col]
            if word == "-DOCSTART-":
                if doc_breaks:
                    yield [], []
                continue
            if word == "":
                word = "_"
            words.append(word)
            tags.append(cols[tag_col] if len(cols) > tag_col else "O")
    if words:
        yield words, tags


# ---------------------------------------------------------------------------- NER corpora


def conll2003(root: Path, split: str) -> Iterator[Sentence]:
    for words, tags in read_columns(root / "conll2003-de" / f"{split}.umlauts-fixed.conllu", 1, 2):
        yield words, strict_bio(tags)


def conll2003_documents(root: Path, split: str) -> Iterator[list[Sentence]]:
    """CoNLL-2003 German split into its documents (-DOCSTART- lines), for article-level rules."""
    doc: list[Sentence] = []
    path = root / "conll2003-de" / f"{split}.umlauts-fixed.conllu"
    for words, tags in read_columns(path, 1, 2, doc_breaks=True):
        if not words:
            if doc:
                yield doc
            doc = []
        else:
            doc.append((words, strict_bio(tags)))
    if doc:
        yield doc


GERMEVAL_DERIV = {"PERderiv": "MISC", "ORGderiv": "MISC", "LOCderiv": "MISC", "OTHderiv": "MISC"}
GERMEVAL_PART = {"PERpart": None, "ORGpart": None, "LOCpart": None, "OTHpart": None}


def germeval(root: Path, split: str, train_mapping: bool = True) -> Iterator[Sentence]:
    """GermEval 2014 outer level. Training: OTH/*deriv -> MISC, *part -> O.
    Evaluation (train_mapping=False): OTH -> MISC, *deriv/*part -> O."""
    mapping: dict[str, str | None] = {"OTH": "MISC", **GERMEVAL_PART}
    if train_mapping:
        mapping.update(GERMEVAL_DERIV)
    else:
        mapping.update({k: None for k in GERMEVAL_DERIV})
    for words, tags in read_columns(
        root / "germeval2014" / f"NER-de-{split}.tsv", 1, 2, comments=True
    ):
        yield words, map_tags(tags, mapping)


def wikineural(root: Path, split: str) -> Iterator[Sentence]:
    for words, tags in read_columns(root / "wikineural-de" / f"{split}.conllu", 1, 2):
        yield words, strict_bio(tags)


def wikiann(root: Path, split: str) -> Iterator[Sentence]:
    for words, tags in read_columns(root / "wikiann-de" / f"{split}.conllu", 1, 2):
        yield words, strict_bio(tags)


def europarl(root: Path, split: str) -> Iterator[Sentence]:
    for words, tags in read_columns(root / "europarl-ner-de" / f"{split}.tsv", 0, 4):
        yield words, strict_bio(tags)


LER_MAP: dict[str, str | None] = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "MISC",
}


def german_ler(root: Path, split: str = "train") -> Iterator[Sentence]:
    name = {"train": "ler_train.derived.conll", "dev": "ler_dev.conll"}[split]
    for words, tags in read_columns(root / "german-ler" / name, 0, 1, sep=None):
        yield words, map_tags(tags, {k: LER_MAP.get(k) for k in _LER_ALL} | LER_MAP)


_LER_ALL = ["GS", "VO", "EUN", "VS", "VT", "RS", "LIT"]


def uner_pud(root: Path) -> Iterator[Sentence]:
    for words, tags in read_columns(
        root / "uner-german-pud" / "de_pud-ud-test.iob2", 1, 2, comments=True
    ):
        yield words, map_tags(tags, {"OTHER": None})


SMARTDATA_MAP = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "ORGANIZATION_COMPANY": "ORG",
    "LOCATION": "LOC",
    "LOCATION_CITY": "LOC",
    "LOCATION_STREET": "LOC",
    "LOCATION_STOP": "LOC",
}


def _json_objects(path: Path) -> Iterator[dict]:
    dec = json.JSONDecoder()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    pos = 0
    n = len(text)
    while pos < n:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            break
        obj, pos = dec.raw_decode(text, pos)
        yield obj


def smartdata_docs(root: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """SmartData v1 train+test minus v3 dev/test ids, news and RSS documents (no tweets):
    (text, [(start, end, label)])."""
    base = root / "smartdata-de"
    held = set()
    for split in ("dev", "test"):
        for doc in _json_objects(base / "v3_20200302" / f"{split}.json.gz"):
            held.add(doc["id"])
    seen = set()
    for split in ("train", "test"):
        for doc in _json_objects(base / "v1_20180119" / f"{split}.json.gz"):
            if doc["id"] in held or doc["id"] in seen:
                continue
            seen.add(doc["id"])
            text = doc["text"]["string"] if isinstance(doc["text"], dict) else doc["text"]
            spans = []
            mentions = doc.get("conceptMentions") or {}
            if isinstance(mentions, dict):
                mentions = mentions.get("array", [])
            for m in mentions:
                label = SMARTDATA_MAP.get(m["type"].upper().replace("-", "_"))
                if label:
                    spans.append((m["span"]["start"], m["span"]["end"], label))
            yield text, spans


def read_10kgnad(root: Path) -> list[str]:
    with open(root / "10kgnad" / "test.csv", encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) >= 2]


def read_conllu_text(path: Path) -> Iterable[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                yield line[len("# text = ") :].strip()
