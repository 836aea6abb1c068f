"""Registration of the place stages: ``gkg.locations`` (place mentions) and ``gkg.event_locations``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from letopis.gkg.event_places import link_events
from letopis.gkg.gazetteer import Gazetteer
from letopis.gkg.location import Location, doc_locations
from letopis.gkg.places import PlaceIndex, find_locations
from letopis.model import Doc
from letopis.pipeline import stage
from letopis.resources import Resources


@dataclass(slots=True)
class LocationLayer:
    """The ``locations`` key of a record: every place mention, in text order."""

    items: list[Location] = field(default_factory=list)

    def to_json(self) -> list[dict[str, Any]]:
        return [loc.to_json() for loc in self.items]


def _register(resources: Resources) -> None:
    resources.register("gazetteer", Gazetteer.load)
    resources.register("place_index", lambda: PlaceIndex.build(resources.get("gazetteer"), resources.morph_vocab))


@stage("gkg.locations", requires=["actors", "entities", "syntax", "lemmas"], assigns=["locations"])
def locations_stage(doc: Doc, resources: Resources) -> None:
    """Place mentions geocoded with the gazetteer (letopis/data/gkg/gazetteer.tsv and places.tsv)."""
    _register(resources)
    dictionary = resources.get("actor_dictionary")
    capitals = {iso3: c.capitals[0] for iso3, c in dictionary.lexicon.countries.items() if c.capitals}
    found = find_locations(doc, resources.get("place_index"), dictionary.adjective_forms, dictionary.combining, capitals)
    doc.extra["locations"] = LocationLayer(found)


@stage("gkg.event_locations", requires=["locations", "events", "syntax"], assigns=["event_locations"])
def event_locations_stage(doc: Doc, resources: Resources) -> None:
    """The place each event happened at, when a locative phrase ties it to the event's predicate."""
    doc.extra["event_locations"] = link_events(doc, doc_locations(doc))
