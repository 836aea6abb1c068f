"""JSON Schema of the output, generated from the output dataclasses.

The shipped ``letopis/data/schema/output.schema.json`` is this function's
output; a test keeps the two equal, so the schema never drifts from the model.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from letopis.model.gkg_schema import GKG_PROPERTIES, gkg_definitions
from letopis.model.output import SCHEMA_VERSION, ActorMention, Entity, ErrorRecord, Event, Quote, Record

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}

_DESCRIPTIONS = {
    "start": "character offset (Python str index) where the span starts",
    "end": "character offset just past the span",
    "code": "CAMEO actor code (source/target/speaker) or CAMEO event code (event)",
    "root_code": "two-digit CAMEO root of the event code",
    "quad_class": "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    "goldstein": "Goldstein scale value of the event code (-10 .. +10)",
    "background": "true when the article recalls an earlier act as context",
    "rule": "stable id of the pattern that coded the event",
    "kb_id": "id of the knowledge-base row the entity was linked to",
    "normal": "normal (nominative) form of the entity",
    "actor": "CAMEO actor code of the entity, when it is a political actor",
    "kind": "direct (quoted words) or indirect (reported speech)",
    "verb": "lemma of the speech verb",
}


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        parts = [_type_schema(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            parts.append({"type": "null"})
        return parts[0] if len(parts) == 1 else {"anyOf": parts}
    if origin is list:
        (item,) = typing.get_args(hint)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is dict:
        return {"type": "object"}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # reserve: breaks cycles
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.metadata.get("json", True):
            continue
        prop = _type_schema(hints[f.name], defs)
        if f.name in _DESCRIPTIONS and "$ref" not in prop:
            prop["description"] = _DESCRIPTIONS[f.name]
        props[f.name] = prop
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": list(props),
    }


def output_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one ``letopis extract`` output line."""
    defs: dict[str, Any] = {}
    for cls in (Entity, Event, Quote, ActorMention):
        _type_schema(cls, defs)
    record = {
        "type": "object",
        "description": (Record.__doc__ or "").strip().splitlines()[0],
        "properties": {
            "id": {"type": "string"},
            "schema_version": {"const": SCHEMA_VERSION},
            "entities": {"type": "array", "items": {"$ref": "#/$defs/Entity"}},
            "events": {"type": "array", "items": {"$ref": "#/$defs/Event"}},
            "quotes": {"type": "array", "items": {"$ref": "#/$defs/Quote"}},
            "actors": {"type": "array", "items": {"$ref": "#/$defs/ActorMention"}},
            **GKG_PROPERTIES,
        },
        "required": ["id", "schema_version", "entities", "events", "quotes"],
        "additionalProperties": True,
    }
    error = {
        "type": "object",
        "description": (ErrorRecord.__doc__ or "").strip().splitlines()[0],
        "properties": {
            "id": {"type": "string"},
            "error": {
                "type": "object",
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "stage": {"type": "string"},
                },
                "required": ["code", "message"],
            },
        },
        "required": ["id", "error"],
        "additionalProperties": False,
    }
    defs.update(gkg_definitions())
    defs["Record"] = record
    defs["ErrorRecord"] = error
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"letopis/output/v{SCHEMA_VERSION}",
        "title": "letopis extract output line",
        "oneOf": [{"$ref": "#/$defs/Record"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": defs,
    }
