"""Coding sentences into CAMEO events.

For every token whose lemma triggers a pattern:
1. the complement the pattern asks for must stand in the trigger's phrase
   (its dependency subtree, or the few words after it when the parser attached
   it elsewhere): "выразил обеспокоенность", "призвал к прекращению огня";
2. a negated trigger ("не нападали") codes nothing;
3. the source is the actor that is the trigger's subject, climbing through
   coordinated, controlled and reported clauses ("решил обратиться",
   "заявил, что провел"); with no subject, an actor in "в X" speaks
   ("В Госдепартаменте выражают");
4. targets are the actors in the trigger's phrase, in the slots the pattern
   names; each source–target pair is one event.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from letopis.events.patterns import Pattern, PatternBook
from letopis.events.when import is_background, sentence_date
from letopis.model import ActorMention, ActorRef, Doc, Event, Sentence, SpanRef, Token

_SUBJECT_RELS = ("nsubj", "nsubj:pass")
_CLIMB_RELS = ("conj", "xcomp", "ccomp", "advcl", "nmod", "acl", "obj", "parataxis", "csubj")
_WINDOW = 12
# Codes the coding guide records in one direction only (talks, agreements).
_SYMMETRIC = {"040", "041", "046", "057", "0871"}


@dataclass(slots=True)
class _Sentence:
    doc: Doc
    sentence: Sentence
    tokens: list[Token]
    children: dict[int, list[Token]]
    actors_at: dict[int, list[ActorMention]]
    earlier: list[ActorMention]

    def subtree(self, root: Token) -> list[Token]:
        seen: set[int] = set()
        stack = [root]
        while stack:
            token = stack.pop()
            if token.index in seen:
                continue  # the parser can leave cycles
            seen.add(token.index)
            stack.extend(self.children.get(token.index, []))
        return [self.doc.tokens[i] for i in sorted(seen)]


def code_events(doc: Doc, book: PatternBook, trace: list[Attempt] | None = None) -> list[Event]:
    """Every event of ``doc`` that a pattern codes; ``trace`` collects every pattern tried."""
    events: list[Event] = []
    by_sentence: dict[int, list[ActorMention]] = {}
    starts = [s.start for s in doc.sentences]
    for mention in doc.actors:
        if mention.code:
            index = bisect.bisect_right(starts, mention.start) - 1
            by_sentence.setdefault(index, []).append(mention)
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
        view = _Sentence(doc, sentence, tokens, children, actors_at, earlier)
        for token in tokens:
            for pattern in book.by_trigger.get(token.lemma, ()):
                found, outcome = _apply(view, token, pattern, book)
                if trace is not None:
                    trace.append(Attempt(sentence.index, token.text, pattern.id, outcome))
                if found is not None:
                    events.extend(found)
                    break
    return _unique(events)


@dataclass(frozen=True, slots=True)
class Attempt:
    """One pattern tried on one trigger, and what came of it (for ``letopis explain``)."""

    sentence_index: int
    trigger: str
    rule: str
    outcome: str


def _apply(view: _Sentence, trigger: Token, pattern: Pattern, book: PatternBook) -> tuple[list[Event] | None, str]:
    phrase = view.subtree(trigger)
    if pattern.complement:
        window = []
        for token in view.tokens[trigger.index - view.sentence.token_start + 1 :][:_WINDOW]:
            if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
                break  # the next clause's words are not this predicate's complement
            window.append(token)
        complement = next((t for t in phrase + window if t.lemma in pattern.complement), None)
        if complement is None:
            return None, f"no complement ({'|'.join(sorted(pattern.complement))}) in the phrase"
    else:
        complement = None
    if any(c.lemma == "не" for c in view.children.get(trigger.index, [])):
        return [], "negated"
    if "между" in pattern.target:
        # "бои между Арменией и Азербайджаном": no side named as the actor, one event each way.
        sides = _targets(view, phrase, Pattern(pattern.id, (), frozenset(), ("между",), pattern.code), [])
        countries = list({m.code: m for m in sides}.values())
        if len(countries) < 2:
            return None, "fewer than two actors after 'между'"  # let another pattern try
        pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1 :]]
        if pattern.code not in _SYMMETRIC:  # fighting "между X и Y" is coded once each way
            pairs += [(b, a) for a, b in pairs]
        events = [e for a, b in pairs for e in _events(view, trigger, complement, pattern, book, [a], [b])]
        return events, f"coded {len(events)}"
    sources = _sources(view, trigger)
    if not sources:
        return [], "no actor as source (subject, controller or 'в X')"
    targets = [] if pattern.target == ("none",) else _targets(view, phrase, pattern, sources)
    if not targets and pattern.target != ("none",):
        targets = _context_targets(view, trigger, sources)
    events = _events(view, trigger, complement, pattern, book, sources, targets)
    return events, f"coded {len(events)}"


def _events(view: _Sentence, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
            sources: list[ActorMention], targets: list[ActorMention]) -> list[Event]:
    source_tokens = {t for s in sources for t in range(s.start, s.end)}
    evidence_end = max(trigger.end, complement.end if complement else trigger.end)
    evidence_start = min(trigger.start, complement.start if complement else trigger.start)
    text = view.doc.text
    evidence = SpanRef(evidence_start, evidence_end, text[evidence_start:evidence_end])
    cameo = book.codes[pattern.code]
    published = view.doc.article.date
    written = sentence_date(view.sentence.text)
    background = is_background(written, published)
    date = written if written is not None and (background or published is None) else published
    events = []
    for source in sources:
        for target in targets or [None]:
            # A target inside the source's own words ("министр обороны Армении") is no target,
            # except the two parties that "стороны" stands for.
            inside = target is not None and target.start in source_tokens and target.rule != "coref.parties"
            if target is not None and (target.code == source.code or inside):
                continue
            events.append(Event(
                source=ActorRef(source.code, source.text, source.start, source.end),
                target=None if target is None else ActorRef(target.code, target.text, target.start, target.end),
                code=cameo.code, root_code=cameo.root_code, quad_class=cameo.quad_class,
                goldstein=cameo.goldstein, date=date, background=background,
                sentence_index=view.sentence.index, evidence=evidence, rule=pattern.id,
                confidence=0.8 if target is not None else 0.6, plover=cameo.plover,
            ))
    return events


def _sources(view: _Sentence, trigger: Token) -> list[ActorMention]:
    # Object control: "пригласил Токаева посетить Ташкент" - Tokayev visits.
    if trigger.rel == "xcomp" and trigger.head >= 0:
        for child in view.children.get(trigger.head, []):
            if child.rel in ("obj", "iobj"):
                controller = _actors_in(view, view.subtree(child)[:8])
                if controller:
                    return controller
    token: Token | None = trigger
    chain: list[Token] = []
    for _ in range(5):
        if token is None:
            break
        chain.append(token)
        for child in view.children.get(token.index, []):
            if child.rel in _SUBJECT_RELS:
                found = _actors_in(view, view.subtree(child)[:8])
                if found:
                    return found
                return []  # a subject that is no actor: nobody political acts
        if token.rel not in _CLIMB_RELS or token.head < 0:
            break
        token = view.doc.tokens[token.head]
    # "В Госдепартаменте выражают ... и призывают": the body where it is said speaks.
    for node in chain:
        for child in view.children.get(node.index, []):
            if child.rel == "obl" and any(c.lemma in ("в", "во") for c in view.children.get(child.index, [])):
                found = view.actors_at.get(child.index, [])
                if found:
                    return found[:1]
    return []


def _targets(view: _Sentence, phrase: list[Token], pattern: Pattern, sources: list[ActorMention]) -> list[ActorMention]:
    slots = [s for s in pattern.target if s != "any"]
    found: list[ActorMention] = []
    for token in phrase:
        mentions = view.actors_at.get(token.index, [])
        if token.lemma == "который":
            # "Макрон, с которым Пашинян провел переговоры": the relative pronoun stands for its antecedent.
            mentions = _antecedent(view, token)
        for mention in mentions:
            if mention in sources or mention in found:
                continue
            if slots and not _in_slot(view, token, slots):
                continue
            found.append(mention)
    return found


def _context_targets(view: _Sentence, trigger: Token, sources: list[ActorMention]) -> list[ActorMention]:
    """The target a sentence leaves unsaid: "Трамп надеется, что он поправится".

    News rarely reports an act with no one on the other side; when no slot holds
    an actor, the other actors of the sentence are the likeliest targets, else
    the last actor of the two sentences before that is not the source's side.
    """
    own = {s.code for s in sources}
    countries = {s.code[:3] for s in sources}
    spans = [(s.start, s.end) for s in sources]
    found: list[ActorMention] = []
    for token in view.tokens:
        for mention in view.actors_at.get(token.index, []):
            if mention.code in own or any(a <= mention.start < b for a, b in spans) or mention in found:
                continue
            found.append(mention)
    if found:
        return found
    for mention in reversed(view.earlier):
        if mention.code[:3] not in countries:
            return [mention]
    return []


def _antecedent(view: _Sentence, pronoun: Token) -> list[ActorMention]:
    node = pronoun
    for _ in range(4):
        if node.head < 0:
            return []
        if node.rel.startswith("acl"):
            return _actors_in(view, [view.doc.tokens[node.head]])
        node = view.doc.tokens[node.head]
    return []


def _in_slot(view: _Sentence, token: Token, slots: list[str]) -> bool:
    # Walk up to the nominal heading the mention and read its preposition.
    node = token
    for _ in range(3):
        preps = {c.lemma for c in view.children.get(node.index, []) if c.rel == "case"}
        if preps & set(slots) or "obj" in slots and node.rel in ("obj", "iobj") and not preps:
            return True
        if node.head < 0 or node.rel not in ("nmod", "flat", "flat:name", "appos", "conj", "amod"):
            return False
        node = view.doc.tokens[node.head]
    return False


def _actors_in(view: _Sentence, tokens: list[Token]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for token in tokens:
        for mention in view.actors_at.get(token.index, []):
            if mention not in out:
                out.append(mention)
    return out


def _unique(events: list[Event]) -> list[Event]:
    seen: set[tuple[int, str, str, str | None]] = set()
    out = []
    for event in events:
        key = (event.sentence_index, event.code, event.source.code, event.target.code if event.target else None)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
