"""Lexicons built from corpora: the builders' rules on small inputs, the shipped files' sanity."""

from __future__ import annotations

from quotex.grammar import adverbs
from quotex.training.adverbs import adverbs as build_adverbs


def test_adverb_builder_keeps_words_never_seen_as_verbs():
    rows = [
        ("bislang", "ADV"),
        ("Bislang", "ADV"),
        ("so", "ADV"),
        ("lange", "ADV"),  # stem + e of "langen": a possible Konjunktiv form
        ("wohl", "ADV"),
        ("wohl", "VERB"),  # seen as a verb once: out
        ("z.B.", "ADV"),
    ]
    assert build_adverbs(rows, verbs=frozenset({"langen"})) == ["bislang", "so"]


def test_shipped_adverbs_hold_no_verb_forms():
    words = adverbs()
    assert {"bislang", "bereits", "angeblich"} <= words
    assert not {"sagte", "sei", "habe", "erklärte", "lange"} & words
