"""mistralkit: a fast, typed client for the Mistral AI API.

    from mistralkit import Mistral

    client = Mistral()  # reads MISTRAL_API_KEY
    reply = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}])
    print(reply.choices[0].message.content)

Public names are imported on first use, so ``import mistralkit`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    # `name as name`: an explicit re-export, so strict type checkers accept `from mistralkit import Mistral`.
    from ._client import (
        AsyncMistral as AsyncMistral,
        Mistral as Mistral,
    )
    from ._errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APIStreamError as APIStreamError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ClientClosedError as ClientClosedError,
        ConfigurationError as ConfigurationError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        InvalidRequestError as InvalidRequestError,
        MistralError as MistralError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._request import (
        RequestOptions as RequestOptions,
    )
    from ._response import (
        AsyncStreamedResponse as AsyncStreamedResponse,
        RawResponse as RawResponse,
        StreamedResponse as StreamedResponse,
    )
    from ._retry import (
        RetryPolicy as RetryPolicy,
    )
    from ._streaming import (
        AsyncStream as AsyncStream,
        Stream as Stream,
    )
    from ._transports.errors import (
        CircuitOpenError as CircuitOpenError,
        ResponseTooLargeError as ResponseTooLargeError,
        StreamTimeoutError as StreamTimeoutError,
    )

_LAZY = {
    "Mistral": "._client",
    "AsyncMistral": "._client",
    "RetryPolicy": "._retry",
    "RawResponse": "._response",
    "StreamedResponse": "._response",
    "AsyncStreamedResponse": "._response",
    "RequestOptions": "._request",
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    **{
        name: "._errors"
        for name in (
            "MistralError",
            "ConfigurationError",
            "ClientClosedError",
            "InvalidRequestError",
            "APIError",
            "APIConnectionError",
            "APITimeoutError",
            "APIResponseValidationError",
            "APIStreamError",
            "APIStatusError",
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "UnprocessableEntityError",
            "RateLimitError",
            "InternalServerError",
        )
    },
    **{name: "._transports.errors" for name in ("CircuitOpenError", "ResponseTooLargeError", "StreamTimeoutError")},
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mistralkit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
