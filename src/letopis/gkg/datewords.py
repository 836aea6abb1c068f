"""The date words: month and weekday names, relative days, counts and units.

``letopis/data/gkg/dates.tsv`` holds one entry a row (columns ``class``,
``forms``, ``value``); the forms of an entry are ``|``-separated. The classes
and what their value means are described in the file's header; the loader
checks each value against its class and that no form is listed twice, so
that a word always means one thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import Row, read_tsv
from letopis.errors import DataError

_COLUMNS = ("class", "forms", "value")
_FORM = re.compile(r"^[а-я]+( [а-я]+)?$")
_UNITS = ("day", "week", "month", "year")
_SEASONS = ("winter", "spring", "summer", "autumn")
_PARTS = ("start", "mid", "end")
# class -> how its value is read: an integer in a range, one of some names, or nothing.
_INT_RANGES: dict[str, tuple[int, int]] = {
    "month": (1, 12), "weekday": (1, 7), "day": (-7, 7), "eve": (-1, -1), "shift": (-2, 1),
    "number": (1, 1000), "ordinal": (1, 31), "decade": (1900, 2090),
}
_NAMES: dict[str, tuple[str, ...]] = {"season": _SEASONS, "part": _PARTS}
_EMPTY = ("vague", "daytime", "future")
CLASSES = (*_INT_RANGES, *_NAMES, *_EMPTY, "unit", "half")
# class -> the attribute of DateLexicon that holds its forms.
ATTRIBUTES = {
    "month": "months", "weekday": "weekdays", "day": "days", "eve": "eve", "vague": "vague", "shift": "shifts",
    "unit": "units", "half": "halves", "number": "numbers", "ordinal": "ordinals", "season": "seasons",
    "part": "parts", "decade": "decades", "daytime": "daytimes", "future": "future",
}


@dataclass(slots=True)
class DateLexicon:
    """Every word the date normaliser reads, by class; each maps a form to its value.

    >>> words = DateLexicon.load()
    >>> words.months["сентября"], words.weekdays["вторник"], words.days["вчера"]
    (9, 2, -1)
    >>> words.units["полгода"]
    ('month', 6)
    """

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    days: dict[str, int] = field(default_factory=dict)
    eve: dict[str, int] = field(default_factory=dict)
    vague: set[str] = field(default_factory=set)
    shifts: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)
    halves: dict[str, float] = field(default_factory=dict)
    numbers: dict[str, int | None] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    decades: dict[str, int] = field(default_factory=dict)
    daytimes: set[str] = field(default_factory=set)
    future: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, root: Path | None = None) -> "DateLexicon":
        """Load and validate ``gkg/dates.tsv`` under ``root`` (default: the shipped data)."""
        root = root or data_dir()
        path = root / "gkg" / "dates.tsv"
        words = cls()
        seen: dict[str, int] = {}
        for row in read_tsv(path, _COLUMNS, ("class", "forms")):
            kind = row["class"]
            if kind not in CLASSES:
                raise row.fail(f"class {kind!r} is not one of {', '.join(CLASSES)}")
            value = _value(row, kind)
            for form in row.split("forms"):
                if not _FORM.match(form):
                    raise row.fail(f"form {form!r} is not one or two lower-case Russian words")
                if form in seen:
                    raise row.fail(f"form {form!r} is listed twice (first on line {seen[form]})")
                seen[form] = row.line
                words._add(kind, form, value)
        for kind, table in (("month", words.months), ("weekday", words.weekdays)):
            if len(set(table.values())) != _INT_RANGES[kind][1]:
                raise DataError(str(path), 0, f"not every {kind} has forms")
        return words

    def _add(self, kind: str, form: str, value: object) -> None:
        table = getattr(self, ATTRIBUTES[kind])
        if isinstance(table, set):
            table.add(form)
        else:
            table[form] = value

    @property
    def size(self) -> int:
        """How many forms the lexicon holds."""
        return sum(len(getattr(self, name)) for name in ATTRIBUTES.values())


def _value(row: Row, kind: str) -> object:
    """The row's value read as its class wants, or the row's :class:`DataError`."""
    raw = row["value"]
    if kind in _EMPTY:
        if raw:
            raise row.fail(f"class {kind} takes no value, found {raw!r}")
        return None
    if kind == "number" and not raw:
        return None  # "несколько": a count that is not known
    if kind in _INT_RANGES:
        low, high = _INT_RANGES[kind]
        if not re.fullmatch(r"-?\d+", raw) or not low <= int(raw) <= high:
            raise row.fail(f"value {raw!r} of class {kind} is not a whole number from {low} to {high}")
        return int(raw)
    if kind in _NAMES:
        if raw not in _NAMES[kind]:
            raise row.fail(f"value {raw!r} of class {kind} is not one of {', '.join(_NAMES[kind])}")
        return raw
    if kind == "half":
        if not re.fullmatch(r"\d+\.5", raw):
            raise row.fail(f"value {raw!r} of class half is not a number ending in .5")
        return float(raw)
    unit, _, count = raw.partition(":")
    if unit not in _UNITS or (count and not count.isdigit()):
        raise row.fail(f"value {raw!r} of class unit is not one of {', '.join(_UNITS)}, optionally with ':N'")
    return unit, int(count or 1)
