"""The actor knowledge base: countries, seats, role nouns, organisations and office holders.

Loaded once from ``letopis/data/actors/*.tsv`` (and any user files named by the
``actor_files`` setting) into an :class:`ActorLexicon`, which also validates
every code against the shipped CAMEO ontology.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path

from letopis.actors.tables import Row, read_csv, read_tsv

ROLE_KINDS = ("person", "body", "group", "none")
OFFICES = (
    "president", "vice_president", "prime_minister", "head_of_state", "chancellor", "foreign_minister",
    "defence_minister", "speaker", "chief_of_staff", "press_secretary", "secretary_general",
    "commission_president", "council_president", "high_representative", "director_general", "chair", "member",
    "other",
)


def data_dir() -> Path:
    """The folder of the shipped data files."""
    return Path(str(importlib_resources.files("letopis") / "data"))


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Seat:
    name: str
    country: str
    role: str


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    role: str
    kind: str
    country: str


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    names: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class Office:
    country: str
    role: str
    office: str
    valid_from: str
    valid_to: str

    @property
    def code(self) -> str:
        return self.country + self.role

    def holds_on(self, date: str) -> bool:
        """Whether the term covers ``date`` (``YYYY[-MM[-DD]]``; partial dates compare by prefix)."""
        start_ok = not self.valid_from or self.valid_from[: len(date)] <= date
        end_ok = not self.valid_to or date[: len(self.valid_to)] <= self.valid_to
        return start_ok and end_ok


@dataclass(slots=True)
class Person:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    offices: list[Office] = field(default_factory=list)

    def office_on(self, date: str | None) -> Office | None:
        """The office held on ``date`` (the latest-starting when several), else ``None``."""
        if not self.offices:
            return None
        if date is None:
            return max(self.offices, key=lambda o: o.valid_from)
        current = [o for o in self.offices if o.holds_on(date)]
        return max(current, key=lambda o: o.valid_from) if current else None


@dataclass(slots=True)
class ActorLexicon:
    """Everything the actor recogniser knows, validated."""

    countries: dict[str, Country]
    seats: list[Seat]
    roles: list[Role]
    organisations: list[Organisation]
    persons: dict[str, Person]
    role_codes: frozenset[str]
    group_codes: frozenset[str]

    @classmethod
    def load(cls, root: Path | None = None, extra: tuple[str, ...] = ()) -> "ActorLexicon":
        """Load and validate the shipped files (from ``root``) plus user actor files."""
        root = root or data_dir()
        ontology = root / "ontology"
        known_iso3 = {r["iso3"] for r in read_csv(ontology / "countries.csv")}
        types = read_csv(ontology / "cameo_actor_types.csv")
        role_codes = frozenset(
            r["code"] for r in types
            if r["category"].startswith("role") or r["category"] in ("agent_extra", "international_generic")
        )
        group_codes = frozenset(
            ("IGO" + r["code"]) if r["kind"] == "igo" else r["code"]
            for r in types if r["category"] in ("known_group", "proposed_extension")
        )
        actors = root / "actors"
        countries = {c.iso3: c for c in _countries(actors / "countries.tsv", known_iso3)}
        seats = [_seat(r, known_iso3, role_codes) for r in read_tsv(actors / "seats.tsv", ("name_ru", "country", "role", "source"), ("name_ru", "country", "source"))]
        roles: list[Role] = []
        seen_roles: dict[str, int] = {}
        for r in read_tsv(actors / "roles.tsv", ("phrase_ru", "role", "kind", "country", "source"), ("phrase_ru", "role", "kind", "source")):
            if r["phrase_ru"] in seen_roles:
                raise r.fail(f"duplicate role phrase {r['phrase_ru']!r} (first on line {seen_roles[r['phrase_ru']]})")
            seen_roles[r["phrase_ru"]] = r.line
            roles.append(_role(r, known_iso3, role_codes))
        organisations = [_organisation(r, group_codes) for r in read_tsv(actors / "organisations.tsv", ("code", "names_ru", "kind", "source"), ("code", "names_ru", "kind", "source"))]
        persons = _persons(actors / "persons.tsv", actors / "offices.tsv", known_iso3, role_codes, group_codes)
        for path in extra:
            _user_actors(Path(path), persons, known_iso3, role_codes, group_codes)
        return cls(countries, seats, roles, organisations, persons, role_codes, group_codes)


def _countries(path: Path, known: set[str]) -> list[Country]:
    out = []
    seen: set[str] = set()
    for r in read_tsv(path, ("iso3", "name_ru", "aliases_ru", "adjectives_ru", "capitals_ru", "source"), ("iso3", "name_ru", "source")):
        if r["iso3"] not in known:
            raise r.fail(f"unknown country code {r['iso3']!r}")
        if r["iso3"] in seen:
            raise r.fail(f"duplicate country {r['iso3']}")
        seen.add(r["iso3"])
        out.append(Country(r["iso3"], r["name_ru"], tuple(r.split("aliases_ru")), tuple(r.split("adjectives_ru")), tuple(r.split("capitals_ru"))))
    return out


def _check_actor(row: Row, country: str, role: str, known: set[str], roles: frozenset[str], groups: frozenset[str]) -> None:
    if country and country not in known and country not in groups:
        raise row.fail(f"unknown country or group code {country!r}")
    if role and role not in roles:
        raise row.fail(f"unknown role code {role!r}")


def _seat(r: Row, known: set[str], roles: frozenset[str]) -> Seat:
    _check_actor(r, r["country"], r["role"], known, roles, frozenset())
    return Seat(r["name_ru"], r["country"], r["role"])


def _role(r: Row, known: set[str], roles: frozenset[str]) -> Role:
    if r["kind"] not in ROLE_KINDS:
        raise r.fail(f"kind {r['kind']!r} is not one of {', '.join(ROLE_KINDS)}")
    if (r["kind"] == "none") != (r["role"] == "-"):
        raise r.fail("role '-' goes with kind none, and only with it (a phrase that names no actor)")
    if r["kind"] == "none":
        return Role(r["phrase_ru"], "-", "none", "")
    _check_actor(r, r["country"], r["role"], known, roles, frozenset())
    return Role(r["phrase_ru"], r["role"], r["kind"], r["country"])


def _organisation(r: Row, groups: frozenset[str]) -> Organisation:
    if r["code"] not in groups:
        raise r.fail(f"unknown organisation code {r['code']!r} (not in cameo_actor_types.csv)")
    return Organisation(r["code"], tuple(r.split("names_ru")), r["kind"])


def _persons(persons_path: Path, offices_path: Path, known: set[str], roles: frozenset[str], groups: frozenset[str]) -> dict[str, Person]:
    persons: dict[str, Person] = {}
    for r in read_tsv(persons_path, ("id", "name_ru", "name_en", "aliases_ru", "source"), ("id", "name_ru", "source")):
        if r["id"] in persons:
            raise r.fail(f"duplicate person id {r['id']!r}")
        persons[r["id"]] = Person(r["id"], r["name_ru"], r["name_en"], tuple(r.split("aliases_ru")))
    columns = ("person_id", "country", "role", "office", "valid_from", "valid_to", "source")
    for r in read_tsv(offices_path, columns, ("person_id", "country", "office", "source")):
        person = persons.get(r["person_id"])
        if person is None:
            raise r.fail(f"unknown person_id {r['person_id']!r}")
        _check_actor(r, r["country"], r["role"], known, roles, groups)
        if r["office"] not in OFFICES:
            raise r.fail(f"office {r['office']!r} is not one of {', '.join(OFFICES)}")
        start, end = r.date("valid_from"), r.date("valid_to")
        if start and end and end < start[: len(end)]:
            raise r.fail(f"valid_to {end} is before valid_from {start}")
        person.offices.append(Office(r["country"], r["role"], r["office"], start, end))
    return persons


def _user_actors(path: Path, persons: dict[str, Person], known: set[str], roles: frozenset[str], groups: frozenset[str]) -> None:
    """A user file: ``name_ru  aliases_ru  code  valid_from  valid_to`` (code = country/group + role)."""
    for r in read_tsv(path, ("name_ru", "aliases_ru", "code", "valid_from", "valid_to"), ("name_ru", "code")):
        code = r["code"]
        country, role = (code[:6], code[6:]) if code.startswith("IGO") else (code[:3], code[3:])
        _check_actor(r, country, role, known, roles, groups)
        person_id = f"user:{path.stem}:{r.line}"
        person = Person(person_id, r["name_ru"], "", tuple(r.split("aliases_ru")))
        person.offices.append(Office(country, role, "other", r.date("valid_from"), r.date("valid_to")))
        persons[person_id] = person
