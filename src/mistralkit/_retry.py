"""When to retry, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping

__all__ = ["RetryPolicy", "retry_after_seconds"]

RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How failed requests are retried.

    ``max_retries`` retries follow the first attempt. Waits grow exponentially from ``backoff_base``
    up to ``backoff_cap`` seconds with full jitter (a uniform draw between 0 and that bound), unless
    the server says how long to wait (``retry-after-ms`` or ``Retry-After``), which is honoured up to
    ``max_retry_after`` seconds. ``deadline`` (seconds), when set, bounds all attempts and waits
    together. A response header ``x-should-retry: true|false`` overrides the status rule.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    deadline: float | None = None
    statuses: frozenset[int] = RETRYABLE_STATUSES
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0 or self.max_retry_after < 0:
            raise ValueError("backoff_base, backoff_cap and max_retry_after must be >= 0")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be > 0 seconds")

    def with_changes(self, **changes: object) -> "RetryPolicy":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]

    def should_retry_status(self, status: int, headers: Mapping[str, str]) -> bool:
        override = headers.get("x-should-retry")
        if override is not None:
            value = override.strip().lower()
            if value == "true":
                return True
            if value == "false":
                return False
        return status in self.statuses

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry), with full jitter."""
        bound = min(self.backoff_cap, self.backoff_base * (2 ** (retry_number - 1)))
        return bound * self.random()

    def delay(self, retry_number: int, headers: Mapping[str, str] | None, now: float | None = None) -> float:
        """The wait before a retry: the server's word when it gives one, else jittered backoff."""
        if headers is not None:
            told = retry_after_seconds(headers, now=now)
            if told is not None:
                return min(told, self.max_retry_after)
        return self.backoff(retry_number)


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Read ``retry-after-ms`` (milliseconds) or ``Retry-After`` (seconds, or an HTTP date).

    Returns None when neither is present or readable; negative waits become 0.
    """
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms)
        except ValueError:
            value = None
        else:
            if value == value and value != float("inf"):  # rejects NaN and inf
                return max(value / 1000.0, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        value = float(raw)
    except ValueError:
        pass
    else:
        if value == value and value != float("inf"):
            return max(value, 0.0)
        return None
    from email.utils import parsedate_to_datetime  # only needed for the rare HTTP-date form

    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if now is None:
        import time

        now = time.time()
    return max(when.timestamp() - now, 0.0)
