"""The GeoNames place list builder's filters (the build itself needs the train extras)."""

from __future__ import annotations

from quotex.resources import lexicon, lexicon_section
from quotex.training import gazetteer


def test_sankt_is_also_written_st():
    assert gazetteer._variants("Sankt Pölten") == ["Sankt Pölten", "St. Pölten"]
    assert gazetteer._variants("Tulln") == ["Tulln"]


def test_word_mostly_after_an_article_is_a_noun(tmp_path):
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "Der Stadtkern ist alt . Im Stadtkern wohnen viele . Ein Haus im Stadtkern .\n"
        "In Gablitz wohnen viele . Gablitz liegt bei Wien . Nach Gablitz fährt ein Bus .\n"
        "Die Weiten sind endlos . Sie weiten das Netz . Wir weiten es aus .\n",
        encoding="utf-8",
    )
    usage = gazetteer._usage(raw, {"Stadtkern", "Gablitz", "Weiten"})
    assert usage["Stadtkern"] == (3, 3, 0)
    assert gazetteer._common_word(usage["Stadtkern"])
    assert not gazetteer._common_word(usage["Gablitz"])
    assert gazetteer._common_word((1, 0, 3))  # mostly lower case: a common word


def test_shipped_list_keeps_towns_and_drops_common_words():
    places = set(lexicon("places_gazetteer"))
    assert {"Gablitz", "Zwölfaxing", "Bruck an der Leitha", "St. Pölten", "Mariupol"} <= places
    assert not {"Essen", "Weil", "Stadtkern", "Weiten"} & places


def test_lexicon_section_reads_only_the_named_sections():
    media = lexicon_section("organisations", ("# News agencies and media",))
    assert {"APA", "dpa", "ORF", "Reuters"} <= media
    assert not {"SPD", "Interpol"} & media
    wide = lexicon_section("places", ("# Continents", "# Countries", "# Regions"))
    assert {"Europa", "Österreich"} <= wide
    assert "Wien" not in wide
