"""quotex's components in a user's own spaCy pipeline (registered factories, results on the Doc)."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture()
def blank():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def test_factories_are_registered_through_entry_points(blank):
    for name in ("quotex_boilerplate", "quotex_dates", "quotex_actors", "quotex_quotes"):
        blank.add_pipe(name)
    doc = blank("„Wir sind bereit“, sagte er am 8. November 2024.\nQuelle: https://example.org/a")
    assert [(s.label_, s.text) for s in doc.spans["quotex_quotes"]] == [
        ("direct", "Wir sind bereit")
    ]
    assert [d.value for d in doc._.quotex_dates] == ["2024-11-08"]
    assert doc._.quotex_source_url == "https://example.org/a"


def test_quotes_alone_work_without_the_other_components(blank):
    blank.add_pipe("quotex_quotes")
    doc = blank("„Das ist ein Fehler“, sagte sie.")
    assert [q.kind for q in doc._.quotex_quotes] == ["direct"]


def test_speakers_say_what_they_need(blank):
    blank.add_pipe("quotex_quotes")
    blank.add_pipe("quotex_speakers")
    with pytest.raises(ValueError, match="quotex_actors"):
        blank("„Das ist ein Fehler“, sagte sie.")


def test_doc_stays_serialisable_after_quotex(nlp):
    from spacy.tokens import DocBin

    doc = nlp("„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow am Montag.")
    assert doc._.quotex_quotes and doc.spans["quotex_quotes"]
    data = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    data.add(doc)
    restored = list(data.get_docs(nlp.vocab))[0]
    assert restored.spans["quotex_quotes"][0].text == "Wir sind bereit"


def test_results_on_the_doc_survive_to_bytes_and_a_docbin_with_user_data(nlp):
    from spacy.tokens import Doc, DocBin

    from quotex import result_from_doc

    text = (
        "Moskau – Die Vorbereitungen seien noch nicht getroffen worden, sagte Kremlsprecher "
        "Dmitri Peskow am Montag. „Wir sind bereit“, sagte er."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_reference_date = "2024-11-08"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.quotex_quotes and doc._.quotex_actors and doc._.quotex_dates
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for key in ("quotex_quotes", "quotex_entities", "quotex_actors", "quotex_dates"):
        assert getattr(restored._, key) == getattr(doc._, key), key
    assert restored._.quotex_resolved_reference_date == doc._.quotex_resolved_reference_date
    assert result_from_doc(restored).to_dict() == result_from_doc(doc).to_dict()
    data = DocBin(store_user_data=True)
    data.add(doc)
    again = list(DocBin().from_bytes(data.to_bytes()).get_docs(nlp.vocab))[0]
    # (DocBin reads every array back as a tuple: the list of records is one)
    assert list(again._.quotex_quotes) == doc._.quotex_quotes
    assert list(again._.quotex_actors) == doc._.quotex_actors


def test_nlp_pipe_with_two_processes_gives_the_same_quotes(nlp):
    texts = [
        "Die Lage sei ernst, sagte der Minister am Montag.",
        "„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.",
    ]
    one = [[(q.kind, q.start, q.end) for q in d._.quotex_quotes] for d in nlp.pipe(texts)]
    two = [
        [(q.kind, q.start, q.end) for q in d._.quotex_quotes]
        for d in nlp.pipe(texts, n_process=2, batch_size=1)
    ]
    assert two == one and all(one)


def test_rule_sentences_cut_after_a_closing_mark_and_keep_names_in_marks():
    from quotex import load
    from quotex.grammar import sentences

    nlp = load()
    doc = nlp("„Das ist ein schwarzer Tag.“ Mit diesen Worten reagierte Nehammer.")
    assert [s.text for s in sentences(doc)] == [
        "„Das ist ein schwarzer Tag.“",
        "Mit diesen Worten reagierte Nehammer.",
    ]
    doc = nlp("Nach Informationen des „Spiegel“ will die Regierung das Gesetz beschließen.")
    assert len(sentences(doc)) == 1


def test_rule_sentences_join_hard_wrapped_lines_but_not_headlines():
    from quotex import load
    from quotex.grammar import sentences

    nlp = load()
    doc = nlp("Der Minister sagte am Montag, die Lage sei\nsehr ernst und man werde handeln.")
    assert len(sentences(doc)) == 1
    doc = nlp("Streik bei der Bahn\nDie Gewerkschaft hat zum Streik aufgerufen.")
    assert [s.text.strip() for s in sentences(doc)] == [
        "Streik bei der Bahn",
        "Die Gewerkschaft hat zum Streik aufgerufen.",
    ]


def test_rule_sentences_cut_after_a_code_with_its_full_stop_but_not_after_a_date():
    from quotex import load
    from quotex.grammar import sentences

    nlp = load()
    doc = nlp("Die Armee sprach von einem Absturz vom Typ MI-17. Der Hubschrauber sei abgestürzt.")
    assert len(sentences(doc)) == 2
    doc = nlp("Das Treffen der Außenminister findet am 17. März in Brüssel statt.")
    assert len(sentences(doc)) == 1


def test_rule_sentences_cut_after_an_initial_before_a_function_word_not_before_a_surname():
    from quotex import load
    from quotex.grammar import sentences

    nlp = load()
    doc = nlp(
        "Einer der Attentäter ist der Franzose Ismael Omar M. Dem Staatsanwalt zufolge ist er "
        "identifiziert worden."
    )
    assert [s.text.split()[0] for s in sentences(doc)] == ["Einer", "Dem"]
    doc = nlp("Der Präsident John F. Kennedy besuchte Berlin.")
    assert len(sentences(doc)) == 1
