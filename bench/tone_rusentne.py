"""Entity sentiment of ``gkg.tone`` on RuSentNE-2023's labelled validation set.

What it measures: the official metric of RuSentNE-2023, F1 over the positive and negative
classes (the mean of the two F1 scores; the neutral class is not averaged in), with
precision, recall and F1 per class. Each validation sentence is analysed with letopis's NLP
stages and the classifier shipped in ``letopis/data/tone/`` labels the marked entity, read
with the entity type the file gives.

Overlap: RuSentNE and RuOpinionNE were both built from NEREL's texts, and the shared corpora
README forbids training on one and reporting on another without removing the overlap. The
training files share sentences with the validation set (566 RuSentNE train sentences, 262
RuOpinionNE train sentences; other entities of the same sentence), so the headline number is
on the validation rows whose sentence is in **no** training file (``clean``); the whole set
(``all``) is printed beside it. The classifier was never tuned on the validation set.

Run from the repository root:

    .venv/bin/python bench/tone_rusentne.py
    .venv/bin/python bench/tone_rusentne.py --json --model src/letopis/data/tone
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np

from letopis.gkg.tone_features import Embedder, MentionReader
from letopis.gkg.tone_model import EntityToneModel
from letopis.gkg.tone_words import ToneWords
from letopis.model import Article, Doc
from letopis.pipeline import Pipeline
from letopis.settings import Settings

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
VALIDATION = "RuSentNE-2023/validation_data_labeled.csv"
TRAINING = ("RuSentNE-2023/train_data.first1500.csv", "RuOpinionNE-2024/train.first600.jsonl")
STAGES = ("nlp.segment", "nlp.morph", "nlp.syntax")
CLASSES = np.array([-1, 0, 1])


def training_sentences(corpora: Path) -> set[str]:
    """Every sentence of the training files."""
    out: set[str] = set()
    with open(corpora / TRAINING[0], encoding="utf-8", newline="") as handle:
        out |= {r["sentence"] for r in csv.DictReader(handle, delimiter="\t")}
    for line in (corpora / TRAINING[1]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.add(json.loads(line)["text"])
    return out


def scores(gold: np.ndarray, pred: np.ndarray) -> dict[str, object]:
    """Per-class precision, recall, F1 and support; ``f1_pn`` the mean F1 of negative and positive."""
    out: dict[str, object] = {"rows": int(len(gold))}
    for name, label in (("negative", -1), ("neutral", 0), ("positive", 1)):
        tp = int(np.sum((pred == label) & (gold == label)))
        p = tp / max(int(np.sum(pred == label)), 1)
        r = tp / max(int(np.sum(gold == label)), 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": int(np.sum(gold == label))}
    out["f1_pn"] = round((out["negative"]["f1"] + out["positive"]["f1"]) / 2, 4)  # type: ignore[index]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=SHARED, help="the shared corpora folder")
    parser.add_argument("--model", type=Path, default=None, help="a model folder (default: the shipped one)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if not (args.corpora / VALIDATION).exists():
        raise SystemExit(f"no {VALIDATION} under {args.corpora}")
    with open(args.corpora / VALIDATION, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    seen = training_sentences(args.corpora)
    texts = sorted({r["sentence"] for r in rows})
    started = time.perf_counter()
    pipeline = Pipeline.from_settings(Settings(pipeline=STAGES))
    docs: dict[str, Doc] = {}
    for result in pipeline.run(Article(id=str(i), text=t) for i, t in enumerate(texts)):
        if isinstance(result, Doc):
            docs[texts[int(result.id)]] = result
    parsed = time.perf_counter()
    model, words = EntityToneModel.load(args.model), ToneWords.load()
    embed = Embedder(pipeline.resources.navec)
    gold, pred, clean = [], [], []
    for r in rows:
        reader = MentionReader(docs[r["sentence"]], words, embed, model.projection)
        dense, sparse = reader.features(int(r["entity_pos_start_rel"]), int(r["entity_pos_end_rel"]), r["entity_tag"])
        pred.append(int(CLASSES[model.probabilities(dense, sparse).argmax()]))
        gold.append(int(r["label"]))
        clean.append(r["sentence"] not in seen)
    classified = time.perf_counter()
    g, p, c = np.array(gold), np.array(pred), np.array(clean)
    report = {
        "metric": "F1_PN (mean F1 of the positive and negative classes), RuSentNE-2023 validation",
        "model_version": model.version,
        "clean": scores(g[c], p[c]),
        "all": scores(g, p),
        "excluded_rows": int((~c).sum()),
        "seconds": {"analysis": round(parsed - started, 1), "classifier": round(classified - parsed, 2)},
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"RuSentNE-2023 validation, model version {model.version}: {len(rows)} rows; "
          f"{report['excluded_rows']} rows whose sentence is in a training file are left out of 'clean'")
    for name in ("clean", "all"):
        s = report[name]
        print(f"\n{name}: {s['rows']} rows   F1_PN = {s['f1_pn']:.3f}")  # type: ignore[index]
        for label in ("negative", "positive", "neutral"):
            m = s[label]  # type: ignore[index]
            print(f"  {label:9s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (gold {m['support']})")
    print(f"\nanalysis {report['seconds']['analysis']} s, classifier {report['seconds']['classifier']} s "  # type: ignore[index]
          f"for {len(rows)} mentions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
