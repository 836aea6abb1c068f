"""Themes of an article: a small documented taxonomy scored from its events and its words.

GDELT tags articles with thousands of keyword themes; letopis keeps a short list an analyst
can read (``letopis/data/gkg/themes.tsv``: armed conflict, diplomacy, protest, elections,
terrorism, sanctions, energy, human rights …) and scores each from two kinds of evidence:
the CAMEO codes of the events coded in the article (2 points each: an act is strong
evidence) and the lemmas of its words (1 point each, a word counted once per sentence so a
long article does not drown a short one). A theme with at least ``THRESHOLD`` points is
assigned; the output says which events and words gave it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import read_csv, read_tsv
from letopis.model import Doc
from letopis.pipeline import stage
from letopis.resources import Resources

THRESHOLD = 3
_SIGNALS = ("name", "code", "term")


@dataclass(slots=True)
class Theme:
    """One theme: its names and the codes and lemmas that signal it, with their weights."""

    id: str
    name: str = ""
    name_ru: str = ""
    codes: dict[str, int] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class ThemeBook:
    """The taxonomy, loaded once from ``themes.tsv``."""

    themes: list[Theme]

    @classmethod
    def load(cls, root: Path | None = None) -> "ThemeBook":
        """Load and validate the taxonomy (signals, weights, CAMEO codes, names)."""
        root = root or data_dir()
        codes = {r["code"] for r in read_csv(root / "ontology" / "cameo_events.csv")}
        themes: dict[str, Theme] = {}
        for row in read_tsv(root / "gkg" / "themes.tsv", ("theme", "signal", "value", "weight"),
                            ("theme", "signal", "value", "weight")):
            if row["signal"] not in _SIGNALS:
                raise row.fail(f"signal {row['signal']!r} is not one of {', '.join(_SIGNALS)}")
            if not row["weight"].isdigit():
                raise row.fail(f"weight {row['weight']!r} is not a whole number")
            theme = themes.setdefault(row["theme"], Theme(row["theme"]))
            value, weight = row["value"], int(row["weight"])
            if row["signal"] == "name":
                if "|" not in value:
                    raise row.fail("a name is 'English|Russian'")
                theme.name, theme.name_ru = value.split("|", 1)
            elif row["signal"] == "code":
                if value not in codes:
                    raise row.fail(f"unknown CAMEO code or root {value!r}")
                theme.codes[value] = weight
            else:
                if value != value.lower() or " " in value:
                    raise row.fail(f"a term is one lower-case lemma, not {value!r}")
                theme.terms[value] = weight
        for theme in themes.values():
            if not theme.name:
                raise row.fail(f"theme {theme.id!r} has no name row")
        return cls(list(themes.values()))


def assign_themes(doc: Doc, book: ThemeBook) -> list[dict[str, Any]]:
    """The themes of ``doc`` with their score and the events and words that gave them."""
    lemmas_by_sentence = [{t.lemma for t in doc.sentence_tokens(s)} for s in doc.sentences]
    out = []
    for theme in book.themes:
        score, events, terms = 0, [], []
        for index, event in enumerate(doc.events):
            weight = max((w for code, w in theme.codes.items() if event.code.startswith(code)), default=0)
            if weight:
                score += weight
                events.append(index)
        for lemmas in lemmas_by_sentence:
            for term in sorted(lemmas & theme.terms.keys()):
                score += theme.terms[term]
                if term not in terms:
                    terms.append(term)
        if score >= THRESHOLD:
            out.append({"theme": theme.id, "name": theme.name, "name_ru": theme.name_ru, "score": score,
                        "events": events, "terms": terms})
    return sorted(out, key=lambda t: (-t["score"], t["theme"]))


@stage("gkg.themes", requires=["events", "lemmas"], assigns=["themes"])
def themes_stage(doc: Doc, resources: Resources) -> None:
    """Themes from the taxonomy of letopis/data/gkg/themes.tsv, scored from events and words."""
    resources.register("theme_book", ThemeBook.load)
    doc.extra["themes"] = assign_themes(doc, resources.get("theme_book"))
