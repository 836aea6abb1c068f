"""The shipped data files validate, and a malformed row is reported with file, line and problem."""

from __future__ import annotations

import shutil

import pytest

from letopis.actors.lexicon import ActorLexicon, data_dir
from letopis.cli.main import main
from letopis.errors import DataError


def test_shipped_data_files_are_valid():
    lexicon = ActorLexicon.load()
    assert {"RUS", "USA", "ARM", "AZE"} <= set(lexicon.countries)
    assert lexicon.persons["putin_vladimir"].office_on("2010-06-01").office == "prime_minister"


def test_a_legislator_is_coded_by_the_seat_held_on_the_date():
    persons = ActorLexicon.load().persons
    kerry = persons["kerry_john"]
    assert kerry.office_on("2011-05-16").code == "USALEG"  # senator
    assert kerry.office_on("2014-02-01").code == "USAGOV"  # secretary of state
    kosachev = persons["kosachev_konstantin"]
    assert kosachev.office_on("2013-01-01") is None  # between the Duma and the Federation Council
    assert kosachev.office_on("2020-01-01").code == "RUSLEG"
    # A speaker is a member too; the later-starting office (speaker) wins while both hold.
    assert persons["pelosi_nancy"].office_on("2020-01-01").office == "speaker"
    assert persons["pelosi_nancy"].office_on("2024-01-01").office == "member"


@pytest.fixture
def data_copy(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    return root


def _append(path, row):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    return sum(1 for _ in open(path, encoding="utf-8"))


@pytest.mark.parametrize("file, row, problem", [
    ("offices.tsv", "putin_vladimir\tRUS\tGOV\tpresident\t2012-05-07\t2001\tpublic-record", "before valid_from"),
    ("offices.tsv", "nobody_here\tRUS\tGOV\tpresident\t2012\t\tpublic-record", "unknown person_id"),
    ("offices.tsv", "putin_vladimir\tRUX\tGOV\tpresident\t2012\t\tpublic-record", "unknown country"),
    ("offices.tsv", "putin_vladimir\tRUS\tXXX\tpresident\t2012\t\tpublic-record", "unknown role code"),
    ("offices.tsv", "putin_vladimir\tRUS\tGOV\tpresident\t12.05.2012\t\tpublic-record", "is not YYYY"),
    ("roles.tsv", "министр\tGOV\tperson\tpublic-record", "4 fields, expected 5"),
    ("roles.tsv", "армия\tMIL\tgroup\t\tpublic-record", "duplicate role phrase 'армия'"),
    ("roles.tsv", "визовый центр\t-\tbody\t\tpublic-record", "role '-' goes with kind none"),
    ("roles.tsv", "визовый центр\tGOV\tnone\t\tpublic-record", "role '-' goes with kind none"),
    ("organisations.tsv", "IGOXXX\tНечто\tigo\tpublic-record", "unknown organisation code"),
    ("persons.tsv", "putin_vladimir\tВладимир Путин\tVladimir Putin\t\tpublic-record", "duplicate person id"),
    ("countries.tsv", "RUS\tРоссия\t\t\t\tontology", "duplicate country"),
    ("seats.tsv", "Кремлёвская стена\tRUS\tGOV\tpublic-record", "contains ё"),
])
def test_malformed_row_names_file_line_and_problem(data_copy, file, row, problem, capsys):
    line = _append(data_copy / "actors" / file, row)
    with pytest.raises(DataError) as caught:
        ActorLexicon.load(data_copy)
    assert caught.value.path.endswith(file) and caught.value.line == line
    assert problem in caught.value.problem
    assert main(["data", "check", "--root", str(data_copy)]) == 1
    out = capsys.readouterr().out
    assert f"{file}:{line}:" in out and problem in out


def test_user_actor_file_is_loaded_and_checked(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text("# my actors\nname_ru\taliases_ru\tcode\tvalid_from\tvalid_to\n"
                    "Иван Вымыслов\tИ. Вымыслов\tGEOGOV\t2020\t\n", encoding="utf-8")
    lexicon = ActorLexicon.load(extra=(str(user),))
    (person,) = [p for p in lexicon.persons.values() if p.name == "Иван Вымыслов"]
    assert person.office_on("2021-01-01").code == "GEOGOV"
    assert person.office_on("2019-01-01") is None
    user.write_text("name_ru\taliases_ru\tcode\tvalid_from\tvalid_to\nИван\t\tGEOXXX\t\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="mine.tsv:2: unknown role code"):
        ActorLexicon.load(extra=(str(user),))
