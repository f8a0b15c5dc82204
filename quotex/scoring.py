"""Score quotex output against the development set (`data/dev/`).

Pure functions that compare one gold document (the gold file format of
`data/examples/*.gold.json`) with one prediction (an `ExtractionResult.to_dict()`), plus a CLI:

    python -m quotex.scoring [--corpora PATH] [--subset wikinews|10kgnad|seed|all]
                             [--limit N] [--show-errors [quotes,dates,entities|all]]
                             [--show-gold] [--json FILE]

Quote matching is one-to-one and greedy by character overlap: a predicted quote matches a gold
quote when their overlap is at least 50 % of the gold span AND at least 50 % of the predicted span.
Gold is normalised first (`normalise_gold_quotes`): nested quotes are dropped, quotation marks and
whitespace at both ends of a message are stripped (WIKINEWS direct messages include them), and the
kinds free_indirect and reported are mapped to indirect (the original kind is kept for a recall
breakdown). See `data/dev/README.md` for the dev set and the exact rules.

The corpus texts are not part of the repository: WIKINEWS articles and the DER STANDARD articles
(10kGNAD) are read from `--corpora` (default `<repo>/../shared/corpora`).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEV_DIR = REPO_ROOT / "data" / "dev"
SEED_GOLD = REPO_ROOT / "data" / "examples" / "putin-trump-dialog.gold.json"
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"

SUBSETS = ("seed", "wikinews", "10kgnad")
QUOTE_KINDS = ("direct", "indirect")
ORIGINAL_KINDS = ("direct", "indirect", "free_indirect", "reported")
ENTITY_LABELS = ("PER", "ORG", "LOC")
KIND_MAP = {
    "direct": "direct",
    "indirect": "indirect",
    "free_indirect": "indirect",
    "reported": "indirect",
    "mixed": "mixed",
}
# Quotation marks stripped from both ends of gold messages (with whitespace).
QUOTE_MARKS = "\"'„“”‟»«›‹‚‘’`´"
MIN_OVERLAP = 0.5

Span = tuple[int, int]


# --------------------------------------------------------------------------- spans and matching


def strip_span(text: str, start: int, end: int, chars: str = QUOTE_MARKS) -> Span:
    """Shrink [start, end) past whitespace and `chars` at both ends (may become empty)."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def span_length(parts: list[Span]) -> int:
    return sum(max(0, e - s) for s, e in parts)


def overlap(a: list[Span], b: list[Span]) -> int:
    """Characters shared by two (possibly discontinuous) spans."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def greedy_match(
    gold: list[list[Span]],
    pred: list[list[Span]],
    min_gold: float = MIN_OVERLAP,
    min_pred: float = MIN_OVERLAP,
) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap; returns (gold index, pred index) pairs.

    A pair is eligible when the overlap is positive, >= min_gold of the gold length and
    >= min_pred of the predicted length. Pairs are taken by decreasing overlap (ties: gold order,
    then prediction order). A discontinuous gold span (several parts) counts its parts for the
    gold side, but the predicted side may also cover the gaps between them (the interrupting
    "sagte X" of a split quote), so the predicted share is measured against its first..last hull.
    """
    candidates = []
    for gi, g in enumerate(gold):
        glen = span_length(g)
        hull = [(min(s for s, _ in g), max(e for _, e in g))] if g else []
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov <= 0:
                continue
            plen = span_length(p)
            if ov >= min_gold * glen and overlap(hull, p) >= min_pred * plen:
                candidates.append((-ov, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------- gold normalisation


def _parts(item: dict[str, Any]) -> list[Span]:
    parts = item.get("parts")
    if parts:
        # Gold parts are [start, end] pairs; predicted parts are {text, start, end} objects.
        return [
            (int(p["start"]), int(p["end"])) if isinstance(p, dict) else (int(p[0]), int(p[1]))
            for p in parts
        ]
    return [(int(item["start"]), int(item["end"]))]


def normalise_gold_quotes(text: str, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop nested quotes, strip quotation marks/whitespace, map kinds.

    Returns new dicts with keys: id, kind (mapped), orig_kind, start, end, parts (list of spans,
    each stripped; empty pieces dropped), speaker_parts (spans of the speaker mention or None),
    speaker_names, speaker_text.
    """
    out = []
    for q in quotes:
        if q.get("nested"):
            continue
        orig_kind = q.get("kind", "indirect")
        if orig_kind not in KIND_MAP:
            raise ValueError(f"unknown gold quote kind {orig_kind!r} in {q.get('id')}")
        parts = []
        for s, e in _parts(q):
            s2, e2 = strip_span(text, s, e)
            if e2 > s2:
                parts.append((s2, e2))
        if not parts:
            continue
        sm = q.get("speaker_mention")
        names = [n for n in q.get("speaker_names") or [] if n and n.strip()]
        out.append(
            {
                "id": q.get("id"),
                "kind": KIND_MAP[orig_kind],
                "orig_kind": orig_kind,
                "start": parts[0][0],
                "end": parts[-1][1],
                "parts": parts,
                "speaker_parts": _parts(sm) if sm else None,
                "speaker_text": sm.get("text") if sm else None,
                "speaker_names": names,
            }
        )
    return out


def gold_has_speaker(g: dict[str, Any]) -> bool:
    return bool(g.get("speaker_parts") or g.get("speaker_names"))


# --------------------------------------------------------------------------- speakers

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_EDGE_PUNCT = ".,;:!?\"'„“”»«‚‘’()[]-–—/"


# Gold "names" that are only a pronoun or pronominal adverb (WIKINEWS has no coreference): they
# identify nobody, so only the span-overlap rule can credit a predicted speaker for them.
PRONOUNS = frozenset(
    "er sie es ich du wir ihr man ihnen ihm ihn der die das dem den denen des dieser diese dieses "
    "diesem jener jene letzterer letztere letzteres welcher welche welchem einige niemand "
    "demnach danach wonach darunter darauf dazu".split()
)


def normalise_name(name: str) -> str:
    """Casefold and collapse whitespace; drop quotation marks and edge punctuation."""
    name = "".join(ch for ch in name if ch not in QUOTE_MARKS)
    name = " ".join(name.split()).casefold()
    return name.strip(_EDGE_PUNCT + " ")


def last_token(name: str) -> str | None:
    """Last word of a name, ignoring parenthesised parts ("Matthias Berninger ( Grüne )")."""
    name = _BRACKETS.sub(" ", name)
    tokens = [t.strip(_EDGE_PUNCT) for t in normalise_name(name).split()]
    tokens = [t for t in tokens if t]
    return tokens[-1] if tokens else None


def speaker_correct(gold: dict[str, Any], pred_speaker: dict[str, Any] | None) -> bool:
    """Is the predicted speaker right for this (normalised) gold quote?

    Gold without a speaker: correct iff the prediction has none. Otherwise correct if the predicted
    speaker span overlaps the gold speaker mention, or the predicted name equals a gold speaker
    name (case/whitespace-normalised), or their last tokens are equal (surname match). Gold names
    that are just a pronoun ("er", "Demnach") take part only in the overlap rule.
    """
    if not gold_has_speaker(gold):
        return pred_speaker is None
    if not pred_speaker:
        return False
    gparts = gold.get("speaker_parts")
    if gparts and pred_speaker.get("start") is not None and pred_speaker.get("end") is not None:
        if overlap(gparts, [(int(pred_speaker["start"]), int(pred_speaker["end"]))]) > 0:
            return True
    name = pred_speaker.get("name") or pred_speaker.get("text") or ""
    pname = normalise_name(name)
    plast = last_token(name)
    for gname in gold.get("speaker_names") or []:
        if normalise_name(gname) in PRONOUNS:
            continue
        if pname and pname == normalise_name(gname):
            return True
        if plast and plast == last_token(gname):
            return True
    return False


def speaker_name_correct(gold: dict[str, Any], pred_speaker: dict[str, Any] | None) -> bool:
    """Stricter than `speaker_correct`: the predicted speaker's resolved `name` (what a user
    reads) must equal a gold speaker name or share its last word; span overlap is not enough
    ("der Apple-Chef" unresolved is wrong where the gold names Tim Cook)."""
    name = (pred_speaker or {}).get("name") or ""
    pname, plast = normalise_name(name), last_token(name)
    for gname in gold.get("speaker_names") or []:
        if normalise_name(gname) in PRONOUNS:
            continue
        if pname and (pname == normalise_name(gname) or plast == last_token(gname)):
            return True
    return False


# --------------------------------------------------------------------------- counts


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    num: int = 0
    den: int = 0

    def add(self, other: Ratio) -> None:
        self.num += other.num
        self.den += other.den

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None


@dataclass
class Scores:
    docs: int = 0
    quotes: PRF = field(default_factory=PRF)
    by_kind: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in QUOTE_KINDS})
    mixed_pred: int = 0
    recall_by_orig_kind: dict[str, Ratio] = field(
        default_factory=lambda: {k: Ratio() for k in ORIGINAL_KINDS}
    )
    kind_accuracy: Ratio = field(default_factory=Ratio)
    speaker: Ratio = field(default_factory=Ratio)  # matched quotes whose gold has a speaker
    speaker_none: Ratio = field(default_factory=Ratio)  # matched quotes without gold speaker
    # matched quotes whose gold speaker has a name: is the predicted *name* one of them?
    speaker_name: Ratio = field(default_factory=Ratio)
    quote_speaker: PRF = field(default_factory=PRF)
    entity_docs: int = 0
    entities: PRF = field(default_factory=PRF)
    entities_by_label: dict[str, PRF] = field(
        default_factory=lambda: {k: PRF() for k in ENTITY_LABELS}
    )
    date_docs: int = 0
    dates: PRF = field(default_factory=PRF)
    date_values: Ratio = field(default_factory=Ratio)
    offset_errors: int = 0
    extract_failures: int = 0

    def add(self, other: Scores) -> None:
        self.docs += other.docs
        self.quotes.add(other.quotes)
        for k in QUOTE_KINDS:
            self.by_kind[k].add(other.by_kind[k])
        self.mixed_pred += other.mixed_pred
        for k in ORIGINAL_KINDS:
            self.recall_by_orig_kind[k].add(other.recall_by_orig_kind[k])
        self.kind_accuracy.add(other.kind_accuracy)
        self.speaker.add(other.speaker)
        self.speaker_none.add(other.speaker_none)
        self.speaker_name.add(other.speaker_name)
        self.quote_speaker.add(other.quote_speaker)
        self.entity_docs += other.entity_docs
        self.entities.add(other.entities)
        for k in ENTITY_LABELS:
            self.entities_by_label[k].add(other.entities_by_label[k])
        self.date_docs += other.date_docs
        self.dates.add(other.dates)
        self.date_values.add(other.date_values)
        self.offset_errors += other.offset_errors
        self.extract_failures += other.extract_failures


@dataclass
class ErrorItem:
    kind: str  # "missed" | "false_positive" | "wrong_speaker" | "speaker_name" | "offset" | …
    doc_id: str
    start: int
    end: int
    message: str


# --------------------------------------------------------------------------- documents


@dataclass
class GoldDoc:
    id: str
    subset: str
    text: str
    quotes: list[dict[str, Any]]  # raw gold quotes (normalised when scored)
    entities: list[dict[str, Any]] | None = None  # None: entities not annotated
    dates: list[dict[str, Any]] | None = None  # None: dates not annotated
    reference_date: str | None = None


def _span_ok(text: str, item: dict[str, Any]) -> bool:
    try:
        s, e = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return False
    if not (0 <= s <= e <= len(text)):
        return False
    if "text" in item and text[s:e] != item["text"]:
        return False
    # (Gold parts are [start, end] pairs; predicted parts are {text, start, end} objects.)
    return all(
        _span_ok(text, p if isinstance(p, dict) else {"start": p[0], "end": p[1]})
        for p in item.get("parts") or []
    )


def check_offsets(text: str, pred: dict[str, Any]) -> list[str]:
    """Describe every predicted span whose text[start:end] differs from its `text`."""
    problems = []

    def check(where: str, item: dict[str, Any] | None) -> None:
        if item is None:
            return
        if not _span_ok(text, item):
            problems.append(
                f"{where}: [{item.get('start')}:{item.get('end')}] {item.get('text')!r}"
                f" != {text[item.get('start', 0) : item.get('end', 0)]!r}"
                if isinstance(item.get("start"), int) and isinstance(item.get("end"), int)
                else f"{where}: bad offsets {item!r}"
            )

    for q in pred.get("quotes") or []:
        check(f"quote {q.get('id')}", q)
        check(f"quote {q.get('id')} cue", q.get("cue"))
        check(f"quote {q.get('id')} speaker", q.get("speaker"))
        for n, part in enumerate(q.get("parts") or [], 1):
            check(f"quote {q.get('id')} part {n}", part)
    for e in pred.get("entities") or []:
        check(f"entity {e.get('id')}", e)
    for d in pred.get("dates") or []:
        check(f"date {d.get('text')!r}", d)
    return problems


def score_document(
    gold: GoldDoc, pred: dict[str, Any], errors: list[ErrorItem] | None = None
) -> Scores:
    """Score one prediction dict (ExtractionResult.to_dict()) against one gold document."""
    text = gold.text
    sc = Scores(docs=1)
    problems = check_offsets(text, pred)
    sc.offset_errors = len(problems)
    if errors is not None:
        for p in problems:
            errors.append(ErrorItem("offset", gold.id, 0, 0, p))

    # ---- quotes: predictions with broken offsets cannot match (they count as false positives)
    gq = normalise_gold_quotes(text, gold.quotes)
    pq = list(pred.get("quotes") or [])
    valid = [_span_ok(text, q) for q in pq]
    gspans = [g["parts"] for g in gq]
    # A quote interrupted by its frame counts its parts, like a discontinuous gold quote.
    pspans = [_parts(q) if ok else [] for q, ok in zip(pq, valid, strict=True)]
    pairs = greedy_match(gspans, pspans)
    matched_g = {gi: pi for gi, pi in pairs}
    matched_p = {pi for _, pi in pairs}

    sc.quotes = PRF(tp=len(pairs), n_pred=len(pq), n_gold=len(gq))
    for g in gq:
        sc.by_kind[g["kind"]].n_gold += 1
        sc.recall_by_orig_kind[g["orig_kind"]].den += 1
    for q in pq:
        kind = q.get("kind")
        if kind in QUOTE_KINDS:
            sc.by_kind[kind].n_pred += 1
        else:
            sc.mixed_pred += 1
    qs_tp = 0
    for gi, pi in pairs:
        g, p = gq[gi], pq[pi]
        sc.recall_by_orig_kind[g["orig_kind"]].num += 1
        pkind = p.get("kind")
        if pkind not in QUOTE_KINDS:  # mixed: counts for the gold kind it matched
            sc.by_kind[g["kind"]].n_pred += 1
        kind_ok = pkind == g["kind"] or pkind not in QUOTE_KINDS
        sc.kind_accuracy.den += 1
        if kind_ok:
            sc.kind_accuracy.num += 1
            sc.by_kind[g["kind"]].tp += 1
        spk = p.get("speaker")
        if spk is not None and not _span_ok(text, spk):
            spk_ok = False
        else:
            spk_ok = speaker_correct(g, spk)
        if any(normalise_name(n) not in PRONOUNS for n in g.get("speaker_names") or []):
            sc.speaker_name.den += 1
            if spk_ok and speaker_name_correct(g, spk):
                sc.speaker_name.num += 1
            elif spk_ok and errors is not None:
                errors.append(
                    ErrorItem(
                        "speaker_name",
                        gold.id,
                        g["start"],
                        g["end"],
                        f"gold {g['id']} ({g['orig_kind']}): names "
                        + ", ".join(repr(n) for n in g["speaker_names"])
                        + f", predicted name {(spk or {}).get('name')!r}"
                        f" [{(spk or {}).get('text')!r}]",
                    )
                )
        target = sc.speaker if gold_has_speaker(g) else sc.speaker_none
        target.den += 1
        if spk_ok:
            target.num += 1
            qs_tp += 1
        elif errors is not None:
            got = f"{spk.get('name')!r} [{spk.get('text')!r}]" if spk else "None"
            want = ", ".join(repr(n) for n in g["speaker_names"]) or "None"
            errors.append(
                ErrorItem(
                    "wrong_speaker",
                    gold.id,
                    g["start"],
                    g["end"],
                    f"gold {g['id']} ({g['orig_kind']}): speaker {want}, predicted {got}",
                )
            )
    sc.quote_speaker = PRF(tp=qs_tp, n_pred=len(pq), n_gold=len(gq))
    if errors is not None:
        for gi, g in enumerate(gq):
            if gi not in matched_g:
                who = ", ".join(repr(n) for n in g["speaker_names"]) or "no speaker"
                errors.append(
                    ErrorItem(
                        "missed",
                        gold.id,
                        g["start"],
                        g["end"],
                        f"gold {g['id']} {g['orig_kind']} ({who})",
                    )
                )
        for pi, q in enumerate(pq):
            if pi not in matched_p:
                spk = q.get("speaker")
                who = repr(spk.get("name")) if spk else "no speaker"
                note = "" if valid[pi] else " [BAD OFFSETS]"
                errors.append(
                    ErrorItem(
                        "false_positive",
                        gold.id,
                        int(q.get("start") or 0),
                        int(q.get("end") or 0),
                        f"pred {q.get('id')} {q.get('kind')} ({who}){note}",
                    )
                )

    # ---- entities: exact span + label, PER/ORG/LOC only
    if gold.entities is not None:
        sc.entity_docs = 1
        gset = {
            (int(e["start"]), int(e["end"]), e["label"])
            for e in gold.entities
            if e.get("label") in ENTITY_LABELS
        }
        pset = {
            (int(e["start"]), int(e["end"]), e["label"])
            for e in pred.get("entities") or []
            if e.get("label") in ENTITY_LABELS and _span_ok(text, e)
        }
        n_pred_all = sum(1 for e in pred.get("entities") or [] if e.get("label") in ENTITY_LABELS)
        sc.entities = PRF(tp=len(gset & pset), n_pred=n_pred_all, n_gold=len(gset))
        if errors is not None:
            for s, e, lab in sorted(gset - pset):
                msg = f"gold {text[s:e]!r} {lab}"
                errors.append(ErrorItem("entity_missed", gold.id, s, e, msg))
            for s, e, lab in sorted(pset - gset):
                msg = f"pred {text[s:e]!r} {lab}"
                errors.append(ErrorItem("entity_false_positive", gold.id, s, e, msg))
        for lab in ENTITY_LABELS:
            g_l = {x for x in gset if x[2] == lab}
            p_l = {x for x in pset if x[2] == lab}
            n_l = sum(1 for e in pred.get("entities") or [] if e.get("label") == lab)
            sc.entities_by_label[lab] = PRF(tp=len(g_l & p_l), n_pred=n_l, n_gold=len(g_l))

    # ---- dates: one-to-one by any positive overlap; value accuracy on matched gold values
    if gold.dates is not None:
        sc.date_docs = 1
        gd = list(gold.dates)
        pd = list(pred.get("dates") or [])
        dpairs = greedy_match(
            [[(int(d["start"]), int(d["end"]))] for d in gd],
            [[(int(d["start"]), int(d["end"]))] if _span_ok(text, d) else [] for d in pd],
            min_gold=0.0,
            min_pred=0.0,
        )
        sc.dates = PRF(tp=len(dpairs), n_pred=len(pd), n_gold=len(gd))
        for gi, pi in dpairs:
            if gd[gi].get("value") is not None:
                sc.date_values.den += 1
                if pd[pi].get("value") == gd[gi]["value"]:
                    sc.date_values.num += 1
                elif errors is not None:
                    g = gd[gi]
                    msg = f"gold {g['text']!r} = {g['value']}, predicted {pd[pi].get('value')}"
                    errors.append(ErrorItem("date_value", gold.id, g["start"], g["end"], msg))
        if errors is not None:
            dg = {gi for gi, _ in dpairs}
            dp = {pi for _, pi in dpairs}
            for gi, g in enumerate(gd):
                if gi not in dg:
                    msg = f"gold {g['text']!r} ({g.get('value')})"
                    errors.append(ErrorItem("date_missed", gold.id, g["start"], g["end"], msg))
            for pi, p in enumerate(pd):
                if pi not in dp:
                    msg = f"pred {p.get('text')!r} ({p.get('value')})"
                    s, e = int(p.get("start") or 0), int(p.get("end") or 0)
                    errors.append(ErrorItem("date_false_positive", gold.id, s, e, msg))
    return sc


# --------------------------------------------------------------------------- loading the dev set


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_manifest(path: Path) -> list[str]:
    """Ids in a manifest: one per line, `#` starts a comment."""
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.append(line)
    return ids


def load_seed() -> list[GoldDoc]:
    d = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return [
        GoldDoc(
            id=d["id"],
            subset="seed",
            text=d["text"],
            quotes=d["quotes"],
            entities=d.get("entities"),
            dates=d.get("dates"),
            reference_date=d.get("document_date_hint"),
        )
    ]


def load_wikinews(corpora: Path, dev_dir: Path = DEV_DIR) -> list[GoldDoc]:
    folder = corpora / "wikinews-spkatt-train"
    docs = []
    for doc_id in read_manifest(dev_dir / "wikinews.txt"):
        d = json.loads((folder / f"{doc_id}.json").read_text(encoding="utf-8"))
        docs.append(
            GoldDoc(
                id=doc_id,
                subset="wikinews",
                text=d["text"],
                quotes=d["quotes"],
                entities=None,  # the corpus does not annotate entities or dates
                dates=None,
                reference_date=d.get("document_date_hint"),
            )
        )
    return docs


def read_10kgnad(corpora: Path, split: str = "test.csv") -> list[tuple[str, str]]:
    """Rows (label, text) of a 10kGNAD csv file (row numbers are 0-based list indices)."""
    with open(corpora / "10kgnad" / split, encoding="utf-8", newline="") as f:
        return [(row[0], row[1]) for row in csv.reader(f, delimiter=";", quotechar="'")]


def load_10kgnad(corpora: Path, dev_dir: Path = DEV_DIR) -> list[GoldDoc]:
    files = sorted((dev_dir / "standard").glob("*.json"))
    if not files:
        return []
    rows_by_split: dict[str, list[tuple[str, str]]] = {}
    docs = []
    for path in files:
        d = json.loads(path.read_text(encoding="utf-8"))
        split = d.get("file", "test.csv")
        if split not in rows_by_split:
            rows_by_split[split] = read_10kgnad(corpora, split)
        label, text = rows_by_split[split][d["row"]]
        if _sha1(text) != d["text_sha1"]:
            raise ValueError(f"{path.name}: sha1 of 10kGNAD {split} row {d['row']} does not match")
        if d.get("label") and d["label"] != label:
            raise ValueError(f"{path.name}: label {label!r} != {d['label']!r}")
        for kind in ("quotes", "entities", "dates"):
            for item in d.get(kind) or []:
                for sub in (item, item.get("cue"), item.get("speaker_mention")):
                    if sub is not None and "start" in sub and not _span_ok(text, sub):
                        raise ValueError(f"{path.name}: {kind} {item.get('id')} offsets broken")
        quotes = []
        for q in d.get("quotes") or []:
            q = dict(q)
            q.setdefault("text", text[q["start"] : q["end"]])
            quotes.append(q)
        docs.append(
            GoldDoc(
                id=d["id"],
                subset="10kgnad",
                text=text,
                quotes=quotes,
                entities=d.get("entities") or [],
                dates=d.get("dates") or [],
                reference_date=d.get("reference_date"),
            )
        )
    return docs


def load_dev_set(
    corpora: Path = DEFAULT_CORPORA, subset: str = "all", dev_dir: Path = DEV_DIR
) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    if subset in ("seed", "all"):
        docs += load_seed()
    if subset in ("wikinews", "all"):
        docs += load_wikinews(corpora, dev_dir)
    if subset in ("10kgnad", "all"):
        docs += load_10kgnad(corpora, dev_dir)
    return docs


# --------------------------------------------------------------------------- report


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:6.1f}"


def _prf_row(name: str, prf: PRF) -> str:
    return (
        f"  {name:<22} P {_pct(prf.precision)}  R {_pct(prf.recall)}  F1 {_pct(prf.f1)}"
        f"   (tp {prf.tp}, pred {prf.n_pred}, gold {prf.n_gold})"
    )


def _ratio_row(name: str, r: Ratio) -> str:
    return f"  {name:<22} {_pct(r.value)} %  ({r.num}/{r.den})"


def format_scores(title: str, sc: Scores) -> str:
    lines = [f"== {title}: {sc.docs} documents"]
    lines.append(_prf_row("quotes", sc.quotes))
    for k in QUOTE_KINDS:
        lines.append(_prf_row(f"  {k}", sc.by_kind[k]))
    if sc.mixed_pred:
        lines.append(f"    (predicted mixed: {sc.mixed_pred})")
    lines.append(
        "  recall by gold kind    "
        + ", ".join(
            f"{k} {_pct(sc.recall_by_orig_kind[k].value).strip()}"
            f" ({sc.recall_by_orig_kind[k].num}/{sc.recall_by_orig_kind[k].den})"
            for k in ORIGINAL_KINDS
            if sc.recall_by_orig_kind[k].den
        )
    )
    lines.append(_ratio_row("kind accuracy", sc.kind_accuracy))
    lines.append(_ratio_row("speaker accuracy", sc.speaker))
    lines.append(_ratio_row("  no gold speaker", sc.speaker_none))
    lines.append(_ratio_row("speaker name accuracy", sc.speaker_name))
    lines.append(_prf_row("quote+speaker", sc.quote_speaker))
    if sc.entity_docs:
        lines.append(_prf_row(f"entities ({sc.entity_docs} docs)", sc.entities))
        for k in ENTITY_LABELS:
            lines.append(_prf_row(f"  {k}", sc.entities_by_label[k]))
    if sc.date_docs:
        lines.append(_prf_row(f"dates ({sc.date_docs} docs)", sc.dates))
        lines.append(_ratio_row("  date values", sc.date_values))
    lines.append(f"  offset errors          {sc.offset_errors}")
    if sc.extract_failures:
        lines.append(f"  extract failures       {sc.extract_failures}")
    return "\n".join(lines)


ERROR_LABELS = {
    "missed": "MISSED",
    "false_positive": "FALSE POS",
    "wrong_speaker": "SPEAKER",
    "speaker_name": "SPEAKER NAME",
    "date_missed": "DATE MISSED",
    "date_false_positive": "DATE FALSE POS",
    "date_value": "DATE VALUE",
    "entity_missed": "ENT MISSED",
    "entity_false_positive": "ENT FALSE POS",
}
QUOTE_ERRORS = ("offset", "missed", "false_positive", "wrong_speaker")
NAME_ERRORS = ("speaker_name",)
DATE_ERRORS = ("date_missed", "date_false_positive", "date_value")
ENTITY_ERRORS = ("entity_missed", "entity_false_positive")


def scores_to_dict(sc: Scores) -> dict[str, Any]:
    """Plain numbers of one Scores, for --json."""

    def prf(x: PRF) -> dict[str, Any]:
        return {
            "tp": x.tp,
            "pred": x.n_pred,
            "gold": x.n_gold,
            "precision": x.precision,
            "recall": x.recall,
            "f1": x.f1,
        }

    def ratio(x: Ratio) -> dict[str, Any]:
        return {"correct": x.num, "total": x.den, "value": x.value}

    return {
        "docs": sc.docs,
        "quotes": prf(sc.quotes),
        "quotes_by_kind": {k: prf(v) for k, v in sc.by_kind.items()},
        "predicted_mixed": sc.mixed_pred,
        "recall_by_gold_kind": {k: ratio(v) for k, v in sc.recall_by_orig_kind.items()},
        "kind_accuracy": ratio(sc.kind_accuracy),
        "speaker_accuracy": ratio(sc.speaker),
        "speaker_none_accuracy": ratio(sc.speaker_none),
        "speaker_name_accuracy": ratio(sc.speaker_name),
        "quote_speaker": prf(sc.quote_speaker),
        "entity_docs": sc.entity_docs,
        "entities": prf(sc.entities),
        "entities_by_label": {k: prf(v) for k, v in sc.entities_by_label.items()},
        "date_docs": sc.date_docs,
        "dates": prf(sc.dates),
        "date_values": ratio(sc.date_values),
        "offset_errors": sc.offset_errors,
        "extract_failures": sc.extract_failures,
    }


def format_error(err: ErrorItem, text: str, width: int = 60) -> str:
    if err.kind == "offset":
        return f"  [{err.doc_id}] OFFSET {err.message}"
    span = " ".join(text[err.start : err.end].split())
    if len(span) > 2 * width:
        span = span[:width] + " … " + span[-width:]
    left = " ".join(text[max(0, err.start - 40) : err.start].split())
    right = " ".join(text[err.end : err.end + 40].split())
    label = ERROR_LABELS[err.kind]
    return f"  [{err.doc_id}] {label} {err.message}\n      …{left} ⟦{span}⟧ {right}…"


def format_gold(doc: GoldDoc) -> str:
    """The gold annotation of one document, readable (the dev files store offsets only)."""
    text = doc.text
    lines = [f"== {doc.id} ({doc.subset}), reference date {doc.reference_date}"]
    for g in normalise_gold_quotes(text, doc.quotes):
        raw = next((q for q in doc.quotes if q.get("id") == g["id"]), {})
        cue = raw.get("cue") or {}
        msg = " … ".join(" ".join(text[s:e].split()) for s, e in g["parts"])
        lines.append(f"  {g['id']} {g['orig_kind']} [{g['start']}:{g['end']}] ⟦{msg}⟧")
        lines.append(
            f"      cue {cue.get('text')!r}, speaker {g['speaker_text']!r} -> {g['speaker_names']}"
        )
    if doc.entities is not None:
        marked, last = [], 0
        for e in sorted(doc.entities, key=lambda e: e["start"]):
            marked += [text[last : e["start"]], f"[{text[e['start'] : e['end']]}|{e['label']}]"]
            last = e["end"]
        marked.append(text[last:])
        lines.append("  entities: " + "".join(marked))
    if doc.dates is not None:
        lines.append("  dates: " + ", ".join(f"{d['text']!r}={d.get('value')}" for d in doc.dates))
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


def predict(doc: GoldDoc) -> dict[str, Any]:
    import quotex

    result = quotex.extract(doc.text, reference_date=doc.reference_date)
    return result.to_dict() if hasattr(result, "to_dict") else result


def evaluate(
    docs: list[GoldDoc], predictor=predict, errors: list[ErrorItem] | None = None
) -> dict[str, Scores]:
    """Score every document; returns Scores per subset plus 'all'."""
    per_subset: dict[str, Scores] = {}
    total = Scores()
    for doc in docs:
        try:
            pred = predictor(doc)
        except Exception as exc:  # a crash counts as an empty prediction
            print(f"extract failed on {doc.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            pred = {"quotes": [], "entities": [], "dates": []}
            failed = True
        else:
            failed = False
        sc = score_document(doc, pred, errors)
        sc.extract_failures = int(failed)
        per_subset.setdefault(doc.subset, Scores()).add(sc)
        total.add(sc)
    out = {k: per_subset[k] for k in SUBSETS if k in per_subset}
    out["all"] = total
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m quotex.scoring", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="shared corpora folder")
    ap.add_argument("--subset", choices=("wikinews", "10kgnad", "seed", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument(
        "--show-errors",
        nargs="?",
        const="quotes",
        default=None,
        metavar="KINDS",
        help="print errors: missed/false/wrong-speaker quotes and offset errors; "
        "optionally a comma-separated choice of quotes,dates,entities or all",
    )
    ap.add_argument("--show-gold", action="store_true", help="print the gold annotations and exit")
    ap.add_argument("--json", type=Path, default=None, help="also write the scores to this file")
    args = ap.parse_args(argv)
    shown: set[str] = set()
    if args.show_errors:
        wanted = {w.strip() for w in args.show_errors.split(",")}
        if "all" in wanted:
            wanted = {"quotes", "dates", "entities"}
        unknown = wanted - {"quotes", "dates", "entities"}
        if unknown:
            ap.error(f"--show-errors: unknown kind(s) {', '.join(sorted(unknown))}")
        for name, kinds in (
            ("quotes", QUOTE_ERRORS),
            ("dates", DATE_ERRORS),
            ("entities", ENTITY_ERRORS),
        ):
            if name in wanted:
                shown.update(kinds)

    if args.subset != "seed" and not args.corpora.is_dir():
        print(f"corpora folder not found: {args.corpora} (use --corpora)", file=sys.stderr)
        return 2
    docs = load_dev_set(args.corpora, args.subset)
    if args.limit is not None:
        docs = docs[: args.limit]
    if args.show_gold:
        for doc in docs:
            print(format_gold(doc))
            print()
        return 0
    errors: list[ErrorItem] | None = [] if args.show_errors else None
    results = evaluate(docs, errors=errors)
    if errors is not None:
        texts = {d.id: d.text for d in docs}
        order = {d.id: i for i, d in enumerate(docs)}
        errors = [e for e in errors if e.kind in shown]
        errors.sort(key=lambda e: (order[e.doc_id], e.start, e.end))
        print(f"== errors ({len(errors)})")
        for err in errors:
            print(format_error(err, texts[err.doc_id]))
        print()
    for name, sc in results.items():
        if name == "all" and len(results) == 2:
            continue  # a single subset: 'all' repeats it
        print(format_scores(name, sc))
        print()
    if args.json is not None:
        args.json.write_text(
            json.dumps({k: scores_to_dict(v) for k, v in results.items()}, indent=1) + "\n",
            encoding="utf-8",
        )
    counts = Counter(d.subset for d in docs)
    print("documents: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
