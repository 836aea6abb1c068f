"""Geocoding accuracy on NEREL: is a place put in the country the annotators located it in?

NEREL (``../shared/corpora/NEREL``, Russian Wikinews with nested entities and
relations) links places to countries with ``LOCATED_IN`` relations. Every
CITY, STATE_OR_PROVINCE, DISTRICT or LOCATION mention that such relations lead
to a COUNTRY mention (directly or through other places: a city in a province
in a country) is one test item; the country mention is mapped to ISO3 by the
gazetteer's country names in any inflected form (items whose country it cannot
map, such as "СССР", are counted and left out).

letopis runs its pipeline up to ``gkg.locations`` on the whole article and
takes the location mention overlapping the place most. Reported:

- coverage: the share of places given a location with a country;
- accuracy: the share of those whose country is the gold one (target 0.95).

    .venv/bin/python bench/places_nerel.py [--split dev|test|both] [--errors N]

NEREL states no licence: this script reads it where it lies and copies nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from razdel import tokenize

ROOT = Path(__file__).resolve().parents[1]
NEREL = ROOT.parent / "shared" / "corpora" / "NEREL"
PLACE_TYPES = ("CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION")
# Dependent territories and special administrative regions count as their sovereign's:
# NEREL locates Hong Kong in China, GeoNames gives it a code of its own.
SOVEREIGN = {"HKG": "CHN", "MAC": "CHN", "GRL": "DNK", "FRO": "DNK", "PRI": "USA", "GUM": "USA", "VIR": "USA",
             "ASM": "USA", "MNP": "USA", "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA",
             "NCL": "FRA", "PYF": "FRA", "SPM": "FRA", "BLM": "FRA", "MAF": "FRA", "WLF": "FRA", "GIB": "GBR",
             "BMU": "GBR", "CYM": "GBR", "FLK": "GBR", "IMN": "GBR", "JEY": "GBR", "GGY": "GBR", "VGB": "GBR",
             "ALA": "FIN", "ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "BES": "NLD", "SJM": "NOR", "NFK": "AUS",
             "CXR": "AUS", "CCK": "AUS", "COK": "NZL", "NIU": "NZL", "TKL": "NZL"}
PIPELINE = ("nlp.segment", "nlp.morph", "nlp.syntax", "nlp.ner", "actors.entities", "actors.resolve", "gkg.locations")


@dataclass(frozen=True, slots=True)
class Item:
    """A place mention and the ISO3 of the country NEREL locates it in."""

    doc: str
    type: str
    start: int
    end: int
    text: str
    country: str


def read_brat(stem: Path) -> tuple[str, dict[str, tuple[str, int, int, str]], list[tuple[str, str, str]]]:
    """Text, entities (type, start, end, text of the first fragment) and relations of one document."""
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    entities: dict[str, tuple[str, int, int, str]] = {}
    relations: list[tuple[str, str, str]] = []
    for line in stem.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, offsets = parts[1].split(" ", 1)
            start, end = (int(x) for x in offsets.split(";")[0].split())
            entities[parts[0]] = (kind, start, end, text[start:end])
        elif parts[0].startswith("R") and len(parts) >= 2:
            kind, arg1, arg2 = parts[1].split()
            relations.append((kind, arg1.split(":")[1], arg2.split(":")[1]))
    return text, entities, relations


class CountryNames:
    """Maps a country mention ("Великобритании") to ISO3 with the gazetteer's country names."""

    def __init__(self) -> None:
        from natasha import MorphVocab

        from letopis.actors.matcher import Paradigms, PhraseMatcher
        from letopis.gkg.gazetteer import Gazetteer

        from letopis.actors.lexicon import ActorLexicon

        self.matcher: PhraseMatcher[str] = PhraseMatcher(Paradigms(MorphVocab()))
        for place in Gazetteer.load().countries.values():
            for name in place.names:
                self.matcher.add(name, place.country)
        for country in ActorLexicon.load().countries.values():  # NEREL tags "канадской" as a COUNTRY too
            for adjective in country.adjectives:
                self.matcher.add(adjective, country.iso3)

    def iso3(self, mention: str) -> str | None:
        from letopis.model import Token

        tokens = [Token(i, 0, t.start, t.stop, t.text) for i, t in enumerate(tokenize(mention))]
        matches = self.matcher.find(tokens)
        return matches[0].entry if len(matches) == 1 and matches[0].last - matches[0].first + 1 == len(tokens) else None


def items(split: str, names: CountryNames, unmapped: Counter[str]) -> tuple[dict[str, str], list[Item]]:
    """The texts of a split and its test items."""
    texts: dict[str, str] = {}
    out: list[Item] = []
    for ann in sorted((NEREL / split).glob("*.ann")):
        stem = ann.with_suffix("")
        text, entities, relations = read_brat(stem)
        located: dict[str, list[str]] = {}
        for kind, arg1, arg2 in relations:
            if kind == "LOCATED_IN" and arg1 in entities and arg2 in entities:
                located.setdefault(arg1, []).append(arg2)
        for tid, (kind, start, end, mention) in entities.items():
            if kind not in PLACE_TYPES:
                continue
            country = _country_of(tid, entities, located)
            if country is None:
                continue
            iso3 = names.iso3(entities[country][3])
            if iso3 is None:
                unmapped[entities[country][3]] += 1
                continue
            out.append(Item(stem.name, kind, start, end, mention, iso3))
            texts[stem.name] = text
    return texts, out


def _country_of(tid: str, entities: dict[str, tuple[str, int, int, str]], located: dict[str, list[str]]) -> str | None:
    """The first COUNTRY entity LOCATED_IN relations lead to from ``tid`` (breadth first)."""
    seen, frontier = {tid}, [tid]
    while frontier:
        following = []
        for node in frontier:
            for parent in located.get(node, ()):
                if entities[parent][0] == "COUNTRY":
                    return parent
                if parent not in seen:
                    seen.add(parent)
                    following.append(parent)
        frontier = following
    return None


def evaluate(texts: dict[str, str], gold: list[Item], errors: int, misses: bool = False) -> dict[str, float]:
    """Run letopis on the texts and score the items; print up to ``errors`` mistakes."""
    import letopis.gkg.places_stage  # noqa: F401 - registers the stage
    from letopis.model import Article
    from letopis.pipeline import Pipeline
    from letopis.settings import Settings

    pipeline = Pipeline.from_settings(Settings(pipeline=PIPELINE))
    docs = {doc.id: doc for doc in pipeline.run(Article(id=name, text=text) for name, text in texts.items())}
    covered = correct = 0
    shown = 0
    by_type: Counter[str] = Counter()
    right_by_type: Counter[str] = Counter()
    for item in gold:
        doc = docs[item.doc]
        layer = getattr(doc, "extra", {}).get("locations")
        best, overlap = None, 0
        for loc in (layer.items if layer is not None else []):
            shared = min(loc.end, item.end) - max(loc.start, item.start)
            if shared > overlap:
                best, overlap = loc, shared
        if best is None or best.country is None:
            if misses:
                print(f"  miss {item.doc} {item.type} {item.text!r} gold {item.country}"
                      + (f": {best.text!r} -> {best.name} ({best.id})" if best is not None else ""))
            continue
        covered += 1
        by_type[item.type] += 1
        if item.country in best.countries or any(SOVEREIGN.get(c) == item.country for c in best.countries):
            correct += 1
            right_by_type[item.type] += 1
        elif shown < errors:
            shown += 1
            print(f"  error {item.doc} {item.text!r} gold {item.country}: {best.text!r} -> {best.name} "
                  f"({best.id}, {best.country}, {best.rule})")
    result = {"items": len(gold), "covered": covered, "correct": correct,
              "coverage": covered / len(gold) if gold else 0.0, "accuracy": correct / covered if covered else 0.0}
    for kind in PLACE_TYPES:
        if by_type[kind]:
            result[f"accuracy {kind}"] = right_by_type[kind] / by_type[kind]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Country accuracy and coverage of letopis geocoding on NEREL LOCATED_IN.")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong countries")
    parser.add_argument("--misses", action="store_true", help="print the places given no country")
    args = parser.parse_args(argv)
    if not NEREL.is_dir():
        print(f"places_nerel: {NEREL} not found", file=sys.stderr)
        return 2
    names = CountryNames()
    for split in (("dev", "test") if args.split == "both" else (args.split,)):
        unmapped: Counter[str] = Counter()
        texts, gold = items(split, names, unmapped)
        result = evaluate(texts, gold, args.errors, args.misses)
        print(f"{split}: {result['items']} places in {len(texts)} articles ({sum(unmapped.values())} left out: "
              f"country not mapped, e.g. {', '.join(k for k, _ in unmapped.most_common(3))})")
        print(f"  coverage {result['coverage']:.3f} ({result['covered']})   accuracy {result['accuracy']:.3f} "
              f"({result['correct']}/{result['covered']})   "
              + "  ".join(f"{k.split()[1]} {v:.3f}" for k, v in result.items() if k.startswith("accuracy ")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
