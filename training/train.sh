#!/usr/bin/env bash
# Train quotex's German pipeline models/de_quotex_news end to end (CPU, 2 cores, ~70 minutes).
#
#   bash training/train.sh                       # corpora at ../shared/corpora
#   CORPORA=/path/to/corpora bash training/train.sh
#
# Steps: convert corpora -> DocBin (training/corpus/), floret vectors (training/vectors/),
# train the UD pipeline and the NER pipeline in parallel (training/output/), assemble them into
# models/de_quotex_news, evaluate on the held-out sets and write the scores into meta.json.
# Logs: training/*.log. Needs: pip install -e '.[train]' (spaCy 3.8, floret, spacy-lookups-data).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-python}
[ -x .venv/bin/python ] && PY=${PY_OVERRIDE:-.venv/bin/python}
CORPORA=${CORPORA:-../shared/corpora}
UD_STEPS=${UD_STEPS:-3000}
NER_STEPS=${NER_STEPS:-6000}
UD_MIX=${UD_MIX:-ud_lit}          # ud_lit (GSD dev + PUD + LIT) or ud_nolit
NER_MIX=${NER_MIX:-"conll conllval germeval wikineural europarl smartdata"}
OUT=${OUT:-models/de_quotex_news}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

C=training/corpus
$PY -m quotex.training.convert --corpora "$CORPORA" --out "$C"
[ -d training/vectors/model ] || $PY -m quotex.training.vectors > training/vectors.log 2>&1

# training mixes are folders of symlinks to per-source DocBins
mkdir -p "$C/mix/ud_nolit" "$C/mix/ud_lit" "$C/mix/ner"
rm -f "$C"/mix/ner/*.spacy
for f in gsd pud; do
  ln -sf "../../ud/train/$f.spacy" "$C/mix/ud_nolit/$f.spacy"
  ln -sf "../../ud/train/$f.spacy" "$C/mix/ud_lit/$f.spacy"
done
ln -sf ../../ud/lit/lit.spacy "$C/mix/ud_lit/lit.spacy"
for f in $NER_MIX; do ln -sf "../../ner/$f.spacy" "$C/mix/ner/$f.spacy"; done

$PY -m spacy train training/ud.cfg --output training/output/ud \
  --paths.train "$C/mix/$UD_MIX" --paths.dev "$C/ud/dev.spacy" \
  --paths.vectors training/vectors/model --training.max_steps "$UD_STEPS" \
  > training/ud.log 2>&1 &
UD_PID=$!
$PY -m spacy train training/ner.cfg --output training/output/ner \
  --paths.train "$C/mix/ner" --paths.dev "$C/ner/dev.spacy" \
  --paths.vectors training/vectors/model --training.max_steps "$NER_STEPS" \
  > training/ner.log 2>&1 &
NER_PID=$!
wait $UD_PID
wait $NER_PID

$PY -m quotex.training.assemble training/output/ud/model-best training/output/ner/model-best "$OUT"
$PY -m quotex.training.evaluate "$OUT" --corpora "$CORPORA" --json training/output/scores.json \
  | tee training/evaluate.log
$PY -m quotex.training.assemble training/output/ud/model-best training/output/ner/model-best "$OUT" \
  --scores training/output/scores.json
