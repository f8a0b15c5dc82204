"""Unit tests of quotex.scoring on hand-built gold and prediction dicts."""

from __future__ import annotations

import json

import pytest

from quotex import scoring
from quotex.scoring import (
    PRF,
    GoldDoc,
    greedy_match,
    last_token,
    normalise_gold_quotes,
    score_document,
    speaker_correct,
    speaker_name_correct,
    strip_span,
)

# --------------------------------------------------------------------------- helpers

TEXT = (
    "Der Minister Hans Müller sagte, die Lage sei ernst. "
    "„Wir werden das nicht hinnehmen“, sagte Müller. "
    "Laut der Polizei gab es keine Verletzten."
)


def span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def gquote(text, sub, kind="indirect", speaker=None, names=None, qid="q", **extra):
    s, e = span(text, sub)
    q = {"id": qid, "kind": kind, "text": text[s:e], "start": s, "end": e}
    if speaker is not None:
        a, b = span(text, speaker)
        q["speaker_mention"] = {"text": text[a:b], "start": a, "end": b}
        q["speaker_names"] = names if names is not None else [text[a:b]]
    else:
        q["speaker_mention"] = None
        q["speaker_names"] = names or []
    q.update(extra)
    return q


def pquote(text, s, e, kind="indirect", speaker=None, name=None, qid="p"):
    spk = None
    if speaker is not None:
        a, b = speaker
        spk = {"text": text[a:b], "start": a, "end": b, "name": name or text[a:b]}
        spk.update({"actor": None, "label": "PER"})
    return {"id": qid, "kind": kind, "text": text[s:e], "start": s, "end": e, "cue": None}, spk


def pred_quote(text, s, e, kind="indirect", speaker=None, name=None, qid="p"):
    q, spk = pquote(text, s, e, kind, speaker, name, qid)
    q["speaker"] = spk
    return q


def doc(text, quotes, entities=None, dates=None):
    return GoldDoc(id="d", subset="test", text=text, quotes=quotes, entities=entities, dates=dates)


# --------------------------------------------------------------------------- matching threshold


def test_match_needs_half_of_gold():
    gold = [[(0, 100)]]
    assert greedy_match(gold, [[(0, 50)]]) == [(0, 0)]  # exactly 50 %
    assert greedy_match(gold, [[(0, 49)]]) == []  # 49 % of gold


def test_match_needs_half_of_prediction():
    gold = [[(100, 200)]]
    # covers all of gold, but gold is only 100/201 of the prediction: fine
    assert greedy_match(gold, [[(0, 201)]]) == []
    assert greedy_match(gold, [[(0, 200)]]) == [(0, 0)]  # exactly 50 % of the prediction
    # a prediction swallowing the article does not match
    assert greedy_match(gold, [[(0, 1000)]]) == []


def test_match_is_one_to_one_and_greedy_by_overlap():
    gold = [[(0, 10)], [(10, 20)]]
    pred = [[(0, 20)], [(2, 10)]]
    # (0,20) vs gold0: overlap 10 = 50 % of pred -> eligible; vs gold1 likewise.
    # The largest overlap pairs are taken first: gold0-pred0 (10), then gold1-pred0 is blocked,
    # gold0-pred1 blocked; gold1 stays unmatched.
    assert greedy_match(gold, pred) == [(0, 0)]
    # two predictions cannot share one gold quote
    assert greedy_match([[(0, 10)]], [[(0, 10)], [(0, 10)]]) == [(0, 0)]


def test_discontinuous_gold_allows_the_gap_in_the_prediction():
    gold = [[(0, 10), (40, 50)]]  # 20 characters of message around a 30-character frame
    assert greedy_match(gold, [[(0, 50)]]) == [(0, 0)]
    assert greedy_match(gold, [[(0, 10)]]) == [(0, 0)]  # one half of the parts is 50 %
    assert greedy_match(gold, [[(0, 9)]]) == []
    assert greedy_match(gold, [[(0, 100)]]) == [(0, 0)]  # 50 of 100 predicted chars in the hull
    assert greedy_match(gold, [[(0, 101)]]) == []  # 50 of 101


def test_no_overlap_no_match():
    assert greedy_match([[(0, 10)]], [[(10, 20)]]) == []
    assert greedy_match([], [[(0, 10)]]) == []
    assert greedy_match([[(0, 10)]], []) == []


# --------------------------------------------------------------------------- gold normalisation


def test_strip_quotation_marks_and_whitespace():
    text = "Er sagte : „ Wir kommen . “ Dann ging er ."
    s, e = span(text, "„ Wir kommen . “")
    assert text[slice(*strip_span(text, s, e))] == "Wir kommen ."
    text2 = '»Ja« "nein" ‚vielleicht‘'
    assert text2[slice(*strip_span(text2, 0, 4))] == "Ja"
    assert text2[slice(*strip_span(text2, 5, 11))] == "nein"
    assert text2[slice(*strip_span(text2, 12, len(text2)))] == "vielleicht"
    assert strip_span("„ “", 0, 3) == (3, 3)


def test_normalise_strips_drops_nested_and_maps_kinds():
    text = "„ Das ist gut “ , sagte er . Das sei gut . So der Minister ."
    quotes = [
        gquote(text, "„ Das ist gut “", "direct", speaker="er", qid="q1"),
        gquote(text, "ist", "direct", qid="q2", nested=True),
        gquote(text, "Das sei gut .", "free_indirect", qid="q3"),
        gquote(text, "So der Minister .", "reported", qid="q4"),
    ]
    norm = normalise_gold_quotes(text, quotes)
    assert [g["id"] for g in norm] == ["q1", "q3", "q4"]
    assert text[norm[0]["start"] : norm[0]["end"]] == "Das ist gut"
    assert [g["kind"] for g in norm] == ["direct", "indirect", "indirect"]
    assert [g["orig_kind"] for g in norm] == ["direct", "free_indirect", "reported"]


def test_normalise_rejects_unknown_kind():
    with pytest.raises(ValueError):
        normalise_gold_quotes("abc", [{"id": "q", "kind": "quoted", "start": 0, "end": 3}])


def test_stripped_gold_is_what_a_prediction_without_marks_matches():
    text = "Er sagte : „ Wir kommen , wenn es passt . “"
    g = gquote(text, "„ Wir kommen , wenn es passt . “", "direct", speaker="Er")
    s, e = span(text, "Wir kommen")
    # 10 of the 28 stripped characters: below 50 % -> no match, even if marks were counted
    sc = score_document(doc(text, [g]), {"quotes": [pred_quote(text, s, e, "direct")]})
    assert sc.quotes.tp == 0
    s, e = span(text, "Wir kommen , wenn es passt .")
    sc = score_document(doc(text, [g]), {"quotes": [pred_quote(text, s, e, "direct")]})
    assert sc.quotes.tp == 1


# --------------------------------------------------------------------------- kinds


def test_by_kind_scores_and_mixed():
    text = "Er sagte , „ Wir kommen “ . Sie sagte , sie komme nicht . Das sei klar ."
    gold = [
        gquote(text, "„ Wir kommen “", "direct", qid="q1"),
        gquote(text, "sie komme nicht", "indirect", qid="q2"),
        gquote(text, "Das sei klar .", "free_indirect", qid="q3"),
    ]
    preds = [
        pred_quote(text, *span(text, "Wir kommen"), kind="mixed", qid="p1"),
        pred_quote(text, *span(text, "sie komme nicht"), kind="direct", qid="p2"),
        pred_quote(text, *span(text, "Das sei klar"), kind="indirect", qid="p3"),
        pred_quote(text, *span(text, "Er sagte"), kind="indirect", qid="p4"),
    ]
    sc = score_document(doc(text, gold), {"quotes": preds})
    assert (sc.quotes.tp, sc.quotes.n_pred, sc.quotes.n_gold) == (3, 4, 3)
    # direct: mixed p1 counts as a correct direct prediction; p2 is a wrong-kind direct prediction
    assert (sc.by_kind["direct"].tp, sc.by_kind["direct"].n_pred) == (1, 2)
    assert sc.by_kind["direct"].n_gold == 1
    # indirect: gold q2 (indirect) + q3 (free_indirect -> indirect); p3 right, p4 false positive
    assert (sc.by_kind["indirect"].tp, sc.by_kind["indirect"].n_pred) == (1, 2)
    assert sc.by_kind["indirect"].n_gold == 2
    assert sc.mixed_pred == 1
    assert (sc.kind_accuracy.num, sc.kind_accuracy.den) == (2, 3)
    # recall by original kind counts detection regardless of the predicted kind
    assert sc.recall_by_orig_kind["indirect"].value == 1.0
    assert sc.recall_by_orig_kind["free_indirect"].value == 1.0
    assert sc.recall_by_orig_kind["reported"].den == 0


# --------------------------------------------------------------------------- speakers


def _norm(text, q):
    return normalise_gold_quotes(text, [q])[0]


def test_speaker_overlap_rule():
    g = _norm(TEXT, gquote(TEXT, "die Lage sei ernst", speaker="Der Minister Hans Müller"))
    s, e = span(TEXT, "Minister")
    assert speaker_correct(g, {"text": "Minister", "start": s, "end": e, "name": "X Y"})
    s, e = span(TEXT, "sagte")
    assert not speaker_correct(g, {"text": "sagte", "start": s, "end": e, "name": "sagte"})


def test_speaker_name_and_surname_rules():
    # gold mention "er" elsewhere, with the full name given in speaker_names
    text = "Hans Müller kam . Er sagte , er komme ."
    g = _norm(text, gquote(text, "er komme", speaker="Er", names=["Hans Müller", "Müller"]))
    far = span(text, "Hans Müller")
    # no overlap with "Er", but the name matches after case/whitespace normalisation
    assert speaker_correct(
        g, {"text": "Hans Müller", "start": far[0], "end": far[1], "name": "  hans   MÜLLER "}
    )
    # surname rule
    assert speaker_correct(g, {"text": "x", "start": 0, "end": 1, "name": "Dr. Hans-Peter Müller"})
    assert speaker_correct(g, {"text": "x", "start": 0, "end": 1, "name": "Müller"})
    # wrong person
    assert not speaker_correct(g, {"text": "x", "start": 0, "end": 4, "name": "Hans Meier"})
    assert not speaker_correct(g, None)


def test_speaker_name_rule_ignores_span_overlap():
    text = "Tim Cook kam . Wir haben nicht genug getan , meint der Apple-Chef ."
    g = _norm(
        text,
        gquote(text, "Wir haben nicht genug getan", speaker="der Apple-Chef", names=["Tim Cook"]),
    )
    s, e = span(text, "der Apple-Chef")
    unresolved = {"text": "der Apple-Chef", "start": s, "end": e, "name": "der Apple-Chef"}
    resolved = dict(unresolved, name="Tim Cook")
    assert speaker_correct(g, unresolved) and speaker_correct(g, resolved)
    assert not speaker_name_correct(g, unresolved)
    assert speaker_name_correct(g, resolved)
    assert not speaker_name_correct(g, None)


def test_surname_ignores_parenthesised_party():
    assert last_token("Verbraucher-Staatssekretär Matthias Berninger ( Grüne )") == "berninger"
    assert last_token("Peskow ,") == "peskow"
    assert last_token("  ") is None


def test_gold_without_speaker():
    g = _norm(TEXT, gquote(TEXT, "die Lage sei ernst"))
    assert speaker_correct(g, None)
    assert not speaker_correct(g, {"text": "Der", "start": 0, "end": 3, "name": "Der"})


def test_speaker_accuracy_and_quote_speaker_f1():
    g1 = gquote(
        TEXT, "die Lage sei ernst", speaker="Hans Müller", qid="q1", names=["Hans Müller", "Müller"]
    )
    g2 = gquote(TEXT, "Wir werden das nicht hinnehmen", "direct", speaker="Müller", qid="q2")
    g2["speaker_mention"]["start"], g2["speaker_mention"]["end"] = span(TEXT, "Müller", 1)
    g3 = gquote(TEXT, "gab es keine Verletzten", qid="q3")  # no gold speaker
    preds = [
        pred_quote(TEXT, *span(TEXT, "die Lage sei ernst"), speaker=span(TEXT, "Hans Müller")),
        pred_quote(
            TEXT,
            *span(TEXT, "Wir werden das nicht hinnehmen"),
            "direct",
            speaker=span(TEXT, "Polizei"),
        )
        | {"id": "p2"},
        pred_quote(TEXT, *span(TEXT, "gab es keine Verletzten"), qid="p3"),
    ]
    errors = []
    sc = score_document(doc(TEXT, [g1, g2, g3]), {"quotes": preds}, errors)
    assert (sc.speaker.num, sc.speaker.den) == (1, 2)
    assert (sc.speaker_none.num, sc.speaker_none.den) == (1, 1)
    assert (sc.quote_speaker.tp, sc.quote_speaker.n_pred, sc.quote_speaker.n_gold) == (2, 3, 3)
    assert [e.kind for e in errors] == ["wrong_speaker"]


# --------------------------------------------------------------------------- offsets


def test_offset_violations_are_counted_and_cannot_match():
    g = gquote(TEXT, "die Lage sei ernst", speaker="Hans Müller")
    s, e = span(TEXT, "die Lage sei ernst")
    bad = pred_quote(TEXT, s, e, speaker=span(TEXT, "Hans Müller"))
    bad["start"] += 1  # text no longer equals text[start:end]
    sc = score_document(doc(TEXT, [g]), {"quotes": [bad]})
    assert sc.offset_errors == 1
    assert sc.quotes.tp == 0 and sc.quotes.n_pred == 1

    ok = pred_quote(TEXT, s, e, speaker=span(TEXT, "Hans Müller"))
    ok["speaker"]["text"] = "Hans Meier"  # broken speaker offsets: counted, speaker wrong
    sc = score_document(doc(TEXT, [g]), {"quotes": [ok]})
    assert sc.offset_errors == 1
    assert sc.quotes.tp == 1 and sc.speaker.num == 0

    out_of_range = {"id": "e1", "text": "", "start": 5, "end": 10_000, "label": "PER"}
    sc = score_document(doc(TEXT, [], entities=[]), {"quotes": [], "entities": [out_of_range]})
    assert sc.offset_errors == 1


# --------------------------------------------------------------------------- entities and dates


def ent(text, sub, label, nth=0):
    s, e = span(text, sub, nth)
    return {"id": "e", "text": sub, "start": s, "end": e, "label": label, "actor": None}


def test_entity_prf_exact_span_and_label():
    gold = [
        ent(TEXT, "Hans Müller", "PER"),
        ent(TEXT, "Müller", "PER", 1),
        ent(TEXT, "Polizei", "ORG"),
    ]
    pred = [
        ent(TEXT, "Hans Müller", "PER"),  # tp
        ent(TEXT, "Müller", "ORG", 1),  # wrong label
        ent(TEXT, "Minister Hans Müller", "PER"),  # wrong span
        ent(TEXT, "Polizei", "MISC"),  # MISC is ignored on both sides
    ]
    sc = score_document(doc(TEXT, [], entities=gold), {"quotes": [], "entities": pred})
    assert (sc.entities.tp, sc.entities.n_pred, sc.entities.n_gold) == (1, 3, 3)
    assert sc.entities.precision == pytest.approx(1 / 3)
    assert sc.entities.f1 == pytest.approx(1 / 3)
    assert (sc.entities_by_label["PER"].tp, sc.entities_by_label["PER"].n_pred) == (1, 2)
    assert (sc.entities_by_label["ORG"].tp, sc.entities_by_label["ORG"].n_gold) == (0, 1)


def test_entities_not_scored_without_gold_annotation():
    pred = [ent(TEXT, "Hans Müller", "PER")]
    sc = score_document(doc(TEXT, [], entities=None), {"quotes": [], "entities": pred})
    assert sc.entity_docs == 0 and sc.entities.n_pred == 0


def test_dates_overlap_and_values():
    text = "Am 8. November 2024 sagte er das , am Montag nicht , 2023 auch nicht ."

    def date(sub, value):
        s, e = span(text, sub)
        return {"text": sub, "start": s, "end": e, "value": value, "granularity": None}

    gold = [
        date("Am 8. November 2024", "2024-11-08"),
        date("am Montag", None),
        date("2023", "2023"),
    ]
    pred = [
        date("8. November", "2024-11-08"),  # overlaps -> tp, right value
        date("Montag", "2024-11-04"),  # tp, gold value unknown: not in value accuracy
        date("2023 auch", "2022"),  # tp, wrong value
        date("sagte", None),  # false positive
    ]
    sc = score_document(doc(text, [], dates=gold), {"quotes": [], "dates": pred})
    assert (sc.dates.tp, sc.dates.n_pred, sc.dates.n_gold) == (3, 4, 3)
    assert (sc.date_values.num, sc.date_values.den) == (1, 2)


# --------------------------------------------------------------------------- empty inputs


def test_empty_inputs():
    sc = score_document(doc("", [], entities=[], dates=[]), {})
    assert (sc.quotes.tp, sc.quotes.n_pred, sc.quotes.n_gold) == (0, 0, 0)
    assert sc.quotes.precision is None and sc.quotes.recall is None and sc.quotes.f1 is None
    assert sc.speaker.value is None
    assert "quotes" in scoring.format_scores("empty", sc)
    # no gold, some predictions: precision 0
    sc = score_document(doc(TEXT, []), {"quotes": [pred_quote(TEXT, 0, 3)]})
    assert sc.quotes.precision == 0.0 and sc.quotes.recall is None and sc.quotes.f1 == 0.0
    # gold, no predictions: recall 0
    g = gquote(TEXT, "die Lage sei ernst")
    sc = score_document(doc(TEXT, [g]), {"quotes": []})
    assert sc.quotes.recall == 0.0 and sc.quotes.precision is None


def test_prf_arithmetic():
    p = PRF(tp=3, n_pred=4, n_gold=6)
    assert p.precision == 0.75 and p.recall == 0.5 and p.f1 == pytest.approx(0.6)
    p.add(PRF(tp=1, n_pred=1, n_gold=2))
    assert (p.tp, p.n_pred, p.n_gold) == (4, 5, 8)


# --------------------------------------------------------------------------- the dev set itself


def _perfect(gold: GoldDoc) -> dict:
    quotes = []
    for g in normalise_gold_quotes(gold.text, gold.quotes):
        spk = None
        if g["speaker_parts"]:
            a, b = g["speaker_parts"][0]
            spk = {
                "text": gold.text[a:b],
                "start": a,
                "end": b,
                "actor": None,
                "label": None,
                "name": (g["speaker_names"] or [gold.text[a:b]])[0],
            }
        s, e = g["start"], g["end"]
        quotes.append(
            {
                "id": g["id"],
                "kind": g["kind"],
                "text": gold.text[s:e],
                "start": s,
                "end": e,
                "cue": None,
                "speaker": spk,
            }
        )
    return {"quotes": quotes, "entities": gold.entities or [], "dates": gold.dates or []}


def test_seed_gold_scores_perfectly_against_itself():
    [gold] = scoring.load_seed()
    sc = score_document(gold, _perfect(gold))
    assert sc.quotes.f1 == 1.0 and sc.speaker.value == 1.0 and sc.offset_errors == 0
    assert sc.entities.f1 == 1.0 and sc.dates.f1 == 1.0 and sc.date_values.value == 1.0
    # and an empty prediction scores zero recall
    sc = score_document(gold, {"quotes": [], "entities": [], "dates": []})
    assert sc.quotes.recall == 0.0 and sc.entities.recall == 0.0


def test_wikinews_manifest_has_40_unique_ids():
    ids = scoring.read_manifest(scoring.DEV_DIR / "wikinews.txt")
    assert len(ids) == 40 and len(set(ids)) == 40
    assert all(i.startswith("wnt-") for i in ids)


def test_10kgnad_annotations_store_no_article_text():
    files = sorted((scoring.DEV_DIR / "standard").glob("*.json"))
    for path in files:
        d = json.loads(path.read_text(encoding="utf-8"))
        assert "text" not in d, path.name
        assert len(d["text_sha1"]) == 40
        for q in d["quotes"]:
            assert "text" not in q, (path.name, q["id"])


needs_corpora = pytest.mark.skipif(
    not (scoring.DEFAULT_CORPORA / "wikinews-spkatt-train").is_dir()
    or not (scoring.DEFAULT_CORPORA / "10kgnad" / "test.csv").is_file(),
    reason="../shared/corpora is not available",
)


@needs_corpora
def test_dev_set_loads_and_gold_scores_perfectly():
    docs = scoring.load_dev_set(scoring.DEFAULT_CORPORA, "all")
    subsets = {d.subset for d in docs}
    assert {"seed", "wikinews"} <= subsets
    assert sum(d.subset == "wikinews" for d in docs) == 40
    results = scoring.evaluate(docs, predictor=_perfect)
    total = results["all"]
    assert total.quotes.f1 == 1.0
    assert total.speaker.value == 1.0
    assert total.offset_errors == 0
    if "10kgnad" in subsets:
        assert results["10kgnad"].entities.f1 == 1.0


# --------------------------------------------------------------------------- loading, CLI helpers


def _fake_corpora(tmp_path, text, sha=None, quote_start=0):
    import hashlib

    corpora = tmp_path / "corpora"
    (corpora / "10kgnad").mkdir(parents=True)
    with open(corpora / "10kgnad" / "test.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Sport;kein Text\r\n")
        f.write("Inland;" + text + "\r\n")
    dev = tmp_path / "dev"
    (dev / "standard").mkdir(parents=True)
    s = text.index("die Lage")
    gold = {
        "id": "gnad-0001",
        "row": 1,
        "label": "Inland",
        "text_sha1": sha or hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "quotes": [
            {
                "id": "q1",
                "kind": "indirect",
                "start": s + quote_start,
                "end": s + len("die Lage sei ernst"),
                "cue": {"text": "sagte", "start": 4, "end": 9},
                "speaker_mention": {"text": "Minister", "start": 14, "end": 22},
                "speaker_names": ["Minister"],
            }
        ],
        "entities": [],
        "dates": [],
    }
    (dev / "standard" / "gnad-0001.json").write_text(json.dumps(gold), encoding="utf-8")
    return corpora, dev


def test_load_10kgnad_rebuilds_text_and_checks_hash(tmp_path):
    text = "Das sagte der Minister: die Lage sei ernst."
    corpora, dev = _fake_corpora(tmp_path, text)
    [d] = scoring.load_10kgnad(corpora, dev)
    assert d.text == text and d.subset == "10kgnad"
    assert d.quotes[0]["text"] == "die Lage sei ernst"

    corpora, dev = _fake_corpora(tmp_path / "bad", text, sha="0" * 40)
    with pytest.raises(ValueError, match="sha1"):
        scoring.load_10kgnad(corpora, dev)


def test_load_10kgnad_checks_stored_span_texts(tmp_path):
    text = "Das sagten die Minister: die Lage sei ernst."  # "Minister" at 14:22 no longer fits
    corpora, dev = _fake_corpora(tmp_path, text)
    with pytest.raises(ValueError, match="offsets"):
        scoring.load_10kgnad(corpora, dev)


def test_evaluate_counts_crashes_as_empty_predictions():
    g = doc(TEXT, [gquote(TEXT, "die Lage sei ernst")])

    def crash(_doc):
        raise RuntimeError("boom")

    res = scoring.evaluate([g], predictor=crash)
    assert res["all"].extract_failures == 1
    assert res["all"].quotes.recall == 0.0 and res["all"].quotes.n_gold == 1


def test_error_items_for_quotes_dates_and_entities():
    text = "Am Montag sagte Hans Müller, die Lage sei ernst."
    g = doc(
        text,
        [gquote(text, "die Lage sei ernst", speaker="Hans Müller", qid="q1")],
        entities=[ent(text, "Hans Müller", "PER")],
        dates=[{"text": "Am Montag", "start": 0, "end": 9, "value": "2024-11-04"}],
    )
    pred = {
        "quotes": [pred_quote(text, *span(text, "sagte Hans"), qid="p1")],
        "entities": [ent(text, "Müller", "PER")],
        "dates": [{"text": "Montag", "start": 3, "end": 9, "value": "2024-11-11"}],
    }
    errors = []
    score_document(g, pred, errors)
    kinds = sorted(e.kind for e in errors)
    assert kinds == [
        "date_value",
        "entity_false_positive",
        "entity_missed",
        "false_positive",
        "missed",
    ]
    shown = [scoring.format_error(e, text) for e in errors]
    assert any("MISSED" in s and "⟦die Lage sei ernst⟧" in s for s in shown)


def test_format_gold_shows_stripped_message_and_speaker():
    text = "Er sagte : „ Wir kommen . “"
    g = doc(text, [gquote(text, "„ Wir kommen . “", "direct", speaker="Er", names=["Hans Müller"])])
    out = scoring.format_gold(g)
    assert "⟦Wir kommen .⟧" in out and "Hans Müller" in out


def test_pronoun_gold_names_only_count_by_overlap():
    text = "Hans Müller kam . Er sagte , er komme . Er sagte , sie gehe ."
    g = _norm(text, gquote(text, "er komme", speaker="Er"))  # WIKINEWS style: names == ["Er"]
    assert g["speaker_names"] == ["Er"]
    other_er = span(text, "Er", 1)  # the "Er" of the other quote
    assert not speaker_correct(
        g, {"text": "Er", "start": other_er[0], "end": other_er[1], "name": "er"}
    )
    here = span(text, "Er")
    assert speaker_correct(
        g, {"text": "Er", "start": here[0], "end": here[1], "name": "Hans Müller"}
    )


def test_scores_to_dict_is_json_ready():
    g = doc(TEXT, [gquote(TEXT, "die Lage sei ernst")])
    sc = score_document(g, {"quotes": [pred_quote(TEXT, *span(TEXT, "die Lage sei ernst"))]})
    d = scoring.scores_to_dict(sc)
    assert d["quotes"]["f1"] == 1.0 and d["quotes_by_kind"]["indirect"]["tp"] == 1
    assert d["speaker_none_accuracy"] == {"correct": 1, "total": 1, "value": 1.0}
    json.dumps(d)
