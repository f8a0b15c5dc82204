"""HTML views of extraction results: one self-contained page per article, plus an index page.

The article page shows the article text with entities, dates, quotes, speaker mentions and cues
marked up, and a side panel listing the actors with their quotes. Everything (CSS, JS) is inline,
so a page works offline and can be mailed around as one file.

Markup is built in two steps. `_sweep` turns the (possibly overlapping) spans into a flat stream
of open / text / close tokens with one pass over the sorted span boundaries, closing and
re-opening elements where spans cross, so that the HTML always nests. The Jinja2 template then
writes that stream with autoescape on: article text never reaches the page unescaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

_TEMPLATES = Path(__file__).resolve().with_name("templates")

# Actor colours: (strong, light) pairs; strong for borders and labels, light for backgrounds.
# Chosen to stay distinguishable from each other and from the entity-label colours.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#1f6fb2", "#dceafb"),
    ("#c0392b", "#f9dedb"),
    ("#2e8b57", "#dcf2e4"),
    ("#d35400", "#fbe3d1"),
    ("#a93263", "#f5dbe6"),
    ("#b8860b", "#f8ecd0"),
    ("#7d3c98", "#eddff3"),
    ("#138d90", "#d3f0f0"),
    ("#4d5d12", "#e9efd4"),
    ("#34495e", "#dfe4ea"),
)
NO_SPEAKER_COLOUR = ("#888888", "#eeeeee")

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
QUOTE_KINDS = ("direct", "indirect", "mixed")

# Nesting order: lower rank = outer element. Quotes enclose speaker mentions, cues and entities;
# within one rank the span that ends later is the outer one.
_RANK = {"para": 0, "quote": 1, "speaker": 2, "cue": 2, "mention": 3, "entity": 4, "date": 5}


# --------------------------------------------------------------------------------------------
# Boundary sweep


@dataclass(eq=False)
class _Span:
    start: int
    end: int
    kind: str
    tag: str
    attrs: dict[str, str]
    classes: list[str]
    seq: int = 0
    parts: int = 0
    last_open: _Token | None = None

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (_RANK[self.kind], -self.end, self.start, self.seq)


@dataclass(eq=False)
class _Token:
    type: str  # "open" | "text" | "close"
    tag: str = ""
    attrs: dict[str, str] = field(default_factory=dict)
    text: str = ""


def _open_token(span: _Span) -> _Token:
    attrs = dict(span.attrs)
    classes = list(span.classes)
    part = span.parts
    span.parts += 1
    if span.kind == "quote":
        if part == 0:
            attrs["id"] = "quote-" + attrs["data-quote-id"]
            classes.append("q-first")
        else:
            attrs["data-part"] = str(part)
    if classes:
        attrs["class"] = " ".join(classes)
    tok = _Token("open", span.tag, attrs)
    span.last_open = tok
    return tok


def _sweep(text: str, spans: Iterable[_Span]) -> list[_Token]:
    """Flat token stream for `text` with `spans` marked up, properly nested.

    One pass over the sorted boundaries. The stack of open elements is kept sorted by nesting
    key (outer first). At each boundary every element from the outermost one that must close
    (it ends here, or a new span starting here belongs outside it) up to the top is closed;
    those that go on are re-opened, together with the new spans, in key order. A span that
    crosses another is thereby split into several elements sharing its attributes.
    """
    n = len(text)
    starts: dict[int, list[_Span]] = {}
    points = {0, n}
    for i, s in enumerate(spans):
        s.seq = i
        starts.setdefault(s.start, []).append(s)
        points.add(s.start)
        points.add(s.end)
    tokens: list[_Token] = []
    stack: list[_Span] = []
    pos = 0
    for p in sorted(points):
        if p > pos:
            tokens.append(_Token("text", text=text[pos:p]))
            pos = p
        new = starts.get(p, [])
        cut = len(stack)
        for i, s in enumerate(stack):
            if s.end <= p:
                cut = i
                break
        if new:
            kmin = min(s.key for s in new)
            for i in range(cut):
                if stack[i].key > kmin:
                    cut = i
                    break
        reopen = []
        for s in reversed(stack[cut:]):
            tokens.append(_Token("close", s.tag))
            if s.end > p:
                reopen.append(s)
        del stack[cut:]
        for s in sorted(reopen + new, key=lambda s: s.key):
            stack.append(s)
            tokens.append(_open_token(s))
    for s in reversed(stack):  # only spans ending past the text (clamped away before this)
        tokens.append(_Token("close", s.tag))
    return tokens


_PARA_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")


def _paragraph_spans(text: str) -> list[_Span]:
    """Paragraphs split at runs of line breaks; each paragraph keeps its trailing break."""
    spans = []
    start = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() == 0 or m.end() >= len(text):
            continue
        spans.append(_Span(start, m.end(), "para", "p", {}, []))
        start = m.end()
    if start < len(text):
        spans.append(_Span(start, len(text), "para", "p", {}, []))
    return spans


# --------------------------------------------------------------------------------------------
# Reading the result


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


@dataclass
class _Problems:
    """Spans whose offsets are out of range or whose text disagrees with the article."""

    items: list[str] = field(default_factory=list)

    def check(self, what: str, rec: dict, text: str) -> tuple[int, int] | None:
        start, end = _int(rec.get("start")), _int(rec.get("end"))
        if start is None or end is None:
            self.items.append(f"{what}: missing offsets")
            return None
        if not 0 <= start < end <= len(text):
            self.items.append(
                f"{what}: offsets {start}–{end} are no span of the text (0–{len(text)})"
            )
            return None
        want = rec.get("text")
        if isinstance(want, str) and "..." not in want and "…" not in want:
            got = text[start:end]
            if got != want:
                self.items.append(f"{what} {start}–{end}: expected {want!r}, text has {got!r}")
        return start, end


def _label(s: str, limit: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass
class _ActorView:
    key: str  # actor id, or "name:<speaker name>" for speakers without an actor
    name: str
    label: str | None
    linked: bool
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    n_mentions: int = 0
    gender: str | None = None
    quotes: list[dict] = field(default_factory=list)
    colour: tuple[str, str] = NO_SPEAKER_COLOUR
    first: int = 1 << 60

    @property
    def style(self) -> str:
        return f"--ac:{self.colour[0]};--ac-bg:{self.colour[1]}"


def _build_view(result: dict, text: str) -> dict[str, Any]:
    problems = _Problems()
    spans: list[_Span] = _paragraph_spans(text)

    actors: dict[str, _ActorView] = {}
    for a in result.get("actors") or []:
        aid = a.get("id")
        if not isinstance(aid, str) or aid in actors:
            continue
        actors[aid] = _ActorView(
            key=aid,
            name=str(a.get("name") or aid),
            label=a.get("label"),
            linked=True,
            aliases=[str(x) for x in a.get("aliases") or []],
            roles=[str(x) for x in a.get("roles") or []],
            n_mentions=len(a.get("mentions") or []),
            gender=a.get("gender"),
        )

    # Quotes first: they decide who gets the first colours.
    quotes = sorted(
        (q for q in result.get("quotes") or [] if isinstance(q, dict)),
        key=lambda q: (_int(q.get("start")) or 0, _int(q.get("end")) or 0),
    )
    unattributed: list[dict] = []
    quote_views = []
    quote_spans: list[_Span] = []
    for i, q in enumerate(quotes):
        qid = str(q.get("id") or f"q{i + 1}")
        kind = q.get("kind") if q.get("kind") in QUOTE_KINDS else "direct"
        speaker = q.get("speaker") if isinstance(q.get("speaker"), dict) else None
        cue = q.get("cue") if isinstance(q.get("cue"), dict) else None
        actor = None
        if speaker:
            aid = speaker.get("actor")
            if isinstance(aid, str) and aid in actors:
                actor = actors[aid]
            else:
                # An actor id missing from `actors` still keys the speaker (the page mirrors
                # the JSON); a speaker without an actor is grouped by name.
                sname = str(speaker.get("name") or speaker.get("text") or "?")
                linked = isinstance(aid, str) and bool(aid)
                key = aid if linked else "name:" + sname
                actor = actors.get(key)
                if actor is None:
                    actor = actors[key] = _ActorView(
                        key=key, name=sname, label=speaker.get("label"), linked=linked
                    )
        qv = {
            "id": qid,
            "kind": kind,
            "text": str(q.get("text") or ""),
            "short": _label(str(q.get("text") or ""), 110),
            "actor": actor,
            "speaker_name": actor.name if actor else "",
            "speaker_text": str(speaker.get("text") or "") if speaker else "",
            "cue": str(cue.get("text") or "") if cue else "",
            "start": _int(q.get("start")),
        }
        quote_views.append(qv)
        if actor:
            actor.quotes.append(qv)
            actor.first = min(actor.first, qv["start"] or 0)
        else:
            unattributed.append(qv)

        where = problems.check(f"quote {qid}", q, text)
        if where:
            label = f"{qv['speaker_name'] or 'no speaker'} · {kind}"
            quote_spans.append(
                _Span(
                    *where,
                    "quote",
                    "span",
                    {
                        "data-quote-id": qid,
                        "data-kind": kind,
                        "data-speaker-actor": actor.key if actor and actor.linked else "",
                        "data-speaker-name": qv["speaker_name"],
                        "data-badge": _label(label, 48),
                        "title": f"{kind} quote {qid} — {qv['speaker_name'] or 'no speaker'}",
                    },
                    ["q", f"q-{kind}"] + ([] if actor else ["q-nospk"]),
                )
            )
            qv["_span"] = quote_spans[-1]
        qv["ok"] = where is not None
        qv["_speaker"], qv["_cue"] = speaker, cue

    # Colours: speaking actors in order of their first quote, then the others in list order.
    ordered = sorted(actors.values(), key=lambda a: (0, a.first) if a.quotes else (1, 0))
    for i, a in enumerate(ordered):
        a.colour = PALETTE[i % len(PALETTE)]
    for qv in quote_views:
        span = qv.pop("_span", None)
        if span is not None and qv["actor"] is not None:
            span.attrs["style"] = qv["actor"].style
    spans += quote_spans

    # Speaker mentions and cues: one element per distinct span, naming every quote it serves.
    spk: dict[tuple[int, int], _Span] = {}
    cues: dict[tuple[int, int], _Span] = {}
    for qv in quote_views:
        speaker, cue = qv.pop("_speaker"), qv.pop("_cue")
        if speaker:
            where = problems.check(f"speaker of {qv['id']}", speaker, text)
            if where:
                actor = qv["actor"]
                s = spk.get(where)
                if s is None:
                    s = spk[where] = _Span(
                        *where,
                        "speaker",
                        "span",
                        {
                            "data-spk-for": "",
                            "data-actor": actor.key if actor.linked else "",
                            "data-speaker-name": actor.name,
                            "style": actor.style,
                            "title": f"speaker: {actor.name}",
                        },
                        ["spk"],
                    )
                s.attrs["data-spk-for"] = (s.attrs["data-spk-for"] + " " + qv["id"]).strip()
        if cue:
            where = problems.check(f"cue of {qv['id']}", cue, text)
            if where:
                s = cues.get(where)
                if s is None:
                    lemma = str(cue.get("lemma") or "")
                    s = cues[where] = _Span(
                        *where,
                        "cue",
                        "span",
                        {"data-cue-for": "", "title": f"cue: {lemma}" if lemma else "cue"},
                        ["cue"],
                    )
                s.attrs["data-cue-for"] = (s.attrs["data-cue-for"] + " " + qv["id"]).strip()
    spans += spk.values()
    spans += cues.values()

    # Actor mentions (coreference): a thin underline in the actor's colour.
    for a in result.get("actors") or []:
        av = actors.get(a.get("id")) if isinstance(a.get("id"), str) else None
        if av is None:
            continue
        for m in a.get("mentions") or []:
            if not (isinstance(m, list | tuple) and len(m) == 2):
                continue
            where = problems.check(f"mention of {av.key}", {"start": m[0], "end": m[1]}, text)
            if where:
                spans.append(
                    _Span(
                        *where,
                        "mention",
                        "span",
                        {"data-actor": av.key, "style": av.style, "title": f"mention: {av.name}"},
                        ["am"],
                    )
                )

    entity_counts = dict.fromkeys(ENTITY_LABELS, 0)
    for e in result.get("entities") or []:
        where = problems.check(f"entity {e.get('id', '?')}", e, text)
        if not where:
            continue
        label = e.get("label") if e.get("label") in ENTITY_LABELS else "MISC"
        entity_counts[label] += 1
        av = actors.get(e.get("actor")) if isinstance(e.get("actor"), str) else None
        attrs = {"data-label": label, "title": label + (f" · {av.name}" if av else "")}
        if e.get("id"):
            attrs["data-entity-id"] = str(e["id"])
        if av:
            attrs["data-actor"] = av.key
        spans.append(_Span(*where, "entity", "span", attrs, ["ent", f"ent-{label}"]))

    n_dates = 0
    for d in result.get("dates") or []:
        where = problems.check(f"date {d.get('text', '?')!r}", d, text)
        if not where:
            continue
        n_dates += 1
        value = d.get("value") if isinstance(d.get("value"), str) else None
        gran = d.get("granularity") if isinstance(d.get("granularity"), str) else None
        tip = value or "unresolved"
        if value and gran:
            tip += f" ({gran})"
        attrs = {"data-value": value or "", "data-tip": tip, "title": tip}
        if gran:
            attrs["data-granularity"] = gran
        spans.append(
            _Span(*where, "date", "span", attrs, ["date"] + ([] if value else ["date-nv"]))
        )

    tokens = _sweep(text, spans)
    for s in spans:
        if s.kind == "quote" and s.parts > 1 and s.last_open is not None:
            s.last_open.attrs["class"] += " q-last"

    listed = sorted(actors.values(), key=lambda a: (-len(a.quotes), a.first, a.name.lower()))
    return {
        "tokens": tokens,
        "actors": [a for a in listed if a.quotes],
        "silent_actors": [a for a in listed if not a.quotes],
        "unattributed": unattributed,
        "quotes": quote_views,
        "kind_counts": {k: sum(q["kind"] == k for q in quote_views) for k in QUOTE_KINDS},
        "entity_counts": entity_counts,
        "n_dates": n_dates,
        "problems": problems.items,
    }


# --------------------------------------------------------------------------------------------
# Public API


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


@cache
def _asset(name: str) -> Markup:
    """Inline CSS / JS, shipped as plain files next to the templates (not Jinja templates)."""
    return Markup((_TEMPLATES / name).read_text(encoding="utf-8"))


def _default_title(result: dict, text: str) -> str:
    src = result.get("source") if isinstance(result.get("source"), dict) else {}
    if src.get("path"):
        return Path(str(src["path"])).name
    if src.get("url"):
        return str(src["url"])
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
    return _label(first, 80) or "quotex result"


def render_html(result: dict, text: str, *, title: str | None = None) -> str:
    """One self-contained HTML page showing `result` (the JSON output contract) over `text`."""
    if not isinstance(result, dict):
        raise TypeError("result must be a dict (the JSON output of quotex extract)")
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    view = _build_view(result, text)
    src = result.get("source") if isinstance(result.get("source"), dict) else {}
    model = result.get("model") if isinstance(result.get("model"), dict) else {}
    return (
        _env()
        .get_template("article.html.j2")
        .render(
            title=title or _default_title(result, text),
            source_path=src.get("path"),
            source_url=src.get("url"),
            model=model,
            reference_date=result.get("reference_date"),
            n_entities=sum(view["entity_counts"].values()),
            entity_labels=ENTITY_LABELS,
            quote_kinds=QUOTE_KINDS,
            css=_asset("page.css"),
            js=_asset("page.js"),
            empty=not text,
            **view,
        )
    )


def index_row(result: dict, href: str, *, title: str | None = None) -> dict:
    """The `render_index` row for one rendered result page."""
    return {
        "href": href,
        "title": title or _default_title(result, str(result.get("text") or "")),
        "n_quotes": len(result.get("quotes") or []),
        "n_actors": len(result.get("actors") or []),
    }


def render_index(pages: list[dict]) -> str:
    """Index page, one row per article: pages are {href, title or id, n_quotes, n_actors, error}."""
    rows = []
    for p in pages:
        rows.append(
            {
                "href": p.get("href"),
                "title": str(p.get("title") or p.get("id") or p.get("href") or "?"),
                "n_quotes": p.get("n_quotes"),
                "n_actors": p.get("n_actors"),
                "error": p.get("error"),
            }
        )
    ok = [r for r in rows if not r["error"]]
    totals = {
        "n_articles": len(rows),
        "n_errors": len(rows) - len(ok),
        "n_quotes": sum(r["n_quotes"] or 0 for r in ok),
        "n_actors": sum(r["n_actors"] or 0 for r in ok),
    }
    return (
        _env()
        .get_template("index.html.j2")
        .render(rows=rows, totals=totals, css=_asset("page.css"))
    )


def _spans_match(result: dict, text: str) -> bool:
    recs = list(result.get("quotes") or []) + list(result.get("entities") or [])
    for r in recs:
        s, e, t = _int(r.get("start")), _int(r.get("end")), r.get("text")
        if s is None or e is None or not isinstance(t, str):
            continue
        if text[s:e] != t:
            return False
    return True


def load_result_text(result: dict, result_path: Path | None = None) -> str:
    """The article text a result's offsets point into.

    `result["text"]` if present; else the file at `result["source"]["path"]` (relative to the
    folder of `result_path`, the JSON file, when not absolute), decoded with the recorded
    encoding. Raises ValueError with a one-line message when there is no way to get the text.
    """
    text = result.get("text") if isinstance(result, dict) else None
    if isinstance(text, str):
        return text
    src = result.get("source") if isinstance(result, dict) else None
    raw_path = src.get("path") if isinstance(src, dict) else None
    if not raw_path:
        raise ValueError(
            "result has neither 'text' nor 'source.path': cannot find the article text"
        )
    path = Path(str(raw_path)).expanduser()
    if not path.is_absolute() and result_path is not None:
        path = Path(result_path).parent / path
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(
            f"cannot read the article text from source.path {str(path)!r}: {exc.strerror or exc}"
        ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    encoding = src.get("encoding") or "utf-8"
    try:
        decoded = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot decode {str(path)!r} as {encoding}: {exc}") from None
    # The pipeline keeps the bytes' line breaks; if the offsets only fit with normalised ones
    # (the file was re-saved with other line endings), use those.
    if not _spans_match(result, decoded):
        normalised = decoded.replace("\r\n", "\n").replace("\r", "\n")
        if normalised != decoded and _spans_match(result, normalised):
            return normalised
    return decoded


def _page_name(doc_id: str, n: int) -> str:
    """A file name for one article page: readable, unique, safe on every file system."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id.rsplit("/", 1)[-1])[:60].strip("._") or "doc"
    return f"{n:05d}-{stem}.html"


def write_site(results_jsonl: Path, out_dir: Path) -> Path:
    """One page per line of a batch output (results with their text) plus index.html.

    Reads the JSONL line by line, so a large batch never sits in memory at once."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    with open(results_jsonl, encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            doc_id = str(record.get("id", n))
            if "error" in record:
                rows.append({"id": doc_id, "error": record["error"].get("message", "failed")})
                continue
            text = record.get("text")
            if text is None:
                rows.append({"id": doc_id, "error": "result has no text"})
                continue
            name = _page_name(doc_id, n)
            page = render_html(record, text, title=doc_id)
            (out_dir / name).write_text(page, encoding="utf-8")
            rows.append(index_row(record, name, title=doc_id))
    index = out_dir / "index.html"
    index.write_text(render_index(rows), encoding="utf-8")
    return index
