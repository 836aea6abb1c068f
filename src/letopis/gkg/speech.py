"""The speech lexicon: verbs of saying, "по словам" cues, quotation marks and dashes.

``letopis/data/gkg/speech.tsv`` holds one entry a row (columns ``entry``,
``class``, ``pos``, ``about``):

- ``verb``: a verb or predicative adjective of saying or opinion (``заявить``,
  ``уверенный``); ``pos`` restricts the tagger's part of speech, ``about=yes``
  says that "verb о чем" reports what was said ("заявил о намерении ...");
- ``name``: a verb whose quoted complement is a quote only when it is a clause
  (``назвать``);
- ``cite``: a verb whose object is the speaker ("агентство цитирует министра");
- ``noun``: a noun naming a statement (``заявление``): "выступил с заявлением:"
  introduces a quote, and "в заявлении говорится" speaks for its author;
- ``cue``: a phrase "по словам", "по мнению": its noun phrase speaks, the rest
  of the sentence is what was said;
- ``marks``: two characters, an opening and a closing quotation mark;
- ``dash``: one character that opens direct speech;
- ``intent``: a verb of wanting or trying whose speech infinitive is not yet said
  ("хотел подчеркнуть, что ...", but "хотел бы подчеркнуть" says it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import Row, read_tsv
from letopis.errors import DataError

_COLUMNS = ("entry", "class", "pos", "about")
_CLASSES = ("verb", "name", "cite", "noun", "cue", "marks", "dash", "intent")
_POS = ("", "VERB", "ADJ")
_WORD = re.compile(r"^[а-я]+(-[а-я]+)?$")
_CUE = re.compile(r"^по [а-я]+$")


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """A verb of saying: its lemma, the part of speech it needs, whether "о чем" is reported."""

    lemma: str
    pos: str = ""
    about: bool = False
    clause_only: bool = False
    cites: bool = False

    def fits(self, pos: str) -> bool:
        """Whether a token tagged ``pos`` is this verb (``считать`` as a verb, ``уверенный`` as an adjective)."""
        return not self.pos or self.pos == pos


@dataclass(slots=True)
class SpeechLexicon:
    """Everything the quote finder needs to know about Russian reported speech.

    >>> lexicon = SpeechLexicon.load()
    >>> lexicon.verb("заявить", "VERB").about, lexicon.cues["словам"]
    (True, 'по словам')
    """

    verbs: dict[str, SpeechVerb]
    nouns: frozenset[str]
    cues: dict[str, str]
    marks: dict[str, str]
    dashes: frozenset[str]
    intents: frozenset[str] = frozenset()

    @classmethod
    def load(cls, root: Path | None = None) -> "SpeechLexicon":
        """Load and validate ``gkg/speech.tsv`` under ``root`` (default: the shipped data)."""
        root = root or data_dir()
        verbs: dict[str, SpeechVerb] = {}
        nouns: set[str] = set()
        cues: dict[str, str] = {}
        marks: dict[str, str] = {}
        dashes: set[str] = set()
        intents: set[str] = set()
        seen: dict[str, int] = {}
        for row in read_tsv(root / "gkg" / "speech.tsv", _COLUMNS, ("entry", "class")):
            entry, kind = row["entry"], row["class"]
            if entry in seen:
                raise row.fail(f"duplicate entry {entry!r} (first on line {seen[entry]})")
            seen[entry] = row.line
            _check(row, entry, kind)
            if kind in ("verb", "name", "cite"):
                verbs[entry] = SpeechVerb(entry, row["pos"], row["about"] == "yes", kind == "name", kind == "cite")
            elif kind == "noun":
                nouns.add(entry)
            elif kind == "intent":
                intents.add(entry)
            elif kind == "cue":
                cues[entry.split()[1]] = entry
            elif kind == "marks":
                if entry[0] in marks:
                    raise row.fail(f"opening mark {entry[0]!r} is listed twice")
                marks[entry[0]] = entry[1]
            else:
                dashes.add(entry)
        if not verbs or not marks:
            raise DataError(str(root / "gkg" / "speech.tsv"), 0, "no speech verbs or no quotation marks")
        return cls(verbs, frozenset(nouns), cues, marks, frozenset(dashes), frozenset(intents))

    def verb(self, lemma: str, pos: str) -> SpeechVerb | None:
        """The speech verb a token with this lemma and part of speech is, or ``None``."""
        found = self.verbs.get(lemma)
        return found if found is not None and found.fits(pos) else None

    @property
    def size(self) -> int:
        """How many entries the lexicon holds."""
        return (len(self.verbs) + len(self.nouns) + len(self.cues) + len(self.marks) + len(self.dashes)
                + len(self.intents))


def _check(row: Row, entry: str, kind: str) -> None:
    """Raise the row's :class:`DataError` when an entry does not fit its class."""
    if kind not in _CLASSES:
        raise row.fail(f"class {kind!r} is not one of {', '.join(_CLASSES)}")
    if row["pos"] not in _POS:
        raise row.fail(f"pos {row['pos']!r} is not one of VERB, ADJ or empty")
    if row["about"] not in ("", "yes"):
        raise row.fail(f"about {row['about']!r} is not 'yes' or empty")
    if kind != "verb" and (row["pos"] or row["about"]):
        raise row.fail(f"pos and about apply to verbs only, not to class {kind}")
    if kind in ("verb", "name", "cite", "noun", "intent") and not _WORD.match(entry):
        raise row.fail(f"{entry!r} is not one lower-case Russian word (a lemma)")
    if kind == "cue" and not _CUE.match(entry):
        raise row.fail(f"cue {entry!r} is not 'по' and one lower-case word")
    if kind == "marks" and (len(entry) != 2 or any(ch.isalnum() or ch.isspace() for ch in entry)):
        raise row.fail(f"marks {entry!r} are not an opening and a closing quotation mark")
    if kind == "dash" and (len(entry) != 1 or entry.isalnum()):
        raise row.fail(f"dash {entry!r} is not one punctuation character")

