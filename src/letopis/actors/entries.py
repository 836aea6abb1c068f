"""Building the phrase matcher from the actor lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from letopis.actors.lexicon import ActorLexicon
from letopis.actors.matcher import Paradigms, PhraseMatcher, fold

# Irregular first parts of compound adjectives ("франко-германский").
_COMBINING_IRREGULAR = {"франко": "FRA", "англо": "GBR", "германо": "DEU", "греко": "GRC", "итало": "ITA",
                        "испано": "ESP", "индо": "IND", "русско": "RUS", "китайско": "CHN", "японо": "JPN"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary phrase stands for.

    ``kind`` is country, adjective, capital, seat, role, organisation or person;
    ``country`` and ``role`` build the code; ``role_kind`` is person, body or group
    for role nouns; ``kb_id`` names the source row.
    """

    kind: str
    country: str = ""
    role: str = ""
    role_kind: str = ""
    kb_id: str = ""

    @property
    def code(self) -> str:
        return self.country + self.role


@dataclass(slots=True)
class ActorDictionary:
    """The compiled matcher plus the lookups resolution needs."""

    lexicon: ActorLexicon
    matcher: PhraseMatcher[Entry]
    combining: dict[str, str]
    adjective_forms: dict[str, str]
    surnames: dict[str, list[str]]


def compile_dictionary(lexicon: ActorLexicon, paradigms: Paradigms) -> ActorDictionary:
    """Compile every phrase of the lexicon into one matcher."""
    matcher: PhraseMatcher[Entry] = PhraseMatcher(paradigms)
    combining = dict(_COMBINING_IRREGULAR)
    adjective_forms: dict[str, str] = {}
    for country in lexicon.countries.values():
        entry = Entry("country", country.iso3, kb_id=f"country:{country.iso3}")
        matcher.add(country.name, entry)
        for alias in country.aliases:
            matcher.add(alias, entry)
        for adjective in country.adjectives:
            matcher.add(adjective, Entry("adjective", country.iso3, kb_id=f"country:{country.iso3}"))
            for form in paradigms.forms(adjective):
                adjective_forms.setdefault(form, country.iso3)
            stem = fold(adjective)
            for ending in ("ский", "ий"):
                if stem.endswith(ending):
                    combining.setdefault(stem[: -len(ending)] + "о", country.iso3)
        for capital in country.capitals:
            matcher.add(capital, Entry("capital", country.iso3, kb_id=f"capital:{country.iso3}"))
    for seat in lexicon.seats:
        matcher.add(seat.name, Entry("seat", seat.country, seat.role, kb_id=f"seat:{seat.name}"))
    for role in lexicon.roles:
        matcher.add(role.phrase, Entry("role", role.country, role.role, role.kind, kb_id=f"role:{role.phrase}"))
    for org in lexicon.organisations:
        entry = Entry("organisation", org.code, kb_id=f"org:{org.code}")
        for name in org.names:
            matcher.add(name, entry)
    surnames: dict[str, list[str]] = {}
    for person in lexicon.persons.values():
        entry = Entry("person", kb_id=person.id)
        for name in (person.name, *person.aliases):
            matcher.add(name, entry, person=True)
        surname = person.name.split()[-1]
        matcher.add(surname, entry, person=True)
        surnames.setdefault(fold(surname), []).append(person.id)
    return ActorDictionary(lexicon, matcher, combining, adjective_forms, surnames)
