"""The ``gkg.dates`` stage: every date expression of an article, sentence by sentence.

Each sentence is read on its own (so that the tense of its clauses decides
whether "в пятницу" is the last Friday or the next one) and its expressions are
resolved against the article's publication date. The layer is written to
``doc.extra["dates"]`` and becomes the top-level ``dates`` key of the output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from letopis.gkg.dates import DateExpression, default_grammar, find_dates
from letopis.model import Doc
from letopis.pipeline import stage
from letopis.resources import Resources


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression of the article (offsets into the article text) and the sentence it stands in."""

    expression: DateExpression
    sentence_index: int

    def to_json(self) -> dict[str, Any]:
        """``text``, ``start``, ``end``, ``sentence_index``, then the value fields of the expression."""
        data = self.expression.to_json()
        head = {key: data.pop(key) for key in ("text", "start", "end")}
        return {**head, "sentence_index": self.sentence_index, **data}


@dataclass(slots=True)
class DateLayer:
    """The dates of one article, in text order."""

    mentions: list[DateMention] = field(default_factory=list)

    def to_json(self) -> list[dict[str, Any]]:
        return [mention.to_json() for mention in self.mentions]


def date_mentions(doc: Doc, grammar: Any = None) -> list[DateMention]:
    """The date expressions of every sentence of ``doc``, resolved against its publication date."""
    out = []
    for sentence in doc.sentences:
        for found in find_dates(doc.text[sentence.start : sentence.end], doc.article.date, grammar):
            shifted = DateExpression(found.start + sentence.start, found.end + sentence.start, found.text, found.value,
                                     found.granularity, found.relative, found.until, found.mod)
            out.append(DateMention(shifted, sentence.index))
    return out


@stage("gkg.dates", requires=["sentences"], assigns=["dates"])
def dates_stage(doc: Doc, resources: Resources) -> None:
    """Date expressions resolved against the publication date, from letopis/data/gkg/dates.tsv."""
    resources.register("date_grammar", default_grammar)
    doc.extra["dates"] = DateLayer(date_mentions(doc, resources.get("date_grammar")))
