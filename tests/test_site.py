"""`quotex extract DIR --format html -o OUT`: one page per article, an index, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLE


def test_folder_to_html_site(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "b.txt").write_text("„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.")
    (corpus / "c.bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "quotex", "extract", str(corpus), "--format", "html",
         "-o", str(site), "--workers", "1", "--quiet"],
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr.decode()  # one document failed
    pages = sorted(p.name for p in site.glob("*.html") if p.name != "index.html")
    assert len(pages) == 2
    index = (site / "index.html").read_text(encoding="utf-8")
    for name in pages:
        assert f'href="{name}"' in index
    assert "binary" in index  # the failed document is listed with its error
    lines = (site / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    ok = [json.loads(line) for line in lines if '"error"' not in line]
    assert len(ok) == 2
    for result in ok:
        stem = result["id"].rsplit("/", 1)[-1]
        (page,) = [p for p in pages if p.endswith(f"-{stem}.html")]
        html = (site / page).read_text(encoding="utf-8")
        assert result["quotes"], result["id"]
        for quote in result["quotes"]:
            assert f'data-quote-id="{quote["id"]}"' in html


def test_format_must_be_known(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "quotex", "extract", str(EXAMPLE), "--format", "xml"],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "choose jsonl or html" in proc.stderr.decode()
