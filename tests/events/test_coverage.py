"""Pattern coverage on hand-built parses (no model), and the ``patterns coverage`` command (slow)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from letopis.events.coder import Attempt, code_events
from letopis.events.coverage import COVERED, REPORTING, UNCOVERED, CoverageReport, predicate_uses
from letopis.events.patterns import PatternBook
from letopis.model import ActorMention, ActorRef, Doc, Event, SpanRef
from tests.factories import conll

ROOT = Path(__file__).resolve().parents[2]
# No pattern file: these tests are about coverage, not about what the dictionary holds.
BOOK = PatternBook({"обеспокоенный": []}, {}, 0)


def actor(doc: Doc, first: int, code: str, last: int | None = None) -> None:
    start, end = doc.tokens[first].start, doc.tokens[first if last is None else last].end
    doc.actors.append(ActorMention(code, doc.text[start:end], start, end, "country", "test", None, first))


def event_on(doc: Doc, sentence: int, first: int, last: int, source: str = "ARN") -> None:
    """An event whose evidence spans tokens ``first..last``, as if a pattern had coded it."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    doc.events.append(Event(ActorRef(source, source, 0, 0), None, "010", "01", 1, 0.0, None, False, sentence,
                            SpanRef(start, end, doc.text[start:end]), "test.rule", 0.6))


def coded(doc: Doc) -> Doc:
    doc.layers |= {"actors", "events"}
    return doc


def keeping(code: str = "ARN", doc_id: str = "t") -> Doc:
    """The doc "Арнория соблюдает перемирие с Гондорией"; no pattern has "соблюдать"."""
    doc = conll("""
        Арнория   арнория   PROPN 2 nsubj Case=Nom
        соблюдает соблюдать VERB  0 root  VerbForm=Fin
        перемирие перемирие NOUN  2 obj   Case=Acc
        с         с         ADP   5 case
        Гондорией гондория  PROPN 3 nmod  Case=Ins
    """, doc_id)
    actor(doc, 0, code)
    actor(doc, 4, "GON")
    return coded(doc)


def test_uncovered_predicate_with_an_actor_subject_is_listed():
    doc = keeping()
    uses = {u.lemma: u for u in predicate_uses(doc, BOOK, trace=[])}
    verb = uses["соблюдать"]
    assert verb.status == UNCOVERED and not verb.speech
    assert verb.subjects == ("ARN",) and verb.objects == ("GON",)
    assert verb.example == "Арнория [соблюдает] перемирие с Гондорией"
    # "перемирие с Гондорией" heads a phrase with an actor of its own.
    assert uses["перемирие"].objects == ("GON",) and uses["перемирие"].subjects == ()


def test_covered_predicate_is_not_listed():
    doc = keeping()
    event_on(doc, 0, 1, 2)  # evidence "соблюдает перемирие" covers both predicates
    report = CoverageReport(BOOK)
    uses = report.add(doc, trace=[])
    assert {u.lemma: u.status for u in uses} == {"соблюдать": COVERED, "перемирие": COVERED}
    assert report.lemmas == {}
    assert (report.totals.predicates, report.totals.covered, report.totals.share_covered) == (2, 2, 1.0)


def test_predicate_without_actor_arguments_is_not_counted():
    doc = conll("""
        Туристы  турист   NOUN 2 nsubj Case=Nom
        посетили посетить VERB 0 root
        музей    музей    NOUN 2 obj   Case=Acc
    """)
    assert predicate_uses(coded(doc), BOOK, trace=[]) == []


def test_actor_in_a_clause_below_an_object_is_no_argument():
    # "Туристы посетили музей, который построила Арнория": ARN acts in the relative clause only.
    doc = conll("""
        Туристы   турист    NOUN  2 nsubj     Case=Nom
        посетили  посетить  VERB  0 root
        музей     музей     NOUN  2 obj       Case=Acc
        ,         ,         PUNCT 6 punct
        который   который   PRON  6 obj       Case=Acc
        построила построить VERB  3 acl:relcl
        Арнория   арнория   PROPN 6 nsubj     Case=Nom
    """)
    actor(doc, 6, "ARN")
    assert [u.lemma for u in predicate_uses(coded(doc), BOOK, trace=[])] == ["построить"]


def test_nouns_inside_mentions_and_relational_nouns_are_no_predicates():
    # "министр обороны Арнории осмотрел территорию Гондории"
    doc = conll("""
        министр    министр    NOUN  4 nsubj Case=Nom
        обороны    оборона    NOUN  1 nmod  Case=Gen
        Арнории    арнория    PROPN 1 nmod  Case=Gen
        осмотрел   осмотреть  VERB  0 root
        территорию территория NOUN  4 obj   Case=Acc
        Гондории   гондория   PROPN 5 nmod  Case=Gen
    """)
    actor(doc, 0, "ARNMIL", 2)
    actor(doc, 5, "GON")
    (use,) = predicate_uses(coded(doc), BOOK, trace=[])
    assert (use.lemma, use.subjects, use.objects) == ("осмотреть", ("ARNMIL",), ("GON",))


def test_modal_verb_leaves_the_act_to_its_infinitive():
    # "Арнория может соблюдать перемирие"
    doc = conll("""
        Арнория   арнория   PROPN 2 nsubj Case=Nom
        может     мочь      VERB  0 root
        соблюдать соблюдать VERB  2 xcomp VerbForm=Inf
        перемирие перемирие NOUN  3 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    (use,) = predicate_uses(coded(doc), BOOK, trace=[])
    assert (use.lemma, use.subjects) == ("соблюдать", ("ARN",))


def test_trigger_adjective_with_an_actor_subject_is_a_predicate():
    doc = conll("""
        Арнория     арнория       PROPN 2 nsubj Case=Nom
        обеспокоена обеспокоенный ADJ   0 root  Variant=Short
    """)
    actor(doc, 0, "ARN")
    trace = [Attempt(0, "обеспокоена", "ru.concern.v1", "no complement (x) in the phrase")]
    (use,) = predicate_uses(coded(doc), BOOK, trace)
    assert use.status == UNCOVERED and use.attempts == (("ru.concern.v1", "no complement (x) in the phrase"),)


def reported(event_in_clause: bool) -> Doc:
    # "Арнория заявила, что Гондория соблюдает перемирие"
    doc = conll("""
        Арнория   арнория   PROPN 2 nsubj Case=Nom
        заявила   заявить   VERB  0 root
        что       что       SCONJ 5 mark
        Гондория  гондория  PROPN 5 nsubj Case=Nom
        соблюдает соблюдать VERB  2 ccomp
        перемирие перемирие NOUN  5 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 3, "GON")
    if event_in_clause:
        event_on(doc, 0, 4, 5, "GON")
    return coded(doc)


def test_speech_verb_of_a_coded_clause_is_reporting_and_otherwise_listed_flagged():
    (speech,) = [u for u in predicate_uses(reported(True), BOOK, trace=[]) if u.lemma == "заявить"]
    assert speech.status == REPORTING
    # The clause's subject is not the speech verb's argument.
    assert speech.subjects == ("ARN",) and speech.objects == ()
    report = CoverageReport(BOOK)
    report.add(reported(False), trace=[])
    stats = report.lemmas["заявить"]
    assert stats.speech and stats.to_json()["speech_verb"] is True
    assert report.lemmas["соблюдать"].subjects == {"GON": 1}


def test_aggregation_counts_articles_codes_failures_and_the_shortest_example():
    long = conll("""
        Арнория   арнория   PROPN 2 nsubj Case=Nom
        соблюдает соблюдать VERB  0 root
        перемирие перемирие NOUN  2 obj   Case=Acc
        на        на        ADP   5 case
        границе   граница   NOUN  2 obl   Case=Loc
        с         с         ADP   7 case
        Гондорией гондория  PROPN 5 nmod  Case=Ins
    """, "a")
    actor(long, 0, "ARN")
    actor(long, 6, "GON")
    report = CoverageReport(BOOK)
    report.add(coded(long), trace=[Attempt(0, "соблюдает", "ru.x.v1", "negated")])
    report.add(keeping("MOR", "b"), trace=[Attempt(0, "соблюдает", "ru.x.v1", "negated")])
    doc_c = conll("""
        Арнория   арнория   PROPN 2 nsubj Case=Nom
        соблюдает соблюдать VERB  0 root

        Арнория   арнория   PROPN 2 nsubj Case=Nom
        соблюдает соблюдать VERB  0 root
    """, "c")
    actor(doc_c, 0, "ARN")
    actor(doc_c, 2, "ARN")
    report.add(coded(doc_c), trace=[])
    stats = report.lemmas["соблюдать"]
    assert (stats.count, len(stats.articles)) == (4, 3)
    data = stats.to_json()
    assert data["subjects"] == [["ARN", 3], ["MOR", 1]]
    assert data["objects"] == [["GON", 2]]
    assert data["failed_patterns"] == [{"rule": "ru.x.v1", "outcome": "negated", "count": 2}]
    assert data["example"] == "Арнория [соблюдает]"
    assert report.ranked()[0].lemma == "соблюдать"
    assert [s.lemma for s in report.ranked()] == ["соблюдать", "перемирие"]
    assert [s.lemma for s in report.ranked(min_count=2)] == ["соблюдать"]
    assert [s.lemma for s in report.ranked(top=1)] == ["соблюдать"]
    totals = report.totals.to_json()
    assert (totals["articles"], totals["sentences"], totals["sentences_with_actors"]) == (3, 4, 4)
    assert totals["covered"] == 0 and totals["uncovered"] == totals["predicates_with_actors"] == 5


def test_without_an_events_layer_the_coder_is_run():
    # With no trace and no events layer, coverage runs the real coder ("осудить" is a pattern).
    book = PatternBook.load()
    doc = conll("""
        Арнория  арнория  PROPN 2 nsubj Case=Nom
        осудила  осудить  VERB  0 root
        Гондорию гондория PROPN 2 obj   Case=Acc
    """)
    actor(doc, 0, "ARN")
    actor(doc, 2, "GON")
    doc.layers.add("actors")
    (use,) = predicate_uses(doc, book)
    assert use.status == COVERED and code_events(doc, book)
    assert use.attempts and all(rule for rule, _ in use.attempts)


@pytest.mark.slow
def test_patterns_coverage_command_on_the_samples():
    command = [sys.executable, "-m", "letopis.cli.main", "patterns", "coverage", str(ROOT / "samples" / "articles.jsonl")]
    table = subprocess.run(command + ["--top", "5"], capture_output=True, text=True, cwd=ROOT)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].startswith("articles: 5 (0 failed)")
    assert "predicates with actors:" in lines[1] and "covered by patterns:" in lines[1]
    assert lines[4].split() == ["count", "arts", "lemma", "pos", "subjects", "objects"]
    assert sum(1 for line in lines if line.lstrip().startswith("e.g. ")) == 5
    assert all("[" in line for line in lines if line.lstrip().startswith("e.g. "))
    rows = subprocess.run(command + ["--format", "jsonl", "--top", "3"], capture_output=True, text=True, cwd=ROOT)
    assert rows.returncode == 0, rows.stderr
    records = [json.loads(line) for line in rows.stdout.splitlines()]
    assert len(records) == 3
    assert [r["count"] for r in records] == sorted((r["count"] for r in records), reverse=True)
    for record in records:
        assert set(record) >= {"lemma", "pos", "count", "articles", "speech_verb", "subjects", "objects",
                               "failed_patterns", "example"}
        assert "[" in record["example"] and "]" in record["example"]
    totals = json.loads(rows.stderr.strip().splitlines()[-1].split(": ", 1)[1])
    assert totals["articles"] == 5 and totals["sentences"] > 0
    assert 0 <= totals["share_covered"] <= 1
