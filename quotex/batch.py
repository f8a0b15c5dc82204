"""Batch runs: many documents (folders, globs, JSONL/JSON/CSV files) to one JSONL file.

Design, in short:

* Inputs are read lazily (``os.scandir`` generators, entries sorted per directory; records
  streamed line by line), so a folder of a million files is never listed with its text.
* Documents go in chunks to worker processes (forkserver, else spawn); each worker loads the
  model once in its initializer and runs :func:`quotex.pipeline.process_many` over a chunk.
  At most ``2 * workers`` chunks are in flight; results are written in input order.
  With one worker everything runs in-process.
* A bad document never stops the run: it gets ``{"id": ..., "error": {"type", "message"}}``
  on its line. A crashed (or, past ``--timeout``, hung) worker is replaced and the documents
  it may have held are redone one by one, so only the document that crashes it again is
  reported (``worker_crash`` / ``timeout``). Error types: ``binary``, ``decode``, ``missing``,
  ``unreadable``, ``too_large``, ``bad_record``, ``processing``, ``worker_crash``, ``timeout``.
* Every output line is written whole with one ``write`` and flushed; ``resume=True`` reads the
  ids already in the output, truncates a half-written last line, and appends the rest.
* Ctrl-C stops after the current line; everything written so far stays intact.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
CSV_SUFFIXES = (".csv", ".tsv")
RECORD_SUFFIXES = JSONL_SUFFIXES + JSON_SUFFIXES + CSV_SUFFIXES
GLOB_CHARS = frozenset("*?[")
DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_BATCH_SIZE = 32
DEFAULT_TIMEOUT = 300.0  # seconds per document (several workers only)
# A chunk (one task for a worker) holds at most batch_size documents and this many characters
# (smaller with several workers, so that they finish together at the end of a run).
CHUNK_CHARS = 250_000
CHUNK_CHARS_PARALLEL = 50_000
SHOWN_FAILURES = 10

ModelSpec = str | os.PathLike[str] | Callable[[], Any] | None


class BatchUsageError(Exception):
    """The batch cannot start (bad options, missing inputs, model not loadable): exit 2."""


class ModelLoadFailed(Exception):
    """Raised in a worker whose model did not load; the run stops with exit 2."""


# ---------------------------------------------------------------------------------------------
# Documents: what the readers yield
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One document: its id and text, or the error that kept it from being read."""

    id: str
    text: str | None = None
    path: str | None = None
    encoding: str | None = None
    error: dict[str, str] | None = None


@dataclass
class ReadOptions:
    text_field: str = "text"
    id_field: str | None = None
    csv_delimiter: str = ","
    csv_quotechar: str = '"'
    csv_header: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    # os.stat() identity of files never to read (the output file itself).
    exclude: frozenset[tuple[int, int]] = frozenset()


def _err(kind: str, message: str) -> dict[str, str]:
    return {"type": kind, "message": message}


def _is_glob(arg: str) -> bool:
    return bool(GLOB_CHARS & set(arg)) and not os.path.exists(arg)


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def is_batch_request(inputs: list[str], resume: bool = False) -> bool:
    """True when `quotex extract` should run as a batch: several inputs, a folder, a glob,
    a JSONL/JSON/CSV file, or --resume."""
    if resume or len(inputs) != 1:
        return True
    arg = inputs[0]
    if arg == "-":
        return False
    return os.path.isdir(arg) or _is_glob(arg) or _suffix(arg) in RECORD_SUFFIXES


def _walk(top: str, exclude: frozenset[tuple[int, int]]) -> Iterator[tuple[str, Item | None]]:
    """Files under `top`, depth first, names sorted per directory; hidden entries skipped.
    Only (name, is-folder) pairs of one directory are held at a time, never file contents."""
    try:
        with os.scandir(top) as it:
            entries = sorted(
                (e.name, e.is_dir(follow_symlinks=False)) for e in it if not e.name.startswith(".")
            )
    except OSError as exc:
        yield top, Item(top, path=top, error=_err("unreadable", f"{top}: {exc.strerror or exc}"))
        return
    for name, is_dir in entries:
        path = os.path.join(top, name)
        if is_dir:
            yield from _walk(path, exclude)
        elif os.path.isfile(path) and not _excluded(path, exclude):
            yield path, None


def expand_inputs(inputs: Iterable[str], opts: ReadOptions) -> Iterator[tuple[str, Item | None]]:
    """(file path, error item or None) for every input file, lazily, in a deterministic order."""
    for arg in inputs:
        if os.path.isdir(arg):
            yield from _walk(arg, opts.exclude)
        elif _is_glob(arg):
            for match in sorted(glob.iglob(arg, recursive=True)):
                if os.path.isdir(match):
                    yield from _walk(match, opts.exclude)
                elif os.path.isfile(match) and not _excluded(match, opts.exclude):
                    yield match, None
        else:
            yield arg, None


def _excluded(path: str, exclude: frozenset[tuple[int, int]]) -> bool:
    if not exclude:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) in exclude


def check_inputs(inputs: list[str], opts: ReadOptions) -> None:
    """Fail early (usage error) on inputs that do not exist, empty globs, and CSV files whose
    header lacks the text column."""
    if not inputs:
        raise BatchUsageError("no inputs given")
    for arg in inputs:
        if arg == "-":
            raise BatchUsageError("standard input (-) cannot be mixed with other inputs")
        if os.path.isdir(arg):
            continue
        if _is_glob(arg):
            if next(glob.iglob(arg, recursive=True), None) is None:
                raise BatchUsageError(f"{arg}: no file matches this pattern")
            continue
        if not os.path.exists(arg):
            raise BatchUsageError(f"{arg}: no such file or folder")
        if _suffix(arg) in CSV_SUFFIXES:
            _check_csv(arg, opts)


def _csv_dialect(path: str, opts: ReadOptions) -> dict[str, Any]:
    delimiter = opts.csv_delimiter
    if _suffix(path) == ".tsv" and delimiter == ",":
        delimiter = "\t"
    return {"delimiter": delimiter, "quotechar": opts.csv_quotechar}


def _column(spec: str, header: list[str] | None, what: str, path: str) -> int:
    if header is not None and spec in header:
        return header.index(spec)
    if spec.isdigit():
        return int(spec)
    if header is None:
        raise BatchUsageError(
            f"{path}: {what} {spec!r} must be a column number (0-based) when the CSV file "
            "has no header row (--csv-no-header)"
        )
    shown = ", ".join(repr(h[:30]) for h in header[:8])
    raise BatchUsageError(
        f"{path}: no column {spec!r} in the header row ({shown}); pass {what} NAME, or a "
        "0-based column number with --csv-no-header if the file has no header"
    )


def _check_csv(path: str, opts: ReadOptions) -> None:
    if opts.csv_header:
        try:
            with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
                header = next(csv.reader(f, **_csv_dialect(path, opts)), [])
        except OSError:
            return  # reported per document later
        _column(opts.text_field, header, "--text-field", path)
        if opts.id_field:
            _column(opts.id_field, header, "--id-field", path)
    else:
        _column(opts.text_field, None, "--text-field", path)
        if opts.id_field:
            _column(opts.id_field, None, "--id-field", path)


def _decode_line(raw: bytes) -> tuple[str, str]:
    """UTF-8, else Windows-1252 (the usual non-UTF-8 German encoding; never fails)."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return raw.decode("latin-1"), "latin-1"


def _too_large(doc_id: str, n: int, opts: ReadOptions) -> dict[str, str]:
    return _err(
        "too_large", f"{doc_id}: {n:,} characters, more than --max-chars {opts.max_chars:,}"
    )


def _record_item(record: Any, doc_id: str, path: str, encoding: str, opts: ReadOptions) -> Item:
    if not isinstance(record, dict):
        return Item(doc_id, path=path, error=_err("bad_record", f"{doc_id}: not a JSON object"))
    if opts.id_field and record.get(opts.id_field) not in (None, ""):
        doc_id = str(record[opts.id_field])
    text = record.get(opts.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return Item(
            doc_id,
            path=path,
            error=_err("bad_record", f"{doc_id}: field {opts.text_field!r} {what}"),
        )
    if len(text) > opts.max_chars:
        return Item(doc_id, path=path, error=_too_large(doc_id, len(text), opts))
    return Item(doc_id, text=text, path=path, encoding=encoding)


def _read_jsonl(path: str, opts: ReadOptions) -> Iterator[Item]:
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            doc_id = f"{path}:{lineno}"
            line, encoding = _decode_line(raw)
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Item(
                    doc_id, path=path, error=_err("bad_record", f"{doc_id}: bad JSON: {exc}")
                )
                continue
            yield _record_item(record, doc_id, path, encoding, opts)


def _read_json(path: str, opts: ReadOptions) -> Iterator[Item]:
    """A JSON file: one object, an array of objects, or (misnamed) JSON Lines."""
    with open(path, "rb") as f:
        raw = f.read()
    text, encoding = _decode_line(raw.removeprefix(b"\xef\xbb\xbf"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from _read_jsonl(path, opts)
            return
        yield Item(path, path=path, error=_err("bad_record", f"{path}: bad JSON: {exc}"))
        return
    if isinstance(data, list):
        for n, record in enumerate(data, 1):
            yield _record_item(record, f"{path}:{n}", path, encoding, opts)
    else:
        yield _record_item(data, path, path, encoding, opts)


class _LineDecoder:
    """Feeds csv.reader decoded lines and remembers whether any needed the fallback."""

    def __init__(self, f) -> None:
        self.f = f
        self.encoding = "utf-8"
        self.first = True

    def __iter__(self) -> Iterator[str]:
        for raw in self.f:
            if self.first:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                self.first = False
            line, enc = _decode_line(raw)
            if enc != "utf-8":
                self.encoding = enc
            yield line


def _read_csv(path: str, opts: ReadOptions) -> Iterator[Item]:
    csv.field_size_limit(2**31 - 1)  # long articles are reported as too_large, not as bad CSV
    with open(path, "rb") as f:
        lines = _LineDecoder(f)
        reader = csv.reader(lines, **_csv_dialect(path, opts))
        header = None
        if opts.csv_header:
            header = next(reader, None)
            if header is None:
                return
        try:
            text_col = _column(opts.text_field, header, "--text-field", path)
            id_col = _column(opts.id_field, header, "--id-field", path) if opts.id_field else None
        except BatchUsageError as exc:
            yield Item(path, path=path, error=_err("bad_record", str(exc)))
            return
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                n += 1
                doc_id = f"{path}:{n}"
                yield Item(doc_id, path=path, error=_err("bad_record", f"{doc_id}: {exc}"))
                continue
            if not row:
                continue
            n += 1
            doc_id = f"{path}:{n}"
            if id_col is not None and id_col < len(row) and row[id_col]:
                doc_id = row[id_col]
            if text_col >= len(row):
                yield Item(
                    doc_id,
                    path=path,
                    error=_err("bad_record", f"{doc_id}: row has no column {text_col}"),
                )
                continue
            text = row[text_col]
            if len(text) > opts.max_chars:
                yield Item(doc_id, path=path, error=_too_large(doc_id, len(text), opts))
                continue
            yield Item(doc_id, text=text, path=path, encoding=lines.encoding)


def _read_text_file(path: str, opts: ReadOptions) -> Item:
    from .io import InputError, read_text

    try:
        size = os.stat(path).st_size
    except OSError as exc:
        kind = "missing" if isinstance(exc, FileNotFoundError) else "unreadable"
        return Item(path, path=path, error=_err(kind, f"{path}: {exc.strerror or exc}"))
    if size > opts.max_chars * 4 + 3:  # more bytes than max_chars characters can take
        message = f"{path}: {size:,} bytes, more than --max-chars {opts.max_chars:,} chars"
        return Item(path, path=path, error=_err("too_large", message))
    try:
        decoded = read_text(path)
    except InputError as exc:
        return Item(path, path=path, error=_err(exc.kind, str(exc)))
    if len(decoded.text) > opts.max_chars:
        return Item(path, path=path, error=_too_large(path, len(decoded.text), opts))
    return Item(path, text=decoded.text, path=path, encoding=decoded.encoding)


def _file_items(path: str, opts: ReadOptions) -> Iterator[Item]:
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, opts)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(path, opts)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(path, opts)
        else:
            yield _read_text_file(path, opts)
    except OSError as exc:
        kind = "missing" if isinstance(exc, FileNotFoundError) else "unreadable"
        yield Item(path, path=path, error=_err(kind, f"{path}: {exc.strerror or exc}"))


def iter_documents(
    inputs: Iterable[str],
    opts: ReadOptions | None = None,
    skip: set[str] | frozenset[str] = frozenset(),
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Item]:
    """Every document of the inputs, lazily, in order; ids in `skip` are not read at all."""
    opts = opts or ReadOptions()
    for path, error in expand_inputs(inputs, opts):
        if error is not None:
            if error.id in skip:
                on_skip and on_skip(error.id)
            else:
                yield error
            continue
        if _suffix(path) not in RECORD_SUFFIXES and path in skip:
            on_skip and on_skip(path)  # a text file: its id is its path, no need to read it
            continue
        for item in _file_items(path, opts):
            if item.id in skip:
                on_skip and on_skip(item.id)
            else:
                yield item


def count_documents(
    inputs: Iterable[str], opts: ReadOptions, skip: set[str] | frozenset[str] = frozenset()
) -> int:
    """How many documents there are to do (text files are counted without being read)."""
    n = 0
    for path, error in expand_inputs(inputs, opts):
        if error is not None or _suffix(path) not in RECORD_SUFFIXES:
            n += (error.id if error else path) not in skip
            continue
        for item in _file_items(path, opts):
            n += item.id not in skip
    return n


# ---------------------------------------------------------------------------------------------
# Workers
# ---------------------------------------------------------------------------------------------

_W: dict[str, Any] = {}


def make_nlp(model: ModelSpec):
    """A quotex pipeline from a model name/path (None: bundled) or a zero-argument factory."""
    if callable(model):
        from .pipeline import add_quotex_pipes

        return add_quotex_pipes(model())
    from .pipeline import load

    return load(model)


def _parent_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover
        return True
    try:  # a killed parent not yet reaped by its own parent is a zombie: gone for us
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return True


def _watch_parent(pid: int) -> None:
    """Workers hang off the forkserver, not the main process: if the main process is killed
    (SIGKILL, OOM), nothing would stop them, so they watch it themselves."""
    while _parent_alive(pid):
        time.sleep(1.0)
    os._exit(1)


def check_model(model: ModelSpec) -> None:
    """Cheap checks before any output is touched: the model folder or package exists."""
    if callable(model):
        return
    import spacy.util

    from .model import resolve_model_name

    name = resolve_model_name(model)
    path = Path(name).expanduser()
    if path.exists() or os.sep in name or name.startswith("."):
        if not (path / "config.cfg").exists():
            what = "does not exist" if not path.exists() else "is no spaCy pipeline folder"
            raise BatchUsageError(f"model {name!r} {what} (no config.cfg)")
    elif not spacy.util.is_package(name):
        raise BatchUsageError(f"spaCy model {name!r} is not installed")


def _init_worker(model: ModelSpec, settings: dict[str, Any], in_process: bool = False) -> None:
    if not in_process:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
        parent = settings.get("parent_pid")
        if parent:
            threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _W.clear()
    _W.update(settings)
    start = time.perf_counter()
    try:
        _W["nlp"] = make_nlp(model)
    except Exception as exc:  # reported on the first chunk; an initializer must not raise
        _W["load_error"] = f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc)
    _W["load_seconds"] = time.perf_counter() - start


def _usage() -> tuple[float, float]:
    """(peak RSS in MB, CPU seconds) of this process."""
    try:
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
    except ImportError:  # pragma: no cover
        return 0.0, time.process_time()
    rss = ru.ru_maxrss / 1024 if sys.platform != "darwin" else ru.ru_maxrss / 1024 / 1024
    return rss, ru.ru_utime + ru.ru_stime


@dataclass(slots=True)
class Line:
    """One output line and what it counts for."""

    text: str
    id: str
    quotes: int = 0
    entities: int = 0
    words: int = 0
    error: dict[str, str] | None = None


def error_line(item_id: str, error: dict[str, str]) -> Line:
    data = {"id": item_id, "error": error}
    return Line(json.dumps(data, ensure_ascii=False), item_id, error=error)


def _result_line(item: Item, doc, nlp, with_text: bool) -> Line:
    from .pipeline import result_from_doc

    data = result_from_doc(doc, nlp, source_path=item.path, encoding=item.encoding).to_dict()
    if with_text:
        data["text"] = item.text
    words = len(item.text.split()) if item.text else 0
    return Line(
        json.dumps({"id": item.id, **data}, ensure_ascii=False),
        item.id,
        quotes=len(data.get("quotes") or ()),
        entities=len(data.get("entities") or ()),
        words=words,
    )


def _processing_error(item: Item, exc: BaseException) -> Line:
    message = f"{item.id}: {type(exc).__name__}: {exc}".rstrip(": ")
    return error_line(item.id, _err("processing", message.splitlines()[0] if message else ""))


def run_chunk(
    nlp, items: list[Item], reference_date, batch_size: int, with_text: bool
) -> list[Line]:
    """Process a chunk in one batched model run; if anything fails, redo it document by
    document so that only the failing documents get error lines."""
    from .pipeline import process, process_many

    try:
        docs = process_many(nlp, [it.text or "" for it in items], reference_date, batch_size)
        return [_result_line(it, doc, nlp, with_text) for it, doc in zip(items, docs, strict=True)]
    except Exception:
        pass
    lines = []
    for it in items:
        try:
            lines.append(
                _result_line(it, process(nlp, it.text or "", reference_date), nlp, with_text)
            )
        except Exception as exc:
            lines.append(_processing_error(it, exc))
    return lines


def _process_chunk(items: list[Item]) -> dict[str, Any]:
    if "load_error" in _W:
        raise ModelLoadFailed(_W["load_error"])
    lines = run_chunk(_W["nlp"], items, _W["reference_date"], _W["batch_size"], _W["with_text"])
    rss, cpu = _usage()
    return {
        "lines": lines,
        "pid": os.getpid(),
        "rss_mb": rss,
        "cpu_s": cpu,
        "load_seconds": _W["load_seconds"],
    }


class _InlineExecutor:
    """The one-worker case: the same interface as the pool, run in this process."""

    def __init__(self, model: ModelSpec, settings: dict[str, Any]) -> None:
        _init_worker(model, settings, in_process=True)

    def submit(self, fn, *args) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            fut.set_exception(exc)
        return fut

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        _W.clear()

    def kill(self) -> None:
        _W.clear()


def _mp_context():
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        # Workers fork from a server that has already imported spaCy and quotex.
        ctx.set_forkserver_preload(["quotex.pipeline"])
        return ctx
    return mp.get_context("spawn")


class _PoolExecutor:
    def __init__(self, model: ModelSpec, settings: dict[str, Any], workers: int) -> None:
        # One BLAS/OpenMP thread per worker: the workers are the parallelism.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        self.args = (model, settings, workers)
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        model, settings, workers = self.args
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_mp_context(),
            initializer=_init_worker,
            initargs=(model, settings),
        )

    def submit(self, fn, *args) -> Future:
        return self.pool.submit(fn, *args)

    def restart(self) -> None:
        self.kill()
        self.pool = self._new()

    def kill(self) -> None:
        procs = list((getattr(self.pool, "_processes", None) or {}).values())
        for p in procs:
            try:
                p.terminate()
            except Exception:  # pragma: no cover
                pass
        try:
            self.pool.shutdown(wait=True, cancel_futures=True)
        except Exception:  # pragma: no cover
            pass
        for p in procs:
            p.join(timeout=5)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def _read_done_ids(path: str) -> tuple[set[str], int, int]:
    """Ids on complete lines of an earlier output, the offset to continue at (a half-written
    last line is cut off there), and how many bytes that cut drops."""
    decoder = json.JSONDecoder()
    done: set[str] = set()
    good_end = 0
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            line = raw.decode("utf-8", errors="replace")
            doc_id = None
            if line.startswith('{"id": "'):
                try:
                    doc_id, _ = decoder.raw_decode(line, 7)
                except ValueError:
                    doc_id = None
            if not isinstance(doc_id, str):
                try:
                    doc_id = json.loads(line).get("id")
                except (ValueError, AttributeError):
                    doc_id = None
            if isinstance(doc_id, str):
                done.add(doc_id)
        size = os.fstat(f.fileno()).st_size
    return done, good_end, size - good_end


class Sink:
    """Where output lines go. JSONL is built in; `--format html` (quotex.render) can plug in
    here by implementing `write` and `close` (the line's JSON text is passed whole)."""

    def write(self, line: Line) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        pass


class JsonlSink(Sink):
    """One line per document, each written with a single write() and flushed at once."""

    def __init__(self, path: str | os.PathLike[str] | None, resume: bool = False) -> None:
        self.done: set[str] = set()
        self.truncated = 0
        self.path = None if path is None or str(path) == "-" else os.fspath(path)
        if self.path is None:
            self.fd = None
            self.stream = getattr(sys.stdout, "buffer", None)
            self.own = False
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        if resume and os.path.exists(self.path):
            self.done, good_end, self.truncated = _read_done_ids(self.path)
            if self.truncated:
                os.truncate(self.path, good_end)
        else:
            flags |= os.O_TRUNC
        try:
            self.fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            raise BatchUsageError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
        self.own = True

    def identity(self) -> frozenset[tuple[int, int]]:
        if not self.own:
            return frozenset()
        st = os.fstat(self.fd)
        return frozenset({(st.st_dev, st.st_ino)})

    def write(self, line: Line) -> None:
        if self.fd is None:  # standard output
            if self.stream is not None:
                self.stream.write((line.text + "\n").encode("utf-8"))
                self.stream.flush()
            else:
                sys.stdout.write(line.text + "\n")
                sys.stdout.flush()
            return
        data = (line.text + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def close(self) -> None:
        if self.own:
            os.close(self.fd)


# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------


@dataclass
class BatchStats:
    documents: int = 0  # written this run (results and errors)
    failed: int = 0
    skipped: int = 0  # already in the output (resume)
    quotes: int = 0
    entities: int = 0
    words: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    truncated_bytes: int = 0  # half-written last line dropped on resume
    # pid: peak RSS MB, CPU seconds so far (cumulative, process lifetime), model load seconds
    workers: dict[int, dict[str, float]] = field(default_factory=dict)
    failures: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # the first few

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failed else 0


@dataclass
class _Pending:
    items: list[Item]
    future: Future | None
    lines: list[Line] | None = None


class _Done(Future):
    def __init__(self, value) -> None:
        super().__init__()
        self.set_result(value)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover
        return max(1, os.cpu_count() or 1)


class _Progress:
    """Rich progress on stderr: done/total, docs/s, words/s, elapsed, ETA."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task) -> Text:
                elapsed = task.elapsed or 0.0
                if elapsed <= 0:
                    return Text("")
                docs = task.completed / elapsed
                words = task.fields.get("words", 0) / elapsed
                return Text(
                    f"{docs:,.1f} docs/s {words:,.0f} words/s",
                    style="progress.data.speed",
                    no_wrap=True,
                )

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("documents", total=None, words=0)
        self.progress.start()

    def set_total(self, total: int) -> None:
        if self.progress:
            self.progress.update(self.task, total=total)

    def advance(self, docs: int, words: int, skipped: int) -> None:
        if self.progress:
            task = self.progress.tasks[0]
            desc = f"documents ({skipped:,} skipped)" if skipped else "documents"
            self.progress.update(
                self.task,
                advance=docs,
                words=task.fields.get("words", 0) + words,
                description=desc,
            )

    def stop(self) -> None:
        if self.progress:
            self.progress.stop()


def _skipping(
    documents: Iterable[Item], skip: set[str], on_skip: Callable[[str], None]
) -> Iterator[Item]:
    for item in documents:
        if item.id in skip:
            on_skip(item.id)
        else:
            yield item


def _chunks(items: Iterator[Item], size: int, max_chars: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text or "")
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def run_batch(
    inputs: list[str] | None = None,
    output: str | os.PathLike[str] | None = None,
    *,
    documents: Iterable[Item] | None = None,
    model: ModelSpec = None,
    workers: int | None = None,
    resume: bool = False,
    reference_date=None,
    read_options: ReadOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    with_text: bool = False,
    progress: bool = False,
    sink: Sink | None = None,
    on_line: Callable[[Line], None] | None = None,
    doc_timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchStats:
    """Process every document of `inputs` (files, folders, globs) or of `documents` (Items)
    and write one JSON line per document to `output` (None: standard output).

    `model` is a spaCy package name or pipeline folder (None: the bundled model), or a
    picklable zero-argument function returning a spaCy Language (quotex's components are
    added when missing). With `workers` > 1 each worker process loads it once, and a
    document still running after `doc_timeout` seconds gets a "timeout" error (its worker is
    replaced); with one worker everything runs in this process, without a timeout.
    """
    opts = read_options or ReadOptions()
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise BatchUsageError(f"--workers must be at least 1, not {workers}")
    if documents is None and inputs is None:
        raise BatchUsageError("no inputs given")
    if documents is None:
        check_inputs(list(inputs), opts)
    if resume and (output is None or str(output) == "-") and sink is None:
        raise BatchUsageError("--resume needs an output file (-o FILE)")
    check_model(model)
    own_sink = sink is None
    sink = sink or JsonlSink(output, resume=resume)
    stats = BatchStats(truncated_bytes=getattr(sink, "truncated", 0))
    done_ids: set[str] = getattr(sink, "done", set())
    if isinstance(sink, JsonlSink):
        opts.exclude = opts.exclude | sink.identity()
    start = time.perf_counter()

    def on_skip(_id: str) -> None:
        stats.skipped += 1

    if documents is None:
        items: Iterator[Item] = iter_documents(inputs, opts, done_ids, on_skip)
    else:
        items = _skipping(documents, done_ids, on_skip)

    bar = _Progress(progress)
    if progress and inputs is not None and documents is None:

        def count() -> None:
            try:
                bar.set_total(count_documents(inputs, opts, frozenset(done_ids)))
            except Exception:  # the total is a nicety
                pass

        threading.Thread(target=count, name="quotex-count", daemon=True).start()
    elif progress and documents is not None and hasattr(documents, "__len__"):
        bar.set_total(len(documents))  # type: ignore[arg-type]

    settings = {
        "reference_date": reference_date,
        "batch_size": batch_size,
        "with_text": with_text,
        "parent_pid": os.getpid(),
    }
    stop = threading.Event()
    previous_handler = None
    if threading.current_thread() is threading.main_thread():

        def on_sigint(signum, frame) -> None:
            if stop.is_set():  # a second Ctrl-C: stop hard
                raise KeyboardInterrupt
            stop.set()

        previous_handler = signal.signal(signal.SIGINT, on_sigint)

    executor: _InlineExecutor | _PoolExecutor | None = None
    pending: deque[_Pending] = deque()
    in_flight_max = max(2, workers * 2)

    def write(lines: list[Line]) -> None:
        words = 0
        for line in lines:
            sink.write(line)
            stats.documents += 1
            if line.error:
                stats.failed += 1
                if len(stats.failures) < SHOWN_FAILURES:
                    stats.failures.append((line.id, line.error))
            stats.quotes += line.quotes
            stats.entities += line.entities
            words += line.words
            if on_line is not None:
                on_line(line)
        stats.words += words
        bar.advance(len(lines), words, stats.skipped)

    def note_worker(res: dict[str, Any]) -> None:
        w = stats.workers.setdefault(
            res["pid"], {"rss_mb": 0.0, "cpu_s": 0.0, "load_s": res["load_seconds"]}
        )
        w["rss_mb"] = max(w["rss_mb"], res["rss_mb"])
        w["cpu_s"] = max(w["cpu_s"], res["cpu_s"])

    def submit(texts: list[Item]) -> Future | None:
        if not texts:
            return None
        try:
            return executor.submit(_process_chunk, texts)
        except BrokenProcessPool as exc:  # found out on the next drain
            fut: Future = Future()
            fut.set_exception(exc)
            return fut

    crashes: list[str] = []

    def isolate(entries: list[_Pending]) -> None:
        """After a crash: redo each document alone, so a crash again points at one of them."""
        assert isinstance(executor, _PoolExecutor)
        executor.restart()
        for entry in entries:
            fut = entry.future
            if fut is None or (fut.done() and not fut.cancelled() and fut.exception() is None):
                continue  # finished before the crash
            results: list[Line] = []
            for it in entry.items:
                if it.error is not None:
                    continue
                if stop.is_set():
                    raise _Stop
                fut = executor.submit(_process_chunk, [it])
                try:
                    res = _wait(fut)
                except _Timeout:
                    executor.restart()
                    message = f"{it.id}: not done after {doc_timeout:g} s (--timeout)"
                    results.append(error_line(it.id, _err("timeout", message)))
                    continue
                except BrokenProcessPool:
                    crashes.append(it.id)
                    if len(crashes) >= 3 and not stats.workers:
                        raise BatchUsageError(
                            "the worker processes die before finishing any document "
                            "(try --workers 1 to see why)"
                        ) from None
                    executor.restart()
                    results.append(
                        error_line(
                            it.id, _err("worker_crash", f"{it.id}: the worker process died on it")
                        )
                    )
                    continue
                note_worker(res)
                results.append(res["lines"][0])
            entry.future = _Done({"lines": results})

    def _wait(fut: Future, docs: int = 1) -> Any:
        deadline = time.monotonic() + doc_timeout * docs if doc_timeout and workers > 1 else None
        while True:
            if fut.done():
                return fut.result()
            if stop.is_set():
                raise _Stop
            if deadline is not None and time.monotonic() > deadline:
                raise _Timeout
            try:
                return fut.result(timeout=0.2)
            except TimeoutError:
                continue

    def drain_one() -> None:
        entry = pending[0]
        if entry.future is None:
            res = {"lines": []}
        else:
            try:
                res = _wait(entry.future, sum(it.error is None for it in entry.items))
            except (BrokenProcessPool, _Timeout):
                isolate(list(pending))
                res = entry.future.result()
            except ModelLoadFailed as exc:
                raise BatchUsageError(f"cannot load the model: {exc}") from None
            except _Stop:
                raise
            except Exception as exc:  # anything else from the pool: this chunk's documents fail
                res = {
                    "lines": [_processing_error(it, exc) for it in entry.items if it.error is None]
                }
        pending.popleft()
        if "pid" in res:
            note_worker(res)
        done = iter(res["lines"])
        lines = []
        for it in entry.items:
            if it.error is not None:
                lines.append(error_line(it.id, it.error))
            else:
                lines.append(next(done))
        write(lines)

    try:
        if workers == 1:
            executor = _InlineExecutor(model, settings)
            if "load_error" in _W:
                raise BatchUsageError(f"cannot load the model: {_W['load_error']}")
        else:
            executor = _PoolExecutor(model, settings, workers)
        chunk_chars = CHUNK_CHARS if workers == 1 else CHUNK_CHARS_PARALLEL
        for chunk in _chunks(items, batch_size, chunk_chars):
            if stop.is_set():
                raise _Stop
            pending.append(_Pending(chunk, submit([it for it in chunk if it.error is None])))
            while len(pending) >= in_flight_max or (workers == 1 and pending):
                drain_one()
        while pending:
            drain_one()
    except (_Stop, KeyboardInterrupt):
        stats.interrupted = True
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGINT, previous_handler)
        if executor is not None:
            if stats.interrupted or pending:
                executor.kill()
            else:
                executor.shutdown(wait=True)
        bar.stop()
        if own_sink:
            sink.close()
        stats.seconds = time.perf_counter() - start
    return stats


class _Stop(Exception):
    """Ctrl-C was pressed: stop after the line being written."""


class _Timeout(Exception):
    """A chunk (or, when isolating, a document) ran past its deadline."""


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def _unescape(value: str, what: str) -> str:
    value = {"tab": "\t", "\\t": "\t", "\\n": "\n"}.get(value, value)
    if len(value) != 1:
        raise BatchUsageError(f"{what} must be one character, not {value!r}")
    return value


def summary_text(stats: BatchStats) -> str:
    rate = stats.words / stats.seconds if stats.seconds else 0.0
    parts = [
        f"{stats.documents:,} documents",
        f"{stats.failed:,} failed",
        f"{stats.quotes:,} quotes",
        f"{stats.entities:,} entities",
    ]
    if stats.skipped:
        parts.insert(1, f"{stats.skipped:,} skipped (already done)")
    head = "interrupted: " if stats.interrupted else "done: "
    return head + ", ".join(parts) + f" in {stats.seconds:,.1f} s ({rate:,.0f} words/s)"


def cli_batch(
    inputs: list[str],
    *,
    output: str | os.PathLike[str] | None,
    model: str | None,
    reference_date,
    workers: int | None,
    resume: bool,
    quiet: bool,
    text_field: str,
    id_field: str | None,
    csv_delimiter: str,
    csv_quotechar: str,
    csv_header: bool,
    max_chars: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    with_text: bool = False,
    pretty: bool = False,
    fmt: str = "jsonl",
    timeout: float | None = DEFAULT_TIMEOUT,
) -> int:
    """`quotex extract` over many documents; returns the exit code (0, 1, 130) or raises
    BatchUsageError (exit 2)."""
    from rich.console import Console

    if fmt == "html":
        # One page per article and an index: run the batch into OUTDIR/results.jsonl (with
        # the texts, which the pages need), then render from that file.
        if output is None:
            raise BatchUsageError("--format html needs -o OUTDIR, the folder for the pages")
        out_dir = Path(output)
        if out_dir.exists() and not out_dir.is_dir():
            raise BatchUsageError(f"--format html: {out_dir} exists and is not a folder")
        out_dir.mkdir(parents=True, exist_ok=True)
        code = cli_batch(
            inputs, output=out_dir / "results.jsonl", model=model,
            reference_date=reference_date, workers=workers, resume=resume, quiet=quiet,
            text_field=text_field, id_field=id_field, csv_delimiter=csv_delimiter,
            csv_quotechar=csv_quotechar, csv_header=csv_header, max_chars=max_chars,
            batch_size=batch_size, with_text=True, timeout=timeout,
        )  # fmt: skip
        from .render import write_site

        index = write_site(out_dir / "results.jsonl", out_dir)
        if not quiet:
            Console(stderr=True).print(f"wrote {index}", highlight=False)
        return code
    if fmt != "jsonl":
        raise BatchUsageError(f"--format {fmt!r}: choose jsonl or html")
    if pretty:
        raise BatchUsageError("--pretty cannot be used for batch output (one JSON per line)")
    if max_chars < 1:
        raise BatchUsageError("--max-chars must be positive")
    if batch_size < 1:
        raise BatchUsageError("--batch-size must be positive")
    opts = ReadOptions(
        text_field=text_field,
        id_field=id_field,
        csv_delimiter=_unescape(csv_delimiter, "--csv-delimiter"),
        csv_quotechar=_unescape(csv_quotechar, "--csv-quotechar"),
        csv_header=csv_header,
        max_chars=max_chars,
    )
    err = Console(stderr=True)
    stats = run_batch(
        inputs,
        output,
        model=model,
        workers=workers,
        resume=resume,
        reference_date=reference_date,
        read_options=opts,
        batch_size=batch_size,
        with_text=with_text,
        # JSON lines on the same terminal would tear the bar apart
        progress=not quiet and not (output in (None, "-") and sys.stdout.isatty()),
        doc_timeout=timeout if timeout and timeout > 0 else None,
    )
    if not quiet:
        if stats.truncated_bytes:
            err.print(
                f"note: dropped a half-written last line ({stats.truncated_bytes} bytes); "
                "its document is redone",
                highlight=False,
            )
        for _doc_id, error in stats.failures:
            err.print(
                f"failed: {error['type']}: {error['message']}",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
        if stats.failed > len(stats.failures):
            err.print(
                f"… and {stats.failed - len(stats.failures):,} more failures", highlight=False
            )
        err.print(summary_text(stats), highlight=False, markup=False)
    return stats.exit_code
