"""Pairing quotation marks: every style, nesting, paragraphs, and unbalanced marks."""

from quotex.quotes import find_marked_spans


def contents(text):
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def test_german_low_high_marks():
    assert contents("„Wir sind bereit“, sagte er.") == ["Wir sind bereit"]


def test_guillemets_both_directions():
    assert contents("»Das ist falsch«, sagte sie.") == ["Das ist falsch"]
    assert contents("«Das ist falsch», sagte sie.") == ["Das ist falsch"]


def test_straight_quotes():
    assert contents('Er sagte: "Wir kommen morgen." Dann ging er.') == ["Wir kommen morgen."]


def test_nested_single_marks_stay_inside():
    text = "„Er nannte das ‚eine Zumutung‘, und ich stimme zu“, sagte sie."
    assert contents(text) == ["Er nannte das ‚eine Zumutung‘, und ich stimme zu"]


def test_same_marks_nested_inside_a_quote():
    text = "„Wir haben viele „Small-Business“-Namen erhalten“, sagte Edmon Chung. Dann „eins“."
    assert contents(text) == ["Wir haben viele „Small-Business“-Namen erhalten", "eins"]
    # (an unbalanced opener before a later pair stays unbalanced)
    text = "„Das ist nicht gut. Er sagt „nein“. Später „mehr“."
    assert contents(text) == ["nein", "mehr"]


def test_unbalanced_mark_does_not_swallow_the_article():
    text = "„Wir sind bereit, sagte er.\n" + "Weiterer Text ohne Zitat. " * 50 + "\nEnde."
    assert contents(text) == []


def test_unbalanced_then_balanced():
    text = "Der „Spiegel berichtete am Montag. „Wir kommen“, sagte sie."
    assert contents(text) == ["Wir kommen"]


def test_quote_reopened_in_next_paragraph_continues():
    text = "„Erster Absatz des Zitats.\n„Zweiter Absatz“, sagte er."
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Erster Absatz des Zitats.", "Zweiter Absatz"]
    assert [s.continues for s in spans] == [False, True]


def test_apostrophes_are_not_quotes():
    assert contents("Das ist Peter’s Auto und Gottes Segen.") == []


def test_tokenised_straight_quotes():
    text = 'Er sagte in einem Interview : " Es gibt viele schwarze Schafe " . Dann ging er .'
    assert contents(text) == [" Es gibt viele schwarze Schafe "]
