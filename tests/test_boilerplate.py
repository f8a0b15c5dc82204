"""Page furniture: captions, source lines, ads and comment counters."""

from quotex.boilerplate import find_boilerplate

ARTICLE = (
    "Der Kanzler sprach in Berlin.\n"
    "Olaf Scholz bei einer Pressekonferenz in Berlin. (Foto: dpa) |\n"
    "„Wir werden liefern“, sagte Scholz.\n"
    "[Anzeige_2]\n"
    "Quelle: https://example.org/politik/artikel-123.html\n"
    "Kommentar (0)"
)


def test_furniture_lines_are_found_with_their_kind():
    spans, _ = find_boilerplate(ARTICLE)
    found = {(ARTICLE[s.start : s.end], s.kind) for s in spans}
    assert ("Olaf Scholz bei einer Pressekonferenz in Berlin. (Foto: dpa) |", "caption") in found
    assert ("[Anzeige_2]", "ad") in found
    assert ("Kommentar (0)", "comments") in found
    assert len(spans) == 4


def test_source_url_is_taken_from_the_quelle_line():
    _, url = find_boilerplate(ARTICLE)
    assert url == "https://example.org/politik/artikel-123.html"


def test_article_lines_are_not_furniture():
    spans, url = find_boilerplate("„Wir werden liefern“, sagte Scholz.\nDas Foto zeigt ihn.")
    assert spans == []
    assert url is None
