"""Optional per-API-key request rate limit.

``rate_limit="60/min"`` (also ``"5/s"``, ``"1000/hour"``, ``"10000/day"``)
allows that many requests per key in each fixed window.  When it is on, every
response carries::

    x-ratelimit-limit-requests      the limit per window
    x-ratelimit-remaining-requests  requests left in the current window
    x-ratelimit-reset-requests      seconds until the window resets (integer)

and a request over the limit gets a 429 (Mistral error shape, code ``1300``)
with ``Retry-After`` (whole seconds) and ``retry-after-ms``.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_UNITS = {
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "m": 60.0,
    "min": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "d": 86400.0,
    "day": 86400.0,
    "days": 86400.0,
}
_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d*\.?\d*)\s*([a-z]+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RateLimit:
    limit: int
    period: float  # seconds

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        m = _RE.match(text)
        if not m or m.group(3).lower() not in _UNITS:
            raise ValueError(f"bad rate limit {text!r}; expected e.g. '60/min', '5/s', '1000/hour'")
        count = int(m.group(1))
        multiple = float(m.group(2)) if m.group(2) else 1.0
        return cls(count, multiple * _UNITS[m.group(3).lower()])


def coerce(value: str | RateLimit | tuple[int, float] | None) -> RateLimit | None:
    if value is None or value == "":
        return None
    if isinstance(value, RateLimit):
        return value
    if isinstance(value, tuple):
        return RateLimit(int(value[0]), float(value[1]))
    return RateLimit.parse(str(value))


class RateLimiter:
    def __init__(self, rule: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.rule = rule
        self.clock = clock
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str) -> tuple[bool, list[tuple[bytes, bytes]], float]:
        """Count one request for ``key``: (allowed, headers, seconds until reset)."""
        now = self.clock()
        start, used = self._windows.get(key, (now, 0))
        if now - start >= self.rule.period:
            start, used = now, 0
        reset = max(0.0, start + self.rule.period - now)
        allowed = used < self.rule.limit
        if allowed:
            used += 1
        self._windows[key] = (start, used)
        remaining = max(0, self.rule.limit - used)
        headers = [
            (b"x-ratelimit-limit-requests", str(self.rule.limit).encode()),
            (b"x-ratelimit-remaining-requests", str(remaining).encode()),
            (b"x-ratelimit-reset-requests", str(math.ceil(reset)).encode()),
        ]
        return allowed, headers, reset
