"""When an act happened: a date written in its sentence, against the publication date.

"В сентябре 2020 года было подписано соглашение" → ``2020-09``; an act dated
before the article's month is recalled as context (``background``). Full
date normalisation (relative expressions, "накануне", weekdays) belongs to the
dates layer; this covers the absolute dates events need now.
"""

from __future__ import annotations

import re

_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{4}})\s+г", re.IGNORECASE)
_YEAR = re.compile(r"\bв\s+(\d{4})\s+(?:году|г\.)", re.IGNORECASE)


def _month(word: str) -> int:
    word = word.lower()
    for stem, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if word.startswith(stem):
            return number
    raise ValueError(word)


def sentence_date(text: str) -> str | None:
    """The most specific absolute date written in ``text`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    >>> sentence_date("В сентябре 2020 года было подписано соглашение")
    '2020-09'
    """
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        return f"{int(match.group(3)):04d}-{_month(match.group(2)):02d}-{int(match.group(1)):02d}"
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{int(match.group(2)):04d}-{_month(match.group(1)):02d}"
    match = _YEAR.search(text)
    if match:
        return match.group(1)
    return None


def is_background(act_date: str | None, published: str | None) -> bool:
    """Whether an act dated ``act_date`` lies before the publication month (recalled context)."""
    if act_date is None or published is None:
        return False
    return act_date[:7] < published[:7] if len(act_date) >= 7 else act_date < published[:4]
