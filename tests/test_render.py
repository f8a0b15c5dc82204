"""HTML rendering of extraction results (quotex.render).

Unit tests parse the generated HTML with the standard library; the `browser` tests open the
seed article's page in headless Chromium (Debian's chromium + chromium-driver, via selenium)
and write screenshots to test-artifacts/.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotex.render import index_row, load_result_text, render_html, render_index

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
ARTIFACTS = ROOT / "test-artifacts"

# Hand-written extras for the seed article's actors (the gold file has no roles).
_ROLES = {
    "Wladimir Putin": ["russischer Präsident"],
    "Donald Trump": ["designierter US-Präsident"],
    "Sergej Lawrow": ["russischer Außenminister"],
    "Dmitri Peskow": ["Kremlsprecher"],
    "TASS": ["russische Nachrichtenagentur"],
}


def _granularity(value: str | None) -> str | None:
    if value is None:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


def gold_result(name: str = "putin-trump-dialog") -> tuple[dict, str]:
    """A result in the output contract's shape, built from a gold annotation file.

    Actors are made by grouping each quote's `speaker_names`; entities whose text is one of an
    actor's names link to it, and those entities plus the speaker mentions are its mentions.
    """
    gold = json.loads((EXAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = gold["text"]
    actors: list[dict] = []
    by_name: dict[str, dict] = {}
    for q in gold["quotes"]:
        names = q["speaker_names"]
        actor = next((by_name[n] for n in names if n in by_name), None)
        if actor is None:
            actor = {
                "id": f"a{len(actors) + 1}",
                "name": names[0],
                "label": q["speaker_label"],
                "aliases": [],
                "roles": list(_ROLES.get(names[0], [])),
                "mentions": [],
                "gender": "m" if q["speaker_label"] == "PER" else None,
            }
            actors.append(actor)
        for n in names:
            by_name.setdefault(n, actor)
            if n != actor["name"] and n not in actor["aliases"]:
                actor["aliases"].append(n)
    entities = []
    for e in gold["entities"]:
        actor = by_name.get(e["text"])
        entities.append({**e, "actor": actor["id"] if actor else None})
        if actor:
            actor["mentions"].append([e["start"], e["end"]])
    quotes = []
    for q in gold["quotes"]:
        actor = by_name[q["speaker_names"][0]]
        sm = q["speaker_mention"]
        if [sm["start"], sm["end"]] not in actor["mentions"]:
            actor["mentions"].append([sm["start"], sm["end"]])
        cue = q["cue"]
        quotes.append(
            {
                "id": q["id"],
                "kind": q["kind"],
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "cue": (
                    {
                        "text": text[cue["start"] : cue["end"]],
                        "start": cue["start"],
                        "end": cue["end"],
                        "lemma": cue["text"].split()[0],
                    }
                    if cue
                    else None
                ),
                "speaker": {
                    "text": sm["text"],
                    "start": sm["start"],
                    "end": sm["end"],
                    "name": actor["name"],
                    "actor": actor["id"],
                    "label": q["speaker_label"],
                },
            }
        )
    for a in actors:
        a["mentions"].sort()
    dates = [
        {
            "text": d["text"],
            "start": d["start"],
            "end": d["end"],
            "value": d["value"],
            "granularity": _granularity(d["value"]),
        }
        for d in gold["dates"]
    ]
    result = {
        "schema_version": "1",
        "source": {"path": f"{name}.txt", "url": gold.get("metadata", {}).get("source_url")},
        "model": {"name": "gold", "version": "0"},
        "reference_date": gold.get("document_date_hint"),
        "entities": entities,
        "actors": actors,
        "quotes": quotes,
        "dates": dates,
    }
    return result, text


def empty_result(**extra) -> dict:
    return {
        "schema_version": "1",
        "source": {"path": None, "url": None},
        "model": {"name": "test", "version": "0"},
        "reference_date": None,
        "entities": [],
        "actors": [],
        "quotes": [],
        "dates": [],
        **extra,
    }


def quote(qid, start, end, text, kind="direct", speaker=None, cue=None) -> dict:
    return {
        "id": qid,
        "kind": kind,
        "text": text[start:end],
        "start": start,
        "end": end,
        "cue": cue,
        "speaker": speaker,
    }


# --------------------------------------------------------------------------------------------
# A small DOM built with html.parser, checking that tags nest.

VOID = {"meta", "input", "br", "link", "img", "hr"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, pred) -> list[Node]:
        return [n for n in self.iter() if pred(n)]

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.in_raw = False

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>: tags do not nest"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html: str) -> Node:
    b = _Builder()
    b.feed(html)
    b.close()
    assert b.cur is b.root, f"unclosed <{b.cur.tag}>"
    return b.root


def article_of(doc: Node) -> Node:
    (main,) = doc.find_all(lambda n: n.attrs.get("id") == "article")
    return main


def article_text(doc: Node) -> str:
    """The article's text as rendered: the <main> content minus the template's whitespace."""
    main = article_of(doc)
    paras = [c for c in main.children if isinstance(c, Node)]
    return "".join(p.text() for p in paras)


def quote_elems(doc: Node, qid: str | None = None) -> list[Node]:
    return article_of(doc).find_all(
        lambda n: "q" in n.classes and (qid is None or n.attrs.get("data-quote-id") == qid)
    )


# --------------------------------------------------------------------------------------------
# Unit tests


def test_gold_fixture_follows_the_output_contract():
    jsonschema = pytest.importorskip("jsonschema")
    from quotex.schema import json_schema

    result, text = gold_result()
    jsonschema.validate(result, json_schema())
    for q in result["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_seed_page_keeps_the_text_and_marks_every_quote():
    result, text = gold_result()
    doc = parse(render_html(result, text))
    assert article_text(doc) == text
    actors = {a["id"]: a for a in result["actors"]}
    for q in result["quotes"]:
        parts = quote_elems(doc, q["id"])
        assert parts, q["id"]
        firsts = [p for p in parts if p.attrs.get("id") == f"quote-{q['id']}"]
        assert len(firsts) == 1
        for p in parts:
            assert p.attrs["data-kind"] == q["kind"]
            assert p.attrs["data-speaker-actor"] == q["speaker"]["actor"]
            assert p.attrs["data-speaker-name"] == actors[q["speaker"]["actor"]]["name"]
        own = [p for p in parts if not any(a in parts for a in p.ancestors())]
        assert "".join(p.text() for p in own) == q["text"]
    # Speaker mentions and cues name the quotes they serve.
    spk = article_of(doc).find_all(lambda n: "spk" in n.classes)
    served = {qid for n in spk for qid in n.attrs["data-spk-for"].split()}
    assert served == {q["id"] for q in result["quotes"]}
    putin = next(n for n in spk if n.attrs["data-spk-for"] == "q2 q3")
    assert putin.text() == "W. Putin" and putin.attrs["data-actor"] == "a2"
    cues = article_of(doc).find_all(lambda n: "cue" in n.classes)
    assert {qid for n in cues for qid in n.attrs["data-cue-for"].split()} == {
        q["id"] for q in result["quotes"] if q["cue"]
    }


def test_seed_page_side_panel_and_dates():
    result, text = gold_result()
    html = render_html(result, text, title="Putin & Trump")
    doc = parse(html)
    (title,) = doc.find_all(lambda n: n.tag == "title")
    assert title.text().startswith("Putin & Trump")
    boxes = doc.find_all(lambda n: "actor" in n.classes and n.attrs.get("data-actor-key"))
    by_key = {b.attrs["data-actor-key"]: b for b in boxes}
    assert set(by_key) == {a["id"] for a in result["actors"]}
    putin = by_key["a2"]
    assert "Wladimir Putin" in putin.text() and "russischer Präsident" in putin.text()
    links = putin.find_all(lambda n: n.tag == "a")
    assert [a.attrs["href"] for a in links] == ["#quote-q2", "#quote-q3", "#quote-q4", "#quote-q5"]
    assert "4 quotes" in putin.text()
    dates = article_of(doc).find_all(lambda n: "date" in n.classes)
    assert [(d.text(), d.attrs["title"]) for d in dates][:2] == [
        ("Am 8. November", "2024-11-08 (day)"),
        ("am 7. Januar", "unresolved"),
    ]
    ents = article_of(doc).find_all(lambda n: "ent" in n.classes)
    assert {e.attrs["data-label"] for e in ents} == {"PER", "ORG", "LOC", "MISC"} & {
        e["label"] for e in result["entities"]
    }
    # Distinct speakers get distinct colours; a colour is the same wherever the actor appears.
    styles = {b.attrs["data-actor-key"]: b.attrs["style"] for b in boxes}
    assert len(set(styles.values())) == len(styles)
    for n in article_of(doc).find_all(lambda n: "spk" in n.classes):
        assert n.attrs["style"] == styles[n.attrs["data-actor"]]
    for n in quote_elems(doc):
        assert n.attrs["style"] == styles[n.attrs["data-speaker-actor"]]
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    ids = [n.attrs["id"] for n in doc.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    assert "@media print" in html


def test_rendering_is_deterministic():
    result, text = gold_result()
    assert render_html(result, text) == render_html(result, text)


def test_article_text_is_escaped():
    text = 'Er sagte: <script>alert("x")</script> & "mehr" <b>fett</b>\nZweite & letzte Zeile.'
    s = text.index("<script>")
    result = empty_result(
        quotes=[
            quote(
                "q1",
                s,
                text.index("</b>") + 4,
                text,
                speaker={
                    "text": "Er",
                    "start": 0,
                    "end": 2,
                    "name": '<img src=x onerror="alert(1)">',
                    "actor": None,
                    "label": "PER",
                },
            )
        ],
        entities=[
            {
                "id": "e1",
                "text": "<b>",
                "start": text.index("<b>"),
                "end": text.index("<b>") + 3,
                "label": "MISC",
                "actor": None,
            }
        ],
    )
    html = render_html(result, text, title="<i>T</i>")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;mehr&#34;" in html
    assert "<b>" not in html and "<img" not in html and "<i>T</i>" not in html
    assert "Zweite &amp; letzte" in html
    doc = parse(html)
    assert article_text(doc) == text
    (q,) = quote_elems(doc)
    assert q.attrs["data-speaker-name"] == '<img src=x onerror="alert(1)">'
    # The only <script> is the page's own.
    assert len(doc.find_all(lambda n: n.tag == "script")) == 1


def test_paragraphs_follow_line_breaks():
    text = "Erster Absatz.\nZweiter Absatz.\r\n\r\nDritter.\n"
    doc = parse(render_html(empty_result(), text))
    paras = [c for c in article_of(doc).children if isinstance(c, Node)]
    assert [p.tag for p in paras] == ["p", "p", "p"]
    assert [p.text().strip() for p in paras] == ["Erster Absatz.", "Zweiter Absatz.", "Dritter."]
    assert article_text(doc) == text


def test_overlapping_spans_nest_and_split():
    #       0         1         2         3         4
    #       0123456789012345678901234567890123456789012345
    text = "Anna Berg sagte, die Stadt Bonn sei schön.\nJa."
    spk = {
        "text": "Anna Berg",
        "start": 0,
        "end": 9,
        "name": "Anna Berg",
        "actor": "a1",
        "label": "PER",
    }
    result = empty_result(
        actors=[
            {
                "id": "a1",
                "name": "Anna Berg",
                "label": "PER",
                "aliases": [],
                "roles": [],
                "mentions": [[0, 9]],
            }
        ],
        quotes=[
            # crosses the entity "Stadt Bonn" (starts inside it) and the paragraph break
            quote(
                "q1",
                27,
                46,
                text,
                kind="indirect",
                speaker=spk,
                cue={"text": "sagte", "start": 10, "end": 15, "lemma": "sagen"},
            ),
            # a quote inside the speaker mention's extent ... and crossing it
            quote("q2", 5, 12, text, kind="mixed", speaker=spk),
        ],
        entities=[
            {"id": "e1", "text": "Anna Berg", "start": 0, "end": 9, "label": "PER", "actor": "a1"},
            {
                "id": "e2",
                "text": "Stadt Bonn",
                "start": 21,
                "end": 31,
                "label": "LOC",
                "actor": None,
            },
        ],
        dates=[{"text": "Bonn sei", "start": 27, "end": 35, "value": None, "granularity": None}],
    )
    doc = parse(render_html(result, text))  # parse() asserts that every tag closes its opener
    assert article_text(doc) == text
    q1 = quote_elems(doc, "q1")
    assert len(q1) == 2  # split at the paragraph break
    assert [p.text() for p in q1] == ["Bonn sei schön.\n", "Ja."]
    assert [p.attrs.get("id") for p in q1] == ["quote-q1", None]
    assert "q-first" in q1[0].classes and "q-last" in q1[1].classes
    assert all(p.parent.tag == "p" for p in q1)
    # The entity crossing the quote's start is split; its second half sits inside the quote.
    e2 = article_of(doc).find_all(lambda n: n.attrs.get("data-entity-id") == "e2")
    assert [e.text() for e in e2] == ["Stadt ", "Bonn"]
    assert any(a is q1[0] for a in e2[1].ancestors())
    # Speaker mention [0,9) crossed by q2 [5,12): the quote is outer, the mention split.
    q2 = quote_elems(doc, "q2")
    assert "".join(p.text() for p in q2) == text[5:12]
    spk_parts = article_of(doc).find_all(lambda n: "spk" in n.classes)
    assert "".join(s.text() for s in spk_parts) == "Anna Berg"
    for s in spk_parts:
        assert set(s.attrs["data-spk-for"].split()) == {"q1", "q2"}
    # The date nests inside the quote; it is split where the entity it crosses ends.
    dates = article_of(doc).find_all(lambda n: "date" in n.classes)
    assert [d.text() for d in dates] == ["Bonn", " sei"]
    assert all(q1[0] in d.ancestors() for d in dates)
    assert e2[1] in dates[0].ancestors()


def test_crossing_quotes_keep_one_id_each():
    text = "abcdefghijklmnopqrstuvwxyz"
    result = empty_result(quotes=[quote("q1", 0, 10, text), quote("q2", 5, 15, text)])
    html = render_html(result, text)
    doc = parse(html)
    assert article_text(doc) == text
    for qid, span in (("q1", text[0:10]), ("q2", text[5:15])):
        parts = quote_elems(doc, qid)
        assert html.count(f'id="quote-{qid}"') == 1
        assert sum("q-first" in p.classes for p in parts) == 1
        # Text of a quote = its parts' own text, counting nested parts of itself only once.
        own = [p for p in parts if not any(a in parts for a in p.ancestors())]
        assert "".join(p.text() for p in own) == span


def test_empty_result_and_empty_text():
    doc = parse(render_html(empty_result(), "Nur Text, keine Zitate."))
    assert article_text(doc) == "Nur Text, keine Zitate."
    assert quote_elems(doc) == []
    assert "No quotes found." in doc.text()
    doc = parse(render_html(empty_result(), ""))
    assert "(empty article text)" in doc.text()
    # A result with missing optional parts still renders.
    doc = parse(
        render_html({"quotes": [{"id": "q1", "start": 0, "end": 3, "kind": "direct"}]}, "abc")
    )
    (q,) = quote_elems(doc)
    assert q.attrs["data-speaker-actor"] == "" and q.attrs["data-speaker-name"] == ""


def test_bad_offsets_are_reported_not_fatal():
    text = "Kurz."
    result = empty_result(
        quotes=[quote("q1", 0, 5, text), {**quote("q2", 0, 4, text), "end": 99}],
        entities=[
            {"id": "e1", "text": "Lang", "start": 0, "end": 4, "label": "PER", "actor": None}
        ],
    )
    html = render_html(result, text)
    doc = parse(html)
    assert article_text(doc) == text
    assert [q.attrs["data-quote-id"] for q in quote_elems(doc)] == ["q1"]
    assert "2 span(s) do not fit the text" in html
    assert "&#39;Lang&#39;" in html  # the mismatching entity is listed


def test_speaker_actor_missing_from_actors_is_kept():
    text = "Max sagte, es regne."
    spk = {"text": "Max", "start": 0, "end": 3, "name": "Max", "actor": "a9", "label": "PER"}
    doc = parse(render_html(empty_result(quotes=[quote("q1", 11, 19, text, speaker=spk)]), text))
    (q,) = quote_elems(doc)
    assert q.attrs["data-speaker-actor"] == "a9" and q.attrs["data-speaker-name"] == "Max"
    boxes = doc.find_all(lambda n: n.attrs.get("data-actor-key") == "a9")
    assert len(boxes) == 1 and "Max" in boxes[0].text()


def test_many_spans_render_fast():
    words = ["Wort"] * 20000
    text = " ".join(words)
    ents = []
    for i in range(0, 20000, 2):
        s = i * 5
        ents.append(
            {
                "id": f"e{i}",
                "text": "Wort",
                "start": s,
                "end": s + 4,
                "label": "MISC",
                "actor": None,
            }
        )
    quotes = [quote(f"q{i}", i * 50, i * 50 + 23, text) for i in range(2000)]
    t0 = time.perf_counter()
    html = render_html(empty_result(entities=ents, quotes=quotes), text)
    assert time.perf_counter() - t0 < 10
    assert html.count('id="quote-q') == 2000


def test_render_index():
    html = render_index(
        [
            {"href": "a.html", "title": "Artikel <A> & B", "n_quotes": 3, "n_actors": 2},
            {"href": "b.html", "id": "b", "n_quotes": 0, "n_actors": 0},
            {"id": "c.txt", "error": "undecodable bytes <x>"},
        ]
    )
    doc = parse(html)
    rows = doc.find_all(lambda n: n.tag == "tr" and n.parent.tag == "tbody")
    assert len(rows) == 3
    assert "Artikel &lt;A&gt; &amp; B" in html and "<A>" not in html
    links = doc.find_all(lambda n: n.tag == "a")
    assert [a.attrs["href"] for a in links] == ["a.html", "b.html"]
    assert "err" in rows[2].attrs["class"] and "undecodable bytes <x>" in rows[2].text()
    assert "3 ok" not in html and "2 ok" in html
    assert "No articles." in render_index([])
    result, _ = gold_result()
    assert index_row(result, "x/seed.html") == {
        "href": "x/seed.html",
        "title": "putin-trump-dialog.txt",
        "n_quotes": 15,
        "n_actors": 5,
    }


def test_load_result_text(tmp_path):
    result, text = gold_result()
    assert load_result_text({**result, "text": "inline"}) == "inline"

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(text, encoding="utf-8")
    json_path = tmp_path / "sub" / "a.json"
    rel = {**result, "source": {"path": "a.txt", "url": None, "encoding": "utf-8"}}
    assert load_result_text(rel, json_path) == text
    absolute = {**result, "source": {"path": str(tmp_path / "sub" / "a.txt"), "url": None}}
    assert load_result_text(absolute) == text

    # A BOM is dropped, the recorded encoding is used, CRLF is kept unless offsets need LF.
    (tmp_path / "sub" / "l1.txt").write_bytes("\ufeffÄrger\r\nZwei".encode("utf-8"))
    r = empty_result(source={"path": "l1.txt", "url": None, "encoding": None})
    assert load_result_text(r, json_path) == "Ärger\r\nZwei"
    (tmp_path / "sub" / "cp.txt").write_bytes("Ärger\r\nZwei".encode("cp1252"))
    r = empty_result(
        source={"path": "cp.txt", "url": None, "encoding": "cp1252"},
        entities=[
            {"id": "e", "text": "Zwei", "start": 6, "end": 10, "label": "MISC", "actor": None}
        ],
    )
    assert load_result_text(r, json_path) == "Ärger\nZwei"

    with pytest.raises(ValueError, match="neither 'text' nor 'source.path'"):
        load_result_text(empty_result())
    with pytest.raises(ValueError, match="cannot read the article text") as exc:
        load_result_text({**result, "source": {"path": "missing.txt", "url": None}}, json_path)
    assert "\n" not in str(exc.value)


def pipeline_result(text: str, source_path: str | None = None) -> tuple[dict, str]:
    """Real `quotex.extract` output for `text`: the bundled model if it is there, else the
    rule-based quotex pipes on a blank German pipeline. Skips while the pipeline can't run."""
    import spacy

    import quotex

    if not hasattr(quotex, "extract"):
        pytest.skip("quotex.extract is not available yet")
    try:
        from quotex.model import ModelError
    except ImportError:  # pragma: no cover
        ModelError = OSError  # noqa: N806
    try:
        try:
            res = quotex.extract(text, source_path=source_path)
            how = "bundled model"
        except ModelError:
            nlp = quotex.add_quotex_pipes(spacy.blank("de"))
            res = quotex.extract(text, nlp=nlp, source_path=source_path)
            how = "blank German pipeline + quotex pipes"
    except Exception as exc:  # the pipeline is someone else's work in progress
        pytest.skip(f"quotex.extract failed ({type(exc).__name__}: {exc})")
    result = res.to_dict()
    result["model"]["name"] += f" ({how})"
    return result, text


def check_page_against_result(doc: Node, result: dict, text: str) -> None:
    assert article_text(doc) == text
    for q in result["quotes"]:
        parts = quote_elems(doc, q["id"])
        assert parts, q["id"]
        own = [p for p in parts if not any(a in parts for a in p.ancestors())]
        assert "".join(p.text() for p in own) == text[q["start"] : q["end"]]
        sp = q["speaker"] or {}
        for p in parts:
            assert p.attrs["data-kind"] == q["kind"]
            assert p.attrs["data-speaker-actor"] == (sp.get("actor") or "")


@pytest.mark.slow
def test_real_pipeline_output_renders():
    jsonschema = pytest.importorskip("jsonschema")
    from quotex.schema import json_schema

    path = EXAMPLES / "putin-trump-dialog.txt"
    result, text = pipeline_result(path.read_text(encoding="utf-8"), str(path))
    jsonschema.validate(result, json_schema())
    html = render_html(result, text)
    check_page_against_result(parse(html), result, text)
    assert "do not fit the text" not in html
    assert load_result_text(result) == text  # source.path is absolute here


# --------------------------------------------------------------------------------------------
# Headless Chromium

CHROMIUM = os.environ.get("QUOTEX_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("QUOTEX_CHROMEDRIVER", "/usr/bin/chromedriver")


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} missing (apt-get install chromium chromium-driver)"
    if not Path(CHROMEDRIVER).exists():
        return f"{CHROMEDRIVER} missing (apt-get install chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install selenium)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="quotex-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _full_page_png(driver, path: Path) -> None:
    height = driver.execute_script(
        "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"
    )
    driver.set_window_size(1400, min(max(int(height) + 40, 600), 6000))
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))


@pytest.mark.browser
def test_seed_page_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    result, text = gold_result()
    page = tmp_path / "render-seed.html"
    page.write_text(render_html(result, text, title="Putin und Trump: Gipfel möglich"), "utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return document.documentElement.dataset.ready") == "1"
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []

    actors = {a["id"]: a for a in result["actors"]}
    for q in result["quotes"]:
        els = browser.find_elements(By.CSS_SELECTOR, f'.q[data-quote-id="{q["id"]}"]')
        assert els, q["id"]
        assert {e.get_attribute("data-speaker-actor") for e in els} == {q["speaker"]["actor"]}
        name = actors[q["speaker"]["actor"]]["name"]
        assert {e.get_attribute("data-speaker-name") for e in els} == {name}
        assert els[0].get_attribute("id") == f"quote-{q['id']}"
        # The speaker label is drawn by CSS (::before) from data-badge.
        badge = browser.execute_script(
            "return getComputedStyle(arguments[0], '::before').content", els[0]
        )
        assert name in badge
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(page, ARTIFACTS / "render-seed.html")
    _full_page_png(browser, ARTIFACTS / "render-seed.png")

    # Hovering q2 highlights all its parts, its speaker mention ("W. Putin", shared with q3),
    # its cue, and its speaker's box in the side panel.
    q2 = browser.find_element(By.ID, "quote-q2")
    ActionChains(browser).move_to_element(q2).perform()
    lit = browser.execute_script(
        "return Array.from(document.querySelectorAll('#article .hl'))"
        ".map(e => [e.className, e.textContent])"
    )
    assert ["spk hl", "W. Putin"] in lit
    assert ["cue hl", "sagte"] in lit
    assert "hl" in q2.get_attribute("class").split()
    assert not any("q3" in (c + t) for c, t in lit if c.startswith("q "))
    active = browser.execute_script(
        "return Array.from(document.querySelectorAll('#panel .actor.active'))"
        ".map(e => e.dataset.actorKey)"
    )
    assert active == ["a2"]
    _full_page_png(browser, ARTIFACTS / "render-seed-hover.png")

    # Hovering a date shows its ISO value (CSS tooltip; the title attribute carries it too).
    date = browser.find_element(By.CSS_SELECTOR, '.date[data-value="2024-11-08"]')
    ActionChains(browser).move_to_element(date).perform()
    tip = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", date)
    assert "2024-11-08" in tip and date.get_attribute("title").startswith("2024-11-08")

    # Clicking a quote in the side panel scrolls to it.
    browser.set_window_size(1400, 700)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.find_element(By.CSS_SELECTOR, '#panel a[data-goto="q14"]').click()
    time.sleep(1.0)
    top = browser.execute_script(
        "return document.getElementById('quote-q14').getBoundingClientRect().top"
    )
    assert 0 <= top < 700
    assert browser.execute_script("return location.hash") == "#quote-q14"

    # Print layout (fresh page, pointer parked on the heading): panel after the article, no
    # toggles; a PDF of it too.
    browser.get(page.as_uri())
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert (
        browser.execute_script(
            "return getComputedStyle(document.querySelector('.toggles')).display"
        )
        == "none"
    )
    _full_page_png(browser, ARTIFACTS / "render-seed-print.png")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    (ARTIFACTS / "render-seed.pdf").write_bytes(base64.b64decode(pdf["data"]))

    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []


@pytest.mark.browser
def test_index_page_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    result, text = gold_result()
    (tmp_path / "seed.html").write_text(render_html(result, text), "utf-8")
    index = tmp_path / "index.html"
    index.write_text(
        render_index(
            [
                {"href": "seed.html", "title": "Seed", "n_quotes": 15, "n_actors": 5},
                {"id": "broken.txt", "error": "binary data, not a text file"},
            ]
        ),
        "utf-8",
    )
    browser.get(index.as_uri())
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    browser.find_element(By.LINK_TEXT, "Seed").click()
    assert browser.execute_script("return document.documentElement.dataset.ready") == "1"
    assert len(browser.find_elements(By.CSS_SELECTOR, ".q.q-first")) == 15


@pytest.mark.browser
@pytest.mark.slow
def test_pipeline_page_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    path = EXAMPLES / "putin-trump-dialog.txt"
    result, text = pipeline_result(path.read_text(encoding="utf-8"), str(path))
    page = tmp_path / "render-seed-pipeline.html"
    page.write_text(render_html(result, text), "utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return document.documentElement.dataset.ready") == "1"
    for q in result["quotes"]:
        els = browser.find_elements(By.CSS_SELECTOR, f'.q[data-quote-id="{q["id"]}"]')
        assert els, q["id"]
        want = ((q["speaker"] or {}).get("actor")) or ""
        assert {e.get_attribute("data-speaker-actor") for e in els} == {want}
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(page, ARTIFACTS / "render-seed-pipeline.html")
    _full_page_png(browser, ARTIFACTS / "render-seed-pipeline.png")
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")] == []
