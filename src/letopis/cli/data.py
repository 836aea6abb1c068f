"""``letopis data check``: validate every shipped (and user) data file."""

from __future__ import annotations

import argparse

from letopis.actors.lexicon import ActorLexicon, data_dir
from letopis.cli.options import add_settings_options, settings_from
from letopis.errors import DataError
from letopis.events.patterns import PatternBook
from letopis.gkg.datewords import DateLexicon
from letopis.gkg.gazetteer import Gazetteer
from letopis.gkg.themes import ThemeBook
from letopis.gkg.tone_model import EntityToneModel
from letopis.gkg.tone_words import ToneWords
from letopis.gkg.speech import SpeechLexicon


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("data", help="check the data files", description="Work with letopis data files.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="validate the data files",
        description="Load and validate every data file (and the user actor files of the settings); "
        "print what they hold, or the file, line and problem of the first malformed row.",
    )
    check.add_argument("--root", help="a data folder to check instead of the shipped one")
    add_settings_options(check)
    check.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    root = data_dir() if args.root is None else __import__("pathlib").Path(args.root)
    try:
        lexicon = ActorLexicon.load(root, settings.actor_files)
        patterns = PatternBook.load(root)
        speech = SpeechLexicon.load(root)
        dates = DateLexicon.load(root)
        gazetteer = Gazetteer.load(root)
        themes = ThemeBook.load(root)
        tone = ToneWords.load(root)
        tone_model = EntityToneModel.load(root / "tone")
    except DataError as exc:
        print(f"letopis data check: FAILED: {exc.message}")
        return 1
    offices = sum(len(p.offices) for p in lexicon.persons.values())
    print(f"data folder: {root}")
    print(f"countries: {len(lexicon.countries)}  seats: {len(lexicon.seats)}  role nouns: {len(lexicon.roles)}  "
          f"organisations: {len(lexicon.organisations)}  persons: {len(lexicon.persons)}  offices: {offices}")
    print(f"event patterns: {patterns.size}  CAMEO codes: {len(patterns.codes)}")
    print(f"speech words: {len(speech.verbs)} verbs  {len(speech.nouns)} statement nouns  {len(speech.cues)} cues  "
          f"{len(speech.marks)} quotation marks  {len(speech.dashes)} dashes")
    print(f"date words: {dates.size} forms  {len(dates.months)} of months  {len(dates.weekdays)} of weekdays  "
          f"{len(dates.numbers) + len(dates.ordinals)} of numbers  {len(dates.future)} future words")
    print(f"themes: {len(themes.themes)}  signals: {sum(len(t.codes) + len(t.terms) for t in themes.themes)}")
    print(f"gazetteer: {gazetteer.size} places  {gazetteer.count('country')} countries  "
          f"{gazetteer.count('region')} regions  {gazetteer.count('territory')} territories  {gazetteer.count('city')} cities")
    print(f"tone words: {tone.positive} positive  {tone.negative} negative  {len(tone.active)} active  "
          f"entity tone model: version {tone_model.version}, {len(tone_model.vocabulary)} lemma features")
    print("letopis data check: OK")
    return 0
