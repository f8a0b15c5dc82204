"""quotex: who said what in German news — quotes, speakers, entities and dates."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quotex")
except PackageNotFoundError:  # running from a checkout
    __version__ = "0.1.0"

from . import serialization  # noqa: E402,F401  (doc._ results survive Doc.to_bytes)
from .pipeline import add_quotex_pipes, extract, load, process, result_from_doc  # noqa: E402
from .schema import ExtractionResult  # noqa: E402

__all__ = [
    "__version__",
    "ExtractionResult",
    "add_quotex_pipes",
    "extract",
    "load",
    "process",
    "result_from_doc",
]
