"""Events from a coded trigger: the records, their confidence and de-duplication.

Shared by the coder (``letopis.events.coder``) and the target frames
(``letopis.events.frames``).
"""

from __future__ import annotations

from letopis.events.patterns import Pattern, PatternBook
from letopis.events.view import SentenceView
from letopis.events.voice import is_future
from letopis.model import ActorMention, ActorRef, Event, SpanRef, Token

# Confidence of an event by how its actors were found: source and target read off the parse,
# an implicit agent ("его арестовали" - the police), a target taken from context, no target.
# A noun predicate ("удары Израиля по Газе") is a little less sure than a verb.
IN_SLOTS, IMPLICIT, FROM_CONTEXT, NO_TARGET = 0.9, 0.7, 0.6, 0.5
# Codes the coding guide records in one direction only (talks, agreements).
SYMMETRIC = {"040", "041", "046", "057", "0871"}


def capped(events: list[Event], confidence: float) -> list[Event]:
    """Lower the confidence of ``events`` to at most ``confidence`` (how their actors were found)."""
    for event in events:
        event.confidence = min(event.confidence, confidence)
    return events


def make_events(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                sources: list[ActorMention], targets: list[ActorMention]) -> list[Event]:
    """One event per source and target (or none), except a state acting on its own side."""
    source_tokens = {t for s in sources for t in range(s.start, s.end)}
    evidence_end = max(trigger.end, complement.end if complement else trigger.end)
    evidence_start = min(trigger.start, complement.start if complement else trigger.start)
    text = view.doc.text
    evidence = SpanRef(evidence_start, evidence_end, text[evidence_start:evidence_end])
    cameo = book.codes[pattern.code]
    intent = book.intent_of(pattern.code) if is_future(view, trigger) else None
    if intent is not None:
        cameo = book.codes[intent]  # "будет вести переговоры": a promise to talk, not talks
    date, background = view.when
    if not background and view.doc.article.date:
        date = view.doc.article.date  # an act of the day is dated by the dateline, not by a date it mentions
    events = []
    for source in sources:
        for target in targets or [None]:
            # A target inside the source's own words ("министр обороны Армении") is no target,
            # except the two parties that "стороны" stands for and the other side of one phrase
            # naming two ("Российские и украинские военные обменялись ударами").
            inside = target is not None and target.start in source_tokens and target.rule != "coref.parties" \
                and (target.start, target.end) != (source.start, source.end)
            if target is not None and (target.code == source.code or inside):
                continue
            states = ("country", "adjective", "capital")
            as_state = target is not None and (target.kind in states or target.rule == "coref.parties")
            if target is not None and (target.code == source.code + "GOV" and source.kind in states
                                       or source.code[:3] == target.code and as_state):
                # "Правительство Японии ... Япония", "палестинцы ... Палестинское государство": a state
                # is not the target of its own people, nor its government of it; it may address them
                # ("Россия рекомендует российским туристам").
                continue
            events.append(Event(
                source=ActorRef(source.code, source.text, source.start, source.end),
                target=None if target is None else ActorRef(target.code, target.text, target.start, target.end),
                code=cameo.code, root_code=cameo.root_code, quad_class=cameo.quad_class,
                goldstein=cameo.goldstein, date=date, background=background,
                sentence_index=view.sentence.index, evidence=evidence, rule=pattern.id,
                confidence=(IN_SLOTS if target is not None else NO_TARGET) - (0.1 if trigger.pos == "NOUN" else 0.0),
                plover=cameo.plover,
            ))
    return events


def parties_of(view: SentenceView, pattern: Pattern, sources: list[ActorMention]) -> list[ActorMention]:
    """The conflict's parties as targets, for a pattern that allows them, except the source's own state."""
    if "parties" not in pattern.target:
        return []
    own = {s.code[:3] for s in sources}
    return [p for p in view.parties if p.code not in own]


def unique(events: list[Event]) -> list[Event]:
    """``events`` without repeats of one code between one source and target in one sentence."""
    seen: set[tuple[int, str, str, str | None]] = set()
    out = []
    for event in events:
        key = (event.sentence_index, event.code, event.source.code, event.target.code if event.target else None)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
