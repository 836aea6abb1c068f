"""Coding sentences into CAMEO events.

For every token whose lemma triggers a pattern (patterns with a complement first,
in file order):
1. the complement must stand in the trigger's own clause (its dependency subtree
   without coordinated or gerund clauses, or the few words after it up to the next
   finite verb): "выразил обеспокоенность", "призвал к прекращению огня";
2. a negated trigger ("не нападали") codes nothing; an infinitive under a modal
   word ("может ввести", "призвал прекратить", "отказывается признать") or with
   "бы" is no act (``letopis.events.voice``);
3. the source is the subject, climbing through coordinated, controlled and
   reported clauses; "мы"/"я" is the speaker; a passive's doer is its agent or
   the pattern's implicit agent; a subjectless verb goes on with the previous
   sentence's subject (``letopis.events.arguments``);
4. targets are the actors in the slots the pattern names, else the other side
   the sentence or the two before it name; each source–target pair is one event,
   fighting "между X и Y" and clashes are coded both ways;
5. a cooperative act in the future is coded as the intent to do it, and the
   sentence's date and background come from ``letopis.events.when``.
A bare statement (010) is coded only for a sentence nothing more specific codes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from letopis.events.destination import destination_places
from letopis.events.claims import denied_span, is_denial, link_claims
from letopis.events.arguments import (context_targets, government_of_critics, in_name, is_during, is_media,
                                      quote_speaker, sources_of, targets_in)
from letopis.events.parties import conflict_parties
from letopis.events.patterns import Pattern, PatternBook
from letopis.events.view import SentenceView, actors_in, own_clause, subject_actors
from letopis.events.voice import (agents_of, implicit_agent, is_future, is_impersonal, modality, negated,
                                  passive_subject)
from letopis.events.when import timeline
from letopis.model import ActorMention, ActorRef, Doc, Event, Quote, SpanRef, Token

_WINDOW = 12
# The bare statement: coded only for a sentence that nothing more specific codes (coding guide, section 2).
_STATEMENT = "010"
# Confidence of an event by how its actors were found: source and target read off the parse,
# an implicit agent ("его арестовали" - the police), a target taken from context, no target.
# A noun predicate ("удары Израиля по Газе") is a little less sure than a verb.
_IN_SLOTS, _IMPLICIT, _FROM_CONTEXT, _NO_TARGET = 0.9, 0.7, 0.6, 0.5
# Codes the coding guide records in one direction only (talks, agreements).
_SYMMETRIC = {"040", "041", "046", "057", "0871"}


def code_events(doc: Doc, book: PatternBook, trace: list[Attempt] | None = None,
                min_confidence: float = 0.0) -> list[Event]:
    """Every event of ``doc`` that a pattern codes; ``trace`` collects every pattern tried.

    Events below ``min_confidence`` are dropped, except a claim that a kept denial contests:
    the denial points at it.
    """
    events: list[Event] = []
    by_sentence: dict[int, list[ActorMention]] = {}
    starts = [s.start for s in doc.sentences]
    for mention in doc.actors:
        if mention.code:
            index = bisect.bisect_right(starts, mention.start) - 1
            by_sentence.setdefault(index, []).append(mention)
    dates = timeline([s.text for s in doc.sentences], doc.article.date)
    topic: list[ActorMention] = []
    denials: list[tuple[Event, tuple[int, int]]] = []
    # Each sentence sees only the quotes overlapping it: a long article holds thousands.
    quotes_in: dict[int, list[Quote]] = {}
    for quote in doc.quotes:
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        for index in range(first, bisect.bisect_left(starts, quote.end)):
            quotes_in.setdefault(index, []).append(quote)
    mention_at = {(m.start, m.end, m.code): m for m in doc.actors if m.code}
    parties = conflict_parties(doc, book.conflict)
    places_at = destination_places(doc)
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        children: dict[int, list[Token]] = {}
        for token in tokens:
            children.setdefault(token.head, []).append(token)
        actors_at: dict[int, list[ActorMention]] = {}
        for mention in by_sentence.get(sentence.index, []):
            if sentence.start <= mention.start < sentence.end:
                for token in tokens:
                    # Overlap, not containment: "армяно" is part of one token.
                    if mention.start < token.end and token.start < mention.end:
                        actors_at.setdefault(token.index, []).append(mention)
        earlier = [m for i in range(max(0, sentence.index - 2), sentence.index) for m in by_sentence.get(i, [])]
        view = SentenceView(doc, sentence, tokens, children, actors_at, earlier, book, dates[sentence.index], topic,
                            quotes_in.get(sentence.index, []), mention_at, parties, places_at)
        covered: list[tuple[int, int]] = []
        before = len(events)
        deferred: list[tuple[Token, Pattern]] = []
        for token in tokens:
            if any(a <= token.start < b for a, b in covered):
                continue  # "провел телефонные переговоры": the complement of a coded act is no act of its own
            patterns = book.by_trigger.get(token.lemma, ())
            for number, pattern in enumerate(patterns, 1):
                if pattern.code == _STATEMENT:
                    deferred.append((token, pattern))  # a bare statement only when nothing more specific is
                    continue
                found, outcome = _apply(view, token, pattern, book, number == len(patterns))
                if trace is not None:
                    trace.append(Attempt(sentence.index, token.text, pattern.id, outcome))
                if found is not None:
                    events.extend(found)
                    if found and is_denial(pattern.code):
                        span = denied_span(view, token)
                        if span is not None:
                            denials.extend((event, span) for event in found)
                    if found and is_denial(pattern.code):
                        covered.append((token.start, token.end))  # what is denied is a claim, coded on its own
                    else:
                        covered.extend((e.evidence.start, e.evidence.end) for e in found)
                    if found:
                        covered.extend((c.start, c.end) for c in children.get(token.index, []) if c.rel in ("obj", "xcomp"))
                    break
        if len(events) == before:
            for token, pattern in deferred[:1]:
                if not _has_content(view, token):
                    continue
                found, outcome = _apply(view, token, pattern, book, True)
                if trace is not None:
                    trace.append(Attempt(sentence.index, token.text, pattern.id, outcome))
                events.extend(found or [])
        topic = subject_actors(view)
    events = _unique(events)
    kept = [e for e in events if e.confidence >= min_confidence]
    kept_ids = {id(e) for e in kept}
    denials = [(denial, span) for denial, span in denials if id(denial) in kept_ids]
    events = [e for e in events if id(e) in kept_ids or any(a <= e.evidence.start and e.evidence.end <= b
                                                             for _, (a, b) in denials)]
    link_claims(events, denials)
    return events


def _has_content(view: SentenceView, verb: Token) -> bool:
    """A statement says something: "заявил о победе", "заявил, что ...", "«...», - написал"."""
    for child in view.children.get(verb.index, []):
        if child.rel in ("ccomp", "parataxis"):
            return True
        if child.rel in ("obl", "obj") and any(c.lemma in ("о", "об") for c in view.children.get(child.index, [])):
            return True
    return verb.rel == "parataxis"


@dataclass(frozen=True, slots=True)
class Attempt:
    """One pattern tried on one trigger, and what came of it (for ``letopis explain``)."""

    sentence_index: int
    trigger: str
    rule: str
    outcome: str


def _apply(view: SentenceView, trigger: Token, pattern: Pattern, book: PatternBook,
           last: bool) -> tuple[list[Event] | None, str]:
    if trigger.feats.get("VerbForm") == "Part" and trigger.rel in ("nsubj", "obj", "iobj", "nmod", "obl", "conj"):
        return [], "a participle used as a noun ('протестующих') names people, not an act"
    phrase = view.subtree(trigger)
    if pattern.complement:
        window = []
        for token in view.tokens[trigger.index - view.sentence.token_start + 1 :][:_WINDOW]:
            if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
                break  # the next clause's words are not this predicate's complement
            window.append(token)
        scope = own_clause(view, trigger, phrase) + window
        if trigger.rel == "conj" and trigger.head >= 0 and view.doc.tokens[trigger.head].lemma == trigger.lemma:
            # "обратиться к России, чтобы попросить ..., а также обратиться в ОДКБ": the purpose is shared.
            head = view.doc.tokens[trigger.head]
            scope += [t for t in own_clause(view, head, view.subtree(head)) if t.index not in {x.index for x in phrase}]
        if "между" in pattern.target and trigger.rel.startswith("nsubj") and trigger.head >= 0:
            scope += [c for c in view.children.get(trigger.head, []) if c.index != trigger.index]  # fronted "Между X и Y"
            scope += [g for c in scope if c.rel == "obl" for g in view.children.get(c.index, []) if g.rel == "case"]
        # A word of an actor's name ("Организация Договора ...") is no complement.
        complement = next((t for t in scope if t.lemma in pattern.complement and t.index != trigger.index
                           and not in_name(view, t)), None)
        if complement is None:
            return None, f"no complement ({'|'.join(sorted(pattern.complement))}) in the phrase"
        if complement.start < trigger.start and complement not in phrase:
            complement = None  # shared with a coordinated predicate: the evidence is this trigger's own
    else:
        complement = None
    declined = False
    if negated(view, trigger):
        head = view.doc.tokens[trigger.head] if trigger.head >= 0 else None
        # "не намерены обсуждать", "не собирается подписывать": an intention denied is a refusal too.
        declined = trigger.feats.get("VerbForm") == "Inf" and head is not None and head.lemma in book.intention
        refusal = book.refusal_of(pattern.code) if is_future(view, trigger) or declined else None
        if refusal is None:
            return [], "negated"
        # "Нетаньяху не полетит в Вашингтон": a cooperative act refused for the future is a refusal.
        pattern = Pattern(pattern.id, pattern.triggers, pattern.complement, pattern.target, refusal, pattern.agent)
    modal = modality(view, trigger) if not declined else ""
    if modal:
        return [], f"modal ({modal}): intended or possible, not done"
    if "между" in pattern.target:
        # "бои между Арменией и Азербайджаном": no side named as the actor, one event each way.
        between = Pattern(pattern.id, (), frozenset(), ("между",), pattern.code)
        sides = targets_in(view, phrase, between, [])
        if len(sides) < 2 and trigger.rel.startswith("nsubj") and trigger.head >= 0:
            # "Между Таиландом и Камбоджей начались бои": the parser hangs "между" on the verb.
            head = view.doc.tokens[trigger.head]
            siblings = [t for c in view.children.get(head.index, []) if c.index != trigger.index for t in view.subtree(c)]
            sides = targets_in(view, siblings, between, [])
        countries = list({m.code: m for m in sides}.values())
        if len(countries) >= 2:
            pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1 :]]
            if pattern.code not in _SYMMETRIC:  # fighting "между X и Y" is coded once each way
                pairs += [(b, a) for a, b in pairs]
            events = [e for a, b in pairs for e in _events(view, trigger, complement, pattern, book, [a], [b])]
            return events, f"coded {len(events)}"
        if pattern.target == ("между",):
            return None, "fewer than two actors after 'между'"  # let another pattern try
        # "Россия и Китай подписали соглашение": no "между", the pattern's other slots apply.
    if "subject" in pattern.target:
        # "Беларусь должна освободить заключенных", - said X: X demands it of Belarus.
        # Also what a clause says: "печально, что японское правительство финансирует ..." judges Japan.
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
        return _events(view, trigger, complement, pattern, book, speakers, obliged), "coded from the speaker"
    if "from" in pattern.target:
        # "Украина получила помощь от Германии": the giver after "от" acts, the receiver is the target.
        givers = targets_in(view, own_clause(view, trigger, phrase), Pattern(pattern.id, (), frozenset(), ("от",), pattern.code), [])
        receivers = sources_of(view, trigger, book.codes[pattern.code].quad_class in (1, 3))
        if givers and receivers:
            events = _events(view, trigger, complement, pattern, book, givers, [r for r in receivers if r not in givers])
            return events, f"coded {len(events)} from the giver"
        return [], "no giver after 'от' or no receiver"
    if "gen" in pattern.target:
        return _noun_of_transitive_act(view, trigger, complement, pattern, book)
    if "people" in pattern.target:
        # "ввели комендантский час": a measure a state imposes on its own population.
        sources = sources_of(view, trigger, False)
        patients = passive_subject(view, trigger)
        if patients is not None:
            sources = agents_of(view, trigger)
        states = [s.code[:3] for s in sources if s.code[:3] in book.states]
        if not states:
            return [], "no state to impose the measure"
        people = [ActorMention(states[0] + "CVL", trigger.text, trigger.start, trigger.end, "implicit",
                               "implicit.population", None, trigger.index)]
        return _events(view, trigger, complement, pattern, book, sources, people), "coded on the state's population"
    if "patient" in pattern.target:
        # "Навальный вышел на свободу": the subject undergoes what the pattern's agent does.
        undergoing = sources_of(view, trigger, False)
        doers = implicit_agent(trigger, pattern, undergoing, book.states)
        if not undergoing or not doers:
            return [], "no subject of a state to undergo the act"
        return _capped(_events(view, trigger, complement, pattern, book, doers, undergoing), _IMPLICIT), \
            "coded with the pattern's agent acting on the subject"
    patients = passive_subject(view, trigger)
    agents = agents_of(view, trigger) if patients is not None else []
    if patients is not None and not agents and not pattern.agent:
        patients = None  # "США озабочены": a state, not a passive act - the subject feels it
    if patients is not None:
        # "Мурси был арестован новыми властями": the subject suffers the act, the agent does it.
        sources = agents or implicit_agent(trigger, pattern, patients, book.states)
        if not sources:
            return [], "passive with no agent"
        targets = [p for p in patients if p not in sources]
    else:
        impersonal = pattern.agent and is_impersonal(view, trigger)
        sources = [] if impersonal else sources_of(view, trigger, book.codes[pattern.code].quad_class in (1, 3))
        if not sources and impersonal:
            # "Его арестовали": an act with no subject has the agent the pattern names.
            objects = targets_in(view, view.subtree(trigger), Pattern(pattern.id, (), frozenset(), ("obj",), pattern.code), [])
            sources = implicit_agent(trigger, pattern, objects, book.states)
            if sources:
                return _capped(_events(view, trigger, complement, pattern, book, sources, objects), _IMPLICIT), \
                    "coded with the pattern's agent"
            sources = sources_of(view, trigger, book.codes[pattern.code].quad_class in (1, 3))
        if not sources and _unowned_fighting(view, trigger, pattern, book):
            # "после нескольких недель перестрелок": fighting with no side named is the article's war.
            a, b = view.parties
            events = [e for x, y in ((a, b), (b, a)) for e in _events(view, trigger, complement, pattern, book, [x], [y])]
            return _capped(events, _FROM_CONTEXT), "coded between the parties of the article's conflict"
        if not sources and trigger.pos == "NOUN" and pattern.agent and not _under_an_act(view, trigger, book):
            # "против участников акции последовали репрессии": the act's patient in a slot, its doer implied.
            slots = tuple(s for s in pattern.target if s not in ("any", "parties")) or ("obj",)
            slotted = Pattern(pattern.id, (), frozenset(), slots, pattern.code)
            scope = own_clause(view, trigger, phrase)
            if trigger.rel.startswith("nsubj") and trigger.head >= 0:
                # "Против участников последовали репрессии": the parser hangs "против" on the verb.
                scope += [t for c in view.children.get(trigger.head, []) if c.index != trigger.index and c.rel == "obl"
                          for t in view.subtree(c)]
            objects = targets_in(view, scope, slotted, [], trigger)
            doers = implicit_agent(trigger, pattern, objects, book.states)
            if doers:
                return _capped(_events(view, trigger, complement, pattern, book, doers, objects), _IMPLICIT), \
                    "coded with the pattern's agent on the noun's patient"
        if not sources:
            return [], "no actor as source (subject, controller, speaker or 'в X')"
        speaker = quote_speaker(view, trigger.start, direct_only=True)
        if speaker is not None and all(s.code == speaker.code[:3] and s.kind in ("country", "capital") for s in sources):
            # «Россия готова к переговорам», - сказал Лавров: the state speaks through its speaker.
            sources = [speaker]
        if trigger.pos == "NOUN":
            # A noun's genitives and adjectives are its doer, not its target: only slots count.
            slots = tuple(s for s in pattern.target if s not in ("any", "parties")) or ("obj",)
            slots += ("parties",) if "parties" in pattern.target else ()
            pattern = Pattern(pattern.id, pattern.triggers, pattern.complement, slots, pattern.code, pattern.agent)
        targets = [] if pattern.target == ("none",) else targets_in(view, own_clause(view, trigger, phrase), pattern, sources, trigger)
    reciprocal = any(t.lemma == "друг" for t in phrase)  # "обвинили друг друга"
    if not targets and ("mutual" in pattern.target or reciprocal) and len({s.code for s in sources}) > 1:
        # "Трамп и Путин сделали совместное заявление": each subject acts toward the other.
        pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        if pattern.code in _SYMMETRIC:
            pairs = [(a, b) for a, b in pairs if (a.start, a.code) < (b.start, b.code)]  # "стороны": one token, two
        events = [e for a, b in pairs for e in _events(view, trigger, complement, pattern, book, [a], [b])]
        return events, f"coded {len(events)} between the subjects"
    if not targets and pattern.code == _STATEMENT:
        parties = _parties(view, pattern, sources)
        if parties and any(t.lemma in book.conflict for t in view.tokens):
            # "Военного разрешения конфликта быть не может, - написал Блинкен": said to both sides.
            return _capped(_events(view, trigger, complement, pattern, book, sources, parties), _FROM_CONTEXT), \
                "a statement about the conflict, to its parties"
        return [], "a bare statement names no actor it is about"
    if not targets and pattern.target != ("none",):
        if "any" not in pattern.target and "parties" not in pattern.target and not last:
            return None, f"no actor in the slots {'|'.join(pattern.target)}"
        parties = _parties(view, pattern, sources)
        if parties:
            return _capped(_events(view, trigger, complement, pattern, book, sources, parties), _FROM_CONTEXT), \
                "coded with the parties of the article's conflict"
        if trigger.feats.get("VerbForm") == "Part" and trigger.rel.startswith("acl"):
            # "прибывшие поддержать его украинцы": a participle describes its noun; only its own slots count.
            return [], "a participle with no target in its slots"
        if trigger.pos != "NOUN" or is_during(view, trigger):  # a noun's act with no target named is a mention
            quad = book.codes[pattern.code].quad_class
            targets = (context_targets(view, trigger, sources, earlier=False)
                       or government_of_critics(view, trigger, sources, quad, pattern.code)
                       or context_targets(view, trigger, sources))
            return _capped(_events(view, trigger, complement, pattern, book, sources, targets), _FROM_CONTEXT), \
                "coded with targets from context"
    events = _events(view, trigger, complement, pattern, book, sources, targets)
    if "both" in pattern.target and pattern.code not in _SYMMETRIC:
        # "столкновения протестующих с полицией": a clash has no attacker, it is coded each way.
        events += [e for t in targets for e in _events(view, trigger, complement, pattern, book, [t], sources)]
    if not events and targets and trigger.pos != "NOUN" and patients is None:
        # Every target was the source's own side ("Правительство Японии ... Япония"): look further;
        # not for a passive, whose patient is named ("арестован новыми властями").
        targets = _parties(view, pattern, sources) or context_targets(view, trigger, sources)
        events = _capped(_events(view, trigger, complement, pattern, book, sources, targets), _FROM_CONTEXT)
    return events, f"coded {len(events)}"


def _noun_of_transitive_act(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern,
                            book: PatternBook) -> tuple[list[Event], str]:
    """"Ликвидация американским спецназом лидера Аль-Каиды", "арест оппозиционера": the genitive
    of such a noun suffers the act; its doer is an instrumental or "со стороны X", else the
    pattern's agent of the patient's state."""
    if trigger.pos != "NOUN":
        return [], "the genitive slot is a noun's"
    if _under_an_act(view, trigger, book):
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
        return _events(view, trigger, complement, pattern, book, agents, patients), "coded from the genitive and the doer"
    implicit = implicit_agent(trigger, pattern, patients, book.states)
    if not implicit:
        return [], "no doer named and none implied"
    return _capped(_events(view, trigger, complement, pattern, book, implicit, patients), _IMPLICIT), \
        "coded with the pattern's agent on the genitive"


def _unowned_fighting(view: SentenceView, trigger: Token, pattern: Pattern, book: PatternBook) -> bool:
    """A fighting noun with no actor of its own, not the thing an act above it is about
    ("призвали к прекращению боев" asks for an end, it reports no battle)."""
    if trigger.pos != "NOUN" or "both" not in pattern.target or "parties" not in pattern.target:
        return False
    sides = {p.code for p in view.parties}
    if len(sides) != 2 or any(m.code not in sides for m in actors_in(view, view.subtree(trigger))):
        return False  # "жертвы с обеих сторон" names the parties themselves
    return not _under_an_act(view, trigger, book)


def _under_an_act(view: SentenceView, trigger: Token, book: PatternBook) -> bool:
    """Whether a noun hangs (within two steps) on another pattern's trigger or complement."""
    node = trigger
    for _ in range(2):
        if node.head < 0:
            break
        node = view.doc.tokens[node.head]
        if node.lemma in book.by_trigger or node.lemma in book.complements:
            return True
    return False


def _parties(view: SentenceView, pattern: Pattern, sources: list[ActorMention]) -> list[ActorMention]:
    """The conflict's parties as targets, for a pattern that allows them, except the source's own state."""
    if "parties" not in pattern.target:
        return []
    own = {s.code[:3] for s in sources}
    return [p for p in view.parties if p.code not in own]


def _capped(events: list[Event], confidence: float) -> list[Event]:
    for event in events:
        event.confidence = min(event.confidence, confidence)
    return events


def _events(view: SentenceView, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
            sources: list[ActorMention], targets: list[ActorMention]) -> list[Event]:
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
            # except the two parties that "стороны" stands for.
            inside = target is not None and target.start in source_tokens and target.rule != "coref.parties"
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
                confidence=(_IN_SLOTS if target is not None else _NO_TARGET) - (0.1 if trigger.pos == "NOUN" else 0.0),
                plover=cameo.plover,
            ))
    return events


def _unique(events: list[Event]) -> list[Event]:
    seen: set[tuple[int, str, str, str | None]] = set()
    out = []
    for event in events:
        key = (event.sentence_index, event.code, event.source.code, event.target.code if event.target else None)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
