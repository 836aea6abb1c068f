"""The dates layer: a table of expressions with their publication dates, the stage on a
hand-built document, and the validator of the date words. No model is loaded.

Publication dates used below: 2022-09-13 is a Tuesday, 2011-02-07 a Monday, 2019-07-11 a
Thursday, 2023-01-05 a Thursday, 2022-12-28 a Wednesday, 2020-03-01 a Sunday.
"""

from __future__ import annotations

import doctest
import shutil

import pytest

from letopis.actors.lexicon import data_dir
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg import datelayer, dates, datewords
from letopis.gkg.datelayer import DateLayer, dates_stage
from letopis.gkg.dates import find_dates
from letopis.gkg.datewords import DateLexicon
from letopis.model import Article
from letopis.pipeline import registry
from letopis.resources import Resources
from letopis.settings import DEFAULT_PIPELINE, Settings
from tests.factories import data_with_row, make_doc

TUE = "2022-09-13"

# (sentence, publication date, expected expressions: (text, value) or (text, value, until))
TABLE = [
    # full dates
    ("13 сентября 2022 года начались бои на границе", TUE, [("13 сентября 2022 года", "2022-09-13")]),
    ("Соглашение подписано 1 марта 2021 г. в Москве", TUE, [("1 марта 2021 г.", "2021-03-01")]),
    ("Документ датирован 13.09.2022.", TUE, [("13.09.2022", "2022-09-13")]),
    ("Релиз от 2022-09-13 опубликован на сайте", TUE, [("2022-09-13", "2022-09-13")]),
    ("Встреча на Эльбе произошла 25 апреля 1945 года", TUE, [("25 апреля 1945 года", "1945-04-25")]),
    ("В четверг, 11 июля 2019 года, политик вышел на свободу", TUE, [("В четверг, 11 июля 2019 года", "2019-07-11")]),
    ("Он родился 1-го мая 1970 года", TUE, [("1-го мая 1970 года", "1970-05-01")]),
    ("Заседание назначили на 31 июня 2020 года", TUE, [("31 июня 2020 года", None)]),
    ("в марте 2009г. белорусские СМИ писали об этом", TUE, [("в марте 2009г.", "2009-03")]),
    ("Однако в 2008г. глава Совбеза лишился поста", TUE, [("в 2008г.", "2008")]),
    # day and month, no year: the nearest on or before the publication date, unless the future
    ("Бои начались 12 сентября", TUE, [("12 сентября", "2022-09-12")]),
    ("Перемирие объявили 13 сентября", TUE, [("13 сентября", "2022-09-13")]),
    ("Стороны подписали договор 20 декабря", TUE, [("20 декабря", "2021-12-20")]),
    ("Выборы пройдут 25 сентября", TUE, [("25 сентября", "2022-09-25")]),
    ("Саммит состоится 5 февраля", TUE, [("5 февраля", "2023-02-05")]),
    ("Указ подписан двадцать пятого августа", TUE, [("двадцать пятого августа", "2022-08-25")]),
    ("Праздник отмечают первого сентября", TUE, [("первого сентября", "2022-09-01")]),
    ("Кан выступил в понедельник 7 февраля на митинге", "2011-02-07", [("в понедельник 7 февраля", "2011-02-07")]),
    ("Срок истек 30 декабря", "2023-01-05", [("30 декабря", "2022-12-30")]),
    ("Переговоры начнутся 3 января", "2022-12-28", [("3 января", "2023-01-03")]),
    # month and year, month alone
    ("В сентябре 2020 года было подписано соглашение", TUE, [("В сентябре 2020 года", "2020-09")]),
    ("В ноябре прошлого года президент посетил острова", "2011-02-07", [("В ноябре прошлого года", "2010-11")]),
    ("В марте этого года прошли выборы", TUE, [("В марте этого года", "2022-03")]),
    ("В декабре стороны подписали меморандум", TUE, [("В декабре", "2021-12")]),
    ("В мае стороны подписали меморандум", TUE, [("В мае", "2022-05")]),
    ("В декабре будут проведены выборы", TUE, [("В декабре", "2022-12")]),
    ("Марта Иванова прокомментировала новость", TUE, []),
    ("Санкции действуют с января", TUE, [("января", "2022-01")]),
    # parts of periods
    ("В начале мая 2020 года прошли учения", TUE, [("В начале мая 2020 года", "2020-05")]),
    ("В конце 2019 года отношения ухудшились", TUE, [("В конце 2019 года", "2019")]),
    ("В начале этого года военные вытеснили боевиков", TUE, [("В начале этого года", "2022")]),
    ("В середине августа начались протесты", TUE, [("В середине августа", "2022-08")]),
    # years
    ("В 2014 году Крым был аннексирован", TUE, [("В 2014 году", "2014")]),
    ("Он участвовал в выборах 2008 года", TUE, [("2008 года", "2008")]),
    ("В 2017-м он приехал в Италию", TUE, [("В 2017-м", "2017")]),
    ("В 20 странах прошли акции протеста", TUE, []),
    ("Суд приговорил его к 24 годам тюрьмы", TUE, []),
    # relative years, months and weeks
    ("В прошлом году переговоры сорвались", TUE, [("В прошлом году", "2021")]),
    ("В этом году урожай оказался рекордным", TUE, [("В этом году", "2022")]),
    ("В следующем году пройдут выборы", TUE, [("В следующем году", "2023")]),
    ("В позапрошлом году стороны заключили перемирие", TUE, [("В позапрошлом году", "2020")]),
    ("В прошлом месяце министр посетил Баку", TUE, [("В прошлом месяце", "2022-08")]),
    ("В прошлом месяце министр посетил Баку", "2023-01-05", [("В прошлом месяце", "2022-12")]),
    ("На прошлой неделе прошли учения", TUE, [("На прошлой неделе", "2022-09-05", "2022-09-11")]),
    ("На этой неделе министр прибудет в Москву", "2011-02-07", [("На этой неделе", "2011-02-07", "2011-02-13")]),
    ("На следующей неделе начнутся переговоры", TUE, [("На следующей неделе", "2022-09-19", "2022-09-25")]),
    # weekdays
    ("Во вторник министр заявил о перемирии", TUE, [("Во вторник", "2022-09-13")]),
    ("В пятницу стороны обменялись пленными", TUE, [("В пятницу", "2022-09-09")]),
    ("В воскресенье прошел митинг", TUE, [("В воскресенье", "2022-09-11")]),
    ("В пятницу состоится встреча министров", TUE, [("В пятницу", "2022-09-16")]),
    ("Он заявил, что в пятницу будет встреча", TUE, [("в пятницу", "2022-09-16")]),
    ("В пятницу он заявил, что встреча будет", TUE, [("В пятницу", "2022-09-09")]),
    ("В прошлую пятницу лидеры провели переговоры", TUE, [("В прошлую пятницу", "2022-09-09")]),
    ("В прошлый вторник лидеры провели переговоры", TUE, [("В прошлый вторник", "2022-09-06")]),
    ("В следующий понедельник пройдут переговоры", TUE, [("В следующий понедельник", "2022-09-19")]),
    ("Утром в понедельник ультраправые собрались у посольства", "2011-02-07", [("Утром в понедельник", "2011-02-07")]),
    ("В ночь на среду начался обстрел", "2019-07-11", [("В ночь на среду", "2019-07-10")]),
    ("В среде экспертов это вызвало споры", TUE, []),
    # days
    ("Сегодня парламент принял закон", TUE, [("Сегодня", "2022-09-13")]),
    ("Вчера вечером начался обстрел", TUE, [("Вчера вечером", "2022-09-12")]),
    ("Позавчера стороны договорились", TUE, [("Позавчера", "2022-09-11")]),
    ("Завтра начнутся переговоры", TUE, [("Завтра", "2022-09-14")]),
    ("Накануне стороны договорились о перемирии", TUE, [("Накануне", "2022-09-12")]),
    ("Накануне Москва заявила о нарушении договора", TUE, [("Накануне", "2022-09-12")]),
    ("Он выступил накануне вечером", TUE, [("накануне вечером", "2022-09-12")]),
    ("Накануне визита главы МИД в Москву премьер пообещал", TUE, []),
    ("Напряженность выросла накануне выборов", TUE, []),
    ("На днях министр посетил регион", TUE, [("На днях", None)]),
    # ago and after
    ("Три дня назад начались бои", TUE, [("Три дня назад", "2022-09-10")]),
    ("Бои начались 5 дней назад", TUE, [("5 дней назад", "2022-09-08")]),
    ("Неделю назад стороны встретились", TUE, [("Неделю назад", "2022-09-06")]),
    ("Две недели назад стороны встретились", TUE, [("Две недели назад", "2022-08-30")]),
    ("Месяц назад стороны встретились", TUE, [("Месяц назад", "2022-08")]),
    ("Полгода назад стороны встретились", TUE, [("Полгода назад", "2022-03")]),
    ("Два года тому назад было подписано соглашение", TUE, [("Два года тому назад", "2020")]),
    ("Двадцать пять лет назад распался СССР", "2016-12-26", [("Двадцать пять лет назад", "1991")]),
    ("Полтора года назад начался конфликт", TUE, [("Полтора года назад", "2021-03")]),
    ("Несколько лет назад он работал в МИД", TUE, [("Несколько лет назад", None)]),
    ("Через два дня он прилетит в Ереван", TUE, [("Через два дня", "2022-09-15")]),
    ("Через неделю начнутся учения", TUE, [("Через неделю", "2022-09-20")]),
    ("Через месяц начнутся учения", TUE, [("Через месяц", "2022-10")]),
    ("Через год закон вступит в силу", TUE, [("Через год", "2023")]),
    # seasons
    ("Весной 2012 года начались протесты", TUE, [("Весной 2012 года", "2012-03", "2012-05")]),
    ("Зимой 2012 года прошли митинги", TUE, [("Зимой 2012 года", "2011-12", "2012-02")]),
    ("Осенью прошлого года прошли выборы", TUE, [("Осенью прошлого года", "2021-09", "2021-11")]),
    ("Летом стороны провели переговоры", TUE, [("Летом", "2022-06", "2022-08")]),
    ("Весной стороны провели переговоры", TUE, [("Весной", "2022-03", "2022-05")]),
    ("Прошлой весной стороны провели переговоры", TUE, [("Прошлой весной", "2021-03", "2021-05")]),
    ("Арабская весна началась в Тунисе", TUE, []),
    # ranges
    ("С 1 по 5 мая прошли учения", TUE, [("С 1 по 5 мая", "2022-05-01", "2022-05-05")]),
    ("Учения прошли 1–5 мая 2021 года", TUE, [("1–5 мая 2021 года", "2021-05-01", "2021-05-05")]),
    ("Каникулы продлятся с 28 декабря по 3 января", "2022-12-01",
     [("с 28 декабря по 3 января", "2022-12-28", "2023-01-03")]),
    ("С 29 декабря по 2 января дипломаты отдыхали", "2023-01-05",
     [("С 29 декабря по 2 января", "2022-12-29", "2023-01-02")]),
    ("С мая по июль 2020 года шли бои", TUE, [("С мая по июль 2020 года", "2020-05", "2020-07")]),
    ("С 2014 по 2016 год он был министром", TUE, [("С 2014 по 2016 год", "2014", "2016")]),
    ("В 2018–2020 годах страна росла", TUE, [("В 2018–2020 годах", "2018", "2020")]),
    # decades and centuries
    ("В 1990-х годах страна пережила кризис", TUE, [("В 1990-х годах", "1990", "1999")]),
    ("В 90-е годы страна пережила кризис", TUE, [("В 90-е годы", "1990", "1999")]),
    ("В девяностые страна пережила кризис", TUE, [("В девяностые", "1990", "1999")]),
    ("Команда заняла 10-е место", TUE, []),
    ("В XX веке страна пережила две войны", TUE, [("В XX веке", "1901", "2000")]),
    # several expressions in one sentence
    ("Накануне, 12 сентября, стороны договорились о перемирии", TUE,
     [("Накануне", "2022-09-12"), ("12 сентября", "2022-09-12")]),
    ("Выборы состоятся в следующем месяце, а не в марте", "2011-02-07",
     [("в следующем месяце", "2011-03"), ("в марте", "2011-03")]),
    ("Приговор оглашен 12 июля 2019 года, а процесс начался в 2018 году", TUE,
     [("12 июля 2019 года", "2019-07-12"), ("в 2018 году", "2018")]),
]


def _shown(found):
    return [(d.text, d.value) if d.until is None else (d.text, d.value, d.until) for d in found]


@pytest.mark.parametrize("sentence, published, expected", TABLE, ids=[f"row{i:03d}" for i in range(len(TABLE))])
def test_the_table_of_expressions(sentence, published, expected):
    found = find_dates(sentence, published)
    for d in found:
        assert sentence[d.start : d.end] == d.text
    assert _shown(found) == expected


def test_the_table_is_large_enough():
    assert sum(len(row[2]) for row in TABLE) >= 60 and len(TABLE) >= 60


@pytest.mark.parametrize("sentence, granularity, relative, mod", [
    ("13 сентября 2022 года", "day", False, None),
    ("13 сентября", "day", True, None),
    ("на прошлой неделе", "week", True, None),
    ("в конце мая 2020 года", "month", False, "end"),
    ("весной 2012 года", "season", False, None),
    ("в середине 2019 года", "year", False, "mid"),
    ("в начале 1990-х", "decade", False, "start"),
    ("в XIX веке", "century", False, None),
    ("в прошлом году", "year", True, None),
])
def test_granularity_relative_and_part(sentence, granularity, relative, mod):
    (found,) = find_dates(sentence, TUE)
    assert (found.granularity, found.relative, found.mod) == (granularity, relative, mod)


def test_without_a_publication_date_relative_expressions_keep_their_span_but_no_value():
    text = "Вчера, 13 сентября, как и в прошлом году и в сентябре 2020 года, стороны обменялись ударами"
    found = find_dates(text, None)
    assert [(d.text, d.value, d.relative) for d in found] == [
        ("Вчера", None, True), ("13 сентября", None, True), ("в прошлом году", None, True),
        ("в сентябре 2020 года", "2020-09", False),
    ]


def test_yo_is_read_as_ye_and_offsets_stay_exact():
    text = "Приговор оглашён 12 июля, а в ночь на четвёрг начался обстрел"
    found = find_dates(text, "2019-07-13")
    assert [(d.text, d.value) for d in found] == [("12 июля", "2019-07-12"), ("в ночь на четвёрг", "2019-07-11")]


def test_the_doctests_of_the_dates_modules_pass():
    for module in (dates, datewords, datelayer):
        assert doctest.testmod(module).failed == 0


# The stage, on a hand-built document.

def _doc(date: str | None):
    words = [[("Вчера", "вчера", "ADV", "_", 2, "advmod"), ("Армения", "армения", "PROPN", "_", 3, "nsubj"),
              ("заявила", "заявить", "VERB", "_", 0, "root")],
             [("В", "в", "ADP", "_", 2, "case"), ("2020", "2020", "ADJ", "_", 3, "amod"), ("году", "год", "NOUN", "_", 4, "obl"),
              ("было", "быть", "AUX", "_", 4, "aux"), ("перемирие", "перемирие", "NOUN", "_", 0, "root")]]
    doc = make_doc(words)
    doc.article = Article(id="t", text=doc.text, date=date)
    return doc


def test_the_stage_writes_the_dates_layer_with_sentence_indices():
    doc = _doc("2022-09-13")
    dates_stage(doc, Resources(Settings()))
    layer = doc.extra["dates"]
    assert isinstance(layer, DateLayer)
    rows = layer.to_json()
    assert [(r["text"], r["sentence_index"], r["value"], r["relative"]) for r in rows] == [
        ("Вчера", 0, "2022-09-12", True), ("В 2020 году", 1, "2020", False)]
    assert list(rows[0]) == ["text", "start", "end", "sentence_index", "value", "until", "granularity", "relative", "mod"]
    for row in rows:
        assert doc.text[row["start"] : row["end"]] == row["text"]
    assert doc.to_record().to_json()["dates"] == rows


def test_the_stage_without_a_publication_date_keeps_the_span():
    doc = _doc(None)
    dates_stage(doc, Resources(Settings()))
    assert [(r["text"], r["value"]) for r in doc.extra["dates"].to_json()] == [("Вчера", None), ("В 2020 году", "2020")]


def test_the_stage_is_registered_and_runs_before_the_events():
    stage = registry()["gkg.dates"]
    assert stage.requires == frozenset({"sentences"}) and stage.assigns == frozenset({"dates"})
    assert DEFAULT_PIPELINE.index("gkg.dates") < DEFAULT_PIPELINE.index("events.cameo")


# The date words and their validator.

def test_the_date_words_load_and_data_check_reports_them(capsys):
    words = DateLexicon.load()
    assert len(set(words.months.values())) == 12 and len(set(words.weekdays.values())) == 7
    assert words.units["полгода"] == ("month", 6) and words.numbers["несколько"] is None
    assert main(["data", "check"]) == 0
    assert "date words:" in capsys.readouterr().out


@pytest.mark.parametrize("row, problem", [
    ("month\tсентябрище\t13", "from 1 to 12"),
    ("weekday\tвторник\t2", "listed twice"),
    ("month\tSeptember\t9", "lower-case Russian"),
    ("epoch\tэпоха\t1", "class 'epoch'"),
    ("season\tмежсезонье\tmonsoon", "not one of winter"),
    ("unit\tдесятилетие\tdecade", "class unit"),
    ("future\tгрядет\tyes", "takes no value"),
    ("half\tполчаса\t0.3", "ending in .5"),
])
def test_malformed_date_rows_are_reported(tmp_path, capsys, row, problem):
    root = data_with_row(tmp_path, "gkg/dates.tsv", row)
    with pytest.raises(DataError, match=problem):
        DateLexicon.load(root)
    assert main(["data", "check", "--root", str(root)]) == 1
    assert "dates.tsv" in capsys.readouterr().out


def test_a_month_without_forms_is_reported(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    path = root / "gkg" / "dates.tsv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("month\tмай")), encoding="utf-8")
    with pytest.raises(DataError, match="not every month"):
        DateLexicon.load(root)
