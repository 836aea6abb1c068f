"""A progress line on standard error, shown only when a person is watching."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts processed articles and redraws one status line at most 10 times a second."""

    def __init__(self, total: int | None, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self.errors = 0
        self._started = time.monotonic()
        self._drawn = 0.0

    @staticmethod
    def wanted(mode: str, total: int | None, stream: TextIO | None = None) -> bool:
        """Whether to draw: ``always``, ``never``, or ``auto`` = a terminal and more than a few articles."""
        stream = stream or sys.stderr
        if mode == "always":
            return True
        if mode == "never":
            return False
        return stream.isatty() and (total is None or total > 3)

    def step(self, error: bool = False) -> None:
        self.done += 1
        self.errors += int(error)
        now = time.monotonic()
        if self.enabled and now - self._drawn > 0.1:
            self._drawn = now
            self._draw(now)

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._started, 1e-9)
        if self.total:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            head = f"[{bar}] {self.done}/{self.total}"
        else:
            head = f"{self.done} articles"
        self.stream.write(f"\r{head}  {rate:.1f} art/s  errors: {self.errors}")
        self.stream.flush()
