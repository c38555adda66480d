"""The exceptions of the transport features: stream idle timeout, response size limit, open circuit."""

from __future__ import annotations

from typing import Any, Optional

from .._errors import APIError, APITimeoutError

__all__ = ["StreamTimeoutError", "ResponseTooLargeError", "CircuitOpenError"]


class StreamTimeoutError(APITimeoutError):
    """A stream sent nothing for longer than ``stream_timeout`` seconds; ``timeout`` is that limit."""

    timeout: float

    def __init__(self, message: str, *, timeout: float, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.timeout = timeout


class ResponseTooLargeError(APIError):
    """A response body exceeded ``max_response_bytes``; reading stopped there.

    ``limit`` is the limit in bytes, ``status_code`` the response's status.
    """

    limit: int
    status_code: int

    def __init__(self, message: str, *, limit: int, status_code: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit
        self.status_code = status_code


class CircuitOpenError(APIError):
    """The circuit breaker is open: the call failed at once, without being sent.

    ``retry_at`` is the ``time.monotonic()`` moment the breaker lets a trial call through.
    """

    retry_at: Optional[float]

    def __init__(self, message: str, *, retry_at: Optional[float] = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_at = retry_at
