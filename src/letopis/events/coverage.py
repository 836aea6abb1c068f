"""Pattern coverage: predicates with actor arguments that no pattern coded.

The pattern dictionary grows from what it misses. For every sentence of a
processed document this module finds the *predicates* that have actors as
arguments and tells apart those an event covers from those none does, so the
uncovered ones can be ranked by lemma (``letopis patterns coverage``).

- A predicate is a verb (any form, participles included), a pattern trigger of
  any part of speech ("обеспокоенный"), or a common noun heading a clause-like
  phrase: one with a subject, or with an actor among its ``nmod``/``obj``/``obl``
  dependents ("визит ... в Армению"). Nouns inside an actor mention
  ("министр обороны Армении") and relational nouns ("территория Армении") are
  not predicates, nor is a modal verb before an infinitive ("может ввести").
- Its actor arguments are the coded actor mentions in its subject's subtree or
  in the subtrees of its ``obj``/``iobj``/``obl``/``nmod`` dependents, without
  entering clauses below them. A verb without a subject of its own takes the
  subject of the verb it is coordinated with or controlled by ("решил и
  подписал"), as the coder does.
- It is covered when an event's evidence span in its sentence contains it. A
  speech verb ("заявил, что ...") whose reported clause yielded an event is
  *reporting*: neither covered nor missed, since the event is the clause's.

Nothing here prints; the command in ``letopis.cli.patterns`` does.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from letopis.events.coder import Attempt, code_events
from letopis.events.patterns import PatternBook
from letopis.model import ActorMention, Doc, Event, Sentence, Token, dependents

SPEECH_VERBS = frozenset({
    "заявить", "заявлять", "сообщить", "сообщать", "сказать", "говорить", "отметить", "отмечать",
    "написать", "писать", "подчеркнуть", "подчеркивать", "добавить", "добавлять",
})
# Nouns that name places, parts or people rather than acts: "территория Армении"
# has an actor dependent but is no event a pattern could code.
RELATIONAL_NOUNS = frozenset({
    "территория", "граница", "столица", "город", "регион", "область", "район", "страна", "государство",
    "народ", "гражданин", "житель", "население", "сторона", "часть", "число", "ряд", "год", "время",
    "день", "месяц", "неделя", "глава", "представитель", "лидер", "руководитель", "председатель",
    "президент", "министр", "премьер", "посол", "коллега", "сотрудник", "член", "делегация",
    "правительство", "власть", "армия", "войско", "военный", "экономика", "рынок",
    "компания", "сми", "издание", "агентство", "слово", "мнение", "данные", "источник", "ситуация",
    "тысяча", "сотня", "десяток", "миллион", "миллиард", "большинство", "центр", "площадь", "улица",
    "час", "минута", "сторонник", "противник", "объект", "позиция", "здание", "окраина", "имя",
    "доллар", "рубль", "евро", "процент",
})
# Modal and phase verbs before an infinitive: the infinitive is the act and takes their subject.
MODAL_VERBS = frozenset({
    "мочь", "смочь", "хотеть", "захотеть", "должный", "стать", "начать", "начинать", "продолжать",
    "пытаться", "попытаться", "собираться", "намереваться", "планировать", "готовый",
})
_REPORTED_RELS = ("ccomp", "parataxis")  # parataxis: direct quotes "«...», — заявил X"
_CLAUSE_RELS = frozenset({"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
_OBJECT_RELS = frozenset({"obj", "iobj", "obl", "nmod"})
_INHERIT_RELS = frozenset({"conj", "xcomp"})
_NOMINAL_RELS = frozenset({"conj", "flat", "flat:name", "flat:foreign", "appos", "amod", "det"})
_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})

COVERED, REPORTING, UNCOVERED = "covered", "reporting", "uncovered"


@dataclass(frozen=True, slots=True)
class PredicateUse:
    """One predicate with actor arguments in one sentence of one document."""

    sentence_index: int
    token_index: int
    text: str
    lemma: str
    pos: str
    subjects: tuple[str, ...]
    """Actor codes on the subject."""
    objects: tuple[str, ...]
    """Actor codes on the objects, obliques and nominal modifiers."""
    status: str
    """``covered``, ``reporting`` (a speech verb whose clause was coded) or ``uncovered``."""
    speech: bool
    attempts: tuple[tuple[str, str], ...]
    """``(rule, outcome)`` of every pattern tried on this token."""
    example: str
    """The sentence on one line with the predicate in [brackets]."""


def predicate_uses(doc: Doc, book: PatternBook, trace: Sequence[Attempt] | None = None) -> list[PredicateUse]:
    """Every predicate of ``doc`` with actor arguments, covered or not.

    ``doc`` must carry the syntax and actor layers. Coverage is judged against
    ``doc.events`` when the events stage ran, else against the events the
    patterns code now. ``trace`` (the coder's attempts on ``doc``) is computed
    when not given.
    """
    if trace is None:
        attempts: list[Attempt] = []
        fresh = code_events(doc, book, attempts)
        trace = attempts
        events = doc.events if "events" in doc.layers else fresh
    else:
        events = doc.events if "events" in doc.layers else code_events(doc, book)
    tried: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for attempt in trace:
        tried.setdefault((attempt.sentence_index, attempt.trigger), []).append((attempt.rule, attempt.outcome))
    mentions = _mentions_by_sentence(doc)
    out: list[PredicateUse] = []
    for sentence in doc.sentences:
        found = mentions.get(sentence.index)
        if found:
            view = _View(doc, sentence, found, [e for e in events if e.sentence_index == sentence.index])
            out.extend(view.predicates(book, tried))
    return out


def sentences_with_actors(doc: Doc) -> int:
    """How many sentences of ``doc`` hold at least one coded actor mention."""
    return len(_mentions_by_sentence(doc))


@dataclass(slots=True)
class LemmaStats:
    """Uncovered uses of one predicate lemma, over every document added."""

    lemma: str
    count: int = 0
    articles: set[int] = field(default_factory=set)
    pos: Counter[str] = field(default_factory=Counter)
    subjects: Counter[str] = field(default_factory=Counter)
    objects: Counter[str] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    speech: bool = False
    example: str = ""

    def add(self, use: PredicateUse, article: int) -> None:
        """Count one uncovered use found in article number ``article``."""
        self.count += 1
        self.articles.add(article)
        self.pos[use.pos] += 1
        self.subjects.update(set(use.subjects))
        self.objects.update(set(use.objects))
        self.failed.update(set(use.attempts))
        self.speech = self.speech or use.speech
        # The shortest sentence is the easiest to read when writing a pattern.
        if not self.example or len(use.example) < len(self.example):
            self.example = use.example

    def to_json(self, top: int = 3) -> dict[str, Any]:
        """A JSON object: counts, the ``top`` actor codes each side and failed patterns, the example."""
        return {
            "lemma": self.lemma,
            "pos": self.pos.most_common(1)[0][0] if self.pos else "",
            "count": self.count,
            "articles": len(self.articles),
            "speech_verb": self.speech,
            "subjects": [[code, n] for code, n in _top(self.subjects, top)],
            "objects": [[code, n] for code, n in _top(self.objects, top)],
            "failed_patterns": [{"rule": rule, "outcome": outcome, "count": n}
                                for (rule, outcome), n in _top(self.failed, top)],
            "example": self.example,
        }


@dataclass(slots=True)
class Totals:
    """Counts over every document added to a :class:`CoverageReport`."""

    articles: int = 0
    failed_articles: int = 0
    sentences: int = 0
    sentences_with_actors: int = 0
    predicates: int = 0
    """Predicates with actor arguments; the sum of the three below."""
    covered: int = 0
    reporting: int = 0
    uncovered: int = 0

    @property
    def share_covered(self) -> float:
        """Covered predicates over predicates with actors (0 when there are none)."""
        return self.covered / self.predicates if self.predicates else 0.0

    def to_json(self) -> dict[str, Any]:
        """Every count, and the covered share rounded to 4 places."""
        return {
            "articles": self.articles, "failed_articles": self.failed_articles, "sentences": self.sentences,
            "sentences_with_actors": self.sentences_with_actors, "predicates_with_actors": self.predicates,
            "covered": self.covered, "reporting": self.reporting, "uncovered": self.uncovered,
            "share_covered": round(self.share_covered, 4),
        }


@dataclass(slots=True)
class CoverageReport:
    """Uncovered predicates aggregated by lemma across documents."""

    book: PatternBook
    totals: Totals = field(default_factory=Totals)
    lemmas: dict[str, LemmaStats] = field(default_factory=dict)

    def add(self, doc: Doc, trace: Sequence[Attempt] | None = None) -> list[PredicateUse]:
        """Count the predicates of one processed document; return its uses."""
        article = self.totals.articles
        self.totals.articles += 1
        self.totals.sentences += len(doc.sentences)
        self.totals.sentences_with_actors += sentences_with_actors(doc)
        uses = predicate_uses(doc, self.book, trace)
        for use in uses:
            self.totals.predicates += 1
            if use.status == COVERED:
                self.totals.covered += 1
            elif use.status == REPORTING:
                self.totals.reporting += 1
            else:
                self.totals.uncovered += 1
                self.lemmas.setdefault(use.lemma, LemmaStats(use.lemma)).add(use, article)
        return uses

    def add_failure(self) -> None:
        """Count an article the pipeline could not process."""
        self.totals.articles += 1
        self.totals.failed_articles += 1

    def ranked(self, top: int | None = None, min_count: int = 1) -> list[LemmaStats]:
        """Lemmas seen at least ``min_count`` times, most frequent first (then most articles, then A-Z)."""
        rows = sorted((s for s in self.lemmas.values() if s.count >= min_count),
                      key=lambda s: (-s.count, -len(s.articles), s.lemma))
        return rows if top is None else rows[:top]


def mark(sentence: Sentence, token: Token) -> str:
    """The sentence on one line with ``token`` in [brackets]."""
    lo, hi = token.start - sentence.start, token.end - sentence.start
    text = sentence.text
    return " ".join(f"{text[:lo]}[{text[lo:hi]}]{text[hi:]}".split())


def _top(counter: Counter[Any], n: int) -> list[tuple[Any, int]]:
    # most_common breaks ties by insertion order; sort so the output is stable across runs.
    return sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))[:n]


def _mentions_by_sentence(doc: Doc) -> dict[int, list[ActorMention]]:
    out: dict[int, list[ActorMention]] = {}
    starts = [s.start for s in doc.sentences]
    for mention in doc.actors:
        index = bisect.bisect_right(starts, mention.start) - 1
        if mention.code and index >= 0 and mention.start < doc.sentences[index].end:
            out.setdefault(doc.sentences[index].index, []).append(mention)
    return out


class _View:
    """One sentence with its dependency children, actor tokens and events."""

    def __init__(self, doc: Doc, sentence: Sentence, mentions: list[ActorMention], events: list[Event]) -> None:
        self.doc = doc
        self.sentence = sentence
        self.tokens = doc.sentence_tokens(sentence)
        self.events = events
        self.children: dict[int, list[Token]] = {}
        for token in self.tokens:
            self.children.setdefault(token.head, []).append(token)
        self.actors_at: dict[int, list[str]] = {}
        for token in self.tokens:
            for mention in mentions:
                # Overlap, not containment: "армяно" is part of one token.
                if mention.start < token.end and token.start < mention.end:
                    self.actors_at.setdefault(token.index, []).append(mention.code)

    def predicates(self, book: PatternBook, tried: dict[tuple[int, str], list[tuple[str, str]]]) -> list[PredicateUse]:
        out = []
        for token in self.tokens:
            if not self._is_candidate(token, book) or self._is_modal(token):
                continue
            subjects, objects = self._arguments(token)
            if not subjects and not objects:
                continue
            speech = token.lemma in SPEECH_VERBS
            if self._covered(token):
                status = COVERED
            elif speech and self._reports_event(token):
                status = REPORTING
            else:
                status = UNCOVERED
            out.append(PredicateUse(
                self.sentence.index, token.index, token.text, token.lemma, token.pos, subjects, objects, status,
                speech, tuple(tried.get((self.sentence.index, token.text), ())), mark(self.sentence, token),
            ))
        return out

    def _is_candidate(self, token: Token, book: PatternBook) -> bool:
        if token.lemma in book.by_trigger and token.pos in _CONTENT_POS:
            return True
        if token.pos == "VERB":
            return True
        return token.pos == "NOUN" and token.lemma not in RELATIONAL_NOUNS and token.index not in self.actors_at

    def _is_modal(self, token: Token) -> bool:
        return token.lemma in MODAL_VERBS and any(c.rel == "xcomp" and c.pos == "VERB" for c in self.children.get(token.index, []))

    def _arguments(self, token: Token) -> tuple[tuple[str, ...], tuple[str, ...]]:
        subjects: list[str] = []
        objects: list[str] = []
        own_subject = False
        for child in self.children.get(token.index, []):
            base = child.rel.split(":")[0]
            if base == "nsubj":
                own_subject = True
                subjects.extend(self._actors_below(child))
            elif base in _OBJECT_RELS:
                # A noun's actor must be its own dependent ("визит министра"), not one
                # further down: "тысячи сторонников оппозиции" is no act of the opposition.
                objects.extend(self._actors_below(child, _NOMINAL_RELS if token.pos == "NOUN" else None))
        if not own_subject and token.pos == "VERB":
            subjects.extend(self._inherited_subject(token))
        return _unique(subjects), tuple(c for c in _unique(objects) if c not in subjects)

    def _inherited_subject(self, token: Token) -> list[str]:
        node = token
        for _ in range(3):
            if node.rel not in _INHERIT_RELS or node.head < 0:
                return []
            node = self.doc.tokens[node.head]
            for child in self.children.get(node.index, []):
                if child.rel.split(":")[0] == "nsubj":
                    return self._actors_below(child)
        return []

    def _actors_below(self, root: Token, through: frozenset[str] | None = None) -> list[str]:
        """Actor codes in ``root``'s phrase, without the clauses below it (only via ``through`` when given)."""
        follow = (lambda c: c.rel.split(":")[0] not in _CLAUSE_RELS and (through is None or c.rel in through))
        return [code for i in dependents(self.children, root, follow) for code in self.actors_at.get(i, [])]

    def _covered(self, token: Token) -> bool:
        return any(e.evidence.start <= token.start and token.end <= e.evidence.end for e in self.events)

    def _reports_event(self, token: Token) -> bool:
        for child in self.children.get(token.index, []):
            if child.rel in _REPORTED_RELS:
                clause = self._subtree(child)
                if any(self._covered(t) for t in clause):
                    return True
        return False

    def _subtree(self, root: Token) -> list[Token]:
        seen: set[int] = set()
        stack = [root]
        while stack:
            token = stack.pop()
            if token.index not in seen:
                seen.add(token.index)
                stack.extend(self.children.get(token.index, []))
        return [self.doc.tokens[i] for i in sorted(seen)]


def _unique(codes: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))
