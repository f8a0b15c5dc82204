"""Build `data/lexicons/verbs.txt`: German verb infinitives for surface morphology.

The small model often tags rare Konjunktiv I forms ("sein Land plane …") as adverbs or nouns;
a form that is an infinitive minus its final "n" is such a verb form wherever a finite verb is
expected. Source: the German lemma table of spacy-lookups-data (MIT licence), filtered to lemmas
that inflect like verbs: a "-t"/"-et" form, a "ge-" participle, a present participle in "-end"
or a Konjunktiv I "-est" form maps to them (the last two catch strong verbs such as "fahren",
whose "fährt" is no stem + t, and stems in -t/-d such as "erwarten", "entscheiden").

    python -m quotex.training.verbs [--out data/lexicons/verbs.txt]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

HEADER = (
    "# German verb infinitives (lower case), one per line.\n"
    "# Built by python -m quotex.training.verbs from the German lemma table of\n"
    "# spacy-lookups-data (MIT licence); used to recognise Konjunktiv I forms\n"
    "# (stem + e) that the tagger missed.\n"
)


# Endings only a verb's forms have after the infinitive's stem.
_VERB_ENDINGS = ("t", "te", "test", "et", "est", "end")


def verb_infinitives(table: dict[str, str]) -> list[str]:
    endings = ("en", "ern", "eln")
    candidates = {v for v in table.values() if v.islower() and v.isalpha() and v.endswith(endings)}
    verbs = set()
    for form, lemma in table.items():
        if lemma not in candidates or form == lemma:
            continue
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        if form in tuple(stem + end for end in _VERB_ENDINGS) or form.startswith("ge"):
            verbs.add(lemma)
    return sorted(verbs)


def main() -> None:
    import spacy_lookups_data

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("data/lexicons/verbs.txt"))
    args = ap.parse_args()
    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    verbs = verb_infinitives(table)
    args.out.write_text(HEADER + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {args.out}")


if __name__ == "__main__":
    main()
