"""Features of an entity mention for the entity sentiment classifier.

The same code builds the features when ``scripts/train_tone.py`` trains the classifier and
when the ``gkg.tone`` stage applies it, so the two cannot drift apart. A mention is read in
its sentence (tokens, lemmas and the dependency parse of the NLP stages) and described by

- a **dense** vector (:data:`DENSE_SIZE` numbers): the tone words around it, weighted by
  their distance in tokens and in the parse tree; the polarity of the words it depends on
  (its governor and theirs, negated or not), of its dependents and of its siblings; its
  relation, its type; and five averaged navec word vectors (the words near it, the words
  near it in the tree, its governor, the mention itself, the words that depend on it: what
  the sentence says of the mention's own phrase). A word absent from the tone list
  has a soft polarity, its navec vector projected on a direction learnt from the list;
- **sparse** lemma features (``W:`` a lemma within four tokens, ``P:`` within two arcs,
  ``T:`` anywhere in the sentence, ``E:`` in the mention, ``G0:``/``G1:`` its governors,
  ``GR0:`` the relation with the governor, ``C:`` its dependents, ``REL:``, ``TAG:``).
"""

from __future__ import annotations

import bisect
import math
from typing import Any

import numpy as np

from letopis.gkg.tone_words import ToneWords
from letopis.model import Doc, Token

DIM = 300
RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj", "root", "amod",
             "flat:foreign", "parataxis", "acl", "other")
TAGS = ("PERSON", "ORGANIZATION", "PROFESSION", "COUNTRY", "NATIONALITY")
NEGATORS = frozenset({"не", "нет", "ни", "без"})
_LINEAR_TAUS = (2.0, 6.0, math.inf)
_TREE_TAUS = (1.0, 3.0)
_LEXICAL = 4 * len(_LINEAR_TAUS) + 2 + 12 + 6 + len(RELATIONS) + len(TAGS) + 1 + 3 + 4 * len(_TREE_TAUS)
VECTORS = 5
DENSE_SIZE = _LEXICAL + VECTORS * DIM
WINDOW = 4


class Embedder:
    """navec vectors of word forms (lower case, ``ё`` as ``е``), cached; zeros for unknown words."""

    def __init__(self, navec: Any) -> None:
        self.navec = navec
        self._cache: dict[str, np.ndarray] = {}
        self._zero = np.zeros(DIM, dtype=np.float32)

    def __call__(self, word: str) -> np.ndarray:
        key = word.lower().replace("ё", "е")
        found = self._cache.get(key)
        if found is None:
            found = self.navec.get(key) if key in self.navec else None
            found = self._zero if found is None else np.asarray(found, dtype=np.float32)
            if len(self._cache) < 200_000:
                self._cache[key] = found
        return found


class MentionReader:
    """Builds the features of mentions of one document; caches per-token values."""

    def __init__(self, doc: Doc, words: ToneWords, embed: Embedder, projection: np.ndarray) -> None:
        self.doc, self.words, self.embed, self.projection = doc, words, embed, projection
        self._soft: dict[int, float] = {}
        self._starts = [t.start for t in doc.tokens]
        self._sentences: dict[int, tuple[list[Token], np.ndarray, np.ndarray, np.ndarray]] = {}

    def lemma(self, token: Token) -> str:
        return token.lemma.replace("ё", "е")

    def hard(self, token: Token) -> int:
        """Polarity of the token in the tone list: +1, -1 or 0."""
        return self.words.polarity(token.lemma)

    def soft(self, token: Token) -> float:
        """Polarity of the token: the list's, else its vector projected on the learnt direction."""
        value = self._soft.get(token.index)
        if value is None:
            hard = self.hard(token)
            value = float(hard) if hard else float(self.embed(token.text) @ self.projection)
            self._soft[token.index] = value
        return value

    def _sentence(self, index: int) -> tuple[list[Token], np.ndarray, np.ndarray, np.ndarray]:
        """Words (no punctuation) of a sentence with their hard and soft polarities and vectors, cached."""
        found = self._sentences.get(index)
        if found is None:
            words = [t for t in self.doc.sentence_tokens(self.doc.sentences[index]) if t.pos != "PUNCT"]
            hard = np.array([self.hard(t) for t in words], dtype=np.float32)
            soft = np.array([self.soft(t) for t in words], dtype=np.float32)
            vectors = np.stack([self.embed(t.text) for t in words]) if words else np.zeros((0, DIM), np.float32)
            found = self._sentences[index] = (words, hard, soft, vectors)
        return found

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character span ``start:end``."""
        low = max(bisect.bisect_right(self._starts, start) - 1, 0)
        high = bisect.bisect_left(self._starts, end)
        return [t for t in self.doc.tokens[low:high] if t.start < end and t.end > start]

    def features(self, start: int, end: int, tag: str) -> tuple[np.ndarray, dict[str, float]]:
        """Dense vector and sparse features of the mention ``start:end`` of type ``tag`` (one of :data:`TAGS`)."""
        mention = self.tokens(start, end)
        if not mention:
            raise ValueError(f"no token in the span {start}:{end}")
        inside = {t.index for t in mention}
        head = next((t for t in mention if t.head not in inside), mention[0])
        sentence = self.doc.sentence_tokens(self.doc.sentences[head.sent])
        words_all, hard_all, soft_all, vectors_all = self._sentence(head.sent)
        keep = np.array([t.index not in inside for t in words_all], dtype=bool)
        context = [t for t, k in zip(words_all, keep) if k]
        first, last = mention[0].index, mention[-1].index
        tree = _tree_distances(sentence, head)
        below = _descendants(sentence, head, inside)
        dense: list[float] = []
        sparse: dict[str, float] = {}

        def add(key: str, value: float = 1.0) -> None:
            sparse[key] = sparse.get(key, 0.0) + value

        gaps = np.array([first - t.index if t.index < first else t.index - last for t in context], dtype=np.float32)
        arcs = np.array([tree.get(t.index, 10) for t in context], dtype=np.float32)
        hard, soft = hard_all[keep], soft_all[keep]
        rows = np.stack([hard > 0, hard < 0, np.maximum(soft, 0), np.maximum(-soft, 0)], axis=1).astype(np.float32)
        linear = np.stack([_decay(gaps, tau) for tau in _LINEAR_TAUS]) @ rows if context else np.zeros((3, 4))
        in_tree = np.stack([_decay(arcs, tau) for tau in _TREE_TAUS]) @ rows if context else np.zeros((2, 4))
        highest = float(max(soft.max(), 0.0)) if context else 0.0
        lowest = float(min(soft.min(), 0.0)) if context else 0.0
        vectors_in = vectors_all[keep]
        near, close = _average(_decay(gaps, 3.0), vectors_in), _average(_decay(arcs, 1.5), vectors_in)
        for t, gap, arc in zip(context, gaps, arcs):
            lemma = self.lemma(t)
            add("T:" + lemma, 0.5)
            if gap <= WINDOW:
                add("W:" + lemma)
            if arc <= 2:
                add("P:" + lemma)
        dense += linear.ravel().tolist() + [highest, lowest]

        governors: list[Token] = []
        up = head.head
        while up >= 0 and len(governors) < 3:
            governors.append(self.doc.tokens[up])
            up = self.doc.tokens[up].head
        for k in range(3):
            if k < len(governors):
                g = governors[k]
                negated = any(c.head == g.index and c.lemma in NEGATORS for c in sentence if c.head >= 0)
                dense += [float(self.hard(g) > 0), float(self.hard(g) < 0), self.soft(g), float(negated)]
            else:
                dense += [0.0, 0.0, 0.0, 0.0]
        for k, g in enumerate(governors[:2]):
            add(f"G{k}:" + self.lemma(g))
        if governors:
            add(f"GR0:{head.rel}:" + self.lemma(governors[0]))
        children = [t for t in context if t.head == head.index]
        siblings = [t for t in context if head.head >= 0 and t.head == head.head]
        for group in (children, siblings):
            dense += [float(sum(self.hard(t) > 0 for t in group)), float(sum(self.hard(t) < 0 for t in group)),
                      sum(self.soft(t) for t in group)]
        for t in children:
            add("C:" + self.lemma(t))
        relation = head.rel if head.rel in RELATIONS else "other"
        dense += [float(relation == r) for r in RELATIONS] + [float(tag == x) for x in TAGS] + [len(sentence) / 30]
        add("REL:" + head.rel)
        add("TAG:" + tag)
        words = [t for t in mention if t.pos != "PUNCT"] or mention
        dense += [float(sum(self.hard(t) > 0 for t in words)), float(sum(self.hard(t) < 0 for t in words)),
                  sum(self.soft(t) for t in words) / len(words)]
        for t in words:
            add("E:" + self.lemma(t))
        dense += in_tree.ravel().tolist()
        vectors = [
            near,
            self.embed(governors[0].text) if governors else np.zeros(DIM, dtype=np.float32),
            np.mean([self.embed(t.text) for t in words], axis=0),
            close,
            _average(np.array([t.index in below for t in context], dtype=np.float32), vectors_in),
        ]
        out = np.concatenate([np.asarray(dense, dtype=np.float32), *vectors]).astype(np.float32)
        return out, sparse


def _decay(distance: np.ndarray, tau: float) -> np.ndarray:
    """Weights of words ``distance`` tokens or arcs away: 1 next to the mention, falling with ``tau``."""
    if math.isinf(tau):
        return np.ones_like(distance)
    return np.exp(-(distance - 1) / tau)


def _average(weights: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Weighted mean of the rows of ``vectors`` (zeros when there are none)."""
    total = float(weights.sum())
    if not len(vectors) or total <= 0:
        return np.zeros(DIM, dtype=np.float32)
    return (weights @ vectors / total).astype(np.float32)


def _tree_distances(sentence: list[Token], head: Token) -> dict[int, int]:
    """Number of dependency arcs from ``head`` to each token of its sentence."""
    near: dict[int, list[int]] = {t.index: [] for t in sentence}
    for t in sentence:
        if t.head in near:
            near[t.index].append(t.head)
            near[t.head].append(t.index)
    distance = {head.index: 0}
    queue = [head.index]
    for current in queue:
        for other in near.get(current, ()):
            if other not in distance:
                distance[other] = distance[current] + 1
                queue.append(other)
    return distance


def _descendants(sentence: list[Token], head: Token, inside: set[int]) -> set[int]:
    """Indices of the tokens below ``head`` in the parse, the mention's own tokens left out."""
    children: dict[int, list[int]] = {}
    for t in sentence:
        children.setdefault(t.head, []).append(t.index)
    found: set[int] = set()
    stack = [head.index]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found and child not in inside and child != head.index:
                found.add(child)
                stack.append(child)
    return found
