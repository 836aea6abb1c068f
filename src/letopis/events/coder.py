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
import re
from dataclasses import dataclass

from letopis.events.patterns import Pattern, PatternBook
from letopis.events.when import timeline
from letopis.model import ActorMention, ActorRef, Doc, Event, Sentence, SpanRef, Token

_SUBJECT_RELS = ("nsubj", "nsubj:pass")
_CLIMB_RELS = ("conj", "xcomp", "ccomp", "advcl", "nmod", "acl", "obj", "parataxis", "csubj")
_WINDOW = 12
# The bare statement: coded only for a sentence that nothing more specific codes (coding guide, section 2).
_STATEMENT = "010"
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
    book: PatternBook
    when: tuple[str | None, bool]
    topic: list[ActorMention]

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
    dates = timeline([s.text for s in doc.sentences], doc.article.date)
    topic: list[ActorMention] = []
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
        view = _Sentence(doc, sentence, tokens, children, actors_at, earlier, book, dates[sentence.index], topic)
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
        topic = _subject_actors(view)
    return _unique(events)


def _has_content(view: _Sentence, verb: Token) -> bool:
    """A statement says something: "заявил о победе", "заявил, что ...", "«...», - написал"."""
    for child in view.children.get(verb.index, []):
        if child.rel in ("ccomp", "parataxis"):
            return True
        if child.rel in ("obl", "obj") and any(c.lemma in ("о", "об") for c in view.children.get(child.index, [])):
            return True
    return verb.rel == "parataxis"


def _subject_actors(view: _Sentence) -> list[ActorMention]:
    """The actors that are the subject of a sentence's main verb (a later subjectless verb goes on with them)."""
    for token in view.tokens:
        if token.head < 0:
            for child in view.children.get(token.index, []):
                if child.rel == "nsubj":
                    return _actors_in(view, view.subtree(child)[:20])
    return []


@dataclass(frozen=True, slots=True)
class Attempt:
    """One pattern tried on one trigger, and what came of it (for ``letopis explain``)."""

    sentence_index: int
    trigger: str
    rule: str
    outcome: str


def _apply(view: _Sentence, trigger: Token, pattern: Pattern, book: PatternBook,
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
        scope = _own_clause(view, trigger, phrase) + window
        if trigger.rel == "conj" and trigger.head >= 0 and view.doc.tokens[trigger.head].lemma == trigger.lemma:
            # "обратиться к России, чтобы попросить ..., а также обратиться в ОДКБ": the purpose is shared.
            head = view.doc.tokens[trigger.head]
            scope += [t for t in _own_clause(view, head, view.subtree(head)) if t.index not in {x.index for x in phrase}]
        # A word of an actor's name ("Организация Договора ...") is no complement.
        complement = next((t for t in scope if t.lemma in pattern.complement and not _in_name(view, t)), None)
        if complement is None:
            return None, f"no complement ({'|'.join(sorted(pattern.complement))}) in the phrase"
        if complement.start < trigger.start and complement not in phrase:
            complement = None  # shared with a coordinated predicate: the evidence is this trigger's own
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
    modal = _modal(view, trigger)
    if modal:
        return [], f"modal ({modal}): intended or possible, not done"
    patients = _passive_subject(view, trigger)
    agents = _agents(view, trigger) if patients is not None else []
    if patients is not None and not agents and not pattern.agent:
        patients = None  # "США озабочены": a state, not a passive act - the subject feels it
    if patients is not None:
        # "Мурси был арестован новыми властями": the subject suffers the act, the agent does it.
        sources = agents or _implicit_agent(trigger, pattern, patients, book.states)
        if not sources:
            return [], "passive with no agent"
        targets = [p for p in patients if p not in sources]
    else:
        sources = _sources(view, trigger)
        if not sources and pattern.agent and _impersonal(view, trigger):
            # "Его арестовали": an act with no subject has the agent the pattern names.
            objects = _targets(view, view.subtree(trigger), Pattern(pattern.id, (), frozenset(), ("obj",), pattern.code), [])
            sources = _implicit_agent(trigger, pattern, objects, book.states)
            if sources:
                return _events(view, trigger, complement, pattern, book, sources, objects), "coded with the pattern's agent"
        if not sources:
            return [], "no actor as source (subject, controller, speaker or 'в X')"
        if trigger.pos == "NOUN":
            # A noun's genitives and adjectives are its doer, not its target: only slots count.
            slots = tuple(s for s in pattern.target if s != "any") or ("obj",)
            pattern = Pattern(pattern.id, pattern.triggers, pattern.complement, slots, pattern.code, pattern.agent)
        targets = [] if pattern.target == ("none",) else _targets(view, _own_clause(view, trigger, phrase), pattern, sources, trigger)
    if not targets and "mutual" in pattern.target and len({s.code for s in sources}) > 1:
        # "Трамп и Путин сделали совместное заявление": each subject acts toward the other.
        pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        if pattern.code in _SYMMETRIC:
            pairs = [(a, b) for a, b in pairs if a.start < b.start]
        events = [e for a, b in pairs for e in _events(view, trigger, complement, pattern, book, [a], [b])]
        return events, f"coded {len(events)} between the subjects"
    if not targets and pattern.code == _STATEMENT:
        return [], "a bare statement names no actor it is about"
    if not targets and pattern.target != ("none",):
        if "any" not in pattern.target and not last:
            return None, f"no actor in the slots {'|'.join(pattern.target)}"
        if trigger.pos != "NOUN" or _during(view, trigger):  # a noun's act with no target named is a mention
            targets = _context_targets(view, trigger, sources)
    events = _events(view, trigger, complement, pattern, book, sources, targets)
    if "both" in pattern.target and pattern.code not in _SYMMETRIC:
        # "столкновения протестующих с полицией": a clash has no attacker, it is coded each way.
        events += [e for t in targets for e in _events(view, trigger, complement, pattern, book, [t], sources)]
    if not events and targets and trigger.pos != "NOUN":
        # Every target was the source's own side ("Правительство Японии ... Япония"): look further.
        events = _events(view, trigger, complement, pattern, book, sources, _context_targets(view, trigger, sources))
    return events, f"coded {len(events)}"


def _events(view: _Sentence, trigger: Token, complement: Token | None, pattern: Pattern, book: PatternBook,
            sources: list[ActorMention], targets: list[ActorMention]) -> list[Event]:
    source_tokens = {t for s in sources for t in range(s.start, s.end)}
    evidence_end = max(trigger.end, complement.end if complement else trigger.end)
    evidence_start = min(trigger.start, complement.start if complement else trigger.start)
    text = view.doc.text
    evidence = SpanRef(evidence_start, evidence_end, text[evidence_start:evidence_end])
    cameo = book.codes[pattern.code]
    intent = book.intent_of(pattern.code) if _future(view, trigger) else None
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
            if target is not None and (source.code[:3] == target.code and target.kind in states
                                       or target.code[:3] == source.code and source.kind in states):
                continue  # "Правительство Японии ... Япония": a state is not its own government's target
            events.append(Event(
                source=ActorRef(source.code, source.text, source.start, source.end),
                target=None if target is None else ActorRef(target.code, target.text, target.start, target.end),
                code=cameo.code, root_code=cameo.root_code, quad_class=cameo.quad_class,
                goldstein=cameo.goldstein, date=date, background=background,
                sentence_index=view.sentence.index, evidence=evidence, rule=pattern.id,
                confidence=0.8 if target is not None else 0.6, plover=cameo.plover,
            ))
    return events


def _future(view: _Sentence, trigger: Token) -> bool:
    """"Поможет", "будет вести": an act the sentence places in the future."""
    if trigger.feats.get("Tense") == "Fut":
        return True
    return any(c.lemma == "быть" and c.rel == "aux" and c.text.lower().startswith("буд")
               for c in view.children.get(trigger.index, []))


def _modal(view: _Sentence, trigger: Token) -> str:
    """The word that makes the trigger an intention, a possibility or an appeal, not an act.

    "может ввести санкции", "намерен ввести", "призвал прекратить", "ввел бы": the
    infinitive's head (or a "бы") says the act has not happened; the head is
    coded by its own pattern if it has one (пригрозить → 13x, призвать → 02x).
    """
    book = view.book
    for child in view.children.get(trigger.index, []):
        if child.lemma == "бы" or child.lemma in book.modal and child.rel in ("aux", "cop"):
            return child.lemma
    if trigger.feats.get("VerbForm") == "Inf" and trigger.head >= 0:
        node = trigger
        while node.rel == "conj" and node.head >= 0:  # "отказывается заморозить ... и признать"
            node = view.doc.tokens[node.head]
        head = view.doc.tokens[node.head] if node.head >= 0 else node
        if head.lemma in book.modal:
            return head.lemma
    return ""


def _passive_subject(view: _Sentence, trigger: Token) -> list[ActorMention] | None:
    """The actors an act is done to when the trigger is passive; None when it is active."""
    passive = trigger.feats.get("Voice") == "Pass"
    for child in view.children.get(trigger.index, []):
        if child.rel == "nsubj:pass" or passive and child.rel == "nsubj":
            return _actors_in(view, view.subtree(child)[:8])
    if passive and trigger.rel.startswith("acl") and trigger.head >= 0:
        # "островам, захваченным Советским Союзом": the noun the participle describes.
        return _actors_in(view, [view.doc.tokens[trigger.head]])
    if passive:
        # "После отстранения от власти арестован": the dropped subject is the last person named.
        person = next((m for m in reversed(view.earlier) if m.kind in ("person", "coref")), None)
        return [person] if person else []
    return None


def _agents(view: _Sentence, trigger: Token) -> list[ActorMention]:
    """The doer of a passive act: "арестован новыми властями", "со стороны полиции"."""
    for child in view.children.get(trigger.index, []):
        if child.rel not in ("obl", "obl:agent", "nmod"):
            continue
        preps = [c.lemma for c in view.children.get(child.index, []) if c.rel == "case"]
        if not preps and child.feats.get("Case") == "Ins":
            found = _actors_in(view, view.subtree(child)[:6])
            if found:
                return found
        if child.lemma == "сторона" and preps == ["с"]:
            found = _actors_in(view, view.subtree(child)[1:8])
            if found:
                return found
    return []


def _impersonal(view: _Sentence, trigger: Token) -> bool:
    """"Его арестовали", "приговорили к 20 годам": third person plural with no subject."""
    if trigger.feats.get("Number") != "Plur" or trigger.feats.get("Person", "3") != "3":
        return False
    return not any(c.rel.startswith("nsubj") for c in view.children.get(trigger.index, []))


def _implicit_agent(trigger: Token, pattern: Pattern, patients: list[ActorMention], states: frozenset[str]) -> list[ActorMention]:
    """The body that acts on the patient's behalf when the text names no doer.

    A sentence is passed by a court and an arrest made by police of the
    patient's own state: the pattern's ``agent`` role prefixed with that country.
    """
    if not pattern.agent:
        return []
    for patient in patients:
        if patient.code[:3] in states:
            code = patient.code[:3] + pattern.agent
            return [ActorMention(code, trigger.text, trigger.start, trigger.end, "implicit", "implicit.agent", None, trigger.index)]
    return []


def _speaker(view: _Sentence, pronoun: Token) -> list[ActorMention]:
    """Who "мы" or "я" is: the subject of a speech verb in the sentence
    ("Мы призываем ..., - написал Блинкен") or the last speaker before it."""
    speech = view.book.speech
    for token in view.tokens:
        if token.lemma in speech and token.index != pronoun.head:
            for child in view.children.get(token.index, []):
                if child.rel == "nsubj":
                    found = _actors_in(view, view.subtree(child)[:8])
                    if found:
                        return found[:1]
    for mention in reversed(view.earlier):
        head = _clause_token(view.doc, mention)
        if head is not None and head.rel == "nsubj" and head.head >= 0 and view.doc.tokens[head.head].lemma in speech:
            return [mention]
    return []


def _sources(view: _Sentence, trigger: Token) -> list[ActorMention]:
    # Object control: "пригласил Токаева посетить Ташкент" - Tokayev visits.
    if trigger.rel == "xcomp" and trigger.head >= 0:
        for child in view.children.get(trigger.head, []):
            if child.rel in ("obj", "iobj"):
                controller = _actors_in(view, view.subtree(child)[:8])
                if controller:
                    return controller
    if trigger.pos == "NOUN":
        # "визит министра обороны России", "российские удары": the noun's own actor acts.
        for child in view.children.get(trigger.index, []):
            bare = not any(c.rel == "case" for c in view.children.get(child.index, []))
            if child.rel in ("nmod", "amod") and bare and child.feats.get("Case") in ("Gen", trigger.feats.get("Case")):
                found = _actors_in(view, view.subtree(child)[:8])
                if found:
                    return found
        head = view.doc.tokens[trigger.head] if trigger.head >= 0 else None
        carrier = head is not None and (trigger.rel == "obj" and head.lemma in view.book.light
                                        or trigger.rel in ("obl", "obj") and head.lemma in view.book.speech
                                        or _during(view, trigger))
        if not carrier:
            return []  # a noun deep in a phrase is no clause of its own subject
        trigger = view.doc.tokens[trigger.head]  # "провели акцию": the light verb's subject
    token: Token | None = trigger
    chain: list[Token] = []
    for _ in range(5):
        if token is None:
            break
        chain.append(token)
        for child in view.children.get(token.index, []):
            if child.rel in _SUBJECT_RELS:
                if child.lemma in ("мы", "я"):
                    return _speaker(view, child)
                found = _actors_in(view, view.subtree(child)[:40])
                if found and token is not trigger and token.lemma in view.book.speech and all(f.code.endswith("MED") for f in found):
                    return []  # "СМИ сообщали, что ...": the media report the act, they do not do it
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
    verb = chain[-1]
    if verb.pos in ("VERB", "AUX", "ADJ") and not any(c.rel.startswith("nsubj") for c in view.children.get(verb.index, [])):
        # The parser lost the subject ("во время разговора Блинкен «выразил»"): a nominative actor before the verb.
        for token in reversed(view.tokens[: verb.index - view.sentence.token_start]):
            # A name in its dictionary form is nominative whatever case the tagger guessed.
            nominative = token.feats.get("Case") == "Nom" or token.pos == "PROPN" and token.text.lower() == token.lemma
            if nominative and token.pos in ("PROPN", "NOUN") and view.actors_at.get(token.index):
                preps = [c for c in view.children.get(token.index, []) if c.rel == "case"]
                if not preps:
                    return view.actors_at[token.index][:1]
        if verb.feats.get("VerbForm") == "Fin" or verb.feats.get("Tense") == "Past":
            # "США отреагировали ... А также призвали": the subject goes on from the last sentence.
            return list(view.topic)
    return []


def _during(view: _Sentence, noun: Token) -> bool:
    """"Во время разговора", "в ходе встречи": the clause's subject took part in the act the noun names."""
    for child in view.children.get(noun.index, []):
        if child.rel == "case" and child.lemma in ("в", "во"):
            if any(g.lemma in ("время", "ход") for g in view.children.get(child.index, [])):
                return True
    return False


def _clause_token(doc: Doc, mention: ActorMention) -> Token | None:
    """The token through which a mention attaches to its clause (its phrase's top)."""
    if mention.head is None:
        return None
    token = doc.tokens[mention.head]
    for _ in range(6):
        if token.head < 0:
            return token
        parent = doc.tokens[token.head]
        if not (mention.start <= parent.start < mention.end):
            return token
        token = parent
    return token


_ATTRIBUTION = re.compile(r"(по (данным|словам|сообщению|сообщениям|информации|мнению|оценке|версии)|в качестве|"
                          r"как (сообщает|сообщил|сообщила|передает|пишет|отмечает))\W+(\w+\W+){0,3}$", re.IGNORECASE)


def _in_name(view: _Sentence, token: Token) -> bool:
    """A word inside an organisation's name ("Организация Договора о ...") but not its head."""
    return any(m.kind == "organisation" and m.head != token.index for m in view.actors_at.get(token.index, []))


def _aside(view: _Sentence, mention: ActorMention) -> bool:
    """"По данным его пресс-службы", "в качестве миротворцев": a mention that says who
    reports or in what role, never who is acted upon."""
    before = view.doc.text[max(view.sentence.start, mention.start - 60) : mention.start]
    after = view.doc.text[mention.end : mention.end + 16].lstrip().lower()
    return bool(_ATTRIBUTION.search(before)) or after.startswith("происхождени")  # "ливанского происхождения"


def _targets(view: _Sentence, phrase: list[Token], pattern: Pattern, sources: list[ActorMention],
             trigger: Token | None = None) -> list[ActorMention]:
    slots = [s for s in pattern.target if s != "any"]
    found: list[ActorMention] = []
    for token in phrase:
        mentions = view.actors_at.get(token.index, [])
        if token.lemma == "который":
            # "Макрон, с которым Пашинян провел переговоры": the relative pronoun stands for its antecedent.
            mentions = _antecedent(view, token)
        for mention in mentions:
            if mention in sources or mention in found or _aside(view, mention):
                continue
            if slots and not _in_slot(view, token, slots, trigger):
                continue
            found.append(mention)
    return found


def _own_clause(view: _Sentence, trigger: Token, phrase: list[Token]) -> list[Token]:
    """The trigger's phrase without the clauses coordinated to it ("выступил посредником, а
    военные были размещены ...": the second clause's actors are not the first's targets)."""
    cut: set[int] = set()
    for child in view.children.get(trigger.index, []):
        gerund = child.rel == "advcl" and child.feats.get("VerbForm") == "Conv"  # "отвергают шаг, заявляя, что ..."
        if child.rel in ("conj", "parataxis") and child.pos in ("VERB", "AUX") or child.rel == "parataxis" or gerund:
            cut.update(t.index for t in view.subtree(child))
    return [t for t in phrase if t.index not in cut] if cut else phrase


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
            if mention.code in own or any(a <= mention.start < b for a, b in spans) or mention in found or _aside(view, mention):
                continue
            if mention.code in countries and mention.kind in ("country", "adjective", "capital"):
                continue  # "американской стороны" in Blinken's words is his own side
            top = _clause_token(view.doc, mention)
            if top is not None and top.rel.startswith("nsubj") and top.head != trigger.index:
                continue  # the subject of another clause acts there, it is not acted upon here
            found.append(mention)
    if found:
        return found
    for mention in reversed(view.earlier):
        if mention.code[:3] not in countries:
            return [mention]
    for mention in reversed(view.earlier):
        # Domestic politics: the other side is of the same state but another role ("оппозиция" - GOV).
        if mention.code not in own and len(mention.code) > 3 and all(len(c) > 3 for c in own):
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


def _in_slot(view: _Sentence, token: Token, slots: list[str], trigger: Token | None) -> bool:
    # Walk up to the nominal heading the mention and read its preposition.
    node = token
    for _ in range(3):
        preps = {c.lemma for c in view.children.get(node.index, []) if c.rel == "case"}
        if preps & set(slots):
            return True
        if "obj" in slots and node.rel in ("obj", "iobj") and not preps:
            # The object of a verb inside the phrase ("пригласил X посетить Y") is that verb's, not the trigger's.
            head = view.doc.tokens[node.head] if node.head >= 0 else None
            return head is None or head.pos not in ("VERB", "AUX") or trigger is None or head.index == trigger.index
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
