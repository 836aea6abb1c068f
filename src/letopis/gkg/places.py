"""Place mentions: where a text names a country, region, territory, city or border, geocoded.

Mentions come from these sources, each with its ``rule``:

- ``ner.loc``: a LOC entity whose normal form, text or lemmas name a
  gazetteer place (after a generic word: "городе Шуша" → Шуша);
- ``ner.per``: a one-word PER entity naming a gazetteer place after a
  preposition of place or under an adjective ("у Дувра", "китайского Уханя"),
  when the knowledge base knows no such person;
- ``lexicon``: a gazetteer name the tagger missed, matched in any inflected
  form ("в Нагорном Карабахе"), when one of its words is a capitalised proper
  name; never inside a person's name ("Джордж Вашингтон");
- ``adjective``, ``border``, ``seat``, ``direction.country`` and the ``part``
  of "на юге Армении": phrases rather than names (:mod:`letopis.gkg.place_phrases`).

Names shared by several places are resolved by the article: places in the countries its actors and unambiguous
places name (more so in the same sentence), the name a place is known by
first rather than one of its aliases, countries and territories before
cities, and population last.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from letopis.actors.matcher import Paradigms, PhraseMatcher, fold
from letopis.gkg.gazetteer import Gazetteer, Place, name_key
from letopis.gkg.location import Location
from letopis.gkg.place_phrases import adjective_locations, directions_in_the_country, extend_by_direction, seats
from letopis.model import Doc, Token

# Words before a name that say what kind of place it is: "в городе Шуша", "штат Техас".
GENERIC = frozenset({"город", "село", "поселок", "деревня", "станица", "штат", "провинция", "регион", "остров",
                     "республика", "округ", "г", "г."})
TYPE_BONUS = {"country": 2.0, "territory": 1.0, "region": 1.0, "city": 0.0, "border": 0.0}
# Each of "the article names the country" and "its sentence does" is worth a tenfold population:
# Донецк in Russia (50,000) beats Донецк in Ukraine (900,000) where Russia is named, Москва in Idaho
# (25,000) never beats Moscow (10 million).
CONTEXT_BONUS = 1.0
MATCHER_CITY_POPULATION = 300_000


@dataclass(slots=True)
class PlaceIndex:
    """The gazetteer with a phrase matcher over the names worth finding without the tagger."""

    gazetteer: Gazetteer
    matcher: PhraseMatcher[str]

    @classmethod
    def build(cls, gazetteer: Gazetteer, vocab: Any) -> "PlaceIndex":
        """Countries, hand-written places and big cities, every name in every inflected form."""
        matcher: PhraseMatcher[str] = PhraseMatcher(Paradigms(vocab))
        for place in gazetteer.places.values():
            if place.type != "city":
                names: Iterable[str] = place.names
            elif place.population >= MATCHER_CITY_POPULATION or place.id.startswith("lp:"):
                names = (place.name,)
            else:
                continue
            for name in names:
                matcher.add(name, name)
        return cls(gazetteer, matcher)


@dataclass(frozen=True, slots=True)
class _Span:
    """A place-naming span before disambiguation: tokens ``first..last`` and its candidate places."""

    first: int
    last: int
    candidates: tuple[Place, ...]
    primary: frozenset[str]
    rule: str


def find_locations(doc: Doc, index: PlaceIndex, adjectives: dict[str, str] | None = None,
                   combining: dict[str, str] | None = None, capitals: dict[str, str] | None = None) -> list[Location]:
    """Every place mention of ``doc``, in text order.

    ``adjectives`` maps folded forms of country adjectives to ISO3 and
    ``combining`` the first parts of compound adjectives ("армяно") to ISO3
    (both from the actor dictionary); without them no adjective is read.
    ``capitals`` maps ISO3 to the capital's name, where the seats of the actors
    layer ("в Кремле") are put.
    """
    spans = _name_spans(doc, index)
    context = _Context.of(doc, spans, index.gazetteer)
    out = [_resolve(doc, span, context) for span in spans]
    taken = {i for span in spans for i in range(span.first, span.last + 1)}
    if adjectives:
        out.extend(adjective_locations(doc, index.gazetteer, adjectives, combining or {}, taken))
    if capitals:
        out.extend(seats(doc, index.gazetteer, capitals, out))
    for loc in out:
        extend_by_direction(doc, loc)
    out.sort(key=lambda loc: (loc.start, -loc.end))
    out.extend(directions_in_the_country(doc, index.gazetteer, out))
    return sorted(out, key=lambda loc: (loc.start, -loc.end))


def _name_spans(doc: Doc, index: PlaceIndex) -> list[_Span]:
    """Spans naming gazetteer places: LOC entities first, then matcher hits outside them."""
    starts = [t.start for t in doc.tokens]
    spans: list[_Span] = []
    blocked: list[tuple[int, int]] = []  # token ranges of LOC, and of PER, entities
    people = [(a.start, a.end) for a in doc.actors if a.kind == "person" and a.kb_id]
    for entity in doc.entities:
        first = bisect.bisect_left(starts, entity.start)
        last = bisect.bisect_left(starts, entity.end) - 1
        if first > last:
            continue
        if entity.type == "PER" and not _place_as_person(doc, first, last, people, index.matcher.paradigms.vocab):
            blocked.append((first, last))
            continue
        if entity.type not in ("LOC", "PER"):
            continue
        span = _entity_span(doc, index.gazetteer, first, last, entity.normal)
        if span is not None:
            if entity.type == "PER":
                span = _Span(span.first, span.last, span.candidates, span.primary, "ner.per")
            spans.append(span)
            blocked.append((span.first, span.last))
    # A set of blocked token indices: a long article has thousands of entities (a scan each time is quadratic).
    blocked_tokens = {i for a, b in blocked for i in range(a, b + 1)}
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for match in index.matcher.find(tokens):
            if any(i in blocked_tokens for i in range(match.first, match.last + 1)):
                continue
            words = doc.tokens[match.first : match.last + 1]
            if not any(_proper(t, sentence.token_start) for t in words):
                continue
            key = name_key(match.entry)
            candidates = tuple(index.gazetteer.by_key.get(key, ()))
            if candidates:
                spans.append(_Span(match.first, match.last, candidates, _primary(candidates, key), "lexicon"))
    return sorted(spans, key=lambda s: s.first)


def _place_as_person(doc: Doc, first: int, last: int, people: list[tuple[int, int]], vocab: Any) -> bool:
    """A one-word PER entity that reads as a place: after "у", "в", "из" ... or under an adjective
    ("у Дувра", "врачам китайского Уханя"); not a person the knowledge base knows, nor a word
    pymorphy2 knows as a first name or surname ("у Виктории")."""
    if first != last:
        return False
    token = doc.tokens[first]
    if any(start < token.end and token.start < end for start, end in people):
        return False
    if any(p.is_known and ("Name" in p.tag or "Surn" in p.tag) for p in vocab.parse(token.text.lower())):
        return False
    return any(c.rel == "case" and fold(c.text) in _PLACE_PREPOSITIONS or c.rel == "amod" and c.pos == "ADJ"
               for c in doc.children(token))


def _entity_span(doc: Doc, gazetteer: Gazetteer, first: int, last: int, normal: str) -> _Span | None:
    """The gazetteer places a LOC entity names, trying its normal form, text and lemmas."""
    tokens = doc.tokens[first : last + 1]
    while True:
        text = doc.text[tokens[0].start : tokens[-1].end]
        keys = [normal, text, " ".join(t.lemma or t.text for t in tokens)] if normal else [text]
        keys = [name_key(k) for k in keys]
        if len(tokens) == 1:
            keys += [guess for k in keys for guess in _nominatives(k)]
        for key in dict.fromkeys(keys):
            candidates = tuple(gazetteer.by_key.get(key, ()))
            if candidates:
                return _Span(tokens[0].index, tokens[-1].index, candidates, _primary(candidates, key), "ner.loc")
        if len(tokens) < 2 or fold(tokens[0].lemma or tokens[0].text) not in GENERIC:
            return None
        tokens, normal = tokens[1:], ""


_PLACE_PREPOSITIONS = frozenset({"у", "в", "во", "на", "из", "до", "под", "около", "близ", "возле", "вблизи"})
_ENDINGS = ("ом", "ем", "ой", "ей", "ою", "а", "я", "у", "ю", "е", "и", "ы")


def _nominatives(word: str) -> list[str]:
    """Nominatives a foreign name the lemmatiser did not know may have: "тяньцзин" → "тяньцзинь"."""
    out = [word + "ь"] if word[-1:].isalpha() and word[-1] not in "аеиоуыэюяь" else []
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out += [stem, stem + "ь", stem + "а", stem + "я"]
    return out


def _primary(candidates: Iterable[Place], key: str) -> frozenset[str]:
    """Ids of the candidates whose own name (not an alias) is ``key``."""
    return frozenset(p.id for p in candidates if name_key(p.name) == key)


def _proper(token: Token, sentence_start: int) -> bool:
    """A capitalised word that is a name: tagged PROPN, or not the first word of its sentence."""
    return token.text[:1].isupper() and (token.pos == "PROPN" or token.index != sentence_start)


@dataclass(slots=True)
class _Context:
    """Countries an article names: by its actors and by places with a single reading."""

    document: Counter[str]
    sentences: dict[int, set[str]]

    @classmethod
    def of(cls, doc: Doc, spans: list[_Span], gazetteer: Gazetteer) -> "_Context":
        document: Counter[str] = Counter()
        sentences: dict[int, set[str]] = {}
        starts = [t.start for t in doc.tokens]
        for actor in doc.actors:
            country = actor.code[:3]
            if country in gazetteer.countries:
                document[country] += 1
                token = min(bisect.bisect_right(starts, actor.start) - 1, len(doc.tokens) - 1)
                if token >= 0:
                    sentences.setdefault(doc.tokens[token].sent, set()).add(country)
        for span in spans:
            countries = {p.country for p in span.candidates if p.country}
            if len(countries) == 1:
                (country,) = countries
                document[country] += 1
                sentences.setdefault(doc.tokens[span.first].sent, set()).add(country)
        return cls(document, sentences)

    def score(self, place: Place, sentence: int, primary: bool) -> float:
        """How likely the article means ``place``: context, own name, type, then population."""
        score = math.log10(place.population + 10) + TYPE_BONUS.get(place.type, 0.0) + (1.0 if primary else 0.0)
        if place.country and self.document[place.country]:
            score += CONTEXT_BONUS
        if place.country and place.country in self.sentences.get(sentence, ()):
            score += CONTEXT_BONUS
        return score


def _resolve(doc: Doc, span: _Span, context: _Context) -> Location:
    """The best reading of a span, as a :class:`Location`."""
    sentence = doc.tokens[span.first].sent
    place = max(span.candidates, key=lambda p: (context.score(p, sentence, p.id in span.primary), -len(p.id)))
    start, end = doc.tokens[span.first].start, doc.tokens[span.last].end
    head = _head(doc, span.first, span.last)
    return Location(doc.text[start:end], start, end, sentence, place.id, place.name, place.country or None,
                    [place.country] if place.country else [], place.type, place.lat, place.lon, None, span.rule,
                    head, span.first)


def _head(doc: Doc, first: int, last: int) -> int:
    """The token of ``first..last`` whose head lies outside the span (the last token if none)."""
    for token in doc.tokens[first : last + 1]:
        if not first <= token.head <= last:
            return token.index
    return last
