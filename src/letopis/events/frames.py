"""Target frames: patterns whose actors are not simply the subject and the slots.

A pattern's ``target`` names slots; a few slots name a whole frame instead, each
read here by a function of the trigger that returns the events and what happened
(``None`` when the frame does not apply and the ordinary reading goes on):

- ``между``: "бои между Арменией и Азербайджаном", both sides named after "между";
- ``subject``: "Беларусь должна освободить заключенных", - said X: X demands it of Belarus;
- ``from``: "Украина получила помощь от Германии": the giver acts on the receiver;
- ``gen``: "арест оппозиционера": the genitive of a noun of a transitive act suffers it;
- ``people``: "ввели комендантский час": a state's measure on its own population;
- ``patient``: "Навальный вышел на свободу": the subject undergoes the pattern's agent's act.
"""

from __future__ import annotations

from typing import Callable

from letopis.events.arguments import is_media, quote_speaker, sources_of, targets_in
from letopis.events.build import IMPLICIT, SYMMETRIC, capped, make_events
from letopis.events.patterns import Pattern, PatternBook
from letopis.events.view import SentenceView, actors_in, own_clause
from letopis.events.voice import agents_of, implicit_agent, passive_subject
from letopis.model import ActorMention, Event, Token

Outcome = tuple[list[Event] | None, str]


def between_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                  phrase: list[Token]) -> Outcome | None:
    """"Бои между Арменией и Азербайджаном": no side named as the actor, one event each way
    (once for the codes recorded in one direction)."""
    between = pattern.only("между")
    sides = targets_in(view, phrase, between, [])
    if len(sides) < 2 and trigger.rel.startswith("nsubj") and trigger.head >= 0:
        # "Между Таиландом и Камбоджей начались бои": the parser hangs "между" on the verb.
        head = view.doc.tokens[trigger.head]
        siblings = [t for c in view.children.get(head.index, []) if c.index != trigger.index for t in view.subtree(c)]
        sides = targets_in(view, siblings, between, [])
    countries = list({m.code: m for m in sides}.values())
    if len(countries) >= 2:
        pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1 :]]
        if pattern.code not in SYMMETRIC:  # fighting "между X и Y" is coded once each way
            pairs += [(b, a) for a, b in pairs]
        events = [e for a, b in pairs for e in make_events(view, trigger, complement, pattern, book, [a], [b])]
        return events, f"coded {len(events)}"
    if pattern.target == ("между",):
        return None, "fewer than two actors after 'между'"  # let another pattern try
    # "Россия и Китай подписали соглашение": no "между", the pattern's other slots apply.
    return None


def obliged_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                  phrase: list[Token]) -> Outcome | None:
    """"Беларусь должна освободить заключенных", - said X: X demands it of Belarus; also what a
    clause says: "печально, что японское правительство финансирует ..." judges Japan."""
    obliged = [m for c in view.children.get(trigger.index, []) if c.rel.startswith(("nsubj", "csubj"))
               or c.rel == "ccomp" and trigger.pos in ("ADJ", "ADV")
               for m in actors_in(view, view.subtree(c)[:20])]
    # "разгон митинга полицией, закрытие телеканалов — неприемлемо": the press there suffers the act.
    obliged = [m for m in obliged if not is_media(m)] or obliged
    speaker = quote_speaker(view, trigger.start)
    speakers = [speaker] if speaker is not None else []
    if not speakers and trigger.rel in ("ccomp", "parataxis") and trigger.head >= 0:
        head = view.doc.tokens[trigger.head]
        if head.lemma in book.speech:
            speakers = sources_of(view, head, True)
    speakers = [m for m in speakers if m not in obliged]
    if not obliged or not speakers:
        return [], "no one obliged, or no one who says so"
    return make_events(view, trigger, complement, pattern, book, speakers, obliged), "coded from the speaker"


def giver_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                phrase: list[Token]) -> Outcome | None:
    """"Украина получила помощь от Германии": the giver after "от" acts, the receiver is the target."""
    givers = targets_in(view, own_clause(view, trigger, phrase), pattern.only("от"), [])
    receivers = sources_of(view, trigger, book.codes[pattern.code].quad_class in (1, 3))
    if givers and receivers:
        events = make_events(view, trigger, complement, pattern, book, givers, [r for r in receivers if r not in givers])
        return events, f"coded {len(events)} from the giver"
    return [], "no giver after 'от' or no receiver"


def population_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                     phrase: list[Token]) -> Outcome | None:
    """"Ввели комендантский час": a measure a state imposes on its own population (its CVL)."""
    sources = sources_of(view, trigger, False)
    patients = passive_subject(view, trigger)
    if patients is not None:
        sources = agents_of(view, trigger)
    states = [s.code[:3] for s in sources if s.code[:3] in book.states]
    if not states:
        return [], "no state to impose the measure"
    people = [ActorMention(states[0] + "CVL", trigger.text, trigger.start, trigger.end, "implicit",
                           "implicit.population", None, trigger.index)]
    return make_events(view, trigger, complement, pattern, book, sources, people), "coded on the state's population"


def patient_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
                  phrase: list[Token]) -> Outcome | None:
    """"Навальный вышел на свободу": the subject undergoes what the pattern's agent does."""
    undergoing = sources_of(view, trigger, False)
    doers = implicit_agent(trigger, pattern, undergoing, book.states)
    if not undergoing or not doers:
        return [], "no subject of a state to undergo the act"
    return capped(make_events(view, trigger, complement, pattern, book, doers, undergoing), IMPLICIT), \
        "coded with the pattern's agent acting on the subject"


def genitive_frame(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern,
                   book: PatternBook, phrase: list[Token]) -> Outcome | None:
    """"Ликвидация американским спецназом лидера Аль-Каиды", "арест оппозиционера": the genitive
    of such a noun suffers the act; its doer is an instrumental or "со стороны X", else the
    pattern's agent of the patient's state."""
    if trigger.pos != "NOUN":
        return [], "the genitive slot is a noun's"
    if under_an_act(view, trigger, book):
        return [], "what an act above it asks for, denies or charges ('потребовали ареста'), not an act"
    patients: list[ActorMention] = []
    for child in view.children.get(trigger.index, []):
        bare = not any(c.rel == "case" for c in view.children.get(child.index, []))
        if child.rel == "nmod" and bare and child.feats.get("Case") == "Gen":
            patients += [m for m in actors_in(view, view.subtree(child)[:8]) if m not in patients]
    agents = [a for a in agents_of(view, trigger) if a not in patients]
    if not patients:
        return [], "no actor in the genitive"
    if agents:
        return make_events(view, trigger, complement, pattern, book, agents, patients), "coded from the genitive and the doer"
    implicit = implicit_agent(trigger, pattern, patients, book.states)
    if not implicit:
        return [], "no doer named and none implied"
    return capped(make_events(view, trigger, complement, pattern, book, implicit, patients), IMPLICIT), \
        "coded with the pattern's agent on the genitive"


def unowned_fighting(view: SentenceView, trigger: Token, pattern: Pattern, book: PatternBook) -> bool:
    """A fighting noun with no actor of its own, not the thing an act above it is about
    ("призвали к прекращению боев" asks for an end, it reports no battle)."""
    if trigger.pos != "NOUN" or "both" not in pattern.target or "parties" not in pattern.target:
        return False
    sides = {p.code for p in view.parties}
    if len(sides) != 2 or any(m.code not in sides for m in actors_in(view, view.subtree(trigger))):
        return False  # "жертвы с обеих сторон" names the parties themselves
    return not under_an_act(view, trigger, book)


def under_an_act(view: SentenceView, trigger: Token, book: PatternBook) -> bool:
    """Whether a noun hangs (within two steps) on another pattern's trigger or complement."""
    node = trigger
    for _ in range(2):
        if node.head < 0:
            break
        node = view.doc.tokens[node.head]
        if node.lemma in book.by_trigger or node.lemma in book.complements:
            return True
    return False


# The frame each slot names, tried in this order.
FRAMES: tuple[tuple[str, Callable[..., Outcome | None]], ...] = (
    ("между", between_frame), ("subject", obliged_frame), ("from", giver_frame), ("gen", genitive_frame),
    ("people", population_frame), ("patient", patient_frame))
