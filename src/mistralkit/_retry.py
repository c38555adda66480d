"""When to retry, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping

__all__ = ["RetryPolicy", "retry_after_seconds", "replay_safe", "REPLAYABLE_METHODS", "STATELESS_OPERATIONS"]

RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})

# Replay safety. A request that may have reached the server is sent again only when doing so twice
# is harmless. These methods are idempotent by HTTP's definition.
REPLAYABLE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# POST/PATCH operations that compute an answer and store nothing: running them twice costs tokens,
# never duplicates state. Keys are (method, path template); every path here is fixed (no parameter).
# Any operation not listed (uploads, job, agent, library, document and conversation creation,
# sharing, ...) is replayed only when the failure proves nothing was processed: see ``replay_safe``.
STATELESS_OPERATIONS = frozenset(
    ("POST", path)
    for path in (
        "/v1/chat/completions",
        "/v1/fim/completions",
        "/v1/agents/completions",
        "/v1/embeddings",
        "/v1/moderations",
        "/v1/chat/moderations",
        "/v1/classifications",
        "/v1/chat/classifications",
        "/v1/ocr",
        "/v1/audio/transcriptions",
        "/v1/audio/speech",
    )
)


def replay_safe(method: str, path: str) -> bool:
    """Whether a request may be sent again after a failure that does not prove it was not processed.

    ``path`` is the operation's path template (the same as the path for operations without path
    parameters). Failures that prove nothing was processed (connect errors, pool timeouts, 429 and
    ``x-should-retry: true``) are retried for every operation; this rule decides all the others
    (read timeouts, resets, 5xx ...).
    """
    return method in REPLAYABLE_METHODS or (method, path) in STATELESS_OPERATIONS


@dataclass(frozen=True)
class RetryPolicy:
    """How failed requests are retried.

    ``max_retries`` retries follow the first attempt. Waits grow exponentially from ``backoff_base``
    up to ``backoff_cap`` seconds with full jitter (a uniform draw between 0 and that bound), unless
    the server says how long to wait (``retry-after-ms`` or ``Retry-After``), which is honoured up to
    ``max_retry_after`` seconds. ``deadline`` (seconds), when set, bounds all attempts and waits
    together. A response header ``x-should-retry: true|false`` overrides the status rule.

    ``retry_unsafe=True`` also replays operations that change state (uploads, job or agent
    creation ...) after failures that may have reached the server (read timeouts, 5xx); by default
    they are retried only when the failure proves nothing was processed (see ``replay_safe``).
    ``retry_connection_errors=False`` retries no failure of the connection (refused, reset, timed
    out): only answers with a retryable status are retried.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    deadline: float | None = None
    statuses: frozenset[int] = RETRYABLE_STATUSES
    retry_unsafe: bool = False
    retry_connection_errors: bool = True
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0 or self.max_retry_after < 0:
            raise ValueError("backoff_base, backoff_cap and max_retry_after must be >= 0")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be > 0 seconds")

    def with_changes(self, **changes: object) -> "RetryPolicy":
        """A copy with the given fields changed; a value of None leaves a field as it is, except
        ``deadline``, where None removes it and ``UNCHANGED`` (the default elsewhere) keeps it."""
        kept = {k: v for k, v in changes.items() if v is not None and v is not UNCHANGED}
        if "deadline" in changes and changes["deadline"] is None:
            kept["deadline"] = None
        return replace(self, **kept)  # type: ignore[arg-type]

    def proves_unprocessed_status(self, status: int, headers: Mapping[str, str]) -> bool:
        """A status (with its headers) that says the request was not processed: 429, or ``x-should-retry: true``."""
        override = headers.get("x-should-retry")
        if override is not None:
            return override.strip().lower() == "true"
        return status == 429

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
        return float(bound * self.random())

    def delay(self, retry_number: int, headers: Mapping[str, str] | None, now: float | None = None) -> float:
        """The wait before a retry: the server's word when it gives one, else jittered backoff."""
        if headers is not None:
            told = retry_after_seconds(headers, now=now)
            if told is not None:
                return min(told, self.max_retry_after)
        return self.backoff(retry_number)


class _Unchanged:
    """The default of options where None has a meaning of its own (``deadline=None``: no deadline)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNCHANGED"

    def __reduce__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Read ``retry-after-ms`` (milliseconds) or ``Retry-After`` (seconds, or an HTTP date).

    Returns None when neither is present or readable; negative waits become 0.
    """
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            millis = float(ms)
        except ValueError:
            pass
        else:
            if millis == millis and millis != float("inf"):  # rejects NaN and inf
                return max(millis / 1000.0, 0.0)
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
