"""The event pattern dictionary: predicates and their complements mapped to CAMEO codes.

``letopis/data/events/patterns.tsv`` holds one pattern a row:

- ``id``: stable rule id, written into every event it codes (``ru.appeal.ceasefire.v1``);
- ``trigger``: predicate lemmas, ``|``-separated (verbs in both aspects, or nouns);
- ``complement``: lemmas of which one must stand in the trigger's phrase (empty: none needed);
- ``target``: where the target is read: ``any`` (any actor in the trigger's phrase), a list of
  prepositions and/or ``obj`` (``к|obj``), or ``none``;
- ``code``: the CAMEO event code.

Patterns with a complement are tried before those without; among them, in
file order, so the more specific row is written first ("подписать" +
"перемирие" → 0871 before "подписать" + "соглашение" → 057).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import read_csv, read_tsv


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    triggers: tuple[str, ...]
    complement: frozenset[str]
    target: tuple[str, ...]
    code: str


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root_code: str
    goldstein: float
    quad_class: int
    plover: str | None


@dataclass(slots=True)
class PatternBook:
    """Patterns indexed by trigger lemma, and the CAMEO table they code into."""

    by_trigger: dict[str, list[Pattern]]
    codes: dict[str, CameoCode]
    size: int

    @classmethod
    def load(cls, root: Path | None = None) -> "PatternBook":
        """Load and validate the patterns against ``cameo_events.csv``."""
        root = root or data_dir()
        codes = {
            r["code"]: CameoCode(r["code"], r["root_code"], float(r["goldstein"]), int(r["quad_class"]),
                                 r["plover_category"] or None)
            for r in read_csv(root / "ontology" / "cameo_events.csv")
        }
        by_trigger: dict[str, list[Pattern]] = {}
        seen: dict[str, int] = {}
        signatures: set[tuple[str, frozenset[str], tuple[str, ...]]] = set()
        size = 0
        columns = ("id", "trigger", "complement", "target", "code")
        for row in read_tsv(root / "events" / "patterns.tsv", columns, ("id", "trigger", "target", "code")):
            if row["code"] not in codes:
                raise row.fail(f"unknown CAMEO code {row['code']!r}")
            if row["id"] in seen:
                raise row.fail(f"duplicate pattern id {row['id']!r} (first on line {seen[row['id']]})")
            seen[row["id"]] = row.line
            target = tuple(row.split("target")) if "|" in row["target"] else (row["target"],)
            pattern = Pattern(row["id"], tuple(row.split("trigger")), frozenset(row.split("complement")), target, row["code"])
            for trigger in pattern.triggers:
                signature = (trigger, pattern.complement, pattern.target)
                if signature in signatures:
                    raise row.fail(f"pattern duplicates an earlier one for trigger {trigger!r}")
                signatures.add(signature)
                by_trigger.setdefault(trigger, []).append(pattern)
            size += 1
        for patterns in by_trigger.values():
            patterns.sort(key=lambda p: not p.complement)  # stable: file order among equals
        return cls(by_trigger, codes, size)
