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
- ``adjective``: a country adjective on a place noun ("армянские села" → ARM);
- ``border``: a compound or single country adjective on "граница"
  ("армяно-азербайджанская граница" → a border between ARM and AZE);
- ``seat``: a seat of a state body the actors layer found ("в Кремле",
  "Пентагон"), put at its state's capital.

A mention governed by a direction noun ("на юге Армении") grows over it and
records the ``part`` of the place; "на юге страны" is that part of the country
of the last place named before it (rule ``direction.country``). Names shared by several places are
resolved by the article: places in the countries its actors and unambiguous
places name (more so in the same sentence), the name a place is known by
first rather than one of its aliases, countries and territories before
cities, and population last.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from letopis.actors.matcher import Paradigms, PhraseMatcher, fold
from letopis.gkg.gazetteer import Gazetteer, Place, name_key
from letopis.model import Doc, Token

DIRECTIONS = {
    "север": "north", "юг": "south", "запад": "west", "восток": "east", "северо-запад": "northwest",
    "северо-восток": "northeast", "юго-запад": "southwest", "юго-восток": "southeast", "центр": "centre",
}
DIRECTION_ADJECTIVES = {
    "северный": "north", "южный": "south", "западный": "west", "восточный": "east", "центральный": "centre",
    "северо-западный": "northwest", "северо-восточный": "northeast", "юго-западный": "southwest",
    "юго-восточный": "southeast",
}
# Nouns naming a piece of land: "армянские села", "азербайджанская территория".
PLACE_NOUNS = frozenset({
    "территория", "земля", "село", "город", "поселок", "деревня", "регион", "область", "район", "провинция",
    "побережье", "берег", "пространство", "небо", "воды", "остров", "округ", "населенный", "пункт", "анклав",
})
BORDER_NOUNS = frozenset({"граница", "рубеж", "пограничье"})
# Words before a name that say what kind of place it is: "в городе Шуша", "штат Техас".
GENERIC = frozenset({"город", "село", "поселок", "деревня", "станица", "штат", "провинция", "регион", "остров",
                     "республика", "округ", "г", "г."})
COUNTRY_NOUNS = frozenset({"страна", "республика", "государство"})
TYPE_BONUS = {"country": 2.0, "territory": 1.0, "region": 1.0, "city": 0.0, "border": 0.0}
# Each of "the article names the country" and "its sentence does" is worth a tenfold population:
# Донецк in Russia (50,000) beats Донецк in Ukraine (900,000) where Russia is named, Москва in Idaho
# (25,000) never beats Moscow (10 million).
CONTEXT_BONUS = 1.0
MATCHER_CITY_POPULATION = 300_000


@dataclass(slots=True)
class Location:
    """One place mention, geocoded.

    ``id`` is the gazetteer id (``gn:`` GeoNames, ``lp:`` hand-written,
    ``border:ARM-AZE``); ``country`` the ISO3 of the state it lies in (for a
    border, the first named; ``None`` for a region of several states) and
    ``countries`` every state it belongs to; ``part`` the direction of a
    "на юге X" ("south") or ``None``; ``rule`` what found it.
    """

    text: str
    start: int
    end: int
    sentence_index: int
    id: str
    name: str
    country: str | None
    countries: list[str]
    type: str
    lat: float | None
    lon: float | None
    part: str | None
    rule: str
    head: int = field(default=-1, metadata={"json": False})
    first: int = field(default=-1, metadata={"json": False})

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "sentence_index": self.sentence_index,
            "id": self.id, "name": self.name, "country": self.country, "countries": self.countries,
            "type": self.type, "lat": self.lat, "lon": self.lon, "part": self.part, "rule": self.rule,
        }


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
        out.extend(_adjective_locations(doc, index.gazetteer, adjectives, combining or {}, taken))
    if capitals:
        out.extend(_seats(doc, index.gazetteer, capitals, out))
    for loc in out:
        _extend_by_direction(doc, loc)
    out.sort(key=lambda loc: (loc.start, -loc.end))
    out.extend(_directions_in_the_country(doc, index.gazetteer, out))
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
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for match in index.matcher.find(tokens):
            if any(a <= match.last and match.first <= b for a, b in blocked):
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


def _seats(doc: Doc, gazetteer: Gazetteer, capitals: dict[str, str], found: list[Location]) -> list[Location]:
    """Seats of state bodies the actors layer found ("в Кремле", "Пентагон"), put at their state's capital."""
    out: list[Location] = []
    starts = [t.start for t in doc.tokens]
    for actor in doc.actors:
        if actor.kind != "seat" or any(loc.start < actor.end and actor.start < loc.end for loc in found):
            continue
        country = actor.code[:3]
        cities = [p for p in gazetteer.lookup(capitals.get(country, "")) if p.country == country and p.type == "city"]
        if not cities:
            continue
        city = max(cities, key=lambda p: p.population)
        first = max(bisect.bisect_right(starts, actor.start) - 1, 0)
        head = actor.head if actor.head >= 0 else first
        out.append(Location(actor.text, actor.start, actor.end, doc.tokens[first].sent, city.id, city.name, country,
                            [country], city.type, city.lat, city.lon, None, "seat", head, first))
    return out


def _adjective_locations(doc: Doc, gazetteer: Gazetteer, adjectives: dict[str, str], combining: dict[str, str],
                         taken: set[int]) -> list[Location]:
    """Countries named by adjectives on place nouns, and borders named by adjectives on "граница"."""
    out: list[Location] = []
    for token in doc.tokens:
        if token.index in taken or token.pos != "ADJ" or token.head < 0:
            continue
        noun = doc.tokens[token.head]
        noun_lemma = fold(noun.lemma or noun.text)
        if noun_lemma not in PLACE_NOUNS and noun_lemma not in BORDER_NOUNS:
            continue
        codes = _adjective_countries(token.text, adjectives, combining)
        codes = [c for c in codes if c in gazetteer.countries]
        if not codes:
            continue
        first, last = min(token.index, noun.index), max(token.index, noun.index)
        start, end = doc.tokens[first].start, doc.tokens[last].end
        if noun_lemma in BORDER_NOUNS:
            places = [gazetteer.countries[c] for c in codes]
            lat = round(sum(p.lat for p in places) / len(places), 4)
            lon = round(sum(p.lon for p in places) / len(places), 4)
            name = "граница: " + " — ".join(p.name for p in places)
            out.append(Location(doc.text[start:end], start, end, token.sent, "border:" + "-".join(codes), name,
                                codes[0], codes, "border", lat, lon, None, "border", noun.index, first))
        elif len(codes) == 1:
            place = gazetteer.countries[codes[0]]
            out.append(Location(doc.text[start:end], start, end, token.sent, place.id, place.name, place.country,
                                [place.country], place.type, place.lat, place.lon, None, "adjective", noun.index,
                                first))
    return out


def _adjective_countries(word: str, adjectives: dict[str, str], combining: dict[str, str]) -> list[str]:
    """ISO3 codes an adjective names: one for "армянский", several for "армяно-азербайджанский"."""
    parts = fold(word).split("-")
    if len(parts) == 1:
        code = adjectives.get(parts[0])
        return [code] if code else []
    codes = [combining.get(p) for p in parts[:-1]] + [adjectives.get(parts[-1])]
    if any(c is None for c in codes):
        return []
    return list(dict.fromkeys(c for c in codes if c))


def _directions_in_the_country(doc: Doc, gazetteer: Gazetteer, found: list[Location]) -> list[Location]:
    """"на юге страны": the part of the country of the last place named before it."""
    out: list[Location] = []
    for token in doc.tokens:
        part = DIRECTIONS.get(fold(token.lemma or token.text))
        if part is None:
            continue
        noun = next((c for c in doc.children(token) if c.rel == "nmod" and fold(c.lemma) in COUNTRY_NOUNS), None)
        if noun is None:
            continue
        start, end = doc.tokens[min(token.index, noun.index)].start, doc.tokens[max(token.index, noun.index)].end
        before = [loc for loc in found if loc.end <= start and loc.country and loc.type != "border"]
        if not before or any(loc.start < end and start < loc.end for loc in found):
            continue
        country = gazetteer.countries.get(before[-1].country or "")
        if country is None:
            continue
        out.append(Location(doc.text[start:end], start, end, token.sent, country.id, country.name, country.country,
                            [country.country], country.type, country.lat, country.lon, part, "direction.country",
                            noun.index, min(token.index, noun.index)))
    return out


def _extend_by_direction(doc: Doc, loc: Location) -> None:
    """"на юге Армении": the mention grows over the direction noun and records the part."""
    if loc.head < 0 or loc.type == "border":
        return
    token = doc.tokens[loc.head]
    if token.head < 0 or token.rel != "nmod" or token.head > loc.first:
        return
    governor = doc.tokens[token.head]
    lemma = fold(governor.lemma or governor.text)
    part = DIRECTIONS.get(lemma)
    if part is None and lemma == "часть":
        part = next((DIRECTION_ADJECTIVES[fold(c.lemma)] for c in doc.children(governor)
                     if fold(c.lemma) in DIRECTION_ADJECTIVES), None)
        first = min([governor.index] + [c.index for c in doc.children(governor) if fold(c.lemma) in DIRECTION_ADJECTIVES])
    else:
        first = governor.index
    if part is None:
        return
    loc.start = doc.tokens[first].start
    loc.text = doc.text[loc.start : loc.end]
    loc.part = part
    loc.first = first
