"""The analysed document: sentences, tokens and NER spans, plus the layers stages add.

Token ``head`` and ``index`` are document-level token indices, so later stages
never need to translate sentence-local ids; ``head == -1`` marks a root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from letopis.model.article import Article
from letopis.model.output import ActorMention, Entity, Event, Quote, Record


@dataclass(slots=True)
class Token:
    """One token with its morphology and dependency arc."""

    index: int
    sent: int
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1
    rel: str = ""

    def feat(self, name: str) -> str | None:
        """One morphological feature (``Case``, ``Number`` ...) or ``None``."""
        return self.feats.get(name)


@dataclass(slots=True)
class Sentence:
    """A sentence: character span and the half-open range of its tokens."""

    index: int
    start: int
    end: int
    text: str
    token_start: int = 0
    token_end: int = 0


@dataclass(slots=True)
class NerSpan:
    """A named-entity span from the tagger (``PER``, ``ORG``, ``LOC``)."""

    type: str
    start: int
    end: int
    text: str
    token_start: int = 0
    token_end: int = 0
    normal: str = ""


@dataclass(slots=True)
class Doc:
    """An article and every layer written about it.

    ``layers`` names the layers already written; the pipeline checks stage
    requirements against it.
    """

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    ner: list[NerSpan] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        """Tokens of one sentence, in order."""
        return self.tokens[sentence.token_start : sentence.token_end]

    def children(self, token: Token) -> list[Token]:
        """Dependents of ``token`` within its sentence, in text order."""
        sentence = self.sentences[token.sent]
        return [t for t in self.sentence_tokens(sentence) if t.head == token.index]

    def to_record(self) -> Record:
        """The output record of this document (``docs/output-contract.md``).

        Later layers put objects with ``to_json`` (or plain JSON values) in
        ``extra``; each becomes a top-level key.
        """
        layers = {
            name: value.to_json() if hasattr(value, "to_json") else value
            for name, value in self.extra.items()
        }
        return Record(self.id, list(self.entities), list(self.events), list(self.quotes), layers, actors=list(self.actors))


def dependents(children: dict[int, list[Token]], root: Token,
               follow: Callable[[Token], bool] | None = None) -> list[int]:
    """Indices of ``root`` and the tokens below it, in text order, entering a child only when
    ``follow`` accepts it. Each token is visited once: the parser can leave cycles."""
    seen: set[int] = set()
    pending = [root]
    while pending:
        token = pending.pop()
        if token.index in seen:
            continue
        seen.add(token.index)
        pending.extend(c for c in children.get(token.index, []) if follow is None or follow(c))
    return sorted(seen)
