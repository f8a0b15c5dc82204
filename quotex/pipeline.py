"""The library surface: a German pipeline with quotex's components, and Doc → result."""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import actors as _actors  # noqa: F401  (registers factories and extensions)
from . import attribution as _attribution  # noqa: F401
from . import boilerplate as _boilerplate  # noqa: F401
from . import dates as _dates  # noqa: F401
from . import quotes as _quotes  # noqa: F401
from .model import load_model
from .schema import (
    Actor,
    Cue,
    DateMention,
    Entity,
    ExtractionResult,
    ModelInfo,
    Quote,
    QuotePart,
    Source,
    Speaker,
)

QUOTEX_PIPES = (
    "quotex_boilerplate",
    "quotex_dates",
    "quotex_actors",
    "quotex_quotes",
    "quotex_speakers",
)
# Piece size for texts longer than the model's max_length: processed apart, then joined.
CHUNK_CHARS = 200_000


def add_quotex_pipes(nlp: Language) -> Language:
    """Add quotex's components (and a sentencizer if the model has no sentence boundaries)."""
    names = set(nlp.pipe_names)
    if not ({"parser", "senter", "sentencizer"} & names):
        nlp.add_pipe("sentencizer", first=True)
    for pipe in QUOTEX_PIPES:
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe)
    return nlp


def load(model: str | os.PathLike[str] | None = None) -> Language:
    """A German pipeline (bundled unless `model` or $QUOTEX_MODEL says otherwise) with quotex."""
    return add_quotex_pipes(load_model(model))


def _model_pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if not name.startswith("quotex_")]


def _split_points(text: str, size: int) -> list[int]:
    """Cut points at paragraph (else sentence, else space) breaks, every `size` chars at most."""
    points = [0]
    n = len(text)
    while n - points[-1] > size:
        lo = points[-1] + size // 2
        hi = points[-1] + size
        cut = text.rfind("\n", lo, hi)
        if cut == -1:
            cut = text.rfind(". ", lo, hi)
            cut = cut + 1 if cut != -1 else -1
        if cut == -1:
            cut = text.rfind(" ", lo, hi)
        if cut == -1:
            cut = hi
        points.append(cut + (1 if text[cut : cut + 1] in ("\n", " ") else 0))
    points.append(n)
    return points


# Inline whitespace other than one plain space between two words: runs of spaces (line-wrapped
# or justified copy), tabs, no-break and thin spaces. spaCy makes each of these a token of its
# own, which splits names ("Rupert  Wolff") and frames (",  sagt Wolff") for the model and rules.
_ODD_SPACE = re.compile(
    r"(?<=\S)(?: [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"
    r"|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*)(?=\S)"
)


def normalize_spaces(text: str) -> tuple[str, list[int], list[int]]:
    """The text with each inline whitespace run between words as one plain space, and the
    shift table back to the input: a position p of the result is p + shifts[k] in the input,
    k the last index with starts[k] <= p (no entry: unchanged). Line breaks are kept."""
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    last = shift = 0
    for m in _ODD_SPACE.finditer(text):
        pieces.append(text[last : m.start()])
        pieces.append(" ")
        last = m.end()
        if m.end() - m.start() > 1:
            shift += m.end() - m.start() - 1
            starts.append(m.end() - shift)
            shifts.append(shift)
    if not pieces:
        return text, starts, shifts
    pieces.append(text[last:])
    return "".join(pieces), starts, shifts


def _offset_mapper(doc: Doc):
    """(start, end) of the normalised text → (start, end) of the input text."""
    starts = doc.user_data.get("quotex_shift_starts") or []
    shifts = doc.user_data.get("quotex_shifts") or []
    if not starts:
        return lambda s, e: (s, e)

    def at(p: int) -> int:
        k = bisect_right(starts, p) - 1
        return p + shifts[k] if k >= 0 else p

    return lambda s, e: (at(s), at(e - 1) + 1 if e > s else at(s))


def _remember_input(doc: Doc, text: str, clean: str, starts: list[int], shifts: list[int]) -> None:
    doc.user_data["quotex_text"] = clean
    if clean is not text:
        doc.user_data["quotex_input_text"] = text
        doc.user_data["quotex_shift_starts"] = starts
        doc.user_data["quotex_shifts"] = shifts


def _run_model(nlp: Language, docs: list[Doc], batch_size: int) -> list[Doc]:
    """The statistical components over a batch of Docs (what nlp.pipe does, minus quotex)."""
    for name, proc in nlp.pipeline:
        if name.startswith("quotex_"):
            continue
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def make_doc(nlp: Language, text: str, reference_date: dt.date | None = None) -> Doc:
    """Run the statistical part (over the space-normalised text), in pieces if it is longer
    than one chunk; results are mapped back to the input's offsets in result_from_doc."""
    clean, starts, shifts = normalize_spaces(text)
    if len(clean) <= CHUNK_CHARS * 2:
        doc = _run_model(nlp, [nlp.make_doc(clean)], 1)[0]
    else:
        points = _split_points(clean, CHUNK_CHARS)
        pieces = [nlp.make_doc(clean[a:b]) for a, b in zip(points, points[1:], strict=False)]
        doc = Doc.from_docs(_run_model(nlp, pieces, 8), ensure_whitespace=False)
    doc._.quotex_reference_date = reference_date
    _remember_input(doc, text, clean, starts, shifts)
    return doc


def run_quotex_pipes(nlp: Language, doc: Doc) -> Doc:
    for name, proc in nlp.pipeline:
        if name.startswith("quotex_"):
            doc = proc(doc)
    return doc


def process(nlp: Language, text: str, reference_date: dt.date | None = None) -> Doc:
    return run_quotex_pipes(nlp, make_doc(nlp, text, reference_date))


def process_many(
    nlp: Language,
    texts: Iterable[str],
    reference_date: dt.date | None = None,
    batch_size: int = 32,
) -> Iterator[Doc]:
    """Batched processing, in input order; over-long documents go the piecewise way."""
    group: list[str] = []

    def flush(batch: list[str]) -> Iterator[Doc]:
        cleaned = [normalize_spaces(t) for t in batch]
        short = [nlp.make_doc(c[0]) for c in cleaned if len(c[0]) <= CHUNK_CHARS * 2]
        done = iter(_run_model(nlp, short, batch_size))
        for t, (clean, starts, shifts) in zip(batch, cleaned, strict=True):
            if len(clean) <= CHUNK_CHARS * 2:
                doc = next(done)
                doc._.quotex_reference_date = reference_date
                _remember_input(doc, t, clean, starts, shifts)
            else:
                doc = make_doc(nlp, t, reference_date)
            yield run_quotex_pipes(nlp, doc)

    for text in texts:
        group.append(text)
        if len(group) >= batch_size:
            yield from flush(group)
            group = []
    if group:
        yield from flush(group)


@lru_cache(maxsize=8)
def model_info(nlp: Language) -> ModelInfo:
    """Name and version of the pipeline; cached, as spaCy rebuilds nlp.meta on each access."""
    meta = nlp.meta or {}
    name = meta.get("name", "unknown")
    lang = meta.get("lang", nlp.lang)
    full = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return ModelInfo(name=full, version=str(meta.get("version", "0.0.0")))


def result_from_doc(
    doc: Doc,
    nlp: Language | None = None,
    *,
    source_path: str | None = None,
    encoding: str | None = None,
) -> ExtractionResult:
    """Turn a processed Doc into the output contract (offsets into the input text)."""
    text = doc.user_data.get("quotex_input_text") or doc.user_data.get("quotex_text") or doc.text
    span = _offset_mapper(doc)
    entities = []
    for n, e in enumerate(doc._.quotex_entities or [], 1):
        es, ee = span(e.start, e.end)
        entities.append(Entity(f"e{n}", text[es:ee], es, ee, e.label, e.actor))
    actors = [
        Actor(
            id=a.id,
            name=a.name,
            label=a.label,
            aliases=list(a.aliases),
            roles=list(a.roles),
            mentions=[list(span(s, e)) for s, e in a.mentions],
            gender=a.gender,
        )
        for a in doc._.quotex_actors or []
    ]
    quotes = []
    for n, q in enumerate(doc._.quotex_quotes or [], 1):
        cue = None
        if q.cue_tokens:
            # Contiguous cue words only ("nach Angaben", "bekannt gab"): the particle of a
            # separable verb stands apart ("teilte die Holding mit") and the speaker between
            # them is no part of the cue; the lemma still names the whole verb.
            k = 0
            while k + 1 < len(q.cue_tokens) and q.cue_tokens[k + 1] == q.cue_tokens[k] + 1:
                k += 1
            first, last = doc[q.cue_tokens[0]], doc[q.cue_tokens[k]]
            cs, ce = span(first.idx, last.idx + len(last))
            cue = Cue(text[cs:ce], cs, ce, q.cue_lemma or first.lemma_)
        speaker = None
        if q.speaker is not None:
            ss, se = span(*q.speaker)
            speaker = Speaker(
                text=text[ss:se],
                start=ss,
                end=se,
                name=q.speaker_name or " ".join(text[ss:se].split()),
                actor=q.speaker_actor,
                label=q.speaker_label,
            )
        pieces = [span(ps, pe) for ps, pe in q.parts or [(q.start, q.end)]]
        parts = [QuotePart(text[ps:pe], ps, pe) for ps, pe in pieces]
        qs, qe = span(q.start, q.end)
        quotes.append(Quote(f"q{n}", q.kind, text[qs:qe], qs, qe, cue, speaker, parts))
    dates = []
    for d in doc._.quotex_dates or []:
        ds, de = span(d.start, d.end)
        dates.append(DateMention(text[ds:de], ds, de, d.value, d.granularity))
    ref = (
        doc._.quotex_resolved_reference_date
        if doc.has_extension("quotex_resolved_reference_date")
        else None
    )
    return ExtractionResult(
        source=Source(path=source_path, url=doc._.quotex_source_url, encoding=encoding),
        model=model_info(nlp) if nlp is not None else ModelInfo("unknown", "0.0.0"),
        reference_date=ref.isoformat() if ref else None,
        entities=entities,
        actors=actors,
        quotes=quotes,
        dates=dates,
    )


_DEFAULT_NLP: dict[str, Language] = {}


def extract(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    nlp: Language | None = None,
    source_path: str | None = None,
) -> ExtractionResult:
    """Who said what in one German article."""
    if isinstance(reference_date, str):
        reference_date = dt.date.fromisoformat(reference_date)
    if nlp is None:
        key = os.environ.get("QUOTEX_MODEL", "")
        if key not in _DEFAULT_NLP:
            _DEFAULT_NLP[key] = load()
        nlp = _DEFAULT_NLP[key]
    doc = process(nlp, text, reference_date)
    return result_from_doc(doc, nlp, source_path=source_path)
