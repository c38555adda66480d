"""The exceptions mistralkit raises.

    MistralError
    ├── ConfigurationError           the client cannot send anything (no API key, bad option)
    ├── ClientClosedError            the client was closed; make a new one
    ├── InvalidRequestError          the arguments cannot make a valid request (raised before sending)
    └── APIError                     anything that went wrong talking to the API
        ├── APIConnectionError       no usable response (DNS, refused, reset, cut stream)
        │   └── APITimeoutError
        ├── APIResponseValidationError   a 2xx whose body is not what the API promises
        ├── APIStreamError           an error event inside a stream
        └── APIStatusError           a 4xx/5xx answer, one subclass per status
"""

from __future__ import annotations

from typing import Any, Mapping

__all__ = [
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
]


class MistralError(Exception):
    """Base class of every exception mistralkit raises.

    Every one survives ``pickle`` (multiprocessing, task queues) with all its attributes.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls cls(*args), which keyword-only arguments defeat.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[MistralError], args: tuple[Any, ...], state: dict[str, Any]) -> MistralError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(MistralError):
    """The client is not configured well enough to send a request."""


class ClientClosedError(MistralError, RuntimeError):
    """The client was closed (``close()`` or the end of its ``with`` block); create a new client."""


class InvalidRequestError(MistralError, ValueError):
    """The arguments do not make a valid request; nothing was sent. ``errors`` lists each problem."""

    errors: list[str]

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        self.errors = list(errors or ())
        text = message + "".join(f"\n  - {line}" for line in self.errors)
        super().__init__(text)


class APIError(MistralError):
    """Something went wrong while talking to the API.

    ``method`` and ``url`` name the request, ``retries`` counts the retries taken before giving up and
    ``history`` lists one short line per failed attempt.
    """

    message: str
    method: str | None
    url: str | None
    retries: int
    history: list[str]

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        retries: int = 0,
        history: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.retries = retries
        self.history = list(history or ())

    def __str__(self) -> str:
        text = self.message
        if self.retries:
            text += f" (after {self.retries} {'retry' if self.retries == 1 else 'retries'}: {'; '.join(self.history)})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIConnectionError(APIError):
    """No usable response came back: the connection failed, was reset, or a stream was cut short."""


class APITimeoutError(APIConnectionError):
    """A timeout or the total deadline expired."""


class APIStreamError(APIError):
    """The server sent an error event in the middle of a stream."""

    body: Any
    request_id: str | None

    def __init__(self, message: str, *, body: Any = None, request_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.body = body
        self.request_id = request_id


class APIResponseValidationError(APIError):
    """A successful response whose body could not be read as the API describes it."""

    status_code: int
    body: Any
    request_id: str | None

    def __init__(self, message: str, *, status_code: int, body: Any, request_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status.

    ``status_code``, ``message`` (Mistral's own message), ``request_id``, ``headers`` and ``body`` (the
    decoded JSON, or the text when it is not JSON) describe the answer.
    """

    status_code: int
    request_id: str | None
    headers: Mapping[str, str]
    body: Any
    type: str | None
    code: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: Any,
        request_id: str | None = None,
        type: str | None = None,
        code: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.request_id = request_id
        self.type = type
        self.code = code

    def __str__(self) -> str:
        head = f"{self.status_code} {self.message}"
        if self.request_id:
            head += f" [request id {self.request_id}]"
        if self.retries:
            head += f" (after {self.retries} {'retry' if self.retries == 1 else 'retries'}: {'; '.join(self.history)})"
        return head

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, request_id={self.request_id!r})"


class BadRequestError(APIStatusError):
    """400: the request is malformed, or names something invalid (e.g. an unknown model)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that forbids this."""


class UnprocessableEntityError(APIStatusError):
    """422: the request failed validation. ``details`` lists each problem as ``location: message``."""

    details: list[str]

    def __init__(self, message: str, *, details: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.details = list(details or ())

    def __str__(self) -> str:
        text = super().__str__()
        if self.details:
            text += "".join(f"\n  - {line}" for line in self.details)
        return text


class RateLimitError(APIStatusError):
    """429: too many requests or tokens; ``headers`` carries the rate-limit state."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


_TRANSPORT_DESCRIPTIONS = {
    "ConnectTimeout": "timed out connecting to the server",
    "ReadTimeout": "timed out waiting for the server",
    "WriteTimeout": "timed out sending the request",
    "PoolTimeout": "timed out waiting for a free connection in the pool",
    "ConnectError": "could not connect to the server",
    "ReadError": "the connection failed while reading the response",
    "WriteError": "the connection failed while sending the request",
    "CloseError": "the connection failed while closing",
    "RemoteProtocolError": "the server closed the connection or broke the HTTP protocol",
    "LocalProtocolError": (
        "the request could not be written as valid HTTP (a header value, e.g. in default_headers or "
        "extra_headers, may contain a forbidden character such as a newline)"
    ),
    "UnsupportedProtocol": "the URL's scheme is not supported (use http:// or https://)",
    "ProxyError": "the proxy failed the connection",
    "TooManyRedirects": "too many redirects",
    "DecodingError": "the response body could not be decoded",
    "TimeoutException": "timed out",
    "NetworkError": "the connection failed",
    "ProtocolError": "the HTTP exchange broke the protocol",
}


def describe_transport_error(exc: BaseException) -> str:
    """A fixed, safe description of an HTTP library exception.

    The exception's own text is never used: some quote the request's header values, the API key among them.
    A TLS failure is named by OpenSSL's own fixed reason (no request data is sent before the handshake).
    """
    tls = _tls_failure(exc)
    if tls is not None:
        return tls
    for cls in type(exc).__mro__:
        text = _TRANSPORT_DESCRIPTIONS.get(cls.__name__)
        if text is not None:
            return text
    return "the request failed"


def _tls_failure(exc: BaseException) -> str | None:
    if "Connect" not in type(exc).__name__:
        return None
    import ssl

    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return None
        inner = getattr(seen, "certificate_error", None)  # aiohttp's wrapper of the ssl error
        if isinstance(seen, ssl.SSLCertVerificationError) and not isinstance(inner, BaseException):
            detail = getattr(seen, "verify_message", None) or getattr(seen, "reason", None) or "certificate rejected"
            return f"TLS certificate verification failed: CERTIFICATE_VERIFY_FAILED ({detail})"
        if isinstance(seen, ssl.SSLError) and not isinstance(inner, BaseException):
            return f"the TLS handshake failed ({getattr(seen, 'reason', None) or type(seen).__name__})"
        seen = inner if isinstance(inner, BaseException) else (
            seen.__cause__ or seen.__context__ or getattr(seen, "os_error", None)
        )
    return None
