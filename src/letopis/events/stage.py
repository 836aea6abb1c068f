"""Registration of the ``events.cameo`` stage."""

from __future__ import annotations

from letopis.events.coder import code_events
from letopis.model import Doc
from letopis.pipeline import stage
from letopis.resources import Resources


@stage("events.cameo", requires=["actors", "syntax", "lemmas"], assigns=["events"])
def events_stage(doc: Doc, resources: Resources) -> None:
    """CAMEO events from the patterns of letopis/data/events/patterns.tsv.

    The quotes and locations layers are read when an earlier stage wrote them (a quote's
    speaker, a visit's destination city, a town an attack strikes, the place of a protest);
    without them less is coded.
    """
    doc.events = code_events(doc, resources.get("pattern_book"),
                             min_confidence=resources.settings.min_event_confidence)
