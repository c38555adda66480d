"""What every resource shares: its client, raw-response mode, and body building."""

from __future__ import annotations

from typing import Any, Mapping, TypeVar

from .._request import Call, StreamSpec

R = TypeVar("R", bound="Resource")


class Resource:
    """A group of operations bound to one client.

    ``with_raw_response`` gives the same group whose methods return a ``RawResponse`` (status,
    headers, request id, rate limits, retries taken) with ``.parse()`` for the usual result.
    """

    __slots__ = ("_client", "_raw", "__dict__")

    def __init__(self, client: Any, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self: R) -> R:
        return type(self)(self._client, raw=True)

    def _call(self, call: Call) -> Any:
        # Returns the result for a sync client and a coroutine for an async one.
        if self._raw:
            call.raw = True
        return self._client._request(call)

    def _sub(self, cls: type[R]) -> R:
        return cls(self._client, raw=self._raw)


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
