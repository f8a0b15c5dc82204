"""Person names the statistical model missed, where the context leaves no doubt.

The bundled model is small and misses unfamiliar, mostly foreign names ("der Fraktionschef
der Wahren Finnen, Sampo Terho, sagte …"). Five contexts make a person name near-certain:

1. a comma apposition after a phrase headed by a role noun: "der Fraktionschef der Wahren
   Finnen, Sampo Terho," — two or three capitalised words between the commas;
2. a role noun right before two or three capitalised words: "Ko-Autor Nopphol Witvorapong";
3. a known first name before a word that the model tags as a person where it stands alone
   elsewhere in the article: "Sampo Terho … sagte Terho" (a first name before any capitalised
   word is too weak: "die Urkunde Magna Carta", "die Stadt Marat Numan");
4. a lone surname right after a role noun, before a verb or punctuation mark: "Der
   Tourismusberater Prodinger geht …" (without a common-noun ending);
5. a known first name (capitalised, not a date's month) before a proper noun the article
   uses alone at least twice more and never after an article: "Der Weltranglisten-19.
   Dominic Thiem hat …", later "bekommt es Thiem …", "postete Thiem".

Each name of the first three rules is two or three words that the model left untagged (or,
after a role noun and with a known first name, tagged as an organisation:
"EU-Justizkommissarin Vera Jourova"; in a comma apposition after a role phrase, with its
first word alone tagged as a place: "der AU-Sondergesandte für Burundi, Ibrahima/LOC Fall,"),
none of them a known place or organisation, a role, a
title or a word from a closed class. One pass over the tokens, a bounded window at each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

import numpy
from spacy.symbols import PROPN, X
from spacy.tokens import Doc, Span, Token

from .grammar import (
    DETERMINERS,
    closed_class,
    date_tokens,
    honorifics,
    is_finite,
    is_role_noun,
    org_descriptors,
    sentence_of,
)
from .resources import lexicon, lexicon_table

# The tagger often calls a foreign surname a noun ("Sampo"/PROPN "Terho"/NOUN); a name's
# first word must be a proper noun or foreign word.
_FIRST_POS = frozenset({"PROPN", "X"})
_NAME_POS = frozenset({"PROPN", "X", "NOUN"})
# The words of the phrase a comma apposition follows: "der Fraktionschef der Wahren Finnen".
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "X", "NUM", "ADP"})
_PHRASE_WINDOW = 8
_AFTER_APPOSITION = frozenset({",", ".", "(", ";", ":", "!", "?"})
_OPENING_QUOTES = frozenset({'"', "„", "»", "«", "“", "'", "‚"})
MIN_WORDS, MAX_WORDS = 2, 3
# Entity labels a name after a role noun keeps: persons, and places ("Botschafter Israel").
_NOT_RELABELLED = frozenset({"PER", "PERSON", "LOC", "GPE"})

# Rules, as named in firing counts and tests.
APPOSITION, AFTER_ROLE, FIRST_NAME, RELABELLED = "apposition", "after-role", "first-name", "org"


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words that open or continue no person's name (lower-case)."""
    words = {w.lower() for w in lexicon("not_name_words")}
    words |= {row[0].lower() for row in lexicon_table("weekdays")}
    words |= {row[0].lower() for row in lexicon_table("months")}
    return frozenset(words)


@cache
def _role_lookalikes() -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon("role_lookalikes"))


def _role_word(text: str) -> bool:
    """A role noun that may stand before a name: "Außenminister", not "Lautsprecher"."""
    return is_role_noun(text) and not text.lower().endswith(_role_lookalikes())


def _name_word(tok: Token, any_pos: bool = False) -> bool:
    """A capitalised word that may be part of a person's name: "Sampo", "Jean-Claude".
    With `any_pos`, whatever the tagger says (it calls "Vuk" of "Vuk Jeremic" a determiner)."""
    text = tok.text
    if len(text) < 2 or not text[0].isupper() or not (any_pos or tok.pos_ in _NAME_POS):
        return False
    if not all(part.isalpha() for part in text.split("-")) or text.isupper():
        return False  # "EU", "ÖVP", "G20": acronyms and numbers are no names
    low = tok.lower_
    if low in month_first_names() and tok.i not in date_tokens(tok.doc):
        return True  # "August Gächter" (but "im August", "8. August" are dates)
    return not (
        low in closed_class()
        or low in honorifics()
        or low in org_descriptors()
        or low in _not_name_words()
        or is_role_noun(text)
    )


@cache
def month_first_names() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("month_first_names"))


def _name_run(doc: Doc, i: int, free: list[bool]) -> int:
    """End of a name of 2–3 free name words from token i with no further name word after
    it, else i. Three words ending in a common noun are two ("Richter Pernell Harris
    Botschaften von Gott")."""
    if doc[i].pos_ not in _FIRST_POS:
        return i
    j = i
    while j < len(doc) and j - i <= MAX_WORDS and free[j] and _name_word(doc[j]):
        j += 1
    if j - i == MAX_WORDS and doc[j - 1].pos_ == "NOUN":
        return i + 2
    if not MIN_WORDS <= j - i <= MAX_WORDS:
        return i
    return j


def _starts_sentence(doc: Doc, i: int) -> bool:
    """Sentence-initial (a sentence of the rule layer), also after an opening quotation
    mark: capitals tell nothing there."""
    start = sentence_of(doc[i]).start
    return start == i or start == i - 1 and doc[i - 1].text in _OPENING_QUOTES


def _after_role_phrase(doc: Doc, comma: int) -> bool:
    """The comma closes a phrase headed by a role noun after its article or adjective:
    "der Fraktionschef der Wahren Finnen,", "der Sprecher von Greenpeace,"."""
    sent_start = sentence_of(doc[comma]).start
    k = comma - 1
    while k >= max(sent_start, comma - _PHRASE_WINDOW) and doc[k].pos_ in _PHRASE_POS:
        if _role_word(doc[k].text):
            return k > sent_start and doc[k - 1].pos_ in ("DET", "ADJ")
        k -= 1
    return False


def find_missed_persons(
    doc: Doc,
    ents: list[Span],
    known: set[tuple[int, int]],
    is_first_name: Callable[[str], bool],
) -> list[tuple[Span, str]]:
    """Person names the model missed, each with the rule that found it; an organisation it
    should have called a person comes back relabelled. `known` holds the token ranges of
    lexicon names (never relabelled); `is_first_name` tells a known first name."""
    n = len(doc)
    if n < 3:
        return []
    owner: list[Span | None] = [None] * n
    for ent in ents:
        for k in range(ent.start, ent.end):
            owner[k] = ent
    free = [o is None for o in owner]
    lone_persons = {e[0].lower_ for e in ents if e.label_ in ("PER", "PERSON") and len(e) == 1}

    def first_name(tok: Token) -> bool:
        return tok.pos_ in _FIRST_POS and is_first_name(tok.text)

    # Every rule starts at a proper noun or foreign word the model left untagged, or at an
    # entity the model tagged (the tag array picks them; the rules run only there).
    pos = doc.to_array("POS")
    starts = numpy.isin(pos, (PROPN, X))
    starts[[e.start for e in ents if e.label_ not in _NOT_RELABELLED]] = True
    found: list[tuple[Span, str]] = []
    done = 1  # tokens before this one are decided
    for i in numpy.nonzero(starts[1:])[0].tolist():
        i += 1
        if i < done:
            continue
        prev, ent = doc[i - 1], owner[i]
        end, rule = i, ""
        if (
            ent is None
            # (each rule below needs one of these; the sentence lookup comes last)
            and (
                prev.text == ","
                or _role_word(prev.text)
                or i + 1 < n
                and doc[i + 1].lower_ in lone_persons
            )
            and not _starts_sentence(doc, i)
        ):
            if prev.text == "," and _after_role_phrase(doc, i - 1):
                end, rule = _name_run(doc, i, free), APPOSITION
                if end < n and doc[end].text not in _AFTER_APPOSITION:
                    end = i
            if end == i and _role_word(prev.text):
                end, rule = _name_run(doc, i, free), AFTER_ROLE
            if (
                end == i
                and i + 1 < n
                and doc[i + 1].lower_ in lone_persons
                and not _name_word(prev)
                and first_name(doc[i])
            ):
                end, rule = _name_run(doc, i, free), FIRST_NAME
                if end != i + 2:
                    end = i
        elif (
            ent is not None
            and ent.start == i
            # (a place only when its surname is a person elsewhere: "Klemens Horvath" LOC
            # beside "Horvath" PER)
            and (
                ent.label_ not in _NOT_RELABELLED
                or ent.label_ in ("LOC", "GPE")
                and ent[-1].lower_ in lone_persons
            )
            and (ent.start, ent.end) not in known
            and MIN_WORDS <= len(ent) <= MAX_WORDS
            # (after a role word, or its surname is tagged a person elsewhere: "Dominic
            # Thiem/ORG setzte …" beside "Thiem/PER")
            and (_role_word(prev.text) or ent[-1].lower_ in lone_persons)
            and is_first_name(doc[i].text)
            and all(_name_word(t, any_pos=True) for t in ent)
        ):
            end, rule = ent.end, RELABELLED
        elif (
            ent is not None
            and ent.start == i
            and len(ent) == 1
            and ent.label_ in ("LOC", "GPE")
            and (ent.start, ent.end) not in known
            and prev.text == ","
            and i + 1 < n
            and free[i + 1]
            and _after_role_phrase(doc, i - 1)
        ):
            # "der AU-Sondergesandte für Burundi, Ibrahima/LOC Fall, sagte …": the model took
            # an unfamiliar first name for a place; the apposition after a role makes it a
            # person with the word after it.
            free[i] = True
            end = _name_run(doc, i, free)
            free[i] = False
            if end < n and doc[end].text in _AFTER_APPOSITION and _name_word(doc[i], any_pos=True):
                rule = RELABELLED
            else:
                end = i
        if end > i:
            found.append((Span(doc, i, end, label="PER"), rule))
            for k in range(i, end):
                free[k] = False
            done = end
    found += _surnames_after_roles(doc, free)
    found += _first_name_pairs(doc, free, is_first_name)
    return found


# Words before a first name that make the pair a place or a thing: "in Maria Saal".
_PLACE_PREPOSITIONS = frozenset("in im nach aus von vom bei zur zum".split())


def bare_words(texts: list[str], least: int = 3) -> tuple[set[str], set[str]]:
    """Capitalised words seen at least `least` times (from the second token on) and never
    after an article, as a recurring surname is ("Thiem", "Schaden"); and the words seen after
    an article."""
    alone: Counter[str] = Counter()
    with_article: set[str] = set()
    for k in range(1, len(texts)):
        w = texts[k]
        if w[:1].isupper() and w.isalpha() and not w.isupper():
            alone[w] += 1
            if texts[k - 1].lower() in DETERMINERS:
                with_article.add(w)
    return {w for w, n in alone.items() if n >= least and w not in with_article}, with_article


def _first_name_pairs(
    doc: Doc, free: list[bool], is_first_name: Callable[[str], bool]
) -> list[tuple[Span, str]]:
    """ "Der Weltranglisten-19. Dominic Thiem hat …" untagged, with "Thiem" alone three times
    later: a known first name before a capitalised word the article uses alone at least twice
    more, never after an article ("die Magna Carta", "der Carta"), is a person. Two passes
    over the tokens."""
    texts = [t.text for t in doc]
    recurring, with_article = bare_words(texts)
    if not recurring:
        return []
    closed = closed_class()
    found = []
    for i in range(1, len(texts) - 1):
        if texts[i + 1] not in recurring or texts[i] in with_article:
            continue
        first, last = doc[i], doc[i + 1]
        if (
            not (free[i] and free[i + 1])
            or not first.is_alpha
            or not first.text[:1].isupper()
            or last.pos_ not in _FIRST_POS
            or first.lower_ in closed
            or first.lower_ in month_first_names()
            or i in date_tokens(doc)  # ("am 17. April Khol")
            or _name_word(doc[i - 1])
            or doc[i - 1].lower_ in _PLACE_PREPOSITIONS
            or not is_first_name(first.text)
        ):
            continue
        if i + 2 < len(doc) and _name_word(doc[i + 2]):
            continue  # (two words only)
        if last.lower_ in _not_name_words() or last.lower_ in closed:
            continue
        found.append((Span(doc, i, i + 2, label="PER"), FIRST_NAME))
        free[i] = free[i + 1] = False
    return found


# Endings of German common nouns, never of a surname standing alone after a role noun
# ("dem Justizminister Einmischung vorwerfen").
_NOUN_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "sion",
    "tät",
    "nis",
    "ismus",
    "ment",
    "kunft",
    "nahme",
    "ik",
    "ur",
    "ei",
    "chen",
    "lein",
    "ten",
    "en",
    "e",
)


def _surnames_after_roles(doc: Doc, free: list[bool]) -> list[tuple[Span, str]]:
    """A lone surname right after a role noun, before a verb or a punctuation mark: "Der
    Tourismusberater Prodinger geht davon aus", "sagt der Arbeitsmarktexperte Gächter."
    The tagger often calls such a surname a common noun."""
    found = []
    for k in range(1, len(doc) - 2):
        j = k + 1
        tok = doc[j]
        if not (free[j] and _role_word(doc[k].text) and _name_word(tok)):
            continue
        nxt = doc[j + 1]
        if not (nxt.text in (".", ",", ";", ":", "(") or is_finite(nxt)):
            continue
        if len(tok) < 4 or tok.lower_.endswith(_NOUN_ENDINGS) or _starts_sentence(doc, j):
            continue
        if doc[k - 1].pos_ not in ("DET", "ADJ") and not _starts_sentence(doc, k):
            continue  # "der Tourismusberater Prodinger", "Ex-Nationaltorwart Demirel ist …"
        found.append((Span(doc, j, j + 1, label="PER"), AFTER_ROLE))
        free[j] = False
    return found


def add_missed_persons(
    doc: Doc,
    ents: list[Span],
    known: set[tuple[int, int]],
    is_first_name: Callable[[str], bool],
) -> list[Span]:
    """`ents` with the names of `find_missed_persons` added (relabelled organisations
    replaced), sorted by start."""
    found = find_missed_persons(doc, ents, known, is_first_name)
    if not found:
        return ents
    # A relabelled entity starts where its person does (and may end earlier: a place the
    # model ended too early, "Ibrahima/LOC Fall", becomes one person).
    replaced = {s.start for s, rule in found if rule == RELABELLED}
    # The same name tagged as an organisation elsewhere is that person too.
    names = {s.text for s, _ in found}
    out = []
    for e in ents:
        if e.start in replaced:
            continue
        if e.label_ not in ("PER", "PERSON") and e.text in names and (e.start, e.end) not in known:
            e = Span(doc, e.start, e.end, label="PER")
        out.append(e)
    out += [s for s, _ in found]
    out.sort(key=lambda e: e.start)
    return out
