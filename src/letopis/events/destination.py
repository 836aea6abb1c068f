"""Where a visit goes when the place is no actor: "сделал остановку в Кабуле", "побывал в Кандагаре".

The actor layer takes a city in the locative for the scene of an act, not for its
state ("В Москве прошли переговоры"), and most cities are no actor at all. For a
visit (CAMEO 042) the place in its "в"/"на" slot is exactly whom the act is aimed at:
the state the place lies in. The places come from the ``locations`` layer when the
pipeline has written it (``gkg.locations`` runs before ``events.cameo`` by default);
without it nothing changes.
"""

from __future__ import annotations

import bisect

from letopis.gkg.location import doc_locations
from letopis.model import ActorMention, Doc

# The codes whose "в X" slot is a destination.
VISIT_CODES = ("042", "043")
_PREPOSITIONS = ("в", "во", "на")


def destination_places(doc: Doc) -> dict[int, list[ActorMention]]:
    """Places in the locative after "в"/"на" that no actor covers, as mentions of their state, by head token."""
    covered = sorted((m.start, m.end) for m in doc.actors if m.code)
    found: dict[int, list[ActorMention]] = {}
    for place in doc_locations(doc):
        if not place.country or place.head < 0 or place.part:
            continue
        if _overlaps(covered, place.start, place.end):
            continue
        head = doc.tokens[place.head]
        if head.feats.get("Case") != "Loc":
            continue
        if not any(t.head == head.index and t.rel == "case" and t.lemma in _PREPOSITIONS
                   for t in doc.tokens[max(0, head.index - 4):head.index]):
            continue
        mention = ActorMention(place.country, place.text, place.start, place.end, "place", "place.destination",
                               place.id, head.index)
        found.setdefault(head.index, []).append(mention)
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span overlaps any of ``spans`` (sorted): the few that start before its end.

    Mentions nest at most a few deep, so looking back a few spans is enough; a linear scan
    would make a long article quadratic.
    """
    i = bisect.bisect_left(spans, (end,))
    return any(spans[j][1] > start for j in range(i - 1, max(-1, i - 6), -1))

