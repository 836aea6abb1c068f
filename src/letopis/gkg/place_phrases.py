"""Place mentions read off phrases rather than names: adjectives, borders, directions and seats.

- ``adjective``: a country adjective on a place noun ("армянские села" → ARM);
- ``border``: a compound or single country adjective on "граница"
  ("армяно-азербайджанская граница" → a border between ARM and AZE);
- ``seat``: a seat of a state body the actors layer found ("в Кремле",
  "Пентагон"), put at its state's capital;
- a direction noun governing a place ("на юге Армении") extends its mention and
  gives its ``part``; "на юге страны" is that part of the country of the last
  place named before it (``direction.country``).
"""

from __future__ import annotations

import bisect

from letopis.actors.matcher import fold
from letopis.gkg.gazetteer import Gazetteer
from letopis.gkg.location import Location
from letopis.model import Doc

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
COUNTRY_NOUNS = frozenset({"страна", "республика", "государство"})


def seats(doc: Doc, gazetteer: Gazetteer, capitals: dict[str, str], found: list[Location]) -> list[Location]:
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


def adjective_locations(doc: Doc, gazetteer: Gazetteer, adjectives: dict[str, str], combining: dict[str, str],
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


def directions_in_the_country(doc: Doc, gazetteer: Gazetteer, found: list[Location]) -> list[Location]:
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


def extend_by_direction(doc: Doc, loc: Location) -> None:
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
