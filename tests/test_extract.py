"""End to end: the reference article against its hand-made gold, the contract, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from conftest import EXAMPLE, EXAMPLE_GOLD

from quotex.schema import json_schema


@pytest.fixture(scope="module")
def seed(run):
    return run(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold():
    return json.loads(EXAMPLE_GOLD.read_text(encoding="utf-8"))


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold_quote: dict, predicted: list[dict]) -> dict | None:
    best = max(predicted, key=lambda q: overlap(q, gold_quote), default=None)
    if best is None:
        return None
    g_len = gold_quote["end"] - gold_quote["start"]
    p_len = best["end"] - best["start"]
    ov = overlap(best, gold_quote)
    return best if ov >= 0.5 * g_len and ov >= 0.5 * p_len else None


def test_output_validates_against_the_schema(seed):
    jsonschema.validate(seed, json_schema())


def test_offsets_are_exact(seed):
    text = EXAMPLE.read_text(encoding="utf-8")
    for item in seed["entities"] + seed["quotes"] + seed["dates"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for q in seed["quotes"]:
        for part in (q["cue"], q["speaker"]):
            if part:
                assert text[part["start"] : part["end"]] == part["text"]


def test_all_gold_quotes_found_with_their_speakers(seed, gold):
    missed, wrong = [], []
    for g in gold["quotes"]:
        p = match(g, seed["quotes"])
        if p is None:
            missed.append(g["id"])
        elif not p["speaker"] or p["speaker"]["name"] not in g["speaker_names"]:
            wrong.append((g["id"], p["speaker"] and p["speaker"]["name"]))
    assert missed == []
    assert wrong == []


def test_direct_and_indirect_kinds(seed, gold):
    for g in gold["quotes"]:
        p = match(g, seed["quotes"])
        assert p is not None and p["kind"] == g["kind"], g["id"]


def test_no_quote_from_captions_or_furniture(seed):
    text = EXAMPLE.read_text(encoding="utf-8")
    for q in seed["quotes"]:
        line_start = text.rfind("\n", 0, q["start"]) + 1
        line_end = text.find("\n", q["end"])
        line = text[line_start : line_end if line_end != -1 else len(text)]
        assert "(Foto:" not in line
        assert not line.startswith(("Quelle:", "[Anzeige", "Kommentar"))


def test_few_false_positives(seed, gold):
    unmatched = [q for q in seed["quotes"] if all(match(g, [q]) is None for g in gold["quotes"])]
    assert len(unmatched) <= 1, [q["text"][:60] for q in unmatched]


def test_dates_found_with_gold_values(seed, gold):
    for g in gold["dates"]:
        found = [d for d in seed["dates"] if overlap(d, g) > 0]
        assert found, g["text"]
        if g["value"] is not None:
            assert found[0]["value"] == g["value"], g["text"]


def test_gold_persons_and_organisations_found(seed, gold):
    predicted = {(e["start"], e["end"], e["label"]) for e in seed["entities"]}
    missing = [
        (g["text"], g["label"])
        for g in gold["entities"]
        if g["label"] in ("PER", "ORG") and (g["start"], g["end"], g["label"]) not in predicted
    ]
    assert missing == []


def test_speaker_names_are_canonical(seed):
    names = {q["speaker"]["name"] for q in seed["quotes"] if q["speaker"]}
    assert {"Wladimir Putin", "Sergej Lawrow", "Dmitri Peskow", "Donald Trump", "TASS"} <= names


def test_empty_and_whitespace_text_give_empty_results(run):
    for text in ("", "   \n\n  "):
        r = run(text)
        jsonschema.validate(r, json_schema())
        assert r["quotes"] == r["entities"] == r["dates"] == r["actors"] == []


def test_long_text_is_processed_in_pieces_with_exact_offsets(nlp):
    import quotex
    from quotex import pipeline

    paragraph = "„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow am Montag in Moskau.\n"
    text = paragraph * (pipeline.CHUNK_CHARS * 2 // len(paragraph) + 50)
    r = quotex.extract(text, nlp=nlp).to_dict()
    assert len(r["quotes"]) == text.count("„")
    for q in r["quotes"][-3:]:
        assert text[q["start"] : q["end"]] == "Wir sind bereit"
        assert q["speaker"]["name"] == "Dmitri Peskow"


def test_normalize_spaces_keeps_a_shift_table_back_to_the_input():
    from quotex.pipeline import normalize_spaces

    text = "Rupert  Wolff\tsagt,\u00a0es sei  \n  spät.  Ende"
    clean, starts, shifts = normalize_spaces(text)
    assert clean == "Rupert Wolff sagt, es sei  \n  spät. Ende"
    for word in ("Wolff", "sagt", "es", "spät", "Ende"):
        p = clean.index(word)
        k = max((i for i, s in enumerate(starts) if s <= p), default=None)
        q = p + (shifts[k] if k is not None else 0)
        assert text[q : q + len(word)] == word
    assert normalize_spaces("Nichts zu tun.") == ("Nichts zu tun.", [], [])


def test_double_and_no_break_spaces_split_no_names_or_frames(run):
    text = (
        "Die Koalition  baue ein dichtes Spitzelnetz auf, warnt Rupert  Wolff, Präsident "
        "des Rechtsanwaltskammertages. Die Antwort auf Terror kann nicht die Unfreiheit "
        "aller sein,  sagt Wolff. Der\u00a0Minister Hans\u00a0Peter\u00a0Doskozil sagte am "
        "Montag,\u00a0die Lage sei ernst."
    )
    r = run(text)
    jsonschema.validate(r, json_schema())
    for kind in ("entities", "quotes", "dates"):
        for item in r[kind]:
            assert text[item["start"] : item["end"]] == item["text"]
    said = [(q["kind"], q["text"], q["speaker"]["name"]) for q in r["quotes"]]
    assert said == [
        ("indirect", "Die Koalition  baue ein dichtes Spitzelnetz auf", "Rupert Wolff"),
        ("direct", "Die Antwort auf Terror kann nicht die Unfreiheit aller sein", "Rupert Wolff"),
        ("indirect", "die Lage sei ernst", "Hans Peter Doskozil"),
    ]
    wolff = next(a for a in r["actors"] if a["name"] == "Rupert Wolff")
    assert [text[s:e] for s, e in wolff["mentions"]] == ["Rupert  Wolff", "Wolff"]


# ---- CLI ------------------------------------------------------------------------------------


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quotex", *args], input=stdin, capture_output=True, timeout=300
    )


def test_cli_extract_prints_valid_json(tmp_path):
    out = tmp_path / "out.json"
    proc = cli("extract", str(EXAMPLE), "-o", str(out), "--date", "2024-11-08")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, json_schema())
    assert data["reference_date"] == "2024-11-08"
    assert data["source"]["path"] == str(EXAMPLE)


def test_cli_reads_stdin():
    proc = cli("extract", "-", stdin="„Wir sind bereit“, sagte Peskow.".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["quotes"][0]["text"] == "Wir sind bereit"


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p / "fehlt.txt", "no such file"),
        (lambda p: (p / "x.bin").write_bytes(b"\x00\x01\x02" * 100) and p / "x.bin", "binary"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(tmp_path, make, reason):
    path = make(tmp_path)
    proc = cli("extract", str(path))
    assert proc.returncode == 2
    message = proc.stderr.decode().strip()
    assert reason in message and "Traceback" not in message
    assert str(path) in message.replace("\n", "")


def test_cli_missing_model_is_one_line_error():
    proc = cli("extract", str(EXAMPLE), "--model", "de_core_news_nonexistent")
    assert proc.returncode == 2
    assert "not installed" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_cli_version():
    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode().startswith("quotex ")
