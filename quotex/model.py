"""Which German spaCy pipeline quotex runs on: the bundled one, an installed package or a path."""

from __future__ import annotations

import os
import re
from pathlib import Path

import spacy
from spacy.language import Language

from .resources import models_dir

BUNDLED_MODEL = "de_quotex_news"
ENV_VAR = "QUOTEX_MODEL"


class ModelError(Exception):
    """The requested model cannot be used; the message says what to do."""


def bundled_model_path() -> Path:
    return models_dir() / BUNDLED_MODEL


def resolve_model_name(model: str | os.PathLike[str] | None = None) -> str:
    """Explicit argument, then $QUOTEX_MODEL, then the bundled pipeline."""
    if model:
        return str(model)
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    return str(bundled_model_path())


def load_model(model: str | os.PathLike[str] | None = None, **kwargs) -> Language:
    """Load a German spaCy pipeline or raise ModelError with a one-line hint."""
    name = resolve_model_name(model)
    path = Path(name).expanduser()
    looks_like_path = path.exists() or os.sep in name or name.startswith(".")
    if looks_like_path and not path.exists():
        raise ModelError(f"model path {name!r} does not exist: pass an existing pipeline folder")
    if looks_like_path and not (path / "config.cfg").exists():
        raise ModelError(
            f"{name!r} is not a spaCy pipeline folder (no config.cfg): "
            "pass a folder saved with nlp.to_disk() or an installed package name"
        )
    try:
        nlp = spacy.load(path if looks_like_path else name, **kwargs)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ModelError(
                f"spaCy model {name!r} is not installed: install it (pip install {name}) "
                f"or drop --model/{ENV_VAR} to use the bundled {BUNDLED_MODEL}"
            ) from exc
        raise ModelError(f"cannot load model {name!r}: {exc}") from exc
    if nlp.lang != "de":
        raise ModelError(
            f"model {name!r} is for language {nlp.lang!r}, quotex needs a German ('de') pipeline"
        )
    split_single_guillemets(nlp)
    split_marks_before_hyphens(nlp)
    return nlp


def split_single_guillemets(nlp: Language) -> None:
    """Make ‹ and › tokens of their own, as spaCy's German rules do for « and »: Swiss
    and book typography quote with them (‹Wir prüfen das›), and a mark glued to a word hides
    the quote from the quote finder and the word from the tagger."""
    tok = nlp.tokenizer
    prefix = getattr(tok.prefix_search, "__self__", None)
    suffix = getattr(tok.suffix_search, "__self__", None)
    if prefix is not None and "‹" not in prefix.pattern:
        tok.prefix_search = re.compile(prefix.pattern + "|^[‹›]").search
    if suffix is not None and "‹" not in suffix.pattern:
        tok.suffix_search = re.compile(suffix.pattern + "|[‹›]$").search


def split_marks_before_hyphens(nlp: Language) -> None:
    """Make a closing quotation mark before a hyphen a token of its own: in „Bild“-Zeitung
    the glued mark leaves the opening „ unclosed, so the quote finder sees no title and the
    tagger sees a word "Bild“-Zeitung"."""
    tok = nlp.tokenizer
    infix = getattr(tok.infix_finditer, "__self__", None)
    extra = r"(?<=\w)[“”\"‘’«»](?=-\w)"
    if infix is not None and extra not in infix.pattern:
        tok.infix_finditer = re.compile(infix.pattern + "|" + extra).finditer
