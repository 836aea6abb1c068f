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


_RECALL_OPENING = re.compile(r"^\W*(ранее|тогда|позднее|позже|прежде|в свое время|в прошлом)\b", re.IGNORECASE)
_AGO = re.compile(r"\b(\d+|несколько|два|две|три|четыре|пять|десять)\s+(дн|недел|месяц|лет|год)\w*\s+назад\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(rf"\bв\s+{_MONTH}\b(?!\s+\d)", re.IGNORECASE)


def reference_date(texts: list[str], published: str | None) -> str | None:
    """The date the article speaks from: its publication date, else the latest
    full date it writes (a report without a dateline is about its newest event)."""
    if published:
        return published
    dates = [d for d in (sentence_date(t) for t in texts) if d is not None and len(d) >= 7]
    return max(dates) if dates else None


def timeline(texts: list[str], published: str | None) -> list[tuple[str | None, bool]]:
    """Each sentence's (date, background): an absolute date before the article's
    reference date, an opening "Ранее"/"Тогда", "три дня назад", or a sentence
    that goes on with the story of a recalled one ("Посредником выступил Путин"
    after "В сентябре 2020 года было подписано соглашение")."""
    reference = reference_date(texts, published)
    out: list[tuple[str | None, bool]] = []
    previous: tuple[str | None, bool] = (None, False)
    for text in texts:
        written = sentence_date(text)
        if written is None and reference is not None:
            month = _MONTH_ALONE.search(text)
            if month is not None:
                written = f"{reference[:4]}-{_month(month.group(1)):02d}"
                if written[:7] > reference[:7]:
                    written = f"{int(reference[:4]) - 1}-{written[5:7]}"  # "в декабре" said in May: last December
        if written is not None:
            background = is_background(written, reference)
        elif _RECALL_OPENING.search(text) or _AGO.search(text):
            background = True
            written = previous[0] if previous[1] else None
        else:
            background = previous[1] and not _NOW.search(text)
            written = previous[0] if background else None
        date = written if written is not None else published
        out.append((date, background))
        previous = (written, background) if written is not None or background else (None, False)
    return out


_NOW = re.compile(r"\b(сегодня|сейчас|теперь|в настоящее время|на этой неделе|в этом году)\b", re.IGNORECASE)


def is_background(act_date: str | None, published: str | None) -> bool:
    """Whether an act dated ``act_date`` lies before the publication month (recalled context)."""
    if act_date is None or published is None:
        return False
    return act_date[:7] < published[:7] if len(act_date) >= 7 else act_date < published[:4]
