"""The official SDK's exception names, as aliases of mistralkit's own classes.

So that ``except`` clauses of ported programs keep catching what they meant to catch:

- ``MistralError``: mistralkit's base class (it also covers errors raised before sending).
- ``SDKError``: any 4xx/5xx answer (``APIStatusError``; ``status_code``, ``message``, ``body``,
  ``headers`` as in the official SDK, ``body`` decoded from JSON when it is JSON).
- ``HTTPValidationError``: a 422 answer (``UnprocessableEntityError``, with ``details``).
- ``ObservabilityError``: a 4xx/5xx answer of the observability API (``APIStatusError``).
- ``ResponseValidationError``: a 2xx whose body is not what the API promises.
- ``NoResponseError``: no usable response (``APIConnectionError``: refused, reset, timed out).
"""

from __future__ import annotations

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    MistralError,
    UnprocessableEntityError,
)

__all__ = [
    "MistralError",
    "SDKError",
    "HTTPValidationError",
    "ObservabilityError",
    "ResponseValidationError",
    "NoResponseError",
]

SDKError = APIStatusError
HTTPValidationError = UnprocessableEntityError
ObservabilityError = APIStatusError
ResponseValidationError = APIResponseValidationError
NoResponseError = APIConnectionError
