"""The official SDK's ``mistralai.client.errors`` path: its exception names, as aliases of ours.

``except SDKError`` catches every 4xx/5xx answer, ``except HTTPValidationError`` a 422, and so on;
see ``mistralkit._official_errors`` for the mapping. mistralkit's own names are available too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._alias import lazy_module

if TYPE_CHECKING:
    from .._errors import *  # noqa: F403
    from .._official_errors import (
        HTTPValidationError as HTTPValidationError,
        MistralError as MistralError,
        NoResponseError as NoResponseError,
        ObservabilityError as ObservabilityError,
        ResponseValidationError as ResponseValidationError,
        SDKError as SDKError,
    )
    from ..types import HTTPValidationError as HTTPValidationErrorData  # noqa: F401

_OFFICIAL = ("SDKError", "HTTPValidationError", "ObservabilityError", "ResponseValidationError", "NoResponseError")
_OURS = (
    "MistralError", "ConfigurationError", "InvalidRequestError", "APIError", "APIConnectionError",
    "APITimeoutError", "APIResponseValidationError", "APIStreamError", "APIStatusError", "BadRequestError",
    "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError",
)  # fmt: skip
_TABLE = {
    **{name: ("mistralkit._errors", name) for name in _OURS},
    **{name: ("mistralkit._official_errors", name) for name in _OFFICIAL},
    # The bodies the official errors carry as ``.data``: the API's own schemas.
    "HTTPValidationErrorData": ("mistralkit.types", "HTTPValidationError"),
    "ObservabilityErrorData": ("mistralkit.types", "ObservabilityError"),
}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
