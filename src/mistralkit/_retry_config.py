"""The official SDK's retry settings (``RetryConfig``, ``BackoffStrategy``), mapped onto ``RetryPolicy``.

Programs written for the official ``mistralai`` SDK pass ``retry_config=`` to the client and
``retries=`` to a call; both take a ``RetryConfig``, which becomes a ``RetryPolicy`` here so one retry
loop serves both spellings. Times are in milliseconds, as in the official SDK.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ._retry import RetryPolicy

__all__ = ["BackoffStrategy", "RetryConfig", "ExponentialPolicy", "policy_from_retry_config"]

# The statuses the official SDK retries when a RetryConfig does not name its own.
DEFAULT_STATUSES = frozenset({429, 500, 502, 503, 504})
# Enough retries that the elapsed-time budget, not a count, ends them: the official meaning.
_UNBOUNDED_RETRIES = 1_000_000


class BackoffStrategy:
    """Exponential backoff, in milliseconds: ``initial_interval * exponent ** retry`` plus up to
    ``jitter_ms`` (default 1000) of random jitter, capped at ``max_interval``; retries stop once
    ``max_elapsed_time`` has passed since the first attempt."""

    def __init__(
        self,
        initial_interval: int,
        max_interval: int,
        exponent: float,
        max_elapsed_time: int,
        jitter_ms: Optional[int] = None,
    ) -> None:
        if jitter_ms is not None and jitter_ms < 0:
            raise ValueError("jitter_ms must be >= 0")
        for name, value in (("initial_interval", initial_interval), ("max_interval", max_interval)):
            if value < 0:
                raise ValueError(f"{name} must be >= 0 milliseconds")
        if max_elapsed_time <= 0:
            raise ValueError("max_elapsed_time must be > 0 milliseconds")
        self.initial_interval = initial_interval
        self.max_interval = max_interval
        self.exponent = exponent
        self.max_elapsed_time = max_elapsed_time
        self.jitter_ms = jitter_ms

    def __repr__(self) -> str:
        return (
            f"BackoffStrategy(initial_interval={self.initial_interval}, max_interval={self.max_interval}, "
            f"exponent={self.exponent}, max_elapsed_time={self.max_elapsed_time}, jitter_ms={self.jitter_ms})"
        )


class RetryConfig:
    """When to retry: ``strategy`` ``"backoff"`` (with ``backoff``) or ``"none"``.

    ``status_codes_override`` lists retryable statuses (``"429"``, ``"5XX"``) replacing the default
    set (429, 500, 502, 503, 504). ``retry_connection_errors=False`` leaves failures of the
    connection (refused, reset, timed out) unretried.
    """

    def __init__(
        self,
        strategy: str,
        backoff: Optional[BackoffStrategy],
        retry_connection_errors: bool,
        status_codes_override: Optional[Sequence[str]] = None,
    ) -> None:
        if strategy not in ("backoff", "none"):
            raise ValueError(f"strategy must be 'backoff' or 'none', not {strategy!r}")
        if strategy == "backoff" and not isinstance(backoff, BackoffStrategy):
            raise TypeError("a 'backoff' RetryConfig needs a BackoffStrategy")
        self.strategy = strategy
        self.backoff = backoff
        self.retry_connection_errors = retry_connection_errors
        self.status_codes_override = list(status_codes_override) if status_codes_override else None

    def __repr__(self) -> str:
        return (
            f"RetryConfig(strategy={self.strategy!r}, backoff={self.backoff!r}, "
            f"retry_connection_errors={self.retry_connection_errors}, "
            f"status_codes_override={self.status_codes_override!r})"
        )


@dataclass(frozen=True)
class ExponentialPolicy(RetryPolicy):
    """A ``RetryPolicy`` whose waits follow the official formula: ``backoff_base * exponent ** (n - 1)``
    plus ``jitter`` seconds of uniform jitter, capped at ``backoff_cap``."""

    exponent: float = 1.5
    jitter: float = 1.0

    def backoff(self, retry_number: int) -> float:
        wait = self.backoff_base * self.exponent ** (retry_number - 1) + self.jitter * self.random()
        return min(wait, self.backoff_cap)


def _statuses(codes: Sequence[str]) -> frozenset[int]:
    out: set[int] = set()
    for code in codes:
        text = str(code).strip().upper()
        if len(text) == 3 and text.endswith("XX") and text[0].isdigit():
            base = int(text[0]) * 100
            out.update(range(base, base + 100))
        elif text.isdigit():
            out.add(int(text))
        else:
            raise ValueError(f"status_codes_override: {code!r} is not a status code or a class such as '5XX'")
    return frozenset(out)


def policy_from_retry_config(config: Optional[RetryConfig], base: Optional[RetryPolicy] = None) -> RetryPolicy:
    """The ``RetryPolicy`` that retries as ``config`` says (``base`` supplies what it does not say).

    ``None`` means no retries, as in the official SDK.
    """
    base = base or RetryPolicy()
    if config is None:
        return base.with_changes(max_retries=0)
    if not isinstance(config, RetryConfig):
        raise TypeError(f"retries must be a RetryConfig, not {type(config).__name__}")
    statuses = _statuses(config.status_codes_override) if config.status_codes_override else DEFAULT_STATUSES
    if config.strategy == "none" or config.backoff is None:
        return ExponentialPolicy(
            max_retries=0,
            statuses=statuses,
            random=base.random,
            deadline=base.deadline,
            retry_connection_errors=bool(config.retry_connection_errors),
        )
    backoff = config.backoff
    return ExponentialPolicy(
        max_retries=_UNBOUNDED_RETRIES,
        backoff_base=backoff.initial_interval / 1000.0,
        backoff_cap=backoff.max_interval / 1000.0,
        max_retry_after=base.max_retry_after,
        deadline=backoff.max_elapsed_time / 1000.0,
        statuses=statuses,
        # The official SDK retries the listed statuses for every operation, state-changing ones too.
        retry_unsafe=True,
        retry_connection_errors=bool(config.retry_connection_errors),
        random=base.random,
        exponent=backoff.exponent,
        jitter=(1000 if backoff.jitter_ms is None else backoff.jitter_ms) / 1000.0,
    )
