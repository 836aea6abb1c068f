"""Registration of the ``gkg.quotes`` stage."""

from __future__ import annotations

import bisect
from typing import Any

from letopis.actors.normal import normal_form
from letopis.gkg.quotes import find_quotes
from letopis.gkg.speakers import Normaliser
from letopis.gkg.speech import SpeechLexicon
from letopis.model import Doc, NerSpan
from letopis.pipeline import stage
from letopis.resources import Resources


def normaliser(doc: Doc, vocab: Any) -> Normaliser:
    """Normal names of speaker mentions: the head noun and its adjectives in the nominative."""

    starts = [t.start for t in doc.tokens]

    def normal(start: int, end: int) -> str:
        low = bisect.bisect_left(starts, start)
        tokens = [t for t in doc.tokens[low : bisect.bisect_left(starts, end)] if t.end <= end]
        if not tokens:
            return doc.text[start:end]
        span = NerSpan("ORG", start, end, doc.text[start:end], tokens[0].index, tokens[-1].index + 1)
        return normal_form(doc, span, vocab)

    return normal


@stage("gkg.quotes", requires=["actors", "entities", "syntax", "lemmas"], assigns=["quotes"])
def quotes_stage(doc: Doc, resources: Resources) -> None:
    """Direct and indirect quotes with their speakers, from letopis/data/gkg/speech.tsv."""
    resources.register("speech_lexicon", SpeechLexicon.load)
    doc.quotes = find_quotes(doc, resources.get("speech_lexicon"), normaliser(doc, resources.morph_vocab))
