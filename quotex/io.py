"""Reading article files: decoding with a clear story for every failure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """A document that cannot be read as text; the message is one line, fit for users."""

    def __init__(self, source: str, reason: str, kind: str = "input") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean the file is not a text article."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(8, len(sample) // 50)


def decode_bytes(data: bytes, source: str = "<bytes>") -> DecodedText:
    """UTF-8 first (with or without BOM); otherwise the encoding charset-normalizer detects."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise InputError(source, "binary data, not a text file", "binary")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            source, "undecodable bytes: not UTF-8 and no known encoding fits", "decode"
        )
    if best.encoding in _SINGLE_BYTE_LATIN:
        # Short German texts fit several Latin code pages equally well; the Western European
        # one is by far the likeliest for German news (ä ö ü ß agree, „ “ – do too).
        try:
            return DecodedText(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    return DecodedText(str(best), best.encoding)


_SINGLE_BYTE_LATIN = frozenset(
    "cp1250 cp1252 cp1257 latin_1 iso8859_1 iso8859_2 iso8859_15 iso8859_9 cp1254 mac_roman".split()
)


def read_text(path: str | Path) -> DecodedText:
    """Read one article file; raise InputError with a one-line reason on any failure."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file", "missing")
    if p.is_dir():
        raise InputError(name, "is a directory, not a file", "directory")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}", "unreadable") from exc
    return decode_bytes(data, name)
