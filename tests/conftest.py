from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "examples" / "putin-trump-dialog.txt"
EXAMPLE_GOLD = REPO / "data" / "examples" / "putin-trump-dialog.gold.json"


@pytest.fixture(scope="session")
def nlp():
    """The bundled pipeline with quotex's components, loaded once for the whole run."""
    import quotex

    return quotex.load()


@pytest.fixture(scope="session")
def run(nlp):
    """Extract from a text and return the result as a plain dict (the JSON contract)."""
    import quotex

    def _run(text: str, reference_date: str | None = None) -> dict:
        return quotex.extract(text, nlp=nlp, reference_date=reference_date).to_dict()

    return _run
