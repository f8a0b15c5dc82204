"""Build a 10kGNAD gold file (the format of data/dev/standard/*.json) from strings, not offsets.

Annotators read an article and write what they mark as exact strings; this script finds the
offsets, checks them and writes `gnad-NNNN.json` (no article text: the corpus is CC BY-NC-SA).

    python bench/make_gold.py --text ROW                # print row ROW of 10kgnad/test.csv
    python bench/make_gold.py SPEC.json OUT_DIR         # SPEC -> OUT_DIR/gnad-NNNN.json

SPEC (JSON):
    {"row": 959, "reference_date": null, "notes": ["…"],
     "quotes": [{"kind": "direct"|"indirect"|"free_indirect"|"reported",
                 "text": "exact message" (or "parts": ["first part", "second part"]),
                 "occurrence": 1,                       # n-th match of the text (default 1)
                 "marked": false,                       # true: in quotation marks (span inside)
                 "cue": "sagte" | null,                 # nearest match to the message
                 "speaker_mention": "Mayer" | null,     # nearest match to the cue (or message)
                 "speaker_names": ["Bernhard Mayer", "Mayer"], "speaker_label": "PER",
                 "speaker_named": true, "note": "…"}],
     "entities": [{"text": "Ashley Madison", "label": "ORG", "skip": [2]}],   # every match,
                 # as a word (a genitive -s may follow), not inside a hyphenated compound;
                 # "skip" lists match numbers (1-based) that are not this entity
     "dates": [{"text": "am 25. Juli", "value": null, "occurrence": 1}]}
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def read_rows(corpora: Path) -> list[list[str]]:
    with open(corpora / "10kgnad" / "test.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";", quotechar="'"))


def nth(text: str, needle: str, n: int = 1, after: int = 0) -> int:
    """Start of the n-th occurrence of `needle` at or after `after`; ValueError if missing."""
    pos = after - 1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"not found (occurrence {n}): {needle!r}")
    return pos


def nearest(text: str, needle: str, lo: int, hi: int) -> int:
    """The occurrence of `needle` closest to the span lo..hi (outside or inside it)."""
    best, dist = -1, None
    for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):  # whole words only
        d = 0 if lo <= m.start() < hi else min(abs(m.start() - hi), abs(m.end() - lo))
        if dist is None or d < dist:
            best, dist = m.start(), d
    if best < 0:
        raise ValueError(f"not found: {needle!r}")
    return best


def entity_matches(text: str, name: str) -> list[int]:
    """Starts of `name` as a word: no letter, digit or hyphen before; after it a boundary or
    a genitive s ("Israels")."""
    pat = re.compile(rf"(?<![\w-]){re.escape(name)}(?=s?(?![\w-]))")
    return [m.start() for m in pat.finditer(text)]


def build(spec: dict, text: str, label: str) -> dict:
    row = spec["row"]
    out: dict = {
        "id": f"gnad-{row:04d}",
        "corpus": "10kgnad",
        "file": "test.csv",
        "row": row,
        "label": label,
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "text_length": len(text),
        "reference_date": spec.get("reference_date"),
        "quotes": [],
        "entities": [],
        "dates": [],
        "notes": spec.get("notes", []),
    }
    for k, q in enumerate(spec.get("quotes", []), 1):
        parts_text = q.get("parts") or [q["text"]]
        s = nth(text, parts_text[0], q.get("occurrence", 1))
        spans = []
        for part in parts_text:
            ps = nth(text, part, 1, s if not spans else spans[-1][1])
            spans.append((ps, ps + len(part)))
        start, end = spans[0][0], spans[-1][1]
        item: dict = {"id": f"q{k}", "kind": q["kind"], "start": start, "end": end}
        if len(spans) > 1:
            item["parts"] = [[a, b] for a, b in spans]
        item["marked"] = q.get("marked", False)
        anchor = (start, end)
        if q.get("cue"):
            c = nearest(text, q["cue"], start, end)
            item["cue"] = {"text": q["cue"], "start": c, "end": c + len(q["cue"])}
            anchor = (c, c + len(q["cue"]))
        else:
            item["cue"] = None
        if q.get("speaker_mention"):
            m = nearest(text, q["speaker_mention"], *anchor)
            item["speaker_mention"] = {
                "text": q["speaker_mention"],
                "start": m,
                "end": m + len(q["speaker_mention"]),
            }
        else:
            item["speaker_mention"] = None
        for key in ("speaker_names", "speaker_label", "speaker_named", "note"):
            if key in q:
                item[key] = q[key]
        out["quotes"].append(item)
    ents = []
    for e in spec.get("entities", []):
        starts = entity_matches(text, e["text"])
        if not starts:
            raise ValueError(f"entity not found: {e['text']!r}")
        skip = set(e.get("skip", []))
        ents += [(s, e["text"], e["label"]) for n, s in enumerate(starts, 1) if n not in skip]
    ents.sort()
    for a, b in zip(ents, ents[1:], strict=False):
        if b[0] < a[0] + len(a[1]):
            raise ValueError(f"overlapping entities: {a[1]!r} and {b[1]!r} at {b[0]}")
    out["entities"] = [
        {"id": f"e{k}", "text": t, "start": s, "end": s + len(t), "label": lab}
        for k, (s, t, lab) in enumerate(ents, 1)
    ]
    for k, d in enumerate(spec.get("dates", []), 1):
        s = nth(text, d["text"], d.get("occurrence", 1))
        out["dates"].append(
            {
                "id": f"d{k}",
                "text": d["text"],
                "start": s,
                "end": s + len(d["text"]),
                "value": d.get("value"),
            }
        )
    for kind in ("quotes", "entities", "dates"):
        for item in out[kind]:
            for sub in (item, item.get("cue"), item.get("speaker_mention")):
                if sub and "text" in sub:
                    assert text[sub["start"] : sub["end"]] == sub["text"], sub
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("spec", nargs="?", type=Path)
    ap.add_argument("out_dir", nargs="?", type=Path)
    ap.add_argument("--text", type=int, metavar="ROW", help="print the article of a row")
    ap.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    args = ap.parse_args()
    rows = read_rows(args.corpora)
    if args.text is not None:
        print(rows[args.text][1])
        return 0
    if args.spec is None or args.out_dir is None:
        ap.error("SPEC and OUT_DIR are needed (or --text ROW)")
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    label, text = rows[spec["row"]]
    try:
        gold = build(spec, text, label)
    except ValueError as e:
        print(f"{args.spec}: {e}", file=sys.stderr)
        return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    path = args.out_dir / f"{gold['id']}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{path}: {len(gold['quotes'])} quotes, {len(gold['entities'])} entities, "
        f"{len(gold['dates'])} dates"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
