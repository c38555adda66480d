"""A circuit breaker: stop calling an API that keeps failing, and try it again after a pause.

``Mistral(circuit_breaker=CircuitBreaker(...))``. The breaker counts outcomes in a rolling window of
``window`` seconds (in buckets of ``bucket`` seconds). Once the window holds at least
``min_requests`` calls and the share of failures reaches ``failure_threshold``, the circuit opens:
every call fails at once with ``CircuitOpenError``, nothing is sent. After ``reset_time`` seconds it
is half-open: one trial call goes through; its success closes the circuit (and empties the window),
its failure opens it again for another ``reset_time``.

A failure is a call that got no answer (connection error, timeout) or one of ``status_codes``
(5xx by default); 4xx answers are the caller's mistakes and count as successes. The breaker is one
object: pass it to several clients, or use ``with_options`` copies, and they all share its state.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Iterable, Optional

from .._errors import APIConnectionError, APIError, APIStatusError
from .._transports.errors import CircuitOpenError

__all__ = ["CircuitBreaker", "CircuitOpenError"]

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitBreaker:
    """Rolling-window failure-rate breaker (closed -> open -> half-open -> closed)."""

    def __init__(
        self,
        *,
        failure_threshold: float = 0.5,
        window: float = 60.0,
        bucket: float = 10.0,
        min_requests: int = 10,
        reset_time: float = 30.0,
        status_codes: Iterable[int] = (500, 502, 503, 504),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0.0 < failure_threshold <= 1.0:
            raise ValueError("failure_threshold must be in (0, 1]")
        if window <= 0 or bucket <= 0 or bucket > window:
            raise ValueError("window and bucket must be positive, bucket <= window")
        if min_requests < 1:
            raise ValueError("min_requests must be >= 1")
        if reset_time <= 0:
            raise ValueError("reset_time must be positive")
        self.failure_threshold = failure_threshold
        self.window = window
        self.bucket = bucket
        self.min_requests = min_requests
        self.reset_time = reset_time
        self.status_codes = frozenset(status_codes)
        self.clock = clock
        self._lock = threading.Lock()
        self._buckets: list[list[float]] = []  # [start, calls, failures]
        self._state = CLOSED
        self._opened_at = 0.0
        self._trial = False

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half-open"`` right now."""
        with self._lock:
            return self._current_state(self.clock())

    def _current_state(self, now: float) -> str:
        if self._state == OPEN and now - self._opened_at >= self.reset_time:
            self._state = HALF_OPEN
            self._trial = False
        return self._state

    def before(self, what: str = "the call") -> None:
        """Raise ``CircuitOpenError`` if a call may not go out now; otherwise let it through."""
        with self._lock:
            now = self.clock()
            state = self._current_state(now)
            if state == CLOSED:
                return
            if state == HALF_OPEN and not self._trial:
                self._trial = True  # this call is the trial; others wait for its outcome
                return
            retry_at = self._opened_at + self.reset_time
        raise CircuitOpenError(
            f"Circuit breaker is {state}: {what} was not sent (the API failed too often; "
            f"next trial in {max(0.0, retry_at - now):.1f}s)",
            retry_at=retry_at,
        )

    def is_failure(self, error: Optional[BaseException]) -> bool:
        """Whether an outcome counts against the API (None is a success)."""
        if error is None or isinstance(error, CircuitOpenError):
            return False
        if isinstance(error, APIStatusError):
            return error.status_code in self.status_codes
        return isinstance(error, APIConnectionError)

    def record(self, error: Optional[BaseException]) -> None:
        """Count the outcome of a call that ``before`` let through."""
        if isinstance(error, APIError) or error is None:
            failed = self.is_failure(error)
        else:
            # Not an API outcome (cancelled, bad arguments): neither success nor failure. A trial that
            # ends so gives its slot back, or the circuit would stay half-open with no trial ever again.
            self.release()
            return
        with self._lock:
            now = self.clock()
            state = self._current_state(now)
            if state == HALF_OPEN:
                self._trial = False
                if failed:
                    self._open(now)
                else:
                    self._state = CLOSED
                    self._buckets.clear()
                return
            if state == OPEN:
                return
            self._count(now, failed)
            calls = sum(b[1] for b in self._buckets)
            failures = sum(b[2] for b in self._buckets)
            if calls >= self.min_requests and failures / calls >= self.failure_threshold:
                self._open(now)

    def release(self) -> None:
        """Give back a half-open trial slot whose call ended without an API outcome."""
        with self._lock:
            if self._state == HALF_OPEN:
                self._trial = False

    def _count(self, now: float, failed: bool) -> None:
        start = now - (now % self.bucket)
        buckets = self._buckets
        if not buckets or buckets[-1][0] != start:
            buckets.append([start, 0, 0])
        buckets[-1][1] += 1
        if failed:
            buckets[-1][2] += 1
        horizon = now - self.window
        while buckets and buckets[0][0] + self.bucket <= horizon:
            buckets.pop(0)

    def _open(self, now: float) -> None:
        self._state = OPEN
        self._opened_at = now
        self._buckets.clear()

    def reset(self) -> None:
        """Close the circuit and forget every outcome."""
        with self._lock:
            self._state = CLOSED
            self._buckets.clear()
            self._trial = False

    def __repr__(self) -> str:
        return f"CircuitBreaker(state={self.state!r}, failure_threshold={self.failure_threshold}, reset_time={self.reset_time})"
