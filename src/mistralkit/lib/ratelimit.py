"""Client-side rate limiting: pace requests so the API never has to answer 429.

``AsyncMistral(rate_limit=RateLimiter(requests_per_minute=600, tokens_per_minute=500_000))`` or
``rate_limit=True`` (learn the limits from the API). One limiter paces every task and every
``with_options`` copy of a client; give the same limiter to several clients that share a key.

Two sources of limits, both honoured:

- set by you: at most ``requests_per_minute`` requests and ``tokens_per_minute`` estimated tokens
  (request body size / 4, plus ``max_tokens``) in any 60-second window;
- learned from the API (``learn=True``, the default): the ``x-ratelimit-limit-*``,
  ``x-ratelimit-remaining-*`` and ``x-ratelimit-reset-*`` headers of every answer, and
  ``Retry-After`` of a 429. Until the first answer has told the limits, one request goes out at a
  time; then requests go out while the current window has room, and wait for its reset when it has none.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from typing import Any, Callable, Mapping, Optional

__all__ = ["RateLimiter"]

_PROBE_WAIT = 0.02
_NUMBER = re.compile(r"\d+(\.\d+)?")


class RateLimiter:
    """Paces requests (and estimated tokens) per minute; shared by every task that uses it."""

    def __init__(
        self,
        *,
        requests_per_minute: Optional[float] = None,
        tokens_per_minute: Optional[float] = None,
        learn: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name, value in (("requests_per_minute", requests_per_minute), ("tokens_per_minute", tokens_per_minute)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0):
                raise ValueError(f"{name} must be a positive number or None")
        self.requests_per_minute = requests_per_minute
        self.tokens_per_minute = tokens_per_minute
        self.learn = learn
        self.clock = clock
        self._lock = threading.Lock()
        self._sent: deque[float] = deque()
        self._tokens: deque[tuple[float, float]] = deque()
        self._token_total = 0.0
        # What the API told: per kind ("requests", "tokens"), remaining in the window and its end.
        self._learned: dict[str, list[float]] = {}
        self._probe_out = False
        self._heard = not learn
        self.waited = 0.0  # seconds spent waiting, for the curious

    @property
    def limits(self) -> dict[str, float]:
        """The limits learned from the API so far: ``{"requests": remaining, ...}``."""
        with self._lock:
            return {kind: state[0] for kind, state in self._learned.items()}

    def uses_tokens(self) -> bool:
        return self.tokens_per_minute is not None or "tokens" in self._learned

    def reserve(self, tokens: float = 0.0) -> float:
        """Take a slot for one request now (0.0), or say how many seconds to wait before asking again."""
        with self._lock:
            now = self.clock()
            if not self._heard:
                if self._probe_out:
                    return _PROBE_WAIT
            wait = 0.0
            for kind, need in (("requests", 1.0), ("tokens", tokens)):
                state = self._learned.get(kind)
                if state is None or need <= 0:
                    continue
                if now >= state[1]:
                    # The window has passed: a fresh one, whose end the next answers will correct.
                    state[0] = state[2]
                    state[1] = now + state[3]
                remaining, reset_at, limit = state[0], state[1], state[2]
                if remaining < need and not (kind == "tokens" and remaining >= limit):
                    wait = max(wait, reset_at - now)
            if self.requests_per_minute is not None:
                horizon = now - 60.0
                while self._sent and self._sent[0] <= horizon:
                    self._sent.popleft()
                if len(self._sent) >= self.requests_per_minute:
                    wait = max(wait, self._sent[0] + 60.0 - now)
            if self.tokens_per_minute is not None and tokens > 0:
                horizon = now - 60.0
                while self._tokens and self._tokens[0][0] <= horizon:
                    self._token_total -= self._tokens.popleft()[1]
                if self._tokens and self._token_total + tokens > self.tokens_per_minute:
                    wait = max(wait, self._tokens[0][0] + 60.0 - now)
            if wait > 0:
                return wait
            if not self._heard:
                self._probe_out = True
            if self.requests_per_minute is not None:
                self._sent.append(now)
            if self.tokens_per_minute is not None and tokens > 0:
                self._tokens.append((now, tokens))
                self._token_total += tokens
            for kind, need in (("requests", 1.0), ("tokens", tokens)):
                state = self._learned.get(kind)
                if state is not None and need > 0:
                    state[0] -= need
            return 0.0

    def observe(self, headers: Optional[Mapping[str, str]], status: Optional[int] = None) -> None:
        """Learn from an answer's headers (and a 429's ``Retry-After``); None: the request got no answer."""
        with self._lock:
            self._probe_out = False
            if headers is None or not self.learn:
                return
            self._heard = True
            now = self.clock()
            for kind in ("requests", "tokens"):
                limit = _header(headers, "limit", kind)
                remaining = _header(headers, "remaining", kind)
                if limit is None and remaining is None:
                    continue
                reset = _header(headers, "reset", kind)
                reset_in = reset if reset is not None else 60.0
                reset_at = now + reset_in
                state = self._learned.get(kind)
                if state is None:
                    base = limit if limit is not None else remaining
                    assert base is not None
                    state = self._learned[kind] = [remaining if remaining is not None else base, reset_at, base, reset_in]
                    continue
                if limit is not None:
                    state[2] = limit
                state[3] = max(state[3], reset_in)
                if reset_at > state[1]:
                    # The API's window ends later than assumed: keep counting against it.
                    state[1] = reset_at
                if remaining is not None and remaining < state[0]:
                    state[0] = remaining
            if status == 429:
                retry = _retry_after(headers)
                state = self._learned.setdefault("requests", [0.0, now + retry, 1.0, retry])
                state[0] = 0.0
                state[1] = max(state[1], now + retry)

    @staticmethod
    def estimate_tokens(body: Any) -> float:
        """A rough token count for a JSON request body: its size / 4, plus ``max_tokens``."""
        if body is None:
            return 0.0
        try:
            text = json.dumps(body, default=str)
        except (TypeError, ValueError):
            text = str(body)
        extra = body.get("max_tokens") if isinstance(body, dict) else None
        return len(text) / 4.0 + (float(extra) if isinstance(extra, (int, float)) else 0.0)

    def __repr__(self) -> str:
        return (
            f"RateLimiter(requests_per_minute={self.requests_per_minute}, tokens_per_minute={self.tokens_per_minute}, "
            f"learn={self.learn})"
        )


def _header(headers: Mapping[str, str], what: str, kind: str) -> Optional[float]:
    # x-ratelimit-limit-requests, x-ratelimit-remaining-tokens-minute, x-ratelimit-reset-requests ...
    short = "req" if kind == "requests" else "tokens"
    for name in (
        f"x-ratelimit-{what}-{kind}",
        f"x-ratelimit-{what}-{kind}-minute",
        f"x-ratelimit-{what}-{short}-minute",
    ):
        value = headers.get(name)
        if value is not None:
            match = _NUMBER.match(value.strip())
            if match:
                return float(match.group(0))
    return None


def _retry_after(headers: Mapping[str, str]) -> float:
    ms = headers.get("retry-after-ms")
    if ms is not None and _NUMBER.fullmatch(ms.strip()):
        return float(ms) / 1000.0
    value = headers.get("retry-after")
    if value is not None and _NUMBER.fullmatch(value.strip()):
        return float(value)
    return 1.0
