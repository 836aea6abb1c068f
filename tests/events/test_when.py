import pytest

from letopis.events.when import is_background, reference_date, sentence_date, timeline


@pytest.mark.parametrize("text, expected", [
    ("В сентябре 2020 года было подписано соглашение", "2020-09"),
    ("13 сентября 2022 года начались бои", "2022-09-13"),
    ("в мае 2019 г. стороны договорились", "2019-05"),
    ("В 2014 году Крым был аннексирован", "2014"),
    ("Соглашение подписано 1 марта 2021 года в Москве", "2021-03-01"),
    ("Переговоры прошли во вторник", None),
    ("В 20 странах прошли акции", None),
    # A bare genitive year says which thing a noun means, not when the act happened.
    ("Израиль отказывается признать государство в границах 1967 года", None),
    ("После выборов 2008 года оппозиция ушла из парламента в 2010 году", "2010"),
    ("1 июля 2019 года суд признал его виновным", "2019-07-01"),
])
def test_sentence_date(text, expected):
    assert sentence_date(text) == expected


def test_background_is_an_act_before_the_publication_month():
    assert is_background("2020-09", "2022-09-13")
    assert is_background("2014", "2022-09-13")
    assert not is_background("2022-09-12", "2022-09-13")
    assert not is_background("2022", "2022-09-13")
    assert not is_background(None, "2022-09-13")
    assert not is_background("2020-09", None)


def test_a_day_is_background_only_when_more_than_a_week_before_the_reference_day():
    assert is_background("2019-07-01", "2019-07-11")  # "1 июля" in a report of 11 July
    assert not is_background("2019-07-04", "2019-07-11")
    assert not is_background("2022-08-31", "2022-09-01")  # "вчера" on the first of the month


@pytest.mark.parametrize("text, reference, expected", [
    ("Накануне стороны договорились о перемирии", "2022-09-13", "2022-09-12"),
    ("В прошлом году переговоры сорвались", "2022-09-13", "2021"),
    ("Во вторник, 6 сентября, министр заявил", "2022-09-13", "2022-09-06"),
    ("Накануне стороны договорились о перемирии", None, None),
    ("Вчера, 12 сентября 2022 года, начались бои", None, "2022-09-12"),
    ("В 2014 году, а затем 1 марта 2015 года", None, "2015-03-01"),  # the most precise date
])
def test_sentence_date_resolves_relative_expressions_against_a_reference(text, reference, expected):
    assert sentence_date(text, reference) == expected


def test_timeline_dates_relative_expressions_against_the_publication_date():
    texts = [
        "Накануне Армения обвинила Азербайджан в обстреле.",
        "В прошлом году стороны подписали соглашение.",
        "Посредником выступила Россия.",
        "Вчера министр заявил о перемирии.",
        "Три дня назад начались бои.",
        "Ранее на этой неделе министры встретились.",
        "Во вторник министры встретятся снова.",
    ]
    assert timeline(texts, "2022-09-13") == [
        ("2022-09-12", False),
        ("2021", True),
        ("2021", True),  # goes on with the recalled sentence
        ("2022-09-12", False),  # a day of this week ends the recalled story
        ("2022-09-10", True),  # "N дней назад" is recalled
        ("2022-09-12", True),  # an opening "Ранее" with a relative date is recalled
        ("2022-09-13", False),
    ]


def test_without_a_publication_date_only_a_month_alone_is_resolved_against_the_latest_full_date():
    texts = [
        "11 июля 2019 года Навальный вышел на свободу.",
        "В прошлом году его приговорили к аресту.",
        "Вчера он заявил о давлении.",
        "В июне полиция задержала более 500 человек.",
    ]
    assert reference_date(texts, None) == "2019-07-11"
    assert timeline(texts, None) == [
        ("2019-07-11", False),
        (None, True),  # "В прошлом ..." opens a recalled sentence, but its year needs the publication date
        (None, False),  # "вчера" needs it too, and ends the recalled story
        ("2019-06", True),  # the last June up to 11 July 2019
    ]
