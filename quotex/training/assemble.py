"""Assemble the UD pipeline and the NER pipeline into one shippable model.

    python -m quotex.training.assemble UD_MODEL NER_MODEL OUT [--scores scores.json]

The UD pipeline (tok2vec shared by morphologizer, parser, lemmatizer) is kept as it is; the NER
component gets its own copy of the NER pipeline's tok2vec (``replace_listeners``). Both were
trained with the same floret vector table, which the final model carries once. Training-only
settings (corpus paths, vector paths) are removed from the saved config.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

VERSION = "0.1.0"

SOURCES = [
    {
        "name": "UD German GSD (dev split; test held out)",
        "license": "CC BY-SA 4.0",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "used_for": "ud",
    },
    {
        "name": "UD German PUD (verb features mapped to GSD conventions)",
        "license": "CC BY-SA 3.0",
        "url": "https://github.com/UniversalDependencies/UD_German-PUD",
        "used_for": "ud",
    },
    {
        "name": "UD German LIT (heads, relations, lemmas only; no UPOS/features)",
        "license": "CC BY-NC-SA 4.0 (non-commercial)",
        "url": "https://github.com/UniversalDependencies/UD_German-LIT",
        "used_for": "ud",
    },
    {
        "name": "CoNLL-2003 German (train + 2,267 testa sentences; testb held out)",
        "license": "none - research use only (ECI/Frankfurter Rundschau text)",
        "url": "https://www.clips.uantwerpen.be/conll2003/ner/",
        "used_for": "ner",
    },
    {
        "name": "GermEval 2014 NER (1,800 dev sentences; test held out)",
        "license": "CC BY 4.0",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "used_for": "ner",
    },
    {
        "name": "WikiNEuRal German (val+test, silver)",
        "license": "CC BY-NC-SA 4.0 (non-commercial)",
        "url": "https://github.com/Babelscape/wikineural",
        "used_for": "ner",
    },
    {
        "name": "Europarl German NER (Faruqui & Pado)",
        "license": "not stated (research)",
        "url": "https://nlpado.de/~sebastian/software/ner/",
        "used_for": "ner",
    },
    {
        "name": "DFKI SmartData v1 (minus v3 dev/test)",
        "license": "CC BY 4.0 (tweets: X terms)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "used_for": "ner",
    },
    {
        "name": "Raw text of the above, 10kGNAD test, German LER, WikiANN, Wikinews SpkAtt train",
        "license": "CC BY-NC-SA 4.0 / CC BY 4.0 / unclear",
        "used_for": "floret vectors",
    },
]


def add_space_ruler(nlp: spacy.Language) -> None:
    """Tag whitespace tokens (line breaks between paragraphs) as SPACE, as spaCy's own German
    models do: the treebanks have none, so the morphologizer guesses ADP or PUNCT for them, and
    a line break read as a preposition hides the subject of the next sentence."""
    if "space_ruler" in nlp.pipe_names:
        return
    after = "morphologizer" if "morphologizer" in nlp.pipe_names else None
    ruler = nlp.add_pipe("attribute_ruler", name="space_ruler", after=after)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "TAG": "_SP", "MORPH": ""})


def assemble(
    ud_path: Path,
    ner_path: Path,
    out: Path,
    scores: dict | None = None,
    sources: list[dict] | None = None,
    version: str = VERSION,
) -> None:
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    if "tok2vec" in ner_nlp.pipe_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    add_space_ruler(nlp)
    # strip training-only settings
    cfg = nlp._config  # noqa: SLF001 - the saved config is built from it
    for key in list(cfg.get("paths", {})):
        cfg["paths"][key] = None
    cfg["initialize"]["vectors"] = None
    cfg["initialize"]["init_tok2vec"] = None
    for key in ("train", "dev"):
        if key in cfg.get("corpora", {}):
            cfg["corpora"][key]["path"] = None
    meta = nlp.meta
    meta["name"] = "de_quotex_news"
    meta["lang"] = "de"
    meta["version"] = version
    meta["description"] = (
        "German news pipeline for quotex: tok2vec, morphologizer, parser, trainable lemmatizer, "
        "ner (PER/ORG/LOC/MISC), floret vectors. Trained by quotex's training/ recipe. "
        "Inherits NON-COMMERCIAL / RESEARCH-ONLY restrictions from its training data "
        "(see sources and models/README.md)."
    )
    meta["license"] = "CC BY-NC-SA 4.0 and research-only terms of CoNLL-2003 (inherited)"
    meta["author"] = "quotex"
    meta["sources"] = sources or SOURCES
    if scores:
        scores = {k: v for k, v in scores.items() if k not in ("model", "pipeline")}
        scores["measured_with"] = "python -m quotex.training.evaluate models/de_quotex_news"
        meta["performance"] = scores
    meta.pop("spacy_git_version", None)
    nlp.meta = meta
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"saved {out} ({size / 1e6:.1f} MB): {nlp.pipe_names}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ud", type=Path)
    ap.add_argument("ner", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scores", type=Path, default=None)
    ap.add_argument("--version", default=VERSION)
    a = ap.parse_args(argv)
    scores = json.loads(a.scores.read_text()) if a.scores else None
    assemble(a.ud, a.ner, a.out, scores, version=a.version)


if __name__ == "__main__":
    main()
