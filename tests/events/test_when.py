import pytest

from letopis.events.when import is_background, sentence_date


@pytest.mark.parametrize("text, expected", [
    ("В сентябре 2020 года было подписано соглашение", "2020-09"),
    ("13 сентября 2022 года начались бои", "2022-09-13"),
    ("в мае 2019 г. стороны договорились", "2019-05"),
    ("В 2014 году Крым был аннексирован", "2014"),
    ("Соглашение подписано 1 марта 2021 года в Москве", "2021-03-01"),
    ("Переговоры прошли во вторник", None),
    ("В 20 странах прошли акции", None),
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
