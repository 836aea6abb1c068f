"""Resolving a matched date expression to its value: the calendar arithmetic of the dates layer.

Each rule of :class:`letopis.gkg.dategrammar.DateGrammar` has a resolver here
that reads the rule's groups and returns what the expression means
(:class:`Found`), or ``None`` when the match is no date after all ("Арабская
весна", "накануне визита", "10-е место"). The anchor is the publication date;
without it, expressions that need it resolve to no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from letopis.gkg.datewords import DateLexicon

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[«\"(—–-]?[А-ЯЁA-Z])|\n")
_CLAUSE_MARK = re.compile(r"[,;:—–()«»\"]")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
_PAST_VERB = re.compile(r"^[а-я]{2,}(?:л|ла|ло|ли)(?:сь|ся)?$")
_GENITIVE_END = re.compile(r"(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule resolved an expression to (everything but the span)."""

    value: str | None
    granularity: str
    relative: bool
    until: str | None = None
    mod: str | None = None


@dataclass(slots=True)
class Context:
    """The text being read (ё folded to е), the publication date and the words."""

    text: str
    anchor: date | None
    words: DateLexicon

    def future(self, start: int, end: int) -> bool:
        """Whether the clause of ``text[start:end]`` speaks of the future: a future word in the
        same clause, or one in the sentence when no verb of the sentence is in the past."""
        before = [m.end() for m in _SENTENCE_END.finditer(self.text, 0, start)]
        after = _SENTENCE_END.search(self.text, end)
        sentence_start, sentence_end = (before[-1] if before else 0), (after.start() if after else len(self.text))
        marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text, sentence_start, sentence_end)]
        clause_start = max([m for m in marks if m < start], default=sentence_start)
        clause_end = min([m for m in marks if m >= end], default=sentence_end)
        clause = {w.lower() for w in _WORD.findall(self.text[clause_start:clause_end])}
        if clause & self.words.future:
            return True
        sentence = {w.lower() for w in _WORD.findall(self.text[sentence_start:sentence_end])}
        return bool(sentence & self.words.future) and not any(_PAST_VERB.match(w) for w in sentence)

    def word_before(self, start: int) -> str:
        """The word just before ``start``, lower case ("" when none)."""
        words = _WORD.findall(self.text[max(0, start - 20) : start])
        return words[-1].lower() if words and self.text[:start].rstrip().endswith(words[-1]) else ""

    def words_after(self, end: int, count: int) -> list[str]:
        """Up to ``count`` words right after ``end``, stopping at punctuation."""
        out = []
        rest = self.text[end:]
        while len(out) < count:
            match = re.match(r"\s+([а-яА-Я]+(?:-[а-яА-Я]+)*)", rest)
            if match is None:
                break
            out.append(match.group(1))
            rest = rest[match.end() :]
        return out


def _g(match: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``match``, or ``None`` when the rule has no such group or it did not take part."""
    return match.groupdict().get(name)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else date(year, month, day).isoformat()


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def _day_number(match: re.Match[str], n: int, words: DateLexicon) -> int:
    if _g(match, f"d{n}"):
        return int(_g(match, f"d{n}"))
    return sum(words.numbers.get(w, 0) or words.ordinals.get(w, 0) for w in _g(match, f"o{n}").lower().split())


def _year(match: re.Match[str], n: int, ctx: Context) -> tuple[int | None, bool] | None:
    """The year written as group ``n``: (year, relative); ``None`` when none is written."""
    if _g(match, f"y{n}"):
        return int(_g(match, f"y{n}")), False
    if _g(match, f"r{n}"):
        shift = ctx.words.shifts[_g(match, f"r{n}").lower()]
        return (ctx.anchor.year + shift if ctx.anchor else None), True
    return None


def _occurrence(anchor: date, month: int, day: int, future: bool) -> date:
    """The day ``day.month`` nearest ``anchor`` on its side: on or before it, or on or after it when ``future``."""
    step = 1 if future else -1
    year = anchor.year
    for _ in range(9):  # 29 February comes back within eight years
        try:
            found = date(year, month, day)
        except ValueError:
            year += step
            continue
        if (found >= anchor) if future else (found <= anchor):
            return found
        year += step
    raise ValueError(f"no {day}.{month} near {anchor}")


def _date(match: re.Match[str], ctx: Context) -> Found | None:
    day, month = _day_number(match, 1, ctx.words), ctx.words.months[_g(match, "m1").lower()]
    year = _year(match, 1, ctx)
    if year is not None:
        return Found(None if year[0] is None else _iso(year[0], month, day), "day", year[1])
    date(2000, month, day)  # a day that no year has raises ValueError
    if ctx.anchor is None:
        return Found(None, "day", True)
    return Found(_occurrence(ctx.anchor, month, day, ctx.future(match.start(), match.end())).isoformat(), "day", True)


def _numeric(match: re.Match[str], ctx: Context) -> Found:
    return Found(_iso(int(_g(match, "y1")), int(_g(match, "m1")), int(_g(match, "d1"))), "day", False)


def _month(match: re.Match[str], ctx: Context) -> Found | None:
    month, part = ctx.words.months[_g(match, "m1").lower()], _part(match, ctx)
    year = _year(match, 1, ctx)
    if year is not None:
        return Found(None if year[0] is None else _iso(year[0], month), "month", year[1], mod=part)
    if not (_g(match, "in") or part or ctx.word_before(match.start()) in ("с", "со", "до", "к", "после", "по")):
        return None  # a bare month name is a name ("Марта"), not a date
    if ctx.anchor is None:
        return Found(None, "month", True, mod=part)
    a = ctx.anchor
    if ctx.future(match.start(), match.end()):
        found = a.year if month >= a.month else a.year + 1
    else:
        found = a.year if month <= a.month else a.year - 1  # "в декабре" said in May: last December
    return Found(_iso(found, month), "month", True, mod=part)


def _part(match: re.Match[str], ctx: Context) -> str | None:
    return ctx.words.parts[_g(match, "p").lower()] if _g(match, "p") else None


def _year_alone(match: re.Match[str], ctx: Context) -> Found:
    return Found(_g(match, "y1"), "year", False, mod=_part(match, ctx))


def _shifted(match: re.Match[str], ctx: Context) -> Found:
    shift, unit = ctx.words.shifts[_g(match, "s").lower()], ctx.words.units[_g(match, "u").lower()][0]
    part, a = _part(match, ctx), ctx.anchor
    granularity = unit if unit != "day" else "day"
    if a is None:
        return Found(None, granularity, True, mod=part)
    if unit == "week":
        monday = a - timedelta(days=a.isoweekday() - 1) + timedelta(weeks=shift)
        return Found(monday.isoformat(), "week", True, (monday + timedelta(days=6)).isoformat(), part)
    if unit == "month":
        return Found(_iso(*_add_months(a.year, a.month, shift)), "month", True, mod=part)
    return Found(_iso(a.year + shift), "year", True, mod=part)


def _season_span(season: str, year: int) -> tuple[str, str]:
    """First and last month of a season of ``year`` (the winter of 2012 runs from December 2011)."""
    first, last = _SEASON_MONTHS[season]
    return _iso(year - 1 if season == "winter" else year, first), _iso(year, last)


def _season(match: re.Match[str], ctx: Context) -> Found | None:
    form = _g(match, "se").lower()
    season, part = ctx.words.seasons[form], _part(match, ctx)
    shift = ctx.words.shifts[_g(match, "s").lower()] if _g(match, "s") else None
    year = _year(match, 1, ctx)
    if year is None and shift is None and part is None and not form.endswith(("ой", "ом", "ью")):
        return None  # "Арабская весна" is a name; "весной" is a time
    if year is not None:
        if year[0] is None:
            return Found(None, "season", True, mod=part)
        first, last = _season_span(season, year[0])
        return Found(first, "season", year[1], last, part)
    if ctx.anchor is None:
        return Found(None, "season", True, mod=part)
    a = ctx.anchor
    current = a.year + (1 if season == "winter" and a.month == 12 else 0)
    if shift is not None:
        first, last = _season_span(season, current + shift)
        return Found(first, "season", True, last, part)
    month = _iso(a.year, a.month)
    future = ctx.future(match.start(), match.end())
    for index in (range(current - 1, current + 2) if future else range(current, current - 3, -1)):
        first, last = _season_span(season, index)
        if (last >= month) if future else (first <= month):
            return Found(first, "season", True, last, part)
    return None


def _weekday(match: re.Match[str], ctx: Context) -> Found:
    weekday, a = ctx.words.weekdays[_g(match, "w").lower()], ctx.anchor
    if a is None:
        return Found(None, "day", True)
    if _g(match, "s"):
        monday = a - timedelta(days=a.isoweekday() - 1) + timedelta(weeks=ctx.words.shifts[_g(match, "s").lower()])
        return Found((monday + timedelta(days=weekday - 1)).isoformat(), "day", True)
    if ctx.future(match.start(), match.end()):
        return Found((a + timedelta(days=(weekday - a.isoweekday()) % 7)).isoformat(), "day", True)
    return Found((a - timedelta(days=(a.isoweekday() - weekday) % 7)).isoformat(), "day", True)


def _day(match: re.Match[str], ctx: Context) -> Found:
    form = _g(match, "dw").lower()
    offset = ctx.words.days[form] if form in ctx.words.days else ctx.words.eve[form]
    return Found(None if ctx.anchor is None else (ctx.anchor + timedelta(days=offset)).isoformat(), "day", True)


def _eve(match: re.Match[str], ctx: Context) -> Found | None:
    """"накануне" is the day before, unless it governs a genitive ("накануне визита министра")."""
    following = ctx.words_after(match.end(), 2)
    if following and following[0].islower():
        first = following[0].lower()
        verb_next = len(following) > 1 and bool(_PAST_VERB.match(following[1].lower()))
        if _GENITIVE_END.search(first) and not _PAST_VERB.match(first) and not verb_next:
            return None
    return _day(match, ctx)


def _vague(match: re.Match[str], ctx: Context) -> Found:
    return Found(None, "day", True)


def _count(match: re.Match[str], ctx: Context) -> float | None:
    """The count before a unit: 1 when none is written, ``None`` when it is unknown ("несколько")."""
    if _g(match, "h"):
        return ctx.words.halves[_g(match, "h").lower()]
    if not _g(match, "n"):
        return 1
    if _g(match, "n").isdigit():
        return int(_g(match, "n"))
    values = [ctx.words.numbers[w] for w in _g(match, "n").lower().split()]
    return None if None in values else float(sum(v for v in values if v is not None))


def _moved(match: re.Match[str], ctx: Context, sign: int) -> Found:
    """"N units ago" (``sign`` -1) or "in N units" (+1), from the publication date."""
    unit, size = ctx.words.units[_g(match, "u").lower()]
    count = _count(match, ctx)
    granularity = "day" if unit == "day" else unit
    if count is None or ctx.anchor is None:
        return Found(None, granularity, True)
    total, a = count * size, ctx.anchor
    if unit == "year" and total != int(total):
        unit, total = "month", total * 12
    if unit in ("day", "week") or total != int(total):
        days = total * (7 if unit == "week" else 30 if unit == "month" else 1)
        return Found((a + timedelta(days=sign * int(days))).isoformat(), "week" if unit == "week" else "day", True)
    if unit == "month":
        return Found(_iso(*_add_months(a.year, a.month, sign * int(total))), "month", True)
    return Found(_iso(a.year + sign * int(total)), "year", True)


def _decade(match: re.Match[str], ctx: Context) -> Found | None:
    if _g(match, "decw"):
        first = ctx.words.decades[_g(match, "decw").lower()]
    else:
        written = _g(match, "dec")
        if len(written) == 2 and not (match.group(0).lower().startswith("в") or "год" in match.group(0).lower()):
            return None  # "10-е место" is no decade
        first = int(written) if len(written) == 4 else (1900 if int(written) >= 20 else 2000) + int(written)
    return Found(_iso(first), "decade", False, _iso(first + 9), _part(match, ctx))


def _century(match: re.Match[str], ctx: Context) -> Found | None:
    written = _g(match, "c").upper()
    if written.isdigit():
        number = int(written)
    else:
        values = [_ROMAN[ch] for ch in written]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if not 1 <= number <= 21:
        return None
    return Found(_iso(number * 100 - 99), "century", False, _iso(number * 100), _part(match, ctx))


def _day_range(match: re.Match[str], ctx: Context) -> Found | None:
    words = ctx.words
    first_day, last_day = _day_number(match, 1, words), _day_number(match, 2, words)
    last_month = words.months[_g(match, "m2").lower()]
    first_month = words.months[_g(match, "m1").lower()] if match.groupdict().get("m1") else last_month
    year = _year(match, 2, ctx)
    if year is None:
        if ctx.anchor is None:
            return Found(None, "day", True)
        last = _occurrence(ctx.anchor, last_month, last_day, ctx.future(match.start(), match.end()))
        year = (last.year, True)
    if year[0] is None:
        return Found(None, "day", True)
    first_year = _year(match, 1, ctx) if "y1" in match.groupdict() else None
    start_year = first_year[0] if first_year and first_year[0] else year[0] - (1 if first_month > last_month else 0)
    first, last_date = date(start_year, first_month, first_day), date(year[0], last_month, last_day)
    if first > last_date:
        return None
    return Found(first.isoformat(), "day", year[1], last_date.isoformat())


def _month_range(match: re.Match[str], ctx: Context) -> Found | None:
    first_month, last_month = (ctx.words.months[match.group(g).lower()] for g in ("m1", "m2"))
    year = _year(match, 2, ctx) or ((ctx.anchor.year if ctx.anchor else None), True)
    if year[0] is None:
        return Found(None, "month", True)
    first_year = _year(match, 1, ctx)
    start_year = first_year[0] if first_year and first_year[0] else year[0] - (1 if first_month > last_month else 0)
    if (start_year, first_month) > (year[0], last_month):
        return None
    return Found(_iso(start_year, first_month), "month", year[1], _iso(year[0], last_month))


def _year_range(match: re.Match[str], ctx: Context) -> Found | None:
    first, last = int(_g(match, "y1")), int(_g(match, "y2"))
    return Found(_iso(first), "year", False, _iso(last)) if first < last else None


Resolver = Callable[[re.Match[str], Context], Found | None]

# The resolver of each rule of the grammar, by rule name.
RESOLVERS: dict[str, Resolver] = {
    "day_range": _day_range, "day_range_dash": _day_range, "month_range": _month_range,
    "year_range": _year_range, "year_range_dash": _year_range, "date": _date, "numeric": _numeric,
    "iso": _numeric, "month": _month, "year": _year_alone, "shifted": _shifted, "season": _season,
    "weekday": _weekday, "day": _day, "eve": _eve, "vague": _vague,
    "ago": lambda m, c: _moved(m, c, -1), "after": lambda m, c: _moved(m, c, 1),
    "decade": _decade, "decade_word": _decade, "century": _century,
}
