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
   fighting "между X и Y" and clashes are coded both ways; a few slots name a whole
   frame of their own (``letopis.events.frames``), and the records are built in
   ``letopis.events.build``;
5. a cooperative act in the future is coded as the intent to do it, and the
   sentence's date and background come from ``letopis.events.when``.
A bare statement (010) is coded only for a sentence nothing more specific codes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from letopis.events.arguments import (context_targets, government_of_critics, in_name, is_during, quote_speaker,
                                      sources_of, targets_in)
from letopis.events.build import FROM_CONTEXT, IMPLICIT, SYMMETRIC, capped, make_events, parties_of, unique
from letopis.events.claims import denial_targets, denied_span, is_denial, link_claims
from letopis.events.destination import place_targets
from letopis.events.frames import FRAMES, under_an_act, unowned_fighting
from letopis.events.parties import conflict_parties
from letopis.events.patterns import Pattern, PatternBook
from letopis.events.view import SentenceView, own_clause, subject_actors
from letopis.events.voice import agents_of, implicit_agent, is_future, is_impersonal, modality, negated, passive_subject
from letopis.events.when import timeline
from letopis.gkg.location import doc_locations
from letopis.model import ActorMention, Doc, Event, Quote, Token

_WINDOW = 12
# The bare statement: coded only for a sentence that nothing more specific codes (coding guide, section 2).
_STATEMENT = "010"


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
    places_at = place_targets(doc)
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
    events = unique(events)
    kept = [e for e in events if e.confidence >= min_confidence]
    kept_ids = {id(e) for e in kept}
    denials = [(denial, span) for denial, span in denials if id(denial) in kept_ids]
    events = [e for e in events if id(e) in kept_ids or any(a <= e.evidence.start and e.evidence.end <= b
                                                             for _, (a, b) in denials)]
    link_claims(events, denials)
    return events


def _addressees(view: SentenceView, trigger: Token, pattern: Pattern,
                targets: list[ActorMention]) -> list[ActorMention]:
    """The targets an act is aimed at, without the actors of what it asks for or sends.

    "призвал ООН ответить на действия Израиля" is aimed at the UN, "пригласил Си посетить
    Париж" at Xi (with an addressee named, the act asked of it is not); "направило в районы
    сотрудников Красного Креста": what aid sends is no beneficiary, nor are troops deployed.
    """
    def under(rel: str) -> set[int]:
        return {t.index for c in view.children.get(trigger.index, []) if c.rel == rel for t in view.subtree(c)}

    asked = under("xcomp")
    if asked:
        targets = [m for m in targets if m.head not in asked] or targets
    if pattern.code.startswith(("07", "154")):
        sent = under("obj")  # what aid sends, or troops deployed
        targets = [m for m in targets if m.head not in sent]
    return targets


def _crowd_of_the_place(view: SentenceView, trigger: Token, pattern: Pattern, book: PatternBook) -> list[ActorMention]:
    """"В Тбилиси прошла акция протеста", "Акция … состоялась в Москве": a protest named as what
    happened, with no organiser, is the citizens' (CVL) of the state where the sentence puts it."""
    if not pattern.code.startswith("14") or trigger.pos != "NOUN":
        return []
    if not (trigger.head < 0 or trigger.rel == "nsubj"):
        # "участники акции", "призвал к митингу", "митинг был запрещен": the protest is not
        # what the sentence reports as happening.
        return []
    for place in doc_locations(view.doc):
        if place.sentence_index == view.sentence.index and place.country in book.states:
            return [ActorMention(place.country + "CVL", trigger.text, trigger.start, trigger.end, "implicit",
                                 "implicit.protesters", None, trigger.index)]
    return []


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
        # A condition is no part of the act: "пригрозил ..., если закон вступит в силу" threatens no force.
        conditions = {t.index for c in phrase if c.rel == "advcl" and any(
            m.rel == "mark" and m.lemma == "если" for m in view.children.get(c.index, [])) for t in view.subtree(c)}
        scope = [t for t in own_clause(view, trigger, phrase) + window if t.index not in conditions]
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
        if complement.lemma in book.venues and _other_aim(view, trigger, book):
            return [], "a purpose clause names another aim ('вышли на улицы, чтобы посмотреть')"
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
    for slot, frame in FRAMES:
        if slot in pattern.target:
            outcome = frame(view, trigger, complement, pattern, book, phrase)
            if outcome is not None:
                return outcome
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
            objects = targets_in(view, view.subtree(trigger), pattern.only("obj"), [])
            sources = implicit_agent(trigger, pattern, objects, book.states)
            if sources:
                return capped(make_events(view, trigger, complement, pattern, book, sources, objects), IMPLICIT), \
                    "coded with the pattern's agent"
            sources = sources_of(view, trigger, book.codes[pattern.code].quad_class in (1, 3))
        if not sources and unowned_fighting(view, trigger, pattern, book):
            # "после нескольких недель перестрелок": fighting with no side named is the article's war.
            a, b = view.parties
            events = [e for x, y in ((a, b), (b, a)) for e in make_events(view, trigger, complement, pattern, book, [x], [y])]
            return capped(events, FROM_CONTEXT), "coded between the parties of the article's conflict"
        if not sources and trigger.pos == "NOUN" and pattern.agent and not under_an_act(view, trigger, book):
            # "против участников акции последовали репрессии": the act's patient in a slot, its doer implied.
            slots = tuple(s for s in pattern.target if s not in ("any", "parties")) or ("obj",)
            slotted = pattern.only(*slots)
            scope = own_clause(view, trigger, phrase)
            if trigger.rel.startswith("nsubj") and trigger.head >= 0:
                # "Против участников последовали репрессии": the parser hangs "против" on the verb.
                scope += [t for c in view.children.get(trigger.head, []) if c.index != trigger.index and c.rel == "obl"
                          for t in view.subtree(c)]
            objects = targets_in(view, scope, slotted, [], trigger)
            doers = implicit_agent(trigger, pattern, objects, book.states)
            if doers:
                return capped(make_events(view, trigger, complement, pattern, book, doers, objects), IMPLICIT), \
                    "coded with the pattern's agent on the noun's patient"
        if not sources:
            crowd = _crowd_of_the_place(view, trigger, pattern, book)
            if crowd:
                # Only "против X" names whom it is aimed at ("в поддержку журналиста" names whom it backs).
                against = pattern.only("против")
                targets = targets_in(view, own_clause(view, trigger, phrase), against, crowd, trigger) \
                    or government_of_critics(view, trigger, crowd, book.codes[pattern.code].quad_class, pattern.code)
                return capped(make_events(view, trigger, complement, pattern, book, crowd, targets), IMPLICIT), \
                    "a protest with no organiser named: the citizens of the place where it happened"
            return [], "no actor as source (subject, controller, speaker or 'в X')"
        speaker = quote_speaker(view, trigger.start, direct_only=True)
        if speaker is not None and all(s.code == speaker.code[:3] and s.kind in ("country", "capital") for s in sources):
            # «Россия готова к переговорам», - сказал Лавров: the state speaks through its speaker.
            sources = [speaker]
        if trigger.pos == "NOUN":
            # A noun's genitives and adjectives are its doer, not its target: only slots count;
            # with a complement, so does its partner ("готовность к переговорам с Вашингтоном").
            slots = tuple(s for s in pattern.target if s not in ("any", "parties")) \
                or (("obj", "с", "со") if complement is not None else ("obj",))
            slots += ("parties",) if "parties" in pattern.target else ()
            pattern = Pattern(pattern.id, pattern.triggers, pattern.complement, slots, pattern.code, pattern.agent)
        targets = [] if pattern.target == ("none",) else targets_in(view, own_clause(view, trigger, phrase), pattern, sources, trigger)
        if is_denial(pattern.code):
            targets = denial_targets(view, trigger, sources, targets)
        targets = _addressees(view, trigger, pattern, targets)
    reciprocal = any(t.lemma == "друг" for t in phrase)  # "обвинили друг друга"
    if not targets and ("mutual" in pattern.target or reciprocal) and len({s.code for s in sources}) > 1:
        # "Трамп и Путин сделали совместное заявление": each subject acts toward the other.
        pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        if pattern.code in SYMMETRIC:
            pairs = [(a, b) for a, b in pairs if (a.start, a.code) < (b.start, b.code)]  # "стороны": one token, two
        events = [e for a, b in pairs for e in make_events(view, trigger, complement, pattern, book, [a], [b])]
        return events, f"coded {len(events)} between the subjects"
    if not targets and pattern.code == _STATEMENT:
        parties = parties_of(view, pattern, sources)
        if parties and any(t.lemma in book.conflict for t in view.tokens):
            # "Военного разрешения конфликта быть не может, - написал Блинкен": said to both sides.
            return capped(make_events(view, trigger, complement, pattern, book, sources, parties), FROM_CONTEXT), \
                "a statement about the conflict, to its parties"
        return [], "a bare statement names no actor it is about"
    if not targets and pattern.target != ("none",):
        if "any" not in pattern.target and "parties" not in pattern.target and not last:
            return None, f"no actor in the slots {'|'.join(pattern.target)}"
        parties = parties_of(view, pattern, sources)
        if parties:
            return capped(make_events(view, trigger, complement, pattern, book, sources, parties), FROM_CONTEXT), \
                "coded with the parties of the article's conflict"
        if trigger.feats.get("VerbForm") == "Part" and trigger.rel.startswith("acl"):
            # "прибывшие поддержать его украинцы": a participle describes its noun; only its own slots count.
            return [], "a participle with no target in its slots"
        if trigger.pos != "NOUN" or is_during(view, trigger):  # a noun's act with no target named is a mention
            quad = book.codes[pattern.code].quad_class
            targets = (context_targets(view, trigger, sources, earlier=False)
                       or government_of_critics(view, trigger, sources, quad, pattern.code)
                       or context_targets(view, trigger, sources))
            return capped(make_events(view, trigger, complement, pattern, book, sources, targets), FROM_CONTEXT), \
                "coded with targets from context"
    events = make_events(view, trigger, complement, pattern, book, sources, targets)
    if "both" in pattern.target and pattern.code not in SYMMETRIC:
        # "столкновения протестующих с полицией": a clash has no attacker, it is coded each way.
        events += [e for t in targets for e in make_events(view, trigger, complement, pattern, book, [t], sources)]
    if not events and targets and trigger.pos != "NOUN" and patients is None:
        # Every target was the source's own side ("Правительство Японии ... Япония"): look further;
        # not for a passive, whose patient is named ("арестован новыми властями").
        targets = parties_of(view, pattern, sources) or context_targets(view, trigger, sources)
        events = capped(make_events(view, trigger, complement, pattern, book, sources, targets), FROM_CONTEXT)
    return events, f"coded {len(events)}"


def _other_aim(view: SentenceView, trigger: Token, book: PatternBook) -> bool:
    """Whether the trigger has a purpose ("чтобы посмотреть", "праздновать") that is no act of
    any pattern: the crowd came for that, not to protest."""
    for child in view.children.get(trigger.index, []):
        purpose = child.rel == "advcl" and any(c.rel == "mark" and c.lemma == "чтобы"
                                               for c in view.children.get(child.index, [])) \
            or child.rel in ("xcomp", "advcl") and child.feats.get("VerbForm") == "Inf"
        if purpose and child.lemma not in book.by_trigger and child.lemma not in book.complements:
            return True
    return False
