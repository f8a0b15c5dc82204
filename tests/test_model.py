"""Tests for the bundled German pipeline models/de_quotex_news and its training recipe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "de_quotex_news"
CORPORA = REPO.parent / "shared" / "corpora"
TRAINING = REPO / "training"

# (sentence, expected entities (text, label)) - typical news sentences the model gets right
NEWS = [
    (
        "Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten "
        "Emmanuel Macron.",
        {("Olaf Scholz", "PER"), ("Berlin", "LOC"), ("Emmanuel Macron", "PER")},
    ),
    (
        "Die Europäische Zentralbank in Frankfurt hat den Leitzins erneut angehoben.",
        {("Europäische Zentralbank", "ORG"), ("Frankfurt", "LOC")},
    ),
    (
        "Angela Merkel sprach mit Wladimir Putin über die Lage in der Ukraine.",
        {("Angela Merkel", "PER"), ("Wladimir Putin", "PER"), ("Ukraine", "LOC")},
    ),
    (
        "Die SPD will nach Angaben von Parteichef Lars Klingbeil im Bundestag gegen den Antrag "
        "stimmen.",
        {("SPD", "ORG"), ("Lars Klingbeil", "PER")},
    ),
    (
        "Der FC Bayern München gewann am Samstag gegen Borussia Dortmund.",
        {("FC Bayern München", "ORG"), ("Borussia Dortmund", "ORG")},
    ),
    ("US-Präsident Joe Biden reiste nach Israel.", {("Joe Biden", "PER"), ("Israel", "LOC")}),
]


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "meta.json").exists():
        pytest.fail(f"bundled model missing: {MODEL}")
    return spacy.load(MODEL)


@pytest.mark.slow
def test_components_and_labels(nlp):
    for name in ("morphologizer", "parser", "lemmatizer", "ner"):
        assert name in nlp.pipe_names, name
    assert {"PER", "ORG", "LOC", "MISC"} <= set(nlp.get_pipe("ner").labels)
    assert nlp.lang == "de"


@pytest.mark.slow
def test_line_breaks_are_space_tokens(nlp):
    """A paragraph break read as a preposition would hide the next sentence's subject."""
    doc = nlp("Die Polizei kam.\nDer Gouverneur teilte mit, dass alles ruhig sei.")
    breaks = [t for t in doc if t.is_space]
    assert breaks and all(t.pos_ == "SPACE" for t in breaks)
    assert doc[breaks[0].i + 2].pos_ == "NOUN"  # "Gouverneur" keeps its own tag


@pytest.mark.slow
def test_meta(nlp):
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "de_quotex_news"
    assert meta["version"]
    assert meta["sources"] and all("license" in s for s in meta["sources"])
    assert "performance" in meta


def test_model_size():
    if not MODEL.exists():
        pytest.skip("no bundled model")
    size = sum(f.stat().st_size for f in MODEL.rglob("*") if f.is_file())
    assert size <= 60 * 1024 * 1024


def test_no_training_paths_in_config():
    if not (MODEL / "config.cfg").exists():
        pytest.skip("no bundled model")
    cfg = (MODEL / "config.cfg").read_text(encoding="utf-8")
    assert "training/corpus" not in cfg and "training/vectors" not in cfg


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", NEWS, ids=[t[:30] for t, _ in NEWS])
def test_news_entities(nlp, text, expected):
    doc = nlp(text)
    got = {(e.text, e.label_) for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")}
    assert expected <= got, got


@pytest.mark.slow
def test_morphology_lemma_sentences(nlp):
    doc = nlp("Der Minister sagte, die Regierung werde die Steuern senken. Er kam gestern an.")
    sagte = doc[2]
    assert sagte.lemma_ == "sagen"
    assert sagte.pos_ in ("VERB", "AUX")
    assert sagte.morph.get("Mood") == ["Ind"]
    assert sagte.morph.get("Number") == ["Sing"]
    assert sagte.morph.get("Person") == ["3"]
    assert sagte.morph.get("VerbForm") == ["Fin"]
    assert doc[6].text == "werde" and doc[6].morph.get("Mood") == ["Sub"]  # Konjunktiv I
    assert len(list(doc.sents)) == 2
    assert doc.has_annotation("DEP")


# ----------------------------------------------------------------------------- training recipe


def _ud_doc(vocab) -> Doc:
    words = ["Peter", "sagte", ",", "er", "komme", "morgen", "."]
    return Doc(
        vocab,
        words=words,
        pos=["PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
        morphs=[
            "Case=Nom|Gender=Masc|Number=Sing",
            "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
            "",
            "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs",
            "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "",
            "",
        ],
        lemmas=["Peter", "sagen", ",", "er", "kommen", "morgen", "."],
        heads=[1, 1, 4, 4, 1, 4, 1],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ccomp", "advmod", "punct"],
        sent_starts=[True, False, False, False, False, False, False],
    )


def _tiny(cfg_path: Path):
    cfg = spacy.util.load_config(cfg_path)
    cfg["components"]["tok2vec"]["model"]["encode"]["width"] = 16
    cfg["components"]["tok2vec"]["model"]["encode"]["depth"] = 1
    cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = False
    cfg["components"]["tok2vec"]["model"]["embed"]["rows"] = [100, 100, 100, 100]
    cfg["paths"]["vectors"] = None
    if "parser" in cfg["components"]:
        cfg["components"]["parser"]["min_action_freq"] = 1
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def test_training_smoke_ud():
    nlp = _tiny(TRAINING / "ud.cfg")
    examples = [Example(nlp.make_doc(d.text), d) for d in [_ud_doc(nlp.vocab)] * 4]
    opt = nlp.initialize(lambda: examples)
    losses: dict = {}
    for _ in range(5):
        nlp.update(examples, sgd=opt, losses=losses)
    assert set(losses) >= {"morphologizer", "parser", "lemmatizer"}
    doc = nlp("Peter sagte , er komme morgen .")
    assert len(doc) == 7 and doc.has_annotation("DEP")


def test_training_smoke_ner():
    nlp = _tiny(TRAINING / "ner.cfg")
    words = ["Olaf", "Scholz", "besuchte", "Siemens", "in", "München", "."]
    ents = ["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"]
    ref = Doc(nlp.vocab, words=words, ents=ents)
    examples = [Example(nlp.make_doc(ref.text), ref)] * 4
    opt = nlp.initialize(lambda: examples)
    losses: dict = {}
    for _ in range(10):
        nlp.update(examples, sgd=opt, losses=losses)
    assert losses["ner"] >= 0
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)


def test_converter_helpers(tmp_path):
    from quotex.training import corpora as C
    from quotex.training.evaluate import bio_spans

    assert C.strict_bio(["I-ORG", "I-ORG", "I-PER", "O", "I-LOC"]) == [
        "B-ORG",
        "I-ORG",
        "B-PER",
        "O",
        "B-LOC",
    ]
    assert C.map_tags(
        ["B-LOCderiv", "B-OTH", "I-OTH", "B-ORGpart"],
        {"OTH": "MISC", "LOCderiv": "MISC", "ORGpart": None},
    ) == ["B-MISC", "B-MISC", "I-MISC", "O"]
    f = tmp_path / "g.tsv"
    f.write_text("#\thttp://x\t[2010]\t\n1\tIn\tO\tO\n2\tBerlin\tB-LOC\tO\n\n", encoding="utf-8")
    assert list(C.read_columns(f, 1, 2, comments=True)) == [(["In", "Berlin"], ["O", "B-LOC"])]
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}


@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_corpus_readers():
    from quotex.training import corpora as C

    sents = list(C.germeval(CORPORA, "dev"))
    assert len(sents) == 2200
    labels = {t[2:] for _, tags in sents for t in tags if t != "O"}
    assert labels <= {"PER", "ORG", "LOC", "MISC"}
    test = list(C.conll2003(CORPORA, "test"))
    assert len(test) == 3005
    docs = list(C.conll2003_documents(CORPORA, "test"))
    assert len(docs) == 155 and sum(len(d) for d in docs) == 3005


def test_document_breaks_in_column_files(tmp_path):
    from quotex.training import corpora as C

    f = tmp_path / "c.conllu"
    f.write_text(
        "0\t-DOCSTART-\tO\n\n0\tIn\tO\n1\tBerlin\tB-LOC\n\n0\t-DOCSTART-\tO\n\n0\tJa\tO\n\n",
        encoding="utf-8",
    )
    assert list(C.read_columns(f, 1, 2)) == [(["In", "Berlin"], ["O", "B-LOC"]), (["Ja"], ["O"])]
    assert list(C.read_columns(f, 1, 2, doc_breaks=True)) == [
        ([], []),
        (["In", "Berlin"], ["O", "B-LOC"]),
        ([], []),
        (["Ja"], ["O"]),
    ]


def test_quotex_entities_are_scored_on_gold_words_across_a_document():
    from quotex.training.evaluate import eval_ner_quotex

    # One document of two sentences: the rule layer keeps the lone "Merkel" because the
    # first sentence gives the full name; "Hamburg" is LOC. Spans are scored by gold words.
    doc = [
        (
            "Angela Merkel besuchte am Montag Hamburg .".split(),
            ["B-PER", "I-PER"] + ["O"] * 3 + ["B-LOC", "O"],
        ),
        ("Merkel lobte die Stadt .".split(), ["B-PER"] + ["O"] * 4),
    ]
    res = eval_ner_quotex(None, [doc])
    assert res["PER"]["support"] == 2 and res["LOC"]["support"] == 1
    assert res["PER"]["r"] == 1.0 and res["LOC"]["f"] == 1.0
    assert res["micro"]["p"] == 1.0
    # "[Israel]s": quotex leaves the genitive -s out; the gold keeps it, so it is a miss that
    # the result counts apart.
    gen = [("Israels Regierung bleibt im Amt .".split(), ["B-LOC"] + ["O"] * 4)]
    res = eval_ner_quotex(None, [gen])
    assert res["LOC"]["r"] == 0.0 and res["micro"]["genitive_s"] == 1


def test_single_guillemets_are_tokens_of_their_own():
    from quotex.model import load_model

    doc = load_model().make_doc("‹Wir prüfen das›, sagte er. ›Ja‹")
    assert [t.text for t in doc][:5] == ["‹", "Wir", "prüfen", "das", "›"]
    assert [t.text for t in doc][-3:] == ["›", "Ja", "‹"]


def test_closing_mark_before_a_hyphen_is_a_token_of_its_own():
    from quotex.model import load_model

    doc = load_model().make_doc("Er sagte der „Bild“-Zeitung, das Mittel-Ost-Gespräch sei gut.")
    words = [t.text for t in doc]
    assert words[3:7] == ["„", "Bild", "“", "-Zeitung"]
    assert "Mittel-Ost-Gespräch" in words
