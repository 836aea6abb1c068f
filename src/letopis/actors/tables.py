"""Reading and validating the tab-separated data files.

Each file starts with ``#`` comment lines (one of them ``# version: N``), then a
header row, then one row a line. A malformed row raises :class:`DataError`
naming the file, the line and the problem, so ``letopis data check`` can point
at it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from letopis.errors import DataError

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its fields by column name and where it stands."""

    path: str
    line: int
    fields: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.fields[name]

    def fail(self, problem: str) -> DataError:
        return DataError(self.path, self.line, problem)

    def split(self, name: str) -> list[str]:
        """A ``|``-separated list cell."""
        return [part.strip() for part in self.fields[name].split("|") if part.strip()]

    def date(self, name: str) -> str:
        """A ``YYYY[-MM[-DD]]`` cell, or ``""``; raises on anything else."""
        value = self.fields[name]
        if value and not _DATE.match(value):
            raise self.fail(f"column {name}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return value


def read_tsv(path: Path, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> Iterator[Row]:
    """Rows of a letopis TSV file, checked against the expected header and required columns."""
    name = str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(name, 0, f"cannot read: {exc}") from exc
    header: list[str] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = cells
            if tuple(header) != columns:
                raise DataError(name, number, f"header is {header}, expected {list(columns)}")
            continue
        if len(cells) != len(header):
            raise DataError(name, number, f"{len(cells)} fields, expected {len(header)} ({', '.join(header)})")
        if "ё" in line:
            raise DataError(name, number, "contains ё: write е (matching folds ё, data files must not)")
        row = Row(name, number, {k: v.strip() for k, v in zip(header, cells)})
        for column in required:
            if not row.fields[column]:
                raise row.fail(f"column {column} is empty")
        yield row
    if header is None:
        raise DataError(name, 0, "no header row")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of an ontology CSV file (comma-separated, with header)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
