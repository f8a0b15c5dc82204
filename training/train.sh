#!/usr/bin/env bash
# Train quotex's German pipeline models/de_quotex_news end to end on CPU.
#
#   bash training/train.sh                          # corpora at ../shared/corpora
#   CORPORA=/path/to/corpora bash training/train.sh
#
# Steps (logs in training/*.log, intermediate output in training/corpus, training/vectors and
# training/output, all git-ignored):
#   1. convert the corpora to DocBin files             (python -m quotex.training.convert, ~2 min)
#   2. floret vectors on the raw corpus text           (python -m quotex.training.vectors, ~4 min)
#   3. train the UD pipeline (one stage, ~35 min) and, in parallel, the NER pipeline in three stages
#      (each ~20-35 min): ner.cfg on gold + silver data, ner_continue.cfg on the same data
#      (sources stage 1's best model; full-size batches, lower learning rate), then
#      ner_continue.cfg on the gold data only. Each training process runs on one thread.
#   4. assemble both into models/de_quotex_news          (python -m quotex.training.assemble)
#   5. evaluate on the held-out sets and write the scores into meta.json
#
# Step counts are those of the shipped model (early stopping, patience 1200, may end a stage
# sooner). On the 2-core reference machine, shared with other jobs, the whole script took about
# 95 minutes (UD 35 min in parallel with NER 35 + 20 + 20 min).
# Needs: pip install -e '.[train]' (spaCy 3.8, floret, spacy-lookups-data).
# INIT_TOK2VEC=training/output/pretrain/model4.bin starts the NER from pretrained weights made by
#   python training/spacy_cli.py pretrain training/ner.cfg training/output/pretrain \
#     --paths.vectors training/vectors/model --paths.raw_text training/corpus/raw.jsonl \
#     --pretraining.max_epochs 5 [--gpu-id 0]
# (measured, not used for the shipped model: see models/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-python}
[ -x .venv/bin/python ] && [ "$PY" = python ] && PY=.venv/bin/python
CORPORA=${CORPORA:-../shared/corpora}
UD_STEPS=${UD_STEPS:-2800}
NER_STEPS=${NER_STEPS:-2600}
NER_CONT_STEPS=${NER_CONT_STEPS:-2000}
NER_GOLD_STEPS=${NER_GOLD_STEPS:-1000}
# stage 1+2: gold news + silver Wikipedia; stage 3: gold data only (fine-tuning towards news)
NER_MIX=${NER_MIX:-"conll conllval germeval wikineural europarl smartdata"}
NER_GOLD_MIX=${NER_GOLD_MIX:-"conll conllval germeval europarl smartdata"}
OUT=${OUT:-models/de_quotex_news}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
# spaCy CLI without quotex's own entry points (a half-edited rule layer must not break training)
SPACY="$PY training/spacy_cli.py"

C=training/corpus
O=training/output
V=training/vectors/model
$PY -m quotex.training.convert --corpora "$CORPORA" --out "$C"
[ -d "$V" ] || $PY -m quotex.training.vectors > training/vectors.log 2>&1

# training mixes are folders of symlinks to the per-source DocBins
mkdir -p "$C/mix/ud" "$C/mix/ner" "$C/mix/ner_gold"
rm -f "$C"/mix/ud/*.spacy "$C"/mix/ner/*.spacy "$C"/mix/ner_gold/*.spacy
ln -sf ../../ud/train/gsd.spacy ../../ud/train/pud.spacy ../../ud/lit/lit.spacy "$C/mix/ud/"
for f in $NER_MIX; do ln -sf "../../ner/$f.spacy" "$C/mix/ner/$f.spacy"; done
for f in $NER_GOLD_MIX; do ln -sf "../../ner/$f.spacy" "$C/mix/ner_gold/$f.spacy"; done

UD_ARGS=(--paths.train "$C/mix/ud" --paths.dev "$C/ud/dev.spacy" --paths.vectors "$V")
NER_ARGS=(--paths.train "$C/mix/ner" --paths.dev "$C/ner/dev.spacy" --paths.vectors "$V")
# Optional: start the NER's tok2vec from `spacy pretrain` weights (see models/README.md)
INIT_ARGS=()
[ -n "${INIT_TOK2VEC:-}" ] && INIT_ARGS=(--paths.init_tok2vec "$INIT_TOK2VEC")
GOLD_ARGS=(--paths.train "$C/mix/ner_gold" --paths.dev "$C/ner/dev.spacy" --paths.vectors "$V")

stage() {  # stage NAME CFG STEPS [extra args...]; early stopping (patience 1200) may end it sooner
  local name=$1 cfg=$2 steps=$3
  shift 3
  $SPACY train "$cfg" --output "$O/$name" --training.max_steps "$steps" "$@" > "training/$name.log" 2>&1
}

stage ud training/ud.cfg "$UD_STEPS" "${UD_ARGS[@]}" &
UD_PID=$!
(
  stage ner training/ner.cfg "$NER_STEPS" "${NER_ARGS[@]}" "${INIT_ARGS[@]}"
  stage ner2 training/ner_continue.cfg "$NER_CONT_STEPS" "${NER_ARGS[@]}" --paths.source "$O/ner/model-best"
  stage ner3 training/ner_continue.cfg "$NER_GOLD_STEPS" "${GOLD_ARGS[@]}" --paths.source "$O/ner2/model-best"
) &
NER_PID=$!
wait $UD_PID
wait $NER_PID

$PY -m quotex.training.assemble "$O/ud/model-best" "$O/ner3/model-best" "$OUT"
$PY -m quotex.training.evaluate "$OUT" --corpora "$CORPORA" --json "$O/scores.json" \
  | tee training/evaluate.log
$PY -m quotex.training.assemble "$O/ud/model-best" "$O/ner3/model-best" "$OUT" \
  --scores "$O/scores.json"
