"""Build `data/lexicons/adverbs.txt`: words the UD treebanks tag as adverbs and never as verbs.

The small model now and then tags an adverb as a finite verb ("den Tod bislang nicht
bestätigen zu können": bislang/VERB), and a finite verb is what ends a reported clause or
rejects an infinitive complement. A word that the treebanks use as an adverb but never as
a verb or auxiliary is not a finite verb, whatever the tagger says. Source: UD German GSD
dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0); GSD test is held out, LIT is left out for its
non-commercial licence.

    python -m quotex.training.adverbs [--corpora ../shared/corpora] [--out FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HEADER = (
    "# Words UD German GSD dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0) tag as ADV and never as\n"
    "# VERB or AUX (lower case). Built by python -m quotex.training.adverbs; quotex reads them\n"
    "# as never finite verbs, whatever the tagger says.\n"
)
TREEBANKS = (
    "ud-german-gsd/de_gsd-ud-dev.conllu",
    "ud-german-pud/de_pud-ud-test.conllu",
)


def adverbs(rows: Iterable[tuple[str, str]], verbs: frozenset[str] = frozenset()) -> list[str]:
    """Forms seen as ADV and never as VERB/AUX; none that a verb lexicon could inflect to
    (stem + e is a Konjunktiv I form: "lange" stays out if "langen" is a verb)."""
    adv: Counter[str] = Counter()
    verbal: set[str] = set()
    for form, upos in rows:
        low = form.lower()
        if upos == "ADV":
            adv[low] += 1
        elif upos in ("VERB", "AUX"):
            verbal.add(low)
    return sorted(
        w
        for w in adv
        if w.isalpha() and w not in verbal and w + "n" not in verbs and w not in verbs
    )


def conllu_rows(path: Path) -> Iterable[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 3 and cols[0].isdigit():
            yield cols[1], cols[3]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=Path("data/lexicons/adverbs.txt"))
    args = ap.parse_args()
    from ..resources import lexicon

    verbs = frozenset(lexicon("verbs"))
    rows = [row for tb in TREEBANKS for row in conllu_rows(args.corpora / tb)]
    words = adverbs(rows, verbs)
    args.out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} adverbs -> {args.out}")


if __name__ == "__main__":
    main()
