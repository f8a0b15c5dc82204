"""Speaker attribution: from a quote's frame to a mention, and from the mention to an actor.

The speaker is the subject of the cue verb (the object for verbs like "zitieren"), found by
the parse where it is plausible and by German word order where it is not. Pronouns go to the
last speaker or the most recent person outside quotes that fits in gender; descriptions such
as "der Kremlsprecher" go to the actor carrying that role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import (
    ActorRecord,
    EntityRecord,
    demonym_person,
    first_name_gender,
    nationality_nouns,
)
from .grammar import (
    CONJ_DEPS,
    DEMONSTRATIVES,
    FRAME_ADVERBS,
    OBJECT_DEPS,
    PASSIVE_AUX,
    SUBJECT_DEPS,
    TIME_NOUNS,
    clear_caches,
    closed_class,
    cue_candidates,
    date_tokens,
    is_finite,
    is_first_or_second_person,
    is_institution_noun,
    is_konjunktiv,
    is_role_noun,
    is_verb,
    media_endings,
    media_name_end,
    nominative_description,
    org_descriptors,
    prepositions,
    role_gender,
    sentence_of,
    sentences,
    text_of,
)
from .quotes import (
    DATELINE,
    DETERMINERS,
    GENITIVE_DETERMINERS,
    GENITIVE_OR_DATIVE,
    QuoteRecord,
    cue_at,
    focus_particles,
    join_interrupted,
    join_runs,
    name_starts,
    person_starts,
    set_quote_spans,
    source_noun_endings,
    statement_nouns,
)
from .resources import lexicon, lexicon_section

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X"})
_NP_PARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"})
_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})


_NOT_SOURCE_BEFORE = frozenset("zu zum zur gegenüber laut".split())


def _np_part(t: Token) -> bool:
    """Part of a noun phrase; a named entity counts whatever its (sometimes wrong) tag, a
    preposition never does ("Von/NOUN den Behörden …")."""
    if t.ent_type_ in _NAME_LABELS:
        return True
    if _preposition(t):
        return False
    if t.pos_ == "ADV":
        return _noun_tagged_adverb(t)
    return t.pos_ in _NP_PARTS or t.pos_ == "ADP"  # (ADP here: a noun mis-tagged, see below)


def _participle_attribute(doc: Doc, k: int) -> bool:
    """ "der börsennotierte/VERB Konzern": an inflected participle between an article and its
    noun is an attribute of the phrase, whatever its tag."""
    t = doc[k]
    return (
        t.pos_ == "VERB"
        and t.dep_ == "amod"
        and t.is_lower
        and t.lower_.endswith(("e", "en", "em", "er", "es"))
        and k > 0
        and doc[k - 1].lower_ in DETERMINERS
    )


def _noun_tagged_adverb(t: Token) -> bool:
    """ "Gegner des Gesetzes verweisen …" with "Gegner" tagged as an adverb: a capitalised
    word with a genitive attribute after it is a noun (no adverb takes one)."""
    doc = t.doc
    if not (
        t.is_alpha
        and t.text[:1].isupper()
        and t.lower_ not in _ADVERB_LIKE
        and t.lower_ not in FRAME_ADVERBS
        and t.i + 1 < len(doc)
    ):
        return False
    if t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("des", "der"):
        return doc[t.i + 2].pos_ in ("NOUN", "PROPN", "ADJ")
    # "Kritiker werfen …", "Nokta erscheint …": a capitalised word alone before the finite
    # verb at the start of a sentence, no adverb we know ("Natürlich", "-weise", "-end").
    return (
        sentence_of(t).start == t.i
        and (is_finite(doc[t.i + 1]) or doc[t.i + 1].pos_ in ("VERB", "AUX"))
        and t.lower_ not in closed_class()
        and not t.lower_.endswith(("weise", "end", "lich", "falls", "mals"))
    )


def _person_starts_at(doc: Doc, k: int, idx: _Index) -> bool:
    """A person's name starts at token k: a capitalised particle that opens a sentence ("Von
    der Leyen", "Zu Guttenberg") is no preposition there."""
    ent = idx.entity_at(doc[k].idx)
    return ent is not None and ent.label == "PER" and ent.start == doc[k].idx


def _preposition(t: Token) -> bool:
    """A preposition by its form (the tagger calls a sentence-initial "Von" a noun and a
    sentence-initial "Vertreter" a preposition); a capitalised word of another form tagged ADP
    is a noun."""
    if t.lower_ in prepositions():
        return True
    return t.pos_ == "ADP" and not (t.is_alpha and t.text[:1].isupper() and len(t) > 3)


def _adverbial_before_article(before: Token, t: Token) -> bool:
    """ "teilte später der Direktor mit": an article never follows an adjective or a
    lower-case word (the tagger calls "später" a noun) inside one noun phrase."""
    if t.lower_ not in _ARTICLES:
        return False
    return before.pos_ == "ADJ" or (
        before.pos_ == "NOUN" and before.is_alpha and before.text[:1].islower()
    )


_SPEAKER_PRONOUNS = {"er": "m", "sie": "f", "ich": None, "wir": None}
# "Seiner Meinung nach", "Nach deren Angaben": possessives stand for their owner.
_POSSESSIVES = {
    **dict.fromkeys(("sein", "seine", "seiner", "seinen", "seinem", "dessen"), "er"),
    **dict.fromkeys(("ihrer", "ihren", "ihrem", "deren"), "sie"),
}
# Possessive determiners before a role noun: the role of someone else ("seine Sprecherin").
_POSSESSIVE_DETERMINERS = frozenset(
    (*_POSSESSIVES, "sein", "ihr", "ihre", "ihres", "seines", "ihrem", "ihren", "ihrer", "unser")
)
_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.(de|at|ch|com|net|org|eu|info|fr|uk|it)", re.I)
_HEISSEN_SOURCE_PREPS = frozenset(
    "in im aus von vom bei beim seitens vonseiten aufseiten auf".split()
)
_ORIGIN_PREPS = frozenset("aus von vom seitens vonseiten aufseiten".split())
_ACCORDING_ADVERBS = frozenset(("demnach", "danach"))  # "Demnach sind …": according to that
# "nach diesen Angaben", "diesem Bericht zufolge": the source just quoted.
_DEMONSTRATIVE_ARTICLES = ("diese", "diesen", "diesem", "dieser")
_DOCUMENT_ADVERBS = frozenset(("darin", "hierin"))  # "…, heißt es darin": in the document
# Generic nouns that take up the organisation named last ("die Organisation", "der Konzern").
_ORG_NOUNS = frozenset(lexicon("org_anaphors"))
# Role prefixes that change who is meant ("Ex-Präsident" is not the president).
_ROLE_PREFIXES_KEPT = frozenset(("ex", "vize", "co", "alt"))
_TITLE_REACH = 60  # chars from a title to the name it stands before
_PRONOUN_WINDOW = 1500  # chars to look back for a pronoun's antecedent
_DESCRIPTION_WINDOW = 400  # … and for a description no actor has as a role
_HE = re.compile(r"\b[Ee]r\b")  # "er" keeps a person the topic past that window


def _description_gender(article: str, noun: str) -> str | None:
    """Gender of "der SPD-Politiker" (m), "die CDU-Politikerin" (f), "die Vorsitzende" (f)."""
    g = role_gender(noun)
    if g is None and article in ("der", "die"):
        return "m" if article == "der" else "f"
    return g


class _Index:
    """Fast lookups from token or char positions to entities and quote spans."""

    def __init__(self, doc: Doc, entities: list[EntityRecord], quotes: list[QuoteRecord]) -> None:
        self.doc = doc
        self.entities = entities
        self.ent_starts = [e.start for e in entities]
        # (A quote in parts around its frame — "Die Lage, sagte der Minister, sei ernst" —
        # leaves the frame outside.)
        spans = sorted(p for q in quotes for p in (q.parts or [(q.start, q.end)]))
        self.quote_spans = spans
        self.quote_starts = [s for s, _ in spans]
        direct = sorted(
            p for q in quotes if q.kind == "direct" for p in (q.parts or [(q.start, q.end)])
        )
        self.direct_spans = direct
        self.direct_starts = [s for s, _ in direct]

    def entity_at(self, char: int) -> EntityRecord | None:
        k = bisect_right(self.ent_starts, char) - 1
        if k >= 0 and self.entities[k].start <= char < self.entities[k].end:
            return self.entities[k]
        return None

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self.quote_starts, char) - 1
        return k >= 0 and self.quote_spans[k][0] <= char < self.quote_spans[k][1]

    def in_direct(self, char: int) -> bool:
        k = bisect_right(self.direct_starts, char) - 1
        return k >= 0 and self.direct_spans[k][0] <= char < self.direct_spans[k][1]


def _possessed_noun(doc: Doc, k: int, ent: EntityRecord, hi: int, idx: _Index) -> int | None:
    """The noun a person's name in the genitive owns ("Badawis nach Kanada geflüchtete
    Ehefrau"): that noun heads the phrase, the named person is not the one speaking."""
    while k + 1 < len(doc) and doc[k + 1].idx < ent.end:
        k += 1  # the name's last word ("Van der Bellens" from "Van")
    t = doc[k]
    if ent.label != "PER" or ent.end >= t.idx + len(t) or t.text[-1] not in "s’'":
        return None  # (the entity record leaves a genitive ending out: "Badawi|s")
    for j in range(k + 1, min(hi, k + 7)):
        u = doc[j]
        if u.is_punct or is_finite(u):
            return None
        if u.pos_ in ("NOUN", "PROPN") and u.text[:1].isupper() and not idx.entity_at(u.idx):
            return j
    return None


def _np_span(doc: Doc, head: int, lo: int, hi: int, idx: _Index) -> tuple[int, int]:
    """The noun phrase around token `head`, clipped to [lo, hi): entity if there is one."""
    ent = idx.entity_at(doc[head].idx)
    if ent is not None:
        owned = _possessed_noun(doc, head, ent, hi, idx)
        if owned is None:
            return ent.start, ent.end
        head = owned
    if doc[head].lower_ in _ARTICLES and (marked := _marked_name(doc, head + 1, len(doc))):
        return marked  # "Der „Spiegel“ schreibt": the name, not the article
    if doc[head].pos_ == "PRON":
        t = doc[head]
        return t.idx, t.idx + len(t)
    s = head
    cues = cue_candidates(doc)  # (not the verb before its subject: "zeigen/ADJ Studien")
    while (
        s > lo
        and (_np_part(doc[s - 1]) or _participle_attribute(doc, s - 1))
        and doc[s - 1].text not in (",", "„")
        and s - 1 not in cues
    ):
        if _in_date(doc, doc[s - 1]) and not _in_date(doc, doc[s]):
            break  # "am Montag | Medien in Skopje"
        if _vor_allem(doc, s - 2):
            break  # "vor allem | Mozilla"
        if doc[s].lower_ in _ARTICLES and doc[s - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            # An article opens the phrase: "teilte später der Direktor mit" ("später" tagged
            # ADJ or NOUN), "enthüllte vergangenes Jahr die Initiative".
            break
        s -= 1
    if s > lo + 1 and doc[s - 1].lower_ in ("und", "oder", "sowie"):
        # "der in Hamburg und den USA lebende Ukrainer": the conjunct shares the preposition.
        p = s - 2
        while p > lo and s - p <= 5 and _np_part(doc[p]) and not _preposition(doc[p]):
            p -= 1
        if _preposition(doc[p]) and p < s - 2:
            s = p + 1
    if s > lo and _preposition(doc[s - 1]) and head > 0 and doc[head - 1].pos_ in ("ADJ", "VERB"):
        # An extended attribute: "der extra nach Wien gereiste Kläger" (the phrase starts
        # with its article, not after the preposition).
        a = s - 2
        while a >= lo and s - a <= 5 and not doc[a].is_punct and not is_finite(doc[a]):
            if doc[a].lower_ in DETERMINERS:
                if a - 2 >= lo and _preposition(doc[a - 1]) and doc[a - 2].lower_ in DETERMINERS:
                    a -= 2  # "eine von der Kammer in Auftrag gegebene Studie": the outer one
                s = a
                break
            a -= 1
        else:
            if a >= lo and is_finite(doc[a]) and a == s - 2:
                s -= 1  # a bare plural: "bestätigten mit der Sache vertraute Personen"
    e = head + 1
    while (
        e < hi
        and doc[e].pos_ in ("NOUN", "PROPN", "X")
        and doc[e].text[:1].isupper()
        and not (_in_date(doc, doc[e]) and not _in_date(doc, doc[head]))
    ):
        e += 1  # (not into a date: "teilte der Konzern Mittwochabend mit")
    e = max(e, media_name_end(doc, head, hi))  # "des Blogs 9to5Mac", "der Zeitung Le Monde"
    # A medium's name in quotation marks after its noun: "die Nachrichtenagentur „Xinhua“",
    # "die Online-Ausgabe des „Spiegel“", "die „Süddeutsche Zeitung“".
    k = e + 1 if e < len(doc) and doc[e].lower_ in ("des", "der") else e
    if (k == e or doc[e - 1].lower_.endswith(media_endings())) and (
        marked := _marked_name(doc, k, sentence_of(doc[head]).end)
    ):
        return marked
    # A name in apposition right after the head ("der designierte Präsident D. Trump").
    if e < hi and (ent := idx.entity_at(doc[e].idx)) is not None and ent.label in ("PER", "ORG"):
        return ent.start, ent.end
    # Genitive attribute: "ein Sprecher des Ministeriums".
    e = _genitive_end(doc, e, hi)
    # A name in comma apposition: "Die Sprecherin der Fraktion, Sandra Boser (Grüne), erklärte",
    # "Der Gentechnik-Experte von Greenpeace, Martin Hoffstetter, …".
    # (The apposition may run past the frame: "…, erklärte der Sprecher des Ministeriums,
    # John Kirby." — look as far as the sentence end.)
    end = max(hi, sentence_of(doc[head]).end)
    c = _modifiers_end(doc, e, end)
    if c < end and doc[c].text == "(":
        # "der Direktor der Atomenergie-Organisation (IAEO), Mohammed el-Baradei"
        close = next((k for k in range(c + 1, min(end, c + 8)) if doc[k].text == ")"), None)
        if close is not None:
            c = close + 1
    if c + 1 < end and doc[c].text == "," and c > e and _person_at(doc, c + 1, idx):
        e = c
    if e + 1 < end and doc[e].text == ",":
        person = _person_at(doc, e + 1, idx)
        if person is not None:
            span = doc.char_span(*person, alignment_mode="expand")
            k = span.end if span is not None else hi
            if k < len(doc) and doc[k].text == "(":
                while k < len(doc) and doc[k].text != ")" and k - span.end < 8:
                    k += 1
                k += 1
            if k >= end or k < len(doc) and doc[k].text in (",", ".", "!", "?"):
                return person
    # Prefer a named entity inside the phrase ("Kremlsprecher Dmitri Peskow" → Dmitri Peskow),
    # unless a preposition governs it ("der von Dawn zitierte Experte").
    found = None
    for k in range(s, e):
        ent = idx.entity_at(doc[k].idx)
        if ent is None or ent.label not in ("PER", "ORG") or _governed(doc, k):
            continue
        if _possessed_noun(doc, k, ent, e, idx) is not None:
            continue  # "Badawis Ehefrau": the owner, not the head
        if found is None:
            found = ent
            if ent.label == "PER":
                break
        elif ent.label == "PER" and ent.start > found.end and not is_role_noun(doc[k - 1].text):
            # "der Vizechef der Präsidialverwaltung Andrej Taranow": the name after an
            # organisation in the genitive is the head's (after a role it would be the
            # role's: "ein Sprecher des Innenministers Thomas de Maizière").
            return ent.start, ent.end
    if found is not None and not _officer_of(doc, head, found):
        return found.start, found.end
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def _officer_of(doc: Doc, head: int, org: EntityRecord) -> bool:
    """ "der Staatsanwalt des Distrikts Nord", "der Direktor der Behörde": a person holding an
    office of the organisation in the genitive is not the organisation speaking (a spokesperson,
    "ein Sprecher des Ministeriums", is)."""
    word = doc[head].text
    return (
        org.label == "ORG"
        and org.start > doc[head].idx
        and head + 1 < len(doc)
        and doc[head + 1].lower_ in _GENITIVE_ARTICLES
        and (is_role_noun(word) or _person_noun(word))
        and "sprecher" not in word.lower()
    )


def _governed(doc: Doc, k: int) -> bool:
    """Is the word at k governed by a preposition ("von Dawn", "von der Wirtschaftskammer")?"""
    if k > 1 and doc[k - 1].lower_ in DETERMINERS:
        k -= 1
    return k > 0 and _preposition(doc[k - 1])


def _person_at(doc: Doc, i: int, idx: _Index) -> tuple[int, int] | None:
    """The person's name starting at token i — with a first name the tagger left out of it
    ("Bambang" of "Bambang Suryo Aji") — as a char span, else None."""
    ent = idx.entity_at(doc[i].idx)
    if ent is not None:
        return (ent.start, ent.end) if ent.label == "PER" and ent.start == doc[i].idx else None
    if i + 1 < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper():
        ent = idx.entity_at(doc[i + 1].idx)
        if ent is not None and ent.label == "PER" and ent.start == doc[i + 1].idx:
            # (A title is no part of the name: "…, Präsident Joe Biden".)
            return (ent.start if is_role_noun(doc[i].text) else doc[i].idx), ent.end
    return None


_MODIFIER_WORDS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "X", "NUM"))


def _modifiers_end(doc: Doc, e: int, hi: int) -> int:
    """End of the attributes after a head noun that may stand between it and a name in
    apposition: genitives ("der Direktor der Behörde"), prepositional phrases ("der
    Fraktionsvorsitzende im niedersächsischen Landtag", "von Bündnis 90/Die Grünen") and a
    second noun ("der frühere Bürgermeister und Justizsenator"); else e."""
    c = e
    for _ in range(3):
        g = _genitive_end(doc, c, hi)
        if g > c:
            c = g
            continue
        if c + 1 < hi and (_preposition(doc[c]) or doc[c].lower_ == "und"):
            k = c + 1
            while (
                k < hi
                and k - c <= 6
                and (doc[k].pos_ in _MODIFIER_WORDS or doc[k].text in ("/", "„", "“"))
            ):
                k += 1
            if k > c + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN", "X", "NUM", "PUNCT"):
                c = k
                continue
        break
    return c


_GENITIVE_ARTICLES = GENITIVE_DETERMINERS | GENITIVE_OR_DATIVE  # "ein Sprecher seines Anwalts"


def _genitive_end(doc: Doc, e: int, hi: int) -> int:
    """End of a genitive attribute starting at e ("des Ministeriums"), else e. (Stray
    whitespace tokens inside count for nothing: "des  US-Außenministeriums".)"""
    if e < hi and doc[e].lower_ in _GENITIVE_ARTICLES and e + 1 < hi:
        g = e + 1
        while g < hi and doc[g].pos_ in ("ADJ", "NOUN", "PROPN", "X", "SPACE"):
            g += 1
        if g > e + 1 and doc[g - 1].pos_ in ("NOUN", "PROPN", "X"):
            before_verb = not any(is_finite(t) for t in doc[sentence_of(doc[e]).start : e])
            if (
                doc[e].lower_ in GENITIVE_OR_DATIVE
                and not before_verb  # ("Der Chefredakteur der Zeitung Cumhuriyet, …, warnte")
                and any(
                    doc[k].pos_ in ("NOUN", "PROPN", "X")
                    and (doc[k].lower_.endswith(_media_nouns()) or doc[k].text in _media_names())
                    for k in range(e + 1, g)
                )
            ):
                # "sagte der SPD-Politiker der Deutschen Presse-Agentur" (also "der Zeitung
                # Welt am Sonntag", the medium's name after its noun; "ein Heeressprecher der
                # APA"): a dative
                return e
            if (
                doc[e].lower_ == "der"
                and e > 1
                and doc[e - 1].pos_ in ("PROPN", "NOUN")
                and doc[e - 2].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                and not is_role_noun(doc[e - 1].text)
            ):
                # "erklärte Senger der APA": a bare surname takes no genitive (but "der
                # Sprecher der Polizei", "Sprecher der Polizei" do)
                return e
            return g
    return e


def _medium_told(doc: Doc, lo: int, k: int) -> bool:
    """Is the name at k a medium in the dative after a spokesperson or role ("eine
    Behördensprecherin der APA", "ein Sprecher dem STANDARD")?"""
    return (
        k - 2 >= lo
        and doc[k - 1].lower_ in ("der", "dem")
        and doc[k - 2].pos_ == "NOUN"
        and (is_role_noun(doc[k - 2].text) or "sprecher" in doc[k - 2].lower_)
        and doc[k].text in _media_names()
    )


@cache
def _media_nouns() -> tuple[str, ...]:
    return lexicon("media_nouns")


def _media_names() -> frozenset[str]:
    """News agencies and media by name ("APA", "dpa", "ORF"), from organisations.txt."""
    return lexicon_section("organisations", ("# News agencies and media",))


def _vor_allem(doc: Doc, k: int) -> bool:
    """ "vor allem" (above all) at token k: an adverb, not the preposition "vor"."""
    return k >= 0 and k + 1 < len(doc) and doc[k].lower_ == "vor" and doc[k + 1].lower_ == "allem"


# Relative pronouns in the genitive: before a noun they are its article ("deren Sprecher").
_POSSESSIVE_RELATIVES = frozenset(("deren", "dessen"))


def _chunks(
    doc: Doc, lo: int, hi: int, idx: _Index, skip_quotes: bool = True
) -> list[tuple[int, int, bool]]:
    """Nominal chunks in [lo, hi) as (start, end, governed_by_preposition)."""
    out = []
    shareable_end = -1  # end of the last chunk if a preposition or particle governs it
    i = lo
    in_quote = idx.in_quote if skip_quotes else (lambda _c: False)
    while i < hi:
        t = doc[i]
        if in_quote(t.idx) or not (_np_part(t) or idx.entity_at(t.idx)) and t.pos_ != "PRON":
            i += 1
            continue
        if _vor_allem(doc, i - 1):
            i += 1  # "vor allem Mozilla": a focus adverb, no phrase of its own
            continue
        s = i
        possessive = (  # "meint deren Sozialsprecher Herbert Kickl": the owner's article
            t.lower_ in _POSSESSIVE_RELATIVES
            and i + 1 < hi
            and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        )
        standalone = t.pos_ == "PRON" and not possessive or _standalone_pronoun(doc, i)
        if standalone:
            e = i + 1
        else:
            e = i + 1 if possessive else i
            while (
                e < hi
                and (_np_part(doc[e]) or idx.entity_at(doc[e].idx))
                and not in_quote(doc[e].idx)
            ):
                # A determiner after a noun opens the next phrase ("am 7. November den …").
                if e > s and doc[e].pos_ == "DET" and doc[e - 1].pos_ in _NOMINAL | {"NUM"}:
                    break
                if e > s and _adverbial_before_article(doc[e - 1], doc[e]):
                    break
                if e > s and _in_date(doc, doc[e - 1]) != _in_date(doc, doc[e]):
                    # "berichteten am Montag | Medien in Skopje": a date ends its phrase, and
                    # one right after a noun opens its own ("der Konzern | Mittwochabend")
                    break
                if (
                    e > s
                    and doc[e - 1].pos_ == "NOUN"
                    and doc[e].pos_ == "ADJ"
                    and e + 1 < hi
                    and doc[e + 1].pos_ == "NOUN"
                    and s >= 2
                    and _preposition(doc[s - 1])
                    and doc[s - 2].lower_ not in DETERMINERS
                ):
                    # "bestätigten mit der Angelegenheit | vertraute Personen": a new phrase
                    # (not inside an article's phrase: "einer am Montag veröffentlichten Umfrage")
                    break
                e += 1
        # Governed by a preposition, possibly across words the tagger left out of the phrase
        # ("am selben Tag" with "selben" mis-tagged).
        p = s - 1
        while (
            p >= lo
            and p >= s - 2
            and not _preposition(doc[p])
            and doc[p].pos_ not in ("NOUN", "PROPN", "PUNCT", "PRON")  # "in dem der …"
            and doc[p].lower_ not in ("als", "wie")
            and not is_finite(doc[p])
        ):
            p -= 1
        # "als Begründung", "wie Experten": comparison particles govern like prepositions.
        governed = p >= 0 and (
            _preposition(doc[p])
            and not _vor_allem(doc, p)
            or doc[p].lower_ in ("als", "wie")
            and not _opens_clause(doc, p)
        )
        in_parens = (s > 0 and doc[s - 1].text == "(") or (e < len(doc) and doc[e].text == ")")
        # "ein Treffen der Minister": a genitive right after a noun belongs to that noun.
        genitive = (
            t.lower_ in ("der", "des")
            and s > 0
            and doc[s - 1].pos_ in ("NOUN", "PROPN")
            and doc[s - 1].i >= lo
            # (not after a date: "versicherte am Freitag der Vizechef …" is the subject)
            and (not _in_date(doc, doc[s - 1]) or _in_date(doc, t))
        )
        # "Ebenso wie andere Schwellen- und Entwicklungsländer argumentierte Indien": a
        # conjunct shares its preposition or comparison particle with the phrase before it.
        shared = s >= 2 and doc[s - 1].lower_ in ("und", "oder", "sowie") and shareable_end == s - 1
        governed = governed or genitive or shared
        # (Not a relative pronoun: "…, die den Mut hervorhob".)
        relative = standalone and s > 0 and doc[s - 1].text == ","
        extended = e - s == 1 and t.lower_ in _ARTICLES and e < hi and not is_finite(doc[e])
        if extended and not relative:
            # "Der von Dawn zitierte Experte": an article opening an extended phrase.
            in_pp = False
            closed = -1  # the noun that closed the last prepositional phrase
            for k in range(e, min(hi, e + 10)):
                if _preposition(doc[k]):
                    in_pp = True  # "eine auf einer Umfrage in Thailand basierende Studie"
                elif doc[k].lower_ in ("und", "oder", "sowie") and closed == k - 1:
                    in_pp = True  # "der in Hamburg und den USA lebende Ukrainer"
                elif doc[k].pos_ in ("NOUN", "PROPN") or idx.entity_at(doc[k].idx):
                    # (a name is the head whatever its tag: "betonte der VCÖ/ADV in …")
                    if closed == k - 1 and doc[k].ent_iob_ == "I":
                        closed = k  # "der in New York lebende Autor": one name
                        continue
                    if not in_pp:
                        e = k + 1
                        break
                    in_pp = False  # the noun closes the prepositional phrase
                    closed = k
                elif doc[k].is_punct or is_finite(doc[k]) and not _attribute_before_noun(doc, k):
                    break
        if (
            standalone
            or any(
                doc[k].pos_ in _NOMINAL
                or doc[k].ent_type_ in _NAME_LABELS
                or idx.entity_at(doc[k].idx)
                or doc[k].pos_ == "ADV"
                and _noun_tagged_adverb(doc[k])
                or doc[k].pos_ == "NUM"  # "Wie LEquipe/NUM anmerkte": a name the tagger misread
                and doc[k].is_alpha
                and doc[k].text[:1].isupper()
                for k in range(s, e)
            )
        ):
            out.append((s, e, governed or in_parens))
            shareable = (governed or in_parens) and not (genitive and not in_parens)
            shareable_end = e if shareable else -1
        i = max(e, i + 1)
    return out


def _attribute_before_noun(doc: Doc, k: int) -> bool:
    """An inflected attribute the tagger took for a finite verb, between the prepositional
    phrase of an extended attribute and its noun ("der für die Digitalwirtschaft
    zuständige/VERB Kommissar"): no finite verb stands right before a capitalised noun there."""
    t = doc[k]
    return (
        t.is_lower
        and t.lower_.endswith(("e", "en", "em", "er", "es"))
        and k + 1 < len(doc)
        and doc[k + 1].pos_ in ("NOUN", "PROPN")
        and doc[k + 1].text[:1].isupper()
        and doc[k - 1].pos_ in ("NOUN", "PROPN")
    )


def _opens_clause(doc: Doc, p: int) -> bool:
    """Does "als"/"wie" at p open a clause ("Als Leung am Sonntag sagte, …") rather than govern
    a phrase ("Als Begründung sagte ein Wissenschaftler")? A clause ends with its finite verb."""
    if doc[p].pos_ != "SCONJ" and not doc[p].text[:1].isupper():
        return False
    for k in range(p + 1, min(len(doc), p + 15)):
        if is_finite(doc[k]):
            return k + 1 >= len(doc) or doc[k + 1].is_punct
        if doc[k].pos_ in ("VERB", "AUX") and k + 1 < len(doc) and doc[k + 1].text == ",":
            return True  # "Wie die Veranstalter … mitteilten/Inf, …": a verb closes it all the same
    return False


def _head_of_chunk(doc: Doc, s: int, e: int) -> int:
    dates = date_tokens(doc)
    for k in range(e - 1, s - 1, -1):
        if k in dates and k > s:
            continue  # "dem Bericht vom Donnerstag": a date names no one
        if doc[k].pos_ in ("PROPN", "NOUN", "PRON", "X") or doc[k].ent_type_ in _NAME_LABELS:
            return k
    # No noun: a capitalised word is the name the tagger missed ("sagte Kurz/ADV klar").
    return next((k for k in range(s, e) if doc[k].text[:1].isupper() and k > 0), e - 1)


def _dep_candidate(doc: Doc, cue: Token, role: str, lo: int, hi: int, idx: _Index) -> int | None:
    deps = SUBJECT_DEPS if role == "subj" else OBJECT_DEPS
    heads = [cue]
    if cue.dep_ in CONJ_DEPS and is_verb(cue.head):
        heads.append(cue.head)
    for h in heads:
        for child in h.children:
            if child.dep_ in deps and lo <= child.i < hi and not idx.in_quote(child.idx):
                # The tagger is weaker than the parser on names: a capitalised subject counts.
                named = child.text[:1].isupper() and child.is_alpha
                if child.lower_ in ("es", "man", "sich") or child.lower_ in FRAME_ADVERBS:
                    continue
                if child.lower_ in _ADVERB_LIKE or child.lower_ in TIME_NOUNS:
                    continue
                if child.pos_ in _NOMINAL or child.pos_ == "DET" or named:
                    return child.i
    return None


_ARTICLES = frozenset("der die das ein eine".split())
_NOT_NOMINATIVE = frozenset(
    "den dem einen einem diesen diesem ihm ihn ihnen mir mich uns euch jenem jenen "
    "des".split()  # a genitive ("Des Weiteren") is never the subject either
)
_CLAUSE_OPENERS = frozenset(
    "weil als nachdem da wenn ob dass daß obwohl während bevor sobald seit seitdem wie zumal "
    "falls sofern indem sodass obgleich wobei weshalb woraufhin".split()
)
# Coordinators that may open a second main clause: "…, und das Kinderhilfswerk rief … auf".
_COORDINATORS = frozenset("und aber doch sondern oder denn".split())


# Endings of adjectives and adverbs, never of a noun that could speak ("Folgerichtig",
# "Offensichtlich", "Bezeichnenderweise", "Fassungslos").
_ADVERB_SUFFIXES = ("ig", "lich", "weise", "los")


def _subject_like(doc: Doc, chunk: tuple[int, int, bool]) -> bool:
    """A free phrase that can be a subject: not governed, not dative/accusative, not an adverb."""
    s, e, governed = chunk
    if governed or e < len(doc) and doc[e].lower_ == "zufolge":
        return False  # (also "Der Mitteilung zufolge versicherte Netanyahu": a source phrase)
    first = doc[s]
    if first.lower_ in _NOT_NOMINATIVE or first.lower_ in FRAME_ADVERBS:
        return False
    if e - s == 1 and first.lower_ in ("es", "man", "das", "dies", "dieses", "was", "sich", "wer"):
        # impersonal: "hieß es", "man habe betont" name no one; a relative "…, das vorschlug"
        # stands for the phrase before it
        if not (first.lower_ == "das" and s > 0 and doc[s - 1].text == ","):
            return False
    if (
        e - s == 1
        and not first.ent_type_
        and first.idx not in name_starts(doc)
        and (first.pos_ in ("ADV", "ADJ") or len(first) > 6 and first.lower_.endswith("end"))
        and not (first.pos_ == "ADV" and _noun_tagged_adverb(first))
    ):
        return False  # "Abschließend forderte sie …": an adverbial (a participle), not a subject
    if any(doc[k].text == "Uhr" for k in range(s - 1 if s else s, e)):
        return False  # "Um 10:05 Uhr MEZ berichtete …": a time (and its zone), not a subject
    if e - s <= 2 and doc[e - 1].lower_ in TIME_NOUNS:
        return False  # "enthüllte vergangenes Jahr die Initiative": a time adverbial
    if all(_in_date(doc, doc[k]) for k in range(s, e)):
        return False  # "Ende April hatte das Duo angekündigt": a date, not a subject
    if (
        e - s == 1
        and first.pos_ == "NOUN"
        and not first.ent_type_
        and first.lower_ in closed_class()
    ):
        return False  # "Wenig/NOUN später konnten die Offiziere melden": a word never a noun
    if (
        e - s == 1
        and first.pos_ == "NOUN"
        and not first.ent_type_
        and first.idx not in name_starts(doc)
        and (first.is_sent_start or s > 0 and doc[s - 1].is_punct)
        and first.lower_.endswith(_ADVERB_SUFFIXES)
    ):
        return False  # "Folgerichtig/NOUN fragt auch die SPÖ": an adverb capitalised first
    return not (e - s == 1 and first.lower_ in _ADVERB_LIKE)


def _case(doc: Doc, chunk: tuple[int, int, bool], idx: _Index) -> list[str]:
    head = doc[_head_of_chunk(doc, chunk[0], chunk[1])]
    ent = idx.entity_at(head.idx)
    if ent is not None and ent.start < head.idx:
        # A name's case is its first word's: "Reporter ohne Grenzen" is not accusative.
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is not None and span.start >= chunk[0]:
            head = span[0]
    return head.morph.get("Case")


def _object_before_subject(
    doc: Doc, fronted: tuple[int, int, bool], after: tuple[int, int, bool], idx: _Index
) -> bool:
    """ "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende in Frage": a fronted
    phrase the tagger reads as accusative or dative yields to a nominative one after the
    verb; "die"/"das" phrases look alike in both cases, so the morphology decides."""
    if _case(doc, fronted, idx) in (["Acc"], ["Dat"]) and _case(doc, after, idx) == ["Nom"]:
        return True
    # "Die Domain, …, bezeichnete Prieth als Kunstprojekt", "Umfassende Aufklärung fordert auch
    # Joachim Feher": a thing before the verb, a named person after it — the person speaks.
    return _has_entity(doc, after, idx, "PER") and _thing(doc, fronted, idx)


def _thing(doc: Doc, chunk: tuple[int, int, bool], idx: _Index) -> bool:
    """A phrase of common nouns that names no speaker: no entity, person, role, organisation,
    pronoun or source noun ("die Studie", "der Bericht")."""
    s, e, _ = chunk
    words = doc[s:e]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and not any(
        idx.entity_at(t.idx) is not None
        or t.pos_ in ("PRON", "PROPN")
        or is_role_noun(t.text)
        or is_institution_noun(t.text)
        or t.lower_ in org_descriptors()
        or t.lower_.endswith(_source_endings())
        for t in words
    )


@cache
def _source_endings() -> tuple[str, ...]:
    return (*source_noun_endings(), *media_endings())


def _present_participle(t: Token) -> bool:
    """ "betreffend", "kommentierend": a lower-case participle, whatever its tag."""
    return t.is_alpha and t.text.islower() and len(t) > 6 and t.lower_.endswith("end")


_ADVERB_LIKE = frozenset(
    "hier dort dabei damit deshalb daher dann jetzt nun heute gestern morgen dazu darüber "
    "unmissverständlich insgesamt zunächst schließlich letztlich offenbar offensichtlich "
    "bisher inzwischen mittlerweile derzeit zwar gestern heute morgen unterdessen zuletzt "
    "bereits nun ebenso danach demnach daraufhin darauf zudem außerdem allerdings "
    "hierzu hierbei hierfür dabei dafür dagegen davon deshalb deswegen trotzdem dennoch "
    # answer particles before an inserted frame: "Nein, fügt Ali hinzu, wir werden …"
    "ja nein doch naja okay".split()
)


def _is_passive(doc: Doc, cue: Token, lo: int, idx: _Index) -> bool:
    """ "Ihm wird vorgeworfen, …", "Zudem wird kritisiert, …": no speaker is named. (The
    auxiliary is the main clause's, not one of an inserted clause: "In der Debatte, die …
    geführt wird, hat X gefordert".)"""
    if is_finite(cue):
        return False
    fin = _main_finite(doc, lo, cue.i, idx)
    return fin is not None and doc[fin].lower_ in PASSIVE_AUX


def _marked_name(doc: Doc, i: int, hi: int) -> tuple[int, int] | None:
    """„Die Zeit“, „heise online“: a short name in quotation marks starting at token i."""
    if i >= hi or not doc[i].is_quote:
        return None
    for k in range(i + 1, min(hi, i + 8)):
        if doc[k].is_quote:
            inner = doc[i + 1 : k]
            if len(inner) and not any(is_finite(t) for t in inner):
                return inner.start_char, inner.end_char
            return None
    return None


Mention = tuple[int, int]


def find_speaker_mention(
    doc: Doc, q: QuoteRecord, idx: _Index
) -> tuple[Mention | None, Mention | None]:
    """(mention, referent) char spans; impersonal "es"/"man" name no one. A relative pronoun
    stays the mention (as "er" does) and its antecedent, the referent, gives the name:
    "Alice Schwarzer, die … hervorhob" → "die" for Alice Schwarzer; "Gerüchte, nach denen …"
    → "denen" for Gerüchte."""
    mention = _find_speaker_mention(doc, q, idx)
    if mention is not None and _dateline_at(doc, mention):
        mention = _subject_after_dateline(doc, mention, idx)
    said = text_of(doc)[mention[0] : mention[1]].lower() if mention is not None else ""
    if said in ("es", "man"):
        return None, None
    if said in _RELATIVE_SUBJECTS:
        referent = _antecedent(doc, mention, idx)
        return (mention, referent) if referent is not None else (mention, None)
    if mention is not None and q.method == "according" and q.hint and q.cue_tokens:
        # ", wonach …", ", laut dem …", ", denen zufolge …": a relative word after the source.
        rel = [doc[k] for k in q.cue_tokens if doc[k].lower_ in _RELATIVE_SOURCE_WORDS]
        if rel and q.cue_tokens[0] >= q.hint[1]:
            return (rel[0].idx, rel[0].idx + len(rel[0])), mention
    return mention, None


_DASHES = frozenset(("–", "—", "-"))


def _dateline_at(doc: Doc, mention: tuple[int, int]) -> bool:
    """Is the mention a dateline's place ("Hollywood – Der US-Schauspieler Bryan Cranston …"),
    which the parser may take for the subject of the first sentence?"""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text not in _DASHES:
        return False
    if span[0].pos_ == "DET":
        return False  # "Der Minister – sichtlich verärgert – sagte": a subject, no place
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.is_space or before.text in (".", "!", "?", "“", '"', "«")


def _subject_after_dateline(
    doc: Doc, dateline: tuple[int, int], idx: _Index
) -> tuple[int, int] | None:
    """The subject of the clause after the dateline's dash, if the parse has one."""
    span = doc.char_span(*dateline, alignment_mode="expand")
    sent = sentence_of(doc[span.end])
    window = doc[span.end + 1 : min(sent.end, span.end + 25)]
    window = [t for t in window if not idx.in_direct(t.idx)]  # (never a word of the quote)
    for t in window:
        if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON"):
            return _np_span(doc, t.i, span.end + 1, sent.end, idx)
    for t in window:  # the parse lost the subject: the first person or organisation named
        ent = idx.entity_at(t.idx)
        if ent is not None and ent.label in ("PER", "ORG"):
            return ent.start, ent.end
    return None


_RELATIVE_SOURCE_WORDS = frozenset("wonach denen dem der deren dessen".split())


def _subject_pronoun(t: Token) -> bool:
    """A personal pronoun the parser makes a subject ("griff sie … an")."""
    return t.lower_ in _SPEAKER_PRONOUNS and t.pos_ == "PRON" and t.dep_.startswith("nsubj")


_RELATIVE_SUBJECTS = frozenset("der die das welcher welche welches".split())


def _antecedent(doc: Doc, mention: tuple[int, int], idx: _Index) -> tuple[int, int] | None:
    """ "…, was die Grünen für zu teuer halten, die fürchten, dass …": a relative pronoun
    right after a comma stands for the last noun phrase before it."""
    span = doc.char_span(*mention)
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    # (Tagged as an article, it is still a pronoun when a verb follows: ", die fürchten".)
    pronoun = (
        tok.pos_ == "PRON"
        or _standalone_pronoun(doc, tok.i)
        or tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ in ("VERB", "AUX")
    )
    if tok.i == 0 or doc[tok.i - 1].text != "," or not pronoun:
        return None
    sent = sentence_of(tok)
    chunks = [
        c
        for c in _chunks(doc, sent.start, tok.i - 1, idx)
        if any(doc[k].pos_ in ("NOUN", "PROPN") for k in range(c[0], c[1]))
    ]
    # The nearest phrase that agrees with the (nominative) pronoun: "ein Prediger aus London,
    # der …" → Prediger, "von Ägypten, das vorschlug" → Ägypten.
    agreeing = [c for c in chunks if _agrees(tok, doc[_head_of_chunk(doc, c[0], c[1])])]
    chunks = agreeing or chunks
    if not chunks:
        return None
    cs, ce, _ = chunks[-1]
    return _np_span(doc, _head_of_chunk(doc, cs, ce), cs, ce, idx)


# Gender/number a nominative relative pronoun allows: der → masculine, die → feminine or plural.
_RELATIVE_AGREEMENT = {
    "der": ("Masc", "Sing"),
    "welcher": ("Masc", "Sing"),
    "das": ("Neut", "Sing"),
    "welches": ("Neut", "Sing"),
    "die": ("Fem", None),
    "welche": ("Fem", None),
}


def _agrees(pronoun: Token, head: Token) -> bool:
    """May the noun `head` be the antecedent of the relative pronoun? Unknown morphology may."""
    want = _RELATIVE_AGREEMENT.get(pronoun.lower_)
    if want is None:
        return True
    gender, number = head.morph.get("Gender"), head.morph.get("Number")
    if number == ["Plur"]:
        return want[1] is None  # only "die"/"welche" take a plural antecedent
    return not gender or want[0] in gender


def _find_speaker_mention(doc: Doc, q: QuoteRecord, idx: _Index) -> tuple[int, int] | None:
    """Char span of the speaker mention in the quote's frame, or None.

    German is verb-second: a free noun phrase before the cue in its clause is the subject
    ("Peskow sagte, …"); when only adverbials stand there ("Am Montag sagte Peskow, …",
    "„…“, sagte Peskow") the subject follows the cue. The parse breaks ties.
    """
    if q.hint is not None:
        # "laut dem Portal golem.de": the named source in the phrase, else its first noun.
        s, e = q.hint
        if e - s == 1 and (doc[s].lower_ in _POSSESSIVES or doc[s].lower_ in _ACCORDING_ADVERBS):
            return doc[s].idx, doc[s].idx + len(doc[s])  # "Seiner Meinung nach", "Demnach"
        first = next((k for k in range(s, e) if doc[k].pos_ in ("NOUN", "PROPN")), None)
        if (
            first is not None
            and not idx.entity_at(doc[first].idx)
            and not any(_subject_pronoun(doc[k]) for k in range(s, first))
        ):
            # "laut dem Chefankläger des Strafgerichts, Luis Moreno Ocampo": the apposition
            # name rather than the organisation in the genitive.
            span = _np_span(doc, first, s, e, idx)
            ent = idx.entity_at(span[0])
            if ent is not None and ent.label == "PER" and span[1] == ent.end:
                return span
        for k in range(s, e):
            ent = idx.entity_at(doc[k].idx)
            first_k = k
            while ent is not None and first_k > s and doc[first_k - 1].idx >= ent.start:
                first_k -= 1
            if ent is not None and first_k > s and doc[first_k - 1].lower_ in _NOT_SOURCE_BEFORE:
                # "so ein Mitarbeiter zu TheVerge": whom it was said to; "so die Behörden laut
                # New York Times": the medium that relays it.
                continue
            if ent is not None and _medium_told(doc, s, first_k):
                continue  # "wie eine Behördensprecherin der APA bestätigte": told to the APA
            if ent is not None and ent.label in ("PER", "ORG"):
                last = doc.char_span(ent.start, ent.end, alignment_mode="expand")
                if (
                    last is not None
                    and last.end < e
                    and last[-1].text.endswith("s")
                    and doc[last.end].pos_ == "NOUN"
                    and any(idx.entity_at(doc[j].idx) for j in range(last.end + 1, e))
                ):
                    continue  # "laut Prieths Anwalt Mathias Kapferer": the owner, not the source
                return ent.start, ent.end
            if _subject_pronoun(doc[k]) and not idx.in_quote(doc[k].idx):
                # "Dabei griff sie den Präsidenten X an: „…“" (verb mis-tagged): the subject.
                return doc[k].idx, doc[k].idx + len(doc[k])
            if doc[k].like_url or _DOMAIN.fullmatch(doc[k].text):
                return doc[k].idx, doc[k].idx + len(doc[k])  # wie t-online.de berichtet
        for k in range(s, min(e, s + 3)):
            marked = _marked_name(doc, k, e + 2)
            if marked is not None:
                return marked  # laut „Welt“, wie „heise online“ berichtet
        # ("Wie sich aus der Auswertung … ergab": "sich" names no one.)
        chunks = [
            c
            for c in _chunks(doc, s, e, idx, skip_quotes=False)
            if _free_np(doc, c) and not _in_date(doc, doc[c[0]])  # "wie es am Mittwoch hieß"
        ]
        # "wie es auf Anfrage des WebStandard heißt": the request and its asker name no source.
        asker = next((c for c in chunks if c[0] > s and _on_request(doc, c[0] - 1, e)), None)
        if asker is not None:
            chunks = [c for c in chunks if not asker[0] <= c[0] <= asker[1]]
        if not chunks:
            if q.method == "interview" or all(
                doc[k].is_alpha and doc[k].text[:1].isupper() for k in range(s, e)
            ):  # "Behr: …", "– Löw: „…“" whatever the tagger made of the name
                return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            return None
        cs, ce, _ = chunks[0]
        return _np_span(doc, _head_of_chunk(doc, cs, ce), s, e, idx)
    if q.frame is None or not q.cue_tokens:
        return None
    lo, hi = q.frame
    cue_i = q.cue_tokens[0]
    lo = min(lo, cue_i)
    hi = max(hi, q.cue_tokens[-1] + 1)
    sent = sentence_of(doc[cue_i])
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    lo = _clause_start(doc, q, lo, cue_i, idx)
    cue = doc[cue_i]
    # No phrase runs across the cue, whatever the tagger made of it ("Mit diesen Worten
    # kommentierte Kanzler X …" with "kommentierte" tagged as an adjective).
    chunks = _chunks(doc, lo, cue_i, idx) + _chunks(doc, cue_i + 1, hi, idx)
    if q.speaker_role == "obj":
        # The quoted person is the object: "TASS zitierte Lawrow …", "hat Lawrow … zitiert",
        # "zitierte man Yolanda Alvarez"; with no object the citing medium stands for it.
        before = [c for c in chunks if c[1] <= cue_i and not c[2]]
        after = [c for c in chunks if c[0] > cue_i and not c[2] and _free_np(doc, c)]
        named_before = [c for c in before if _has_entity(doc, c, idx, "PER")]
        named_after = [c for c in after if _has_entity(doc, c, idx, "PER")]
        if is_finite(cue):
            subject_first = any(_subject_like(doc, c) for c in before)
            rest = after if subject_first else after[1:]
            pick = (named_after or rest or after or named_before or before)[:1]
        else:
            pick = (named_before or before)[-1:]
        if pick:
            cs, ce, _ = pick[0]
            return _np_span(doc, _head_of_chunk(doc, cs, ce), lo, hi, idx)
        return None
    if q.cue_lemma == "hervorgehen":
        # "Wie aus dem Bericht der OECD hervorgeht, …": the document after "aus" is the source.
        k = next((k for k in range(lo, hi) if doc[k].lower_ == "aus"), None)
        if k is not None:
            for j in range(k + 1, min(hi, k + 6)):
                if doc[j].pos_ in ("NOUN", "PROPN"):
                    return _np_span(doc, j, k + 1, hi, idx)
        return None
    if cue_i + 1 < hi and doc[cue_i + 1].lower_ == "man" and is_finite(cue):
        # "…, erklärte man in Regierungskreisen": "man" names no one; as after "hieß es", the
        # body or circle the words came from is the source (not "sagt man in Zukunft").
        k = next((k for k in range(cue_i + 2, hi) if _source_preposition(doc, k, hi)), None)
        j = _source_head_after(doc, k, hi) if k is not None else None
        if j is not None and (
            doc[j].ent_type_ == "ORG"
            or doc[j].lower_ in _ORG_NOUNS
            or doc[j].lower_.endswith(("kreisen", "kreise"))
        ):
            return _np_span(doc, j, j, hi, idx)
    if q.cue_lemma in ("heißen", "verlauten"):
        # "In der Pressemitteilung des WWF heißt es, …": the document is the source; also
        # "heißt es in dem am Mittwoch vorgestellten Bericht des Hochkommissariats".
        # (Also the origin: "hieß es aus dem Außenministerium", "von der Polizei", "beim ÖFB".)
        preps = [k for k in range(lo, hi) if _source_preposition(doc, k, hi)]
        k = preps[0] if preps else None
        if k is not None and k + 1 < hi and not doc[k].ent_type_ and doc[k + 1].ent_type_ == "LOC":
            # "hieß es in Brüssel aus der EU-Kommission": who it came from, not where.
            k = next((j for j in preps if doc[j].lower_ in _ORIGIN_PREPS), k)
        if k is not None and k > 0 and doc[k - 1].text == "," and k + 1 < hi:
            # "…, eine Erklärung der Behörde, in der es heißt, …": the relative pronoun
            # stands for the document named before the comma.
            if doc[k + 1].lower_ in ("der", "dem", "denen", "welcher", "welchem", "welchen"):
                doc_noun = next(
                    (
                        j
                        for j in range(k - 2, max(sent.start, k - 16) - 1, -1)
                        if doc[j].pos_ in ("NOUN", "PROPN")
                        and doc[j].lower_.endswith(source_noun_endings())
                    ),
                    None,
                )
                if doc_noun is not None:
                    return _np_span(doc, doc_noun, sent.start, k - 1, idx)
                if doc[k].lower_ == "von":
                    return None  # "Züge, von denen es geheißen habe, …": about them, not by them
        if k is not None:
            j = _source_head_after(doc, k, hi)
            if j is not None:
                return _np_span(doc, j, j, hi, idx)
        for cs, ce, governed in chunks:
            if governed and cs > lo and _source_preposition(doc, cs - 1, hi):
                return _np_span(doc, _head_of_chunk(doc, cs, ce), lo, hi, idx)
            if doc[cs].lower_ == "im" and ce - cs > 1:
                return _np_span(doc, _head_of_chunk(doc, cs, ce), cs + 1, hi, idx)
        # "…, heißt es darin.": the document just named speaks; the adverb stands for it.
        k = next((k for k in range(lo, hi) if doc[k].lower_ in _DOCUMENT_ADVERBS), None)
        if k is not None:
            return doc[k].idx, doc[k].idx + len(doc[k])
        return None
    if _is_passive(doc, cue, lo, idx):
        # "Von der Opposition wurde kritisiert, …": the agent of the passive is the source.
        return _passive_agent(doc, chunks, hi, idx, cue_i) or _passive_origin(doc, chunks, hi, idx)
    if (
        _preposition(doc[lo])
        and not _relative_opener(doc, lo, cue_i)
        and not _person_starts_at(doc, lo, idx)  # ("Von der Leyen sagte, …": a name)
    ):
        # German is verb-second: all before the finite verb is one phrase, and opened by a
        # preposition it is an adverbial ("Unter Berufung auf ungenannte Quellen gab die Bangkok
        # Post an", "Auf den Vorwurf der CDU, …, entgegneten die Unterstützer").
        fin = cue_i if is_finite(cue) else _main_finite(doc, lo, cue_i, idx)
        if fin is not None:
            chunks = [c for c in chunks if c[0] > fin]
    if cue_i - 1 >= max(lo, sent.start + 1) and doc[cue_i - 1].lower_ in ("und", "sowie"):
        # "sagte Wibisono und fügte hinzu, …", "Sie nannte die Stadt „wunderbar“ und kündigte
        # an, …": the second verb shares the first one's subject.
        start = max(
            (k + 1 for k in range(sent.start, cue_i) if _embed_residue(doc[k])), default=sent.start
        )  # ("… pic.twitter.com/Z9Nh Hunt entschuldigte sich … und meinte")
        first = _first_clause_subject(doc, start, cue_i - 1, idx)
        if first is not None:
            return first
    j = q.cue_tokens[-1] + 1 if len(q.cue_tokens) == 1 else cue_i + 1
    while j < hi and (doc[j].lower_ in FRAME_ADVERBS or doc[j].lower_ in ("nicht", "sich")):
        j += 1
    if j < hi and doc[j].lower_ in ("er", "sie", "ich", "wir"):
        # "…, sagte er": a personal pronoun right after the verb is its subject — but "sie"
        # may be the object when a subject stands before the verb ("Der Chef nannte sie …").
        # (A lone capitalised adverb before the verb is none: "Generell attestieren sie …".)
        vorfeld_subject = any(
            c[1] <= cue_i
            and _subject_like(doc, c)
            and not (c[1] - c[0] == 1 and doc[c[0]].pos_ == "ADV" and not doc[c[0]].ent_type_)
            for c in chunks
        )
        if not (doc[j].lower_ == "sie" and vorfeld_subject):
            t = doc[j]
            return t.idx, t.idx + len(t)
    for start in (lo, j):
        # „Die Zeit“ schrieb … / … schrieb „Die Zeit“: a medium's name in quotation marks.
        marked = _marked_name(doc, start, sent.end)
        if marked is not None and not idx.in_quote(marked[0]):
            return marked
    # (A cue the tagger read as a word of a noun phrase stays out of its subject's phrase:
    # "…, meinen/DET die Staatsschuldenwächter".)
    after_lo = cue_i + 1 if cue.pos_ in ("DET", "PRON", "NOUN") else lo
    heading_end = _after_glued_heading(doc, lo, cue_i)
    vorfeld = [c for c in chunks if heading_end <= c[0] and c[1] <= cue_i and _subject_like(doc, c)]
    # ("pic.twitter.com/b8Un Innenminister Thomas de Maizière sagte …": a link left from an
    # embedded tweet is no subject.)
    # (Nor is a truncated first half of a coordination: "Innen- und Sportminister …".)
    vorfeld = [
        c for c in vorfeld if not all(t.like_url or t.text.endswith("-") for t in doc[c[0] : c[1]])
    ] or vorfeld
    if cue_i > lo and is_finite(cue) and _present_participle(doc[cue_i - 1]):
        vorfeld = []  # "Die Person des Premiers betreffend schloss Sonthi aus": its object
    after = [c for c in chunks if c[0] == j and _subject_like(doc, c)]
    if vorfeld and not after and _thing(doc, vorfeld[0], idx):
        # "Das Beispiel hat Christoph Leitl landauf und landab erzählt": in the perfect the
        # subject follows the auxiliary; a thing before it is the object.
        aux = next((k for k in range(vorfeld[0][1], cue_i) if is_finite(doc[k])), None)
        if aux is not None:
            after = [
                c
                for c in chunks
                if c[0] == aux + 1 and _subject_like(doc, c) and _has_entity(doc, c, idx, "PER")
            ]
    # ("Umfassende und transparente Aufklärung fordert auch Joachim Feher": one coordinated
    # phrase, whose second conjunct shows it is a thing.)
    conjunct_thing = (
        len(vorfeld) > 1
        and doc[vorfeld[0][1]].lower_ in ("und", "oder")
        and _thing(doc, vorfeld[1], idx)
    )
    if not vorfeld and _impersonal_subject(doc, lo, cue_i):
        # "Es warf der Regierung vor, …", "Man forderte den Minister auf, …": the pronoun is
        # the subject, a phrase after the verb its object — unless it names someone ("Es
        # sprach Präsident Obama").
        # (The first free phrase after the verb: not "Es warf der Regierung von Präsidentin
        # Park … vor".)
        first = next((c for c in chunks if c[0] > cue_i and not c[2]), None)
        if first is None or not (
            _has_entity(doc, first, idx, "PER") or _has_entity(doc, first, idx, "ORG")
        ):
            return None
        return _np_span(doc, _head_of_chunk(doc, *first[:2]), after_lo, hi, idx)
    if vorfeld and not (
        after
        and (
            _object_before_subject(doc, vorfeld[0], after[0], idx)
            or conjunct_thing
            and _has_entity(doc, after[0], idx, "PER")
        )
    ):
        cs, ce, _ = vorfeld[0]
        return _np_span(doc, _head_of_chunk(doc, cs, ce), lo, hi, idx)
    if after:
        cs, ce, _ = after[0]
        return _np_span(doc, _head_of_chunk(doc, cs, ce), after_lo, hi, idx)
    cand = _dep_candidate(doc, cue, "subj", lo, hi, idx)
    later = [c for c in chunks if c[0] > cue_i and _subject_like(doc, c)]
    if cand is not None and not (later and doc[cand].lower_ in DEMONSTRATIVES):
        # ("Das berichteten am Montag Medien in Skopje.": a fronted "das" is what was said;
        # the subject follows the adverbials.)
        return _np_span(doc, cand, lo, hi, idx)
    if later:
        cs, ce, _ = later[0]
        return _np_span(doc, _head_of_chunk(doc, cs, ce), after_lo, hi, idx)
    return None


def _impersonal_subject(doc: Doc, lo: int, cue_i: int) -> bool:
    """Is a lone "es"/"man" right before the finite cue the whole of its clause's first
    field?"""
    k = cue_i - 1
    return (
        k >= lo
        and doc[k].lower_ in ("es", "man")
        and is_finite(doc[cue_i])
        and (
            k == lo or doc[k - 1].text in (",", ";", ":", "–") or doc[k - 1].lower_ in _COORDINATORS
        )
    )


def _source_preposition(doc: Doc, k: int, hi: int) -> bool:
    """ "hieß es aus dem Ministerium", "… auf der Facebookseite" — but "hieß es auf Anfrage (des
    STANDARD)" names the asker, not the source."""
    if doc[k].lower_ not in _HEISSEN_SOURCE_PREPS:
        return False
    return not _on_request(doc, k, hi)


def _source_head_after(doc: Doc, k: int, hi: int) -> int | None:
    """The noun heading the phrase of the preposition at k ("hieß es in einer Erklärung"),
    past the nouns of an extended attribute ("in einer am Donnerstag in New York verbreiteten
    Erklärung Bans": Erklärung, not New York)."""
    extended = k + 1 < hi and doc[k + 1].lower_ in DETERMINERS
    limit = min(hi, k + (14 if extended else 8))
    in_pp = False
    j = k + 1
    while j < limit:
        t = doc[j]
        if extended and j > k + 1 and _preposition(t):
            in_pp = True
        elif t.pos_ in ("NOUN", "PROPN"):
            if in_pp:
                while j + 1 < limit and doc[j + 1].pos_ in ("NOUN", "PROPN"):
                    j += 1  # the phrase's noun closes it ("in New York")
                in_pp = False
            elif not _in_date(doc, t):
                return j
        j += 1
    return None


def _on_request(doc: Doc, k: int, hi: int) -> bool:
    """ "auf Anfrage des WebStandard": the phrase names who asked, not who answered."""
    return (
        doc[k].lower_ == "auf"
        and k + 1 < hi
        and doc[k + 1].lower_.endswith(("anfrage", "nachfrage"))
    )


def _passive_origin(
    doc: Doc, chunks: list[tuple[int, int, bool]], hi: int, idx: _Index
) -> tuple[int, int] | None:
    """A passive without agent names its source by where it was said, as "hieß es" does:
    "Im Finanzministerium wurde betont, …", "Aus der Partei wurde erklärt, …" — an
    organisation only ("Im Interview wurde betont" names no one)."""
    for cs, ce, governed in chunks:
        if doc[cs].lower_ == "im" and ce - cs > 1:
            cs += 1
        elif not (governed and cs > 0 and _source_preposition(doc, cs - 1, hi)):
            continue
        head = _head_of_chunk(doc, cs, ce)
        ent = idx.entity_at(doc[head].idx)
        if ent is not None and ent.label == "ORG":
            return _np_span(doc, head, cs, hi, idx)
    return None


def _passive_agent(
    doc: Doc, chunks: list[tuple[int, int, bool]], hi: int, idx: _Index, cue: int = -1
) -> tuple[int, int] | None:
    """The "von"/"seitens" phrase of a passive ("wurde von der Opposition kritisiert"); not
    one after a noun or number ("unter der Führung von X", "27 von 35 Stimmen") unless the
    participle follows it ("wurde die Bundesregierung vom LSVD aufgefordert")."""
    for cs, ce, governed in chunks:
        if (
            governed
            and cs > 0
            and doc[cs - 1].lower_ in ("von", "vom", "seitens")
            and (ce == cue or not (cs > 1 and doc[cs - 2].pos_ in ("NOUN", "PROPN", "NUM")))
        ):
            return _np_span(doc, _head_of_chunk(doc, cs, ce), cs, hi, idx)
    return None


_RELATIVE_PRONOUNS = frozenset("dem der denen dessen deren welchem welcher welchen".split())


def _main_finite(doc: Doc, lo: int, cue_i: int, idx: _Index) -> int | None:
    """The finite verb of the main clause before a non-finite cue: one right after a comma
    ("In der Debatte, die … geführt wird, hat X gefordert") or else the first one."""
    found = [k for k in range(lo, cue_i) if is_finite(doc[k]) and not idx.in_quote(doc[k].idx)]
    after_comma = [k for k in found if doc[k - 1].text == ","]
    return (after_comma or found or [None])[-1 if after_comma else 0]


def _embed_residue(t: Token) -> bool:
    """A link, hashtag or handle left from an embedded tweet ("… @Kachelmann
    pic.twitter.com/Y6Rk Der erste Landesbeamte … sagte"): the sentence before it ended there,
    though no full stop says so."""
    if t.text[:1] in ("#", "@"):
        return True
    prev = t.doc[t.i - 1] if t.i else None
    if prev is not None and prev.text in ("#", "@") and not prev.whitespace_:
        return True  # "#AfD" in two tokens
    return t.like_url and ("/" in t.text or t.lower_.startswith(("http", "www.")))


def _clause_start(doc: Doc, q: QuoteRecord, lo: int, cue_i: int, idx: _Index) -> int:
    """First token of the cue's clause in [lo, cue_i]: after the last sentence end, colon,
    quotation, subordinator, relative pronoun ("…, die den Mut Alis hervorhob") or
    parenthetical "so" ("…, so vermutet die Zeitung"); a fronted subordinate clause ("Da …,
    formulierten die Forscher …") and a complete main clause before the cue's own ("…, und
    UNICEF rief …") are left out."""
    k = cue_i
    comma_passed = False
    while (
        k > lo
        and doc[k - 1].text not in (".", "!", "?", ":")
        and not _embed_residue(doc[k - 1])
        and (q.start <= doc[k - 1].idx < q.end or not idx.in_quote(doc[k - 1].idx))
    ):
        if doc[k - 1].text == "," and (
            doc[k].lower_ in _CLAUSE_OPENERS
            # ", und somit konnten die Offiziere melden": a main clause of its own, verb second
            or doc[k].lower_ in ("und", "aber", "doch")
            and k + 2 < cue_i
            and doc[k + 1].pos_ == "ADV"
            and is_finite(doc[k + 2])
            or doc[k].lower_ == "so"
            and k + 1 == cue_i
            # A relative clause holds the cue only if no comma closed it before the cue
            # ("Auf den Vorwurf, mit dem man …, entgegneten die Unterstützer").
            or not comma_passed
            and (_standalone_pronoun(doc, k) or _relative_opener(doc, k, cue_i))
        ):
            break
        comma_passed = comma_passed or doc[k - 1].text == ","
        k -= 1
    lo = k
    # A dateline before the clause ("Dubai/Washington – Die Organisation … forderte"): the
    # place is no subject.
    for d in range(lo + 1, min(cue_i, lo + 6)):
        if doc[d].text in ("–", "—", "-") and all(
            (t.text[:1].isupper() and t.pos_ != "DET") or t.text in ("/", "(", ")")
            for t in doc[lo:d]
        ):  # (not "Der Minister – sichtlich verärgert – sagte": a subject with an article)
            lo = d + 1
            break
    if doc[lo].lower_ in _CLAUSE_OPENERS:
        # A complete fronted clause ends at the comma before the main clause's finite verb
        # (not so an apposition: "Wie der Richter, Ottmar Breidling, ausführte, …").
        for c in range(lo + 1, cue_i):
            # ("…, dass das Passwort geknackt wird, Fraser Kyne meint trotzdem, …": a subject
            # and the finite cue after the comma open a main clause of their own.)
            if (
                doc[c].text == ","
                and (
                    c + 1 == cue_i
                    or is_finite(doc[c + 1])
                    or is_finite(doc[cue_i])
                    and all(_np_part(t) and t.text != "," for t in doc[c + 1 : cue_i])
                )
                and any(is_finite(t) for t in doc[lo + 1 : c])
            ):
                lo = c + 1
                break
    return _second_main_clause(doc, lo, cue_i)


def _standalone_pronoun(doc: Doc, i: int) -> bool:
    """ "…, die den Mut hervorhob", "Dieser bestätigte": a relative or demonstrative pronoun
    (often tagged as an article) is a phrase of its own when no adjective or noun follows."""
    t = doc[i]
    if t.lower_ not in _STANDALONE_PRONOUNS or t.pos_ not in ("DET", "PRON"):
        return False
    if i + 1 >= len(doc):
        return False
    # (A reporting verb right after it is a verb whatever its tag: ", das vorschlug".)
    nxt = doc[i + 1]
    if nxt.ent_type_ == "PER" and i > 0 and doc[i - 1].text == ",":
        return True  # "…, die Christoph Leitl erzählt": news German puts no article on a name
    return nxt.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "X") or nxt.i in cue_candidates(doc)


_STANDALONE_PRONOUNS = frozenset(
    "der die das welche welcher welches dieser diese dieses jener jene".split()
)


def _relative_opener(doc: Doc, k: int, cue_i: int) -> bool:
    """ ", in dem der Diplomat … vorwarf, …": a preposition with a relative pronoun opens the
    cue's clause (a plain "der"/"die" may be an article, so only after a preposition)."""
    return (
        k + 1 < cue_i
        and _preposition(doc[k])
        and doc[k + 1].lower_ in _RELATIVE_PRONOUNS
        and doc[k + 1].pos_ == "PRON"
    )


def _second_main_clause(doc: Doc, lo: int, cue_i: int) -> int:
    """ "Raschkow wurde festgenommen, andere Quellen berichten, dass …", "X stufte das Gesetz
    ein, und UNICEF rief …": when a complete clause and a comma or coordinator precede the
    cue's own subject (appositions and parentheses included), the cue's clause starts there."""
    cue = doc[cue_i]
    # (A plural present looks like an infinitive: "und die Hongkonger befürchten, dass …".)
    plural_present = (
        cue.morph.get("VerbForm") == ["Inf"]
        and cue_i + 1 < len(doc)
        and doc[cue_i + 1].text in (",", ":")
        and doc[cue_i - 1].lower_ != "zu"
    )
    adv = cue_i - 1
    if (
        adv - 1 > lo
        and doc[adv - 1].text == ","
        and doc[adv].pos_ == "ADV"
        and doc[adv].lower_ not in _CLAUSE_OPENERS
        and any(is_finite(t) for t in doc[lo : adv - 1])
        and doc[lo].lower_ not in _CLAUSE_OPENERS
    ):
        return adv  # "Diese lassen sich … zuordnen, jedoch zeigen Studien, dass …"
    if not (is_finite(cue) or plural_present):
        return lo
    last_comma = max((k for k in range(lo, cue_i) if doc[k].text == ","), default=lo - 1)
    if cue.lower_.endswith("t") and any(
        t.lemma_ in ("haben", "sein") and is_finite(t) for t in doc[last_comma + 1 : cue_i]
    ):
        return lo  # "Das Beispiel hat X landauf und landab erzählt": a participle, one clause
    # Boundaries inside the stretch of subject material right before the cue, leftmost first.
    bounds = []
    k = cue_i - 1
    while k > lo and (_np_part(doc[k]) or doc[k].pos_ == "PRON" or doc[k].text in (",", "(", ")")):
        if doc[k].text == "," and k < cue_i - 1:
            bounds.append(k + 1)
        k -= 1
    if lo < k < cue_i - 1 and doc[k].lower_ in _COORDINATORS:
        bounds.append(k + 1)  # "…, und das UN-Kinderhilfswerk UNICEF rief"
        k -= 1
    for b in sorted(bounds):
        if doc[b].lower_ in _COORDINATORS or doc[b].text in (",", "(", ")"):
            continue
        c = b - 1 if doc[b - 1].text == "," else b - 2 if doc[b - 2].text == "," else b - 1
        # (A subordinate clause before it opens at the start or after a comma, unlike "als"
        # in "stufte das Gesetz als verfassungswidrig ein".)
        if any(is_finite(t) for t in doc[lo:c]) and not any(
            t.lower_ in _CLAUSE_OPENERS
            and (t.i == lo or doc[t.i - 1].text == ",")
            or t.lower_ in ("der", "die", "das")
            and (t.pos_ == "PRON" or t.i > lo and doc[t.i - 1].text == ",")
            for t in doc[lo:c]
        ):  # (a relative "die" after its comma, whatever its tag: "…, die X landauf und …")
            return b
    return lo


def _has_entity(doc: Doc, chunk: tuple[int, int, bool], idx: _Index, label: str) -> bool:
    s, e, _ = chunk
    return any(
        (ent := idx.entity_at(doc[k].idx)) is not None and ent.label == label for k in range(s, e)
    )


def body_start(doc: Doc) -> int:
    """Where the article body begins: at a dateline that opens one of the first sentences
    ("…, sagt der Regisseur. Hollywood – Inmitten …"), else after the first sentence (the
    headline). 10kGNAD joins headline, teaser and body into one paragraph."""
    text = text_of(doc)
    sents = sentences(doc)
    for sent in sents[1:4]:
        if sent.start_char > 600:
            break
        if DATELINE.match(text, sent.start_char):
            return sent.start_char
    return sents[0].end_char if sents else 0


_NOMINATIVE_ARTICLES = frozenset(("der", "die"))


def _subject_after_verb(doc: Doc, i: int) -> bool:
    """A name right after the finite verb of its clause — past adverbs and a short
    prepositional phrase, with at most a role noun and a nominative article before it — is its
    subject where the parse says otherwise ("Verschnupft reagierte auch Arbeiterkammer-Präsident
    Rudolf Kaske.", with "Verschnupft" read as the subject)."""
    sent_start = sentence_of(doc[i]).start
    k = i - 1
    if k >= sent_start and is_role_noun(doc[k].text):
        k -= 1
        while k >= sent_start and doc[k].pos_ == "ADJ":
            k -= 1
        if k >= sent_start and doc[k].lower_ in _NOMINATIVE_ARTICLES:
            k -= 1
    skipped = 0
    while k >= sent_start and skipped < 4 and not is_finite(doc[k]):
        t = doc[k]
        if t.pos_ == "ADV" or t.pos_ in ("NOUN", "PROPN") and _in_date(doc, t):
            k -= 1
        elif t.lower_ == "sich":  # "Den Ball hat sich Draxler gesichert"
            k -= 1
        elif t.pos_ in ("ADP", "DET") and _in_date(doc, t):
            k -= 1
        else:
            return False
        skipped += 1
    return k >= sent_start and is_finite(doc[k]) and doc[k].pos_ in ("VERB", "AUX")


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicon("person_nouns")) | frozenset(nationality_nouns())


def _nationality(word: str) -> str | None:
    """The nationality a noun names ("Kroaten" → "kroate", "Dänin" → "däne"), or None."""
    w = word.rsplit("-", 1)[-1].lower()
    for form in (w, w[:-1] if w.endswith("n") else "", w[:-2] if w.endswith("en") else ""):
        if form in nationality_nouns():
            return nationality_nouns()[form]
    return None


_AGE_ENDINGS = ("-jährige", "-jähriger")


def _person_noun(word: str) -> bool:
    return word.rsplit("-", 1)[-1].lower() in _person_nouns()


class _Resolver:
    """Mention → actor, keeping track of who spoke last."""

    def __init__(
        self, doc: Doc, entities: list[EntityRecord], actors: list[ActorRecord], idx: _Index
    ):
        self.doc = doc
        self.text = text_of(doc)
        self.idx = idx
        self.actors = {a.id: a for a in actors}
        # Person and organisation mentions outside quotes, in text order, for antecedents.
        self.person_mentions = self._mentions(entities, "PER")
        self.person_starts = [p[0] for p in self.person_mentions]
        self.org_mentions = self._mentions(entities, "ORG")
        self.org_starts = [p[0] for p in self.org_mentions]
        self.last: tuple[int, ActorRecord] | None = None
        self.body_start = body_start(doc)
        # Document nouns outside quotes ("Studie", "Bericht"), for "die Studie" later on.
        self.source_nouns = [
            t.i
            for t in doc
            if t.lower_.endswith(source_noun_endings())
            and t.pos_ in ("NOUN", "PROPN")
            and not idx.in_quote(t.idx)
        ]
        self.source_noun_starts = [doc[i].idx for i in self.source_nouns]
        # Set by a pronoun whose antecedent is an unnamed person ("ein Sprecher des Konzerns").
        self.unnamed: str | None = None
        # Persons introduced with a nationality ("den Kroaten Marin Cilic"), for "der Serbe".
        self.nationalities: dict[str, str] = {}
        for pos, actor in self.person_mentions:
            before = self.text[max(0, pos - 20) : pos].split()
            nat = _nationality(before[-1]) if before else None
            if nat is not None:
                self.nationalities.setdefault(actor.id, nat)

    def resolve(self, start: int, end: int, quote_start: int) -> ActorRecord | None:
        self.unnamed = None
        ent = self.idx.entity_at(start)
        if (
            ent is not None
            and ent.label == "PER"
            and end > ent.end + 1
            and self.text[ent.end] in "s’'"
        ):
            # "Trumps Anwalt", "Badawis Ehefrau": someone of the person the genitive names,
            # never that person.
            owner = self.actors.get(ent.actor) if ent.actor else None
            found = self._resolve(start, end, quote_start)
            return None if found is owner else found
        if ent is not None and ent.actor:
            return self.actors.get(ent.actor)
        return self._resolve(start, end, quote_start)

    def _resolve(self, start: int, end: int, quote_start: int) -> ActorRecord | None:
        words = self.text[start:end].split()
        if not words:
            return None
        first = words[0].lower()
        if len(words) == 1 and first in _SPEAKER_PRONOUNS:
            return self._pronoun(first, start)
        if len(words) == 1 and first in _POSSESSIVES:
            return self._pronoun(_POSSESSIVES[first], start, possessive=True)
        if (
            len(words) == 2
            and first in _POSSESSIVES
            and words[1].lower().endswith(source_noun_endings())
        ):
            # "Seinen Angaben zufolge", "nach ihren Berechnungen": the owner speaks.
            return self._pronoun(_POSSESSIVES[first], start, possessive=True)
        if len(words) == 1 and first == "dieser":
            # "Peskow traf Lawrow. Dieser sagte, …": the demonstrative takes up the man named
            # last, not the subject before (which "er" would).
            return self._last_person("m", start, _PRONOUN_WINDOW)
        if len(words) == 1 and first in _ACCORDING_ADVERBS:
            # "Demnach …" takes up the source just named: the last speaker, if recent.
            if self.last and start - self.last[0] < _PRONOUN_WINDOW:
                return self.last[1]
            return None
        if len(words) == 1 and (
            _person_noun(words[0]) or words[0].lower().endswith(source_noun_endings())
        ):
            # "sagte der Serbe" with the noun tagged as a name, "heißt es in der Aussendung":
            # its article still counts.
            before = self.text[max(0, start - 7) : start].split()
            if before and before[-1].lower() in (
                "der",
                "die",
                "den",
                "dem",
                *_DEMONSTRATIVE_ARTICLES,
            ):
                words = [before[-1], words[0]]
        head = words[-1]
        article = words[0].lower()
        # "der Minister", a bare role in a headline ("Expertin: …") or a genitive owner before
        # it ("Kärntens Landeshauptmann"): a definite description of one person.
        definite = (
            article in ("der", "die", "das", "des", "dem", "den")  # ("das Stadtoberhaupt")
            or len(words) == 1
            or len(words) == 2
            and words[0][:1].isupper()
            and words[0].endswith("s")
        )
        if _GENITIVE_ARTICLES.intersection(w.lower() for w in words[1:-1]):
            # "Der Sprecher der Landesrätin" speaks for her, but "die Expertise des
            # Verkehrssachverständigen" is no person's description.
            definite = definite and is_role_noun(words[1])
        if definite and (is_role_noun(head) or self._known_role(head)):
            if article == "der" and role_gender(head) == "m" and self._plural(end):
                return None  # "der beteiligten Wissenschafter": several, no one actor
            found = self._description(head, start)
            if found is None and len(words) == 1 and self._owned(start):
                # "teilte dessen Stellvertreter mit": someone's deputy, no one named before
                # unless given that role.
                return None
            if (
                found is None
                and start < self.body_start
                and (article == "der" or not self._plural(end))  # (morph is unsure there)
            ):
                found = self._protagonist(head, _description_gender(article, head), start)
            if found is None and not self._plural(end) and "sprecher" not in head.lower():
                # (A spokesperson speaks for someone else: "der Sprecher" after "Donald Trump
                # hat …" is not Trump; only a person with that role is.)
                gender = _description_gender(article, head)
                found = (
                    self._last_person(gender, start)
                    or self._only_person(gender, start)
                    or self._last_speaker(gender, start)
                )
            return found
        aged = any(w.lower().endswith(_AGE_ENDINGS) for w in words[1:-1])
        demonym = len(words) == 2 and (article == "der" or head.endswith("in"))
        demonym = demonym and demonym_person(head)  # "meinte der Salzburger"
        if (
            len(words) >= 2
            and article in ("der", "die")
            and (_person_noun(head) or aged or demonym)
        ):
            # ("der 35-jährige Routinier": an age makes any noun a person's description.)
            # "Die Polizei habe keine Ahnung, so der Mann." after "Bernhard Mayer …": the man
            # named last, unless the article brought in an unnamed one ("Ein Mann wurde …").
            if self._unnamed_before(head, start) or self._unnamed_age_before(words, start):
                return None
            gender = _description_gender(article, head)
            nat = _nationality(head)
            if nat is not None:
                # "sagte der Serbe": the person introduced as one, else the person named
                # last who was not introduced as another nationality.
                k = bisect_right(self.person_starts, start)
                same = [
                    a for _, a in self.person_mentions[:k] if self.nationalities.get(a.id) == nat
                ]
                if same:
                    return same[-1]
                return self._last_person(gender, start, skip=frozenset(self.nationalities))
            if demonym:
                # The person named last as a subject: "Pinkelnig holte sich 2,6 Punkte vor der
                # deutschen Weltmeisterin Carina Vogt …, sagte die Vorarlbergerin" is Pinkelnig.
                k = bisect_right(self.person_starts, start) - 1
                while k >= 0 and start - self.person_starts[k] < _DESCRIPTION_WINDOW:
                    at, actor = self.person_mentions[k]
                    if actor.gender in (None, gender) and self._is_subject(at):
                        return actor
                    k -= 1
                return None
            # ("der Mann" is anyone: only the person named within reach.)
            topic = head.lower() not in ("mann", "frau")
            return self._last_person(gender, start, topic=topic) or self._only_person(gender, start)
        if (
            2 <= len(words) <= 3
            and article in ("der", "die", "das", "dem", "den", *_DEMONSTRATIVE_ARTICLES)
            and head.lower().endswith(source_noun_endings())
        ):
            # "die Mitterlehner-Aussage, wonach …": the statement of the person (or
            # organisation) its first part names.
            owner = self._compound_owner(head)
            if owner is not None:
                return owner
            # "empfiehlt die Studie" after "Eine Studie der OECD zeigt …": the study named
            # before, with its author ("Studie der OECD"), is the source's name.
            self.unnamed = self._earlier_source(head, start)
            if (
                self.unnamed is None
                and self.last
                and start - self.last[0] < _PRONOUN_WINDOW
                and (
                    head.lower() in statement_nouns()
                    or head.lower() in ("bericht", "berichten")
                    and self.last[1].label == "ORG"
                )
            ):
                # "den Angaben zufolge" with no owner: what the source just quoted said;
                # "dem Bericht zufolge" after "…, schrieb die Zeitung": its report.
                return self.last[1]
            return None
        if len(words) == 2 and article in ("der", "die", "das") and head.lower() in _ORG_NOUNS:
            # "Die Organisation warnte, …" after "die Internationale Organisation für Migration
            # (IOM)": the organisation named last.
            return self._last_org(start)
        if (
            len(words) >= 2
            and words[-2].lower().endswith(source_noun_endings())
            and head.endswith("s")
            and head[:1].isupper()
        ):
            # "Erklärung Bans", "Bericht Putins": the person the genitive names (by surname,
            # or by the family name that comes first: "Ban" of "Ban Ki Moon").
            stem = head[:-1].lower()
            family_first = first_name_gender(stem) is None
            same = [
                a
                for a in self.actors.values()
                if a.label == "PER"
                and (
                    a.key == stem
                    or any(
                        alias.lower() == stem or family_first and alias.split()[0].lower() == stem
                        for alias in a.aliases
                    )
                )
            ]
            if len(same) == 1:
                return same[0]
        if len(words) == 1 and head[:1].isupper():
            # A surname the tagger missed ("Behr: …" in an interview): the one person of
            # that surname.
            same = [a for a in self.actors.values() if a.label == "PER" and a.key == head.lower()]
            if len(same) == 1:
                return same[0]
        return None

    def _pronoun(self, pronoun: str, pos: int, possessive: bool = False) -> ActorRecord | None:
        gender = _SPEAKER_PRONOUNS[pronoun]
        self.unnamed = None
        if pronoun in ("wir", "ich"):
            return self.last[1] if self.last else None
        # (A possessive's verb agrees with its noun: "ihrer Meinung nach belaufen sich …".)
        if pronoun == "sie" and not possessive and self._plural_verb_near(pos):
            return None
        unnamed = self._unnamed_subject_before(pos, gender)
        if unnamed is not None:
            # "Ein Sprecher des Konzerns wollte sich nicht äußern. Ob …, ließ er offen.": the
            # pronoun takes up that spokesman, not the person who spoke before him.
            self.unnamed = unnamed
            return None
        if self.last and pos - self.last[0] < _PRONOUN_WINDOW:
            actor = self.last[1]
            newer = self._subject_since(self.last[0], pos, gender)
            if newer is not None:
                # "… sagte Dačić. Der französische Premier Manuel Valls lehnt … ab. …, sagte
                # er": a person made the subject after the last quote is the one meant.
                return newer
            if actor.label == "PER" and actor.gender in (None, gender):
                return actor
        # The nearest fitting person named as a subject, else the nearest fitting one: "Wexler
        # … schaffte es, mit Freunden wie Emile de Antonio … Schon 1974 war er …" is Wexler.
        k = bisect_right(self.person_starts, pos) - 1
        nearest = None
        while k >= 0 and pos - self.person_starts[k] < _PRONOUN_WINDOW:
            start, actor = self.person_mentions[k]
            if actor.gender in (None, gender):
                if self._is_subject(start):
                    return actor
                nearest = nearest or actor
            k -= 1
        return nearest

    def _is_subject(self, start: int) -> bool:
        """Is the name starting at this character the subject of its clause?"""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        first = tok
        while tok.dep_ in ("flat", "nk", "appos", "compound", "pnc") and tok.head.i != tok.i:
            tok = tok.head
        return (
            tok.dep_ in SUBJECT_DEPS
            or _subject_after_verb(self.doc, first.i)
            or self._before_first_verb(start)
        )

    def _before_first_verb(self, start: int) -> bool:
        """Does the name at `start` stand right before the first finite verb of its sentence
        (verb-second: its subject, whatever the parse made of a dateline before it: "Linz –
        Der Landesrat Michael Strugl ist …")?"""
        ent = self.idx.entity_at(start)
        span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent else None
        if span is None or span.end >= len(self.doc):
            return False
        after = self.doc[span.end]
        if not (is_finite(after) or after.pos_ == "AUX"):
            return False
        sent = sentence_of(span[0])
        return not any(is_finite(t) for t in self.doc[sent.start : span.start])

    def _subject_since(self, since: int, pos: int, gender: str) -> ActorRecord | None:
        """The person named last before `pos`, if named after `since` as the subject of a
        sentence of its own, and of the pronoun's gender."""
        k = bisect_right(self.person_starts, pos) - 1
        if k < 0 or self.person_starts[k] <= since:
            return None
        start, actor = self.person_mentions[k]
        if actor.gender not in (None, gender):
            return None
        return actor if self._is_subject(start) else None

    def _protagonist(self, noun: str, gender: str | None, pos: int) -> ActorRecord | None:
        """A description in the headline or teaser ("…, sagt der Regisseur. Hollywood – …")
        names the person the article then introduces: the first one given that role, else
        the one person of its gender named most often (not a spokesperson: one speaks for
        someone else)."""
        later = [(first, a) for first, a in self._role_holders(noun) if first > pos]
        if later:
            return min(later, key=lambda fa: fa[0])[1]
        if "sprecher" in noun.lower():
            return None
        counts = sorted(
            (
                (len(a.mentions), a)
                for a in self.actors.values()
                if a.label == "PER" and (gender is None or a.gender in (None, gender))
            ),
            key=lambda c: -c[0],
        )
        if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
            return None
        return counts[0][1]

    def _last_person(
        self,
        gender: str | None,
        pos: int,
        window: int = _DESCRIPTION_WINDOW,
        skip: frozenset[str] = frozenset(),
        topic: bool = True,
    ) -> ActorRecord | None:
        """A definite description no actor carries as a role ("der SPD-Politiker" after
        "Bundeskanzler Olaf Scholz hat … kritisiert") takes up the person named last, if
        nearby (farther, with `topic`, while "er" keeps him the topic) and of its gender (and
        not one of the `skip` actor ids)."""
        k = bisect_right(self.person_starts, pos) - 1
        while k >= 0 and self.person_mentions[k][1].id in skip:
            k -= 1
        if k < 0 or pos - self.person_starts[k] >= max(window, _PRONOUN_WINDOW):
            return None
        if pos - self.person_starts[k] >= window and not (
            topic and gender == "m" and _HE.search(self.text, self.person_starts[k], pos)
        ):
            # (Farther back only if "er" kept him the topic: "Reichelt … Einerseits
            # verzeichnete er …, andererseits vergab er … Der war miserabel, ärgerte sich der
            # 35-jährige Routinier".)
            return None
        actor = self.person_mentions[k][1]
        return actor if gender is None or actor.gender in (None, gender) else None

    def _mentions(self, entities: list[EntityRecord], label: str) -> list[tuple[int, ActorRecord]]:
        return [
            (e.start, self.actors[e.actor])
            for e in entities
            if e.label == label and e.actor in self.actors and not self.idx.in_quote(e.start)
        ]

    def _only_person(self, gender: str | None, pos: int) -> ActorRecord | None:
        """ "meint der Apple-Chef" far from any name: the one person of its gender the
        article has named so far (Tim Cook), if there is just one and it spoke last. (Not
        otherwise: "Wie der Bundeswahlleiter mitteilte" in an article on Gerhard Schröder.)"""
        k = bisect_right(self.person_starts, pos)
        fitting = {
            a.id: a
            for _, a in self.person_mentions[:k]
            if gender is None or a.gender in (None, gender)
        }
        if len(fitting) != 1 or self.last is None or self.last[1].id not in fitting:
            return None
        return self.last[1]

    def _last_speaker(self, gender: str | None, pos: int) -> ActorRecord | None:
        """ "erklärte die Forscherin" a few sentences after "…, so Hofmann": the person who
        spoke last, if no other person of the description's gender was named since."""
        if self.last is None or pos - self.last[0] >= _PRONOUN_WINDOW:
            return None
        actor = self.last[1]
        if actor.label != "PER" or gender is not None and actor.gender not in (None, gender):
            return None
        k = bisect_right(self.person_starts, pos) - 1
        while k >= 0 and self.person_starts[k] >= self.last[0]:
            other = self.person_mentions[k][1]
            if other.id != actor.id and (gender is None or other.gender in (None, gender)):
                return None
            k -= 1
        return actor

    def _last_org(self, pos: int) -> ActorRecord | None:
        k = bisect_right(self.org_starts, pos) - 1
        if k >= 0 and pos - self.org_starts[k] < _PRONOUN_WINDOW:
            return self.org_mentions[k][1]
        return None

    def _unnamed_subject_before(self, pos: int, gender: str | None) -> str | None:
        """The subject of the sentence before the pronoun's when it is an unnamed person
        ("Ein Sprecher des Konzerns", "Die Sprecherin") of the pronoun's gender."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = sentence_of(span[0])
        if sent.start == 0:
            return None
        prev = sentence_of(self.doc[sent.start - 1])
        if any(t.ent_type_ == "PER" for t in prev):
            return None  # a named person there ("Der Vizevorsitzende, Jan Korte, …") is it
        for t in prev:
            if t.dep_ not in SUBJECT_DEPS or t.head.dep_ not in ("ROOT", "root"):
                continue
            if t.pos_ != "NOUN" or not is_role_noun(t.text) or t.ent_type_:
                return None
            art = self.doc[t.i - 1] if t.i > prev.start else None
            if art is None or art.lower_ not in ("ein", "eine", "der", "die"):
                return None
            if "Plur" in t.morph.get("Number"):
                return None
            definite = {"ein": "der", "eine": "die"}.get(art.lower_, art.lower_)
            g = _description_gender(definite, t.text)
            if art.lower_ in ("der", "die") and (
                self._description(t.text, pos) is not None
                or self._last_speaker(g, t.idx) is not None
            ):
                # "betonte der Anwalt. Er bestätigte …": a known person's role; "Der Hacker
                # betont … Trotzdem hofft er": the person who spoke last.
                return None
            if gender is not None and g is not None and g != gender:
                return None
            end = t.i + 1
            if end + 1 < prev.end and self.doc[end].lower_ in ("des", "der"):
                while end + 1 < prev.end and self.doc[end + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
                    end += 1
                end += 1
            return self.doc[art.i : end].text
        return None

    def _plural(self, end: int) -> bool:
        """Is the noun ending at char `end` plural ("die Forscher", "die Entführer")? A
        masculine role noun after "die" is."""
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None:
            return False
        head = span[-1]
        article = self.doc[head.i - 1].lower_ if head.i > 0 else ""
        if head.i > 1 and self.doc[head.i - 1].pos_ in ("ADJ", "NUM"):
            article = self.doc[head.i - 2].lower_  # "die beiden Forscher"
        if article == "der" and role_gender(head.text) == "m":
            # A speaker is a subject: "so der Forscher" is one man, whatever the tag; but a
            # weak "-en" adjective after "der" is a genitive plural ("nach Angaben der
            # beteiligten Wissenschafter"; one man would be "des beteiligten Wissenschafters").
            adj = self.doc[head.i - 1]
            return adj.pos_ == "ADJ" and adj.lower_.endswith("en")
        if "Plur" in head.morph.get("Number"):
            return True
        return article == "die" and role_gender(head.text) == "m"

    def _plural_verb_near(self, pos: int) -> bool:
        span = self.doc.char_span(pos, pos + 3, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        for t in (tok.head, *sentence_of(tok)):
            if (
                t.pos_ in ("VERB", "AUX")
                and "Plur" in t.morph.get("Number")
                and abs(t.i - tok.i) <= 2
            ):
                return True
        return False

    def _description(self, noun: str, pos: int) -> ActorRecord | None:
        """The actor whose role the noun names, introduced last before `pos`: "der Minister"
        → the actor with the role "Außenminister"."""
        holders = self._role_holders(noun)
        before = [(first, a) for first, a in holders if first < pos]
        if before:
            return max(before, key=lambda fa: fa[0])[1]
        # The title in front of the name itself ("OeNB-Gouverneur und EZB-Rat Ewald Nowotny
        # warnt …" with the parse's subject on the title).
        ahead = [(first, a) for first, a in holders if pos < first < pos + _TITLE_REACH]
        return min(ahead, key=lambda fa: fa[0])[1] if ahead else None

    def _compound_owner(self, noun: str) -> ActorRecord | None:
        """The one actor named by the first part of "Mitterlehner-Aussage", "OECD-Studie"."""
        prefix = noun.rsplit("-", 1)[0].lower() if "-" in noun else ""
        if not prefix:
            return None
        same = [
            a
            for a in self.actors.values()
            if a.key == prefix or a.label == "ORG" and a.name.lower() == prefix
        ]
        return same[0] if len(same) == 1 else None

    def _earlier_source(self, noun: str, pos: int) -> str | None:
        """The last mention of a document noun before `pos` that says whose it is: "Studie der
        OECD", "OECD-Studie", "Bericht des Guardian"."""
        stem = noun.lower().rsplit("-", 1)[-1]
        k = bisect_right(self.source_noun_starts, pos) - 1
        while k >= 0 and not self.doc[self.source_nouns[k]].lower_.endswith(stem):
            k -= 1
        if k < 0 or pos - self.source_noun_starts[k] > _PRONOUN_WINDOW * 2:
            return None
        t = self.doc[self.source_nouns[k]]
        if "-" in t.text and t.text.split("-")[0][:1].isupper():
            return t.text  # "OECD-Studie"
        # Its owner: "der Organisation …", "des Guardian", "von Marktforschern".
        end, g = sentence_of(t).end, t.i + 2
        if t.i + 1 >= end or self.doc[t.i + 1].lower_ not in ("des", "der", "von", "vom"):
            return None
        while g < end and self.doc[g].pos_ in ("ADJ", "NOUN", "PROPN"):
            g += 1
        if self.doc[g - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        return self.doc[t.i : g].text

    def _unnamed_before(self, noun: str, pos: int) -> bool:
        """Did an indefinite "ein Mann" / "eine 38-Jährige" come shortly before?"""
        window = self.text[max(0, pos - _DESCRIPTION_WINDOW) : pos]
        return (
            re.search(rf"\b[Ee]in(?:e[mnrs]?)?\s+(?:\S+\s+)?{re.escape(noun)}\w*\b", window)
            is not None
        )

    def _unnamed_age_before(self, words: list[str], pos: int) -> bool:
        """ "der 81-jährige" after "Der 81-jährige Besitzer eines Hauses …": an age met before
        with no name shortly before or after it describes someone unnamed, not the person
        named last."""
        age = next((w for w in words[1:] if w.lower().endswith(_AGE_ENDINGS)), None)
        if age is None:
            return False
        stem = re.escape(age.rstrip("rn"))
        for m in re.finditer(rf"\b{stem}", self.text[max(0, pos - _PRONOUN_WINDOW) : pos]):
            at = max(0, pos - _PRONOUN_WINDOW) + m.start()
            # (not after a name, "Cristian Brocchi … Der unerfahrene 40-Jährige", nor before
            # one: "der 35-jährige Hannes Reichelt")
            k = bisect_left(self.person_starts, at - _DESCRIPTION_WINDOW)
            if k == len(self.person_starts) or self.person_starts[k] - at > 40:
                return True
        return False

    def _owned(self, start: int) -> bool:
        """Does a possessive stand right before the mention ("dessen Stellvertreter")?"""
        before = self.text[max(0, start - 12) : start].split()
        return bool(before) and before[-1].lower() in _POSSESSIVE_DETERMINERS

    def _known_role(self, noun: str) -> bool:
        """A title the role lexicon lacks but the article gives someone ("EZB-Rat", "die
        Psychotherapeutin Barbara Preitler")."""
        return any(r.split()[-1] == noun for a in self.actors.values() for r in a.roles if r)

    def _role_holders(self, noun: str) -> list[tuple[int, ActorRecord]]:
        """Actors with a role the noun names, with the offset of their first mention."""
        stem = noun.lower()
        for suffix in ("innen", "in", "en", "n", "s"):
            if stem.endswith(suffix) and is_role_noun(noun[: -len(suffix)]):
                stem = stem[: -len(suffix)] if suffix != "in" else stem
                break
        prefix, _, rest = stem.rpartition("-")
        if prefix and prefix not in _ROLE_PREFIXES_KEPT:
            stem = rest  # "US-Sicherheitsforscher" is a "Sicherheitsforscher"; "Ex-Chef" no "Chef"

        # (A synonym only for a bare role: "der Austria-Coach" is no other team's "Trainer".)
        stems = (stem,) if prefix else (stem, *_role_synonyms().get(stem, ()))

        def fits(role: str) -> bool:
            word = role.lower().split()[-1]
            own_prefix = word.rpartition("-")[0]
            # ("der Austria-Coach" is not the "Bullen-Coach": another team's.)
            return word.endswith(stems) and not (prefix and own_prefix and own_prefix != prefix)

        return [
            (actor.mentions[0][0] if actor.mentions else 0, actor)
            for actor in self.actors.values()
            if any(fits(r) for r in actor.roles if r)
        ]


@cache
def _role_synonyms() -> dict[str, tuple[str, ...]]:
    """Each role word of data/lexicons/role_synonyms.txt with the others of its group."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lexicon("role_synonyms"):
        group = line.split()
        for word in group:
            out[word] = tuple(w for w in group if w != word)
    return out


def _free_np(doc: Doc, chunk: tuple[int, int, bool]) -> bool:
    """Not an impersonal pronoun ("zitierte man X")."""
    s, e, _ = chunk
    return not (e - s == 1 and doc[s].lower_ in ("man", "es", "sich"))


def _first_clause_subject(
    doc: Doc, lo: int, hi: int, idx: _Index, verb: int | None = None
) -> tuple[int, int] | None:
    """Subject of the first main clause in [lo, hi): the phrase before its finite verb (or the
    given one), or the one right after it when an adverbial fills the first position."""
    # Indirect quotes of the same sentence may cover the first clause; direct ones may not.
    if verb is None:
        verb = next(
            (k for k in range(lo, hi) if is_finite(doc[k]) and not idx.in_direct(doc[k].idx)),
            None,
        )
    if verb is None:
        return None
    chunks = [
        c for c in _chunks(doc, lo, hi, idx, skip_quotes=False) if not idx.in_direct(doc[c[0]].idx)
    ]
    # (after a focus adverb: "Auch die Armutskonferenz warnt …")
    first = lo + 1 if lo + 1 < verb and doc[lo].lower_ in focus_particles() else lo
    before = [c for c in chunks if c[1] <= verb and c[0] == first and _subject_like(doc, c)]
    after = [c for c in chunks if c[0] == verb + 1 and _subject_like(doc, c)]
    pick = (before or after)[:1]
    if not pick:
        return None
    cs, ce, _ = pick[0]
    return _np_span(doc, _head_of_chunk(doc, cs, ce), lo, hi, idx)


def _after_glued_heading(doc: Doc, lo: int, cue_i: int) -> int:
    """ "Kleinstmöglicher Nenner Auch hinsichtlich … meint Pilgermaier, …": a subheading the
    scraper glued to the next sentence ends where a capitalised function word follows a
    capitalised word; the clause, and the phrase before its verb, start there."""
    for k in range(lo + 1, min(cue_i, lo + 5)):
        t = doc[k]
        if (
            t.text[:1].isupper()
            and t.lower_ in closed_class()
            and doc[k - 1].is_alpha
            and doc[k - 1].text[:1].isupper()
        ):
            return k
        if (
            t.idx in person_starts(doc)
            and cue_i - k <= 3
            and all(doc[j].text[:1].isupper() for j in range(k, cue_i))
            and doc[k - 1].is_alpha
            and doc[k - 1].is_lower
            and doc[k - 1].lower_ not in closed_class()
            and doc[k - 1].pos_ != "AUX"  # ("Mattarella hatte Conte gebeten": the object)
        ):
            # "Illusionen verbreiten Merkel warf ihren Kritikern vor, …": a name right before
            # the verb after lower-case words ends a glued heading; it is the subject.
            return k
    return lo


def _in_date(doc: Doc, tok: Token) -> bool:
    """Is the token part of a date ("am Mittwoch")?"""
    return tok.i in date_tokens(doc)


def _reported_frame(doc: Doc, q: QuoteRecord) -> bool:
    """A frame in Konjunktiv without a source ("Es werde geschätzt, dass …"): it goes on
    reporting the speaker before."""
    if not q.cue_tokens:
        return False
    cue_i = q.cue_tokens[0]
    sent = sentence_of(doc[cue_i])
    return any(is_konjunktiv(t) for t in doc[sent.start : cue_i + 1])


def _sentence_before(doc: Doc, i: int) -> Span | None:
    """The sentence before token i, passing over the line break that may open i's own
    sentence (else that sentence, which holds the quote itself, would pass for it), without
    its own opening line break."""
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote or doc[k].text in "„“”»«"):
        k -= 1  # (and over the opening quotation mark)
    if k < 0:
        return None
    sent = sentence_of(doc[k])
    start = sent.start
    while start < k and doc[start].is_space:
        start += 1  # ("\nLammert würdigte …": the subject opens the sentence all the same)
    return doc[start : sent.end]


def _frame_after_quote(doc: Doc, q: QuoteRecord, idx: _Index) -> tuple[int, int] | None:
    """The subject of a verb-first clause closing the quote's sentence ("„…“, strich Romney
    heraus.", "„…“ erklärte die Ministerin.") or the phrase after a closing "so" ("„…“ so das
    Fazit der Betreiber"): a frame the quote finder left unread."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    while k < len(doc) and (doc[k].is_space or doc[k].is_quote or doc[k].text in "„“”»«,"):
        k += 1
    if k >= len(doc) or idx.in_quote(doc[k].idx):
        return None
    # (A line break may split it off as a sentence of its own: "„…“\nerklärte X.")
    end = sentence_of(doc[k]).end
    d = k + 1 if doc[k].text == "." else k
    while d < len(doc) and doc[d].is_space:
        d += 1
    if d + 1 < len(doc) and doc[d].lower_ in ("das", "dies") and is_finite(doc[d + 1]):
        # "„Ja, es gibt Zumutungen“. Das musste Finanzminister Steinbrück einräumen.": the
        # next sentence takes the quote up with a reporting verb.
        end = sentence_of(doc[d]).end
        cues = cue_candidates(doc)
        if any(j in cues and is_verb(doc[j]) for j in range(d + 1, end)):
            return _first_clause_subject(doc, d, end, idx, d + 1)
        return None
    if doc[k].lower_ == "so":
        chunks = [c for c in _chunks(doc, k + 1, end, idx) if c[0] == k + 1 and not c[2]]
        if chunks:
            cs, ce, _ = chunks[0]
            return _np_span(doc, _head_of_chunk(doc, cs, ce), cs, end, idx)
        return None
    # No statement opens with its finite verb, so one there frames the quote, whatever it is.
    if not (is_finite(doc[k]) and doc[k].pos_ == "VERB"):
        return None
    return _first_clause_subject(doc, k, end, idx, k)


def _inner_so_frame(doc: Doc, q: QuoteRecord, idx: _Index) -> tuple[int, int] | None:
    """ "Doch sei es, so der ugandische Schriftsteller Musa Okwanga in einem Blog, …": a
    parenthetical "so" frame inside a continued report names its source."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    end = min(span.end, span.start + 40)
    for k in range(span.start + 1, end - 1):
        if doc[k].lower_ == "so" and doc[k - 1].text == "," and doc[k + 1].pos_ != "VERB":
            chunks = _chunks(doc, k + 1, min(end, k + 12), idx, skip_quotes=False)
            if chunks and chunks[0][0] == k + 1 and not chunks[0][2]:
                cs, ce, _ = chunks[0]
                if any(doc[j].pos_ in ("NOUN", "PROPN") for j in range(cs, ce)):
                    return _np_span(doc, _head_of_chunk(doc, cs, ce), cs, end, idx)
    return None


def _follows_quote(doc: Doc, prev: QuoteRecord | None, q: QuoteRecord) -> bool:
    """Does the quote before end in this sentence or the one just before it?"""
    if prev is None:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return True
    before = _sentence_before(doc, span.start)
    if before is None:
        return True
    return prev.end > before.start_char


def _narration_after_quote(doc: Doc, prev: QuoteRecord | None, q: QuoteRecord) -> bool:
    """Is one sentence without any reporting verb all that stands between the quote before
    and this continuation? ("…, sagt Stainer-Hämmerle. Darmann gilt als freundliches Gesicht
    der FPÖ. Ragger sei unabhängiger gewesen." goes on with her words, not Darmann's.)"""
    if prev is None:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    before = _sentence_before(doc, span.start) if span is not None and span.start else None
    if before is None or before.start == 0 or before.end - before.start <= 8:
        return False  # a short lead-in names the next speaker: "Parwanow ist besorgt."
    two_back = _sentence_before(doc, before.start)
    if two_back is None or prev.end <= two_back.start_char:
        return False
    cues = cue_candidates(doc)
    return not any(
        k in cues and cue_at(doc, k, before.end) is not None
        for k in range(before.start, before.end)
    )


def _predicate_nominal(doc: Doc, chunk: tuple[int, int, bool]) -> bool:
    """ "Sie wäre eine gute Kandidatin": an indefinite phrase right after a form of "sein"
    says what the subject is (not "… ist Koch stark abhängig": a subject after the verb)."""
    cs = chunk[0]
    return (
        cs > 0
        and doc[cs - 1].lemma_ == "sein"
        and is_finite(doc[cs - 1])
        and doc[cs].lower_ in ("ein", "eine")
    )


def _source_before(doc: Doc, q: QuoteRecord, idx: _Index) -> tuple[int, int] | None:
    """The named subject of the sentence before a free-standing report: "Wowereit bedauerte
    die Entscheidung. Anfang der neunziger Jahre seien Fehler gemacht worden." → Wowereit."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = _sentence_before(doc, span.start)
    if prev is None:
        return None
    if idx.in_quote(prev.start_char) or prev.end - prev.start > 60:
        return None
    chunks = [c for c in _chunks(doc, prev.start, prev.end, idx) if _subject_like(doc, c)]
    # "Gegner des Gesetzes verweisen auf …": whoever a reporting verb has as its subject.
    # (A plural present may be tagged as an infinitive: "verweisen".)
    cues = cue_candidates(doc)
    # ("Auch die Armutskonferenz warnt/ADV …": a cue form the tagger missed is a verb too.)
    verb = next(
        (
            k
            for k in range(prev.start, prev.end)
            if is_finite(doc[k])
            or k in cues
            and (doc[k].pos_ == "VERB" or cue_at(doc, k, prev.end) is not None)
        ),
        None,
    )
    if (
        verb is not None
        and verb in cues
        and (is_verb(doc[verb]) or cue_at(doc, verb, prev.end) is not None)
    ):
        subject = _first_clause_subject(doc, prev.start, prev.end, idx, verb)
        if subject is not None:
            return subject
    # "Das Schiff kenterte, teilte die Küstenwache mit.": the frame after the statement.
    frame = next(
        (
            k
            for k in range(prev.start + 1, prev.end)
            if k in cues
            and doc[k - 1].text == ","
            and cue_at(doc, k, prev.end) is not None
            and not _closes_relative_clause(doc, k - 1, prev.start)
        ),
        None,
    )
    if frame is not None:
        subject = _first_clause_subject(doc, frame, prev.end, idx, frame)
        if subject is not None:
            return subject
    if (
        verb is not None
        and doc[verb].lower_ in PASSIVE_AUX
        and any(k in cues and is_verb(doc[k]) for k in range(verb + 1, prev.end))
    ):
        # "Die Forderungen Berningers wurden von Minister Stolpe als unrealistisch
        # bezeichnet.": a reporting passive has its agent as the source, not the subject.
        agent = _passive_agent(doc, _chunks(doc, prev.start, prev.end, idx), prev.end, idx)
        # (Without an agent the subject is what was reported, not who: "In dem Bericht wird
        # eine viel zu geringe Zahl eingesetzter Beamter beklagt.")
        return agent
    named = [
        c
        for c in chunks
        if (
            _has_entity(doc, c, idx, "PER")
            or _has_entity(doc, c, idx, "ORG")
            or any(is_role_noun(doc[k].text) for k in range(c[0], c[1]))  # "General Sonthi"
        )
        and not _predicate_nominal(doc, c)
    ]
    subjects = [c for c in named if any(doc[k].dep_.startswith("nsubj") for k in range(c[0], c[1]))]
    # German is verb-second: a named phrase that alone fills the place before the finite verb
    # is its subject, whatever the parse ("Lammert würdigte die Bundeswehr als …").
    fronted = [c for c in named if c[0] == prev.start and c[1] == verb]
    # The main clause's subject before one of a clause inside it ("Für die Verfassung, die der
    # CDRM als Aufgabe ansieht, gab General Sonthi einen Zeitraum an.").
    main = [
        c
        for c in subjects
        if any(
            doc[k].dep_.startswith("nsubj") and doc[k].head.dep_ == "ROOT" for k in range(*c[:2])
        )
    ]
    pick = (fronted or main or subjects or named)[:1]
    if doc[prev.start].lower_ == "zwar" and len(subjects) > 1:
        # "Zwar hat Minister Pröll den Auftrag gegeben, Havranek fühlte sich aber gebremst.":
        # the concession's subject yields to the clause that makes the point.
        pick = subjects[-1:]
    if not pick:
        return None
    cs, ce, _ = pick[0]
    return _np_span(doc, _head_of_chunk(doc, cs, ce), prev.start, prev.end, idx)


def _closes_relative_clause(doc: Doc, comma: int, lo: int) -> bool:
    """ "Der Vorsitzende der PiS, der als starker Mann gilt, wies Kritik zurück": the comma
    closes a relative clause opened after the subject, and the verb after it is the main
    clause's, not a frame after a statement."""
    k = comma - 1
    while k > lo and doc[k].text != ",":
        k -= 1
    return (
        k > lo
        and k + 1 < comma
        and doc[k + 1].lower_ in _RELATIVE_OPENERS
        and doc[k + 1].pos_ in ("PRON", "DET")
    )


_RELATIVE_OPENERS = _RELATIVE_SUBJECTS | _RELATIVE_PRONOUNS


def _personal(doc: Doc, mention: tuple[int, int] | None, idx: _Index) -> bool:
    """Can this mention speak in the first person: a named person or organisation, or a
    person noun ("der Verhandler") — not "Ende Dezember", "Skepsis" or another "ich"?"""
    if mention is None:
        return False
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or is_first_or_second_person(span):
        return False
    return span.text.lower() in _SPEAKER_PRONOUNS or any(
        (ent := idx.entity_at(t.idx)) is not None
        and ent.label in ("PER", "ORG")
        or is_role_noun(t.text)
        for t in span
    )


def _first_person_speaker(doc: Doc, q: QuoteRecord, idx: _Index) -> tuple[int, int] | None:
    """Who says "ich" in a first-person sentence standing alone: the person named in the
    sentence before (as subject if there are several), else in the one before that ("Im
    Flugzeug nach Peking war sich Ai Weiwei unsicher, … Innerlich war ich auf Ärger
    vorbereitet.")."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = _sentence_before(doc, span.start)
    for _ in range(2):
        if prev is None or idx.in_quote(prev.start_char):
            return None
        chunks = [
            c
            for c in _chunks(doc, prev.start, prev.end, idx)
            if _has_entity(doc, c, idx, "PER")
            or any(is_role_noun(doc[k].text) for k in range(c[0], c[1]))
        ]
        main = next(
            (
                t
                for t in prev
                if t.dep_ in SUBJECT_DEPS and t.head.dep_ in ("ROOT", "root") and is_finite(t.head)
            ),
            None,
        )
        if main is not None and main.lower_ in ("er", "sie"):
            return None  # "Er fand, Federer habe …": whoever spoke last, not Federer
        subjects = [c for c in chunks if _subject_like(doc, c)]
        ruling = [c for c in subjects if main is not None and c[0] <= main.i < c[1]]
        if subjects:
            cs, ce, _ = (ruling or subjects)[0]
            return _np_span(doc, _head_of_chunk(doc, cs, ce), prev.start, prev.end, idx)
        prev = _sentence_before(doc, prev.start) if prev.start > 0 else None
    return None


def attribute(doc: Doc) -> None:
    quotes: list[QuoteRecord] = doc._.quotex_quotes or []
    entities: list[EntityRecord] = doc._.quotex_entities or []
    actors: list[ActorRecord] = doc._.quotex_actors or []
    idx = _Index(doc, entities, quotes)
    resolver = _Resolver(doc, entities, actors, idx)
    text = text_of(doc)
    prev: QuoteRecord | None = None
    unanchored: list[int] = []  # continuations that follow no quote of their own speaker
    for n, q in enumerate(quotes):
        mention, referent = (None, None) if q.inherits else find_speaker_mention(doc, q, idx)
        words = doc.char_span(q.start, q.end, alignment_mode="expand")
        if (
            q.method == "colon"
            and not q.cue_tokens
            and mention is not None
            and referent is None
            and words is not None
            and not _personal(doc, mention, idx)
            and is_first_or_second_person(words)
        ):
            # "… eine Biografie des Größenwahns: Ich bin Pablo Escobar": a lead-in whose only
            # phrase is no person or organisation does not speak in the first person.
            mention = _first_person_speaker(doc, q, idx)
        if q.inherits and q.method in ("continuation", "first-person"):
            mention = _inner_so_frame(doc, q, idx)
            if (
                mention is None
                and not _follows_quote(doc, prev, q)
                and (q.method == "first-person" or not _narration_after_quote(doc, prev, q))
            ):
                unanchored.append(n)
                mention = _source_before(doc, q, idx)
                if q.method == "first-person" and not _personal(doc, mention, idx):
                    mention = _first_person_speaker(doc, q, idx)
        elif mention is None and q.kind == "direct" and q.frame is None:
            # A frame after the quote that the quote finder left unread ("„…“ erklärte
            # Kultusministerin Eisenmann."); else, for a quote on its own line after a sentence
            # that introduces someone new ("Der ältere Bruder des Papstes, Georg Ratzinger,
            # war eingeweiht. „Mein Bruder wünscht sich mehr Ruhe.“"), that someone.
            mention = _frame_after_quote(doc, q, idx)
            if mention is None and not q.inherits and not _follows_quote(doc, prev, q):
                mention = _source_before(doc, q, idx)
        if mention is None and q.cue_lemma == "heißen" and not q.inherits:
            # "…, hieß es am Dienstag." with no source in the frame: the source of the
            # statement just before, else the named subject of the sentence before.
            if prev is not None and prev.speaker_name and q.start - prev.end < _PRONOUN_WINDOW:
                _copy_speaker(q, prev)
            else:
                mention = _source_before(doc, q, idx)
        if (
            q.speaker is None
            and mention is None
            and prev is not None
            and (q.inherits or q.frame is None or _reported_frame(doc, q))
        ):
            if q.start - prev.end < _PRONOUN_WINDOW:
                _copy_speaker(q, prev)
        elif (
            mention is not None
            and text[mention[0] : mention[1]].lower() in _ACCORDING_ADVERBS
            and prev is not None
            and prev.speaker_name
            and _follows_quote(doc, prev, q)
        ):
            # "…, berichtete das Staatsfernsehen. Demnach konnten …": the source of the
            # statement just before, named or not (not the last speaker with a name).
            q.speaker = mention
            q.speaker_text = text[mention[0] : mention[1]]
            q.speaker_name, q.speaker_label = prev.speaker_name, prev.speaker_label
            q.speaker_actor = prev.speaker_actor
        elif mention is not None:
            ms, me = mention
            actor = resolver.resolve(*(referent or mention), q.start)
            if (
                ms >= q.end
                and q.method in ("according", "fronted")
                and text[ms:me].lower() in ("er", "sie")
            ):
                # "Vorstandschef Ralph Dommermuth will …, wie er am Donnerstag sagte": the
                # pronoun after the clause takes up the person the clause opens with; after
                # "…, sagte er" only a person the clause introduces ("Auch
                # Wirtschaftsbundpräsident Christoph Leitl hält … für ein Relikt, sagte er").
                introduced = q.method == "fronted"
                actor = (
                    _fronted_person(doc, q, idx, resolver, text[ms:me].lower(), introduced) or actor
                )
                if actor is None and not introduced:
                    # "Die Polizei stoppte den Mann …, wie sie am Montag berichtete."
                    resolver.unnamed = _fronted_description(doc, q, text[ms:me].lower())
            q.speaker = (ms, me)
            q.speaker_text = text[ms:me]
            source = None
            if actor is None and q.speaker_text.lower() in _ACCORDING_ADVERBS | _DOCUMENT_ADVERBS:
                # "Der ÖNB hat … kritisiert. Demnach sei …": the source named just before.
                source = _source_before(doc, q, idx)
                if source is not None:
                    actor = resolver.resolve(source[0], source[1], q.start)
            if actor is not None:
                q.speaker_actor = actor.id
                q.speaker_name = actor.name
                q.speaker_label = actor.label
            elif resolver.unnamed is not None:
                q.speaker_name, q.speaker_label = resolver.unnamed, None
                resolver.unnamed = None
            elif source is not None or referent is not None:
                source = source or referent
                q.speaker_name = text[source[0] : source[1]]
                ent = idx.entity_at(source[0])
                q.speaker_label = ent.label if ent is not None else None
            elif (
                q.speaker_text.lower() in ("er", "sie")
                and prev is not None
                and prev.speaker_name
                and prev.speaker_text
                and prev.speaker_text.lower() not in _SPEAKER_PRONOUNS
                and q.start - prev.end < _PRONOUN_WINDOW
            ):
                # "Der 26-jährige Mann hatte angekündigt, … Vor Gericht beteuerte er, …": an
                # unnamed speaker taken up by a pronoun keeps the description as its name.
                q.speaker_name, q.speaker_label = prev.speaker_name, prev.speaker_label
            elif q.speaker_text.lower() in _ACCORDING_ADVERBS:
                # "… schrieb die Organisation. [two sentences] Demnach sieht …": the source of
                # the last statement, if near; "Demnach" itself names nobody.
                if prev is not None and prev.speaker_name and q.start - prev.end < _PRONOUN_WINDOW:
                    q.speaker_name, q.speaker_label = prev.speaker_name, prev.speaker_label
                    q.speaker_actor = prev.speaker_actor
            else:
                span = doc.char_span(ms, me, alignment_mode="expand")
                nominative = (
                    None if span is None else nominative_description(doc, span.start, span.end)
                )
                q.speaker_name = (
                    _medium_name(span)
                    or nominative
                    or _citation_form(span)
                    or _compound_owner(span)
                    or q.speaker_text
                )
                ent = idx.entity_at(ms)
                q.speaker_label = ent.label if ent is not None else None
        if q.speaker_actor and q.speaker_actor in resolver.actors:
            resolver.last = (q.end, resolver.actors[q.speaker_actor])
        prev = q
    for n in reversed(unanchored):
        # "Zumindest vorerst werde die Domain noch auf ihn registriert bleiben. Wenn sie mir
        # jemand abkaufen will, …, sagte Prieth.": a Konjunktiv sentence that follows no quote
        # and runs straight into a statement framed after it is that speaker's too.
        q = quotes[n]
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        if (
            nxt is not None
            and nxt.method in ("fronted", "so", "continuation", "first-person")
            and nxt.speaker is not None
            and not text[q.end : nxt.start].strip(" .!?…")
        ):
            _copy_speaker(q, nxt)
    _speakers_of_repeated_words(quotes, text, resolver.body_start)


def _fronted_person(
    doc: Doc,
    q: QuoteRecord,
    idx: _Index,
    resolver: _Resolver,
    pronoun: str,
    introduced: bool = False,
) -> ActorRecord | None:
    """The person named before the first finite verb of an indicative clause (its subject,
    verb-second), if of the pronoun's gender (and, if `introduced`, named there first)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in span if is_finite(t)), None)
    if verb is None or is_konjunktiv(verb) or verb.i - span.start > 6:
        return None
    for t in span[: verb.i - span.start]:
        ent = idx.entity_at(t.idx)
        if _governed(doc, t.i):
            return None  # "Mit Lula auf dem Schleudersitz wird …": no subject
        if ent is not None and ent.label == "PER" and ent.actor in resolver.actors:
            actor = resolver.actors[ent.actor]
            if introduced and min(actor.mentions, default=(ent.start,))[0] < ent.start:
                return None
            if actor.gender in (None, _SPEAKER_PRONOUNS[pronoun]):
                return actor
    return None


def _fronted_description(doc: Doc, q: QuoteRecord, pronoun: str) -> str | None:
    """ "Die Polizei" of "Die Polizei stoppte …, wie sie berichtete": an article of the
    pronoun's gender and a singular noun before the first finite verb of an indicative clause."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    article = "die" if pronoun == "sie" else "der"
    k = span.start
    if doc[k].lower_ != article:
        return None
    e = k + 1
    while e < span.end and doc[e].pos_ == "ADJ":
        e += 1
    if e >= span.end or doc[e].pos_ != "NOUN" or "Plur" in doc[e].morph.get("Number"):
        return None
    verb = doc[e + 1] if e + 1 < span.end else None
    if verb is None or not is_finite(verb) or is_konjunktiv(verb):
        return None
    if "Plur" in verb.morph.get("Number"):
        return None  # "Die Ermittler fanden …, wie sie mitteilten"
    return doc[k : e + 1].text


_OBLIQUE_ARTICLES = frozenset("des der dem eines einer einem".split())


def _medium_name(span: Span | None) -> str | None:
    """The name after a medium's noun names it: "des Blogs 9to5Mac" → "9to5Mac"."""
    if span is None:
        return None
    doc, head = span.doc, span.start
    while head < span.end - 1 and doc[head].pos_ == "DET":
        head += 1
    end = media_name_end(doc, head, span.end)
    return doc[head + 1 : end].text if head + 1 < end == span.end else None


def _citation_form(span: Span | None) -> str | None:
    """A one-noun source in the genitive or dative as a reader names it: "nach Angaben des
    Gemeindebundes" → "Gemeindebund", "laut einem Bericht" → "Bericht", "der Polizei" →
    "Polizei". None for anything longer (its adjectives would need declining too)."""
    if span is None or len(span) != 2 or span[0].lower_ not in _OBLIQUE_ARTICLES:
        return None
    noun = span[1]
    if not noun.is_alpha or not noun.text[:1].isupper() or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if span[0].lower_ == "der" and noun.morph.get("Gender") != ["Fem"]:
        return None  # "der Richter": a nominative, its article part of the description
    word = noun.text
    if span[0].lower_ in ("des", "eines") and len(word) > 4:
        # Masculine and neuter genitive: "Gemeindebundes", "Ministeriums", "Vereins".
        if word.endswith("es") and word[-3] not in "aeiouäöü":
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    return word


_LINKING_S = ("ungs", "heits", "keits", "schafts", "tums", "iums", "ions", "täts", "amts")


def _compound_owner(span: Span | None) -> str | None:
    """Who gave the statement a compound names: "nach Polizeiangaben" → "Polizei",
    "laut Ministeriumsangaben" → "Ministerium", "UNO-Angaben" → "UNO"."""
    if span is None or len(span) != 1:
        return None
    word = span[0].text
    low = word.lower()
    head = next((h for h in statement_nouns() if low.endswith(h) and len(low) > len(h) + 2), None)
    if head is None or not word[:1].isupper():
        return None
    owner = word[: -len(head)].rstrip("-")
    if owner.lower().endswith(_LINKING_S):
        owner = owner[:-1]
    return owner if len(owner) >= 2 else None


def _copy_speaker(q: QuoteRecord, src: QuoteRecord) -> None:
    q.speaker, q.speaker_text = src.speaker, src.speaker_text
    q.speaker_actor, q.speaker_name = src.speaker_actor, src.speaker_name
    q.speaker_label = src.speaker_label


_REPEAT_KEY = 30  # characters of a quote's opening that identify its words when repeated


def _repeat_key(words: str) -> str:
    return " ".join(words.split())[:_REPEAT_KEY].lower()


def _speakers_of_repeated_words(quotes: list[QuoteRecord], text: str, body_start: int) -> None:
    """A headline quote without a speaker ("„Im Herzen bin ich ein heimlicher Politiker“.
    Hollywood – …") takes the speaker of the same words where the body repeats them with a
    frame ("Im Herzen bin ich ein heimlicher Politiker, sagt Cranston …")."""
    later: dict[str, QuoteRecord] = {}
    for q in reversed(quotes):
        if q.speaker is not None and q.start >= body_start:
            later[_repeat_key(text[q.start : q.end])] = q
    for q in quotes:
        if q.start >= body_start:
            break
        words = text[q.start : q.end]
        if q.speaker is not None or len(words) < _REPEAT_KEY:
            continue
        src = later.get(_repeat_key(words))
        if src is not None:
            _copy_speaker(q, src)


class SpeakerAttributor:
    """spaCy component: fills the speaker of each quote in `doc._.quotex_quotes`."""

    def __init__(self, name: str = "quotex_speakers") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.quotex_quotes is None:
            raise ValueError("quotex_speakers needs quotex_quotes earlier in the pipeline")
        if doc._.quotex_entities is None:
            raise ValueError("quotex_speakers needs quotex_actors earlier in the pipeline")
        attribute(doc)
        doc._.quotex_quotes = join_runs(doc, join_interrupted(doc, doc._.quotex_quotes))
        set_quote_spans(doc)
        clear_caches(doc)
        return doc


@Language.factory("quotex_speakers", requires=["doc._.quotex_quotes", "doc._.quotex_actors"])
def make_speakers(nlp: Language, name: str) -> SpeakerAttributor:
    return SpeakerAttributor(name)
