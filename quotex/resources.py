"""Locate the data shipped with quotex (lexicons, bundled model), installed or in a checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, fallback: str) -> Path:
    """Wheels carry `data/` and `models/` as subpackages; a checkout has them at top level."""
    try:
        path = Path(str(resources.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return _REPO_ROOT / fallback


def data_dir() -> Path:
    return _package_dir("quotex._data", "data")


def models_dir() -> Path:
    return _package_dir("quotex._models", "models")


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """Entries of `data/lexicons/<name>.txt`: one per line, `#` starts a comment."""
    path = data_dir() / "lexicons" / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def lexicon_section(name: str, headers: tuple[str, ...]) -> frozenset[str]:
    """Entries of the sections of `data/lexicons/<name>.txt` under a comment line that starts
    with one of `headers` (up to the next comment block): one list can serve several rules."""
    path = data_dir() / "lexicons" / f"{name}.txt"
    keep, in_comment, out = False, False, set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith(headers):
                keep = True
            elif not in_comment:
                keep = False
            in_comment = True
            continue
        in_comment = False
        entry = line.split("#", 1)[0].strip()
        if keep and entry:
            out.add(entry)
    return frozenset(out)


@cache
def lexicon_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon (`data/lexicons/<name>.tsv`), comments stripped."""
    path = data_dir() / "lexicons" / f"{name}.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
