"""The one data model of letopis, shared by the CLI, API, store and batch.

Output types (:class:`Entity`, :class:`Event`, :class:`Quote`, :class:`Record`)
serialise with ``to_json`` exactly as ``docs/output-contract.md`` describes;
:class:`Doc` carries the analysed article and every layer the stages write.
"""

from letopis.model.article import Article
from letopis.model.doc import Doc, NerSpan, Sentence, Token, dependents
from letopis.model.output import (
    SCHEMA_VERSION,
    ActorMention,
    ActorRef,
    Entity,
    ErrorRecord,
    Event,
    Quote,
    Record,
    SpanRef,
    Speaker,
)

__all__ = [
    "SCHEMA_VERSION",
    "ActorMention",
    "ActorRef",
    "Article",
    "Doc",
    "Entity",
    "ErrorRecord",
    "Event",
    "NerSpan",
    "Quote",
    "Record",
    "Sentence",
    "SpanRef",
    "Speaker",
    "Token",
    "dependents",
]
