"""Small, model-agnostic views of German grammar shared by the rule stages.

The bundled pipeline uses UD labels; spaCy's de_core_news_* use TIGER labels. Every check here
accepts both, and falls back to surface forms where the parse is weak.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .resources import lexicon, lexicon_table

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "sb", "sbp"})
# Demonstrative pronouns that stand for a whole statement ("Das berichteten Medien", "Das geht
# schwer ins Geld").
DEMONSTRATIVES = frozenset(("das", "dies", "dieses"))
# Labels of the interviewer's turns in a printed interview ("STANDARD: Warum …? Hofer: …").
INTERVIEWERS = frozenset("STANDARD Standard Frage F Interviewer".split())
OBJECT_DEPS = frozenset({"obj", "iobj", "oa", "da", "og", "obl:arg"})
CONJ_DEPS = frozenset({"conj", "cj"})

SENTENCE_END = frozenset({".", "!", "?", "…"})
# Every form of the definite and indefinite article.
DETERMINERS = frozenset("der die das den dem des ein eine einer eines einem einen".split())
SUBORDINATORS = frozenset(
    "dass daß ob wie wo warum weshalb weswegen wann wer was womit wobei wonach wodurch".split()
)
# Adverbs that may stand between a cue verb and its postponed subject ("sagte zudem X").
FRAME_ADVERBS = frozenset(lexicon("frame_adverbs"))
# Forms of "werden" that make a participle passive ("wurde kritisiert", "verletzt worden").
PASSIVE_AUX = frozenset("wird werden wurde wurden worden".split())
# Nouns of a time adverbial in the accusative ("vergangenes Jahr", "diese Woche"): such a
# phrase after a cue is never its subject.
TIME_NOUNS = frozenset("jahr woche monat wochenende mal nacht".split())
# Unambiguous Konjunktiv I / reported-speech forms, used when the morphology is unsure.
KONJUNKTIV_FORMS = frozenset(lexicon("konjunktiv_forms"))
AMBIGUOUS_FIRST_PERSON = frozenset("habe werde gebe liege stehe gehe komme bleibe".split())
INDICATIVE_AUX = frozenset(
    "ist sind war waren hat haben wird werden kann muss soll will wurde wurden hatte hatten "
    "konnte konnten musste mussten durfte durften mochte mochten sollen müssen können "
    "wollen dürfen".split()
)


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    speaker_role: str  # "subj" or "obj"
    particle: str | None  # separable particle ("ein" for einräumen)
    after_only: bool = False  # only as a frame after the statement: "…, findet sie"
    reflexive: bool = False  # with "sich": "…, freute sich X", "…, zeigte sich X überzeugt"
    not_reflexive: bool = False  # no cue with "sich": "Dabei ergaben sich Komplikationen:"
    correlative: str | None = None  # needed in the clause: "davon" of "geht davon aus, dass"


_PARTICLES = (
    "zurück",
    "offen",
    "hervor",
    "entgegen",
    "durch",
    "hinzu",
    "bekannt",
    "fest",
    "klar",
    "vorher",
    "voraus",
    "weiter",
    "fort",
    "hin",
    "an",
    "aus",
    "ein",
    "mit",
    "zu",
    "vor",
    "aufmerksam",  # (before "auf")
    "auf",
    "ab",
    "dar",
    "nach",
    "bei",  # beipflichten
)


def _split_particle(lemma: str) -> tuple[str | None, str]:
    for prt in _PARTICLES:
        if lemma.startswith(prt) and len(lemma) > len(prt) + 3:
            rest = lemma[len(prt) :]
            if rest.endswith(("en", "ern", "eln")):
                return prt, rest
    return None, lemma


def _weak_forms(stem_lemma: str) -> set[str]:
    """Finite and participle forms of a regular (weak) verb: sagen → sagte, sagten, sagt, gesagt."""
    if stem_lemma.endswith("en"):
        stem = stem_lemma[:-2]
    elif stem_lemma.endswith(("ern", "eln")):
        stem = stem_lemma[:-1]
    else:
        stem = stem_lemma[:-1]
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else ""
    forms = {
        f"{stem}{e}t",
        f"{stem}{e}te",
        f"{stem}{e}ten",
        f"{stem}e",
        f"{stem}en",
        f"{stem}{e}st",
    }
    if stem_lemma.endswith("ieren"):
        forms.add(f"{stem}t")
    else:
        forms.add(f"ge{stem}{e}t")
        forms.add(f"{stem}{e}t")
    return forms


@cache
def reporting_verbs() -> tuple[dict[str, ReportingVerb], dict[str, list[ReportingVerb]]]:
    """(by lemma, by surface form) — forms cover weak inflection plus the listed irregular ones."""
    by_lemma: dict[str, ReportingVerb] = {}
    by_form: dict[str, list[ReportingVerb]] = {}
    for row in lexicon_table("reporting_verbs"):
        lemma = row[0].lower()
        role = row[1] if len(row) > 1 and row[1] else "subj"
        particle, base = _split_particle(lemma)
        after_only = len(row) > 3 and row[3].startswith("after")
        if after_only and lemma in by_lemma:
            continue  # "zeigen" is a source's verb first; its frame use: reflexive_frame_verbs
        reflexive = len(row) > 3 and row[3] == "after-reflexive"
        not_reflexive = len(row) > 3 and row[3] == "not-reflexive"
        correlative = (
            row[3].removeprefix("with-") if len(row) > 3 and row[3].startswith("with-") else None
        )
        verb = ReportingVerb(
            lemma, role, particle, after_only, reflexive, not_reflexive, correlative
        )
        by_lemma[lemma] = verb
        forms = _weak_forms(base)
        irregular = set()
        if len(row) > 2 and row[2]:
            irregular = {f.strip().lower() for f in row[2].split(",") if f.strip()}
        forms |= irregular
        if particle:
            # Joined forms of subordinate clauses and participles: mitteilte, mitgeteilt.
            forms |= {particle + f for f in forms if not f.startswith(particle)}
            forms |= {particle + "zu" + base}
        for form in forms:
            by_form.setdefault(form, []).append(verb)
    return by_lemma, by_form


@cache
def reflexive_frame_verbs() -> dict[str, ReportingVerb]:
    """Verbs that frame a statement only after it, reflexively ("…, zeigte sich X überzeugt",
    "…, freute sich X"): the rows of reporting_verbs marked "after-reflexive", by lemma."""
    return {
        row[0].lower(): ReportingVerb(row[0].lower(), "subj", None, True, True)
        for row in lexicon_table("reporting_verbs")
        if len(row) > 3 and row[3] == "after-reflexive"
    }


@cache
def _institution_stems() -> tuple[str, ...]:
    return tuple(lexicon("institutions"))


def is_institution_noun(word: str) -> bool:
    """Polizei, Innenministerium, Verwaltungsgericht: a generic institution that can speak."""
    return word[:1].isupper() and word.lower().endswith(_institution_stems())


@cache
def honorifics() -> frozenset[str]:
    return frozenset(h.lower() for h in lexicon("honorifics"))


@cache
def role_stems() -> tuple[str, ...]:
    return tuple(sorted({r.lower() for r in lexicon("roles")}, key=len, reverse=True))


@cache
def _role_pattern() -> re.Pattern[str]:
    stems = "|".join(re.escape(r) for r in role_stems())
    return re.compile(f"({stems})(innen|in|en|n|s)?$")


def _role_match(word: str) -> re.Match[str] | None:
    """A role stem ending the word, as the whole word or after a prefix of 2+ letters."""
    if len(word) < 3 or not (word[:1].isupper() or word[:1].isdigit() and "-" in word):
        return None  # ("Der 96-Trainer": a number before the hyphen, like "US-" before it)
    m = _role_pattern().search(word.lower())
    if m is None or 0 < m.start() < 2:
        return None
    return m


def is_role_noun(word: str) -> bool:
    """Kremlsprecher, US-Präsident, Außenministerin: the word equals or ends with a role stem."""
    return _role_match(word) is not None


def role_base(word: str) -> str | None:
    """The uninflected role noun: Präsidenten → Präsident, US-Präsidentin stays; else None."""
    m = _role_match(word)
    if m is None:
        return None
    suffix = m.group(2) or ""
    if suffix in ("", "in"):
        return word
    if suffix == "innen":
        return word[: -len("nen")]
    return word[: -len(suffix)]


@cache
def media_endings() -> tuple[str, ...]:
    """Endings of media nouns ("Netzzeitung", "Nachrichtenagentur"): lexicon media_nouns."""
    return tuple(w.lower() for w in lexicon("media_nouns"))


def media_noun(tok: Token) -> bool:
    """A media noun, also in the genitive ("des Blogs", "des Magazins", "des Blattes")."""
    w, endings = tok.lower_, media_endings()
    return tok.pos_ == "NOUN" and (
        w.endswith(endings) or w[:-1].endswith(endings) or w[:-2].endswith(endings)
    )


def media_name_end(doc: Doc, head: int, hi: int) -> int:
    """End of the name right after a media noun at head ("des Blogs 9to5Mac", "der Zeitung Le
    Monde", "des Senders CNN"); head + 1 if none follows. Name words start with a capital or
    a digit and hold a letter; no verb, date or number ("gemäß der Netzzeitung 40 Menschen")."""
    if not media_noun(doc[head]):
        return head + 1
    e = head + 1
    while e < min(hi, head + 5):
        t = doc[e]
        if (
            not t.text[:1].isalnum()
            or t.text[:1].islower()
            or t.like_num
            or not any(c.isalpha() for c in t.text)
            or t.pos_ == "ADP"
            or t.pos_ == "DET"
            and not (e + 1 < hi and doc[e + 1].text[:1].isupper())
            or is_finite(t)
            or e in date_tokens(doc)
        ):
            break
        e += 1
    return e


@cache
def org_descriptors() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("org_descriptors"))


def role_gender(word: str) -> str | None:
    """Feminine role nouns end in -in (Ministerin, Sprecherin); adjectival ones in -e serve
    both ("der/die Vorsitzende", "Abgeordnete": None, the article decides); others are
    masculine."""
    w = word.lower()
    if not is_role_noun(word):
        return None
    if w.endswith("in"):
        return "f"
    if w.endswith("e") and not w.endswith(("ologe", "experte", "kollege")):
        return None
    return "m"


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def is_finite(token: Token) -> bool:
    """Finite verb by morphology, falling back to closed-class forms when features are missing.
    (Asked several times per token by the rules: the answer is kept per document.)"""
    known = token.doc.user_data.get("quotex_finite")
    if known is None:
        known = token.doc.user_data["quotex_finite"] = {}
    answer = known.get(token.i)
    if answer is None:
        answer = known[token.i] = _is_finite(token)
    return answer


def _is_finite(token: Token) -> bool:
    low = token.lower_
    if token.i > 0 and token.doc[token.i - 1].lower_ == "zu":
        return False  # "schützen zu wollen": an infinitive, whatever the tagger says
    if low in KONJUNKTIV_FORMS or low in INDICATIVE_AUX:
        # Closed-class verb forms: trust the word over a mis-tag (werde/ADV) — but not an
        # infinitive before the finite modal it depends on ("Beendet werden/Inf solle sie").
        return not _infinitive_before_finite(token)
    if low in closed_class() or low in prepositions():
        # "bislang"/VERB: a word the treebanks only know as an adverb; "anstelle"/VERB before
        # "von": a preposition, not the Konjunktiv of "anstellen"
        return False
    if _capitalised_inside(token):
        return False  # "in den Salzburger Nachrichten"/VERB: German capitalises nouns, not verbs
    if token.dep_ == "amod" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET":
        return False  # "Der krebskranke/VERB Sultan": an attribute between article and noun
    if (
        token.dep_ == "amod"
        and token.pos_ == "VERB"
        and "Past" in token.morph.get("Tense")  # (a participle read as a past form)
        and token.head.i == token.i + 1
        and token.head.pos_ == "NOUN"
        and not token.head.ent_type_  # (", relativierte/amod Barisic": the frame's verb)
        and low.endswith(("e", "en", "em", "er", "es"))
    ):
        return False  # "als gezielte/VERB Beweismittel": an inflected attribute of its noun
    if not is_verb(token):
        return is_surface_konjunktiv(token) or _surface_present(token) or _surface_past(token)
    if low.endswith("t") and _after_finite(token):
        return False  # "betonte (jedoch) wiederholt/VERB": an adverb, not a second verb
    vf = token.morph.get("VerbForm")
    if vf == ["Part"] and low.endswith("e") and not low.endswith("te"):
        # No participle ends in a bare -e: "ihr Land unterstütze …" is Konjunktiv I.
        return is_surface_konjunktiv(token)
    if vf:
        return "Fin" in vf
    if token.morph.get("Mood") or token.morph.get("Person"):
        return True
    return token.tag_.endswith("FIN") if token.tag_ else False


_OPENERS = frozenset(":.!?;–—-(…\"'„“”»«‚‘›‹")


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word inside a clause, where no verb is capitalised."""
    if not token.text[:1].isupper() or token.i == 0 or token.is_sent_start:
        return False
    prev = token.doc[token.i - 1]
    return not (prev.text[-1:] in _OPENERS or prev.is_space or "\n" in prev.whitespace_)


@cache
def prepositions() -> frozenset[str]:
    """Prepositions and postpositions (lexicon prepositions): never finite verbs."""
    return frozenset(lexicon("prepositions"))


@cache
def closed_class() -> frozenset[str]:
    """Words that are never finite verbs: the treebank-built list plus hand-added adverbs."""
    return frozenset(lexicon("closed_class")) | frozenset(lexicon("adverbs"))


@cache
def verb_infinitives() -> frozenset[str]:
    return frozenset(lexicon("verbs"))


_NEVER_VERB_POS = frozenset("DET PRON ADP CCONJ SCONJ NUM PUNCT PART INTJ SYM SPACE".split())
# Frequent non-verbs that are also a verb stem + e ("lange" / langen).
_NOT_KONJUNKTIV = frozenset("lange gerne ohne".split())


# Prefixes of participles that look like a third person present ("bedroht", "entfernt").
_PARTICIPLE_PREFIXES = ("be", "ent", "er", "ver", "zer", "ge", "über", "unter", "durch", "miss")


def _surface_present(token: Token) -> bool:
    """A third person present the tagger took for a lower-case noun or adverb ("Das
    passt/NOUN schon", "Der Verband warnt/ADV"): German writes no noun in lower case, and the
    form is a known infinitive's stem + t."""
    low = token.lower_
    if token.pos_ not in ("NOUN", "PROPN", "ADV") or not token.is_lower or len(low) < 5:
        return False
    if not low.endswith("t"):
        return False
    stem = low[:-2] if low.endswith("et") and low[:-2] + "en" in verb_infinitives() else low[:-1]
    if stem + "en" not in verb_infinitives():
        return False
    if token.pos_ == "ADV" and low.startswith(_PARTICIPLE_PREFIXES):
        return False  # "bedroht", "entfernt": participles as adverbs
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    if _after_finite(token):
        return False
    if prev.pos_ == "DET":
        return prev.lower_ in ("das", "dies", "der", "die")  # its subject: "Das passt"
    return prev.pos_ != "ADP" and prev.lower_ != "zu"  # (not "zur Kraft", "zu passt")


# Quantifiers that stand as a subject before their verb ("viele empörten sich").
_QUANTIFIER_SUBJECTS = frozenset("viele alle beide einige manche wenige".split())


def _surface_past(token: Token) -> bool:
    """A weak past the tagger took for a lower-case noun after a quantifier subject ("viele
    empörten/NOUN sich"): German writes no noun in lower case, and the form is a known
    infinitive's stem + te(n); participles ("die gefürchteten") are excluded by their prefix."""
    low = token.lower_
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower or token.i == 0:
        return False
    if not low.endswith(("te", "ten")) or low.startswith(_PARTICIPLE_PREFIXES):
        return False
    stem = low[:-3] if low.endswith("ten") else low[:-2]
    if stem + "en" not in verb_infinitives() and stem + "n" not in verb_infinitives():
        return False
    return token.doc[token.i - 1].lower_ in _QUANTIFIER_SUBJECTS


_INFINITIVE_LIKE_AUX = frozenset("haben werden sein sollen müssen können wollen dürfen".split())


def _infinitive_before_finite(token: Token) -> bool:
    """ "werden" in "Beendet werden solle sie", "gemacht werden muss": the tagger's infinitive,
    right before a finite modal or auxiliary."""
    if token.lower_ not in _INFINITIVE_LIKE_AUX or token.morph.get("VerbForm") != ["Inf"]:
        return False
    if token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return nxt.lower_ in KONJUNKTIV_FORMS or (
        nxt.lower_ in INDICATIVE_AUX and nxt.lower_ not in _INFINITIVE_LIKE_AUX
    )


def _after_finite(token: Token) -> bool:
    """Does a finite verb (by its features) stand at most three words before, in the same
    clause and not across "und"/"oder"? Then a "-t" form here is an adverb or participle
    ("betonte jedoch wiederholt", "hat bestimmt"): a clause has one finite verb."""
    for k in range(token.i - 1, max(-1, token.i - 4), -1):
        t = token.doc[k]
        if t.is_punct or t.pos_ == "CCONJ":
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def is_surface_konjunktiv(token: Token) -> bool:
    """A Konjunktiv I form the tagger took for an adverb or adjective ("sein Land plane …").

    The form is a known infinitive minus its final "n" ("plane"), or with "e" for it in verbs in
    -ern/-eln ("dauere"). An adjective reading ("klare Regeln",
    "die gleiche") is kept when an article precedes it or a noun follows it.
    """
    low = token.lower_
    if len(low) < 4 or not low.endswith("e") or not token.is_lower or low in _NOT_KONJUNKTIV:
        return False
    if (
        token.pos_ in _NEVER_VERB_POS
        or not (
            low + "n" in verb_infinitives()
            # (verbs in -ern/-eln: "dauere" of dauern, "ändere" of ändern)
            or low.endswith(("ere", "ele"))
            and low[:-1] + "n" in verb_infinitives()
        )
    ):
        return False
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    if prev is not None and (prev.lower_ == "zu" or prev.pos_ in ("DET", "ADP")):
        return False
    if token.pos_ == "ADJ" and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
        # "klare Regeln" is an adjective; right after its subject it is the verb: "Das Paket
        # sehe Investitionen … vor" (but "Merkels klare Worte": a genitive before a noun).
        if (
            prev is None
            or prev.pos_ not in ("NOUN", "PROPN")
            or prev.pos_ == "PROPN"
            and prev.text.endswith("s")
            and "-" not in prev.text  # "Merkels", not the plural "E-Mails"
        ):
            return False  # ("in E-Mails funktioniere WLAN Assist nicht": a plural noun)
    return True


def is_konjunktiv(token: Token) -> bool:
    """Reported-speech mood on a finite verb: Mood=Sub from the model, or an unambiguous form.

    "habe", "werde", "gebe" … are also first-person indicative: with "ich" next to them
    they are not reported speech.
    """
    low = token.lower_
    if low in AMBIGUOUS_FIRST_PERSON:
        doc = token.doc
        near = doc[max(0, token.i - 2) : token.i + 3]
        return not any(t.lower_ == "ich" for t in near)
    if low in KONJUNKTIV_FORMS:
        return True
    if low in INDICATIVE_AUX or not is_finite(token):
        return False
    if "Sub" in token.morph.get("Mood"):
        return True
    if not is_verb(token):  # is_finite let it through: a surface Konjunktiv I form
        if _surface_present(token):
            return False  # (or a present indicative: "Das passt/NOUN")
        doc = token.doc
        near = doc[max(0, token.i - 2) : token.i + 3]
        return not any(t.lower_ in ("ich", "wir") for t in near)
    # Third person present ends in -t in the indicative, -e in Konjunktiv I (hänge, liege);
    # "-te" is mostly the past tense (sagte), unless the stem itself ends in t (gelte, halte).
    stem_e = low.endswith("e") and (
        not low.endswith("te")
        or low + "n" in verb_infinitives()
        or low + "n" == token.lemma_.lower()  # "enthalte" (enthalten) beyond the word list
    )
    if stem_e and token.pos_ in ("VERB", "AUX"):
        doc = token.doc
        near = doc[max(0, token.i - 2) : token.i + 3]
        return not any(t.lower_ in ("ich", "wir") for t in near)
    return False


def is_weak_past(token: Token) -> bool:
    """A weak verb's past, which is also its Konjunktiv II ("verfügte", "arbeiteten"): only
    a reporting frame makes it reported speech. (Not the modals: "Unternehmer sollten
    haften" is advice.)"""
    low, lemma = token.lower_, token.lemma_.lower()
    if (
        low in KONJUNKTIV_FORMS
        or lemma in ("sollen", "wollen")
        or low.startswith(("sollte", "wollte"))
        or low + "n" in verb_infinitives()
    ):
        return False  # "könnte": the umlaut marks Konjunktiv II; "gelte": Konjunktiv I
    return _weak_past(low, lemma)


def _weak_past(form: str, lemma: str) -> bool:
    """ "verfügte" (verfügen), "arbeiteten" (arbeiten), "änderte" (ändern), "teilte" (mitteilen);
    also "stoppte" when the lemmatizer gave "stoppten" but "stoppen" is a known verb."""
    for ending in ("test", "tet", "ten", "te"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            stems = (stem, stem[:-1]) if stem.endswith("e") else (stem,)
            return any(lemma.endswith(st + "en") or lemma.endswith(st + "n") for st in stems) or (
                stem + "en" in verb_infinitives() or stem + "n" in verb_infinitives()
            )
    return False


def is_first_or_second_person(tokens: Span | list[Token]) -> bool:
    """Direct speech without marks shows itself by ich/wir/du/ihr/Sie-forms of the speaker."""
    return any(
        t.lower_ in _FIRST_SECOND_PERSON
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "zeitrechnung")
        for t in tokens
    )  # ("um 1330 vor unserer Zeitrechnung" is a date, not the speaker's "we")


# (Not "meinen"/"ihr"/"Sie": also a verb, a possessive, the third person.)
_FIRST_SECOND_PERSON = frozenset(
    "ich wir mir mich uns unser unsere unserer unseren unserem unseres mein meine meiner "
    "meinem meines du dich dir dein deine deiner deinen deinem euch euer eure euren eurem "
    "eurer".split()
)


_SENT_FINAL = frozenset({".", "!", "?", "…", "“", "”", "»", "«", '"', ":"})


def sentences(doc: Doc) -> list[Span]:
    """Sentences for the rule layer: the model's, but never across a line break, and joined
    where the model cut after a comma or mid-clause (a cut the small parser often makes)."""
    cached = doc.user_data.get("quotex_sentences")
    if cached is not None:
        return cached
    # Line breaks live in whitespace tokens: find them through the array, not token objects.
    spaces = doc.to_array("IS_SPACE").nonzero()[0] if len(doc) else ()
    breaks = [int(i) for i in spaces if "\n" in doc[int(i)].text and not _hard_wrap(doc, int(i))]
    pieces: list[tuple[int, int]] = []
    k = 0
    for sent in doc.sents:
        start = sent.start
        while k < len(breaks) and breaks[k] < sent.start:
            k += 1
        while k < len(breaks) and breaks[k] + 1 < sent.end:
            pieces.append((start, breaks[k] + 1))
            start = breaks[k] + 1
            k += 1
        pieces.append((start, sent.end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            p_start, p_end = merged[-1]
            last = doc[p_end - 1]
            # A closing mark ends a sentence only after sentence punctuation: „…“ after
            # "Nach Informationen des „Spiegel“" is a name, and the clause goes on.
            ends_clause = (
                last.text in _SENT_FINAL
                and not (
                    last.is_quote
                    and p_end - 2 >= p_start
                    and doc[p_end - 2].text not in _SENT_FINAL
                    and doc[start].text[:1].islower()
                )
                or "\n" in last.text_with_ws
                or last.is_space
                and not _hard_wrap(doc, last.i)
                # "… im September 1939." — a number with its full stop, then a capital
                or last.text[-1:] == "."
                and last.text[:-1].isdigit()
                and doc[start].is_title
            )
            # ("Wollen Sie das wissen?, fragt er.": a comma after the question mark goes on.)
            if (not ends_clause or doc[start].text == ",") and not doc[start].is_space:
                merged[-1] = (p_start, end)
                continue
        merged.append((start, end))
    merged = _split_at_full_stops(doc, merged)
    result = [doc[s:e] for s, e in merged if e > s and not (e - s == 1 and doc[s].is_space)]
    doc.user_data["quotex_sentences"] = result
    doc.user_data["quotex_sentence_starts"] = [s.start for s in result]
    return result


def _hard_wrap(doc: Doc, i: int) -> bool:
    """A single line break inside a clause ("… weil die\nRegierung"): the line before ends in
    no sentence punctuation and the next one goes on in lower case."""
    tok = doc[i]
    return (
        tok.text.count("\n") == 1
        and 0 < i < len(doc) - 1
        and doc[i - 1].text not in _SENT_FINAL
        and doc[i - 1].text != ";"
        and doc[i + 1].text[:1].islower()
    )


_CODE_AT_STOP = re.compile(
    r"(?<![\w.-])((?=[\w-]*\d)(?=[\w-]*[A-Za-zÄÖÜäöü])[\w-]+\.)\s+(?=[A-ZÄÖÜ])"
    # …and a number with thousands separators or decimals, never an ordinal: "im März
    # 30.000. Bulgarien baut …", "um 3,5. Danach …"
    r"|(?<![\w.,-])(\d{1,3}(?:\.\d{3})+\.|\d+,\d+\.)\s+(?=[A-ZÄÖÜ])"
)


_SCORE = re.compile(r"\d+:\d+")


def _split_at_full_stops(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut where a lone ".", "!" or "?" token (or one with a closing quotation mark) is followed
    by a capitalised word: the parser sometimes runs two sentences together ("… der Altrocker .
    Das berichtete …", "„… für Europa.“ Mit diesen Worten …")."""
    if not len(doc):
        return ranges
    strings = doc.vocab.strings
    ends = numpy.array([strings[p] for p in (".", "!", "?")], dtype="uint64")
    stops = [int(i) for i in numpy.isin(doc.to_array("ORTH"), ends).nonzero()[0]]
    # A closing quotation mark may stand between the stop and the capital: „… Europa.“ Mit …
    cuts = []
    for i in stops:
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            cuts.append(i)
        elif i + 2 < len(doc) and doc[i + 1].is_quote and doc[i + 2].text[:1].isupper():
            cuts.append(i + 1)
    # An abbreviation keeps its full stop as one token: "von 130 km/h. „Wir bleiben dabei“, …"
    # — before an opening quotation mark it ends the sentence too.
    openers = numpy.array([strings[m] for m in ("„", "»", '"')], dtype="uint64")
    for j in numpy.isin(doc.to_array("ORTH"), openers).nonzero()[0]:
        prev = doc[int(j) - 1] if j > 0 else None
        if (
            prev is not None
            and prev.text.endswith(".")
            and any(c.isalpha() for c in prev.text)  # not an ordinal: "am 17. „Tag …“"
        ):
            cuts.append(prev.i)
    # A code with digits keeps its full stop as one token: "vom Typ MI-17. Der Hubschrauber …"
    # (a plain number does not: "am 17. März" is a date).
    text = text_of(doc)
    for m in _CODE_AT_STOP.finditer(text):
        g = 1 if m.group(1) else 2
        span = doc.char_span(m.start(g), m.end(g))
        if span is not None and len(span) == 1:
            cuts.append(span.start)
    # A number with its full stop before a capitalised function word ends the sentence:
    # "sagt Georg Patak von der MA 22. Auch private Gebäude …" (an ordinal stands before a
    # noun or month: "am 22. August").
    # A score or time keeps its full stop too: "nutzte er zum 6:5. Das gibt mir …" (no
    # ordinal has a colon, so any capitalised word after it starts a sentence).
    closed = closed_class()
    # An initial before a capitalised function word ends the sentence too: "der Franzose
    # Ismael Omar M. Dem Staatsanwalt zufolge …" (an initial stands before a surname).
    for t in doc[:-1]:
        if not t.text.endswith("."):
            continue
        initial = len(t.text) == 2 and t.text[0].isupper()
        if not (initial or t.text[:1].isdigit()):
            continue
        nxt = doc[t.i + 1]
        if not nxt.text[:1].isupper():
            continue
        if initial or t.text[:-1].isdigit():
            if nxt.lower_ in closed:
                cuts.append(t.i)
        elif _SCORE.fullmatch(t.text[:-1]):
            cuts.append(t.i)
    stops = sorted(set(cuts))
    if not stops:
        return ranges
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in ranges:
        while k < len(stops) and stops[k] < start:
            k += 1
        while k < len(stops) and stops[k] + 1 < end:
            out.append((start, stops[k] + 1))
            start = stops[k] + 1
            k += 1
        out.append((start, end))
    return out


def sentence_of(token: Token) -> Span:
    """The rule-layer sentence holding a token."""
    doc = token.doc
    sents = sentences(doc)
    starts = doc.user_data["quotex_sentence_starts"]
    return sents[max(0, bisect_right(starts, token.i) - 1)]


_CACHE_KEYS = (
    "quotex_finite",
    "quotex_sentences",
    "quotex_sentence_starts",
    "quotex_token_starts",
    "quotex_text",
    "quotex_cue_candidates",
    "quotex_cue_order",
    "quotex_name_starts",
    "quotex_person_starts",
)


def clear_caches(doc: Doc) -> None:
    """Drop per-document lookup tables so the Doc stays serialisable (user_data is msgpacked),
    also those keyed by a tuple (("quotex_date_tokens", n))."""
    for key in _CACHE_KEYS:
        doc.user_data.pop(key, None)
    for key in [
        k for k in doc.user_data if isinstance(k, tuple) and k[:1] == ("quotex_date_tokens",)
    ]:
        del doc.user_data[key]


def text_of(doc: Doc) -> str:
    """doc.text, built once: spaCy joins all tokens on every access."""
    text = doc.user_data.get("quotex_text")
    if text is None:
        text = doc.user_data["quotex_text"] = doc.text
    return text


@cache
def _cue_words() -> frozenset[str]:
    """Every surface form and lemma that can start a reporting-verb cue."""
    by_lemma, by_form = reporting_verbs()
    words = set(by_form) | set(by_lemma)
    for verb in by_lemma.values():
        if verb.particle:
            words.add(verb.lemma[len(verb.particle) :])
    return frozenset(words)


@cache
def _cue_hashes() -> numpy.ndarray:
    """Hashes of the cue vocabulary (spaCy's string hashes do not depend on the vocab)."""
    return numpy.array(sorted({get_string_id(w) for w in _cue_words()}), dtype="uint64")


@cache
def _lassen_cue_hashes() -> numpy.ndarray:
    return numpy.array(sorted({get_string_id(w) for w in lassen_cues()}), dtype="uint64")


def cues_between(doc: Doc, start: int, end: int) -> list[int]:
    """Cue candidates in [start, end), in order (bisect on a sorted list made once)."""
    ordered = doc.user_data.get("quotex_cue_order")
    if ordered is None:
        ordered = doc.user_data["quotex_cue_order"] = sorted(cue_candidates(doc))
    return ordered[bisect_left(ordered, start) : bisect_left(ordered, end)]


@cache
def lassen_cues() -> frozenset[str]:
    """Infinitives that report speech with "lassen" ("ließ … wissen"), not alone."""
    return frozenset(lexicon("lassen_cues"))


_LASSEN = frozenset("lässt ließ ließen lassen ließe".split())


def lassen_governs(doc: Doc, i: int) -> bool:
    """Is the infinitive at i governed by "lassen" in its clause ("ließ in seiner Rede
    wissen", "ließ er den ÖVP-Chef wissen", "…, dass er wissen ließ")?"""
    for k in range(i - 1, max(-1, i - 10), -1):
        if doc[k].text in (",", ";", ":", ".", "!", "?") or doc[k].is_quote:
            break
        if doc[k].lower_ in _LASSEN:
            return True
    return i + 1 < len(doc) and doc[i + 1].lower_ in _LASSEN


def cue_candidates(doc: Doc) -> frozenset[int]:
    """Indices of tokens whose form or lemma is in the cue vocabulary (array lookup, once),
    and infinitives that report with "lassen"."""
    cached = doc.user_data.get("quotex_cue_candidates")
    if cached is not None:
        return cached
    hashes = _cue_hashes()
    found: frozenset[int] = frozenset()
    if len(doc):
        arr = doc.to_array(["LOWER", "LEMMA"])
        mask = numpy.isin(arr[:, 0], hashes) | numpy.isin(arr[:, 1], hashes)
        lassen = _lassen_cue_hashes()
        with_lassen = numpy.isin(arr[:, 0], lassen).nonzero()[0]
        found = frozenset(int(i) for i in mask.nonzero()[0]) | frozenset(
            int(i) for i in with_lassen if lassen_governs(doc, int(i))
        )
    doc.user_data["quotex_cue_candidates"] = found
    return found


@cache
def _en_plural_endings() -> tuple[str, ...]:
    return lexicon("en_plural_endings")


@cache
def _e_plural_sources() -> tuple[str, ...]:
    return lexicon("e_plural_sources")


def _nominative_noun(tok: Token) -> str:
    """ "Medienberichten" → "Medienberichte", "Beobachtern" → "Beobachter": a dative plural
    without its -n; "Zeitungen", "Polizisten", "Experten" and "Eltern" keep it."""
    word = tok.text
    lower = word.lower()
    if lower.endswith(_en_plural_endings()):
        return word
    if lower.endswith(("ern", "eln")) and len(word) > 4:
        return word[:-1]
    if lower.endswith("en") and lower[:-2].endswith(_e_plural_sources()):
        return word[:-1]
    return word


def _without_umlauts(word: str) -> str:
    return word.lower().translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")

# Words that put the source after them into the dative ("laut Medienberichten", "nach
# Angaben von Beobachtern"), and the one after it ("Berichten zufolge").
_DATIVE_BEFORE = frozenset(("laut", "von", "nach", "bei", "gegenüber", "mit", "aus", "in"))


def nominative_description(doc: Doc, start: int, end: int) -> str | None:
    """An unnamed source in the dative (or genitive) plural in its nominative form, as a
    reader would name it: "laut italienischen Medienberichten" → "italienische
    Medienberichte", "den Forschern zufolge" → "Forscher". None when the description is no
    such plural."""
    if end <= start:
        return None
    if (
        end - start >= 3
        and doc[start].lower_ == "der"
        and all(t.pos_ == "ADJ" and t.lower_.endswith("en") for t in doc[start + 1 : end - 1])
        and role_gender(doc[end - 1].text) == "m"
    ):
        # A genitive plural: "nach Angaben der beteiligten Wissenschafter" → "beteiligte
        # Wissenschafter" (one man would be "des beteiligten Wissenschafters").
        return " ".join([*(t.lower_[:-1] for t in doc[start + 1 : end - 1]), doc[end - 1].text])
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    if before not in _DATIVE_BEFORE and after != "zufolge":
        return None
    head = doc[end - 1]
    if not head.is_alpha or not head.text[:1].isupper():
        return None
    noun = _nominative_noun(head)
    if noun == head.text:
        return None
    words: list[str] = []
    for k in range(start, end - 1):
        t = doc[k]
        if k == start and t.lower_ == "den":
            continue
        if (t.pos_ == "ADJ" or t.lower_.endswith("ischen")) and t.lower_.endswith("en"):
            words.append(t.lower_[:-1])  # "italienischen" → "italienische"
        elif t.pos_ == "NUM":
            words.append(t.text)
        elif t.text[:1].isupper() and t.lower_.endswith("er") and k == end - 2 and len(t) > 4:
            words.append(t.text)  # "Brüsseler Militärkreisen": a town's adjective never declines
        else:
            return None  # "diesem Zeugen", "einem Bericht": no dative plural
    return " ".join([*words, noun])


def date_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of the date mentions quotex_dates found ("am Mittwoch", "vom
    Sonntag"), one set per document; empty without that component."""
    group = doc.spans.get("quotex_dates")
    if not group:
        return frozenset()
    key = ("quotex_date_tokens", len(group))
    tokens = doc.user_data.get(key)
    if tokens is None:
        tokens = doc.user_data[key] = frozenset(i for d in group for i in range(d.start, d.end))
    return tokens
