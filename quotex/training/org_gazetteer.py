"""Build `data/lexicons/organisations_corpus.txt` from the NER training corpora.

    python -m quotex.training.org_gazetteer [--corpora DIR]

The model misses organisations it has seen often in training when the news context is thin: a
results list ("Milwaukee Bucks – Denver Nuggets 92:74"), a club by its short name. The list holds
the names that the training corpora label ORG at least `MIN_COUNT` times and in at least 90 % of
their labelled mentions, and that stand unlabelled in the same corpora at most a tenth as often
("Post", "Sturm" and other common words drop out there). The corpora: CoNLL-2003 train and
WikiNEuRal validation and test, never a held-out evaluation set; WikiANN is left out, its silver
labels call "Mauerbau" and "Armutsgrenze" organisations. quotex tags the names ORG where the
model found nothing or gave the same span another label.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterable
from pathlib import Path

from quotex.resources import data_dir
from quotex.training.corpora import DEFAULT_CORPORA, Sentence, conll2003, wikineural

MIN_COUNT = 3
MIN_SHARE = 0.9
MAX_UNLABELLED = 0.1

HEADER = """\
# Organisations named consistently in the NER training corpora (CoNLL-2003 German train,
# WikiNEuRal German validation and test). Built by
# `python -m quotex.training.org_gazetteer`: labelled ORG at least 3 times and in at least 90 %
# of their labelled mentions, unlabelled at most a tenth as often. The corpora's terms apply as
# for the bundled model (see models/README.md: research and non-commercial use). quotex tags
# them ORG where the model found nothing or gave the same span another label.
"""


def _training_sentences(root: Path) -> Iterable[Sentence]:
    yield from conll2003(root, "train")
    yield from wikineural(root, "val")
    yield from wikineural(root, "test")


def _entities(tags: list[str]) -> list[tuple[int, int, str]]:
    out = []
    i = 0
    while i < len(tags):
        if tags[i][:2] in ("B-", "I-"):
            label = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + label:
                j += 1
            out.append((i, j, label))
            i = j
        else:
            i += 1
    return out


def consistent_organisations(sentences: Iterable[Sentence]) -> list[str]:
    """Names labelled ORG consistently and rarely left unlabelled (see the module docstring)."""
    sentences = list(sentences)
    labels: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for words, tags in sentences:
        for s, e, label in _entities(tags):
            labels[" ".join(words[s:e])][label] += 1
    candidates = {
        name
        for name, c in labels.items()
        if c["ORG"] >= MIN_COUNT
        and c["ORG"] >= MIN_SHARE * sum(c.values())
        and len(name) > 2
        and (name[:1].isupper() or name[:1].isdigit())
    }
    by_first: dict[str, list[list[str]]] = collections.defaultdict(list)
    for name in candidates:
        by_first[name.split()[0]].append(name.split())
    unlabelled: collections.Counter[str] = collections.Counter()
    for words, tags in sentences:
        for i, word in enumerate(words):
            for parts in by_first.get(word, ()):
                k = len(parts)
                if words[i : i + k] == parts and all(t == "O" for t in tags[i : i + k]):
                    unlabelled[" ".join(parts)] += 1
    return sorted(n for n in candidates if unlabelled[n] <= MAX_UNLABELLED * labels[n]["ORG"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument(
        "--out", type=Path, default=data_dir() / "lexicons" / "organisations_corpus.txt"
    )
    args = ap.parse_args()
    names = consistent_organisations(_training_sentences(args.corpora))
    args.out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
