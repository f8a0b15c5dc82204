"""Which pipeline quotex loads: bundled by default, else --model or QUOTEX_MODEL; clear errors."""

from __future__ import annotations

import pytest
import spacy

import quotex
from quotex.model import (
    BUNDLED_MODEL,
    ModelError,
    bundled_model_path,
    load_model,
    resolve_model_name,
)


def test_default_is_the_bundled_pipeline(monkeypatch):
    monkeypatch.delenv("QUOTEX_MODEL", raising=False)
    assert resolve_model_name() == str(bundled_model_path())
    assert bundled_model_path().name == BUNDLED_MODEL


def test_environment_variable_and_argument(monkeypatch):
    monkeypatch.setenv("QUOTEX_MODEL", "de_core_news_md")
    assert resolve_model_name() == "de_core_news_md"
    assert resolve_model_name("de_core_news_lg") == "de_core_news_lg"


def test_missing_package_gives_a_hint():
    with pytest.raises(ModelError, match="not installed: install it"):
        load_model("de_core_news_doesnotexist")


def test_missing_path_and_non_pipeline_folder(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        load_model(str(tmp_path / "nope"))
    with pytest.raises(ModelError, match="not a spaCy pipeline folder"):
        load_model(str(tmp_path))


def test_non_german_model_is_refused(tmp_path):
    path = tmp_path / "en_model"
    spacy.blank("en").to_disk(path)
    with pytest.raises(ModelError, match="needs a German"):
        load_model(str(path))


def test_a_path_to_a_german_pipeline_loads_with_quotex_components(tmp_path, monkeypatch):
    path = tmp_path / "de_model"
    spacy.blank("de").to_disk(path)
    monkeypatch.setenv("QUOTEX_MODEL", str(path))
    nlp = quotex.load()
    assert "quotex_quotes" in nlp.pipe_names and "sentencizer" in nlp.pipe_names
    result = quotex.extract("„Wir sind bereit“, sagte er.", nlp=nlp)
    assert [q.text for q in result.quotes] == ["Wir sind bereit"]


def test_bundled_model_loads():
    nlp = load_model()
    assert nlp.lang == "de"
    assert {"ner", "parser"} <= set(nlp.pipe_names)


def test_wheel_ships_the_bundled_model_and_lexicons(tmp_path):
    """A plain, non-editable `pip install .` must carry models/ and data/ inside the package."""
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(repo),
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            "-q",
        ],
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    (wheel,) = tmp_path.glob("quotex-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert f"quotex/_models/{BUNDLED_MODEL}/meta.json" in names
    assert f"quotex/_models/{BUNDLED_MODEL}/config.cfg" in names
    assert "quotex/_data/lexicons/reporting_verbs.tsv" in names
    assert "quotex/output.schema.json" in names
    assert any(n.startswith("quotex/templates/") for n in names)
