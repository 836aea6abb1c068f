"""Themes from events and words, on hand-built documents (no model)."""

from __future__ import annotations

import pytest

from letopis.errors import DataError
from letopis.gkg.themes import THRESHOLD, ThemeBook, assign_themes
from letopis.model import ActorRef, Event, SpanRef
from tests.factories import conll, data_with_row, make_doc


@pytest.fixture(scope="module")
def book():
    return ThemeBook.load()


def _event(code: str) -> Event:
    return Event(ActorRef("ARN", "Арнория", 0, 7), None, code, code[:2], 4, -10.0, None, False, 0,
                 SpanRef(0, 7, "Арнория"), "test", 0.9)


def _doc(lemmas: list[str]):
    return make_doc([[(w, w, "NOUN", "_", 0 if i == 0 else 1, "root" if i == 0 else "nmod") for i, w in enumerate(lemmas)]])


def test_events_and_words_give_a_theme_with_its_evidence(book):
    doc = _doc(["обстрел", "позиция"])
    doc.events = [_event("194"), _event("0256")]
    themes = {t["theme"]: t for t in assign_themes(doc, book)}
    conflict = themes["armed_conflict"]
    assert conflict["score"] == 2 + 1 and conflict["events"] == [0] and conflict["terms"] == ["обстрел"]
    assert "ceasefire_peacekeeping" not in themes  # one appeal alone (2 points) is below the threshold


def test_a_word_alone_is_below_the_threshold(book):
    doc = _doc(["выборы"])
    assert assign_themes(doc, book) == []
    doc = conll("""
        выборы      выборы      NOUN 0 root

        голосование голосование NOUN 0 root

        кандидат    кандидат    NOUN 0 root
    """)
    (elections,) = assign_themes(doc, book)
    assert elections["theme"] == "elections" and elections["score"] == THRESHOLD and elections["name_ru"] == "Выборы"


def test_a_word_counts_once_a_sentence(book):
    doc = _doc(["санкция", "санкция", "санкция"])
    assert assign_themes(doc, book) == []


@pytest.mark.parametrize("row, problem", [
    ("war\tterm\tвойна\t1", "has no name row"),
    ("armed_conflict\tcode\t999\t2", "unknown CAMEO code"),
    ("armed_conflict\tword\tвойна\t1", "signal 'word'"),
    ("armed_conflict\tterm\tВойна\t1", "one lower-case lemma"),
    ("armed_conflict\tterm\tвойна\tmany", "whole number"),
])
def test_malformed_theme_rows_are_reported(tmp_path, row, problem):
    root = data_with_row(tmp_path, "gkg/themes.tsv", row)
    with pytest.raises(DataError, match=problem):
        ThemeBook.load(root)
