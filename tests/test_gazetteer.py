"""The gazetteer builders' filters: GeoNames places (the build itself needs the train extras) and
organisations named consistently in the NER training corpora."""

from __future__ import annotations

from quotex.resources import lexicon, lexicon_section
from quotex.training import gazetteer, org_gazetteer


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


def test_organisations_labelled_consistently_and_rarely_left_unlabelled():
    def sent(text: str, tags: str) -> tuple[list[str], list[str]]:
        return text.split(), tags.split()

    sentences = [
        *[sent("Die Milwaukee Bucks gewannen", "O B-ORG I-ORG O")] * 3,
        *[sent("Die Post streikt", "O B-ORG O")] * 3,
        *[sent("Die Post kam spät", "O O O O")] * 5,  # a common word too
        *[sent("Jordan spielte", "B-ORG O")] * 3,
        *[sent("Jordan spielte", "B-PER O")] * 3,  # labelled two ways
        sent("Die Telekom erhöht", "O B-ORG O"),  # too rare
    ]
    assert org_gazetteer.consistent_organisations(sentences) == ["Milwaukee Bucks"]


def test_a_known_team_the_model_calls_a_person_is_an_organisation(run):
    assert "Milwaukee Bucks" in lexicon("organisations_corpus")
    r = run(
        "Ergebnisse vom Montag: Miami Heat – Boston Celtics 95:105, Milwaukee Bucks – Denver "
        "Nuggets 92:74"
    )
    labels = {e["text"]: e["label"] for e in r["entities"]}
    assert labels["Milwaukee Bucks"] == "ORG"
