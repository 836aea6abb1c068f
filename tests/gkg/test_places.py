"""Places: the gazetteer (loader and validator), place mentions with their disambiguation, event locations."""

from __future__ import annotations

import shutil

import pytest

from letopis.actors.lexicon import data_dir
from letopis.cli.main import main
from letopis.errors import DataError
from letopis.gkg.event_places import link_events
from letopis.gkg.gazetteer import Gazetteer, Place, name_key
from letopis.gkg.places import PlaceIndex, find_locations
from letopis.model import ActorMention, ActorRef, Entity, Event, SpanRef
from tests.factories import conll, make_doc


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


# --- place mentions on hand-built documents ------------------------------------------------------

def w(word, lemma, pos, head, rel, feats="_"):
    """One CoNLL-U-like row for make_doc."""
    return (word, lemma, pos, feats, head, rel)


def _place(id_, name, country, type_, lat, lon, population, aliases=()):
    return Place(id_, name, tuple(aliases), country, type_, lat, lon, population)


TOY_PLACES = [
    _place("gn:1", "Армения", "ARM", "country", 40.2, 44.6, 3_000_000),
    _place("gn:2", "Азербайджан", "AZE", "country", 40.3, 48.2, 10_000_000),
    _place("gn:3", "Россия", "RUS", "country", 54.7, 44.9, 144_000_000),
    _place("gn:4", "США", "USA", "country", 39.5, -85.8, 327_000_000),
    _place("gn:5", "Того", "TGO", "country", 8.0, 1.0, 8_000_000),
    _place("gn:10", "Москва", "RUS", "city", 55.75, 37.62, 10_000_000),
    _place("gn:11", "Москва", "USA", "city", 46.73, -117.0, 25_000),
    _place("gn:12", "Донецк", "UKR", "city", 48.02, 37.80, 900_000),
    _place("gn:13", "Донецк", "RUS", "city", 48.34, 39.95, 50_000),
    _place("gn:14", "Вашингтон", "USA", "city", 38.9, -77.0, 690_000),
    _place("lp:nagornyy-karabakh", "Нагорный Карабах", "AZE", "territory", 39.82, 46.75, 120_000, ("Карабах",)),
]
ADJECTIVES = {"армянский": "ARM", "армянские": "ARM", "армянских": "ARM", "азербайджанской": "AZE",
              "азербайджанская": "AZE", "российский": "RUS"}
COMBINING = {"армяно": "ARM", "азербайджано": "AZE", "российско": "RUS"}


@pytest.fixture(scope="module")
def index():
    from natasha import MorphVocab

    by_key: dict = {}
    for place in TOY_PLACES:
        for name in place.names:
            by_key.setdefault(name_key(name), []).append(place)
    toy = Gazetteer({p.id: p for p in TOY_PLACES}, by_key, {p.country: p for p in TOY_PLACES if p.type == "country"})
    return PlaceIndex.build(toy, MorphVocab())


def entity(doc, first, last, type_, normal):
    start, end = doc.tokens[first].start, doc.tokens[last].end
    doc.entities.append(Entity(type_, start, end, doc.text[start:end], normal))


def locate(doc, index):
    return find_locations(doc, index, ADJECTIVES, COMBINING)


def test_a_loc_entity_in_any_case_is_geocoded(index):
    doc = conll("""
        Бои      бой      NOUN  2 nsubj
        идут     идти     VERB  0 root
        в        в        ADP   5 case
        Нагорном нагорный ADJ   5 amod
        Карабахе карабах  PROPN 2 obl
    """)
    entity(doc, 3, 4, "LOC", "Нагорный Карабах")
    (loc,) = locate(doc, index)
    assert (loc.text, loc.id, loc.country, loc.type, loc.rule) == ("Нагорном Карабахе", "lp:nagornyy-karabakh", "AZE",
                                                                   "territory", "ner.loc")
    assert (loc.lat, loc.lon) == (39.82, 46.75) and loc.to_json()["countries"] == ["AZE"]


def test_a_place_the_tagger_missed_is_found_in_its_inflected_form(index):
    doc = conll("""
        Бои      бой     NOUN  2 nsubj
        идут     идти    VERB  0 root
        в        в       ADP   4 case
        Карабахе карабах PROPN 2 obl
    """)
    (loc,) = locate(doc, index)
    assert (loc.text, loc.name, loc.rule) == ("Карабахе", "Нагорный Карабах", "lexicon")


def test_a_capitalised_common_word_opening_a_sentence_is_not_a_place(index):
    doc = conll("""
        Того   тот    DET   2 det
        же     же     PART  1 advmod
        мнения мнение NOUN  0 root
        и      и      CCONJ 5 cc
        Того   того   PROPN 3 conj
    """)
    assert [loc.start for loc in locate(doc, index)] == [doc.tokens[4].start]


def test_a_place_name_inside_a_person_name_is_not_a_place(index):
    doc = conll("""
        Джордж    джордж    PROPN 0 root
        Вашингтон вашингтон PROPN 1 flat:name
    """)
    entity(doc, 0, 1, "PER", "Джордж Вашингтон")
    assert locate(doc, index) == []


def test_namesakes_go_to_the_country_the_article_names(index):
    def donetsk(context):
        rows = [w("Обстрел", "обстрел", "NOUN", 0, "root"), w("Донецка", "донецк", "PROPN", 1, "nmod")]
        rows += [w(word, word.lower(), "PROPN", 1, "nmod") for word in context]
        doc = make_doc([rows])
        entity(doc, 1, 1, "LOC", "Донецк")
        for number, word in enumerate(context, 2):
            entity(doc, number, number, "LOC", word)
        return locate(doc, index)[0]

    assert donetsk([]).country == "UKR"  # the bigger one
    assert donetsk(["России"]).country == "RUS"
    moscow = conll("""
        Москва москва PROPN 0 root
        США    сша    PROPN 1 nmod
    """)
    entity(moscow, 0, 0, "LOC", "Москва")
    entity(moscow, 1, 1, "LOC", "США")
    assert locate(moscow, index)[0].country == "RUS"  # ten million against twenty-five thousand


def test_a_compound_adjective_on_a_border_is_a_border_between_the_two(index):
    doc = conll("""
        на                     на                     ADP  3 case
        армяно-азербайджанской армяно-азербайджанский ADJ  3 amod
        границе                граница                NOUN 0 root
    """)
    (loc,) = locate(doc, index)
    assert (loc.text, loc.id, loc.type, loc.countries) == ("армяно-азербайджанской границе", "border:ARM-AZE", "border",
                                                           ["ARM", "AZE"])
    assert loc.lat == pytest.approx((40.2 + 40.3) / 2) and loc.lon == pytest.approx((44.6 + 48.2) / 2)


def test_a_country_adjective_names_a_place_only_on_a_place_noun(index):
    doc = conll("""
        армянские армянский ADJ  2 amod
        села      село      NOUN 0 root

        армянский армянский ADJ  2 amod
        премьер   премьер   NOUN 0 root
    """)
    (loc,) = locate(doc, index)
    assert (loc.text, loc.country, loc.type, loc.rule) == ("армянские села", "ARM", "country", "adjective")


def test_a_direction_noun_gives_the_part_of_the_place(index):
    doc = conll("""
        на      на      ADP   2 case
        юге     юг      NOUN  0 root
        Армении армения PROPN 2 nmod
    """)
    entity(doc, 2, 2, "LOC", "Армения")
    (loc,) = locate(doc, index)
    assert (loc.text, loc.part, loc.country, loc.start) == ("юге Армении", "south", "ARM", doc.tokens[1].start)


# --- event locations ---------------------------------------------------------------------------

def _event(doc, source, target, evidence):
    first, last = evidence
    start, end = doc.tokens[first].start, doc.tokens[last].end

    def ref(span):
        if span is None:
            return None
        s, e = doc.tokens[span[0]].start, doc.tokens[span[1]].end
        return ActorRef(span[2], doc.text[s:e], s, e)

    return Event(ref(source), ref(target), "195", "19", 4, -10.0, None, False, 0, SpanRef(start, end, doc.text[start:end]),
                 "test", 0.9)


def _shelling():
    # "Азербайджан обстрелял села на юге Армении"
    doc = conll("""
        Азербайджан азербайджан PROPN 2 nsubj
        обстрелял   обстрелять  VERB  0 root
        села        село        NOUN  2 obj
        на          на          ADP   5 case
        юге         юг          NOUN  3 nmod
        Армении     армения     PROPN 5 nmod
    """)
    entity(doc, 0, 0, "LOC", "Азербайджан")
    entity(doc, 5, 5, "LOC", "Армения")
    return doc


def test_an_event_is_placed_where_a_locative_phrase_ties_a_place_to_its_predicate(index):
    doc = _shelling()
    doc.events = [_event(doc, (0, 0, "AZE"), None, (1, 1))]
    locations = locate(doc, index)
    assert [loc.text for loc in locations] == ["Азербайджан", "юге Армении"]
    assert link_events(doc, locations) == [{"event": 0, "location": 1, "id": "gn:1"}]


def test_the_event_source_or_target_is_not_where_it_happened(index):
    doc = conll("""
        Азербайджан азербайджан PROPN 2 nsubj
        обстрелял   обстрелять  VERB  0 root
        Армению     армения     PROPN 2 obj
    """)
    entity(doc, 0, 0, "LOC", "Азербайджан")
    entity(doc, 2, 2, "LOC", "Армения")
    doc.events = [_event(doc, (0, 0, "AZE"), (2, 2, "ARM"), (1, 1))]
    assert link_events(doc, locate(doc, index)) == []


def test_a_place_in_a_reported_clause_is_not_where_the_statement_was_made(index):
    # "Армения заявила, что в Карабахе идут бои"
    doc = conll("""
        Армения  армения PROPN 2 nsubj
        заявила  заявить VERB  0 root
        ,        ,       PUNCT 7 punct
        что      что     SCONJ 7 mark
        в        в       ADP   6 case
        Карабахе карабах PROPN 7 obl
        идут     идти    VERB  2 ccomp
        бои      бой     NOUN  7 nsubj
    """)
    doc.events = [_event(doc, (0, 0, "ARM"), None, (1, 1)), _event(doc, (0, 0, "ARM"), None, (7, 7))]
    locations = locate(doc, index)
    assert link_events(doc, locations) == [{"event": 1, "location": 1, "id": "lp:nagornyy-karabakh"}]


# --- the real pipeline ---------------------------------------------------------------------------

def test_the_stages_are_in_the_default_pipeline_in_order():
    from letopis.pipeline import registry
    from letopis.settings import DEFAULT_PIPELINE

    assert {"gkg.locations", "gkg.event_locations"} <= set(registry())
    order = list(DEFAULT_PIPELINE)
    assert order.index("actors.resolve") < order.index("gkg.locations") < order.index("events.cameo")
    assert order.index("events.cameo") < order.index("gkg.event_locations")


@pytest.mark.slow
def test_places_on_the_real_pipeline(pipeline):
    from letopis.model import Article

    text = ("Азербайджанские военные обстреляли армянские села на юге Армении. "
            "На армяно-азербайджанской границе возобновились столкновения. "
            "В Нагорном Карабахе объявлено военное положение, сообщили в Степанакерте. "
            "Переговоры прошли в южной части Грузии.")
    record = pipeline.process(Article(id="places", text=text, date="2022-09-13")).to_record().to_json()
    by_text = {loc["text"]: loc for loc in record["locations"]}
    for loc in record["locations"]:
        assert text[loc["start"] : loc["end"]] == loc["text"]
    border = by_text["армяно-азербайджанской границе"]
    assert border["type"] == "border" and border["countries"] == ["ARM", "AZE"] and border["id"] == "border:ARM-AZE"
    karabakh = by_text["Нагорном Карабахе"]
    assert karabakh["name"] == "Нагорный Карабах" and karabakh["country"] == "AZE" and karabakh["type"] == "territory"
    assert 39 < karabakh["lat"] < 41 and 46 < karabakh["lon"] < 48
    assert by_text["юге Армении"]["part"] == "south" and by_text["юге Армении"]["country"] == "ARM"
    assert by_text["южной части Грузии"]["part"] == "south"
    assert by_text["армянские села"]["country"] == "ARM"
    assert by_text["Степанакерте"]["type"] == "city"
    shelling = next(i for i, e in enumerate(record["events"]) if e["source"]["code"].startswith("AZE"))
    linked = {link["event"]: record["locations"][link["location"]]["text"] for link in record["event_locations"]}
    assert linked[shelling] == "юге Армении"


def test_a_preposition_on_an_act_noun_does_not_place_the_act(index):
    # "Азербайджан обвинил Армению в обстреле Карабаха": the accusation was not made in Karabakh.
    doc = conll("""
        Азербайджан азербайджан PROPN 2 nsubj
        обвинил     обвинить    VERB  0 root
        Армению     армения     PROPN 2 obj
        в           в           ADP   5 case
        обстреле    обстрел     NOUN  2 obl
        Карабаха    карабах     PROPN 5 nmod
    """)
    doc.events = [_event(doc, (0, 0, "AZE"), (2, 2, "ARM"), (1, 1))]
    assert link_events(doc, locate(doc, index)) == []


def test_a_place_naming_a_square_is_not_where_the_rally_was(index):
    # "вышли на площадь Армении"
    doc = conll("""
        вышли   выйти   VERB  0 root
        на      на      ADP   3 case
        площадь площадь NOUN  1 obl
        Армении армения PROPN 3 nmod
    """)
    entity(doc, 3, 3, "LOC", "Армения")
    doc.events = [_event(doc, None, None, (0, 0))]
    assert link_events(doc, locate(doc, index)) == []


def test_a_direction_of_the_country_is_the_part_of_the_country_named_before(index):
    doc = conll("""
        Бои      бой      NOUN  2 nsubj
        идут     идти     VERB  0 root
        в        в        ADP   4 case
        Армении  армения  PROPN 2 obl

        На       на       ADP   2 case
        юге      юг       NOUN  4 obl
        страны   страна   NOUN  2 nmod
        стреляют стрелять VERB  0 root
    """)
    entity(doc, 3, 3, "LOC", "Армения")
    last = locate(doc, index)[-1]
    assert (last.text, last.country, last.part, last.rule) == ("юге страны", "ARM", "south", "direction.country")


def test_a_seat_is_put_at_its_state_capital(index):
    from letopis.model import ActorMention

    doc = conll("""
        встреча встреча NOUN  0 root
        в       в       ADP   3 case
        Кремле  кремль  PROPN 1 nmod
    """)
    start, end = doc.tokens[2].start, doc.tokens[2].end
    doc.actors.append(ActorMention("RUSGOV", "Кремле", start, end, "seat", "lexicon.seat", "seat:Кремль", 2))
    (loc,) = find_locations(doc, index, ADJECTIVES, COMBINING, {"RUS": "Москва"})
    assert (loc.text, loc.id, loc.country, loc.rule) == ("Кремле", "gn:10", "RUS", "seat")


def test_a_place_the_tagger_took_for_a_person_is_a_place_after_a_preposition(index):
    doc = conll("""
        у       у      ADP   2 case
        Донецка донецк PROPN 0 root

        у       у      ADP   2 case
        Москвы  москва PROPN 0 root
    """)
    entity(doc, 1, 1, "PER", "Донецк")
    entity(doc, 3, 3, "PER", "Москва")
    doc.actors.append(ActorMention("RUSGOV", "Москвы", doc.tokens[3].start, doc.tokens[3].end, "person", "kb", "x", 3))
    assert [(loc.text, loc.rule) for loc in locate(doc, index)] == [("Донецка", "ner.per")]
