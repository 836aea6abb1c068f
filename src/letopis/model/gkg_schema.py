"""JSON Schema of the knowledge-layer keys of an output line: locations, event_locations, dates, themes, tone.

Each layer is written by its own stage (``letopis.gkg``) and serialised by its own
``to_json``; these definitions say what those write. A test validates the output of
the real pipeline against them with ``additionalProperties: false``, so a field added
to a layer and not here fails.
"""

from __future__ import annotations

from typing import Any

_INT = {"type": "integer"}
_NUM = {"type": "number"}
_STR = {"type": "string"}
_BOOL = {"type": "boolean"}
_OPT_STR = {"anyOf": [_STR, {"type": "null"}]}
_OPT_NUM = {"anyOf": [_NUM, {"type": "null"}]}
_SPAN = {
    "text": _STR,
    "start": {**_INT, "description": "character offset (Python str index) where the span starts"},
    "end": {**_INT, "description": "character offset just past the span"},
}


def _closed(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "description": description, "properties": properties,
            "required": list(properties), "additionalProperties": False}


def gkg_definitions() -> dict[str, dict[str, Any]]:
    """The ``$defs`` of the knowledge layers, by name."""
    return {
        "Location": _closed("A place mention, geocoded with the shipped gazetteer.", {
            **_SPAN,
            "sentence_index": _INT,
            "id": {**_STR, "description": "gazetteer id: gn: GeoNames, lp: hand-written, border:ARM-AZE"},
            "name": {**_STR, "description": "the gazetteer's Russian name of the place"},
            "country": {**_OPT_STR, "description": "ISO3 of the state it lies in (null for a region of several)"},
            "countries": {"type": "array", "items": _STR, "description": "every state the place belongs to"},
            "type": {**_STR, "description": "country, region, city, territory, border, ..."},
            "lat": _OPT_NUM,
            "lon": _OPT_NUM,
            "part": {**_OPT_STR, "description": "the direction of 'на юге X' (south, ...) or null"},
            "rule": {**_STR, "description": "what found the place"},
        }),
        "EventLocation": _closed("The place an event happened at.", {
            "event": {**_INT, "description": "index of the event in this record's events"},
            "location": {**_INT, "description": "index of the place in this record's locations"},
            "id": {**_STR, "description": "gazetteer id of the place"},
        }),
        "DateMention": _closed("A date expression, resolved against the publication date.", {
            **_SPAN,
            "sentence_index": _INT,
            "value": {**_OPT_STR, "description": "YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved"},
            "until": {**_OPT_STR, "description": "last value of a range, else null"},
            "granularity": {**_STR, "description": "how precise the value is (day, month, year, ...)"},
            "relative": {**_BOOL, "description": "whether the value depends on the publication date"},
            "mod": {**_OPT_STR, "description": "part of the period named: start, mid, end, or null"},
        }),
        "ThemeScore": _closed("A theme of the documented taxonomy the article is about.", {
            "theme": {**_STR, "description": "theme id (letopis/data/gkg/themes.tsv)"},
            "name": _STR,
            "name_ru": _STR,
            "score": {**_NUM, "description": "sum of the weights of the signals found"},
            "events": {"type": "array", "items": _INT, "description": "indices of the events that signal it"},
            "terms": {"type": "array", "items": _STR, "description": "lemmas that signal it"},
        }),
        "MentionTone": _closed("Sentiment toward one entity or actor mention.", {
            **_SPAN,
            "type": _STR,
            "actor": _OPT_STR,
            "label": {"enum": ["positive", "negative", "neutral"]},
            "score": {**_NUM, "description": "P(positive) - P(negative)"},
            "probability": {**_NUM, "description": "probability of the label"},
        }),
        "Tone": _closed("GDELT-style tone of the whole text, and sentiment toward each entity.", {
            "positive": {**_NUM, "description": "percentage of words that are positive"},
            "negative": {**_NUM, "description": "percentage of words that are negative"},
            "polarity": {**_NUM, "description": "positive - negative"},
            "activity": {**_NUM, "description": "percentage of words that are active"},
            "words": {**_INT, "description": "number of words counted"},
            "entities": {"type": "array", "items": {"$ref": "#/$defs/MentionTone"}},
        }),
    }


# The top-level key each layer writes, and its schema.
GKG_PROPERTIES: dict[str, dict[str, Any]] = {
    "locations": {"type": "array", "items": {"$ref": "#/$defs/Location"}},
    "event_locations": {"type": "array", "items": {"$ref": "#/$defs/EventLocation"}},
    "dates": {"type": "array", "items": {"$ref": "#/$defs/DateMention"}},
    "themes": {"type": "array", "items": {"$ref": "#/$defs/ThemeScore"}},
    "tone": {"$ref": "#/$defs/Tone"},
}
