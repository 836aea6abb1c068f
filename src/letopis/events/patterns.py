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

import re
from dataclasses import dataclass, field
from pathlib import Path

from letopis.actors.lexicon import data_dir
from letopis.actors.tables import Row, read_csv, read_tsv


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    triggers: tuple[str, ...]
    complement: frozenset[str]
    target: tuple[str, ...]
    code: str
    agent: str = ""

    def only(self, *slots: str) -> "Pattern":
        """The same pattern reading just ``slots`` (no trigger or complement: an argument lookup)."""
        return Pattern(self.id, (), frozenset(), slots, self.code)


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
    modal: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()
    intents: dict[str, str] = field(default_factory=dict)
    refusals: dict[str, str] = field(default_factory=dict)
    conflict: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    prospective: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    intention: frozenset[str] = frozenset()
    reports: frozenset[str] = frozenset()
    charges: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()

    @classmethod
    def load(cls, root: Path | None = None) -> "PatternBook":
        """Load and validate the patterns and word classes against the ontology."""
        root = root or data_dir()
        codes = {
            r["code"]: CameoCode(r["code"], r["root_code"], float(r["goldstein"]), int(r["quad_class"]),
                                 r["plover_category"] or None)
            for r in read_csv(root / "ontology" / "cameo_events.csv")
        }
        states = frozenset(r["iso3"] for r in read_csv(root / "ontology" / "countries.csv") if r.get("iso3"))
        roles = frozenset(r["code"] for r in read_csv(root / "ontology" / "cameo_actor_types.csv") if r.get("code"))
        by_trigger: dict[str, list[Pattern]] = {}
        seen: dict[str, int] = {}
        signatures: set[tuple[str, frozenset[str], tuple[str, ...]]] = set()
        catch_all: dict[str, str] = {}
        size = 0
        for row in read_tsv(root / "events" / "patterns.tsv", _COLUMNS, ("id", "trigger", "target", "code")):
            pattern = _pattern(row, codes, roles)
            if pattern.id in seen:
                raise row.fail(f"duplicate pattern id {pattern.id!r} (first on line {seen[pattern.id]})")
            seen[pattern.id] = row.line
            for trigger in pattern.triggers:
                signature = (trigger, pattern.complement, pattern.target)
                if signature in signatures:
                    raise row.fail(f"pattern duplicates an earlier one for trigger {trigger!r}")
                if not pattern.complement and trigger in catch_all and _covers(catch_all[trigger], pattern.target):
                    raise row.fail(f"unreachable for trigger {trigger!r}: pattern {catch_all[trigger]} needs no "
                                   "complement and is tried first")
                signatures.add(signature)
                if not pattern.complement:
                    catch_all.setdefault(trigger, "|".join(pattern.target) + " " + pattern.id)
                by_trigger.setdefault(trigger, []).append(pattern)
            size += 1
        for patterns in by_trigger.values():
            patterns.sort(key=lambda p: not p.complement)  # stable: file order among equals
        words: dict[str, set[str]] = {kind: set() for kind in _WORD_CLASSES}
        for row in read_tsv(root / "events" / "words.tsv", ("lemma", "class"), ("lemma", "class")):
            if row["class"] not in _WORD_CLASSES:
                raise row.fail(f"unknown word class {row['class']!r} (expected one of {', '.join(_WORD_CLASSES)})")
            words[row["class"]].add(row["lemma"])
        intents: dict[str, str] = {}
        refusals: dict[str, str] = {}
        for row in read_tsv(root / "events" / "intent.tsv", ("act", "intent", "refused"), ("act", "intent")):
            for column in ("act", "intent", "refused"):
                if row[column] and row[column] not in codes:
                    raise row.fail(f"unknown CAMEO code {row[column]!r} in column {column}")
            intents[row["act"]] = row["intent"]
            if row["refused"]:
                refusals[row["act"]] = row["refused"]
        return cls(by_trigger, codes, size, frozenset(words["modal"]), frozenset(words["speech"]), states,
                   frozenset(words["light"]), intents, refusals, frozenset(words["conflict"]),
                   frozenset(c for ps in by_trigger.values() for p in ps for c in p.complement),
                   frozenset(words["prospective"]), frozenset(words["document"]),
                   frozenset(words["intention"]), frozenset(words["report"]),
                   frozenset(words["charge"]), frozenset(words["venue"]))

    def intent_of(self, code: str) -> str | None:
        """The CAMEO intent code for a cooperative act told in the future, if any."""
        return _longest(self.intents, code)

    def refusal_of(self, code: str) -> str | None:
        """The CAMEO refusal code for a cooperative act negated in the future ("не приедет"), if any."""
        return _longest(self.refusals, code)


def _longest(table: dict[str, str], code: str) -> str | None:
    for length in range(len(code), 1, -1):
        found = table.get(code[:length])
        if found is not None:
            return found
    return None


_COLUMNS = ("id", "trigger", "complement", "target", "code", "agent")
_WORD_CLASSES = ("modal", "speech", "light", "conflict", "prospective", "document", "intention", "report", "charge",
                 "venue")
# Slots a target can be read from: "obj", or a preposition heading the target's phrase.
_SLOTS = frozenset({"any", "none", "obj", "mutual", "both", "from", "subject", "parties", "patient", "gen", "people", "к", "в", "во", "с", "со", "против", "на", "о", "об", "по", "между",
                    "для", "от", "из", "у", "за", "перед", "при", "под", "в отношении"})
_ID = re.compile(r"^ru\.[a-z0-9_]+(\.[a-z0-9_]+)*\.v[0-9]+$")


def _pattern(row: Row, codes: dict[str, CameoCode], roles: frozenset[str]) -> Pattern:
    if not _ID.match(row["id"]):
        raise row.fail(f"pattern id {row['id']!r} is not of the form ru.family.name.vN")
    if row["code"] not in codes:
        raise row.fail(f"unknown CAMEO code {row['code']!r}")
    target = tuple(row.split("target"))
    bad = [slot for slot in target if slot not in _SLOTS]
    if bad:
        raise row.fail(f"malformed target frame: {', '.join(bad)} (slots: obj, a preposition, any or none)")
    plain = tuple(slot for slot in target if slot != "parties")
    if ("none" in target and len(target) > 1) or ("any" in plain and plain[-1] != "any"):
        raise row.fail("malformed target frame: 'none' stands alone and 'any' comes last (before 'parties')")
    if target and target[-1] != "parties" and "parties" in target:
        raise row.fail("malformed target frame: 'parties' comes last")
    if "patient" in target and (len(target) > 1 or not row["agent"]):
        raise row.fail("malformed target frame: 'patient' stands alone and needs an agent")
    if "gen" in target and len(target) > 1:
        raise row.fail("malformed target frame: 'gen' stands alone")
    if "people" in target and len(target) > 1:
        raise row.fail("malformed target frame: 'people' stands alone")
    if row["agent"] and row["agent"] not in roles:
        raise row.fail(f"unknown agent role {row['agent']!r} (a code of cameo_actor_types.csv)")
    triggers = tuple(row.split("trigger"))
    if any(" " in t for t in triggers) or any(" " in c for c in row.split("complement")):
        raise row.fail("triggers and complements are single lemmas")
    return Pattern(row["id"], triggers, frozenset(row.split("complement")), target, row["code"], row["agent"])


def _covers(first: str, target: tuple[str, ...]) -> bool:
    """Whether a complement-free pattern with target frame ``first`` shadows one with ``target``."""
    frame = first.split(" ", 1)[0].split("|")
    return "any" in frame
