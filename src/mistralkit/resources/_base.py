"""What every resource shares: its client, the raw and streaming response modes, and body building."""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING, Any, Mapping, TypeVar

from .._request import Call, StreamSpec

if TYPE_CHECKING:
    from ._typed import RawResponses, StreamingResponses

R = TypeVar("R", bound="Resource")
T = TypeVar("T")

# Modes of a resource: what its methods return.
_PARSED, _RAW, _STREAMED = 0, 1, 2


class Resource:
    """A group of operations bound to one client.

    ``with_raw_response`` gives the same group whose methods return a ``RawResponse`` (status,
    headers, request id, rate limits, retries taken) with ``.parse()`` for the usual result.
    ``with_streaming_response`` gives methods that return a context manager around a response whose
    body is not read until you read it (``with`` / ``async with``; leaving the block closes it).
    """

    __slots__ = ("_client", "_raw", "_mode", "__dict__")

    def __init__(self, client: Any, raw: bool = False, *, mode: int = _PARSED) -> None:
        self._client = client
        self._mode = _RAW if raw and mode == _PARSED else mode
        self._raw = self._mode == _RAW

    if TYPE_CHECKING:
        # Typed per resource class (tools/response_types.py): e.g. ``client.chat.with_raw_response
        # .complete(...)`` is a ``RawResponse[ChatCompletionResponse]``.
        with_raw_response: RawResponses
        with_streaming_response: StreamingResponses
    else:

        @property
        def with_raw_response(self):
            return type(self)(self._client, mode=_RAW)

        @property
        def with_streaming_response(self):
            return _StreamingResource(type(self)(self._client, mode=_STREAMED))

    def _call(self, call: Call) -> T:  # type: ignore[type-var]
        # The one place a resource hands its call to the client: the result is whatever the
        # method's declared return type says (the declared type is the contract; the cast in the
        # Call is what makes it true), and for an async client it is an awaitable of that.
        mode = self._mode
        if mode == _RAW:
            call.raw = True
        elif mode == _STREAMED:
            call.streamed = True
        result: Any = self._client._request(call)
        return result  # type: ignore[no-any-return]

    def _sub(self, cls: type[R]) -> R:
        return cls(self._client, mode=self._mode)


class _StreamingResource:
    """A resource whose methods return ``ResponseContextManager`` (``AsyncResponseContextManager``)."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Resource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._resource, name)
        if isinstance(value, Resource):
            return _StreamingResource(value)
        if name.startswith("_") or not callable(value):
            return value
        from .._response import AsyncResponseContextManager, ResponseContextManager

        if inspect.iscoroutinefunction(value):

            @functools.wraps(value)
            def send_async(*args: Any, **kwargs: Any) -> Any:
                return AsyncResponseContextManager(value(*args, **kwargs))

            return send_async

        @functools.wraps(value)
        def send(*args: Any, **kwargs: Any) -> Any:
            return ResponseContextManager(functools.partial(value, *args, **kwargs))

        return send

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_streaming_response>"


def body(args: Mapping[str, Any], *, rename: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The JSON body from a method's arguments (``locals()``): None means "not given"."""
    out = {}
    for key, value in args.items():
        if value is None or key in ("self", "options"):
            continue
        if rename and key in rename:
            key = rename[key]
        out[key] = value
    return out


__all__ = ["Resource", "body", "Call", "StreamSpec"]
