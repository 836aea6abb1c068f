"""The shapes of Russian date expressions, as regular expressions built from the date words.

Each rule is one shape ("13 сентября 2022 года", "в прошлую пятницу", "три дня
назад") with named groups that :mod:`letopis.gkg.dates` reads to resolve it.
The grammar is code; the words it is built from are data
(:class:`letopis.gkg.datewords.DateLexicon`). Groups used by the resolver:

- ``d1``/``d2`` a day written in digits, ``o1``/``o2`` a day written as an
  ordinal ("двадцать пятого"), ``m1``/``m2`` a month name, ``y1``/``y2`` a year
  in digits, ``r1``/``r2`` a shifted year ("прошлого года");
- ``w`` a weekday, ``s`` a shift adjective, ``p`` a part ("в начале"),
  ``se`` a season, ``u`` a unit, ``n`` a count, ``h`` a count with a half,
  ``dw`` a day adverb, ``dec``/``decw`` a decade, ``c`` a century.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from letopis.gkg.datewords import ATTRIBUTES, DateLexicon

_YEAR_WORD = r"(?:годах|годов|годы|года|году|годом|год|гг\.|г\.|гг(?!\w)|г(?!\w))"
_NUMERIC_DAY = r"(?:0?[1-9]|[12]\d|3[01])"


def _alt(forms: Iterable[str]) -> str:
    """A pattern matching any of ``forms``, longest first, a space matching any whitespace.

    The forms are merged into a trie ("ма(?:й|я|е)"), so that the pattern costs
    the length of a word to try, not the number of forms.
    """
    trie: dict[str, dict] = {}
    for form in set(forms):
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape of date expression: its name (the resolver to use), its compiled pattern, and
    the kinds of word it needs: one of each group must be in a text for the pattern to be tried."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...]


# The kinds of word each rule needs: one of each group must stand in the text. The first group
# is the rule's anchor: a match starts on its word or on one of the _REACH words before it
# ("в ночь с понедельника на вторник", "в прошлый вторник, 6 сентября"), so a rule is tried
# only at those word starts, and most sentences try none.
_REACH = 5
_DAY_WORD = frozenset({"digit", "ordinal"})
_NEEDS: dict[str, tuple[frozenset[str], ...]] = {
    "day_range": (_DAY_WORD, frozenset({"month"})), "day_range_dash": (frozenset({"digit"}), frozenset({"month"})),
    "month_range": (frozenset({"month"}),), "year_range": (frozenset({"digit"}),),
    "year_range_dash": (frozenset({"digit"}),), "date": (_DAY_WORD, frozenset({"month"})),
    "numeric": (frozenset({"digit"}),), "iso": (frozenset({"digit"}),), "month": (frozenset({"month"}),),
    "year": (frozenset({"digit"}),), "shifted": (frozenset({"shift"}), frozenset({"unit"})),
    "season": (frozenset({"season"}),), "weekday": (frozenset({"weekday"}),), "day": (frozenset({"day"}),),
    "eve": (frozenset({"eve"}),), "vague": (frozenset({"vague"}),), "ago": (frozenset({"unit"}), frozenset({"назад"})),
    "after": (frozenset({"через"}), frozenset({"unit"})), "decade": (frozenset({"digit"}),),
    "decade_word": (frozenset({"decade"}),), "century": (frozenset({"digit", "roman"}),),
}
_TOKEN = re.compile(r"\w+")
Candidate = tuple[int, int, int, Rule, "re.Match[str]"]
_ROMAN = re.compile(r"^[ivx]+$")
_DIGIT, _ROMAN_KIND = {"digit"}, {"roman"}


class DateGrammar:
    """The compiled rules for one date lexicon.

    >>> grammar = DateGrammar(DateLexicon.load())
    >>> [rule.name for rule in grammar.rules][:3]
    ['day_range', 'day_range_dash', 'month_range']
    """

    def __init__(self, words: DateLexicon) -> None:
        self.words = words
        month, weekday = _alt(words.months), _alt(words.weekdays)
        shift, part, season = _alt(words.shifts), _alt(words.parts), _alt(words.seasons)
        daytime, count_word = _alt(words.daytimes), _alt(words.numbers)
        units = _alt(words.units)
        ordinal = _alt(words.ordinals)
        tens = _alt(f for f, v in words.numbers.items() if v in (20, 30))
        prep = r"(?:(?:в|во)\s+)?"

        def day(n: int) -> str:
            return rf"(?:(?P<d{n}>{_NUMERIC_DAY})(?:-?(?:го|е))?|(?P<o{n}>(?:{tens}\s+)?{ordinal}))"

        def year(n: int) -> str:
            return rf"(?:(?P<y{n}>[12]\d{{3}})(?:-?(?:м|го|й))?(?:\s*{_YEAR_WORD})?|(?P<r{n}>{shift})\s+(?:года|году|год))"

        def full_year(n: int) -> str:
            return rf"(?P<y{n}>[12]\d{{3}})(?:-?(?:м|го|й)(?:\s+{_YEAR_WORD})?|\s*{_YEAR_WORD})"

        daytime_before = rf"(?:{daytime}\s+)?"
        daytime_after = rf"(?:\s+{daytime})?"
        shapes = [
            ("day_range", rf"(?:с|со)\s+{day(1)}(?:\s+(?P<m1>{month})(?:\s+{year(1)})?)?\s+(?:по|до)\s+{day(2)}\s+(?P<m2>{month})(?:\s+{year(2)})?"),
            ("day_range_dash", rf"(?P<d1>{_NUMERIC_DAY})\s*[-–—]\s*(?P<d2>{_NUMERIC_DAY})\s+(?P<m2>{month})(?:\s+{year(2)})?"),
            ("month_range", rf"(?:с|со)\s+(?P<m1>{month})(?:\s+{year(1)})?\s+(?:по|до)\s+(?P<m2>{month})(?:\s+{year(2)})?"),
            ("year_range", rf"(?:с|со)\s+(?P<y1>[12]\d{{3}})(?:\s*{_YEAR_WORD})?\s+(?:по|до)\s+{full_year(2)}"),
            ("year_range_dash", rf"{prep}(?P<y1>[12]\d{{3}})\s*[-–—]\s*{full_year(2)}"),
            ("date", rf"(?:{prep}(?:{shift}\s+)?{weekday}\s*,?\s*)?{prep}{day(1)}\s+(?P<m1>{month})(?:\s+{year(1)})?{daytime_after}"),
            ("numeric", rf"(?P<d1>{_NUMERIC_DAY})\.(?P<m1>0?[1-9]|1[0-2])\.(?P<y1>[12]\d{{3}})(?:\s*{_YEAR_WORD})?"),
            ("iso", r"(?P<y1>[12]\d{3})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])"),
            ("month", rf"(?:(?P<in>в|во)\s+)?(?:(?P<p>{part})\s+)?(?P<m1>{month})(?:\s+{year(1)})?"),
            ("year", rf"{prep}(?:(?P<p>{part})\s+)?{full_year(1)}"),
            ("shifted", rf"(?:(?:в|во|на)\s+)?(?:(?P<p>{part})\s+)?(?P<s>{shift})\s+(?P<u>неделе|недели|неделю|месяце|месяца|месяц|году|года|год)"),
            ("season", rf"{prep}(?:(?P<p>{part})\s+)?(?:(?P<s>{shift})\s+)?(?P<se>{season})(?:\s+{year(1)})?"),
            ("weekday", rf"{daytime_before}(?:в|во)\s+(?:ночь\s+(?:(?:с|со)\s+{weekday}\s+)?на\s+)?(?:(?P<s>{shift})\s+)?(?P<w>{weekday}){daytime_after}"),
            ("day", rf"{daytime_before}(?P<dw>{_alt(words.days)}){daytime_after}"),
            ("eve", rf"(?P<dw>{_alt(words.eve)}){daytime_after}"),
            ("vague", _alt(words.vague)),
            ("ago", rf"(?:{self._count(count_word)}\s+)?(?P<u>{units})\s+(?:тому\s+)?назад"),
            ("after", rf"через\s+(?:{self._count(count_word)}\s+)?(?P<u>{units})"),
            ("decade", rf"{prep}(?:(?P<p>{part})\s+)?(?P<dec>(?:1[89]|20)?\d0)-?(?:х|е|ые|ых)(?:\s+(?:годах|годов|годы|года|гг\.))?"),
            ("decade_word", rf"{prep}(?:(?P<p>{part})\s+)?(?P<decw>{_alt(words.decades)})(?:\s+(?:годах|годов|годы|года))?"),
            ("century", rf"{prep}(?:(?P<p>{part})\s+)?(?P<c>[IVX]{{1,5}}|[12]?\d)\s+(?:века|веке|веку|век|вв?\.)"),
        ]
        self.rules = [Rule(name, re.compile(rf"(?<![\w.-]){body}(?![\w-])", re.IGNORECASE), _NEEDS[name])
                      for name, body in shapes]
        self._applicable: dict[frozenset[str], list[Rule]] = {}
        self.kinds: dict[str, set[str]] = {"назад": {"назад"}, "через": {"через"}}
        for kind in ("month", "weekday", "day", "eve", "vague", "shift", "unit", "season", "decade", "ordinal"):
            for form in getattr(words, ATTRIBUTES[kind]):
                # A form of two words is known by its longer one ("на днях" by "днях", not by "на").
                self.kinds.setdefault(max(form.split(), key=len), set()).add(kind)
        # The words that anchor a rule, found in one pass: digits, roman numerals, the lexicon's words.
        self._anchor = re.compile(rf"(?<!\w)(?:\d+|(?:[ivx]+|{_alt(self.kinds)})(?!\w))")

    def _kinds(self, token: str) -> set[str]:
        if token[0].isdigit():
            return _DIGIT
        if _ROMAN.match(token):
            return _ROMAN_KIND
        return self.kinds[token]

    def candidates(self, text: str) -> list[Candidate]:
        """Every match of every rule in ``text``: ``(start, -length, rule order, rule, match)``,
        sorted so that the leftmost, longest match of the first rule comes first."""
        lower = text.lower()
        anchors = [(m.start(), self._kinds(m.group())) for m in self._anchor.finditer(lower)]
        if not anchors:
            return []
        present = frozenset().union(*(kinds for _, kinds in anchors))
        if present not in self._applicable:
            self._applicable[present] = [r for r in self.rules if not any(present.isdisjoint(g) for g in r.needs)]
        words = [m.start() for m in _TOKEN.finditer(lower)]
        found: list[Candidate] = []
        for order, rule in enumerate(self._applicable[present]):
            starts: set[int] = set()
            for position, kinds in anchors:
                if not kinds.isdisjoint(rule.needs[0]):
                    index = bisect.bisect_right(words, position)
                    starts.update(words[max(0, index - 1 - _REACH) : index])
            for start in sorted(starts):
                match = rule.pattern.match(text, start)
                if match is not None:
                    found.append((start, start - match.end(), order, rule, match))
        found.sort(key=lambda c: c[:3])
        return found

    def _count(self, count_word: str) -> str:
        """A count: digits, one or two number words ("двадцать пять"), or a word with a half ("полтора")."""
        return rf"(?:(?P<n>\d{{1,4}}|{count_word}(?:\s+{count_word})?)|(?P<h>{_alt(self.words.halves)}))"
