"""The input unit: one news article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from letopis.errors import InputRejected

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Article:
    """One article as read from input.

    ``title`` defaults to the first non-empty line of ``text``; ``date`` is the
    publication date (``YYYY-MM-DD``) that events without a date of their own take.

    >>> Article(id="x", text="Заголовок\\n\\nТекст.").title
    'Заголовок'
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.title is None:
            for line in self.text.splitlines():
                if line.strip():
                    self.title = line.strip()
                    break

    @classmethod
    def from_json(cls, record: Any, default_id: str) -> "Article":
        """Build an article from one input JSON object, rejecting what cannot be processed."""
        if not isinstance(record, dict):
            raise InputRejected(f"expected a JSON object, got {type(record).__name__}", "not_object")
        article_id = record.get("id", default_id)
        article_id = default_id if article_id is None else str(article_id)
        text = record.get("text")
        if not isinstance(text, str):
            raise InputRejected("field 'text' is missing or not a string", "no_text")
        if not text.strip():
            raise InputRejected("field 'text' is empty", "empty_text")
        date = record.get("date")
        if date is not None and (not isinstance(date, str) or not _DATE.match(date)):
            raise InputRejected(f"field 'date' must be YYYY-MM-DD, got {date!r}", "bad_date")
        known = {"id", "text", "title", "date", "source", "url"}
        return cls(
            id=article_id,
            text=text,
            title=_opt_str(record.get("title")),
            date=date,
            source=_opt_str(record.get("source")),
            url=_opt_str(record.get("url")),
            meta={k: v for k, v in record.items() if k not in known},
        )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)
