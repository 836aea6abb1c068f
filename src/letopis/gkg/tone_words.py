"""The tone word list: positive, negative and active lemmas (``letopis/data/gkg/tone.tsv``).

One lemma a row, columns ``lemma``, ``polarity`` (``positive``, ``negative`` or empty) and
``active`` (``yes`` or empty); a row needs one of the two. The document tone of the
``gkg.tone`` stage counts these words, GDELT-style, and the entity sentiment classifier reads
their polarity as features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import read_tsv
from letopis.errors import DataError

_COLUMNS = ("lemma", "polarity", "active")
_POLARITY = {"positive": 1, "negative": -1, "": 0}
_LEMMA = re.compile(r"^[а-я]+(-[а-я]+)?$")


@dataclass(frozen=True, slots=True)
class ToneWords:
    """Polarity (+1, -1) and activity of lemmas.

    >>> words = ToneWords.load()
    >>> words.polarity("убийство"), words.polarity("награда"), words.polarity("стол")
    (-1, 1, 0)
    >>> "атаковать" in words.active
    True
    """

    polar: dict[str, int]
    active: frozenset[str]
    version: str = ""

    @classmethod
    def load(cls, root: Path | None = None) -> "ToneWords":
        """Load and validate ``gkg/tone.tsv`` under ``root`` (default: the shipped data)."""
        path = (root or data_dir()) / "gkg" / "tone.tsv"
        polar: dict[str, int] = {}
        active: set[str] = set()
        seen: dict[str, int] = {}
        for row in read_tsv(path, _COLUMNS, ("lemma",)):
            lemma, polarity, act = row["lemma"], row["polarity"], row["active"]
            if not _LEMMA.match(lemma):
                raise row.fail(f"{lemma!r} is not one lower-case Russian word (a lemma)")
            if lemma in seen:
                raise row.fail(f"duplicate lemma {lemma!r} (first on line {seen[lemma]})")
            seen[lemma] = row.line
            if polarity not in _POLARITY:
                raise row.fail(f"polarity {polarity!r} is not positive, negative or empty")
            if act not in ("", "yes"):
                raise row.fail(f"active {act!r} is not 'yes' or empty")
            if not polarity and not act:
                raise row.fail(f"{lemma!r} has neither a polarity nor active=yes")
            if polarity:
                polar[lemma] = _POLARITY[polarity]
            if act:
                active.add(lemma)
        if not any(v > 0 for v in polar.values()) or not any(v < 0 for v in polar.values()):
            raise DataError(str(path), 0, "the list needs both positive and negative words")
        return cls(polar, frozenset(active), _version(path))

    def polarity(self, lemma: str) -> int:
        """+1 for a positive lemma, -1 for a negative one, 0 otherwise (``ё`` read as ``е``)."""
        return self.polar.get(lemma.replace("ё", "е"), 0)

    @property
    def positive(self) -> int:
        """How many positive lemmas the list holds."""
        return sum(1 for v in self.polar.values() if v > 0)

    @property
    def negative(self) -> int:
        """How many negative lemmas the list holds."""
        return sum(1 for v in self.polar.values() if v < 0)


def _version(path: Path) -> str:
    """The ``# version: N`` of a data file, or ``""``."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# version:"):
            return line.split(":", 1)[1].strip()
        if line and not line.startswith("#"):
            break
    return ""
