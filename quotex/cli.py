"""Command line: a thin shell over the library. Errors are one line, never a traceback."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__

app = typer.Typer(
    help="Who said what in German news: quotes, speakers, entities and dates as JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

EXIT_INPUT = 2

# Options shared by the commands that run the pipeline.
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy package name or pipeline folder (default: bundled)."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Reference date YYYY-MM-DD for relative and year-less dates."),
]


def fail(message: str, code: int = EXIT_INPUT) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """quotex finds quoted statements in German news and attaches them to their speakers."""


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--date {value!r} is not a date in the form YYYY-MM-DD")
    return None


def load_nlp(model: str | None):
    from .model import ModelError
    from .pipeline import load

    try:
        return load(model)
    except ModelError as exc:
        fail(str(exc))


def read_input(path: str) -> tuple[str, str | None, str | None]:
    """(text, path or None for stdin, encoding)."""
    from .io import InputError, decode_bytes, read_text

    try:
        if path == "-":
            decoded = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
            return decoded.text, None, decoded.encoding
        decoded = read_text(path)
    except InputError as exc:
        fail(str(exc))
    if decoded.encoding != "utf-8":
        err.print(f"note: {path} is not UTF-8, read as {decoded.encoding}", highlight=False)
    return decoded.text, path, decoded.encoding


def write_output(data: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(data + "\n")
        return
    try:
        output.write_text(data + "\n", encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Article file(s), folder(s), or - for standard input.", show_default=False
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of standard output.")
    ] = None,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON.")] = False,
    model: ModelOption = None,
    date: DateOption = None,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Include the article text in the JSON.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", help="Batch: worker processes (default: CPU cores)."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Batch: skip ids already in -o FILE, append the rest.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Batch: no progress bar and summary.")
    ] = False,
    text_field: Annotated[
        str, typer.Option("--text-field", help="Batch: JSON field / CSV column of the text.")
    ] = "text",
    id_field: Annotated[
        str | None, typer.Option("--id-field", help="Batch: JSON field / CSV column of the id.")
    ] = None,
    csv_delimiter: Annotated[
        str, typer.Option("--csv-delimiter", help="Batch: CSV delimiter.")
    ] = ",",
    csv_quotechar: Annotated[
        str, typer.Option("--csv-quotechar", help="Batch: CSV quote character.")
    ] = '"',
    csv_header: Annotated[
        bool,
        typer.Option(
            "--csv-header/--csv-no-header",
            help="Batch: CSV files start with a header row (else give columns by 0-based number).",
        ),
    ] = True,
    max_chars: Annotated[
        int, typer.Option("--max-chars", help="Batch: longer documents get an error record.")
    ] = 1_000_000,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help="Batch, 2+ workers: seconds per document (0: none)."),
    ] = 300.0,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="Batch: jsonl (one line per document) or html (-o OUTDIR: a page per "
            "article, index.html and results.jsonl).",
        ),
    ] = "jsonl",
) -> None:
    """Extract quotes, speakers, entities and dates from one German article as JSON.

    Several inputs, a folder (walked recursively), a glob, or a JSONL/JSON/CSV file run as a
    batch: one JSON line per document, {"id": ..., **result} or {"id": ..., "error": ...}.
    Exit code 0: all documents done, 1: some failed, 2: usage or input error.
    """
    reference = parse_date(date)
    from .batch import is_batch_request

    if fmt not in ("jsonl", "html"):
        fail(f"--format {fmt!r}: choose jsonl or html")
    if is_batch_request(inputs, resume) or fmt == "html":
        from .batch import BatchUsageError, cli_batch

        try:
            code = cli_batch(
                inputs, output=output, model=model, reference_date=reference, workers=workers,
                resume=resume, quiet=quiet, text_field=text_field, id_field=id_field,
                csv_delimiter=csv_delimiter, csv_quotechar=csv_quotechar, csv_header=csv_header,
                max_chars=max_chars, with_text=with_text, pretty=pretty, timeout=timeout,
                fmt=fmt,
            )  # fmt: skip
        except BatchUsageError as exc:
            fail(str(exc))
        raise typer.Exit(code)
    text, path, encoding = read_input(inputs[0])
    nlp = load_nlp(model)
    from .pipeline import process, result_from_doc

    doc = process(nlp, text, reference)
    result = result_from_doc(doc, nlp, source_path=path, encoding=encoding)
    data = result.to_dict()
    if with_text:
        data["text"] = text
    import json

    write_output(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None), output)


@app.command()
def render(
    input: Annotated[
        str,
        typer.Argument(help="An article (.txt) to extract, or a result .json of extract."),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file (default: INPUT.html).")
    ] = None,
    model: ModelOption = None,
    date: DateOption = None,
) -> None:
    """Write a self-contained HTML page showing who said what in one article."""
    import json

    from .render import load_result_text, render_html

    reference = parse_date(date)
    in_path = Path(input)
    if in_path.suffix.lower() == ".json":
        try:
            result = json.loads(in_path.read_text(encoding="utf-8"))
            text = load_result_text(result, in_path)
        except FileNotFoundError:
            fail(f"{input}: no such file")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            fail(f"{input}: not a readable quotex result: {exc}")
        except ValueError as exc:
            fail(f"{input}: {exc}")
    else:
        text, path, encoding = read_input(input)
        nlp = load_nlp(model)
        from .pipeline import process, result_from_doc

        doc = process(nlp, text, reference)
        result = result_from_doc(doc, nlp, source_path=path, encoding=encoding).to_dict()
    target = output or in_path.with_suffix(".html")
    write_output(render_html(result, text), target)
    err.print(f"wrote {target}", highlight=False)
