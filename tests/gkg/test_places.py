"""Places: the gazetteer (loader and validator), place mentions with their disambiguation, event locations."""

from __future__ import annotations

import shutil

import pytest

from letopis.actors.lexicon import data_dir
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg.gazetteer import Gazetteer, name_key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- gazetteer ---------------------------------------------------------------------------------

def test_the_gazetteer_holds_countries_cities_and_the_hand_written_territories(gazetteer):
    assert gazetteer.countries["ARM"].name == "Армения" and gazetteer.countries["ARM"].type == "country"
    assert gazetteer.count("city") > 10000 and gazetteer.count("country") > 200
    karabakh = gazetteer.lookup("Нагорный Карабах")
    assert [p.country for p in karabakh] == ["AZE"] and karabakh[0].type == "territory"
    assert 39 < karabakh[0].lat < 41 and 46 < karabakh[0].lon < 48
    assert {p.country for p in gazetteer.lookup("Москва")} >= {"RUS", "USA"}
    assert gazetteer.lookup("крым")[0].country == "UKR"


def test_a_country_alias_that_is_a_territory_is_left_to_the_territory(gazetteer):
    # countries.tsv lists "Нагорный Карабах" among the names of AZE, for the actor coder.
    assert all(p.type != "country" for p in gazetteer.lookup("Нагорный Карабах"))
    assert all(p.type != "country" for p in gazetteer.lookup("сектор Газа"))


def test_name_keys_fold_case_yo_and_hyphens():
    assert name_key("Санкт-Петербург") == name_key("санкт петербург") == "санкт петербург"
    assert name_key("Орёл") == "орел"


def test_data_check_reports_the_gazetteer(capsys):
    assert main(["data", "check"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("gazetteer:"))
    assert "countries" in line and "territories" in line


@pytest.mark.parametrize("file, row, problem", [
    ("places.tsv", "lp:x\tИкс\t\tRUX\tregion\t1\t1\t\tpublic-record", "unknown country code"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tcontinent\t1\t1\t\tpublic-record", "type 'continent'"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t91\t1\t\tpublic-record", "lat 91.0 is outside"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t1\tвосток\t\tpublic-record", "lon 'восток' is not a number"),
    ("places.tsv", "lp:x\tИкс\t\t\tterritory\t1\t1\t\tpublic-record", "country is empty"),
    ("places.tsv", "lp:x\tИкс\tикс\tRUS\tregion\t1\t1\t\tpublic-record", "listed twice"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t1\t1\tмного\tpublic-record", "not a whole number"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t1\t1\t\tвикипедия", "is not public-record"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t1\t1\t\tcentre:Москва", "coordinates differ"),
    ("places.tsv", "lp:x\tИкс\t\tRUS\tregion\t1\t1\t\tcentre:Нигдеград", "no city 'Нигдеград'"),
    ("places.tsv", "lp:krym\tИкс\t\tRUS\tregion\t1\t1\t\tpublic-record", "duplicate id"),
    ("places.tsv", "LP:X\tИкс\t\tRUS\tregion\t1\t1\t\tpublic-record", "does not look like"),
    ("gazetteer.tsv", "gn:1\tИкс\t\tRUS\tcountry\t1\t1\t5", "second country row for RUS"),
    ("gazetteer.tsv", "gn:2\tИкс\t\tRUS\tterritory\t1\t1\t5", "type 'territory'"),
])
def test_malformed_gazetteer_rows_are_reported(tmp_path, file, row, problem):
    root = _data_copy(tmp_path)
    _append(root / "gkg" / file, row)
    with pytest.raises(DataError, match=problem):
        Gazetteer.load(root)


def test_data_check_names_the_malformed_gazetteer_row(tmp_path, capsys):
    root = _data_copy(tmp_path, full=True)
    line = _append(root / "gkg" / "places.tsv", "lp:x\tИкс\t\tRUX\tregion\t1\t1\t\tpublic-record")
    assert main(["data", "check", "--root", str(root)]) == 1
    assert f"places.tsv:{line}: unknown country code 'RUX'" in capsys.readouterr().out


def _data_copy(tmp_path, full: bool = False):
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root, ignore=None if full else shutil.ignore_patterns("actors", "events"))
    return root


def _append(path, row: str) -> int:
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")
