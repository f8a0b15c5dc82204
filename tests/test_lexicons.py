"""Lexicons built from corpora: the builders' rules on small inputs, the shipped files' sanity."""

from __future__ import annotations

from quotex.grammar import closed_class
from quotex.training.closed_class import closed_class as build


def test_closed_class_builder_keeps_words_never_seen_as_verbs():
    rows = [
        ("bislang", "ADV"),
        ("Bislang", "ADV"),
        ("so", "ADV"),
        ("lange", "ADV"),  # stem + e of "langen": a possible Konjunktiv form
        ("wohl", "ADV"),
        ("wohl", "VERB"),  # seen as a verb once: out
        ("zugunsten", "ADP"),
        ("Haus", "NOUN"),
        ("z.B.", "ADV"),
    ]
    assert build(rows, verbs=frozenset({"langen"})) == ["bislang", "so", "zugunsten"]


def test_shipped_closed_class_words_hold_no_verb_forms():
    words = closed_class()
    assert {"bislang", "bereits", "angeblich"} <= words
    assert not {"sagte", "sei", "habe", "erklärte", "lange"} & words


def test_verb_builder_finds_strong_verbs_and_t_stems_but_no_adjectives():
    from quotex.training.verbs import verb_infinitives

    table = {
        "fährt": "fahren",  # strong: no "fahrt"
        "fahrend": "fahren",
        "erwartet": "erwarten",  # stem in -t: "-et"
        "sagte": "sagen",
        "offene": "offen",  # an adjective in -en
        "offenen": "offen",
        "Gärten": "Garten",
    }
    assert verb_infinitives(table) == ["erwarten", "fahren", "sagen"]
