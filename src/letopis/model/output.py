"""Output types of ``letopis extract`` (``docs/output-contract.md``, schema_version 1).

Each type has ``to_json`` producing exactly the contract's keys, in the
contract's order, and ``from_json`` reading it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(slots=True)
class SpanRef:
    """A character span of the input text: ``text[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SpanRef":
        return cls(data["start"], data["end"], data["text"])


@dataclass(slots=True)
class Entity:
    """A named entity with its normal (nominative) form and, once linked, its actor code."""

    type: str
    start: int
    end: int
    text: str
    normal: str
    actor: str | None = None
    kb_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normal": self.normal,
            "actor": self.actor,
            "kb_id": self.kb_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Entity":
        return cls(
            data["type"], data["start"], data["end"], data["text"], data["normal"],
            data.get("actor"), data.get("kb_id"),
        )


@dataclass(slots=True)
class ActorMention:
    """A mention coded as a political actor, with the rule or KB row that coded it.

    ``kind`` says what was recognised: ``country``, ``adjective``, ``capital``,
    ``seat``, ``role``, ``body``, ``group``, ``organisation``, ``person`` or
    ``coref`` (resolved to an actor named earlier). ``head`` is the document
    index of the mention's head token (-1 when unknown); ``core`` the character
    span of the dictionary phrase itself, without the words that gave its country.
    """

    code: str
    text: str
    start: int
    end: int
    kind: str
    rule: str
    kb_id: str | None = None
    head: int = field(default=-1, metadata={"json": False})
    core: tuple[int, int] = field(default=(0, 0), metadata={"json": False})

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "text": self.text, "start": self.start, "end": self.end,
            "kind": self.kind, "rule": self.rule, "kb_id": self.kb_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ActorMention":
        return cls(data["code"], data["text"], data["start"], data["end"], data["kind"], data["rule"], data.get("kb_id"))


@dataclass(slots=True)
class ActorRef:
    """An event participant: actor ``code`` and the mention that carries it."""

    code: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ActorRef":
        return cls(data["code"], data["text"], data["start"], data["end"])


@dataclass(slots=True)
class Event:
    """One coded act: ``source`` does ``code`` to ``target`` (see the event coding guide)."""

    source: ActorRef
    target: ActorRef | None
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    date: str | None
    background: bool
    sentence_index: int
    evidence: SpanRef
    rule: str
    confidence: float
    plover: str | None = None
    contested_by: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.to_json(),
            "target": None if self.target is None else self.target.to_json(),
            "code": self.code,
            "root_code": self.root_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "background": self.background,
            "sentence_index": self.sentence_index,
            "evidence": self.evidence.to_json(),
            "rule": self.rule,
            "confidence": self.confidence,
            "plover": self.plover,
            "contested_by": self.contested_by,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Event":
        target = data.get("target")
        return cls(
            source=ActorRef.from_json(data["source"]),
            target=None if target is None else ActorRef.from_json(target),
            code=data["code"],
            root_code=data["root_code"],
            quad_class=data["quad_class"],
            goldstein=data["goldstein"],
            date=data.get("date"),
            background=data["background"],
            sentence_index=data["sentence_index"],
            evidence=SpanRef.from_json(data["evidence"]),
            rule=data["rule"],
            confidence=data["confidence"],
            plover=data.get("plover"),
            contested_by=data.get("contested_by"),
        )


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to: actor code, normal name and the mention."""

    code: str | None
    name: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Speaker":
        return cls(data.get("code"), data["name"], data["text"], data["start"], data["end"])


@dataclass(slots=True)
class Quote:
    """Direct or indirect speech with its speaker and speech verb."""

    speaker: Speaker | None
    text: str
    start: int
    end: int
    verb: str | None
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": None if self.speaker is None else self.speaker.to_json(),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Quote":
        speaker = data.get("speaker")
        return cls(
            None if speaker is None else Speaker.from_json(speaker),
            data["text"], data["start"], data["end"], data.get("verb"), data["kind"],
        )


@dataclass(slots=True)
class Record:
    """One output line: the layers written about one article.

    ``layers`` holds the JSON of later top-level keys (locations, dates, tone...)
    that stages add beside the contract's three lists.
    """

    id: str
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    layers: dict[str, Any] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    actors: list[ActorMention] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "schema_version": self.schema_version,
            "entities": [e.to_json() for e in self.entities],
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "actors": [a.to_json() for a in self.actors],
        }
        out.update(self.layers)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Record":
        core = {"id", "schema_version", "entities", "events", "quotes", "actors"}
        return cls(
            id=data["id"],
            entities=[Entity.from_json(e) for e in data.get("entities", [])],
            events=[Event.from_json(e) for e in data.get("events", [])],
            quotes=[Quote.from_json(q) for q in data.get("quotes", [])],
            layers={k: v for k, v in data.items() if k not in core},
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            actors=[ActorMention.from_json(a) for a in data.get("actors", [])],
        )


@dataclass(slots=True)
class ErrorRecord:
    """The output line for an article that could not be processed."""

    id: str
    code: str
    message: str
    stage: str | None = None

    def to_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.stage is not None:
            error["stage"] = self.stage
        return {"id": self.id, "error": error}
