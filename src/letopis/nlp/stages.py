"""Registration of the NLP stages (``nlp.segment``, ``nlp.morph``, ``nlp.syntax``, ``nlp.ner``)."""

from __future__ import annotations

from letopis.model import Doc
from letopis.nlp import segment as segmenting
from letopis.nlp import taggers
from letopis.nlp.repair import repair_parse
from letopis.pipeline import stage
from letopis.resources import Resources


def _lemma_cache(resources: Resources) -> dict[tuple[str, str, str], str]:
    resources.register("lemma_cache", dict)
    return resources.get("lemma_cache")


def _morph_batch(docs: list[Doc], resources: Resources) -> None:
    taggers.tag_morph(docs, resources.morph_tagger, resources.morph_vocab, _lemma_cache(resources))


def _syntax_batch(docs: list[Doc], resources: Resources) -> None:
    taggers.parse_syntax(docs, resources.syntax_parser)
    for doc in docs:
        repair_parse(doc)


def _ner_batch(docs: list[Doc], resources: Resources) -> None:
    taggers.tag_ner(docs, resources.ner_tagger, resources.settings.ner_context_chars)


@stage("nlp.segment", requires=["text"], assigns=["sentences", "tokens"])
def segment_stage(doc: Doc, resources: Resources) -> None:
    """Split the text into sentences and tokens (razdel), offsets exact."""
    segmenting.segment(doc, resources.settings.max_sentence_tokens)


@stage("nlp.morph", requires=["tokens"], assigns=["morph", "lemmas"], batch=_morph_batch)
def morph_stage(doc: Doc, resources: Resources) -> None:
    """POS tags, morphological features (slovnet) and lemmas (pymorphy2)."""
    _morph_batch([doc], resources)


@stage("nlp.syntax", requires=["tokens"], assigns=["syntax"], batch=_syntax_batch)
def syntax_stage(doc: Doc, resources: Resources) -> None:
    """Universal Dependencies parse (slovnet): head and relation per token, arcs UD forbids repaired."""
    _syntax_batch([doc], resources)


@stage("nlp.ner", requires=["sentences"], assigns=["ner"], batch=_ner_batch)
def ner_stage(doc: Doc, resources: Resources) -> None:
    """Named entities PER, ORG, LOC (slovnet news NER), tagged a paragraph at a time."""
    _ner_batch([doc], resources)
