"""The entity sentiment classifier: a multinomial logistic regression read with numpy only.

The artefact ships in ``letopis/data/tone/``: ``entity_model.npz`` holds the weights and
``entity_model.json`` the sparse feature names, the classes and the metadata (version,
training data, date, scores). ``scripts/train_tone.py`` writes both; the dense features are
standardised at training time and the scaling is folded into the weights, so applying the
model is two dot products and a softmax.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from letopis.actors.lexicon import data_dir
from letopis.errors import DataError
from letopis.gkg.tone_features import DENSE_SIZE, DIM

CLASSES = ("negative", "neutral", "positive")
FORMAT = 1


@dataclass(slots=True)
class EntityToneModel:
    """Weights and metadata of the classifier.

    ``dense`` is ``(3, DENSE_SIZE)``, ``sparse`` ``(3, len(vocabulary))``, ``bias`` ``(3,)``
    (decision offsets tuned by cross-validation included); ``projection`` is the navec
    direction that gives a word outside the tone list its soft polarity.
    """

    dense: np.ndarray
    sparse: np.ndarray
    bias: np.ndarray
    projection: np.ndarray
    vocabulary: dict[str, int]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.meta.get("version", ""))

    @classmethod
    def load(cls, folder: Path | None = None) -> "EntityToneModel":
        """Load and check ``entity_model.npz`` and ``entity_model.json`` (default: the shipped ones)."""
        folder = folder or data_dir() / "tone"
        meta_path, weights_path = folder / "entity_model.json", folder / "entity_model.npz"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(str(meta_path), 0, f"cannot read: {exc}") from exc
        try:
            with np.load(weights_path, allow_pickle=False) as arrays:
                weights = {name: np.asarray(arrays[name], dtype=np.float32) for name in arrays.files}
        except (OSError, ValueError) as exc:
            raise DataError(str(weights_path), 0, f"cannot read: {exc}") from exc
        names = meta.get("sparse_features")
        if meta.get("format") != FORMAT or tuple(meta.get("classes", ())) != CLASSES or not isinstance(names, list):
            raise DataError(str(meta_path), 0, f"not a format {FORMAT} model with classes {', '.join(CLASSES)}")
        expected = {"dense": (3, DENSE_SIZE), "sparse": (3, len(names)), "bias": (3,), "projection": (DIM,)}
        for name, shape in expected.items():
            if name not in weights or weights[name].shape != shape:
                found = weights[name].shape if name in weights else "missing"
                raise DataError(str(weights_path), 0, f"array {name}: shape {found}, expected {shape}")
            if not np.all(np.isfinite(weights[name])):
                raise DataError(str(weights_path), 0, f"array {name} holds non-finite numbers")
        vocabulary = {name: i for i, name in enumerate(names)}
        if len(vocabulary) != len(names):
            raise DataError(str(meta_path), 0, "duplicate sparse feature names")
        return cls(weights["dense"], weights["sparse"], weights["bias"], weights["projection"], vocabulary,
                   {k: v for k, v in meta.items() if k != "sparse_features"})

    def probabilities(self, dense: np.ndarray, sparse: dict[str, float]) -> np.ndarray:
        """Probabilities of :data:`CLASSES` for one mention's features."""
        scores = self.dense @ dense + self.bias
        columns, values = [], []
        for name, value in sparse.items():
            column = self.vocabulary.get(name)
            if column is not None:
                columns.append(column)
                values.append(value)
        if columns:
            scores = scores + self.sparse[:, columns] @ np.asarray(values, dtype=np.float32)
        scores = scores - scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()

    def save(self, folder: Path) -> None:
        """Write the two files (used by the training script)."""
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / "entity_model.npz", dense=self.dense.astype(np.float32),
                            sparse=self.sparse.astype(np.float32), bias=self.bias.astype(np.float32),
                            projection=self.projection.astype(np.float32))
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        meta = {**self.meta, "format": FORMAT, "classes": list(CLASSES), "sparse_features": names}
        (folder / "entity_model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
