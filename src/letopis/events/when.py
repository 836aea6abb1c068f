"""When an act happened: the date expressions of its sentence, against the article's date.

"В сентябре 2020 года было подписано соглашение" → ``2020-09``, "накануне" →
the day before the publication date, "в прошлом году" → the year before. The
expressions are found and resolved by the dates layer
(:func:`letopis.gkg.dates.find_dates`); this module picks the one that dates a
sentence's acts and tells acts recalled as context (``background``) from the
news of the day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from letopis.gkg.dates import DateExpression, default_grammar, find_dates

# The most precise expression dates a sentence: a day before a month, a month before a year.
# Acts of the week before the reference day are the news, not context.
_NEWS_DAYS = timedelta(days=7)
_PRECISION = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5, "century": 6}


# A bare year in the genitive ("границ 1967 года", "выборов 2008 года") names which thing a noun
# means; a year that dates an act takes a preposition ("в 2008 году", "с 1967 года") or a day
# and month ("1 июля 2019 года").
_OF_A_NOUN = re.compile(r"^\d{4}(-го)?\s+года$", re.IGNORECASE)


def _act_date(found: list[DateExpression]) -> DateExpression | None:
    """The expression that dates a sentence's acts: the most precise one with a value, the first on a tie."""
    dated = [d for d in found if d.value is not None and not _OF_A_NOUN.match(d.text.strip())]
    return min(dated, key=lambda d: _PRECISION[d.granularity]) if dated else None


def sentence_date(text: str, reference: str | None = None) -> str | None:
    """The most precise date written in ``text`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``),
    resolving relative expressions against ``reference`` (``YYYY-MM-DD``) when it is given.

    >>> sentence_date("В сентябре 2020 года было подписано соглашение")
    '2020-09'
    >>> sentence_date("Накануне стороны договорились", "2022-09-13")
    '2022-09-12'
    """
    found = _act_date(find_dates(text, reference))
    return found.value if found is not None else None


_RECALL_OPENING = re.compile(r"^\W*(ранее|тогда|позднее|позже|прежде|в свое время|в прошлом)\b", re.IGNORECASE)
_AGO = re.compile(r"\b(\d+|несколько|два|две|три|четыре|пять|десять)\s+(дн|недел|месяц|лет|год)\w*\s+назад\b", re.IGNORECASE)
_NOW = re.compile(r"\b(сегодня|сейчас|теперь|в настоящее время|на этой неделе|в этом году)\b", re.IGNORECASE)


def reference_date(texts: list[str], published: str | None) -> str | None:
    """The date the article speaks from: its publication date, else the latest
    full date it writes (a report without a dateline is about its newest event)."""
    return _dated(texts, published)[2]


def _dated(texts: list[str], published: str | None) -> tuple[list[DateExpression | None], list[bool], str | None]:
    """The expression dating each sentence, whether it speaks of the days around the article
    ("вчера", "во вторник", "на этой неделе", dated or not), and the article's reference date.

    Relative expressions are resolved against the publication date only: the
    newest date an undated article writes is not when it speaks from. A month
    named alone ("в декабре") is the exception: it is then the last such month
    up to that newest date.
    """
    found = [find_dates(text, published) for text in texts]
    dated = [_act_date(expressions) for expressions in found]
    recent = [any(d.relative and d.granularity in ("day", "week") for d in expressions) for expressions in found]
    if published:
        return dated, recent, published
    full = [d.value for d in dated if d is not None and d.value is not None and len(d.value) >= 7]
    reference = max(full) if full else None
    if reference is None:
        return dated, recent, None
    end = f"{reference}-28" if len(reference) == 7 else reference
    for index, expressions in enumerate(found):
        if dated[index] is None and any(d.granularity == "month" and _names_month(d.text) for d in expressions):
            months = [d for d in find_dates(texts[index], end) if d.granularity == "month" and _names_month(d.text)]
            dated[index] = months[0] if months and months[0].value is not None else None
    return dated, recent, reference


def _names_month(text: str) -> bool:
    """Whether an expression is a month name alone ("в декабре", "в конце мая"), not "в прошлом месяце"."""
    words = default_grammar().words
    tokens = text.lower().split()
    return any(t in words.months for t in tokens) and not any(t in words.shifts for t in tokens)


def timeline(texts: list[str], published: str | None) -> list[tuple[str | None, bool]]:
    """Each sentence's (date, background).

    The date is the most precise expression of the sentence, relative ones
    ("накануне", "в прошлом году", "три дня назад") resolved against the
    publication date; else the publication date. An act is background when its
    date lies before the reference date (see :func:`is_background`); when its
    sentence opens with "Ранее"/"Тогда", or says "три дня назад", and no
    absolute date contradicts it; or when the sentence goes on with the story of
    a recalled one ("Посредником выступил Путин" after "В сентябре 2020 года
    было подписано соглашение") and speaks neither of now nor of the days
    around the article ("вчера", "во вторник").
    """
    dated, recent, reference = _dated(texts, published)
    out: list[tuple[str | None, bool]] = []
    previous: tuple[str | None, bool] = (None, False)
    for text, found, of_these_days in zip(texts, dated, recent):
        written = found.value if found is not None else None
        recalled = bool(_RECALL_OPENING.search(text) or _AGO.search(text))
        if found is not None and written is not None:
            background = is_background(written, reference) or (found.relative and recalled)
        elif recalled:
            background = True
            written = previous[0] if previous[1] else None
        else:
            background = previous[1] and not _NOW.search(text) and not of_these_days
            written = previous[0] if background else None
        date = written if written is not None else published
        out.append((date, background))
        previous = (written, background) if written is not None or background else (None, False)
    return out


def is_background(act_date: str | None, published: str | None) -> bool:
    """Whether an act dated ``act_date`` is recalled context: a day more than a week before
    the reference day ("во вторник" is news, "1 июля" in a report of 11 July is not), else a
    month or year before the reference's month or year."""
    if act_date is None or published is None:
        return False
    if len(act_date) == 10 and len(published) == 10:
        return date.fromisoformat(act_date) < date.fromisoformat(published) - _NEWS_DAYS
    return act_date[:7] < published[:7] if len(act_date) >= 7 else act_date < published[:4]
