"""A request description: what a resource method hands to the transport core."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union
from urllib.parse import quote

if sys.version_info >= (3, 11):
    from typing import TypedDict
else:  # pragma: no cover
    from typing_extensions import TypedDict

if TYPE_CHECKING:
    import httpx2

    from ._retry_config import RetryConfig

__all__ = ["Call", "RequestOptions", "StreamSpec", "path_param", "OPTION_NAMES"]


class RequestOptions(TypedDict, total=False):
    """Per-call options every method accepts as keyword arguments.

    - ``extra_headers`` / ``extra_query`` / ``extra_body``: merged over what the method sends
      (``extra_body`` keys override body fields; use it for parameters newer than this client).
    - ``timeout``: seconds, or an ``httpx2.Timeout``, for each attempt.
    - ``max_retries``: retries for this call.
    - ``deadline``: seconds for the whole call, every attempt and wait included (None: no deadline).
    - ``retry_unsafe``: also retry an operation that changes state (an upload, a job creation ...)
      after a failure that may have reached the server (see ``docs/client.md``, replay safety).
    - ``timeout_ms`` and ``http_headers``: the official SDK's names for ``timeout`` and ``extra_headers``.
    - ``cache``: False skips the client's response cache for this call.
    - ``retries``: the official SDK's per-call retry setting, a ``mistralkit.client.utils.RetryConfig``.
    - ``server_url``: send this call to another server (e.g. a regional endpoint).
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: Union[float, "httpx2.Timeout", None]
    max_retries: int
    deadline: Optional[float]
    retry_unsafe: bool
    timeout_ms: int
    http_headers: Mapping[str, str]
    cache: bool
    retries: "RetryConfig"
    server_url: str


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


@dataclass(frozen=True)
class StreamSpec:
    """How to read a Server-Sent Events response.

    ``decode(event_name, data)`` turns one event into the item to yield, or None to skip it.
    The stream is complete when a ``data`` equals ``done_data`` or an item's ``terminal_attr``
    value is in ``terminal_values``; ending any other way is an error.
    """

    decode: Callable[[str, str], Any]
    done_data: Optional[str] = "[DONE]"
    terminal_attr: Optional[str] = None
    terminal_values: frozenset[Any] = frozenset()


@dataclass
class Call:
    """One API operation, described.

    ``body`` is the JSON body as given by the caller (dicts or models), validated against
    ``body_type`` before sending; ``files`` a multipart body; ``cast`` the type of a successful
    response (None: no content, ``bytes``: the raw body).
    """

    method: str
    path: str
    cast: Any = None
    body: Any = None
    body_type: Any = None
    query: Optional[Mapping[str, Any]] = None
    files: Any = None
    stream: Optional[StreamSpec] = None
    options: Optional[Mapping[str, Any]] = None
    raw: bool = False
    binary: bool = False
    streamed: bool = False
    # When the call began (the client's clock), if before it reached the transport core.
    started: Optional[float] = None


def path_param(name: str, value: object) -> str:
    """Validate and percent-encode one path parameter."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"{name} must be a non-empty string")
    return quote(text, safe="")


def check_options(options: Mapping[str, Any]) -> None:
    unknown = set(options) - OPTION_NAMES
    if unknown:
        name = sorted(unknown)[0]
        raise TypeError(f"got an unexpected keyword argument {name!r}")
