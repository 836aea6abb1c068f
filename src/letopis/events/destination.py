"""Places as targets: where a visit goes ("сделал остановку в Кабуле") and what an attack hits
("атаковала сектор Газа", "обстреляли Донецк", "удары по Харькову").

The actor layer takes a city in the locative for the scene of an act, not for its
state ("В Москве прошли переговоры"), and most cities and regions are no actor at all.
For a visit (CAMEO 042, 043) the place in its "в"/"на" slot (locative) is exactly whom
the act is aimed at: the state the place lies in. For an attack (roots 18 and 19) so is
the place it strikes, its object or "по X", when the article names that state elsewhere
too and it is not the attacker's own (a government shelling its own town fights rebels
the sentence does not name). The places come from the ``locations`` layer when the
pipeline has written it (``gkg.locations`` runs before ``events.cameo`` by default);
without it nothing changes.
"""

from __future__ import annotations

import bisect
from collections import Counter

from letopis.gkg.location import doc_locations
from letopis.gkg.place_phrases import PLACE_NOUNS
from letopis.model import ActorMention, Doc

# The codes whose "в X" slot is a destination, and the roots whose object or "по X" is struck.
VISIT_CODES = ("042", "043")
STRIKE_ROOTS = ("18", "19")
DESTINATION, STRUCK = "place.destination", "place.struck"
_PREPOSITIONS = ("в", "во", "на")
# The noun a place's name may hang on: "сектор Газа", "город Донецк", "провинция Идлиб".
_CONTAINERS = PLACE_NOUNS | {"сектор", "столица", "порт", "штат", "республика"}
_NAME_RELS = ("nmod", "appos", "flat", "flat:name", "flat:foreign")


def place_targets(doc: Doc) -> dict[int, list[ActorMention]]:
    """Places no actor covers, as mentions of their state by head token: a destination (locative
    after "в"/"на", rule :data:`DESTINATION`) or a place struck (accusative, bare or after
    "в"/"на", or dative after "по", rule :data:`STRUCK`)."""
    covered = sorted((m.start, m.end) for m in doc.actors if m.code)
    places = doc_locations(doc)
    # A struck place's state must be named elsewhere in the article (as an actor or another
    # place): a town the gazetteer knows only by a foreign namesake must not make a war.
    named = Counter(m.code[:3] for m in doc.actors if m.code) + Counter(p.country for p in places if p.country)
    found: dict[int, list[ActorMention]] = {}
    for place in places:
        if not place.country or place.head < 0 or place.part:
            continue
        if _overlaps(covered, place.start, place.end):
            continue
        head = doc.tokens[place.head]
        if head.rel in _NAME_RELS and head.head >= 0 and doc.tokens[head.head].lemma in _CONTAINERS \
                and head.head < head.index:
            head = doc.tokens[head.head]  # "атаковала сектор Газа", "в городе Кандагар": the noun bears the case
        case = head.feats.get("Case")
        preposition = next((t.lemma for t in doc.tokens[max(0, head.index - 4):head.index]
                            if t.head == head.index and t.rel == "case"), None)
        if case == "Loc" and preposition in _PREPOSITIONS:
            rule = DESTINATION
        elif (case == "Acc" and preposition in (None, *_PREPOSITIONS) or case == "Dat" and preposition == "по") \
                and named[place.country] > 1:
            rule = STRUCK
        else:
            continue
        mention = ActorMention(place.country, place.text, place.start, place.end, "place", rule, place.id, head.index)
        found.setdefault(head.index, []).append(mention)
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span overlaps any of ``spans`` (sorted): the few that start before its end.

    Mentions nest at most a few deep, so looking back a few spans is enough; a linear scan
    would make a long article quadratic.
    """
    i = bisect.bisect_left(spans, (end,))
    return any(spans[j][1] > start for j in range(i - 1, max(-1, i - 6), -1))

