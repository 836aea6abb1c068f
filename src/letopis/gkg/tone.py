"""Tone of an article (``gkg.tone``): GDELT-style document scores and sentiment toward each mention.

**Document tone** counts the words of the tone list (``letopis/data/gkg/tone.tsv``) among the
article's words, as GDELT's tone does: ``positive`` and ``negative`` are the percentages of
words that are positive and negative, ``polarity`` is ``positive - negative``, ``activity``
the percentage of words naming an act, ``words`` the number of words (tokens with a letter).

**Entity sentiment**: every entity and every actor mention outside the entities gets a label
(``positive``, ``negative``, ``neutral``) and a ``score`` (probability of positive minus
probability of negative) from the classifier of :mod:`letopis.gkg.tone_model`, trained on
RuSentNE-2023 (sentiment toward an entity in a news sentence: the author's, a quoted
opinion's, or implied by what is reported of it).
"""

from __future__ import annotations

import bisect

from dataclasses import dataclass, field
from typing import Any

from letopis.gkg.tone_features import Embedder, MentionReader
from letopis.gkg.tone_model import CLASSES, EntityToneModel
from letopis.gkg.tone_words import ToneWords
from letopis.model import Doc
from letopis.pipeline import stage
from letopis.resources import Resources

# RuSentNE's entity types for letopis's NER types and actor kinds.
NER_TAGS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "COUNTRY"}
KIND_TAGS = {"country": "COUNTRY", "capital": "COUNTRY", "adjective": "NATIONALITY", "person": "PERSON",
             "role": "PROFESSION", "body": "ORGANIZATION", "organisation": "ORGANIZATION",
             "group": "ORGANIZATION", "seat": "ORGANIZATION", "coref": "PERSON"}


@dataclass(slots=True)
class DocumentTone:
    """GDELT-style tone of the whole text (percentages of its words)."""

    positive: float
    negative: float
    activity: float
    words: int

    @property
    def polarity(self) -> float:
        return round(self.positive - self.negative, 3)

    def to_json(self) -> dict[str, Any]:
        return {"positive": self.positive, "negative": self.negative, "polarity": self.polarity,
                "activity": self.activity, "words": self.words}


@dataclass(slots=True)
class MentionTone:
    """Sentiment toward one entity or actor mention."""

    text: str
    start: int
    end: int
    type: str
    actor: str | None
    label: str
    score: float
    probability: float

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type, "actor": self.actor,
                "label": self.label, "score": self.score, "probability": self.probability}


@dataclass(slots=True)
class Tone:
    """The ``tone`` top-level key of an output record."""

    document: DocumentTone
    entities: list[MentionTone] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**self.document.to_json(), "entities": [m.to_json() for m in self.entities]}


def document_tone(doc: Doc, words: ToneWords) -> DocumentTone:
    """Count the positive, negative and active words among the tokens that have a letter."""
    total = positive = negative = active = 0
    for token in doc.tokens:
        if not any(ch.isalpha() for ch in token.text):
            continue
        total += 1
        lemma = token.lemma.replace("ё", "е") or token.text.lower()
        polarity = words.polarity(lemma)
        positive += polarity > 0
        negative += polarity < 0
        active += lemma in words.active

    def share(count: int) -> float:
        return round(100.0 * count / total, 3) if total else 0.0

    return DocumentTone(share(positive), share(negative), share(active), total)


def mentions(doc: Doc) -> list[tuple[int, int, str, str, str | None]]:
    """``(start, end, type, tag, actor)`` of each entity and each actor mention outside the entities, in text order."""
    found = [(e.start, e.end, e.type, NER_TAGS.get(e.type, "ORGANIZATION"), e.actor) for e in doc.entities]
    spans = sorted((e.start, e.end) for e in doc.entities)
    starts = [s for s, _ in spans]
    for a in doc.actors:
        # Only entities starting shortly before the mention can overlap it (bisect: long articles stay linear).
        near = spans[bisect.bisect_left(starts, a.start - 400) : bisect.bisect_left(starts, a.end)]
        if not any(s < a.end and a.start < e for s, e in near):
            found.append((a.start, a.end, a.kind, KIND_TAGS.get(a.kind, "ORGANIZATION"), a.code or None))
    return sorted(found)


def entity_tones(doc: Doc, words: ToneWords, model: EntityToneModel, embed: Embedder) -> list[MentionTone]:
    """Classify the sentiment toward every mention of :func:`mentions`."""
    reader = MentionReader(doc, words, embed, model.projection)
    out = []
    for start, end, kind, tag, actor in mentions(doc):
        if not reader.tokens(start, end):
            continue
        dense, sparse = reader.features(start, end, tag)
        p = model.probabilities(dense, sparse)
        best = int(p.argmax())
        out.append(MentionTone(doc.text[start:end], start, end, kind, actor, CLASSES[best],
                               round(float(p[2] - p[0]), 3), round(float(p[best]), 3)))
    return out


def _embedder(resources: Resources) -> Embedder:
    return Embedder(resources.navec)


@stage("gkg.tone", requires=["lemmas", "syntax", "entities", "actors"], assigns=["tone"])
def tone_stage(doc: Doc, resources: Resources) -> None:
    """Document tone (GDELT-style, from letopis/data/gkg/tone.tsv) and sentiment toward each entity and actor."""
    resources.register("tone_words", ToneWords.load)
    resources.register("entity_tone_model", EntityToneModel.load)
    resources.register("tone_embedder", lambda: _embedder(resources))
    words: ToneWords = resources.get("tone_words")
    tone = Tone(document_tone(doc, words))
    if doc.entities or doc.actors:
        tone.entities = entity_tones(doc, words, resources.get("entity_tone_model"), resources.get("tone_embedder"))
    doc.extra["tone"] = tone
