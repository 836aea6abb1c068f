"""The output type of the place layer: one geocoded place mention."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Location:
    """One place mention, geocoded.

    ``id`` is the gazetteer id (``gn:`` GeoNames, ``lp:`` hand-written,
    ``border:ARM-AZE``); ``country`` the ISO3 of the state it lies in (for a
    border, the first named; ``None`` for a region of several states) and
    ``countries`` every state it belongs to; ``part`` the direction of a
    "на юге X" ("south") or ``None``; ``rule`` what found it.
    """

    text: str
    start: int
    end: int
    sentence_index: int
    id: str
    name: str
    country: str | None
    countries: list[str]
    type: str
    lat: float | None
    lon: float | None
    part: str | None
    rule: str
    head: int = field(default=-1, metadata={"json": False})
    first: int = field(default=-1, metadata={"json": False})

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "sentence_index": self.sentence_index,
            "id": self.id, "name": self.name, "country": self.country, "countries": self.countries,
            "type": self.type, "lat": self.lat, "lon": self.lon, "part": self.part, "rule": self.rule,
        }


def doc_locations(doc: Any) -> list[Location]:
    """The place mentions the ``gkg.locations`` stage wrote on ``doc``, or none when it did not run."""
    return list(getattr(doc.extra.get("locations"), "items", None) or [])

