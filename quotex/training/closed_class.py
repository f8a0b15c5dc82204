"""Build `data/lexicons/closed_class.txt`: adverbs and function words that are never verbs.

The small model now and then tags an adverb or a preposition as a finite verb ("den Tod
bislang nicht bestätigen zu können": bislang/VERB; "zugunsten"/VERB), and a finite verb is
what ends a reported clause or rejects an infinitive complement. A word that the treebanks
use only as an adverb or a function word (preposition, conjunction, particle, determiner,
pronoun), never as a verb or auxiliary, is not a finite verb, whatever the tagger says.
Source: UD German GSD dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0); GSD test is held out, LIT is
left out for its non-commercial licence.

    python -m quotex.training.closed_class [--corpora ../shared/corpora] [--out FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HEADER = (
    "# Words UD German GSD dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0) tag as adverbs or function\n"
    "# words and never as VERB or AUX (lower case). Built by python -m\n"
    "# quotex.training.closed_class; quotex reads them as never finite verbs.\n"
)
TREEBANKS = (
    "ud-german-gsd/de_gsd-ud-dev.conllu",
    "ud-german-pud/de_pud-ud-test.conllu",
)


CLOSED = frozenset("ADV ADP SCONJ CCONJ PART DET PRON".split())


def closed_class(rows: Iterable[tuple[str, str]], verbs: frozenset[str] = frozenset()) -> list[str]:
    """Forms seen as ADV or a function word and never as VERB/AUX; none that a verb lexicon
    could inflect to (stem + e is a Konjunktiv I form: "lange" stays out if "langen" is a verb)."""
    adv: Counter[str] = Counter()
    verbal: set[str] = set()
    for form, upos in rows:
        low = form.lower()
        if upos in CLOSED:
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
    ap.add_argument("--out", type=Path, default=Path("data/lexicons/closed_class.txt"))
    args = ap.parse_args()
    from ..resources import lexicon

    verbs = frozenset(lexicon("verbs"))
    rows = [row for tb in TREEBANKS for row in conllu_rows(args.corpora / tb)]
    words = closed_class(rows, verbs)
    args.out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
