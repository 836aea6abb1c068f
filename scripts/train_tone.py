"""Train the entity sentiment classifier of ``gkg.tone`` and write it to ``src/letopis/data/tone/``.

Training data (the shared train files only, both MIT-licensed):

- RuSentNE-2023 ``train_data.first1500.csv``: 1,500 sentence-entity pairs labelled -1/0/1;
- RuOpinionNE-2024 ``train.first600.jsonl``: 600 sentences with opinion tuples. Each entity
  or actor mention letopis finds in a sentence is positive or negative when it overlaps the
  target of a POS or NEG opinion (mentions hit by both are left out), neutral when it
  overlaps none. Targets that no mention covers are left out unless ``--opinion-targets``
  (five-fold cross-validation found them harmful: they are often not entities, and their type
  is a guess).

The sentences are analysed with letopis's own stages (``nlp.*``, ``actors.*``), so the
features are those the pipeline computes at run time (:mod:`letopis.gkg.tone_features`).
The model is a multinomial logistic regression (scikit-learn, ``pip install -e '.[train]'``)
over the sparse lemma features and the standardised dense ones (the latter scaled down by
``--dense-weight``), with balanced class weights. Five-fold cross-validation on the training
rows, grouped by sentence (the rows of one sentence share a fold, so a fold never sees another
entity of a sentence it is tested on), gives the F1 over the positive and negative classes
(RuSentNE's official metric, on the RuSentNE rows) and the decision offsets (added to the
neutral and positive scores) that maximise it. Nothing is tuned on the validation set; with
``--evaluate`` the script runs ``bench/tone_rusentne.py`` once on the written model and records
its numbers in the metadata.

    .venv/bin/python scripts/train_tone.py --evaluate
"""

from __future__ import annotations

import argparse
import csv
import datetime
import itertools
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from letopis.gkg.tone import KIND_TAGS, NER_TAGS
from letopis.gkg.tone_features import DENSE_SIZE, DIM, Embedder, MentionReader
from letopis.gkg.tone_model import EntityToneModel
from letopis.gkg.tone_words import ToneWords
from letopis.model import Article, Doc
from letopis.pipeline import Pipeline
from letopis.resources import Resources
from letopis.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
RUSENTNE_TRAIN = "RuSentNE-2023/train_data.first1500.csv"
RUOPINION_TRAIN = "RuOpinionNE-2024/train.first600.jsonl"
STAGES = ("nlp.segment", "nlp.morph", "nlp.syntax", "nlp.ner", "actors.entities", "actors.resolve")
LABELS = {-1: 0, 0: 1, 1: 2}  # label -> class index (negative, neutral, positive)
Row = tuple[str, int, int, str, int]  # sentence, start, end, tag, label


def read_rusentne(path: Path) -> list[Row]:
    """``(sentence, start, end, tag, label)`` rows of a RuSentNE file (standard CSV quoting)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [(r["sentence"], int(r["entity_pos_start_rel"]), int(r["entity_pos_end_rel"]), r["entity_tag"],
                 int(r["label"])) for r in csv.DictReader(handle, delimiter="\t")]


def read_opinions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def opinion_rows(opinions: list[dict[str, Any]], docs: dict[str, Doc], add_targets: bool = False) -> list[Row]:
    """Entity sentiment rows from RuOpinionNE opinion tuples (see the module docstring); with
    ``add_targets``, the uncovered targets of at most five tokens too, typed ``PROFESSION``."""
    rows: list[Row] = []
    for item in opinions:
        text, doc = item["text"], docs[item["text"]]
        targets = []
        for opinion in item["opinions"]:
            polarity = 1 if opinion["Polarity"] == "POS" else -1
            for span in opinion["Target"][1]:
                a, b = map(int, span.split(":"))
                if b > a:
                    targets.append((a, b, polarity))
        candidates = {(e.start, e.end): NER_TAGS.get(e.type, "ORGANIZATION") for e in doc.entities}
        for m in doc.actors:
            candidates.setdefault((m.start, m.end), KIND_TAGS.get(m.kind, "ORGANIZATION"))
        covered = set()
        for (a, b), tag in candidates.items():
            hits = {(x, y, p) for x, y, p in targets if x < b and a < y}
            polarities = {p for _, _, p in hits}
            if len(polarities) > 1:
                continue
            rows.append((text, a, b, tag, polarities.pop() if polarities else 0))
            covered |= {(x, y) for x, y, _ in hits}
        for x, y, p in targets if add_targets else ():
            if (x, y) not in covered and 0 < sum(t.start < y and t.end > x for t in doc.tokens) <= 5:
                rows.append((text, x, y, "PROFESSION", p))
    return rows


def analyse(texts: list[str]) -> tuple[dict[str, Doc], Resources]:
    """Run the NLP and actor stages over the sentences."""
    pipeline = Pipeline.from_settings(Settings(pipeline=STAGES))
    docs: dict[str, Doc] = {}
    for i, result in enumerate(pipeline.run(Article(id=str(n), text=t) for n, t in enumerate(texts))):
        if not isinstance(result, Doc):
            raise RuntimeError(f"sentence {i} failed: {result.message}")
        docs[texts[int(result.id)]] = result
    return docs, pipeline.resources


def fit_projection(words: ToneWords, embed: Embedder, docs: list[Doc], ridge: float) -> np.ndarray:
    """A navec direction for soft polarity: ridge regression of the list's words (+1/-1) and of
    the 1,500 most frequent other content lemmas of the training sentences (0)."""
    counts = Counter(t.lemma for d in docs for t in d.tokens if t.pos in ("NOUN", "VERB", "ADJ", "ADV"))
    neutral = [w for w, _ in counts.most_common() if words.polarity(w) == 0][:1500]
    pairs = [(embed(w), float(p)) for w, p in words.polar.items()] + [(embed(w), 0.0) for w in neutral]
    pairs = [(v, y) for v, y in pairs if v.any()]
    x = np.stack([v for v, _ in pairs]).astype(np.float64)
    y = np.array([t for _, t in pairs])
    return np.linalg.solve(x.T @ x + ridge * np.eye(DIM), x.T @ y).astype(np.float32)


def f1_pn(gold: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """F1 of the negative and positive classes and their mean (RuSentNE's F1_PN); labels -1/0/1."""
    out = {}
    for name, label in (("negative", -1), ("positive", 1)):
        tp = int(np.sum((pred == label) & (gold == label)))
        p = tp / max(int(np.sum(pred == label)), 1)
        r = tp / max(int(np.sum(gold == label)), 1)
        out[name] = 2 * p * r / (p + r) if p + r else 0.0
    out["f1_pn"] = (out["negative"] + out["positive"]) / 2
    return out


class Trainer:
    """Logistic regression over ``[sparse, dense_weight * standardised dense]``."""

    def __init__(self, c: float, dense_weight: float) -> None:
        self.c, self.dense_weight = c, dense_weight

    def fit(self, dense: np.ndarray, sparse: list[dict[str, float]], y: np.ndarray) -> "Trainer":
        from scipy import sparse as sp
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = DictVectorizer().fit(sparse)
        self.mean, self.std = dense.mean(axis=0), dense.std(axis=0) + 1e-6
        x = sp.hstack([self.vectorizer.transform(sparse), sp.csr_matrix(self._scale(dense))]).tocsr()
        self.model = LogisticRegression(C=self.c, max_iter=5000, class_weight="balanced").fit(x, y)
        return self

    def _scale(self, dense: np.ndarray) -> np.ndarray:
        return (dense - self.mean) / self.std * self.dense_weight

    def log_proba(self, dense: np.ndarray, sparse: list[dict[str, float]]) -> np.ndarray:
        from scipy import sparse as sp

        x = sp.hstack([self.vectorizer.transform(sparse), sp.csr_matrix(self._scale(dense))]).tocsr()
        return self.model.predict_log_proba(x)

    def export(self, offsets: np.ndarray, projection: np.ndarray, prune: float) -> EntityToneModel:
        """The numpy model: dense scaling folded into the weights, tiny sparse weights dropped."""
        names = self.vectorizer.get_feature_names_out()
        coef = self.model.coef_
        n = len(names)
        sparse, dense_scaled = coef[:, :n], coef[:, n:]
        dense = dense_scaled * self.dense_weight / self.std
        bias = self.model.intercept_ - dense @ self.mean + offsets
        keep = np.abs(sparse).max(axis=0) >= prune
        vocabulary = {name: i for i, name in enumerate(np.asarray(names)[keep])}
        return EntityToneModel(dense.astype(np.float32), sparse[:, keep].astype(np.float32), bias.astype(np.float32),
                               projection, vocabulary)


def featurise(rows: list[Row], docs: dict[str, Doc], words: ToneWords, embed: Embedder,
              projection: np.ndarray) -> tuple[np.ndarray, list[dict[str, float]]]:
    dense, sparse = np.zeros((len(rows), DENSE_SIZE), dtype=np.float32), []
    for i, (sentence, start, end, tag, _) in enumerate(rows):
        d, s = MentionReader(docs[sentence], words, embed, projection).features(start, end, tag)
        dense[i] = d
        sparse.append(s)
    return dense, sparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=SHARED, help="the shared corpora folder")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "letopis" / "data" / "tone")
    parser.add_argument("--c", type=float, default=0.03, help="inverse L2 strength of the regression")
    parser.add_argument("--dense-weight", type=float, default=0.1, help="scale of the standardised dense features")
    parser.add_argument("--ridge", type=float, default=10.0, help="ridge strength of the soft-polarity direction")
    parser.add_argument("--prune", type=float, default=1e-3, help="drop sparse features whose weights are all smaller")
    parser.add_argument("--no-opinions", action="store_true", help="train on RuSentNE only")
    parser.add_argument("--opinion-targets", action="store_true",
                        help="also add the opinion targets no mention covers (typed PROFESSION)")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (grouped by sentence)")
    parser.add_argument("--version", default="2")
    parser.add_argument("--evaluate", action="store_true", help="run bench/tone_rusentne.py and record its scores")
    args = parser.parse_args(argv)

    rusentne = read_rusentne(args.corpora / RUSENTNE_TRAIN)
    opinions = [] if args.no_opinions else read_opinions(args.corpora / RUOPINION_TRAIN)
    texts = sorted({r[0] for r in rusentne} | {o["text"] for o in opinions})
    print(f"analysing {len(texts)} training sentences ...", file=sys.stderr)
    docs, resources = analyse(texts)
    extra = opinion_rows(opinions, docs, args.opinion_targets)
    rows = rusentne + extra
    words, embed = ToneWords.load(), Embedder(resources.navec)
    projection = fit_projection(words, embed, list(docs.values()), args.ridge)
    dense, sparse = featurise(rows, docs, words, embed, projection)
    labels = np.array([r[4] for r in rows])
    y = np.array([LABELS[v] for v in labels])

    from sklearn.model_selection import GroupKFold

    # Grouped by sentence: a row-level split would test on sentences whose other entities were
    # trained on, and choose the offsets on scores that are too optimistic.
    sentence_ids = {text: i for i, text in enumerate(sorted(docs))}
    groups = np.array([sentence_ids[r[0]] for r in rows])
    log_p = np.zeros((len(rows), 3))
    splitter = GroupKFold(args.folds, shuffle=True, random_state=0)
    for train, test in splitter.split(dense, groups=groups):
        fold = Trainer(args.c, args.dense_weight).fit(dense[train], [sparse[i] for i in train], y[train])
        log_p[test] = fold.log_proba(dense[test], [sparse[i] for i in test])
    ours = np.arange(len(rows)) < len(rusentne)
    classes = np.array([-1, 0, 1])
    plain = f1_pn(labels[ours], classes[log_p[ours].argmax(1)])
    grid = np.round(np.arange(-1.0, 1.01, 0.1), 2)
    best = max(((f1_pn(labels[ours], classes[(log_p[ours] + [0, a, b]).argmax(1)])["f1_pn"], a, b)
                for a, b in itertools.product(grid, grid)), key=lambda t: (t[0], -abs(t[1]) - abs(t[2])))
    offsets = np.array([0.0, best[1], best[2]])
    tuned = f1_pn(labels[ours], classes[(log_p[ours] + offsets).argmax(1)])
    print(f"{args.folds}-fold grouped CV F1_PN on RuSentNE train rows: {plain['f1_pn']:.3f}; with offsets {offsets[1:]}: "
          f"{tuned['f1_pn']:.3f}", file=sys.stderr)

    final = Trainer(args.c, args.dense_weight).fit(dense, sparse, y)
    model = final.export(offsets, projection, args.prune)
    model.meta = {
        "version": args.version,
        "trained": datetime.date.today().isoformat(),
        "model": "multinomial logistic regression, balanced class weights",
        "training_data": {
            RUSENTNE_TRAIN: {"rows": len(rusentne), "labels": _counts(labels[ours])},
            RUOPINION_TRAIN: {"sentences": len(opinions), "rows": len(extra), "labels": _counts(labels[~ours])},
        },
        "tone_words_version": words.version,
        "hyperparameters": {"C": args.c, "dense_weight": args.dense_weight, "ridge": args.ridge,
                            "prune": args.prune, "offsets": offsets.tolist(),
                            "opinion_targets": args.opinion_targets},
        "cross_validation": f"{args.folds}-fold, grouped by sentence, RuSentNE train rows scored",
        "scores": {"cv_grouped_rusentne_train": {k: round(v, 4) for k, v in tuned.items()},
                   "cv_grouped_rusentne_train_no_offsets": {k: round(v, 4) for k, v in plain.items()}},
    }
    model.save(args.out)
    size = sum(p.stat().st_size for p in args.out.glob("entity_model.*"))
    print(f"wrote {args.out} ({len(model.vocabulary)} sparse features, {size / 1024:.0f} KiB)", file=sys.stderr)
    if args.evaluate:
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "tone_rusentne.py"), "--json",
                               "--model", str(args.out)], check=True, capture_output=True, text=True)
        model.meta["scores"]["rusentne_validation"] = json.loads(done.stdout)
        model.save(args.out)
        print(done.stdout.strip(), file=sys.stderr)
    return 0


def _counts(labels: np.ndarray) -> dict[str, int]:
    return {str(k): int(v) for k, v in sorted(Counter(labels.tolist()).items())}


if __name__ == "__main__":
    raise SystemExit(main())
