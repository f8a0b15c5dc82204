"""Page furniture of scraped news pages: captions, "Quelle:" lines, ads, comment counters.

Such lines are not article text, so no quote may come from them; entities in them stay
(a caption still names people). The URL of a "Quelle:" line becomes the document's source URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .grammar import text_of
from .resources import lexicon_table

Doc.set_extension("quotex_boilerplate", default=None, force=True)
Doc.set_extension("quotex_source_url", default=None, force=True)

_URL = re.compile(r"https?://[^\s<>\"'“”„»«]+")


@dataclass(frozen=True)
class Furniture:
    start: int
    end: int
    kind: str


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rx)) for kind, rx in lexicon_table("boilerplate"))


def find_boilerplate(text: str) -> tuple[list[Furniture], str | None]:
    """Furniture spans (whole lines, or a caption's line) and the first source URL, if any."""
    spans: list[Furniture] = []
    url: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            for kind, rx in _patterns():
                m = rx.search(body)
                if not m:
                    continue
                start = pos + len(body) - len(body.lstrip())
                end = pos + len(body.rstrip())
                spans.append(Furniture(start, end, kind))
                if kind == "source" and url is None:
                    found = _URL.search(body)
                    if found:
                        url = found.group(0).rstrip(".,;)")
                break
        pos += len(line)
    return spans, url


class Boilerplate:
    """spaCy component: marks furniture lines in `doc.spans["quotex_boilerplate"]`."""

    def __init__(self, name: str = "quotex_boilerplate") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans, url = find_boilerplate(text_of(doc))
        doc._.quotex_boilerplate = spans
        doc._.quotex_source_url = url
        group = []
        for f in spans:
            span = doc.char_span(f.start, f.end, label=f.kind, alignment_mode="expand")
            if span is not None:
                group.append(span)
        doc.spans["quotex_boilerplate"] = group
        return doc


@Language.factory("quotex_boilerplate")
def make_boilerplate(nlp: Language, name: str) -> Boilerplate:
    return Boilerplate(name)
