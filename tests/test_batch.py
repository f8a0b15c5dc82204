"""Batch runs (quotex.batch, `quotex extract` over folders/JSONL/CSV): nothing lost, resumable,
parallel = serial. A blank German pipeline with quotex's components keeps these fast; only the
tests marked slow need the bundled model."""

from __future__ import annotations

import csv
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from quotex.batch import BatchUsageError, ReadOptions, iter_documents, run_batch
from quotex.cli import app

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "models" / "de_quotex_news"
GNAD = REPO.parent / "shared" / "corpora" / "10kgnad" / "test.csv"

ARTICLES = {
    "politik.txt": (
        "Berlin – Bundeskanzler Olaf Scholz hat die Pläne verteidigt. „Wir werden das nicht "
        "hinnehmen“, sagte Scholz am Montag in Berlin. Die Opposition kritisierte, die Regierung "
        "handle zu spät.\n"
    ),
    "wirtschaft.txt": (
        "Frankfurt – Die Europäische Zentralbank hat den Leitzins erneut angehoben. "
        "EZB-Präsidentin Christine Lagarde sagte, die Inflation sei noch immer zu hoch.\n"
    ),
    "sport/fussball.txt": (
        "München – Der Trainer zeigte sich zufrieden. „Die Mannschaft hat alles gegeben“, "
        "erklärte er nach dem Spiel.\n"
    ),
}
LATIN1 = "Die Bürgermeisterin erklärte, die Straße werde bis Freitag gesperrt.\n"


# Factories for the worker processes: module level, so that they pickle by reference.
def blank_factory() -> Language:
    return spacy.blank("de")


@Language.component("test_crash_on_marker")
def _crash_on_marker(doc):
    if "CRASHME" in doc.text:
        os._exit(3)  # a worker dying hard, as on a segfault or the OOM killer
    if "BOOM" in doc.text:
        raise ValueError("boom in a component")
    return doc


@Language.component("test_hang_on_marker")
def _hang_on_marker(doc):
    if "HANGME" in doc.text:
        time.sleep(3600)
    return doc


def hanging_factory() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("test_hang_on_marker")
    return nlp


def crashing_factory() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("test_crash_on_marker")
    return nlp


@Language.component("test_slow")
def _slow(doc):
    time.sleep(0.03)
    return doc


def slow_factory() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("test_slow")
    return nlp


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory) -> str:
    """A blank German pipeline with quotex's components, saved so that --model can load it."""
    import quotex

    path = tmp_path_factory.mktemp("model") / "blank_de_quotex"
    quotex.add_quotex_pipes(spacy.blank("de")).to_disk(path)
    return str(path)


def _corpus(root: Path, max_chars: int = 5000) -> dict[str, str]:
    """Good articles plus an empty, a binary, a Latin-1 and an over-long file; returns
    {id: expected kind} where the kind is 'ok' or an error type."""
    kinds = {}
    for name, text in ARTICLES.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        kinds[str(p)] = "ok"
    (root / "empty.txt").write_bytes(b"")
    kinds[str(root / "empty.txt")] = "ok"
    (root / "image.bin").write_bytes(bytes(range(256)) * 20)
    kinds[str(root / "image.bin")] = "binary"
    (root / "sport" / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    kinds[str(root / "sport" / "latin1.txt")] = "ok"
    (root / "huge.txt").write_text("Wort " * (max_chars // 5 + 100), encoding="utf-8")
    kinds[str(root / "huge.txt")] = "too_large"
    (root / ".hidden.txt").write_text("nicht lesen", encoding="utf-8")  # hidden: skipped
    return kinds


def _lines(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def _invoke(*args: str):
    return CliRunner().invoke(app, ["extract", *args], catch_exceptions=False)


def test_folder_batch_accounts_for_every_document(tmp_path, blank_model):
    kinds = _corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    res = _invoke(
        str(tmp_path / "corpus"), "-o", str(out), "--model", blank_model,
        "--max-chars", "5000", "--workers", "1", "--quiet",
    )  # fmt: skip
    assert res.exit_code == 1, res.output  # binary and huge failed
    lines = _lines(out)
    ids = [line["id"] for line in lines]
    assert ids == sorted(kinds), "every file once, in sorted walk order"
    for line in lines:
        kind = kinds[line["id"]]
        if kind == "ok":
            assert "error" not in line, line
        else:
            assert line["error"]["type"] == kind, line
            assert line["id"] in line["error"]["message"]
    by_id = {line["id"]: line for line in lines}
    empty = by_id[str(tmp_path / "corpus" / "empty.txt")]
    assert empty["quotes"] == [] and empty["entities"] == [] and empty["actors"] == []
    assert by_id[str(tmp_path / "corpus" / "sport" / "latin1.txt")]["source"]["encoding"] != "utf-8"

    # Every result (minus the id) follows the output contract.
    jsonschema = pytest.importorskip("jsonschema")
    from quotex.schema import json_schema

    schema = json_schema()
    for line in lines:
        if "error" not in line:
            jsonschema.validate({k: v for k, v in line.items() if k != "id"}, schema)

    # Good documents: the same result as `quotex extract FILE` (minus the id).
    for doc_id, kind in kinds.items():
        if kind != "ok":
            continue
        single = _invoke(doc_id, "--model", blank_model)
        assert single.exit_code == 0, single.output
        expected = json.loads(single.stdout)
        got = dict(by_id[doc_id])
        assert got.pop("id") == doc_id
        assert got == expected, doc_id


def test_jsonl_json_and_csv_inputs_with_ids(tmp_path, blank_model):
    text = ARTICLES["politik.txt"]
    jl = tmp_path / "docs.jsonl"
    jl.write_text(
        json.dumps({"key": "a-1", "body": text}, ensure_ascii=False)
        + "\n\n"  # a blank line is no document
        + json.dumps({"body": text}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"key": "a-4", "title": "no body"})
        + "\n",
        encoding="utf-8",
    )
    js = tmp_path / "docs.json"
    js.write_text(json.dumps([{"body": text}, {"body": ""}], ensure_ascii=False), "utf-8")
    cs = tmp_path / "docs.csv"
    with cs.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["key", "body"])
        w.writerow(["c-1", text])
        w.writerow(["", "Ein zweiter Text."])
    out = tmp_path / "out.jsonl"
    res = _invoke(
        str(jl), str(js), str(cs), "-o", str(out), "--model", blank_model,
        "--text-field", "body", "--id-field", "key", "--workers", "1", "--quiet",
    )  # fmt: skip
    assert res.exit_code == 1, res.output
    lines = _lines(out)
    assert [line["id"] for line in lines] == [
        "a-1", f"{jl}:3", f"{jl}:4", "a-4", f"{js}:1", f"{js}:2", "c-1", f"{cs}:2",
    ]  # fmt: skip
    errors = {line["id"]: line["error"]["type"] for line in lines if "error" in line}
    assert errors == {f"{jl}:4": "bad_record", "a-4": "bad_record"}
    assert lines[0]["source"]["path"] == str(jl)
    # Same text, same result whatever container it came in (source aside).
    strip = ("id", "source")
    a, c = ({k: v for k, v in x.items() if k not in strip} for x in (lines[0], lines[6]))
    assert a == c


def test_headerless_csv_10kgnad_style(tmp_path, blank_model):
    cs = tmp_path / "gnad.csv"
    with cs.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", quotechar="'", lineterminator="\r\n")
        w.writerow(["Inland", "Wien – Der Minister sagte, das sei 'falsch'; er wolle klagen."])
        w.writerow(["Sport", "Graz – Der Trainer war zufrieden."])
    out = tmp_path / "out.jsonl"
    base = [str(cs), "-o", str(out), "--model", blank_model, "--workers", "1", "--quiet"]
    # The default --text-field 'text' is no column of this file: a usage error, nothing run.
    res = _invoke(*base, "--csv-delimiter", ";", "--csv-quotechar", "'")
    assert res.exit_code == 2
    res = _invoke(
        *base, "--csv-delimiter", ";", "--csv-quotechar", "'", "--csv-no-header",
        "--text-field", "1",
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    lines = _lines(out)
    assert [line["id"] for line in lines] == [f"{cs}:1", f"{cs}:2"]
    docs = list(
        iter_documents(
            [str(cs)],
            ReadOptions(text_field="1", csv_delimiter=";", csv_quotechar="'", csv_header=False),
        )
    )
    assert docs[0].text == "Wien – Der Minister sagte, das sei 'falsch'; er wolle klagen."


def test_resume_after_half_written_line(tmp_path, blank_model):
    root = tmp_path / "corpus"
    root.mkdir()
    for n in range(8):
        (root / f"doc{n}.txt").write_text(f"Text Nummer {n}. " + ARTICLES["politik.txt"], "utf-8")
    full = tmp_path / "full.jsonl"
    stats = run_batch([str(root)], full, model=blank_model, workers=1)
    assert stats.documents == 8 and stats.failed == 0
    reference = full.read_bytes()

    # A run killed in the middle of line 4: three whole lines and half of the fourth.
    lines = reference.splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:3]) + lines[3][: len(lines[3]) // 2])
    stats = run_batch([str(root)], out, model=blank_model, workers=1, resume=True)
    assert stats.skipped == 3 and stats.documents == 5 and stats.truncated_bytes > 0
    assert out.read_bytes() == reference  # every id exactly once, in order, all lines whole

    # Resuming a complete output does nothing.
    res = _invoke(str(root), "-o", str(out), "--model", blank_model, "--resume", "--workers", "1")
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == reference
    assert "8 skipped" in res.stderr


def test_workers_1_and_2_identical(tmp_path, blank_model):
    kinds = _corpus(tmp_path / "corpus")
    for n in range(40):  # enough for several chunks in flight
        (tmp_path / "corpus" / "many" / f"{n:03d}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "corpus" / "many" / f"{n:03d}.txt").write_text(
            ARTICLES["wirtschaft.txt"] * (1 + n % 3), "utf-8"
        )
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.jsonl"
        stats = run_batch(
            [str(tmp_path / "corpus")],
            out,
            model=blank_model,
            workers=workers,
            batch_size=4,
            read_options=ReadOptions(max_chars=5000),
        )
        assert stats.documents == len(kinds) + 40 and stats.failed == 2
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    # At most two worker processes reported (the model is loaded once per worker); on an idle
    # machine one worker may finish every chunk before the second has started.
    assert 1 <= len(stats.workers) <= 2


def test_cli_two_workers_to_stdout(tmp_path, blank_model):
    _corpus(tmp_path / "corpus")
    res = _invoke(
        str(tmp_path / "corpus" / "*.txt"), "--model", blank_model, "--workers", "2",
        "--max-chars", "5000", "--quiet",
    )  # fmt: skip
    assert res.exit_code == 1  # huge.txt
    ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    files = (tmp_path / "corpus").glob("*.txt")
    assert ids == sorted(str(p) for p in files if not p.name.startswith("."))


def test_crashing_worker_and_failing_document(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for n in range(12):
        (root / f"{n:02d}.txt").write_text(f"Artikel {n}. " + ARTICLES["politik.txt"], "utf-8")
    (root / "05.txt").write_text("Dieser Text bringt den Worker um: CRASHME", "utf-8")
    (root / "08.txt").write_text("Dieser Text wirft eine Ausnahme: BOOM", "utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(root)], out, model=crashing_factory, workers=2, batch_size=3)
    lines = _lines(out)
    assert [line["id"] for line in lines] == [str(root / f"{n:02d}.txt") for n in range(12)]
    errors = {Path(line["id"]).name: line["error"]["type"] for line in lines if "error" in line}
    assert errors == {"05.txt": "worker_crash", "08.txt": "processing"}
    assert stats.failed == 2 and stats.exit_code == 1


def test_hanging_document_times_out(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for n in range(8):
        (root / f"{n}.txt").write_text(f"Artikel {n}.", "utf-8")
    (root / "3.txt").write_text("Dieser Text hängt: HANGME", "utf-8")
    out = tmp_path / "out.jsonl"
    start = time.monotonic()
    stats = run_batch(
        [str(root)], out, model=hanging_factory, workers=2, batch_size=2, doc_timeout=10
    )
    # Generous: a loaded machine must not turn slow but healthy documents into timeouts.
    assert time.monotonic() - start < 120
    lines = _lines(out)
    assert [line["id"] for line in lines] == [str(root / f"{n}.txt") for n in range(8)]
    assert {Path(x["id"]).name: x["error"]["type"] for x in lines if "error" in x} == {
        "3.txt": "timeout"
    }
    assert stats.failed == 1


def dying_factory() -> Language:
    os._exit(4)  # a worker that cannot even start (a broken install, say)


def test_workers_that_cannot_start_abort_the_run(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    for n in range(6):
        (root / f"{n}.txt").write_text("Text.", "utf-8")
    with pytest.raises(BatchUsageError, match="die before"):
        run_batch([str(root)], tmp_path / "out.jsonl", model=dying_factory, workers=2)


def test_processing_error_in_process(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Gut.", "utf-8")
    (root / "b.txt").write_text("BOOM", "utf-8")
    (root / "c.txt").write_text("Auch gut.", "utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(root)], out, model=crashing_factory, workers=1)
    lines = _lines(out)
    assert ["error" in line for line in lines] == [False, True, False]
    assert "ValueError: boom" in lines[1]["error"]["message"]
    assert stats.exit_code == 1


def test_usage_errors(tmp_path, blank_model):
    assert _invoke(str(tmp_path / "nope"), str(tmp_path / "nope2")).exit_code == 2
    (tmp_path / "a.txt").write_text("Text.", "utf-8")
    res = _invoke(str(tmp_path / "a.txt"), "--resume", "--model", blank_model)
    assert res.exit_code == 2 and "--resume" in res.stderr
    assert _invoke(str(tmp_path / "*.nothing"), "--model", blank_model).exit_code == 2
    with pytest.raises(BatchUsageError):
        run_batch([str(tmp_path)], tmp_path / "o.jsonl", model=blank_model, workers=0)
    # A model that is not there: exit 2 before the output file is touched.
    out = tmp_path / "kept.jsonl"
    out.write_text("keep me\n", "utf-8")
    res = _invoke(str(tmp_path), "-o", str(out), "--model", str(tmp_path / "no-model"))
    assert res.exit_code == 2 and "no-model" in res.stderr
    assert out.read_text("utf-8") == "keep me\n"
    out.unlink()
    # The output file inside the input folder is never read as input.
    out = tmp_path / "out.jsonl"
    out.write_text("", "utf-8")
    stats = run_batch([str(tmp_path)], out, model=blank_model, workers=1)
    assert stats.documents == 1


_RUNNER = """
import sys
from quotex.batch import run_batch
from tests.test_batch import slow_factory
stats = run_batch([sys.argv[1]], sys.argv[2], model=slow_factory, workers=int(sys.argv[3]),
                  batch_size=2, resume=True)
sys.exit(stats.exit_code)
"""


def _start(root: Path, out: Path, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _RUNNER, str(root), str(out), str(workers)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _wait_for_lines(out: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"runner ended early: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.03)
    pytest.fail("no output in time")


@pytest.mark.parametrize(
    "sig,workers", [(signal.SIGINT, 1), (signal.SIGINT, 2), (signal.SIGKILL, 2)]
)
def test_interrupted_run_then_resume_gives_each_document_once(tmp_path, sig, workers):
    """Ctrl-C (to the whole process group, as a terminal sends it) stops cleanly with exit
    130; SIGKILL may leave half a line. Either way a resumed run completes each id once."""
    root = tmp_path / "corpus"
    root.mkdir()
    for n in range(60):
        (root / f"{n:03d}.txt").write_text(f"Artikel {n}.", "utf-8")
    out = tmp_path / "out.jsonl"
    proc = _start(root, out, workers=workers)
    _wait_for_lines(out, 4, proc)
    os.killpg(proc.pid, sig)
    rc = proc.wait(timeout=60)
    if sig == signal.SIGINT:
        assert rc == 130, proc.stderr.read().decode()[-2000:]
        assert out.read_bytes().endswith(b"\n")  # a clean stop leaves only whole lines
    first = out.read_bytes().count(b"\n")
    assert 4 <= first < 60
    proc = _start(root, out, workers=1)
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()[-2000:]
    ids = [line["id"] for line in _lines(out)]
    assert sorted(ids) == sorted(str(p) for p in root.iterdir())
    assert len(ids) == len(set(ids)) == 60


@pytest.mark.slow
def test_bundled_model_parallel_equals_serial(tmp_path):
    if not (BUNDLED / "config.cfg").exists() or not GNAD.exists():
        pytest.skip("bundled model or 10kGNAD test.csv missing")
    sample = tmp_path / "sample.csv"
    with GNAD.open(newline="", encoding="utf-8") as f, sample.open("w", newline="") as g:
        rows = list(itertools.islice(csv.reader(f, delimiter=";", quotechar="'"), 12))
        csv.writer(g).writerows(rows)
    opts = dict(text_field="1", csv_header=False)
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.jsonl"
        stats = run_batch(
            [str(sample)], out, workers=workers, read_options=ReadOptions(**opts), batch_size=4
        )
        assert stats.documents == 12 and stats.failed == 0
        for w in stats.workers.values():
            assert w["rss_mb"] < 1024
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert sum(len(json.loads(x)["entities"]) for x in outs[0].splitlines()) > 0
