"""Date expressions in Russian text, normalised against the publication date.

:func:`find_dates` finds absolute and relative expressions ("13 сентября 2022
года", "во вторник", "накануне", "в прошлом году", "через два дня", "с 1 по 5
мая") and resolves each to a value ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
Expressions anchored to the publication date ("вчера", "13 сентября" with no
year) are ``relative``; without a publication date their value is ``None``,
but their span is kept.

An undated day, month, season or weekday lies on or before the publication
date, unless its clause speaks of the future ("выборы пройдут 25 сентября"):
then it lies on or after it. "в прошлую пятницу" and "в следующий понедельник"
are days of the previous and next calendar week (weeks start on Monday).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from letopis.gkg.datecalc import RESOLVERS, Context, Found
from letopis.gkg.dategrammar import DateGrammar
from letopis.gkg.datewords import DateLexicon

GRANULARITIES = ("day", "week", "month", "season", "year", "decade", "century")


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression: its span, its value and how precise the value is.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (``None`` when the
    expression needs a publication date that is not known, or names no date:
    "на днях", "несколько лет назад"); ``until`` is the last value of a range
    ("с 1 по 5 мая", "на прошлой неделе", "в 1990-х годах"), else ``None``;
    ``granularity`` one of :data:`GRANULARITIES`; ``relative`` whether the value
    depends on the publication date; ``mod`` the part of the period named
    ("в начале мая": ``start``; ``mid``, ``end``) or ``None``.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    relative: bool
    until: str | None = None
    mod: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The expression as an output object (see the README, "Dates")."""
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value, "until": self.until,
                "granularity": self.granularity, "relative": self.relative, "mod": self.mod}


@functools.lru_cache(maxsize=1)
def default_grammar() -> DateGrammar:
    """The grammar of the shipped date words, built once per process."""
    return DateGrammar(DateLexicon.load())


def find_dates(text: str, published: str | date | None = None, grammar: DateGrammar | None = None) -> list[DateExpression]:
    """Every date expression of ``text``, resolved against ``published`` (``YYYY-MM-DD``).

    >>> [(d.text, d.value) for d in find_dates("Накануне, 12 сентября, стороны договорились о перемирии", "2022-09-13")]
    [('Накануне', '2022-09-12'), ('12 сентября', '2022-09-12')]
    >>> [(d.text, d.value, d.relative) for d in find_dates("В прошлом году переговоры сорвались", None)]
    [('В прошлом году', None, True)]
    """
    grammar = grammar or default_grammar()
    if isinstance(published, str):
        published = date.fromisoformat(published) if len(published) == 10 else None
    context = Context(text.replace("ё", "е").replace("Ё", "Е"), published, grammar.words)
    found: list[DateExpression] = []
    taken = 0
    for start, _, _, rule, match in grammar.candidates(context.text):
        if start < taken:
            continue
        try:
            resolved = RESOLVERS[rule.name](match, context)
        except ValueError:  # a day the calendar does not have: "31 июня"
            resolved = Found(None, "day", False)
        if resolved is not None:
            found.append(DateExpression(start, match.end(), text[start : match.end()], resolved.value,
                                        resolved.granularity, resolved.relative, resolved.until, resolved.mod))
            taken = match.end()
    return found
