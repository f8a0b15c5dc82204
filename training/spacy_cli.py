"""Run the spaCy CLI without quotex's own spaCy entry points.

quotex registers its rule components as spaCy factories via entry points. Training does not
need them, and a half-edited quotex package must not break a training run:

    python training/spacy_cli.py train training/ner.cfg ...
"""

import sys
from importlib.metadata import EntryPoints, distributions

import catalogue

catalogue.AVAILABLE_ENTRY_POINTS = EntryPoints(
    ep for d in distributions() for ep in d.entry_points if not ep.value.startswith("quotex")
)

from spacy.cli import setup_cli  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "spacy"
    setup_cli()
