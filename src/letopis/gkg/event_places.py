"""Where an event happened: the place mention its sentence attaches to its predicate.

A location is the action location of an event when the parse ties it to the
words carrying the act (the event's evidence) through a locative phrase: a
preposition of place ("в", "на", "под", "у", "около", "близ", "вдоль" ...) on
the place or on a place noun above it ("в районе X", "на юге X", "на
территории X"; not "в обстреле Гянджи"), in the locative case (not the
direction of "на территорию X"), one arc below the evidence, or below a verb
whose subject or object is in the evidence ("В Ереване прошли переговоры"),
or, for a material act, below its object ("обстреляли села на юге Армении").
A place that is the event's source or target
mention, or that names a street or square ("на площади Франции"), is not
where it happened. When several qualify, the nearest wins; an event with none
gets no location.
"""

from __future__ import annotations

import bisect
from typing import Any

from letopis.actors.matcher import fold
from letopis.gkg.location import Location
from letopis.model import Doc, Event, Token

LOCATIVE = frozenset({"в", "во", "на", "под", "у", "около", "возле", "близ", "вблизи", "вдоль", "над", "неподалеку",
                      "рядом"})
# Nouns that a locative preposition may stand on for the place below them: "в районе X", "на юге X".
PLACE_HEADS = frozenset({"район", "территория", "окрестность", "часть", "центр", "пригород", "окраина", "граница",
                         "зона", "север", "юг", "запад", "восток", "северо-запад", "северо-восток", "юго-запад",
                         "юго-восток", "область", "регион", "провинция", "город", "село", "поселок", "деревня",
                         "сектор", "побережье", "берег", "остров", "столица", "аэропорт", "порт", "пункт"})
# A place named after a street, square or building is part of that name, not where things happen.
NAMED_AFTER = frozenset({"площадь", "улица", "проспект", "бульвар", "переулок", "набережная", "шоссе", "сквер",
                         "парк", "вокзал", "посольство", "станция"})


def link_events(doc: Doc, locations: list[Location]) -> list[dict[str, Any]]:
    """``{"event": i, "location": j, "id": ...}`` for each event ``doc.events[i]`` placed at ``locations[j]``."""
    out: list[dict[str, Any]] = []
    for number, event in enumerate(doc.events):
        found = event_location(doc, event, locations)
        if found is not None:
            out.append({"event": number, "location": found, "id": locations[found].id})
    return out


def event_location(doc: Doc, event: Event, locations: list[Location]) -> int | None:
    """The index in ``locations`` of where ``event`` happened, or ``None``."""
    evidence = {t.index for t in _tokens_within(doc, event.evidence.start, event.evidence.end)}
    if not evidence:
        return None
    actors = [(a.start, a.end) for a in (event.source, event.target) if a is not None]
    best: tuple[int, int] | None = None
    for number, loc in enumerate(locations):
        if loc.sentence_index != event.sentence_index or loc.head < 0:
            continue
        if any(loc.start < end and start < loc.end for start, end in actors):
            continue
        steps = _steps_to_evidence(doc, doc.tokens[_top(doc, loc)], evidence, event.quad_class in (2, 4))
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, number)
    return None if best is None else best[1]


def _top(doc: Doc, loc: Location) -> int:
    """The token of the mention (direction noun included) whose head lies outside it."""
    first = loc.first if loc.first >= 0 else loc.head
    tokens = _tokens_within(doc, loc.start, loc.end)
    for token in tokens:
        if not first <= token.head <= tokens[-1].index:
            return token.index
    return loc.head


def _steps_to_evidence(doc: Doc, token: Token, evidence: set[int], material: bool) -> int | None:
    """How many arcs lead from a place up to the evidence through a locative phrase, or ``None``.

    The locative preposition stands on the place, on a conjunct before it ("в Москве и Казани")
    or on a place noun above it ("в районе X"), and governs the locative case, not the
    accusative of a direction ("вторжение на территорию X"). From there one arc must reach
    the evidence, or a verb whose subject or object is in the evidence; for a material act, or
    two through its object ("обстреляли села на юге Армении").
    """
    named_after = token.head >= 0 and fold(doc.tokens[token.head].lemma) in NAMED_AFTER and token.rel == "nmod"
    if named_after and not _has_locative_case(doc, token):
        return None
    steps = 0
    while not _has_locative_case(doc, token):
        if token.head < 0 or steps >= 2:
            return None
        head = doc.tokens[token.head]
        if not (token.rel == "conj" or token.rel in ("nmod", "appos", "flat", "flat:name")
                and fold(head.lemma) in PLACE_HEADS):
            return None
        token, steps = head, steps + 1
    if token.feat("Case") == "Acc":
        return None
    if token.head < 0:
        return None
    head = doc.tokens[token.head]
    if head.index in evidence:
        return steps + 1
    if head.pos in ("VERB", "AUX") and token.rel == "obl":
        # "В Ереване прошли переговоры": the verb's subject or object carries the act.
        subjects = any(c.index in evidence and c.rel in ("nsubj", "nsubj:pass", "obj") for c in doc.children(head))
        return steps + 1 if subjects else None
    if material and token.rel == "nmod" and head.rel in ("obj", "iobj") and head.head in evidence:
        return steps + 2
    return None


def _has_locative_case(doc: Doc, token: Token) -> bool:
    return any(c.rel == "case" and fold(c.text) in LOCATIVE for c in doc.children(token))


def _tokens_within(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens inside the character span ``start..end``."""
    low = bisect.bisect_left(doc.tokens, start, key=lambda t: t.start)
    high = bisect.bisect_left(doc.tokens, end, key=lambda t: t.start)
    return [t for t in doc.tokens[low:high] if t.end <= end]
