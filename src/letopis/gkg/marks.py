"""Quoted spans of a text: balanced quotation marks, nested or running over paragraphs.

Only the outermost spans are returned: "«Газета „Труд“ пишет»" is one span.
A quote that goes on over several paragraphs opens each of them with the
opening mark and closes only at its end (the Russian convention), so an
opening mark left open at a paragraph break continues when the next paragraph
starts with the same mark, and is dropped otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

_OPENS_AFTER = " \t\n\r([«„“—–-:"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The characters from an opening mark to its closing mark, both included."""

    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        """The span between the marks."""
        return self.start + 1, self.end - 1


def quoted_spans(text: str, marks: dict[str, str]) -> list[QuotedSpan]:
    """Outermost balanced quoted spans of ``text``, in text order.

    ``marks`` maps each opening mark to its closing mark; a mark that is its own
    closer (the straight ``"``) opens after a space or an opening bracket and
    closes elsewhere.

    >>> text = 'Он сказал: «Газета „Труд“ пишет правду». Потом "ушел"'
    >>> [text[s.start:s.end] for s in quoted_spans(text, {"«": "»", "„": "“", '"': '"'})]
    ['«Газета „Труд“ пишет правду»', '"ушел"']
    """
    closers = {close: opening for opening, close in marks.items()}
    stack: list[tuple[str, int]] = []
    out: list[QuotedSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            j = _next_paragraph(text, i)
            if j < n and text[j] == stack[0][0] and marks[stack[0][0]] != stack[0][0]:
                del stack[1:]  # the quote goes on into the next paragraph
                i = j + 1
                continue
            stack.clear()  # a paragraph break closes every quote left open
        top = stack[-1][0] if stack else None
        if top is not None and ch == marks[top]:
            _, start = stack.pop()
            if not stack:
                out.append(QuotedSpan(start, i + 1))
        elif ch in marks and (marks[ch] != ch or _opens(text, i)):
            stack.append((ch, i))
        elif ch in closers and any(opening == closers[ch] for opening, _ in stack):
            while stack and stack[-1][0] != closers[ch]:
                stack.pop()  # an inner mark was never closed
            _, start = stack.pop()
            if not stack:
                out.append(QuotedSpan(start, i + 1))
        i += 1
    return out


def _opens(text: str, i: int) -> bool:
    """A symmetric mark opens after a space or an opening bracket, before a non-space."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENS_AFTER and not after.isspace()


def _next_paragraph(text: str, i: int) -> int:
    """Offset of the first non-space character after the line break at ``i``."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j
