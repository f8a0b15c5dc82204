"""Reading articles: encodings, binary data and missing files give one-line errors."""

import pytest

from quotex.io import InputError, decode_bytes, read_text


def test_utf8_with_bom_is_stripped():
    assert decode_bytes("\ufeffPutin sagte".encode()).text == "Putin sagte"


def test_latin1_is_detected():
    text = "Der Außenminister erklärte, die Lage sei schwierig. Übermorgen wird verhandelt."
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding != "utf-8"


def test_binary_is_rejected():
    with pytest.raises(InputError) as info:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "bild.png")
    assert info.value.kind == "binary"
    assert str(info.value).startswith("bild.png: binary")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "fehlt.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_crlf_is_kept_so_offsets_match_the_input(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Zeile eins\r\nZeile zwei")
    assert read_text(path).text == "Zeile eins\r\nZeile zwei"
